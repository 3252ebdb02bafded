/**
 * Batch R7 of the own phrasings (round 7, precision first): written from the look-alike kinds
 * listed per weak field (a single occasion, what happened, someone else's wish, a question or
 * offer, a hypothetical, a withdrawal, an organisation fact that is no instruction, a value
 * misread, the firm's words quoted back) and from the ways clients state those fields (direct
 * request, complaint about last time, organisation rule, correction, understatement), before any
 * dev miss or false suggestion was read this round and before the engine was changed; scored
 * once as written.
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

export const R7: Omit<PhrasingCase, "batch">[] = [
  // ------------------------------------------------ avoidTopics: look-alikes
  { text: "Please don't discuss the settlement with the press.", heard: [] },
  { text: "Please don't mention the price in the press release.", heard: [] },
  { text: "Sorry to go on about my knee again.", heard: [] },
  { text: "I won't bore you with the details of the kids' school run.", heard: [] },
  { text: "No need to go into the detail of the tax position in your note.", heard: [] },
  { text: "I can't talk about the merger until it's announced next week.", heard: [] },
  { text: "My wife can't stand talk about politics at dinner.", heard: [] },
  { text: "Would you rather we didn't get into the valuation on the call?", heard: [] },
  { text: "We talked about the restructuring at length yesterday.", heard: [] },
  { text: "I'd rather not discuss that over email.", heard: [] },
  // ------------------------------------------------ avoidTopics: kinds
  {
    text: "Football isn't something I want to get into with my lawyers, if that's all right.",
    ...either("avoidTopics", "football", "self"),
  },
  {
    text: "I'd sooner we left my health to one side when we speak.",
    ...either("avoidTopics", "health", "self"),
  },
  {
    text: "Our people are not permitted to discuss the election with outside advisers.",
    ...either("avoidTopics", "election", "org"),
  },
  {
    text: "Could you steer clear of religion when we meet? It makes me uncomfortable.",
    ...either("avoidTopics", "religion", "self"),
  },
  // ------------------------------------------------ billingDetail: look-alikes
  { text: "Could you send me a short summary of the advice before Friday?", heard: [] },
  { text: "A detailed note on the options would be really helpful.", heard: [] },
  { text: "Thanks for the detailed comments on the draft lease.", heard: [] },
  { text: "We send our own customers summary invoices every quarter.", heard: [] },
  { text: "Could we have a breakdown of the March invoice, please?", heard: [] },
  { text: "Would a summary invoice be easier for your team?", heard: [] },
  { text: "The executive summary at the front of the report was excellent.", heard: [] },
  { text: "We're applying for summary judgment next month.", heard: [] },
  { text: "Your last invoice was very detailed, thank you.", heard: [] },
  // ------------------------------------------------ billingDetail: kinds
  {
    text: "Our outside counsel guidelines require every invoice to be itemised by timekeeper.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "The last bill ran to eleven pages; one line with the total is all we want.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "We need to see who did what on every bill - our finance team insists.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  // ------------------------------------------------ entertainment: look-alikes
  { text: "I'm afraid I can't make the dinner on the 5th - I'm in Geneva.", heard: [] },
  { text: "Thanks so much for lunch yesterday, it was lovely.", heard: [] },
  { text: "You must come to our summer party in July.", heard: [] },
  { text: "Shall we do a working lunch on Thursday to go through it?", heard: [] },
  { text: "Would your team like tickets for our charity gala?", heard: [] },
  { text: "My husband loves the opera, so he was thrilled with the invitation.", heard: [] },
  // ------------------------------------------------ entertainment: kinds
  {
    text: "As a public body we can't accept hospitality of any kind, so please don't send invitations.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "Corporate events really aren't my thing, so I'd rather you left me off the list.",
    ...either("entertainment", "avoid", "self"),
  },
  // ------------------------------------------------ meetingPlatform: look-alikes
  {
    text: "Zoom is blocked on our network, so that won't work.",
    heard: [e("avoidChannels", "zoom", "org")],
    maybe: [e("avoidChannels", "zoom", "self")],
  },
  { text: "I'll send a Teams invite for Thursday's call.", heard: [] },
  { text: "Here is the Zoom link for tomorrow.", heard: [] },
  { text: "Happy to use Zoom if that's easier for you.", heard: [] },
  { text: "The other side insists on Webex for the mediation.", heard: [] },
  { text: "Last week's Teams call worked well.", heard: [] },
  { text: "Would Teams or Zoom suit you better?", heard: [] },
  {
    text: "We can't do Teams, I'm afraid.",
    heard: [e("avoidChannels", "teams", "org")],
    maybe: [e("avoidChannels", "teams", "self")],
  },
  // ------------------------------------------------ meetingPlatform: kinds
  {
    text: "Everything here runs on Teams, so invitations on anything else tend to get lost.",
    heard: [e("meetingPlatform", "teams", "org")],
  },
  // ------------------------------------------------ preferredChannels: look-alikes
  { text: "Call me when you land and we'll go through it.", heard: [] },
  { text: "Email me the draft when it's ready.", heard: [] },
  { text: "Happy to jump on a call to discuss the points in your letter.", heard: [] },
  { text: "I'm emailing because I couldn't get through on the phone.", heard: [] },
  { text: "My PA much prefers email for scheduling.", heard: [] },
  { text: "Would it be easier to speak by phone?", heard: [] },
  // ------------------------------------------------ preferredChannels: kinds
  {
    text: "The best way to reach me is on my mobile.",
    heard: [e("preferredChannels", "phone")],
  },
  {
    text: "I'm far easier to get hold of on WhatsApp than by email.",
    heard: [e("preferredChannels", "whatsapp")],
    maybe: [e("avoidChannels", "email")],
  },
  // ------------------------------------------------ statusUpdates: look-alikes
  { text: "Our board meets monthly, usually on the first Tuesday.", heard: [] },
  { text: "We report to the regulator quarterly.", heard: [] },
  { text: "Can you update me by Friday on where we are?", heard: [] },
  { text: "You said you'd send weekly updates, which is great.", heard: [] },
  { text: "We have a weekly call with the other side's advisers.", heard: [] },
  // ------------------------------------------------ statusUpdates: kinds
  {
    text: "A note every fortnight is plenty for me.",
    heard: [e("statusUpdates", "fortnightly")],
  },
  // ------------------------------------------------ avoidChannels: look-alikes
  { text: "I can't take calls today, I'm in back-to-back meetings.", heard: [] },
  { text: "Your email bounced yesterday, so I'm resending.", heard: [] },
  { text: "No need to call, email is fine for this one.", heard: [] },
  // ------------------------------------------------ competitors: look-alikes and kinds
  { text: "We met the team from Siemens yesterday.", heard: [] },
  { text: "Could you compare our terms with Unilever's?", heard: [] },
  {
    text: "As you know, Brightwater is a direct competitor of ours.",
    heard: [e("competitors", "Brightwater", "org")],
  },
];

/** Batch R7b: more look-alikes per weak field, written after R7's first run, before any change. */
export const R7B: Omit<PhrasingCase, "batch">[] = [
  // ------------------------------------------------ billing traps, second pass
  { text: "Please send a detailed budget for the next phase before we instruct you.", heard: [] },
  { text: "Can you give me a breakdown of the costs of going to trial?", heard: [] },
  { text: "A summary of where the negotiations stand would be useful for the board.", heard: [] },
  { text: "We need a detailed chronology of events for the expert.", heard: [] },
  {
    text: "The invoice for October is attached; our AP team will process it next week.",
    heard: [],
  },
  {
    text: "Our finance director asked whether you could itemise the disbursements on the last bill.",
    heard: [],
  },
  { text: "Block billing is not permitted under our guidelines.", heard: [] },
  { text: "Invoices must be submitted through our e-billing portal within 30 days.", heard: [] },
  { text: "Your narratives should say what was done and why.", heard: [] },
  { text: "I only need the headline points of the judgment, not the whole thing.", heard: [] },
  { text: "Just give me the bottom line on whether we should settle.", heard: [] },
  { text: "Keep the advice short - a one-page summary is all the board will read.", heard: [] },
  { text: "We sent the detailed breakdown to our auditors last week.", heard: [] },
  { text: "If we go ahead, we'd want the invoices itemised.", heard: [] },
  { text: "Last year we asked for summary invoices, but that was before the audit.", heard: [] },
  { text: "Please include a summary of the time spent in your report to the court.", heard: [] },
  { text: "The costs judge wants a detailed bill of costs by the end of the month.", heard: [] },
  { text: "Do your invoices normally show the hours for each person?", heard: [] },
  // ------------------------------------------------ topic traps, second pass
  { text: "Please don't mention our conversation to anyone at the bank.", heard: [] },
  { text: "Don't mention the offer to the tenants yet.", heard: [] },
  {
    text: "I'd rather we didn't raise the rent review at this stage of the negotiation.",
    heard: [],
  },
  { text: "Let's not discuss the figures by email; we can cover them on Thursday.", heard: [] },
  {
    text: "Please avoid any reference to the earlier dispute in the witness statement.",
    heard: [],
  },
  { text: "We'd prefer not to disclose the valuation to the other side.", heard: [] },
  { text: "Please keep the acquisition confidential until the announcement.", heard: [] },
  { text: "I'd rather not go into why, but the deal is off.", heard: [] },
  { text: "Don't bother with the background section; the judge knows it.", heard: [] },
  { text: "My son refuses to talk about his exams.", heard: [] },
  { text: "We never comment on rumours in the press.", heard: [] },
  { text: "Please don't bring up the indemnity again - we have agreed it.", heard: [] },
  { text: "Please do not mention my name to the journalist.", heard: [] },
  { text: "Can we avoid the subject of costs until the trial is over?", heard: [] },
  // ------------------------------------------------ entertainment traps, second pass
  { text: "I'd love to come to the dinner on Friday - thank you for asking.", heard: [] },
  { text: "Sadly we can't make the Christmas party this year.", heard: [] },
  { text: "Our summer reception is on 12 June; I hope you can join us.", heard: [] },
  { text: "The tickets you sent arrived safely, thank you.", heard: [] },
  { text: "Could we meet over lunch next week to discuss the lease?", heard: [] },
  { text: "My colleague Tom would love to come to the golf day.", heard: [] },
  { text: "Any gifts over £100 must be recorded in our register.", heard: [] },
  { text: "Is the seminar on the 10th open to in-house lawyers?", heard: [] },
  // ------------------------------------------------ platform / channel traps, second pass
  { text: "Teams keeps crashing on my laptop today, so I may join by phone.", heard: [] },
  { text: "I have set up a Zoom for 3pm; the link is below.", heard: [] },
  { text: "The court hearing will be on CVP rather than Teams.", heard: [] },
  { text: "Our IT team is moving us from Zoom to Teams next year.", heard: [] },
  { text: "If Teams is a problem for you, we can always use Zoom.", heard: [] },
  { text: "The tribunal uses Cloud Video Platform for remote hearings.", heard: [] },
  { text: "Did you get my WhatsApp this morning?", heard: [] },
  { text: "I tried to call you twice but couldn't get through.", heard: [] },
  { text: "Feel free to call if anything is unclear.", heard: [] },
  { text: "Give me a ring once you've spoken to the other side.", heard: [] },
  { text: "I'm on my mobile all afternoon if you need me today.", heard: [] },
  { text: "Please post the original deed to our registered office.", heard: [] },
  // ------------------------------------------------ status update traps, second pass
  { text: "The board meets quarterly and will consider the proposal in March.", heard: [] },
  { text: "We publish a monthly newsletter for our members.", heard: [] },
  { text: "Thanks for the weekly update - very clear.", heard: [] },
  { text: "Please update the schedule every time the figures change.", heard: [] },
  { text: "Let me know as soon as you hear from the court.", heard: [] },
  { text: "The tenant pays rent monthly in advance.", heard: [] },
  { text: "Our weekly team meeting is on Mondays at 9.", heard: [] },
];

