/**
 * Batch R8 of the own phrasings (round 8, listen-8a: channels, meeting platform, update cadence,
 * invoice detail, refused entries). Written from the kinds listed before any dev case was read
 * this round: first the look-alikes (one meeting's logistics, what the writer will do, what a
 * third party uses, a question, the firm's words quoted back, a complaint about one occasion, a
 * capability, invoice administration, an organisation's own schedule), then the kinds of
 * statement (terse fragments, comparatives that state a wish and an aversion, a forwarded policy
 * with numbered rules, answers written under the firm's questions, a grumble after something went
 * wrong, a hint a careful lawyer would still record). Scored once as written, before the engine
 * was changed.
 */
import type { ListenField } from "../../../src/core/listen";
import type { PhrasingCase, Whose } from "./own-phrasings";

function e(field: ListenField, value: string, whose: Whose = "self") {
  return { field, value, whose };
}
/** A wish whose holder is a fair reading either way (docs/listen.md: attribution). */
function either(field: ListenField, value: string, whose: Whose) {
  const other: Whose = whose === "self" ? "org" : "self";
  return { heard: [e(field, value, whose)], maybe: [e(field, value, other)] };
}

export const R8: Omit<PhrasingCase, "batch">[] = [
  // ------------------------------------------------ channels and platforms: look-alikes
  { text: "I'll send a Teams link for Thursday's call shortly.", heard: [] },
  { text: "The Zoom details for tomorrow are below.", heard: [] },
  { text: "I'll give you a ring once I've spoken to the bank.", heard: [] },
  { text: "I'll WhatsApp you the photos of the damp when I'm back at the flat.", heard: [] },
  { text: "The other side's solicitors only use Zoom, apparently.", heard: [] },
  { text: "Our auditors always send Webex invites, which is a bit of a pain.", heard: [] },
  { text: "Do you have a Google Meet account, or shall I send a Teams link?", heard: [] },
  { text: "We can do Teams or Zoom, whichever suits you.", heard: [] },
  { text: "Either Teams or Zoom is fine by us.", heard: [] },
  { text: "The Teams call kept dropping yesterday, sorry about that.", heard: [] },
  { text: "Sorry I missed your call this morning - I was in a meeting.", heard: [] },
  { text: "You mentioned you'd prefer to speak by phone; that's fine for Friday.", heard: [] },
  { text: "My mobile is 07700 900123 if you need it.", heard: [] },
  { text: "I'm on Teams all day today if anything comes up.", heard: [] },
  { text: "Let's jump on a call next week to go through the draft.", heard: [] },
  { text: "I emailed Sarah in finance yesterday about the deposit.", heard: [] },
  { text: "We used to use Webex, years ago, before the merger.", heard: [] },
  { text: "If the deal closes, we may well move everyone to Teams.", heard: [] },
  { text: "The court hearing will be on CVP rather than Teams.", heard: [] },
  { text: "My husband much prefers a phone call, but that's him.", heard: [] },
  { text: "Can you call me at 3 today? It's about the exchange.", heard: [] },
  // ------------------------------------------------ channels and platforms: kinds
  {
    text: "Email only, please.",
    heard: [e("preferredChannels", "email")],
  },
  {
    text: "No calls. Email.",
    heard: [e("avoidChannels", "phone")],
    maybe: [e("preferredChannels", "email")],
  },
  {
    // Written expecting the refusal too; the corpus's writers record a comparison as the wish
    // only ("preferring a call to long e-mail exchanges does not mean he refuses email").
    text: "I'd rather have an email than a phone call, to be honest.",
    heard: [e("preferredChannels", "email")],
    maybe: [e("avoidChannels", "phone")],
  },
  {
    text: "Text over email for anything quick, please.",
    heard: [e("preferredChannels", "sms")],
  },
  {
    text: "Zoom rather than Teams for our calls, please - Teams never works on our laptops.",
    heard: [e("meetingPlatform", "zoom", "org")],
    maybe: [e("avoidChannels", "teams", "org"), e("avoidChannels", "teams", "self")],
  },
  {
    text: "After last week's mix-up with the voicemails, please just email me from now on.",
    heard: [e("preferredChannels", "email")],
  },
  {
    text: "I'm never at my desk, so my desk phone is the worst way to reach me.",
    heard: [e("avoidChannels", "phone")],
  },
  {
    text: "I don't really listen to voicemails, so a text is always better.",
    heard: [e("preferredChannels", "sms")],
    maybe: [e("avoidChannels", "phone")],
  },
  {
    text: "Honestly, phone calls stress me out. Writing works much better for me.",
    heard: [e("avoidChannels", "phone")],
    maybe: [e("preferredChannels", "email")],
  },
  {
    from: "Priya Shah <priya.shah@coca-cola.example>",
    text: "I'm writing on behalf of Megge Anderson, whose diary I manage. Megge would much rather you emailed her than called.",
    heard: [],
    maybe: [],
  },
  {
    text: "Our communications policy (attached) says, in short:\n1. All correspondence with external advisers must be by email.\n2. WhatsApp and other messaging apps may not be used for company business.",
    heard: [e("preferredChannels", "email", "org"), e("avoidChannels", "whatsapp", "org")],
    maybe: [e("preferredChannels", "email", "self"), e("avoidChannels", "whatsapp", "self")],
  },
  {
    text: "> How do you prefer to be contacted?\nEmail, ideally.\n> Which platform for video meetings?\nTeams - it's all we have.",
    heard: [e("preferredChannels", "email"), e("meetingPlatform", "teams", "org")],
    maybe: [e("meetingPlatform", "teams", "self")],
  },
  {
    text: "We're not set up for Zoom at all, I'm afraid.",
    ...either("avoidChannels", "zoom", "org"),
  },
  {
    text: "Google Meet is what everyone here is used to.",
    ...either("meetingPlatform", "google-meet", "org"),
  },
  // ------------------------------------------------ statusUpdates: look-alikes
  { text: "Our board meets monthly, usually on the second Tuesday.", heard: [] },
  { text: "Could you give me an update on the lease when you get a moment?", heard: [] },
  { text: "Please update me after the hearing on Friday.", heard: [] },
  { text: "Any news on the completion date?", heard: [] },
  { text: "We pay our suppliers quarterly.", heard: [] },
  { text: "I'm in the office on Tuesdays and Thursdays.", heard: [] },
  { text: "Thanks for the weekly updates during the trial - they were really useful.", heard: [] },
  { text: "Your engagement letter says you'll report to us monthly.", heard: [] },
  // ------------------------------------------------ statusUpdates: kinds
  {
    text: "A quick note every Friday afternoon would be plenty.",
    heard: [e("statusUpdates", "weekly")],
  },
  {
    text: "Fortnightly is fine for updates.",
    heard: [e("statusUpdates", "fortnightly")],
  },
  {
    text: "Please only get in touch when something material happens; I don't need routine updates.",
    heard: [e("statusUpdates", "only when something material happens")],
  },
  {
    text: "I'd rather hear from you once a month than every few days.",
    heard: [e("statusUpdates", "monthly")],
  },
  // ------------------------------------------------ billingDetail: look-alikes
  {
    text: "Please send invoices to accounts.payable@coca-cola.example, quoting our PO.",
    heard: [],
  },
  { text: "Invoices should be in US dollars from now on.", heard: [] },
  { text: "Our payment terms are 30 days from receipt.", heard: [] },
  { text: "Could you summarise the advice in a one-page note for the board?", heard: [] },
  { text: "The March invoice was confusing - can we talk it through?", heard: [] },
  { text: "The narrative of the dispute in your letter was spot on.", heard: [] },
  { text: "Can you break down the options for the board?", heard: [] },
  // ------------------------------------------------ billingDetail: kinds
  {
    text: "Totals only on invoices, please.",
    ...either("billingDetail", "summary", "org"),
  },
  {
    text: "Our finance team needs every time entry itemised so they can allocate costs.",
    ...either("billingDetail", "detailed", "org"),
  },
  {
    text: "That 40-page bill was useless to us. A one-line total per matter will do in future.",
    ...either("billingDetail", "summary", "org"),
  },
  {
    text: "Invoices: headline figure only.",
    ...either("billingDetail", "summary", "org"),
  },
  {
    text: "Outside Counsel Guidelines, section 4:\n4.1 Invoices must show each timekeeper's time in tenths of an hour with a description of the task.\n4.2 Block billing will not be accepted.",
    ...either("billingDetail", "detailed", "org"),
  },
  // ------------------------------------------------ bannedBillingPhrases: look-alikes
  { text: "We reviewed the file over the weekend and have some questions.", heard: [] },
  { text: "The heading 'Heads of Terms' should be in bold.", heard: [] },
  { text: "Please call the document 'Side Letter No. 2'.", heard: [] },
  // ------------------------------------------------ bannedBillingPhrases: kinds
  {
    text: "Our AP team will bounce any line that just says 'emails'.",
    heard: [e("bannedBillingPhrases", "emails", "org")],
  },
  {
    text: "The following are not chargeable under our guidelines:\n- Photocopying\n- Secretarial overtime\n- Opening the file",
    heard: [
      e("bannedBillingPhrases", "Photocopying", "org"),
      e("bannedBillingPhrases", "Secretarial overtime", "org"),
      e("bannedBillingPhrases", "Opening the file", "org"),
    ],
  },
  {
    text: "We won't be paying for 'internal strategy meetings' again - that was a shock on the last bill.",
    heard: [e("bannedBillingPhrases", "internal strategy meetings", "org")],
  },
  {
    text: "'Research' on its own isn't acceptable as a time entry.",
    heard: [e("bannedBillingPhrases", "Research", "org")],
  },
];

