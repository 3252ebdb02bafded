/**
 * Batch R6 of the own phrasings (round 6): written from the kinds of statement listed for the
 * round's weakest fields on held-out mail (topics, brands, names refused, channels refused and
 * preferred, update cadence, invoice detail, hospitality) and the traps beside each (someone
 * else's wish, a one-off, a question, a condition, a withdrawal, the past), before any dev miss
 * was read this round and before the engine was changed; scored once as written.
 */
import type { ListenField } from "../../../src/core/listen";
import type { PhrasingCase, Whose } from "./own-phrasings";

function e(field: ListenField, value: string, whose: Whose = "self") {
  return { field, value, whose };
}
/**
 * A subject or hospitality wish: the person's when only "I"/"me"/"my" speaks, else the
 * organisation's (docs/listen.md); the other holder is a fair reading too, so not counted wrong.
 */
function either(field: ListenField, value: string, whose: Whose) {
  const other: Whose = whose === "self" ? "org" : "self";
  return { heard: [e(field, value, whose)], maybe: [e(field, value, other)] };
}

export const R6: Omit<PhrasingCase, "batch">[] = [
  // ------------------------------------------------ topics
  {
    text: "My divorce is off limits, if you don't mind.",
    ...either("avoidTopics", "divorce", "self"),
  },
  {
    text: "Politics is a no-go area for me, so let's keep to business.",
    ...either("avoidTopics", "politics", "self"),
  },
  {
    text: "I'd appreciate it if we steered clear of the subject of my father's illness.",
    ...either("avoidTopics", "father's illness", "org"),
  },
  {
    text: "Religion isn't something I discuss with advisers.",
    ...either("avoidTopics", "religion", "self"),
  },
  {
    text: "The Brexit stuff is a sore point round here.",
    ...either("avoidTopics", "Brexit", "org"),
  },
  {
    text: "Please refrain from bringing up the football when we meet - I support the wrong team.",
    ...either("avoidTopics", "football", "org"),
  },
  { text: "Don't mention it - happy to help.", heard: [] },
  { text: "Please don't bring up the settlement figure at tomorrow's meeting.", heard: [] },
  { text: "My husband hates talking about politics.", heard: [] },
  // ------------------------------------------------ competitors
  {
    text: "Just so you know, Acme Foods is our biggest competitor.",
    heard: [e("competitors", "Acme Foods", "org")],
  },
  {
    text: "We compete head to head with Northwind, so keep them out of anything you send us.",
    heard: [e("competitors", "Northwind", "org")],
  },
  {
    text: "Our main rivals are Brightline and Corvex.",
    heard: [e("competitors", "Brightline", "org"), e("competitors", "Corvex", "org")],
  },
  { text: "Halden Group is the buyer in this deal.", heard: [] },
  { text: "Is Tarrant a competitor of ours? I'm not sure.", heard: [] },
  // ------------------------------------------------ names refused
  {
    from: "Katherine Doyle <k.doyle@harbour-foods.example>",
    text: "It's Katherine, by the way - I've never been a Kathy.",
    heard: [e("preferredName", "Katherine"), e("avoidNames", "Kathy")],
  },
  {
    from: "William Hart <william.hart@hart-logistics.example>",
    text: "Only my mother calls me Billy, so please stick to William.",
    heard: [e("preferredName", "William"), e("avoidNames", "Billy")],
  },
  {
    from: "Stephen Price <stephen.price@price-tools.example>",
    text: "I'm not keen on Steve, to be honest.",
    heard: [e("avoidNames", "Steve")],
  },
  {
    from: "Elizabeth Moore <elizabeth.moore@moore-media.example>",
    text: "Please don't call Liz in accounts about this; she is away.",
    heard: [],
  },
  // ------------------------------------------------ channels refused
  {
    text: "I'm not on WhatsApp, so email is the only way to reach me.",
    heard: [e("avoidChannels", "whatsapp"), e("preferredChannels", "email")],
  },
  {
    text: "I can't take calls at work - open-plan office.",
    heard: [e("avoidChannels", "phone")],
  },
  { text: "I never check my voicemail.", heard: [e("avoidChannels", "phone")] },
  {
    text: "Personal messaging apps aren't permitted here, so please stick to email.",
    heard: [e("avoidChannels", "whatsapp", "org"), e("preferredChannels", "email", "org")],
    maybe: [e("preferredChannels", "email")],
  },
  { text: "I couldn't get you on the phone this morning.", heard: [] },
  { text: "My phone is being repaired this week, so email me for now.", heard: [] },
  // ------------------------------------------------ channels preferred
  {
    text: "The quickest way to get hold of me is a text.",
    heard: [e("preferredChannels", "sms")],
  },
  { text: "I'm much more responsive on WhatsApp.", heard: [e("preferredChannels", "whatsapp")] },
  {
    text: "Give me a ring whenever you need a decision.",
    heard: [e("preferredChannels", "phone")],
  },
  { text: "Feel free to call me tomorrow if anything comes up.", heard: [] },
  // ------------------------------------------------ status updates
  {
    text: "Please keep me posted every couple of weeks.",
    heard: [e("statusUpdates", "fortnightly")],
  },
  {
    text: "No need to report back unless something changes.",
    heard: [e("statusUpdates", "only when something changes")],
  },
  {
    text: "A short note at the end of each month would suit us.",
    heard: [e("statusUpdates", "monthly", "org")],
    maybe: [e("statusUpdates", "monthly")],
  },
  {
    text: "I only need to hear from you at the key milestones.",
    heard: [e("statusUpdates", "only at the key milestones")],
  },
  { text: "Could you update me on the lease by Friday?", heard: [] },
  { text: "Thanks for the weekly update.", heard: [] },
  // ------------------------------------------------ invoice detail
  {
    text: "We don't need every six-minute unit on the bill; a total per month does us.",
    heard: [e("billingDetail", "summary", "org")],
  },
  {
    text: "Our auditors need every line item, so please break the invoices down by fee earner.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  { text: "Could you break down the March invoice for me?", heard: [] },
  // ------------------------------------------------ hospitality
  {
    text: "I'm not one for corporate dinners, so please don't feel you need to invite me.",
    ...either("entertainment", "avoid", "self"),
  },
  {
    text: "Always happy to join you for the summer drinks - do keep me on the list.",
    ...either("entertainment", "welcome", "self"),
  },
  { text: "Sorry, I can't make the dinner on the 5th.", heard: [] },
  { text: "My boss never accepts hospitality from suppliers.", heard: [] },
];

/**
 * Batch R6b: written after R6's work, before it was run, from the same kinds in other words
 * (US and UK, in-house counsel, assistants' register), to measure whether the readings built for
 * R6 hold for phrasings they were not built from. Scored once as written.
 */
export const R6B: Omit<PhrasingCase, "batch">[] = [
  // topics
  { text: "Health stuff is a no-fly zone for me.", ...either("avoidTopics", "health", "self") },
  {
    text: "The layoffs are still a very raw subject for us, so I'd rather we didn't get into them.",
    ...either("avoidTopics", "layoffs", "org"),
  },
  {
    text: "My kids are not something I talk about at work.",
    ...either("avoidTopics", "kids", "self"),
  },
  { text: "Could we not talk about the election on Thursday's call?", heard: [] },
  { text: "The merger is off the table for now.", heard: [] },
  // competitors
  {
    text: "Worth flagging that Pinecrest Labs is one of our closest competitors.",
    heard: [e("competitors", "Pinecrest Labs", "org")],
  },
  {
    text: "For context, we go head to head with Vantor and Quell in most tenders.",
    heard: [e("competitors", "Vantor", "org"), e("competitors", "Quell", "org")],
  },
  { text: "Harmon Bank is our lender on the facility.", heard: [] },
  { text: "Dunmore was our main rival until they went under in 2019.", heard: [] },
  // names
  {
    from: "Margaret Olsen <m.olsen@olsen-farms.example>",
    text: "Please don't call me Peggy - that was my grandmother.",
    heard: [e("avoidNames", "Peggy")],
  },
  {
    from: "Edward Blake <edward.blake@blake-marine.example>",
    text: "Nobody has called me Ted since school, and I'd like to keep it that way. Edward is fine.",
    heard: [e("avoidNames", "Ted"), e("preferredName", "Edward")],
  },
  {
    from: "Richard Moss <richard.moss@moss-build.example>",
    text: "My brother Rick will be joining the call; he prefers texts.",
    heard: [],
  },
  // channels
  {
    text: "I'm most reachable by text during the day.",
    heard: [e("preferredChannels", "sms")],
  },
  {
    text: "Voicemail is a black hole for me, so please don't leave messages.",
    heard: [e("avoidChannels", "phone")],
  },
  { text: "I tried calling you twice yesterday.", heard: [] },
  { text: "Please call Marcus in our finance team with the figures.", heard: [] },
  {
    text: "Give us a bell any time on the office line.",
    heard: [e("preferredChannels", "phone", "org")],
    maybe: [e("preferredChannels", "phone")],
  },
  // status updates
  {
    text: "Keep us in the loop at the end of each week, please.",
    heard: [e("statusUpdates", "weekly", "org")],
    maybe: [e("statusUpdates", "weekly")],
  },
  {
    text: "Don't bother updating me until there's a decision from the court.",
    heard: [e("statusUpdates", "only when there's a decision from the court")],
  },
  {
    text: "A quick email every couple of weeks is all I need.",
    heard: [e("statusUpdates", "fortnightly")],
  },
  { text: "Please update me on the hearing once it's over.", heard: [] },
  // invoice detail
  {
    text: "Finance insist on line items broken down by timekeeper.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "Honestly, one number per matter is all we look at.",
    heard: [e("billingDetail", "summary", "org")],
  },
  // hospitality
  {
    text: "Our compliance team won't let us accept tickets or dinners from advisers.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "We love a good client evening, so do keep the invitations coming.",
    heard: [e("entertainment", "welcome", "org")],
  },
  { text: "Thanks for a lovely dinner last night.", heard: [] },
];

/**
 * Batch R6c: written after l6–l8 were measured and read, before the work that followed, in other
 * words again (US register, assistants, in-house counsel). Scored once as written.
 */
export const R6C: Omit<PhrasingCase, "batch">[] = [
  {
    text: "Heads up: Kellerman Bros. are our direct competition on the West Coast.",
    heard: [e("competitors", "Kellerman Bros", "org")],
  },
  {
    text: "Please scrub any reference to Orbis from the deck we share with the board.",
    heard: [e("competitors", "Orbis", "org")],
  },
  { text: "Orbis is a client of ours, so be nice.", heard: [] },
  {
    from: "Theodore Park <ted.park@park-ventures.example>",
    text: "Ted is fine - honestly nobody uses Theodore except my bank.",
    heard: [e("preferredName", "Ted"), e("avoidNames", "Theodore")],
  },
  {
    from: "Jennifer Walsh <jennifer.walsh@walsh-co.example>",
    text: "I'd appreciate it if your team stopped shortening my name to Jen.",
    heard: [e("avoidNames", "Jen")],
  },
  {
    text: "Cell phone calls are tough for me - I'm usually in the plant.",
    heard: [e("avoidChannels", "phone")],
  },
  {
    text: "I don't really do WhatsApp, so email or a call is best.",
    heard: [
      e("avoidChannels", "whatsapp"),
      e("preferredChannels", "email"),
      e("preferredChannels", "phone"),
    ],
  },
  { text: "My phone died this afternoon, so email me till tomorrow.", heard: [] },
  {
    text: "Shoot me a text if you need me - I rarely look at email during the day.",
    heard: [e("preferredChannels", "sms"), e("avoidChannels", "email")],
  },
  {
    text: "Weekly check-ins would be great going forward.",
    heard: [e("statusUpdates", "weekly")],
  },
  {
    text: "Only reach out with updates when there's something material.",
    heard: [e("statusUpdates", "only when there's something material")],
  },
  { text: "Can you give me an update after Tuesday's hearing?", heard: [] },
  {
    text: "The acquisition rumors are not something we comment on, even in passing.",
    ...either("avoidTopics", "acquisition rumors", "org"),
  },
  {
    text: "Let's leave my health out of our conversations, please.",
    ...either("avoidTopics", "health", "self"),
  },
  { text: "Please don't mention the price to the other side yet.", heard: [] },
  {
    text: "We want the invoices to show every timekeeper's hours by task.",
    heard: [e("billingDetail", "detailed", "org")],
  },
  {
    text: "Our board can't accept gifts of any kind from outside counsel.",
    heard: [e("entertainment", "avoid", "org")],
  },
  { text: "I'd love to come to the dinner on the 14th - thank you!", heard: [] },
];