/** Batch R7c: billing words and topics in other senses, written after R7b's first run, before any change. */
export const R7C: Omit<PhrasingCase, "batch">[] = [
  { text: "Give me the high-level view of the risks, please.", heard: [] },
  { text: "We would accept a lump sum in full and final settlement.", heard: [] },
  { text: "We went through the contract line by line with our in-house team.", heard: [] },
  { text: "Please put a round figure on the settlement range.", heard: [] },
  { text: "I don't need chapter and verse on the procedure, just the outcome.", heard: [] },
  { text: "Could you find out who did what at the site on the day of the accident?", heard: [] },
  { text: "The headline number in their offer is misleading.", heard: [] },
  { text: "We'd like a fixed fee for the licensing work.", heard: [] },
  { text: "I'd prefer a capped fee for the next phase.", heard: [] },
  { text: "Please itemise the defects in the schedule to the letter.", heard: [] },
  { text: "A one-page summary of the lease terms would help the board.", heard: [] },
  { text: "Just the total damages figure is needed for the pleading.", heard: [] },
  { text: "Our invoices to customers show every line item.", heard: [] },
  { text: "Please send the invoice to accounts@ rather than to me.", heard: [] },
  { text: "Please address invoices to our Dublin entity from now on.", heard: [] },
  { text: "We pay invoices within 30 days of receipt.", heard: [] },
  { text: "Invoices should quote our purchase order number.", heard: [] },
  { text: "I don't need the full report, just the key findings.", heard: [] },
  { text: "Keep your emails brief - I don't need the detail.", heard: [] },
  { text: "Summaries of each witness statement would help.", heard: [] },
  { text: "I'd rather not discuss costs until we know the strategy.", heard: [] },
  { text: "Please don't talk about the budget in front of the team.", heard: [] },
  { text: "Please don't raise the price issue at the meeting.", heard: [] },
  { text: "I'd rather the board didn't hear about the complaint from us first.", heard: [] },
];