/** Batch R8b: written after R8's work, before its own run; more look-alikes and kinds. */
export const R8B: Omit<PhrasingCase, "batch">[] = [
  // ------------------------------------------------ look-alikes
  {
    text: "I'll be on Zoom with the auditors most of Tuesday, so I may be slow to reply.",
    heard: [],
  },
  { text: "Our customers mostly contact us by WhatsApp these days.", heard: [] },
  { text: "We offer our own clients a choice of summary or detailed invoices.", heard: [] },
  {
    text: "I've asked our finance team whether they want summary invoices; I'll come back to you.",
    heard: [],
  },
  { text: "Is there any way to get the time entries in a spreadsheet?", heard: [] },
  { text: "Monthly rent is due on the 1st, as you know.", heard: [] },
  { text: "Our newsletter goes out weekly, if you'd like to subscribe.", heard: [] },
  { text: "Texting while driving is now an offence, as your note explains.", heard: [] },
  {
    text: "Can we move Thursday's call to Teams? My Zoom licence has lapsed for the week.",
    heard: [],
  },
  { text: "Just to confirm, you'll send the bundle by courier tomorrow.", heard: [] },
  { text: "He says email is best for him, so please copy him in.", heard: [] },
  { text: "I'll post the signed originals back to you today.", heard: [] },
  { text: "Your invoice said 'review of file' three times - what was that about?", heard: [] },
  { text: "We billed our own client for travel time last year and they complained.", heard: [] },
  // ------------------------------------------------ kinds
  {
    text: "Not the phone, please. I'm in back-to-back meetings and never pick up.",
    heard: [e("avoidChannels", "phone")],
  },
  {
    text: "WhatsApp's easiest.",
    heard: [e("preferredChannels", "whatsapp")],
  },
  {
    text: "Post, not email, for anything with original signatures - that's our rule for every matter.",
    heard: [],
    maybe: [e("preferredChannels", "post", "org"), e("avoidChannels", "email", "org")],
  },
  {
    text: "We've had to ban Zoom after a security scare, so Teams from here on.",
    heard: [e("avoidChannels", "zoom", "org"), e("meetingPlatform", "teams", "org")],
  },
  {
    text: "Please stop putting Zoom links in the invites; we only have Teams here.",
    heard: [e("meetingPlatform", "teams", "org")],
    maybe: [e("avoidChannels", "zoom", "org"), e("avoidChannels", "zoom", "self")],
  },
  {
    text: "> Invoices - summary or detailed?\nSummary, thanks.\n> How often would you like updates?\nEvery other week is about right.",
    heard: [e("billingDetail", "summary", "org"), e("statusUpdates", "fortnightly")],
    maybe: [e("billingDetail", "summary", "self"), e("statusUpdates", "fortnightly", "org")],
  },
  {
    text: "The board wants to see every timekeeper's hours, so please keep the detailed format.",
    ...either("billingDetail", "detailed", "org"),
  },
  {
    text: "Frankly, pages of time entries are wasted on me. Give me the bottom line.",
    ...either("billingDetail", "summary", "self"),
  },
  {
    text: "Going forward, a short monthly update is all we need.",
    ...either("statusUpdates", "monthly", "org"),
  },
  {
    text: "Could you check in with me every Monday morning until further notice?",
    heard: [e("statusUpdates", "weekly")],
  },
  {
    text: "Please don't send weekly updates; once a quarter is plenty for a matter this quiet.",
    heard: [e("statusUpdates", "quarterly")],
  },
  {
    text: "Our guidelines say invoices may not include 'general administration' or 'file maintenance'.",
    heard: [
      e("bannedBillingPhrases", "general administration", "org"),
      e("bannedBillingPhrases", "file maintenance", "org"),
    ],
  },
  {
    text: "We will write off anything described as 'strategy' without more detail.",
    heard: [e("bannedBillingPhrases", "strategy", "org")],
  },
  {
    text: "Signal for anything sensitive, please, and ordinary email for the rest.",
    heard: [e("preferredChannels", "signal"), e("preferredChannels", "email")],
  },
  {
    text: "Teams works, but Google Meet is much easier for our external people.",
    ...either("meetingPlatform", "google-meet", "org"),
  },
];

