/**
 * Round 7's mechanisms (precision first), one row each, in sentences written for this table (not
 * taken from the corpus): a topic kept out of one document or one occasion, or a term of the deal
 * being negotiated, is a step in the matter, not a subject to avoid; a reason or a level of detail
 * is no subject; itemising something that is not the bill is no invoice detail; and the readings
 * added for recall: a first-person verdict after the object ("X isn't my thing", "X doesn't work
 * for me"), an organisation rule on discussing a subject, a subject set aside whenever we speak,
 * rivalry "of ours", a whole organisation on one platform, being "updated" before each meeting.
 */
import { COKE, MEGGE, runListenTests } from "./listen-tester";

const mail = (text: string) => `Hi Jo,\n\n${text}\n\nThanks,\nMegge`;

runListenTests("round 7: look-alikes and understatements", {
  silent: [
    {
      name: "a subject kept out of one document",
      body: mail("Please avoid any reference to the old dispute in the witness statement."),
      fields: ["avoidTopics"],
    },
    {
      name: "a term of the deal, not a subject",
      body: mail("Please don't bring up the indemnity again - we have agreed it."),
      fields: ["avoidTopics"],
    },
    {
      name: "one stage of a negotiation",
      body: mail("I'd rather we didn't raise the break option at this stage."),
      fields: ["avoidTopics"],
    },
    {
      name: "one meeting",
      body: mail("Please don't raise the pricing at the meeting."),
      fields: ["avoidTopics"],
    },
    {
      name: "a reason is not a subject",
      body: mail("I'd rather not go into why, but the sale is off."),
      fields: ["avoidTopics"],
    },
    {
      name: "a level of detail is not a subject",
      body: mail("No need to go into the detail of the VAT position in your note."),
      fields: ["avoidTopics"],
    },
    {
      name: "someone else's audience",
      body: mail("Staff are not allowed to discuss politics with customers."),
      fields: ["avoidTopics"],
    },
    {
      name: "itemising something other than the bill",
      body: mail("Please itemise the missing documents in a schedule."),
      fields: ["billingDetail"],
    },
    {
      name: "one occasion that does not work",
      body: mail("The call on Friday doesn't work for me."),
      fields: ["avoidChannels", "preferredChannels"],
    },
    {
      name: "everyone on a platform today",
      body: mail("Everyone is on Zoom today."),
      fields: ["meetingPlatform"],
    },
    {
      name: "a rival of someone else's",
      body: mail("Halden is a competitor of the Smiths."),
      fields: ["competitors"],
    },
    {
      name: "the firm's own words reported back",
      body: mail("As your engagement letter says, 'we do not accept hospitality from clients'."),
      fields: ["entertainment"],
    },
    {
      name: "what the firm's team told the writer",
      body: mail("Your team told us you never use WhatsApp for client matters."),
      fields: ["avoidChannels"],
    },
    {
      name: "others' taste, known to the writer",
      body: mail("I know some people hate being called Meg, but I don't mind."),
      fields: ["avoidNames"],
    },
    {
      name: "how often the organisation's committee meets",
      body: mail("Re the updates you send: our committee meets quarterly."),
      fields: ["statusUpdates"],
    },
    {
      name: "a policy on hospitality is not a policy against it",
      body: mail("Our policy on gifts is under review."),
      fields: ["entertainment"],
    },
    {
      name: "the detail of something that is not the bill",
      body: mail("The bill for March is attached. I need the full detail of the title defects."),
      fields: ["billingDetail"],
    },
    {
      name: "how invoices are delivered is not how to reach the writer",
      body: mail("Please send invoices by email only, to ap@coca-cola.example."),
      fields: ["preferredChannels"],
    },
    {
      name: "a platform for one day",
      body: mail("Can we use Zoom for Thursday?"),
      fields: ["meetingPlatform", "preferredChannels"],
    },
    {
      name: "a person not to be named in one document",
      body: mail("Please don't refer to Sarah by name in the statement."),
      fields: ["competitors"],
    },
    {
      name: "a governing body's taste alone stays theirs",
      body: mail("The trustees prefer Zoom."),
      fields: ["meetingPlatform"],
    },
  ],
  heard: [
    {
      name: "the organisation's rule reported after a lead-in",
      body: mail(
        "I must tell you that in our company we have a strict rule: no gifts or hospitality from suppliers.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "the organisation's wish said again with me is not a second one",
      body: mail(
        "Coca-Cola's invoices should be summary only from now on. Stop sending me the time entries.",
      ),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "an opening clause about the matter does not say whose",
      body: mail("Now that we're past the hearing, fortnightly updates will do for me."),
      heard: [{ field: "statusUpdates", value: "fortnightly", profile: MEGGE }],
    },
    {
      name: "detail refused by 'no', however it is worded",
      body: mail("No task-by-task time detail in the invoices, please."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "detail whose absence gets a bill returned is wanted",
      body: mail("Invoices submitted without task-level detail will be returned unpaid."),
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: "the governing body's rule",
      body: mail("The trustees have a firm rule against accepting hospitality from advisers."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "a day of each month is not one date",
      body: mail("We need a written status report once a month, by the 10th."),
      heard: [{ field: "statusUpdates", value: "monthly, by the 10th", profile: COKE }],
    },
    {
      name: "a channel kept for private life",
      body: mail("I'd rather we kept WhatsApp for family."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: MEGGE }],
    },
    {
      name: "the writer as a kind of person",
      body: mail("I'm not much of a phone person."),
      heard: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
    },
    {
      name: "names refused by a counsel rule",
      body: mail("Outside counsel shall not refer to Novaris or Keltrion by name."),
      heard: [
        { field: "competitors", value: "Novaris", profile: COKE },
        { field: "competitors", value: "Keltrion", profile: COKE },
      ],
    },
    {
      name: "meetings conducted on a platform by rule",
      body: mail("All meetings with our personnel shall be conducted on Microsoft Teams."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "a channel that does not work for the writer",
      body: mail("Video calls don't work for me."),
      heard: [{ field: "avoidChannels", value: "video", profile: MEGGE }],
    },
    {
      name: "a channel that is not the writer's thing",
      body: mail("Phone calls aren't really my thing."),
      heard: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
    },
    {
      name: "hospitality that is not the writer's thing",
      body: mail("Drinks receptions aren't really my thing."),
      heard: [{ field: "entertainment", value: "avoid", profile: MEGGE }],
    },
    {
      name: "a rule on discussing a subject with advisers",
      body: mail("Our employees are not permitted to discuss the election with outside advisers."),
      heard: [{ field: "avoidTopics", value: "election", profile: COKE }],
    },
    {
      name: "a subject set aside whenever we speak",
      body: mail("I'd rather we left my health to one side when we talk."),
      heard: [{ field: "avoidTopics", value: "health", profile: MEGGE }],
    },
    {
      name: "a competitor of ours",
      body: mail("Halden is a direct competitor of ours."),
      heard: [{ field: "competitors", value: "Halden", profile: COKE }],
    },
    {
      name: "the whole organisation on one platform",
      body: mail("Everything here runs on Webex."),
      heard: [{ field: "meetingPlatform", value: "webex", profile: COKE }],
    },
    {
      name: "updated before each meeting",
      body: mail("We'd like to be updated before each board meeting."),
      heard: [{ field: "statusUpdates", value: "before each board meeting", profile: COKE }],
    },
  ],
});
