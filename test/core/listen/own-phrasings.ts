/**
 * Sentences written for measuring how listening generalises (issue 14, second pass): new
 * phrasings of every field and traps for every refusal, written before the blind corpus's l3 and
 * l4 misses were read, and scored once before any change to the engine
 * (`npx tsx scripts/listen-phrasings.ts` prints the figures; docs/listen.md records them).
 *
 * Each case is one message from `from` (Megge Anderson at Coca-Cola unless said) to the firm's
 * lawyer, Sam. `heard` is what a careful lawyer would record: field, value, and whose profile
 * ("self": the sender's address; "org": their "@domain"). `maybe` lists readings reasonable
 * people could disagree on: heard or not, they count neither way.
 */
import type { ListenField } from "../../../src/core/listen";
import { R4, R4B, R4C, R4D } from "./own-phrasings-r4";
import { R5, R5B } from "./own-phrasings-r5";
import { R6, R6B, R6C } from "./own-phrasings-r6";
import { R7, R7B, R7C, R7D } from "./own-phrasings-r7";
import * as R8A from "./own-phrasings-r8a";
import * as R8B_ from "./own-phrasings-r8b";

export type Whose = "self" | "org";

export interface Expected {
  field: ListenField;
  value: string;
  whose: Whose;
}

export interface PhrasingCase {
  /** The batch it was written in: "A" before any change; later batches before their own run. */
  batch: string;
  text: string;
  from?: string;
  subject?: string;
  heard: Expected[];
  maybe?: Expected[];
}

const MEGGE = "Megge Anderson <megge.anderson@coca-cola.example>";

function e(field: ListenField, value: string, whose: Whose = "self"): Expected {
  return { field, value, whose };
}