/**
 * Batch R8c: written after l8–l10's misses were read and the readings they suggested were built
 * (forwarded own rules, a principal's sentence running on, terse cadence fragments, interim
 * arrangements, permissions), before its own run: traps for each new reading first.
 */
export const R8C: Omit<PhrasingCase, "batch">[] = [
  // ------------------------------------------------ forwarded rules: whose
  {
    text: "FYI - the bank's rules below, which bind their own counsel, not you.\n\n---------- Forwarded message ---------\nFrom: Panel Team <panel@bigbank.example>\nDate: 3 March 2025\nSubject: Panel terms\n\nInvoices must show each timekeeper's time in tenths of an hour.\n'Review of file' will not be paid.",
    heard: [],
  },
  {
    text: "See our chair's note below - nothing to do, just so you know his mood.\n\n---------- Forwarded message ---------\nFrom: Alan Price <alan.price@coca-cola.example>\nDate: 3 March 2025\nSubject: Zoom\n\nI can't stand Zoom. Teams only for board meetings please.",
    heard: [],
  },
  {
    text: "Our revised billing guidelines are below; please share them with your team.\n\n---------- Forwarded message ---------\nFrom: Legal Operations <legalops@coca-cola.example>\nDate: 3 March 2025\nSubject: Billing guidelines 2025\n\n1. Invoices are due monthly.\n2. Every time entry must describe the task performed.\n3. The following will not be paid: 'Administrative tasks', 'Conflict searches'.",
    heard: [
      e("billingDetail", "detailed", "org"),
      e("bannedBillingPhrases", "Administrative tasks", "org"),
      e("bannedBillingPhrases", "Conflict searches", "org"),
    ],
  },
  // ------------------------------------------------ a principal's sentence running on
  // (A case written here, a PA relaying "Megge prefers email" with Megge's address given, was
  // heard on Megge's own profile, which is right; this judge names only the sender's and their
  // organisation's profiles, so the case lives in round8-forms.test.ts instead.)
  // ------------------------------------------------ someone else's arrangements
  { text: "Please set up the Teams call for him, not for me - I won't be joining.", heard: [] },
  { text: "Could you send the monthly report to her directly from now on?", heard: [] },
  // ------------------------------------------------ cadence fragments and interim arrangements
  {
    subject: "Re: How often would you like updates?",
    text: "Fortnightly, Thursday afternoons, short.",
    heard: [e("statusUpdates", "fortnightly")],
  },
  { subject: "Re: Site visit", text: "Weekly, Tuesday mornings, at the depot.", heard: [] },
  { text: "For now, just tell me when there's news; we'll settle a rhythm later.", heard: [] },
  {
    text: "Rather than the weekly calls, could we move to a written update once a month?",
    heard: [e("statusUpdates", "monthly")],
  },
  // ------------------------------------------------ permissions and habits
  { text: "Call me any time you need to, that's completely fine.", heard: [] },
  { text: "I check my inbox every day, so email is fine.", heard: [] },
  // ------------------------------------------------ post and paper
  { text: "The signed lease is in the post to you today.", heard: [] },
  {
    text: "I'd much rather have everything in the post; I don't do screens.",
    heard: [e("preferredChannels", "post")],
    maybe: [e("avoidChannels", "video")],
  },
  // ------------------------------------------------ ease and superlatives
  { text: "I found the Zoom call last week much easier than I expected.", heard: [] },
  {
    text: "Texting is the slowest way to get an answer out of me.",
    heard: [e("avoidChannels", "sms")],
  },
  { text: "The worst way to send the bundle would be by post, given the strikes.", heard: [] },
  // ------------------------------------------------ entries pointed back at
  {
    text: 'Two lines were queried by our AP team:\n3 May: "Perusal"\n9 May: "Sundry"\nThey\'ll be bounced again if they come back like that.',
    heard: [
      e("bannedBillingPhrases", "Perusal", "org"),
      e("bannedBillingPhrases", "Sundry", "org"),
    ],
  },
  {
    text: 'We discussed the following with the other side:\n"Heads of terms"\n"Exclusivity"\nThey were rejected by the buyer.',
    heard: [],
  },
];

