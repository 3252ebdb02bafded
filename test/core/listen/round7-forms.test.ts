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
  ],
  heard: [
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
