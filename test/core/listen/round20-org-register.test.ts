/**
 * Round 20 (listen-20a; analysis-lh17 rec 1b and 1c): the organisation's rules in the registers
 * policies use (org-register.ts): the organisation by its own name as the subject, the firm's
 * side as a class with a rule's modal, the governing body relayed, the passive refusal, and
 * facts that refuse for the whole organisation. Look-alikes beside them: a third party's own
 * habit, hypotheticals, another company's people, a noun phrase with a determiner.
 */
import { COKE, letter, runListenTests } from "./listen-tester";

const BANK = "@midlandsmutual.example";
const BANK_FROM = "Priya Shah <priya.shah@midlandsmutual.example>";
const bankOrg = { matchKey: BANK, clientName: "Midlands Mutual Bank plc" };

runListenTests("round 20: the organisation's rules in the third person", {
  heard: [
    // The organisation by its own name, in the third person's agreement.
    {
      name: "'The Bank does not pay for' unquoted work, from the bank",
      from: BANK_FROM,
      profiles: [bankOrg],
      body: letter("The Bank does not pay for clerical work."),
      heard: [{ field: "bannedBillingPhrases", value: "clerical work", profile: BANK }],
    },
    {
      name: "the organisation by its domain's name, 'does not accept' a platform's invites",
      from: "Tom Reid <tom.reid@harbourline.example>",
      body: letter("Harbourline does not accept external Zoom invites."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: "@harbourline.example" }],
    },
    // The firm's side as a class.
    {
      name: "'External solicitors must not raise X with our staff'",
      body: letter("External solicitors must not raise the restructuring with our staff."),
      heard: [{ field: "avoidTopics", value: "restructuring", profile: COKE }],
    },
    {
      name: "'Fee earners should not use WhatsApp'",
      body: letter("Fee earners should not use WhatsApp for our matters."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
    },
    {
      name: "'Each adviser must send a written report' with a cadence",
      body: letter("Each adviser must send a written progress report by the 5th of each month."),
      heard: [
        {
          field: "statusUpdates",
          value: "monthly, the 5th of each month, by the 5th of each month",
          profile: COKE,
        },
      ],
    },
    {
      name: "'External solicitors must not refer to X or Y by name': the names refused",
      body: letter("External solicitors must not refer to Novaris or Keltrion by name."),
      heard: [
        { field: "competitors", value: "Novaris", profile: COKE },
        { field: "competitors", value: "Keltrion", profile: COKE },
      ],
    },
    {
      name: "'Suppliers of legal services are not to send us anything by post'",
      body: letter("Suppliers of legal services are not to send us anything by post."),
      heard: [{ field: "avoidChannels", value: "post", profile: COKE }],
    },
    {
      name: "after a lead-in colon: 'A standing request: outside counsel should not raise X'",
      body: letter("A standing request: outside counsel should not raise the recall with us."),
      heard: [{ field: "avoidTopics", value: "recall", profile: COKE }],
    },
    // The governing body relayed.
    {
      name: "'Ownership has asked that nobody from outside raise X with our staff'",
      body: letter(
        "Ownership has asked that nobody from outside raise the stadium move with our staff.",
      ),
      heard: [{ field: "avoidTopics", value: "stadium move", profile: COKE }],
    },
    {
      name: "'The board has asked advisers not to use Zoom'",
      body: letter("The board has asked advisers not to use Zoom."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
    {
      name: "'Management has asked that advisers use Teams'",
      body: letter("Management has asked that advisers use Teams for all meetings."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    // The passive refusal.
    {
      name: "'Itemised time entries are not required and will not be reviewed'",
      body: letter("Itemised time entries are not required and will not be reviewed."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "'Travel time will not be reimbursed'",
      body: letter("Travel time will not be reimbursed."),
      heard: [{ field: "bannedBillingPhrases", value: "Travel time", profile: COKE }],
    },
    // Facts that refuse for the whole organisation.
    {
      name: "'… will not work for any of us'",
      body: letter("Zoom links will not work for any of us."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
    {
      name: "'letters sent there are no longer opened'",
      body: letter("We have moved out of Leeds, and letters sent there are no longer opened."),
      heard: [{ field: "avoidChannels", value: "post", profile: COKE }],
    },
  ],
  silent: [
    // Someone's own habit, not a rule.
    { name: "'my colleague prefers calls'", body: letter("My colleague prefers calls.") },
    {
      name: "a colleague's own taste, by role",
      body: letter("Our general counsel prefers phone calls."),
      fields: ["preferredChannels", "avoidChannels"],
    },
    {
      name: "a governing body's request that may come",
      body: letter("If management asks that advisers use Teams, we will tell you."),
    },
    {
      name: "a hypothetical rule for advisers",
      body: letter("If advisers must not use WhatsApp, we will need another channel."),
    },
    {
      name: "a hypothetical governing body",
      body: letter("If the board has asked that nobody raise the merger, I have not heard."),
    },
    {
      name: "a question about a rule for counsel",
      body: letter("Should outside counsel avoid Zoom for our meetings?"),
    },
    {
      name: "another company's advisers",
      body: letter("Barclays' advisers must not use WhatsApp."),
    },
    {
      name: "the other side's solicitors",
      body: letter("The claimant's solicitors must not contact our staff directly."),
      fields: ["avoidChannels", "preferredChannels"],
    },
    {
      name: "another company by its name, 'does not pay for'",
      body: letter("Aviva does not pay for clerical work."),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "a verb of no practice after the organisation's name",
      from: BANK_FROM,
      profiles: [bankOrg],
      body: letter("The Bank will not lend against the warehouse."),
    },
    {
      name: "a noun phrase with a determiner, refused by someone else",
      body: letter("The documents will not be accepted by the court."),
    },
    {
      name: "one invoice held back until it is corrected",
      body: letter("Your March invoice will not be paid until the entries are corrected."),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "an old address no longer read: the way stays",
      body: letter("Email sent to the old address is no longer read."),
      fields: ["avoidChannels"],
    },
    {
      name: "meeting invitations by where they are held",
      body: letter("Outside counsel shall not send invitations on other platforms."),
      fields: ["entertainment"],
    },
    {
      name: "a platform's invitations refused are no hospitality",
      body: letter("We do not accept external Zoom invites."),
      fields: ["entertainment"],
    },
    {
      name: "a guess about advisers, not a rule",
      body: letter("Advisers might prefer to use Teams."),
    },
  ],
});
