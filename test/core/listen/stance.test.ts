/**
 * The general reading (stance.ts and the refusals of round 4): a cue of standing wish × the
 * objects it governs, every item of a list; time-limited and withdrawn wishes heard as nothing;
 * a refusal the writer contradicts elsewhere in the message dropped.
 */
import { COKE, runListenTests } from "./listen-tester";

runListenTests("stance × object", {
  silent: [
    {
      name: "for the next fortnight only",
      body: "Jo,\nFor the next couple of weeks please text rather than call - I'm in hospital.\nMegge",
    },
    {
      name: "while travelling",
      body: "Jo,\nWhile I'm travelling over the next fortnight, WhatsApp is easiest.\nMegge",
    },
    {
      name: "this week only",
      body: "Jo,\nThis week I'd rather you didn't phone; I'm in back-to-back meetings.\nMegge",
    },
    {
      name: "during the trial",
      body: "Jo,\nDuring the trial, please only email me.\nMegge",
    },
    {
      name: "a withdrawn refusal",
      body: "Jo,\nI said I didn't want calls, but that's no longer the case - ring whenever you like.\nMegge",
      fields: ["avoidChannels"],
    },
    {
      name: "changed my mind",
      body: "Jo,\nI've changed my mind about texts - they're fine.\nMegge",
      fields: ["avoidChannels"],
    },
    {
      name: "a refusal for one kind of content, the channel fine otherwise",
      body: "Jo,\nAnything with account numbers goes by Signal, never by email. Routine correspondence by email is still fine.\nMegge",
      fields: ["avoidChannels"],
    },
    {
      name: "when, not whether",
      body: "Jo,\nJust text me, I don't get to email till like 11pm most days.\nMegge",
      fields: ["avoidChannels"],
    },
    {
      name: "the channel word names a thing",
      body: "Jo,\nI don't have his email address, sorry.\nMegge",
    },
    {
      name: "a liking for what they send",
      body: "Jo,\nI love receiving your emails so please keep them coming!\nMegge",
    },
    {
      name: "someone else's dislike",
      body: "Jo,\nMy husband hates phone calls, so please email him instead.\nMegge",
    },
    {
      name: "a box that is not hospitality",
      body: "Jo,\nI do not have a box with a tape drive.\nMegge",
    },
    {
      name: "match reports are not hospitality",
      body: "Jo,\nI'm not a football fan, so spare me the match reports.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "receipts for expenses are not the detail of the time",
      body: "Jo,\nOn invoices: every disbursement needs to be itemised with a receipt.\nMegge",
      fields: ["billingDetail"],
    },
    {
      name: "a limit on hospitality, not a refusal",
      body: "Jo,\nWe can't accept gifts or hospitality worth more than £50.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "hospitality to be declared",
      body: "Jo,\nAny hospitality must be declared on our register.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "one document by courier",
      body: "Jo,\nPlease don't email the signed contract - courier it to the office.\nMegge",
      fields: ["avoidChannels", "preferredChannels"],
    },
  ],
  heard: [
    {
      name: "a dislike of being called a form is not a wish for it",
      from: "Katherine Mills <katherine.mills@harbourline.example>",
      body: "Sam,\nI cringe when people call me Kathy.\nKatherine",
      heard: [
        { field: "avoidNames", value: "Kathy", profile: "katherine.mills@harbourline.example" },
      ],
    },
    {
      name: "a form that will do",
      from: "Katherine Mills <katherine.mills@harbourline.example>",
      body: "Sam,\nKate will do.\nKatherine",
      heard: [
        { field: "preferredName", value: "Kate", profile: "katherine.mills@harbourline.example" },
      ],
    },
    {
      name: "hopeless with email",
      body: "Jo,\nI'm hopeless with email.\nMegge",
      heard: [{ field: "avoidChannels", value: "email" }],
    },
    {
      name: "documents in general by post",
      body: "Jo,\nPlease don't email documents to me; I'd rather have them by post.\nMegge",
      heard: [
        { field: "avoidChannels", value: "email" },
        { field: "preferredChannels", value: "post" },
      ],
    },
    {
      name: "every listed channel",
      body: "Jo,\nPlease don't email, phone or text me.\nMegge",
      heard: [
        { field: "avoidChannels", value: "email" },
        { field: "avoidChannels", value: "phone" },
        { field: "avoidChannels", value: "sms" },
      ],
    },
    {
      name: "no this and no that, please",
      body: "Jo,\nNo calls and no texts, please - email only.\nMegge",
      heard: [
        { field: "avoidChannels", value: "phone" },
        { field: "avoidChannels", value: "sms" },
        { field: "preferredChannels", value: "email" },
      ],
    },
    {
      name: "the end of a habit",
      body: "Jo,\nI no longer use WhatsApp.\nMegge",
      heard: [{ field: "avoidChannels", value: "whatsapp" }],
    },
    {
      name: "a liking",
      body: "Jo,\nI love a quick phone call.\nMegge",
      heard: [{ field: "preferredChannels", value: "phone" }],
    },
    {
      name: "a standing request naming only the means",
      body: "Jo,\nWe'd like all correspondence by email going forward.\nMegge",
      heard: [{ field: "preferredChannels", value: "email", profile: COKE }],
    },
    {
      name: "a policy refusing a channel for staff",
      body: "Jo,\nOur policy is that external advisers do not contact staff by WhatsApp.\nMegge",
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
    },
    {
      name: "so Teams it is",
      body: "Jo,\nOur IT team has banned Zoom, so Teams it is.\nMegge",
      heard: [
        { field: "avoidChannels", value: "zoom", profile: COKE },
        { field: "meetingPlatform", value: "teams", profile: COKE },
      ],
    },
    {
      name: "not one for hospitality",
      body: "Jo,\nI'm not one for hospitality, to be honest.\nMegge",
      heard: [{ field: "entertainment", value: "avoid" }],
    },
    {
      name: "stop sending tickets",
      body: "Jo,\nPlease stop sending us tickets; we can't use them.\nMegge",
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "keep me on the list",
      body: "Jo,\nI'd love to be kept on the list for the summer party and anything like it.\nMegge",
      heard: [{ field: "entertainment", value: "welcome" }],
    },
    {
      name: "talk politics",
      body: "Jo,\nI'd rather not talk politics.\nMegge",
      heard: [{ field: "avoidTopics", value: "politics" }],
    },
    {
      name: "no need to itemise",
      body: "Jo,\nThere's no need to itemise the bills.\nMegge",
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "chapter and verse refused",
      body: "Jo,\nWe don't need chapter and verse on the bills - the headline number will do.\nMegge",
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "a lump sum suits",
      body: "Jo,\nA lump-sum invoice each quarter suits our accounts team best.\nMegge",
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
  ],
});