/**
 * Batch R8d: requests put indirectly ("I was wondering if you could…", "would it be possible
 * to…") and one meeting's link, written after the indirect-request reading was built from five
 * sentences tried by hand (none heard before it), and before this batch's own run.
 */
export const R8D: Omit<PhrasingCase, "batch">[] = [
  {
    text: "I was wondering whether you could use WhatsApp rather than email for quick questions.",
    heard: [e("preferredChannels", "whatsapp")],
  },
  {
    text: "Would it be possible to hold our calls on Google Meet from now on?",
    ...either("meetingPlatform", "google-meet", "org"),
  },
  {
    text: "Is there any chance you could send summary invoices going forward?",
    ...either("billingDetail", "summary", "org"),
  },
  {
    text: "I'd like to ask that you post things rather than email them, as I'm not often online.",
    heard: [e("preferredChannels", "post")],
  },
  {
    text: "Would you mind texting instead of calling in future?",
    heard: [e("preferredChannels", "sms")],
    maybe: [e("avoidChannels", "phone")],
  },
  { text: "Would it be possible to move Friday's call to Zoom?", heard: [] },
  { text: "Could you resend the Webex invite? It went to my junk folder.", heard: [] },
  { text: "I was wondering if you could call me this afternoon about the lease.", heard: [] },
  { text: "Is there any chance you could email the draft over by five?", heard: [] },
  { text: "Would it be possible for you to come to the office on Tuesday?", heard: [] },
  { text: "Could you send this month's invoice in summary form? The auditors are in.", heard: [] },
];