// Batch A: 200 cases, written in one sitting before the engine was changed.
const A: Omit<PhrasingCase, "batch">[] = [
  // ---------------------------------------------------------------- preferredName / avoidNames
  {
    from: "Katherine Doyle <k.doyle@harbour-foods.example>",
    text: "Katherine feels a bit formal for me. Kath is what everyone uses.",
    heard: [e("preferredName", "Kath")],
  },
  {
    from: "William Hart <william.hart@hart-logistics.example>",
    text: "Just so you know, I answer to Bill rather than William.",
    heard: [e("preferredName", "Bill")],
    maybe: [e("avoidNames", "William")],
  },
  {
    from: "Janet Brooks <janet.brooks@brooks-partners.example>",
    text: "You can drop the Mrs - Jan is perfectly fine.",
    heard: [e("preferredName", "Jan")],
  },
  {
    from: "Natasha Green <natasha.green@greenfield.example>",
    text: "My friends and colleagues all know me as Tash, so please do the same.",
    heard: [e("preferredName", "Tash")],
  },
  {
    from: "Deirdre Walsh <deirdre.walsh@walsh-estates.example>",
    text: "For future reference, I'm Dee, not Deirdre.",
    heard: [e("preferredName", "Dee"), e("avoidNames", "Deirdre")],
  },
  {
    from: "Anita Patel <anita.patel@patel-pharma.example>",
    text: "Could you address letters to me as Ms Patel rather than Mrs Patel?",
    heard: [e("preferredName", "Ms Patel"), e("avoidNames", "Mrs Patel")],
  },
  {
    from: "Thomas Reed <thomas.reed@reed-motors.example>",
    text: "please just Tom, nobody calls me Thomas",
    heard: [e("preferredName", "Tom"), e("avoidNames", "Thomas")],
  },
  {
    from: "Joanna Fry <joanna.fry@fry-bakeries.example>",
    text: "I prefer to be called Jo.",
    heard: [e("preferredName", "Jo")],
  },
  {
    from: "Frederick Lowe <f.lowe@lowe-shipping.example>",
    text: "Freddie is what I go by these days.",
    heard: [e("preferredName", "Freddie")],
  },
  {
    from: "Magdalena Nowak <magdalena.nowak@nowak-trans.example>",
    text: "Please you can call me Lena, is more easy.",
    heard: [e("preferredName", "Lena")],
  },
  {
    from: "Sian Morgan <sian.morgan@morgan-mining.example>",
    text: "My name is Siân - with the circumflex, please.",
    heard: [e("preferredName", "Siân")],
  },
  {
    from: "Alex Taylor <alex.taylor@taylor-design.example>",
    text: "I'd be grateful if you would write Mx Taylor rather than Mr Taylor.",
    heard: [e("preferredName", "Mx Taylor"), e("avoidNames", "Mr Taylor")],
  },
  {
    from: "Rajesh Kumar <rajesh.kumar@kumar-textiles.example>",
    text: "Happy to be on first-name terms: Raj is fine.",
    heard: [e("preferredName", "Raj")],
  },
  {
    from: "Niamh Kelly <niamh.kelly@kelly-dairies.example>",
    text: "PS it's Niamh, not Neeve :)",
    heard: [e("preferredName", "Niamh"), e("avoidNames", "Neeve")],
  },
  {
    from: "Rebecca Stone <rebecca.stone@stone-quarries.example>",
    text: "Everybody in the office calls me Bex, so please do too.",
    heard: [e("preferredName", "Bex")],
  },
  {
    from: "Christopher Lane <christopher.lane@lane-freight.example>",
    text: "Chris is fine - I only use Christopher on legal documents.",
    heard: [e("preferredName", "Chris")],
  },
  {
    from: "Patricia Quinn <patricia.quinn@quinn-homes.example>",
    text: "Please don't shorten my name to Pat.",
    heard: [e("avoidNames", "Pat")],
  },
  {
    from: "Michael Burns <michael.burns@burns-haulage.example>",
    text: "I'm not a Mike, I'm Michael.",
    heard: [e("avoidNames", "Mike"), e("preferredName", "Michael")],
  },
  {
    from: "Steven Marsh <steven.marsh@marsh-brewing.example>",
    text: "Your team keeps writing 'Stephen' - it's Steven with a v.",
    heard: [e("preferredName", "Steven"), e("avoidNames", "Stephen")],
  },
  {
    from: "Rebecca Stone <rebecca.stone@stone-quarries.example>",
    text: "I really can't stand being called Becky.",
    heard: [e("avoidNames", "Becky")],
  },
  {
    from: "Robert Vance <robert.vance@vance-energy.example>",
    text: "Please avoid 'Bob' - Robert or Rob are both fine.",
    heard: [e("avoidNames", "Bob")],
  },
  {
    from: "Helen Clarke <helen.clarke@clarke-retail.example>",
    text: "I'd rather not be addressed as Mrs Clarke; I use Ms these days.",
    heard: [e("avoidNames", "Mrs Clarke")],
  },
  {
    from: "Susan Hale <susan.hale@hale-agri.example>",
    text: "Not Suzie, please - Susan.",
    heard: [e("avoidNames", "Suzie"), e("preferredName", "Susan")],
  },
  {
    text: "The letter you sent was addressed to 'Mr Anderson', which is wrong - I'm a woman.",
    heard: [e("avoidNames", "Mr Anderson")],
  },
  {
    from: "Elizabeth Moore <elizabeth.moore@moore-media.example>",
    text: "Please stop using Liz in emails to me.",
    heard: [e("avoidNames", "Liz")],
  },
  {
    from: "James Ford <james.ford@ford-timber.example>",
    text: "I've never been a Jim, so James please.",
    heard: [e("avoidNames", "Jim"), e("preferredName", "James")],
  },
  {
    from: "Aoife Byrne <aoife.byrne@byrne-wool.example>",
    text: "Gentle request: my name is Aoife, please don't write it as Eefa.",
    heard: [e("preferredName", "Aoife"), e("avoidNames", "Eefa")],
  },
  {
    from: "Alexandra Reid <alexandra.reid@reid-wines.example>",
    text: "Would you mind not calling me Sandra? It's Alexandra.",
    heard: [e("avoidNames", "Sandra"), e("preferredName", "Alexandra")],
  },
  {
    from: "Katharine West <katharine.west@west-textiles.example>",
    text: "Lots of people get it wrong, but it's Katharine with an a in the middle, not Katherine.",
    heard: [e("preferredName", "Katharine"), e("avoidNames", "Katherine")],
  },
  {
    from: "Daniel Osei <daniel.osei@osei-cocoa.example>",
    text: "Dan is fine in emails, Daniel is only for contracts.",
    heard: [e("preferredName", "Dan")],
  },
  {
    from: "Margaret Hughes <margaret.hughes@hughes-mills.example>",
    text: "Maggie, please - Margaret makes me feel like I'm in trouble!",
    heard: [e("preferredName", "Maggie")],
    maybe: [e("avoidNames", "Margaret")],
  },
  {
    from: "Benjamin Cole <ben.cole@cole-marine.example>",
    text: "I'd much rather you called me Ben.",
    heard: [e("preferredName", "Ben")],
  },
  // ---------------------------------------------------------------- preferredChannels
  {
    text: "Email is always the easiest way to reach me.",
    heard: [e("preferredChannels", "email")],
  },
  {
    text: "I'm much easier to catch on WhatsApp than by phone.",
    heard: [e("preferredChannels", "whatsapp")],
  },
  {
    text: "Texts work best for me as I'm in meetings all day.",
    heard: [e("preferredChannels", "sms")],
  },
  {
    text: "Best to drop me an email rather than ring.",
    heard: [e("preferredChannels", "email")],
    maybe: [e("avoidChannels", "phone")],
  },
  {
    text: "I much prefer talking things through on the phone.",
    heard: [e("preferredChannels", "phone")],
  },
  {
    text: "A quick call is always better than a long email chain for me.",
    heard: [e("preferredChannels", "phone")],
  },
  {
    text: "Our team works mostly in Teams chat, so that's the best place to reach us.",
    heard: [e("preferredChannels", "teams", "org")],
  },
  {
    text: "Please post hard copies to the Leeds office; we still work on paper.",
    heard: [e("preferredChannels", "post", "org")],
  },
  {
    text: "Signal is my preferred app for anything sensitive.",
    heard: [e("preferredChannels", "signal")],
  },
  {
    text: "I'd prefer to meet face to face where possible.",
    heard: [e("preferredChannels", "in-person")],
  },
  {
    text: "For me is better the email, I read always in the evening.",
    heard: [e("preferredChannels", "email")],
  },
  {
    text: "You'll get a faster answer on my mobile than by email.",
    heard: [e("preferredChannels", "phone")],
  },
  {
    text: "The quickest way to get an answer out of me is a text message.",
    heard: [e("preferredChannels", "sms")],
  },
  {
    text: "Video calls suit me much better than travelling in.",
    heard: [e("preferredChannels", "video")],
  },
  {
    text: "Please contact me by email in the first instance.",
    heard: [e("preferredChannels", "email")],
  },
  {
    text: "I'm happiest dealing with all of this by email.",
    heard: [e("preferredChannels", "email")],
  },
  { text: "Email only pls.", heard: [e("preferredChannels", "email")] },
  {
    text: "Ringing me is honestly the best way to get a decision quickly.",
    heard: [e("preferredChannels", "phone")],
  },
  {
    text: "I like to have things in writing, so email is my first choice.",
    heard: [e("preferredChannels", "email")],
  },
  {
    text: "We would like all correspondence sent electronically, by email.",
    heard: [e("preferredChannels", "email", "org")],
  },
  // ---------------------------------------------------------------- avoidChannels
  { text: "I'm not a fan of WhatsApp for work matters.", heard: [e("avoidChannels", "whatsapp")] },
  {
    text: "Please no more texts - they get lost among my family's.",
    heard: [e("avoidChannels", "sms")],
  },
  { text: "I'd prefer not to receive calls at home.", heard: [e("avoidChannels", "phone")] },
  {
    text: "Phone calls are difficult for me as I'm hard of hearing.",
    heard: [e("avoidChannels", "phone")],
  },
  { text: "I don't use WhatsApp.", heard: [e("avoidChannels", "whatsapp")] },
  {
    text: "Our company policy does not permit the use of WhatsApp for client communication.",
    heard: [e("avoidChannels", "whatsapp", "org")],
  },
  {
    text: "Please don't leave voicemails; I never listen to them.",
    heard: [e("avoidChannels", "phone")],
  },
  {
    text: "Zoom is not something we are able to use here.",
    heard: [e("avoidChannels", "zoom", "org")],
  },
  {
    text: "Texting me is not a good idea, I rarely check my messages.",
    heard: [e("avoidChannels", "sms")],
  },
  { text: "I'd really rather not do video.", heard: [e("avoidChannels", "video")] },
  {
    text: "Our security team has blocked Webex on all company laptops.",
    heard: [e("avoidChannels", "webex", "org")],
  },
  { text: "I hate the phone.", heard: [e("avoidChannels", "phone")] },
  { text: "SMS is not a channel I can use for work.", heard: [e("avoidChannels", "sms")] },
  { text: "Kindly do not send documents by post.", heard: [e("avoidChannels", "post")] },
  {
    text: "Calling my mobile is pointless - I keep it switched off at work.",
    heard: [e("avoidChannels", "phone")],
  },
  {
    text: "We don't accept documents by post any more; the mailroom has closed.",
    heard: [e("avoidChannels", "post", "org")],
  },
  {
    text: "Please never contact me through WhatsApp.",
    heard: [e("avoidChannels", "whatsapp")],
  },
  {
    text: "For me the phone is not good, I don't understand well on the phone.",
    heard: [e("avoidChannels", "phone")],
  },
  {
    text: "I'm not comfortable discussing the case over text messages.",
    heard: [e("avoidChannels", "sms")],
  },
  {
    text: "Could your office stop ringing my landline?",
    heard: [e("avoidChannels", "phone")],
  },
  // ---------------------------------------------------------------- meetingPlatform
  {
    text: "We use Teams for all external meetings.",
    heard: [e("meetingPlatform", "teams", "org")],
  },
  {
    text: "Our IT department only supports Zoom, I'm afraid.",
    heard: [e("meetingPlatform", "zoom", "org")],
  },
  {
    text: "Can we do these on Google Meet from now on?",
    heard: [e("meetingPlatform", "google-meet", "org")],
  },
  {
    text: "Webex is the only platform our laptops allow.",
    heard: [e("meetingPlatform", "webex", "org")],
  },
  {
    text: "For video meetings please send a Teams link rather than Zoom.",
    heard: [e("meetingPlatform", "teams", "org")],
    maybe: [e("avoidChannels", "zoom", "org")],
  },
  { text: "Meetings on Zoom suit us better.", heard: [e("meetingPlatform", "zoom", "org")] },
  {
    text: "We're moving everyone over to Google Meet, so please use Meet links from now on.",
    heard: [e("meetingPlatform", "google-meet", "org")],
  },
  {
    text: "Teams works for us; Zoom doesn't (our firewall blocks it).",
    heard: [e("meetingPlatform", "teams", "org"), e("avoidChannels", "zoom", "org")],
  },
  {
    text: "Please could all invites be Microsoft Teams going forward.",
    heard: [e("meetingPlatform", "teams", "org")],
  },
  {
    text: "We have only Webex in our company, please use this for calls.",
    heard: [e("meetingPlatform", "webex", "org")],
  },
  {
    text: "Our default is Zoom, so a Teams link means someone has to forward it around.",
    heard: [e("meetingPlatform", "zoom", "org")],
  },
  {
    text: "We're a Google house, so Meet invites please.",
    heard: [e("meetingPlatform", "google-meet", "org")],
  },
  {
    text: "All our meeting rooms are set up for Teams.",
    heard: [e("meetingPlatform", "teams", "org")],
  },
  {
    text: "Zoom please, not Teams.",
    heard: [e("meetingPlatform", "zoom", "org")],
    maybe: [e("avoidChannels", "teams", "org")],
  },
  {
    text: "Could you set up the monthly call on Webex? It's what our board uses.",
    heard: [e("meetingPlatform", "webex", "org")],
  },
  {
    text: "Our preferred platform for video calls is Microsoft Teams.",
    heard: [e("meetingPlatform", "teams", "org")],
  },
  {
    text: "We can only join meetings hosted on Zoom.",
    heard: [e("meetingPlatform", "zoom", "org")],
  },
  {
    text: "Meeting platform: Teams.",
    heard: [e("meetingPlatform", "teams", "org")],
  },
  // ---------------------------------------------------------------- billingDetail
  {
    text: "Going forward, a one-page summary invoice is all we need.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Our finance team needs every time entry itemised on the bill.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "Please stop sending the long narratives; the total and a line describing the work will do.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "We require a task-by-task breakdown on each invoice under our billing guidelines.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "Our auditors need to see the hours per lawyer on every invoice.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "Just the headline number on invoices, please.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Your last invoice listed every six-minute unit - we really don't need that level of detail.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "I'd like invoices to show who did the work and how long it took.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "Can invoices be kept to a single line per matter from now on?",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "We prefer consolidated invoices without the time narratives.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Please include full narratives with each bill; our GC reads them all.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "A brief summary invoice is fine for us.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "For invoices we want only the total amount, no details of hours.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Each invoice must itemise disbursements and fee-earner time separately.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "The detailed breakdowns are more than we need; summaries from now on.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "We do not need time entries listed on our invoices.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Invoice format: summary.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Our accounts team cannot process an invoice unless every entry shows the date, the fee earner and the time spent.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  // ---------------------------------------------------------------- bannedBillingPhrases
  {
    text: "Our outside counsel guidelines do not permit charges for 'file review'.",
    heard: [e("bannedBillingPhrases", "file review", "org")],
  },
  {
    text: "We will no longer accept 'internal conference' as a billable entry.",
    heard: [e("bannedBillingPhrases", "internal conference", "org")],
  },
  {
    text: "Entries described as 'general research' will be rejected by our AP system.",
    heard: [e("bannedBillingPhrases", "general research", "org")],
  },
  {
    text: "Your last invoice listed 'administrative tasks' three times - we don't pay for those.",
    heard: [e("bannedBillingPhrases", "administrative tasks", "org")],
  },
  {
    text: "Please stop billing us for 'email correspondence'; it's covered by the retainer.",
    heard: [e("bannedBillingPhrases", "email correspondence", "org")],
  },
  {
    text: "Time recorded as 'preparation' with no further detail won't be paid.",
    heard: [e("bannedBillingPhrases", "preparation", "org")],
  },
  {
    text: "Under our policy, 'attendance on file' is not a chargeable item.",
    heard: [e("bannedBillingPhrases", "attendance on file", "org")],
  },
  {
    text: "The following will be rejected on any invoice:\n- Photocopying\n- Postage\n- Training of junior staff",
    heard: [
      e("bannedBillingPhrases", "Photocopying", "org"),
      e("bannedBillingPhrases", "Postage", "org"),
      e("bannedBillingPhrases", "Training of junior staff", "org"),
    ],
  },
  {
    text: "Don't put 'strategy' on its own as an entry; our reviewers strike it out.",
    heard: [e("bannedBillingPhrases", "strategy", "org")],
  },
  {
    text: "We can't accept charges for 'travel time'.",
    heard: [e("bannedBillingPhrases", "travel time", "org")],
  },
  {
    text: "Entries such as 'review of correspondence' are no longer payable under our guidelines.",
    heard: [e("bannedBillingPhrases", "review of correspondence", "org")],
  },
  {
    text: "Our panel terms exclude 'file management' entirely.",
    heard: [e("bannedBillingPhrases", "file management", "org")],
  },
  {
    text: "We not pay for 'internal meeting', please remove from invoices.",
    heard: [e("bannedBillingPhrases", "internal meeting", "org")],
  },
  {
    text: "Please don't bill for 'conflict checks' - that's your overhead.",
    heard: [e("bannedBillingPhrases", "conflict checks", "org")],
  },
  {
    text: "No charges for 'secretarial time', please.",
    heard: [e("bannedBillingPhrases", "secretarial time", "org")],
  },
  {
    text: "Anything labelled 'miscellaneous' gets sent back by our payables team.",
    heard: [e("bannedBillingPhrases", "miscellaneous", "org")],
  },
  {
    text: "'Case management' is too vague for our auditors and will be queried every time; please don't use it.",
    heard: [e("bannedBillingPhrases", "Case management", "org")],
  },
  // ---------------------------------------------------------------- competitors
  {
    text: "Please never refer to Pepsi in anything you send us - they're our main competitor.",
    heard: [e("competitors", "Pepsi", "org")],
  },
  {
    text: "As you know, Lidl is our closest rival, so keep them out of our documents.",
    heard: [e("competitors", "Lidl", "org")],
  },
  {
    text: "Our brand guidelines forbid naming competitors such as Adidas or Puma in external documents.",
    heard: [e("competitors", "Adidas", "org"), e("competitors", "Puma", "org")],
  },
  {
    text: "Don't mention Boeing in our materials; they're the competition.",
    heard: [e("competitors", "Boeing", "org")],
  },
  {
    text: "We'd rather you didn't name Unilever in any correspondence with us, given the rivalry.",
    heard: [e("competitors", "Unilever", "org")],
  },
  {
    text: "Samsung is our biggest competitor; please avoid their name in drafts.",
    heard: [e("competitors", "Samsung", "org")],
  },
  {
    text: "Please use 'a competitor' instead of naming Nike.",
    heard: [e("competitors", "Nike", "org")],
  },
  {
    text: "Our marketing people ask that Hertz never appears in anything we publish, as it's a rival brand.",
    heard: [e("competitors", "Hertz", "org")],
  },
  {
    text: "Please not to write the name of Siemens in our documents, they are competitor of us.",
    heard: [e("competitors", "Siemens", "org")],
  },
  {
    text: "A reminder that we never name Ryanair in anything - rival airline.",
    heard: [e("competitors", "Ryanair", "org")],
  },
  {
    text: "Keep any reference to Tesco out of the board papers, as they compete with us directly.",
    heard: [e("competitors", "Tesco", "org")],
  },
  {
    text: "Avoid the brand Gillette in anything for us; it belongs to our rival.",
    heard: [e("competitors", "Gillette", "org")],
  },
  {
    text: "Competitor names (Heinz, Kraft) must not appear in documents addressed to us.",
    heard: [e("competitors", "Heinz", "org"), e("competitors", "Kraft", "org")],
  },
  // ---------------------------------------------------------------- entertainment
  {
    text: "Our code of conduct doesn't allow us to accept hospitality from advisers.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "I'm always happy to be invited to your seminars and drinks.",
    heard: [e("entertainment", "welcome")],
  },
  {
    text: "Please don't waste a ticket on me - I don't go to sporting events.",
    heard: [e("entertainment", "avoid")],
  },
  {
    text: "We're a public body, so gifts and hospitality are off limits for all of us.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "Do keep inviting me to the summer party and things like it, I enjoy them.",
    heard: [e("entertainment", "welcome")],
  },
  {
    text: "I'd love to come along to any of your client events.",
    heard: [e("entertainment", "welcome")],
  },
  {
    text: "Thanks, but I decline all corporate hospitality as a matter of principle.",
    heard: [e("entertainment", "avoid")],
  },
  {
    text: "We are not allowed to accept invitations to dinners or events from law firms.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "For us is not possible to accept invitations or gifts, it is company rule.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "Our staff cannot attend supplier-funded events.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "Not really one for networking drinks, so please leave me off the list.",
    heard: [e("entertainment", "avoid")],
  },
  {
    text: "Feel free to send me invites to any events - I enjoy them.",
    heard: [e("entertainment", "welcome")],
  },
  {
    text: "Please note we are unable to accept gifts of any value.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "Our anti-bribery policy means none of us can take up invitations to sporting or cultural events.",
    heard: [e("entertainment", "avoid", "org")],
  },
  // ---------------------------------------------------------------- avoidTopics
  {
    text: "I'd prefer not to discuss my divorce in our emails.",
    heard: [e("avoidTopics", "divorce")],
  },
  {
    text: "Please don't bring up the redundancies with me - it's still raw.",
    heard: [e("avoidTopics", "redundancies")],
  },
  {
    text: "Politics is off limits in any correspondence with us.",
    heard: [e("avoidTopics", "Politics", "org")],
  },
  {
    text: "No football talk please, I'm a rugby man.",
    heard: [e("avoidTopics", "football")],
  },
  {
    text: "Religion is not something I discuss with advisers.",
    heard: [e("avoidTopics", "Religion")],
  },
  {
    text: "Kindly avoid any mention of my late husband.",
    heard: [e("avoidTopics", "late husband")],
  },
  {
    text: "Please leave Brexit out of our conversations.",
    heard: [e("avoidTopics", "Brexit", "org")],
  },
  {
    text: "Please refrain from commenting on my health.",
    heard: [e("avoidTopics", "health")],
  },
  {
    text: "The strike is a sensitive subject here; please don't mention it.",
    heard: [e("avoidTopics", "strike", "org")],
  },
  {
    text: "I'd rather we steered clear of the election.",
    heard: [e("avoidTopics", "election")],
  },
  {
    text: "Please don't ask about my children; it's a difficult time.",
    heard: [e("avoidTopics", "children")],
  },
  {
    text: "We'd ask you not to raise the share price in meetings with our staff.",
    heard: [e("avoidTopics", "share price", "org")],
  },
  {
    text: "Talking about the weather is fine, but not the war, please.",
    heard: [e("avoidTopics", "war")],
  },
  // ---------------------------------------------------------------- statusUpdates
  {
    text: "A weekly email round-up would suit me perfectly.",
    heard: [e("statusUpdates", "weekly")],
  },
  {
    text: "Please update us every two weeks, ideally on a Thursday.",
    heard: [e("statusUpdates", "fortnightly", "org")],
  },
  {
    text: "Monthly reports are plenty for our purposes.",
    heard: [e("statusUpdates", "monthly", "org")],
  },
  {
    text: "I only want to hear from you when there's something I need to decide.",
    heard: [e("statusUpdates", "only when there's something I need to decide")],
  },
  {
    text: "Could you send a status note at the end of each month?",
    heard: [e("statusUpdates", "monthly")],
  },
  {
    text: "Quarterly updates are enough for the board.",
    heard: [e("statusUpdates", "quarterly")],
    maybe: [e("statusUpdates", "quarterly", "org")],
  },
  {
    text: "We'd appreciate an update every Monday morning.",
    heard: [e("statusUpdates", "weekly", "org")],
  },
  {
    text: "A fortnightly call to take stock would be ideal.",
    heard: [e("statusUpdates", "fortnightly")],
  },
  {
    text: "Updates once a month is fine, no need for more.",
    heard: [e("statusUpdates", "monthly")],
  },
  {
    text: "Please send me the update each week, Friday is best.",
    heard: [e("statusUpdates", "weekly")],
  },
  {
    text: "Don't feel you need to report every step - once a quarter is fine.",
    heard: [e("statusUpdates", "quarterly")],
  },
  {
    text: "I'd like to hear how things stand every other week.",
    heard: [e("statusUpdates", "fortnightly")],
  },
  {
    text: "Reporting: monthly, in writing.",
    heard: [e("statusUpdates", "monthly")],
  },
  {
    text: "Keep me posted weekly, please.",
    heard: [e("statusUpdates", "weekly")],
  },
  // ---------------------------------------------------------------- several in one message
  {
    text: "A few housekeeping points:\n- please call me Meg\n- email rather than phone\n- summary invoices only",
    heard: [
      e("preferredName", "Meg"),
      e("preferredChannels", "email"),
      e("billingDetail", "summary", "org"),
    ],
    maybe: [e("avoidChannels", "phone")],
  },
  {
    text: "To answer your questionnaire:\n1. Name: Megge\n2. Best way to reach me: WhatsApp\n3. Video platform: Zoom\n4. Invoices: detailed please",
    heard: [
      e("preferredName", "Megge"),
      e("preferredChannels", "whatsapp"),
      e("meetingPlatform", "zoom", "org"),
      e("billingDetail", "detailed", "org"),
    ],
  },
  // ---------------------------------------------------------------- refusals (silent)
  { text: "My husband prefers to be called Jim.", heard: [] },
  { text: "Our CEO would rather you emailed than phoned.", heard: [] },
  { text: "Would Teams be easier for you?", heard: [] },
  { text: "Do you need a detailed breakdown for your records?", heard: [] },
  { text: "Please call me this afternoon, it's urgent.", heard: [] },
  { text: "Can you phone me after the hearing tomorrow?", heard: [] },
  { text: "If the deal collapses, we might want to switch to Zoom.", heard: [] },
  { text: "If I were you I'd avoid mentioning Pepsi to the journalist.", heard: [] },
  { text: "At my old company we only used Webex.", heard: [] },
  { text: "Thanks for the call earlier.", heard: [] },
  { text: "I emailed the registry yesterday.", heard: [] },
  { text: "We had a great time in the box at Twickenham, thank you.", heard: [] },
  { text: "The other side insists on Zoom for the mediation.", heard: [] },
  { text: "Happy to do Teams this time.", heard: [] },
  { text: "Just for this invoice, could you include the hours?", heard: [] },
  { text: "Could you text me when you arrive?", heard: [] },
  { text: "My assistant will send you the documents by post.", heard: [] },
  { text: "Teams keeps crashing on my laptop today.", heard: [] },
  { text: "We mentioned Lidl in the board minutes.", heard: [] },
  { text: "I don't mind whether you call or email.", heard: [] },
  { text: "Did you want me to use Zoom or Teams?", heard: [] },
  { text: "Please forward this to Dan, who prefers calls.", heard: [] },
  { text: "Our supplier only takes orders on WhatsApp.", heard: [] },
  { text: "The tribunal asked the parties not to mention the settlement.", heard: [] },
  { text: "I'd call you, but my phone is broken.", heard: [] },
  { text: "I will be on Teams all afternoon if you need me.", heard: [] },
  { text: "You can reach my colleague Jane by text.", heard: [] },
  { text: "We used to get detailed invoices, but that stopped years ago.", heard: [] },
  { text: "Let me know if monthly updates would work for you.", heard: [] },
  { text: "We've accepted another firm's invitation to Wimbledon.", heard: [] },
  { text: "I hope the weekly updates haven't been too much work for you.", heard: [] },
  { text: "Please call Megan in our finance team about the invoice.", heard: [] },
  { text: "He hates being called Bob.", heard: [] },
  { text: "Apologies for calling you Jon instead of John earlier!", heard: [] },
  { text: "It's Megge from Coca-Cola here, following up on the lease.", heard: [] },
  { text: "Should we avoid mentioning Pepsi in the claim?", heard: [] },
  { text: "The landlord doesn't accept payment by post.", heard: [] },
  { text: "Email me the draft tonight and I'll review it on the train.", heard: [] },
  {
    text: "We'd normally want summary invoices, but for this matter the board wants everything.",
    heard: [],
  },
  { text: "Her team can't use Zoom.", heard: [] },
  {
    subject: "Automatic reply: Lease renewal",
    text: "I am out of the office until Monday. For urgent matters please phone my colleague.",
    heard: [],
  },
  {
    text: "Fine by me.\n\nOn Mon, 3 Mar 2025 at 10:00, Sam Jones <sam@firm.example> wrote:\n> Please let me know if you prefer Zoom, and whether summary invoices suit you.",
    heard: [],
  },
  { text: "Was it you who said you preferred Webex?", heard: [] },
  { text: "Our client, the buyer, prefers to be contacted by email.", heard: [] },
  { text: "I used to be called Meg at school.", heard: [] },
  {
    text: "The board asked for a monthly update on the litigation, which you sent - thank you.",
    heard: [],
  },
];

export const OWN_PHRASINGS: PhrasingCase[] = [
  ...A.map((c) => ({ ...c, batch: "A" })),
  ...R4.map((c) => ({ ...c, batch: "R4" })),
  ...R4B.map((c) => ({ ...c, batch: "R4b" })),
  ...R4C.map((c) => ({ ...c, batch: "R4c" })),
  ...R4D.map((c) => ({ ...c, batch: "R4d" })),
  ...R5.map((c) => ({ ...c, batch: "R5" })),
  ...R5B.map((c) => ({ ...c, batch: "R5b" })),
  ...R6.map((c) => ({ ...c, batch: "R6" })),
  ...R6B.map((c) => ({ ...c, batch: "R6b" })),
  ...R6C.map((c) => ({ ...c, batch: "R6c" })),
  ...R7.map((c) => ({ ...c, batch: "R7" })),
  ...R7B.map((c) => ({ ...c, batch: "R7b" })),
  ...R7C.map((c) => ({ ...c, batch: "R7c" })),
  ...R7D.map((c) => ({ ...c, batch: "R7d" })),
  // Round 8 had two engineers, each with batches R8 to R8f of their own fields.
  ...R8A.R8.map((c) => ({ ...c, batch: "R8a-" })),
  ...R8A.R8B.map((c) => ({ ...c, batch: "R8a-b" })),
  ...R8A.R8C.map((c) => ({ ...c, batch: "R8a-c" })),
  ...R8A.R8D.map((c) => ({ ...c, batch: "R8a-d" })),
  ...R8A.R8E.map((c) => ({ ...c, batch: "R8a-e" })),
  ...R8A.R8F.map((c) => ({ ...c, batch: "R8a-f" })),
  ...R8B_.R8.map((c) => ({ ...c, batch: "R8b-" })),
  ...R8B_.R8B.map((c) => ({ ...c, batch: "R8b-b" })),
  ...R8B_.R8C.map((c) => ({ ...c, batch: "R8b-c" })),
  ...R8B_.R8D.map((c) => ({ ...c, batch: "R8b-d" })),
  ...R8B_.R8E.map((c) => ({ ...c, batch: "R8b-e" })),
  ...R8B_.R8F.map((c) => ({ ...c, batch: "R8b-f" })),
];

export const DEFAULT_SENDER = MEGGE;
