import { COKE, MEGGE, runListenTests } from "./listen-tester";

// Round 22, from the lh20 diagnosis (test/heldout/analysis-lh20.md): a personal copy of the
// organisation's wish in either order, a topic that is the invoice's own detail, "reach her" in a
// relay, "whenever you see this" as the moment of reading, a season as timing, a third person's
// reading habit. Written for this table.
const mail = (text: string) => `Jo,\n\n${text}\n\nMegge`;
const SAM = "Sam Patel <sam.patel@coca-cola.example>";
const fromSam = (text: string) => `Jo,\n\n${text}\n\nSam`;

runListenTests("round 22: lh20's shapes", {
  silent: [
    {
      name: "whenever you see this is the moment of reading, today a one-off",
      body: mail("Call me today, whenever you see this, it's urgent."),
      fields: ["preferredChannels"],
    },
    {
      name: "whenever you get my message, today",
      body: mail("Ring me today whenever you get my message."),
      fields: ["preferredChannels"],
    },
    {
      name: "the hours breakdown left out of emails is a billing wish, not a topic",
      body: mail("Please leave the hours breakdown out of the covering emails."),
      fields: ["avoidTopics"],
    },
    {
      name: "no summary bills is no topic",
      body: mail("No summary bills, please."),
      fields: ["avoidTopics"],
    },
    {
      name: "a refusal for a season is about timing, not the channel",
      body: mail(
        "Don't bother emailing much in summer, there is no signal on the grounds most days.",
      ),
      fields: ["avoidChannels"],
    },
    {
      name: "no calls in the winter months",
      body: mail("Please don't ring me in the winter months."),
      fields: ["avoidChannels"],
    },
    {
      name: "her own habit of reading is no cadence for the firm",
      body: mail("Email is best, she reads it every evening."),
      fields: ["statusUpdates"],
    },
    {
      name: "the best way to reach her, with no relay, is not the writer's channel",
      body: mail("Email is the best way to reach her."),
      fields: ["preferredChannels"],
    },
    {
      name: "to get hold of him",
      body: mail("To get hold of him, text is best."),
      fields: ["preferredChannels"],
    },
  ],
  heard: [
    {
      name: "a refusal with no season stays a refusal",
      body: mail("Don't bother emailing, there is no signal on the grounds most days."),
      heard: [{ field: "avoidChannels", value: "email" }],
    },
    {
      name: "the best way to reach me is still the writer's",
      body: mail("Email is the best way to reach me."),
      heard: [{ field: "preferredChannels", value: "email" }],
    },
    {
      name: "a possessive inside the occasion is kept in the cadence",
      body: mail("A monthly update ahead of the lender's board meeting would be ideal."),
      heard: [{ field: "statusUpdates", value: "monthly, ahead of the lender's board meeting" }],
    },
    {
      name: "whenever alone is still standing",
      body: mail("Please call me whenever you like."),
      heard: [{ field: "preferredChannels", value: "phone" }],
    },
    {
      name: "a matter kept out of correspondence is still a topic",
      body: mail("Please keep the Harbour dispute out of our correspondence."),
      heard: [{ field: "avoidTopics", value: "Harbour dispute", profile: COKE }],
    },
    {
      name: "the organisation's rule after a politeness 'I': no personal copy",
      body: mail(
        "I'm so sorry, no more lunches, I'm afraid: our compliance team has changed the rules and we can't accept hospitality.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "an assistant: the best way to reach her is the principal's channel",
      from: SAM,
      recipients: [`Megge Anderson <${MEGGE}>`],
      body: fromSam(
        "Megge asked me to write. Email is by far the best way to reach her, and she reads it every evening.",
      ),
      heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
    },
    {
      name: "an assistant: to get hold of her",
      from: SAM,
      recipients: [`Megge Anderson <${MEGGE}>`],
      body: fromSam("Megge asked me to write. To get hold of her, a text is best."),
      heard: [{ field: "preferredChannels", value: "sms", profile: MEGGE }],
    },
  ],
});