/**
 * Batch R8e: the kinds still untried (answers written under the firm's questions, numbered rules
 * for updates and invoices, grumbles after something went wrong, hints), written before its run.
 */
export const R8E: Omit<PhrasingCase, "batch">[] = [
  {
    text: "> 1. What's the best way to reach you?\nMobile - text first, then call.\n> 2. How detailed should our invoices be?\nJust the total, please.",
    heard: [e("preferredChannels", "sms"), e("billingDetail", "summary", "org")],
    maybe: [e("preferredChannels", "phone"), e("billingDetail", "summary", "self")],
  },
  {
    text: "> Which video platform do you use?\nWe're on Webex across the group.\n> Any topics to avoid?\nNo.",
    ...either("meetingPlatform", "webex", "org"),
  },
  {
    text: "Reporting requirements:\n1. Counsel shall provide a written status report every month.\n2. Counsel shall notify us within 24 hours of any adverse ruling.",
    ...either("statusUpdates", "monthly", "org"),
  },
  {
    text: "Billing requirements:\n(a) Invoices shall be itemised by timekeeper and task.\n(b) Time for 'file opening' and 'conflict checks' shall not be billed.",
    heard: [
      e("billingDetail", "detailed", "org"),
      e("bannedBillingPhrases", "file opening", "org"),
      e("bannedBillingPhrases", "conflict checks", "org"),
    ],
  },
  {
    text: "I've now had three calls from your trainees this week. Please, in future, put everything in writing.",
    heard: [e("preferredChannels", "email")],
    maybe: [e("avoidChannels", "phone")],
  },
  {
    text: "The last invoice ran to eleven pages and nobody here read it. One page, please.",
    ...either("billingDetail", "summary", "org"),
  },
  {
    text: "I only check email in the evenings, so for anything urgent WhatsApp is the way.",
    heard: [e("preferredChannels", "whatsapp")],
  },
  {
    text: "My voicemail is full and I never clear it.",
    heard: [],
    maybe: [e("avoidChannels", "phone")],
  },
  {
    text: "> How often would you like updates?\nNot sure yet - let's see how the first month goes.",
    heard: [],
  },
  { text: "> Preferred contact method?\nI'll have a think and come back to you.", heard: [] },
  {
    text: "Reporting requirements for the other side's counsel are set out in clause 9.",
    heard: [],
  },
  { text: "The last invoice was fine, thanks - no complaints.", heard: [] },
];

