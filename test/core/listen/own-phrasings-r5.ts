/**
 * Batch R5 of the own phrasings (round 5): written from the kinds of statement listed for the
 * round (short imperatives that state a standing preference, organisation facts that imply
 * one, headed lists and "Field: value" lines, competitors named without "rival", topics and
 * hospitality in understated words, invoice detail and update cadence in a client's words, and
 * the traps beside each), before any dev miss was read this round and before the engine was
 * changed; scored once as written.
 */
import type { ListenField } from "../../../src/core/listen";
import type { PhrasingCase, Whose } from "./own-phrasings";

function e(field: ListenField, value: string, whose: Whose = "self") {
  return { field, value, whose };
}

export const R5: Omit<PhrasingCase, "batch">[] = [
  // ------------------------------------------------ short imperatives with a standing sense
  {
    text: "I'm rarely at my desk these days. WhatsApp me.",
    heard: [e("preferredChannels", "whatsapp")],
  },
  {
    text: "Don't bother with voicemail - I never listen to it. Text me instead.",
    heard: [e("avoidChannels", "phone"), e("preferredChannels", "sms")],
  },
  {
    text: "For anything that needs a decision, ring me.",
    heard: [e("preferredChannels", "phone")],
  },
  {
    text: "Email or nothing, I'm afraid; I can't take calls on the trading floor.",
    heard: [e("preferredChannels", "email"), e("avoidChannels", "phone")],
  },
  {
    text: "Use Signal for anything sensitive, not WhatsApp.",
    heard: [e("preferredChannels", "signal"), e("avoidChannels", "whatsapp")],
  },
  {
    text: "Zoom links please, not Teams.",
    heard: [e("meetingPlatform", "zoom", "org")],
    maybe: [e("avoidChannels", "teams", "org"), e("avoidChannels", "teams")],
  },
  { text: "Call me this afternoon if you can, it's urgent.", heard: [] },
  { text: "Email me the draft by Friday.", heard: [] },
  {
    text: "Let me know if a call is easier, otherwise email is fine.",
    heard: [],
  },
  // ------------------------------------------------ organisation facts
  {
    text: "Our IT department blocks Webex on all company laptops.",
    heard: [e("avoidChannels", "webex", "org")],
  },
  {
    text: "We don't have Zoom licences, so any invitations will need to be Teams.",
    heard: [e("meetingPlatform", "teams", "org")],
    maybe: [e("avoidChannels", "zoom", "org")],
  },
  {
    text: "The whole group runs on Webex exclusively.",
    heard: [e("meetingPlatform", "webex", "org")],
  },
  {
    text: "We're a Microsoft house end to end, so Teams is what we use for meetings.",
    heard: [e("meetingPlatform", "teams", "org")],
  },
  {
    text: "We moved to Google Workspace last year, so Google Meet works best now.",
    heard: [e("meetingPlatform", "google-meet", "org")],
  },
  {
    text: "Our insurer's rules say claims correspondence must go by post.",
    heard: [],
  },
  // ------------------------------------------------ headed lists and "Field: value" lines
  {
    text: "A few housekeeping points:\n\nMeetings: Zoom.\nInvoices: summary only.\nUpdates: every other Friday.",
    heard: [
      e("meetingPlatform", "zoom", "org"),
      e("billingDetail", "summary", "org"),
      e("statusUpdates", "fortnightly"),
    ],
  },
  {
    text: "Contact: email, never phone.",
    heard: [e("preferredChannels", "email"), e("avoidChannels", "phone")],
  },
  {
    text: "Billing: one-line total per month is enough.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Please never mention any of the following in documents you send us:\n\n- Unilever\n- Reckitt\n- Henkel",
    heard: [
      e("competitors", "Unilever", "org"),
      e("competitors", "Reckitt", "org"),
      e("competitors", "Henkel", "org"),
    ],
  },
  {
    text: "Our accounts team will reject the following descriptions:\n\n- general correspondence\n- file review\n- internal conference",
    heard: [
      e("bannedBillingPhrases", "general correspondence", "org"),
      e("bannedBillingPhrases", "file review", "org"),
      e("bannedBillingPhrases", "internal conference", "org"),
    ],
  },
  // ------------------------------------------------ competitors without "rival"
  {
    text: "Please do not put Pfizer's name in anything you draft for us. They're a direct competitor.",
    heard: [e("competitors", "Pfizer", "org")],
  },
  {
    text: "Avoid naming Heineken or Carlsberg in the board pack.",
    heard: [e("competitors", "Heineken", "org"), e("competitors", "Carlsberg", "org")],
  },
  {
    text: "Please keep Asda out of our correspondence. The same goes for Tesco.",
    heard: [e("competitors", "Asda", "org"), e("competitors", "Tesco", "org")],
  },
  // ------------------------------------------------ topics
  {
    text: "I'd rather we didn't go over the divorce again.",
    heard: [e("avoidTopics", "divorce")],
  },
  { text: "And please, no golf talk.", heard: [e("avoidTopics", "golf")] },
  {
    text: "I'd rather my health wasn't raised at the meeting or afterwards.",
    heard: [e("avoidTopics", "health")],
  },
  { text: "Let's knock the politics chat on the head.", heard: [e("avoidTopics", "politics")] },
  // ------------------------------------------------ hospitality
  {
    text: "Kind of you, but please don't trouble yourselves with invitations of that kind.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "I have a personal rule of not accepting hospitality from advisers.",
    heard: [e("entertainment", "avoid")],
  },
  {
    text: "We have a policy of declining all corporate hospitality.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "Now that the audit is over we're able to accept client events again.",
    heard: [e("entertainment", "welcome", "org")],
  },
  {
    text: "Do keep me on your list for hospitality - I always enjoy those evenings.",
    heard: [e("entertainment", "welcome")],
  },
  {
    text: "The hospital's policy is that patients may not accept gifts from staff.",
    heard: [],
  },
  // ------------------------------------------------ invoice detail in the client's words
  {
    text: "A summary is all I need on the invoices.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "I don't need the minute-by-minute list on the bills.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "On invoices, just the total please.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Our finance team does not require the time-recording schedule with invoices.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Please include every time entry on the bills; our internal audit samples them.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  // ------------------------------------------------ update cadence
  { text: "An update once a month is plenty.", heard: [e("statusUpdates", "monthly")] },
  { text: "Updates every other Thursday suit me.", heard: [e("statusUpdates", "fortnightly")] },
  {
    text: "No need for regular reports - just drop me a line when something moves.",
    heard: [e("statusUpdates", "when something changes")],
  },
  // ------------------------------------------------ traps
  {
    text: "Please don't phone me. Actually, ignore that, phone is fine.",
    heard: [],
  },
  { text: "We spoke by phone last week about the lease.", heard: [] },
  {
    text: "The insurer's guidelines say they will not pay for 'file review'.",
    heard: [],
    maybe: [e("bannedBillingPhrases", "file review", "org")],
  },
];

/**
 * Batch R5b: written after R5's work and before any change it prompted, to measure how far that
 * work reaches on sentences it was not built from; scored once as written.
 */
export const R5B: Omit<PhrasingCase, "batch">[] = [
  {
    text: "Signal me, please; I've left WhatsApp.",
    heard: [e("preferredChannels", "signal"), e("avoidChannels", "whatsapp")],
  },
  { text: "Phone or nothing for anything urgent.", heard: [e("preferredChannels", "phone")] },
  { text: "Text me about anything that can't wait.", heard: [e("preferredChannels", "sms")] },
  { text: "Message me on Teams this afternoon about the draft.", heard: [] },
  {
    text: "We've no Google accounts here, so Meet links won't open for us.",
    heard: [e("avoidChannels", "google-meet", "org")],
  },
  {
    text: "The whole company is on Teams and nothing else.",
    heard: [e("meetingPlatform", "teams", "org")],
  },
  {
    text: "Webex is the only thing our firewall lets through.",
    heard: [e("meetingPlatform", "webex", "org")],
  },
  {
    text: "Preferred contact: WhatsApp.\nMeeting platform: Teams.\nBilling: summary invoices.",
    heard: [
      e("preferredChannels", "whatsapp"),
      e("meetingPlatform", "teams", "org"),
      e("billingDetail", "summary", "org"),
    ],
  },
  {
    text: "Please don't refer to Sainsbury's or Waitrose in our documents - both compete with us directly.",
    heard: [e("competitors", "Sainsbury's", "org"), e("competitors", "Waitrose", "org")],
  },
  {
    text: "Never name Shell in anything you draft for us. BP too.",
    heard: [e("competitors", "Shell", "org"), e("competitors", "BP", "org")],
  },
  {
    text: "Leave out any reference to Ryanair; they're our main competitor on these routes.",
    heard: [e("competitors", "Ryanair", "org")],
  },
  { text: "Please, no Brexit.", heard: [e("avoidTopics", "Brexit", "org")] },
  {
    text: "I'd prefer it if the redundancies weren't discussed on calls.",
    heard: [e("avoidTopics", "redundancies")],
    maybe: [e("avoidTopics", "redundancies", "org")],
  },
  { text: "Can we drop the election chat, please?", heard: [e("avoidTopics", "election", "org")] },
  {
    text: "Thank you, but I make it a rule never to accept tickets from advisers.",
    heard: [e("entertainment", "avoid")],
  },
  {
    text: "Our new code means we can take up invitations again, so do send them.",
    heard: [e("entertainment", "welcome", "org")],
  },
  { text: "Happy to stay on your events list.", heard: [e("entertainment", "welcome")] },
  {
    text: "Their charity's policy forbids trustees from accepting hospitality.",
    heard: [],
  },
  {
    text: "The bottom line is all I need to see on invoices.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "We don't require the fee-earner breakdown on bills.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Please send every time entry with the bill: our internal auditors go through them line by line.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  { text: "Every other Wednesday works for updates.", heard: [e("statusUpdates", "fortnightly")] },
  {
    text: "A quarterly update is plenty for us.",
    heard: [e("statusUpdates", "quarterly", "org")],
    maybe: [e("statusUpdates", "quarterly")],
  },
  {
    text: "I used to ask for weekly updates but monthly is fine now.",
    heard: [e("statusUpdates", "monthly")],
  },
  { text: "Lmk if Zoom is easier for you, otherwise Teams is fine.", heard: [] },
  { text: "We talked on the phone yesterday about the lease.", heard: [] },
  { text: "Please don't email me. Sorry, ignore that - email is fine.", heard: [] },
];