/** Batch R7d: look-alikes for platforms, hospitality, channels, cadences and invoices, written after R7c's work, scored once as written. */
export const R7D: Omit<PhrasingCase, "batch">[] = [
  // ------------------------------------------------ meetingPlatform, more look-alikes
  { text: "Teams or Zoom, either is fine by us.", heard: [] },
  {
    text: "Our client in Munich uses Webex, so we may need to join on that for the call with them.",
    heard: [],
  },
  {
    text: "You asked whether we'd prefer Teams. Let me check with IT and come back to you.",
    heard: [],
  },
  {
    text: "Our Zoom licence expired last month, so I've been using my personal account.",
    heard: [],
  },
  {
    text: "The Teams meeting you sent clashes with our board; could we move it to 4pm?",
    heard: [],
  },
  { text: "I couldn't get the Google Meet link to work yesterday, so I dialled in.", heard: [] },
  { text: "If it's easier for your side, I can send a Zoom instead of Teams.", heard: [] },
  { text: "Great to see everyone on Zoom on Tuesday.", heard: [] },
  { text: "We're trialling Webex this quarter to see whether it suits us.", heard: [] },
  { text: "Please find the Teams dial-in details below for Monday's session.", heard: [] },
  { text: "Zoom was fine for the mediation but the sound kept dropping.", heard: [] },
  { text: "The regulator's portal only supports Webex for the interview.", heard: [] },
  { text: "I know you're a Teams firm, so I'll set it up on Teams.", heard: [] },
  // ------------------------------------------------ entertainment, more look-alikes
  { text: "Thank you for the invitation - I'd love to come.", heard: [] },
  {
    text: "We're hosting a dinner for the board on the 14th and would love you to join.",
    heard: [],
  },
  { text: "Happy to grab a sandwich after the meeting if you have time.", heard: [] },
  { text: "I'd be delighted to attend the seminar on Thursday.", heard: [] },
  { text: "My assistant will confirm whether I can make the drinks on Friday.", heard: [] },
  { text: "I'm afraid I'll miss the golf day this year; I'm having knee surgery.", heard: [] },
  { text: "What a lovely hamper - the team devoured it!", heard: [] },
  { text: "We'll bring the wine if you're organising the dinner.", heard: [] },
  { text: "Do let me know if your firm is running the quiz night again.", heard: [] },
  { text: "Our policy on gifts is under review.", heard: [] },
  // ------------------------------------------------ preferredChannels, more look-alikes
  { text: "Drop me a line when you have the draft.", heard: [] },
  { text: "I'll give you a ring after lunch.", heard: [] },
  { text: "Sorry for the late reply - my email has been playing up.", heard: [] },
  { text: "Happy to discuss by phone if you'd find that easier.", heard: [] },
  { text: "Can you text me the address of the court?", heard: [] },
  { text: "WhatsApp is how the other side's solicitor prefers to communicate.", heard: [] },
  { text: "I've sent the signed copy by post.", heard: [] },
  { text: "It was good to speak on the phone earlier.", heard: [] },
  { text: "My number is 07700 900123 if you need it.", heard: [] },
  { text: "Let's speak face to face when you're next in Leeds.", heard: [] },
  // ------------------------------------------------ statusUpdates, more look-alikes
  { text: "We meet every Monday to review the pipeline.", heard: [] },
  { text: "Our auditors visit twice a year.", heard: [] },
  { text: "The monthly report you sent was very helpful.", heard: [] },
  { text: "Could you send me a note after the hearing?", heard: [] },
  { text: "The court will review the order every six months.", heard: [] },
  { text: "I check my emails daily, so don't worry if I'm slow on the phone.", heard: [] },
  { text: "The rent is reviewed annually.", heard: [] },
  { text: "Our investors get quarterly reports from us.", heard: [] },
  // ------------------------------------------------ billingDetail, more look-alikes
  { text: "Our board receives a summary of legal spend each quarter.", heard: [] },
  { text: "The tribunal asked for a detailed schedule of loss.", heard: [] },
  { text: "Could you summarise the invoice position in your next update?", heard: [] },
  { text: "The invoice arrived; the breakdown looks fine.", heard: [] },
  { text: "Finance wondered whether you could send a breakdown of last month's fees.", heard: [] },
  { text: "We like to see the detail of the other side's costs claim.", heard: [] },
];