/** Batch R8f: more look-alikes for the fields of this round, written before their run. */
export const R8F: Omit<PhrasingCase, "batch">[] = [
  { text: "Happy to do Teams or Zoom, whatever's easiest your end.", heard: [] },
  { text: "I'm fine with calls, texts, whatever works.", heard: [] },
  { text: "Our customers prefer WhatsApp, which is why we built the app.", heard: [] },
  { text: "The regulator only accepts filings by post, annoyingly.", heard: [] },
  { text: "I'd rather you didn't send the draft to the whole board yet.", heard: [] },
  { text: "Sorry for the barrage of texts yesterday - my phone went mad.", heard: [] },
  { text: "I've blocked out Thursday for the Teams session with the auditors.", heard: [] },
  { text: "We'll send you a monthly invoice as usual.", heard: [] },
  { text: "Our own clients get a summary invoice and a detailed annex.", heard: [] },
  { text: "If it goes to trial we'll want a daily update, but not before.", heard: [] },
  { text: "Could you let me have a breakdown of the costs estimate by stage?", heard: [] },
  { text: "Please don't email the board directly; send everything through me.", heard: [] },
  { text: "Phone's dead, so email me today if anything comes up.", heard: [] },
  { text: "The Zoom recording is on the shared drive.", heard: [] },
  { text: "Weekly meetings with the contractor start on Monday.", heard: [] },
  { text: "Our IT team is moving us to Teams next year, apparently.", heard: [] },
  { text: "Do you bill in six-minute units or quarter hours?", heard: [] },
  {
    text: "He says WhatsApp is the only thing he checks, which is why I'm copying you in here.",
    heard: [],
  },
  { text: "Monthly would have been fine, but the weekly notes were actually useful.", heard: [] },
  {
    text: "Please stop the weekly calls while I'm in hospital; we'll pick up again in May.",
    heard: [],
  },
];
