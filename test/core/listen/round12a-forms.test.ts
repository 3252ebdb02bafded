import { runListenTests } from "./listen-tester";

// Round 12 (listen-12a), written for this table from the kinds of the brief (not from the
// corpus): the organisation's rules written as policy in the third person, terse and lower-case
// notes, opting out of the firm's invitations by listing them, and post to the house. Each kind
// beside its look-alikes: another company's policy, the firm's policy quoted back, a rule for the
// client's own customers, a list that is no invitation list, someone else's wishes.
const ORLA = "Megge Anderson <megge.anderson@orla-mutual.example>";
const ORLA_ORG = "@orla-mutual.example";
const ME = "megge.anderson@orla-mutual.example";
const mail = (text: string) => `Hi Sam,\n\n${text}\n\nThanks,\nMegge`;
const PA = "Jo Bright <jo.bright@hale-foods.example>";
const pa = (text: string, signature = "Jo") => `Hi Sam,\n\n${text}\n\nKind regards,\n${signature}`;
const GRANT = "tom.grant@hale-foods.example";
const GRANT_TO = `Tom Grant <${GRANT}>`;

runListenTests("round 12a: policies, terse notes, invitation lists, post to the house", {
  silent: [
    // policies: look-alikes
    {
      name: "another company's policy on contacting its staff",
      from: ORLA,
      body: mail(
        "Barclays' policy is that panel firms must not contact their staff by WhatsApp or text message.",
      ),
    },
    {
      name: "a rule for the client's own customers",
      from: ORLA,
      body: mail("Customers must not email us about claims; they have to use the portal."),
    },
    {
      name: "the firm's own policy quoted back",
      from: ORLA,
      body: mail("Your guidelines state that all meetings are to be held on Zoom."),
    },
    {
      name: "the firm's terms quoted back, on advisers contacting clients",
      from: ORLA,
      body: mail("As your terms say, advisers must not contact clients by WhatsApp."),
    },
    {
      name: "a rule on contacting the client's customers, not its people",
      from: ORLA,
      body: mail("Panel firms must not contact claimants by text message."),
    },
    {
      name: "another insurer's staff",
      from: ORLA,
      body: mail("Panel firms may not contact Aviva staff by WhatsApp."),
    },
    {
      name: "the other side's meetings",
      from: ORLA,
      body: mail("The co-defendant's insurers want all meetings with advisers held on Zoom."),
    },
    {
      name: "another insurer's hospitality rule",
      from: ORLA,
      body: mail("Aviva staff may not accept gifts or hospitality from panel firms."),
    },
    {
      name: "the co-defendant's wish about calls",
      from: ORLA,
      body: mail("The co-defendant would rather not be phoned."),
    },
    {
      name: "another insurer's wish about meetings, by its name",
      from: ORLA,
      body: mail("Aviva would prefer that all meetings are held on Zoom."),
    },
    {
      name: "a meeting platform for the co-defendant",
      from: ORLA,
      body: mail("For the co-defendant, Zoom is best."),
    },
    {
      name: "a note about the co-defendant's habits",
      from: ORLA,
      body: mail("Please note the co-defendant only uses Zoom."),
    },
    {
      name: "the co-insurers' wish",
      from: ORLA,
      body: mail("The co-insurers want all meetings on Zoom."),
    },
    {
      name: "the insured's wish",
      from: ORLA,
      body: mail("The insured would rather not be contacted by text."),
    },
    { name: "the expert's platform", from: ORLA, body: mail("The expert only uses Zoom.") },
    {
      name: "a member of the mutual, not its people",
      from: ORLA,
      body: mail("Our member would rather not receive calls."),
    },
    {
      name: "a person named with their part in the matter",
      from: ORLA,
      body: mail("Mrs Patel, the insured, would rather not be phoned."),
    },
    {
      name: "a way of reaching the policyholder",
      from: ORLA,
      body: mail("Please don't phone the policyholder directly."),
    },
    {
      name: "the policyholder's post to the house",
      from: ORLA,
      body: mail("Our policyholder is not comfortable with anything coming to the house."),
    },
    {
      name: "one meeting on Teams, not a rule",
      from: ORLA,
      body: mail("The video meeting with the advisers on Thursday will be held on Teams."),
    },
    {
      name: "a notice forwarded from another company, 'please follow this'",
      from: ORLA,
      body: "Hi Sam,\n\nPlease follow this going forward.\n\nMegge\n\n---------- Forwarded message ---------\nFrom: Compliance <compliance@aviva.example>\nDate: 1 March 2025\nSubject: Panel firms\n\nPanel firms must not contact staff by WhatsApp or text message.\n",
    },
    {
      name: "another company's staff, by its possessive",
      from: ORLA,
      body: mail("Panel firms must not contact Aviva's staff by WhatsApp."),
    },
    {
      name: "how the organisation contacts its customers",
      from: ORLA,
      body: mail("Customers must not be contacted by WhatsApp."),
    },
    {
      name: "a rule on contact with no way named",
      from: ORLA,
      body: mail("Panel firms must not contact Orla Mutual staff directly about fees."),
    },
    {
      name: "another insurer prefers Teams",
      from: ORLA,
      body: mail("The other insurer prefers all meetings on Teams."),
    },
    {
      name: "a counsel rule on a phrase, not a channel",
      from: ORLA,
      body: mail('Counsel must not use the phrase "without prejudice" loosely.'),
    },
    {
      name: "the firm must not use our logo",
      from: ORLA,
      body: mail("The firm must not use our logo."),
    },
    {
      name: "no business discussed over the phone: news",
      body: mail("no client business was discussed over the phone"),
    },
    {
      name: "one meeting's link refused",
      body: mail("Please not the Zoom link from last week, the new one."),
    },
    // terse: look-alikes
    {
      name: "lower-case teams that are people",
      body: mail("our teams not happy, zoom in on the numbers please"),
    },
    { name: "best practice by email is no wish", body: mail("email best practice is attached") },
    { name: "nothing by post arrived", body: mail("Nothing by post to me yet, sadly.") },
    {
      name: "lower-case teams in a note that is no note",
      body: mail("teams meeting notes attached, zoom link was broken"),
    },
    { name: "best to email one document", body: mail("best to email the draft to Sam") },
    {
      name: "a narrower preference for one kind of document",
      body: mail("prefer email for the signed documents"),
    },
    { name: "no letters of credit", body: mail("no letters of credit please, just the guarantee") },
    { name: "no post yet", body: mail("no post yet, will chase") },
    // invitation lists: look-alikes
    {
      name: "the newsletter's distribution list",
      body: mail("Please leave me off the distribution list for the newsletter."),
    },
    { name: "off the cc", body: mail("Please leave me off the cc on these.") },
    {
      name: "a data room list",
      body: mail("Please take us off the data room access list now that we've exited."),
    },
    {
      name: "the distribution list, removed",
      body: mail("Please remove me from the distribution list for the weekly bulletin."),
    },
    {
      name: "one occasion's list",
      body: mail("Please leave me off the seating plan for the dinner on Friday."),
      fields: ["entertainment"],
    },
    {
      name: "an email chain about the dinner",
      body: mail("Please leave me off the email chain about the dinner."),
    },
    {
      name: "relayed: one dinner declined for him",
      from: PA,
      recipients: [GRANT_TO],
      body: pa("I'm Mr Grant's PA. He can't make the dinner on the 14th, I'm afraid."),
    },
    // post to the house: look-alikes
    {
      name: "coming to the house in person, once",
      body: mail("You're very welcome to come to the house on Tuesday."),
    },
  ],
  heard: [
    // policies written in the third person
    {
      name: "panel firms must not contact the organisation's staff by WhatsApp or text",
      from: ORLA,
      body: mail(
        "Please follow this:\n\nPanel firms must not contact Orla Mutual staff or policyholders by WhatsApp or text message.",
      ),
      heard: [
        { field: "avoidChannels", value: "whatsapp", profile: ORLA_ORG },
        { field: "avoidChannels", value: "sms", profile: ORLA_ORG },
      ],
    },
    {
      name: "advisers may not contact our employees by phone",
      from: ORLA,
      body: mail("Advisers may not contact our employees by phone."),
      heard: [{ field: "avoidChannels", value: "phone", profile: ORLA_ORG }],
    },
    {
      name: "staff must not be contacted on WhatsApp (passive)",
      from: ORLA,
      body: mail("Orla Mutual staff must not be contacted on WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: ORLA_ORG }],
    },
    {
      name: "external counsel should contact staff by email only",
      from: ORLA,
      body: mail("External counsel should contact Orla Mutual staff by email only."),
      heard: [{ field: "preferredChannels", value: "email", profile: ORLA_ORG }],
    },
    {
      name: "all video meetings with advisers are to be held on Microsoft Teams",
      from: ORLA,
      body: mail("All video meetings with advisers are to be held on Microsoft Teams."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: ORLA_ORG }],
    },
    {
      name: "meetings with panel firms must take place on Teams",
      from: ORLA,
      body: mail("Meetings with panel firms must take place on Teams."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: ORLA_ORG }],
    },
    {
      name: "all calls with suppliers must be held on Webex",
      from: ORLA,
      body: mail("All calls with suppliers must be held on Webex."),
      heard: [{ field: "meetingPlatform", value: "webex", profile: ORLA_ORG }],
    },
    {
      name: "staff may not accept gifts or hospitality from suppliers or panel firms",
      from: ORLA,
      body: mail("Staff may not accept gifts or hospitality from suppliers or panel firms."),
      heard: [{ field: "entertainment", value: "avoid", profile: ORLA_ORG }],
    },
    {
      name: "hospitality from panel firms must be declined",
      from: ORLA,
      body: mail("Gifts and hospitality offered by panel firms must be declined."),
      heard: [{ field: "entertainment", value: "avoid", profile: ORLA_ORG }],
    },
    {
      name: "the organisation's own notice, several rules",
      from: ORLA,
      body: mail(
        "Notice to panel firms\n\n1. Panel firms must not contact Orla Mutual staff by WhatsApp.\n2. All video meetings with advisers are to be held on Microsoft Teams.\n3. Staff may not accept gifts or hospitality from panel firms.",
      ),
      heard: [
        { field: "avoidChannels", value: "whatsapp", profile: ORLA_ORG },
        { field: "meetingPlatform", value: "teams", profile: ORLA_ORG },
        { field: "entertainment", value: "avoid", profile: ORLA_ORG },
      ],
    },
    {
      name: "a forwarded notice from the organisation, 'please follow this'",
      from: ORLA,
      body: "Hi Sam,\n\nPlease follow this going forward.\n\nMegge\n\n---------- Forwarded message ---------\nFrom: Compliance <compliance@orla-mutual.example>\nDate: 1 March 2025\nSubject: Panel firms\n\nPanel firms must not contact Orla Mutual staff by WhatsApp or text message.\n",
      heard: [
        { field: "avoidChannels", value: "whatsapp", profile: ORLA_ORG },
        { field: "avoidChannels", value: "sms", profile: ORLA_ORG },
      ],
    },
    {
      name: "suppliers are not permitted to contact our staff via WhatsApp",
      from: ORLA,
      body: mail("Suppliers are not permitted to contact our staff via WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: ORLA_ORG }],
    },
    {
      name: "advisers must not phone or text Orla Mutual employees",
      from: ORLA,
      body: mail("Advisers must not phone or text Orla Mutual employees."),
      heard: [
        { field: "avoidChannels", value: "phone", profile: ORLA_ORG },
        { field: "avoidChannels", value: "sms", profile: ORLA_ORG },
      ],
    },
    {
      name: "the organisation by its own name, wishing",
      from: ORLA,
      body: mail("Orla Mutual would prefer that all meetings are held on Teams."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: ORLA_ORG }],
    },
    {
      name: "the organisation's own body is not someone else",
      from: ORLA,
      body: mail("The whole team would rather not be phoned."),
      heard: [{ field: "avoidChannels", value: "phone", profile: ORLA_ORG }],
    },
    {
      name: "one of the organisation's people, as subject, still speaks for it on invoices",
      from: ORLA,
      body: mail("And our CFO wants the detailed breakdown on every invoice going forward."),
      heard: [{ field: "billingDetail", value: "detailed", profile: ORLA_ORG }],
    },
    {
      name: "'the one thing I can't stand' is the writer's",
      from: ORLA,
      body: mail("The one thing I can't stand is the phone going unannounced."),
      heard: [{ field: "avoidChannels", value: "phone", profile: ME }],
    },
    // terse and lower-case notes
    {
      name: "teams not zoom pls, zoom is blocked",
      from: ORLA,
      body: mail("teams not zoom pls, zoom is blocked on our laptops"),
      heard: [
        { field: "meetingPlatform", value: "teams", profile: ORLA_ORG },
        { field: "avoidChannels", value: "zoom", profile: ORLA_ORG },
      ],
    },
    {
      name: "email only from now on",
      from: ORLA,
      body: mail("Please email only from now on."),
      heard: [{ field: "preferredChannels", value: "email", profile: ME }],
    },
    {
      name: "whatsapp best for me",
      from: ORLA,
      body: mail("whatsapp best for me"),
      heard: [{ field: "preferredChannels", value: "whatsapp", profile: ME }],
    },
    {
      name: "nothing by post to me please",
      from: ORLA,
      body: mail("nothing by post to me please"),
      heard: [{ field: "avoidChannels", value: "post", profile: ME }],
    },
    {
      name: "text is best",
      from: ORLA,
      body: mail("text is best"),
      heard: [{ field: "preferredChannels", value: "sms", profile: ME }],
    },
    {
      name: "no calls pls",
      from: ORLA,
      body: mail("no calls pls"),
      heard: [{ field: "avoidChannels", value: "phone", profile: ME }],
    },
    {
      name: "email easiest",
      from: ORLA,
      body: mail("Email easiest."),
      heard: [{ field: "preferredChannels", value: "email", profile: ME }],
    },
    {
      name: "zoom pls, not teams",
      from: ORLA,
      body: mail("zoom pls, not teams - we're not licensed"),
      heard: [
        { field: "meetingPlatform", value: "zoom", profile: ORLA_ORG },
        { field: "avoidChannels", value: "teams", profile: ORLA_ORG },
      ],
    },
    {
      name: "teams pls, zoom not allowed here",
      from: ORLA,
      body: mail("teams pls, zoom not allowed here"),
      heard: [{ field: "meetingPlatform", value: "teams", profile: ORLA_ORG }],
    },
    {
      name: "terse notes, one a line",
      from: ORLA,
      body: mail(
        "email pls\n\ntext me pls\n\nno post pls\n\nprefer whatsapp tbh\n\nnot by phone pls",
      ),
      heard: [
        { field: "preferredChannels", value: "email", profile: ME },
        { field: "preferredChannels", value: "sms", profile: ME },
        { field: "avoidChannels", value: "post", profile: ME },
        { field: "preferredChannels", value: "whatsapp", profile: ME },
        { field: "avoidChannels", value: "phone", profile: ME },
      ],
    },
    {
      name: "dont call, email",
      from: ORLA,
      body: mail("dont call, email"),
      heard: [
        { field: "avoidChannels", value: "phone", profile: ME },
        { field: "preferredChannels", value: "email", profile: ME },
      ],
    },
    {
      name: "calls ok, no texts though",
      from: ORLA,
      body: mail("calls ok, no texts though"),
      heard: [{ field: "avoidChannels", value: "sms", profile: ME }],
    },
    {
      name: "pls use teams",
      from: ORLA,
      body: mail("pls use teams"),
      heard: [{ field: "meetingPlatform", value: "teams", profile: ORLA_ORG }],
    },
    {
      name: "no more letters please",
      from: ORLA,
      body: mail("No more letters please."),
      heard: [{ field: "avoidChannels", value: "post", profile: ME }],
    },
    {
      name: "outside counsel shall not use WhatsApp",
      from: ORLA,
      body: mail("Outside counsel shall not use WhatsApp or other messaging apps."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: ORLA_ORG }],
    },
    {
      name: "panel firms must use Teams for all video meetings",
      from: ORLA,
      body: mail("Panel firms must use Microsoft Teams for all video meetings."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: ORLA_ORG }],
    },
    {
      name: "no Signal for client matters",
      body: mail("no Signal for client matters, compliance says"),
      heard: [{ field: "avoidChannels", value: "signal", profile: "@coca-cola.example" }],
    },
    {
      name: "zoom for me pls, always",
      body: mail("zoom for me pls, always"),
      heard: [{ field: "meetingPlatform", value: "zoom" }],
    },
    {
      name: "we use Webex, it is the standard in our group",
      body: mail("for calls we use Webex - it's the standard in our group"),
      heard: [{ field: "meetingPlatform", value: "webex", profile: "@coca-cola.example" }],
    },
    {
      name: "a Webex office",
      body: mail("We are very much a Webex office."),
      heard: [{ field: "meetingPlatform", value: "webex", profile: "@coca-cola.example" }],
    },
    // invitations opted out of by listing them
    {
      name: "leave us off the quiz nights and the box at the rugby",
      from: ORLA,
      body: mail("please leave us off the quiz nights and the box at the rugby"),
      heard: [{ field: "entertainment", value: "avoid", profile: ORLA_ORG }],
    },
    {
      name: "take all of us at Vale & Co off the invitation list",
      from: ORLA,
      body: mail("Could you take all of us at Orla Mutual off the invitation list for events?"),
      heard: [{ field: "entertainment", value: "avoid", profile: ORLA_ORG }],
    },
    {
      name: "remove me from your events list",
      from: ORLA,
      body: mail("Please remove me from your events list."),
      heard: [{ field: "entertainment", value: "avoid", profile: ME }],
    },
    {
      name: "take me off the list for the golf and the races",
      from: ORLA,
      body: mail("Please take me off the list for the golf days and the races."),
      heard: [{ field: "entertainment", value: "avoid", profile: ME }],
    },
    {
      name: "relayed: he would rather not be invited to golf days, dinners or box events",
      from: PA,
      recipients: [GRANT_TO],
      body: pa(
        "I'm Mr Grant's PA. He would rather not be invited to the golf days, dinners or box events any more.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: GRANT }],
    },
    {
      name: "leave me off the golf and the Christmas drinks from now on",
      from: ORLA,
      body: mail("Please leave me off the golf and the Christmas drinks from now on."),
      heard: [{ field: "entertainment", value: "avoid", profile: ME }],
    },
    {
      name: "relayed: please take him off the list for the box events and the dinners",
      from: PA,
      recipients: [GRANT_TO],
      body: pa(
        "I'm Mr Grant's PA. Could you take him off the list for the box events and the dinners, please?",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: GRANT }],
    },
    {
      name: "relayed: he no longer wants invitations to the golf days",
      from: PA,
      recipients: [GRANT_TO],
      body: pa("I'm Mr Grant's PA. He no longer wants invitations to the golf days or the races."),
      heard: [{ field: "entertainment", value: "avoid", profile: GRANT }],
    },
    // post to the house
    {
      name: "people coming to the house are a visit",
      from: ORLA,
      body: mail("I'm not comfortable with anyone coming to the house."),
      heard: [{ field: "avoidChannels", value: "in-person", profile: ME }],
    },
    {
      name: "letters sent to my home",
      from: ORLA,
      body: mail("Please, no more letters sent to my home address."),
      heard: [{ field: "avoidChannels", value: "post", profile: ME }],
    },
    {
      name: "anything coming to the house is post",
      from: ORLA,
      body: mail("I'm not comfortable with anything coming to the house."),
      heard: [{ field: "avoidChannels", value: "post", profile: ME }],
    },
  ],
});
