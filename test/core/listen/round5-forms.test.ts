/**
 * Round 5's mechanisms, one row each, in sentences written for this table (not taken from the
 * corpus): short imperatives that last, organisation facts that imply a platform or rule a
 * channel out, label lines, competitors named without "rival", topics and hospitality in
 * understated words, invoice detail in a client's words; and the traps beside each.
 */
import { COKE, expectWithdrawals, hear, MEGGE, runListenTests } from "./listen-tester";

const mail = (text: string) => `Hi Jo,\n\n${text}\n\nThanks,\nMegge`;

runListenTests("round 5: general forms", {
  silent: [
    { name: "a one-off call with a time", body: mail("Ring me tomorrow morning, please.") },
    { name: "a thing to send, not a way to reach", body: mail("Email me the signed lease.") },
    {
      name: "an open question to the reader",
      body: mail("Tell me if a video call would suit you better."),
    },
    {
      name: "someone else's rule on gifts",
      body: mail("The school's policy is that pupils may not accept gifts from parents."),
      fields: ["entertainment"],
    },
    {
      name: "the writer's own practice with a maker's name",
      body: mail("When I restore a guitar I don't put Fender's name on the headstock."),
      fields: ["competitors"],
    },
    {
      name: "please, no rush",
      body: mail("Please, no rush on this."),
      fields: ["avoidTopics"],
    },
    {
      name: "a pointer, not a subject",
      body: mail("It was a difficult spring and I'd rather it wasn't brought up."),
      fields: ["avoidTopics"],
    },
    {
      name: "the same goes for, after no refusal",
      body: mail("Asda have cut their prices. The same goes for Lidl."),
      fields: ["competitors"],
    },
    {
      name: "an abbreviated open question",
      body: mail("lmk if a call works better, otherwise email is fine."),
      fields: ["preferredChannels", "avoidChannels"],
    },
    {
      name: "an app left open, not left",
      body: mail("I've left WhatsApp open on my laptop all day."),
      fields: ["avoidChannels"],
    },
    {
      name: "a label line that states no rule",
      body: mail("Events: the dinner is at seven in the Long Room."),
      fields: ["entertainment"],
    },
    {
      name: "a label that names no brand",
      body: mail("Competitors: there are several, as you know."),
      fields: ["competitors"],
    },
    {
      name: "a list under a heading that refuses nothing",
      body: "Hi Jo,\n\nAttendees at Thursday's meeting:\n\n- Nestlé\n- Danone\n\nThanks,\nMegge",
      fields: ["competitors"],
    },
  ],
  heard: [
    {
      name: "a bare imperative to reach the writer",
      body: mail("My desk phone is never answered. Text me."),
      heard: [{ field: "preferredChannels", value: "sms" }],
    },
    {
      name: "an imperative for a kind of business",
      body: mail("Call me for approvals; everything else by email is fine."),
      heard: [{ field: "preferredChannels", value: "phone" }],
    },
    {
      name: "the only way or nothing",
      body: mail("WhatsApp or nothing - I'm never at a desk."),
      heard: [{ field: "preferredChannels", value: "whatsapp" }],
    },
    {
      name: "use one, not the other",
      body: mail("Please use email, not text."),
      heard: [
        { field: "preferredChannels", value: "email" },
        { field: "avoidChannels", value: "sms" },
      ],
    },
    {
      name: "no licences for a platform",
      body: mail("We have no Webex licences here."),
      heard: [{ field: "avoidChannels", value: "webex", profile: COKE }],
    },
    {
      name: "a platform used exclusively",
      body: mail("Our bank uses Zoom exclusively."),
      heard: [{ field: "meetingPlatform", value: "zoom", profile: COKE }],
    },
    {
      name: "an office suite implies its platform",
      body: mail("We're a Microsoft 365 shop."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "a label line for meetings",
      body: mail("Video calls: Google Meet."),
      heard: [{ field: "meetingPlatform", value: "google-meet", profile: COKE }],
    },
    {
      name: "a label line for contact, with a refusal",
      body: mail("Contact: WhatsApp, never email."),
      heard: [
        { field: "preferredChannels", value: "whatsapp" },
        { field: "avoidChannels", value: "email" },
      ],
    },
    {
      // Round 28 (the lead's decision): an avoidance only when the channel is not on file as
      // preferred; on file, the wish is withdrawn instead (below, and withdrawals.test.ts).
      name: "a channel the writer has left, not on file as preferred",
      body: mail("I've come off Signal, so please use email."),
      heard: [
        { field: "avoidChannels", value: "signal" },
        { field: "preferredChannels", value: "email" },
      ],
    },
    {
      name: "one platform and nothing else",
      body: mail("Our firm is on Webex and nothing else."),
      heard: [{ field: "meetingPlatform", value: "webex", profile: COKE }],
    },
    {
      name: "an organisation's function blocks a channel",
      body: mail("Compliance prohibits WhatsApp on work phones."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
    },
    {
      name: "a clause that opens with the way wanted",
      body: mail("Post, not email, for anything signed."),
      heard: [
        { field: "preferredChannels", value: "post" },
        { field: "avoidChannels", value: "email" },
      ],
    },
    {
      name: "labels for brands, topics and hospitality",
      body: "Hi Jo,\n\nA few notes for your file:\n\nCompetitors: Bupa, Aviva.\nTopics to avoid: the takeover.\nHospitality: not for us, thanks.\n\nThanks,\nMegge",
      heard: [
        { field: "competitors", value: "Bupa", profile: COKE },
        { field: "competitors", value: "Aviva", profile: COKE },
        { field: "avoidTopics", value: "takeover", profile: COKE },
        { field: "entertainment", value: "avoid", profile: COKE },
      ],
    },
    {
      name: "drop the chat",
      body: mail("Let's drop the house-price chat."),
      heard: [{ field: "avoidTopics", value: "house-price", profile: COKE }],
    },
    {
      name: "a brand's name kept out of documents",
      body: mail("Please never use Diageo's name in anything you send us."),
      heard: [{ field: "competitors", value: "Diageo", profile: COKE }],
    },
    {
      name: "a refusal extended to another brand",
      body: mail(
        "Never mention Boots in our board papers; they compete with us. Likewise Superdrug.",
      ),
      heard: [
        { field: "competitors", value: "Boots", profile: COKE },
        { field: "competitors", value: "Superdrug", profile: COKE },
      ],
    },
    {
      name: "names listed under a refusing heading",
      body: "Hi Jo,\n\nPlease never name any of these in our papers:\n\n- Nestlé\n- Danone\n\nThanks,\nMegge",
      heard: [
        { field: "competitors", value: "Nestlé", profile: COKE },
        { field: "competitors", value: "Danone", profile: COKE },
      ],
    },
    {
      name: "nothing you send should mention",
      body: mail("Nothing you draft for us should mention Hovis or Warburtons."),
      heard: [
        { field: "competitors", value: "Hovis", profile: COKE },
        { field: "competitors", value: "Warburtons", profile: COKE },
      ],
    },
    {
      name: "a subject the writer would rather not have raised",
      body: mail("I'd rather my father's illness wasn't mentioned."),
      heard: [{ field: "avoidTopics", value: "father's illness" }],
    },
    {
      name: "knock the chat on the head",
      body: mail("Can we give the rugby banter a rest?"),
      heard: [{ field: "avoidTopics", value: "rugby", profile: COKE }],
    },
    {
      name: "don't trouble yourselves with invitations",
      body: mail("Please don't bother yourselves with tickets for us."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "a policy of declining hospitality",
      body: mail("We have a strict policy of declining all client entertainment."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "able to accept hospitality again",
      body: mail("The tender is over, so we can accept invitations again."),
      heard: [{ field: "entertainment", value: "welcome", profile: COKE }],
    },
    {
      name: "a summary is all the client needs",
      body: mail("On the invoices, the total is all we need."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "the timesheet schedule not required",
      body: mail("Our finance team doesn't need the timesheet schedule with each invoice."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "detail wanted because it is used",
      body: mail("On the bills: all the time entries, please, as our auditors check them."),
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
  ],
});
void MEGGE;

runListenTests("round 5: update cadence", {
  silent: [
    {
      name: "a day named once, not a cadence",
      body: mail("Updates: Thursday's call is cancelled."),
      fields: ["statusUpdates"],
    },
  ],
  heard: [
    {
      name: "a label line with a weekday in the plural",
      body: mail("Updates: Wednesdays, please."),
      heard: [{ field: "statusUpdates", value: "weekly, Wednesdays" }],
    },
    {
      name: "the cadence after a clause that names the updates",
      body: mail("Weekly reports were too many, and fortnightly is plenty."),
      heard: [{ field: "statusUpdates", value: "fortnightly" }],
    },
    {
      name: "only when something happens, in other words",
      body: mail("Skip the routine reports; just ping me when anything changes."),
      heard: [{ field: "statusUpdates", value: "only when anything changes" }],
    },
  ],
});

// Round 28 (the lead's decision of 5 December): the same sentence with Signal on file as preferred
// withdraws the wish; it does not also avoid Signal.
it("round 5: a channel the writer has left, on file as preferred, is withdrawn", () => {
  const c = {
    name: "left, on file",
    body: mail("I've come off Signal, so please use email."),
    profiles: [{ matchKey: MEGGE, preferredChannels: ["signal"] }],
    removed: [{ field: "preferredChannels" as const, value: "signal", profile: MEGGE }],
    also: ["preferredChannels=email"],
  };
  expectWithdrawals(hear(c), c, true);
});
