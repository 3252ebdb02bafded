/**
 * Batch R4 of the own phrasings (round 4): written from the kinds of statement English speakers
 * use (speaker × stance × object; docs/listen.md, "How a statement is read"), before any dev
 * miss was read this round and before the engine was changed; scored once as written.
 */
import type { ListenField } from "../../../src/core/listen";
import type { PhrasingCase, Whose } from "./own-phrasings";

function e(field: ListenField, value: string, whose: Whose = "self") {
  return { field, value, whose };
}

export const R4: Omit<PhrasingCase, "batch">[] = [
  // ------------------------------------------------ channel lists: every listed channel heard
  {
    text: "Please don't email, phone or text me about this matter; I'd much rather we met in person.",
    heard: [e("avoidChannels", "email"), e("avoidChannels", "phone"), e("avoidChannels", "sms")],
    maybe: [e("preferredChannels", "in-person")],
  },
  {
    text: "I don't do WhatsApp, Signal or texts.",
    heard: [
      e("avoidChannels", "whatsapp"),
      e("avoidChannels", "signal"),
      e("avoidChannels", "sms"),
    ],
  },
  {
    text: "Email or WhatsApp are the best ways to reach me.",
    heard: [e("preferredChannels", "email"), e("preferredChannels", "whatsapp")],
  },
  {
    text: "No calls and no texts, please - email only.",
    heard: [
      e("avoidChannels", "phone"),
      e("avoidChannels", "sms"),
      e("preferredChannels", "email"),
    ],
  },
  // ------------------------------------------------ channel stances from the lexicon
  { text: "I'm not a fan of phone calls.", heard: [e("avoidChannels", "phone")] },
  { text: "I can't stand voicemail.", heard: [e("avoidChannels", "phone")] },
  { text: "Honestly, I hate being texted.", heard: [e("avoidChannels", "sms")] },
  {
    text: "The easiest way to get hold of me is WhatsApp.",
    heard: [e("preferredChannels", "whatsapp")],
  },
  { text: "From now on, please just email me.", heard: [e("preferredChannels", "email")] },
  {
    text: "Going forward, kindly refrain from calling my mobile.",
    heard: [e("avoidChannels", "phone")],
  },
  { text: "I no longer use WhatsApp.", heard: [e("avoidChannels", "whatsapp")] },
  {
    text: "I love a quick phone call - much better than a long email chain.",
    heard: [e("preferredChannels", "phone")],
    maybe: [e("avoidChannels", "email")],
  },
  {
    text: "In future, letters by post please; I don't read email at weekends or at all, really.",
    heard: [e("preferredChannels", "post")],
    maybe: [e("avoidChannels", "email")],
  },
  { text: "Please never leave me voicemails.", heard: [e("avoidChannels", "phone")] },
  {
    text: "We'd like all correspondence by email going forward.",
    heard: [e("preferredChannels", "email", "org")],
  },
  {
    text: "Our policy is that external advisers do not contact staff by WhatsApp.",
    heard: [e("avoidChannels", "whatsapp", "org")],
  },
  // ------------------------------------------------ time-limited, one-off, withdrawn, conditional
  { text: "While I'm travelling over the next fortnight, WhatsApp is easiest.", heard: [] },
  {
    text: "For the next couple of weeks please text rather than call - I'm in hospital.",
    heard: [],
  },
  { text: "During the trial, please only email me.", heard: [] },
  { text: "This week I'd rather you didn't phone; I'm in back-to-back meetings.", heard: [] },
  { text: "Until the end of March, please send everything by post.", heard: [] },
  { text: "Over the summer holidays please use my personal email.", heard: [] },
  {
    text: "I said I didn't want calls, but that's no longer the case - ring whenever you like.",
    heard: [],
    maybe: [e("preferredChannels", "phone")],
  },
  {
    text: "Ignore my earlier note about Zoom; Teams is fine after all.",
    heard: [],
    maybe: [e("meetingPlatform", "teams", "org")],
  },
  {
    text: "You can go back to sending detailed invoices - the audit is over.",
    heard: [],
    maybe: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "I've changed my mind about texts - they're fine.",
    heard: [],
    maybe: [e("preferredChannels", "sms")],
  },
  { text: "If the hearing moves, call me straight away.", heard: [] },
  { text: "Should anything urgent come up, WhatsApp me.", heard: [] },
  { text: "If I'm not at my desk, try my mobile.", heard: [] },
  { text: "Were we to switch platforms, it would probably be to Zoom.", heard: [] },
  { text: "We might move to Webex next year.", heard: [] },
  { text: "I wonder whether summary invoices would be simpler?", heard: [] },
  { text: "Do you prefer Teams or Zoom for Thursday?", heard: [] },
  // ------------------------------------------------ someone else
  { text: "My husband hates phone calls, so please email him instead.", heard: [] },
  { text: "The chairman prefers Teams.", heard: [] },
  {
    text: "Jonathan from our finance team likes summary invoices, but I want the detail.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  { text: "Our previous lawyers always called me Bob.", heard: [] },
  // ------------------------------------------------ names
  {
    text: "It's Katherine, not Kate.",
    heard: [e("preferredName", "Katherine"), e("avoidNames", "Kate")],
  },
  {
    text: "Please don't call me Kathy - only my mother gets away with that.",
    heard: [e("avoidNames", "Kathy")],
  },
  {
    text: "Friends call me Ted, and I'd be glad if you did too.",
    heard: [e("preferredName", "Ted")],
  },
  {
    text: "I'd prefer to be addressed as Dr Okafor in letters.",
    heard: [e("preferredName", "Dr Okafor")],
  },
  { text: 'I really can\'t bear "Becky".', heard: [e("avoidNames", "Becky")] },
  {
    text: "Just Jo is fine - nobody calls me Joanna.",
    heard: [e("preferredName", "Jo")],
    maybe: [e("avoidNames", "Joanna")],
  },
  // ------------------------------------------------ meeting platforms
  { text: "We're a Zoom house, I'm afraid.", heard: [e("meetingPlatform", "zoom", "org")] },
  {
    text: "Our IT team has banned Zoom, so Teams it is.",
    heard: [e("avoidChannels", "zoom", "org"), e("meetingPlatform", "teams", "org")],
  },
  {
    text: "Google Meet is what we use for everything.",
    heard: [e("meetingPlatform", "google-meet", "org")],
  },
  {
    text: "We can't join Webex calls from our network.",
    heard: [e("avoidChannels", "webex", "org")],
  },
  // ------------------------------------------------ billing
  {
    text: "We only need the totals on invoices, not every six-minute entry.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Please itemise every entry on future bills.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "We will not pay for time described as 'file review'.",
    heard: [e("bannedBillingPhrases", "file review", "org")],
  },
  {
    text: "Our guidelines say 'internal conference' is not billable.",
    heard: [e("bannedBillingPhrases", "internal conference", "org")],
  },
  {
    text: "Kindly stop billing us for 'admin'.",
    heard: [e("bannedBillingPhrases", "admin", "org")],
  },
  {
    text: "A one-page summary bill is all we need.",
    heard: [e("billingDetail", "summary", "org")],
  },
  // ------------------------------------------------ entertainment
  {
    text: "We're not permitted to accept hospitality of any kind.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "I'm always happy to be invited to the rugby.",
    heard: [e("entertainment", "welcome", "self")],
  },
  {
    text: "Please don't send us gifts at Christmas - our code of conduct forbids it.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "I'm not really one for corporate dinners.",
    heard: [e("entertainment", "avoid", "self")],
  },
  // ------------------------------------------------ topics
  { text: "Please don't bring up the divorce.", heard: [e("avoidTopics", "divorce", "self")] },
  { text: "I'd rather not talk politics.", heard: [e("avoidTopics", "politics", "self")] },
  {
    text: "Can we leave religion out of the small talk?",
    heard: [e("avoidTopics", "religion", "org")],
    maybe: [e("avoidTopics", "religion", "self")],
  },
  // ------------------------------------------------ competitors
  {
    text: "Please never mention Pepsi in anything you send us.",
    heard: [e("competitors", "Pepsi", "org")],
  },
  // ------------------------------------------------ status updates
  {
    text: "A fortnightly update by email would suit us best.",
    heard: [e("statusUpdates", "fortnightly", "org")],
    maybe: [e("preferredChannels", "email", "org")],
  },
  {
    text: "I'd like a short note every Friday afternoon.",
    heard: [e("statusUpdates", "weekly", "self")],
    maybe: [e("statusUpdates", "every friday afternoon", "self")],
  },
  { text: "Quarterly reports are plenty for us.", heard: [e("statusUpdates", "quarterly", "org")] },
];

const KATE = "Katherine Mills <katherine.mills@harbourline.example>";
const ROB = "Robert Fenn <robert.fenn@fennco.example>";

/**
 * Batch R4b: written after R4's first run and the channel work, before any work on the fields
 * below; scored once as written.
 */
export const R4B: Omit<PhrasingCase, "batch">[] = [
  // ---------------------------------------------------------------- entertainment
  {
    text: "I'm not one for hospitality, to be honest.",
    heard: [e("entertainment", "avoid", "self")],
  },
  {
    text: "We don't do corporate entertainment - it's a firm rule.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "Please stop sending us tickets; we can't use them.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "I'd love to be kept on the list for the summer party and anything like it.",
    heard: [e("entertainment", "welcome", "self")],
  },
  {
    text: "We're big fans of your client dinners - keep the invitations coming!",
    heard: [e("entertainment", "welcome", "org")],
  },
  { text: "I can't make the golf day on the 14th, sadly.", heard: [] },
  { text: "My boss loves the opera, so do invite him.", heard: [] },
  {
    text: "Our ethics policy no longer allows staff to accept gifts or hospitality from law firms.",
    heard: [e("entertainment", "avoid", "org")],
  },
  // ---------------------------------------------------------------- topics
  {
    text: "I'd rather not talk politics, if it's all the same.",
    heard: [e("avoidTopics", "politics", "self")],
    maybe: [e("avoidTopics", "politics", "org")],
  },
  { text: "Please don't ask me about my health.", heard: [e("avoidTopics", "health", "self")] },
  {
    text: "Let's leave Brexit out of our conversations.",
    heard: [e("avoidTopics", "Brexit", "org")],
    maybe: [e("avoidTopics", "Brexit", "self")],
  },
  {
    text: "I'm not a football fan, so spare me the match reports.",
    heard: [e("avoidTopics", "football", "self")],
    maybe: [e("avoidTopics", "football", "org")],
  },
  {
    text: "Kindly refrain from mentioning the merger in calls with our staff.",
    heard: [e("avoidTopics", "merger", "org")],
  },
  { text: "He doesn't like talking about the accident.", heard: [] },
  { text: "Did you want to discuss the restructuring on Friday?", heard: [] },
  // ---------------------------------------------------------------- names
  {
    from: KATE,
    text: "It's Katherine, not Kate.",
    heard: [e("preferredName", "Katherine"), e("avoidNames", "Kate")],
  },
  { from: KATE, text: "Please don't call me Kathy.", heard: [e("avoidNames", "Kathy")] },
  { from: KATE, text: "Kate is fine - everyone does.", heard: [e("preferredName", "Kate")] },
  { from: KATE, text: 'I\'ve never liked "Kath".', heard: [e("avoidNames", "Kath")] },
  {
    from: KATE,
    text: "Katie is what my family call me, but at work it's Katherine.",
    heard: [e("preferredName", "Katherine")],
    maybe: [e("avoidNames", "Katie")],
  },
  {
    from: ROB,
    text: "Rob, please - Robert makes me feel like I'm in trouble.",
    heard: [e("preferredName", "Rob"), e("avoidNames", "Robert")],
  },
  { from: ROB, text: "I go by Bob these days.", heard: [e("preferredName", "Bob")] },
  {
    from: ROB,
    text: "My wife calls me Bertie, but please don't.",
    heard: [e("avoidNames", "Bertie")],
  },
  {
    from: ROB,
    text: "If you're writing formally, Mr Fenn is correct.",
    heard: [],
    maybe: [e("preferredName", "Mr Fenn")],
  },
  // ---------------------------------------------------------------- billing
  {
    text: "Going forward we'd like a one-line invoice with just the total.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Our auditors need full narratives on every bill, so please keep the detail.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "We won't accept charges for 'photocopying' or 'postage'.",
    heard: [
      e("bannedBillingPhrases", "photocopying", "org"),
      e("bannedBillingPhrases", "postage", "org"),
    ],
  },
  {
    text: "Time recorded as 'internal discussion' will be written off by our AP team.",
    heard: [e("bannedBillingPhrases", "internal discussion", "org")],
  },
  { text: "For this invoice only, could you break the time down by person?", heard: [] },
  { text: "I wonder whether a breakdown would help the board?", heard: [] },
  // ---------------------------------------------------------------- platforms
  {
    text: "Teams works best for us; Zoom is blocked on our laptops.",
    heard: [e("meetingPlatform", "teams", "org"), e("avoidChannels", "zoom", "org")],
  },
  {
    text: "We've moved over to Google Meet across the business.",
    heard: [e("meetingPlatform", "google-meet", "org")],
  },
  {
    text: "Could you send Webex links from now on?",
    heard: [e("meetingPlatform", "webex", "org")],
  },
  { text: "Their side will probably want Zoom.", heard: [] },
  // ---------------------------------------------------------------- status updates
  { text: "Monthly updates are plenty for me.", heard: [e("statusUpdates", "monthly", "self")] },
  {
    text: "We'd like a written update every fortnight.",
    heard: [e("statusUpdates", "fortnightly", "org")],
  },
  {
    text: "Weekly updates during the trial, please.",
    heard: [e("statusUpdates", "weekly", "self")],
    maybe: [e("statusUpdates", "weekly", "org")],
  },
  // ---------------------------------------------------------------- competitors
  {
    text: "Please don't mention Pepsi to anyone here - they're our main competitor.",
    heard: [e("competitors", "Pepsi", "org")],
  },
  {
    text: "We'd rather you didn't name Unilever or Nestlé in anything you send us.",
    heard: [e("competitors", "Unilever", "org"), e("competitors", "Nestlé", "org")],
  },
];

/**
 * Batch R4c: invoice detail and refused entries in the words finance people use, written after
 * R4b's work and before any work on billing; scored once as written.
 */
export const R4C: Omit<PhrasingCase, "batch">[] = [
  {
    text: "A single figure at the bottom of the invoice is all we need.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "We don't need chapter and verse on the bills - the headline number will do.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Could future invoices be broken down by fee earner and task?",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "Our finance team needs to see who did what and for how long on every invoice.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "Please bill us in LEDES format with UTBMS task codes from now on.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "High-level invoices are fine for us; we trust you on the detail.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "I don't want to wade through pages of six-minute entries each month.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Line-by-line breakdowns, please, for every bill.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  { text: "There's no need to itemise the bills.", heard: [e("billingDetail", "summary", "org")] },
  {
    text: "A lump-sum invoice each quarter suits our accounts team best.",
    heard: [e("billingDetail", "summary", "org")],
    maybe: [e("statusUpdates", "quarterly", "org")],
  },
  { text: "Can you send a breakdown of the March invoice?", heard: [] },
  {
    text: "My last firm sent summary bills, which drove me mad.",
    heard: [],
    maybe: [e("billingDetail", "detailed", "org")],
  },
  { text: "Would a summary invoice be easier for you to produce?", heard: [] },
  {
    text: "We do not pay for 'research' unless it was agreed in advance.",
    heard: [e("bannedBillingPhrases", "research", "org")],
  },
  {
    text: "Entries such as 'emails' or 'correspondence' with no further description will be rejected.",
    heard: [
      e("bannedBillingPhrases", "emails", "org"),
      e("bannedBillingPhrases", "correspondence", "org"),
    ],
  },
  {
    text: "Please stop charging us for 'file management'.",
    heard: [e("bannedBillingPhrases", "file management", "org")],
  },
  {
    text: "'Internal meeting' is not a chargeable description under our guidelines.",
    heard: [e("bannedBillingPhrases", "Internal meeting", "org")],
  },
];

/**
 * Batch R4d: traps for the general stance layer (and a few preferences in passing), written
 * after R4c's work and before this batch was run; scored once as written.
 */
export const R4D: Omit<PhrasingCase, "batch">[] = [
  { text: "I hate to chase, but did the email with the signed forms reach you?", heard: [] },
  { text: "We never received the post you mentioned.", heard: [] },
  { text: "Don't worry about calling back today - tomorrow is fine.", heard: [] },
  { text: "I'm not a fan of the new lease terms, frankly.", heard: [] },
  { text: "I no longer have the original letter, I'm afraid.", heard: [] },
  { text: "Please don't forward my email to the other side.", heard: [] },
  { text: "Stop press: the buyer has pulled out, so please call me when you can.", heard: [] },
  { text: "I hate that we have to do this by post, but the Land Registry insists.", heard: [] },
  { text: "Our IT team doesn't permit USB sticks, so please share the bundle by link.", heard: [] },
  { text: "We prefer to settle rather than litigate.", heard: [] },
  { text: "I love the idea of a short call to kick things off.", heard: [] },
  { text: "No lunch for me on Thursday, thanks - I'm fasting.", heard: [] },
  { text: "Please don't send the dinner invitation to my old address.", heard: [] },
  { text: "We can't accept the offer as it stands.", heard: [] },
  {
    text: "The board doesn't need the detail of the disclosure exercise, just your view.",
    heard: [],
  },
  { text: "My PA hates voicemail, so email her instead.", heard: [] },
  { text: "Never mind the invoice query - it's sorted.", heard: [] },
  {
    text: "I'm hopeless with dates, so please remind me of the hearing by text the day before.",
    heard: [],
    maybe: [e("preferredChannels", "sms")],
  },
  {
    text: "Please no more calls from your marketing team.",
    heard: [e("avoidChannels", "phone")],
    maybe: [e("avoidChannels", "phone", "org")],
  },
  {
    text: "I really can't stand Zoom - Teams from now on, please.",
    heard: [e("avoidChannels", "zoom"), e("meetingPlatform", "teams", "org")],
    maybe: [e("avoidChannels", "zoom", "org")],
  },
  {
    text: "We're big fans of plain, one-page invoices.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "I'd rather you didn't text; email is best for me.",
    heard: [e("avoidChannels", "sms"), e("preferredChannels", "email")],
  },
];
