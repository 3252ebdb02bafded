/**
 * Batch R8 of the own phrasings (round 8, listen-8b: topics, brands, hospitality, names):
 * written from the kinds listed before any dev case was read this round (docs/listen.md, round
 * 8): first the look-alikes (small talk about a subject, a rival named as a counterparty or in
 * the news, an event attended or organised, a name used for someone else, a sign-off), then the
 * ways clients state the preference ("I go by X", a title wanted, a terse "don't name X. Ever.",
 * a forwarded gifts policy, a gracious refusal that is a standing wish, "keep X out of it", a
 * list of rivals inside a longer request); scored once as written, before the engine was changed.
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
  // ------------------------------------------------ avoidTopics: look-alikes
  { text: "Hope the football went your way at the weekend!", heard: [] },
  { text: "The election has been exhausting, hasn't it.", heard: [] },
  { text: "Please keep the redundancy numbers out of the press release.", heard: [] },
  { text: "Don't raise the service charge with the landlord until we've spoken.", heard: [] },
  { text: "Thanks so much for your help - and don't mention it, it was nothing.", heard: [] },
  { text: "Let's not get into the valuation until the accounts are final.", heard: [] },
  { text: "My husband can't bear talking about money.", heard: [] },
  { text: "Could we avoid discussing the warranty claim on Thursday's call?", heard: [] },
  { text: "I'd rather talk about the budget first, then the timetable.", heard: [] },
  { text: "We don't discuss pricing with distributors.", heard: [] },
  // ------------------------------------------------ avoidTopics: kinds
  {
    text: "One small thing: please don't ask about my divorce. It's still very raw.",
    ...either("avoidTopics", "divorce", "self"),
  },
  {
    text: "I'd really rather not discuss my father's illness, if that's OK.",
    ...either("avoidTopics", "father's illness", "self"),
  },
  {
    text: "Politics is a no-go for us, so please keep it out of the newsletters.",
    ...either("avoidTopics", "politics", "org"),
  },
  {
    text: "Could you steer clear of the pay dispute in your updates to the team?",
    ...either("avoidTopics", "pay dispute", "org"),
  },
  {
    text: "Honestly, I'm sick of hearing about Brexit - can we leave it out?",
    ...either("avoidTopics", "Brexit", "self"),
  },
  {
    text: "Spare me the cricket chat, I've no idea about it.",
    ...either("avoidTopics", "cricket", "self"),
  },
  {
    text: "The takeover bid is a painful subject here. Please keep it out of everything you send us.",
    ...either("avoidTopics", "takeover bid", "org"),
  },
  // ------------------------------------------------ competitors: look-alikes
  { text: "We're still negotiating the supply agreement with Tesco.", heard: [] },
  { text: "Did you see that Unilever was fined by the CMA this week?", heard: [] },
  { text: "We've moved our CRM over to Salesforce.", heard: [] },
  { text: "Don't mention the Aldi offer when you call their agent.", heard: [] },
  { text: "Please don't mention John in the covering email.", heard: [] },
  { text: "Nestlé is their biggest competitor, not ours.", heard: [] },
  { text: "We used to compete with Kraft before the disposal.", heard: [] },
  // ------------------------------------------------ competitors: kinds
  {
    text: "Don't name PepsiCo. Ever.",
    heard: [e("competitors", "PepsiCo", "org")],
  },
  {
    text: "Britvic is our closest rival, so keep them out of it.",
    heard: [e("competitors", "Britvic", "org")],
  },
  {
    text: "Three things for the pitch pack: use the new logo, keep it under ten slides, and no references to Danone, Nestlé or Unilever anywhere.",
    heard: [
      e("competitors", "Danone", "org"),
      e("competitors", "Nestlé", "org"),
      e("competitors", "Unilever", "org"),
    ],
  },
  {
    text: "We would rather not see Red Bull or Monster mentioned in anything we sign off.",
    heard: [e("competitors", "Red Bull", "org"), e("competitors", "Monster", "org")],
  },
  {
    text: "Please make sure no competitor names appear in the materials, particularly Suntory.",
    heard: [e("competitors", "Suntory", "org")],
  },
  // ------------------------------------------------ entertainment: look-alikes
  { text: "Thank you for a lovely dinner last night - great to catch up.", heard: [] },
  { text: "We'd love you to join us at our summer party on 12 July.", heard: [] },
  { text: "Sorry, I can't make the golf day on Friday.", heard: [] },
  { text: "Our client operates in the hospitality sector.", heard: [] },
  { text: "Gifts over £50 must be declared on the register.", heard: [] },
  { text: "Please send the invitation to my PA, Jo.", heard: [] },
  { text: "Lunch on Tuesday works for me.", heard: [] },
  // ------------------------------------------------ entertainment: kinds
  {
    text: 'For your records, our Gifts and Hospitality Policy says: "Employees must not accept gifts, meals, tickets or entertainment from suppliers or professional advisers."',
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "It's very kind of you, but please don't send anything at Christmas - we'd much rather you gave to charity.",
    ...either("entertainment", "avoid", "org"),
  },
  {
    text: "We're not permitted to accept hospitality from advisers, I'm afraid.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "Please don't feel you need to invite me to things - I'm really not one for events.",
    ...either("entertainment", "avoid", "self"),
  },
  {
    text: "Always happy to be invited to the rugby, by the way.",
    ...either("entertainment", "welcome", "self"),
  },
  // ------------------------------------------------ names: look-alikes
  { text: "Please call Kate on 020 7946 0123 to arrange a time.", heard: [] },
  { text: "Best,\nKate", heard: [] },
  { text: "Hi John, my name is Sarah Jones and I'm the new GC here.", heard: [] },
  { text: "Call me old-fashioned, but I like a signed letter.", heard: [] },
  { text: "My husband goes by Bill, though his name is William.", heard: [] },
  { text: "Ask for Tom at reception when you arrive.", heard: [] },
  // ------------------------------------------------ names: kinds
  {
    from: "Margaret Lowe <margaret.lowe@lowe-estates.example>",
    text: "Everyone calls me Maggie, but I prefer Margaret.",
    heard: [e("preferredName", "Margaret")],
    maybe: [e("avoidNames", "Maggie")],
  },
  {
    from: "Helen Okafor <helen.okafor@cityuni.example>",
    text: "In correspondence I'd prefer Professor Okafor, please.",
    heard: [e("preferredName", "Professor Okafor")],
  },
  {
    from: "Thomas Reid <thomas.reid@reid-group.example>",
    text: "I go by Tam - always have.",
    heard: [e("preferredName", "Tam")],
  },
  {
    from: "Robert Finch <robert.finch@finch-co.example>",
    text: "Please don't call me Bob. Robert is fine.",
    heard: [e("preferredName", "Robert"), e("avoidNames", "Bob")],
  },
  {
    from: "Elizabeth Shaw <elizabeth.shaw@shawholdings.example>",
    text: "Only my mother calls me Lizzie. Beth, please.",
    heard: [e("preferredName", "Beth"), e("avoidNames", "Lizzie")],
  },
  {
    from: "Anne Kowalski <anne.kowalski@kowalski.example>",
    text: "Since the divorce I've gone back to my maiden name, so it's Ms Byrne now, not Mrs Kowalski.",
    heard: [e("preferredName", "Ms Byrne"), e("avoidNames", "Mrs Kowalski")],
  },
];

/**
 * Batch R8b (round 8, listen-8b), written after R8's work and before its own run: more
 * look-alikes of the five fields (a subject or brand in the instructed work itself, kept from a
 * counterparty, for a while only; one invitation; a name of someone else or in another sense)
 * and more ways of stating them; scored once as written.
 */
export const R8B: Omit<PhrasingCase, "batch">[] = [
  // ------------------------------------------------ avoidTopics: look-alikes
  {
    text: "Please don't mention the redundancies to staff until the consultation starts.",
    heard: [],
  },
  { text: "Avoid any discussion of liability in the without prejudice letter.", heard: [] },
  { text: "Keep the valuation out of the board minutes, please.", heard: [] },
  { text: "Could you avoid raising the warranty point until we've seen their reply?", heard: [] },
  { text: "Never discuss the case with journalists.", heard: [] },
  { text: "We can't discuss the investigation while it is ongoing.", heard: [] },
  { text: "Please stop discussing the settlement figure with the insurers.", heard: [] },
  { text: "Do not refer to the draft accounts in the pleadings.", heard: [] },
  { text: "I don't want to talk about the weather, I want to talk about the deadline!", heard: [] },
  { text: "Let's not discuss fees on the call with the other side.", heard: [] },
  // ------------------------------------------------ avoidTopics: kinds
  {
    text: "My health isn't up for discussion, I'm afraid.",
    ...either("avoidTopics", "health", "self"),
  },
  {
    text: "I'd appreciate it if we didn't talk about the accident.",
    ...either("avoidTopics", "accident", "self"),
  },
  {
    text: "Please avoid the subject of my son's arrest.",
    ...either("avoidTopics", "son's arrest", "self"),
  },
  {
    text: "Please, no talk of the divorce.",
    ...either("avoidTopics", "divorce", "self"),
  },
  // ------------------------------------------------ competitors: look-alikes
  { text: "Please don't mention Tesco in the claim form - they're not a party.", heard: [] },
  { text: "Don't name Barclays as a defendant yet.", heard: [] },
  {
    text: "Please leave Amazon out of the draft for now; we'll add them after the call.",
    heard: [],
  },
  { text: "Don't mention Shell in the press release.", heard: [] },
  { text: "We shouldn't mention Deloitte's report until it's final.", heard: [] },
  // ------------------------------------------------ competitors: kinds
  {
    text: "Under no circumstances mention Pepsi in anything you write for us.",
    heard: [e("competitors", "Pepsi", "org")],
  },
  {
    text: "Please refer to Danone only as 'a competitor'.",
    heard: [e("competitors", "Danone", "org")],
  },
  {
    text: "We don't want Nestlé's name anywhere near our documents.",
    heard: [e("competitors", "Nestlé", "org")],
  },
  {
    text: "A reminder that Lidl and Aldi are never to be named in our materials.",
    heard: [e("competitors", "Lidl", "org"), e("competitors", "Aldi", "org")],
  },
  // ------------------------------------------------ entertainment: look-alikes
  { text: "I'm afraid I can't accept the invitation to the board dinner on the 5th.", heard: [] },
  { text: "Please don't send the tickets to my home address.", heard: [] },
  { text: "Our client cannot accept gifts from the other party under the settlement.", heard: [] },
  { text: "Please don't invite the other side's counsel to the meeting.", heard: [] },
  { text: "No drinks for me at the closing dinner - I'm driving.", heard: [] },
  { text: "We can't accept the offer of mediation on those terms.", heard: [] },
  // ------------------------------------------------ entertainment: kinds
  {
    text: "As a public body, we cannot accept any form of hospitality.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "Thanks, but we have a no-gifts policy.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "Please don't waste your hospitality budget on us.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "Do keep inviting me - I always enjoy them.",
    ...either("entertainment", "welcome", "self"),
  },
  // ------------------------------------------------ names: look-alikes
  {
    from: "Robert Finch <robert.finch@finch-co.example>",
    text: "Rob is fine with the draft, by the way.",
    heard: [],
  },
  { text: "Please call me back on my mobile when you can.", heard: [] },
  {
    from: "Michael Dunn <michael.dunn@dunn.example>",
    text: "Not Mike's team this time - Sarah will handle it.",
    heard: [],
  },
  { text: "It's Jenny from accounts who deals with invoices now.", heard: [] },
  // ------------------------------------------------ names: kinds
  {
    from: "Priya Shah <priya.shah@shah.example>",
    text: "Please address all letters to Dr Shah, not Mrs Shah.",
    heard: [e("preferredName", "Dr Shah"), e("avoidNames", "Mrs Shah")],
  },
  {
    from: "Beatrice Long <beatrice.long@long.example>",
    text: "I'm Bea to my friends and I'd like to be Bea to you too.",
    heard: [e("preferredName", "Bea")],
  },
  {
    from: "Sunil Rao <sunil.rao@rao.example>",
    text: "My preferred name is Sunny.",
    heard: [e("preferredName", "Sunny")],
  },
  {
    from: "Elizabeth Hart <elizabeth.hart@hart.example>",
    text: "I've never liked Elizabeth - Liz is fine.",
    heard: [e("preferredName", "Liz"), e("avoidNames", "Elizabeth")],
  },
];

/**
 * Batch R8c (round 8, listen-8b), written after R8b's work and before its own run: topics
 * weighted (the held-out sets' weakest field), then brands, hospitality and names; look-alikes
 * first. Scored once as written.
 */
export const R8C: Omit<PhrasingCase, "batch">[] = [
  // ------------------------------------------------ avoidTopics: look-alikes
  { text: "Please avoid mentioning the merger in the announcement to staff.", heard: [] },
  { text: "We'd rather not discuss the settlement in writing.", heard: [] },
  { text: "Don't bring up the new lease until the board has approved it.", heard: [] },
  { text: "Please stop talking about the deadline and start meeting it!", heard: [] },
  { text: "I didn't mention the loan to my accountant.", heard: [] },
  { text: "There's no need to mention the costs order in your reply.", heard: [] },
  { text: "Never discuss client matters on social media.", heard: [] },
  { text: "Avoid jargon in the client letter, please.", heard: [] },
  { text: "Don't mention that I called.", heard: [] },
  { text: "I'd rather not get into the weeds on the tax analysis today.", heard: [] },
  { text: "Please avoid talking about the case in public.", heard: [] },
  // ------------------------------------------------ avoidTopics: kinds
  {
    text: "I'd rather keep my private life out of our conversations.",
    ...either("avoidTopics", "private life", "self"),
  },
  {
    text: "My late husband is still a difficult subject for me.",
    ...either("avoidTopics", "late husband", "self"),
  },
  {
    text: "Please refrain from any comments about my weight.",
    ...either("avoidTopics", "weight", "self"),
  },
  {
    text: "The fire at the warehouse is not something we want to revisit.",
    ...either("avoidTopics", "fire at the warehouse", "org"),
  },
  {
    text: "Let's keep things strictly professional - nothing about my family, please.",
    ...either("avoidTopics", "family", "self"),
  },
  {
    text: "Could you not bring up the lawsuit every time we speak?",
    ...either("avoidTopics", "lawsuit", "self"),
  },
  // ------------------------------------------------ competitors: look-alikes
  { text: "Please don't copy anyone at Deloitte on these emails.", heard: [] },
  { text: "Avoid naming Sarah in the complaint letter.", heard: [] },
  { text: "Please remove Acme from the distribution list.", heard: [] },
  { text: "We don't mention Nike by name in the contract because of the NDA.", heard: [] },
  // ------------------------------------------------ competitors: kinds
  {
    text: "Our rivals - chiefly Northgate and Hale & Co - must not appear anywhere in your work for us.",
    heard: [e("competitors", "Northgate", "org"), e("competitors", "Hale & Co", "org")],
  },
  {
    text: "Please never put Asda, Tesco or Morrisons in our slides; they're competitors.",
    heard: [
      e("competitors", "Asda", "org"),
      e("competitors", "Tesco", "org"),
      e("competitors", "Morrisons", "org"),
    ],
  },
  {
    text: "Just to flag: Vireo Ltd is a direct competitor, so please don't reference them.",
    heard: [e("competitors", "Vireo Ltd", "org")],
  },
  {
    text: "Keep Lufthansa and KLM out of it, please - they're the competition.",
    heard: [e("competitors", "Lufthansa", "org"), e("competitors", "KLM", "org")],
  },
  // ------------------------------------------------ entertainment: look-alikes
  { text: "We're hosting a client dinner next month and would love you to come.", heard: [] },
  { text: "Can you send over the hospitality register for the audit?", heard: [] },
  { text: "Our policy on gifts is being reviewed next month.", heard: [] },
  { text: "I'm afraid the lunch on Friday clashes with a board meeting.", heard: [] },
  { text: "The claimant says she was refused entry to the hospitality tent.", heard: [] },
  // ------------------------------------------------ entertainment: kinds
  {
    text: "I'm not really one for corporate dinners, so please don't feel obliged.",
    ...either("entertainment", "avoid", "self"),
  },
  {
    text: "We have a strict no-entertainment rule for advisers.",
    heard: [e("entertainment", "avoid", "org")],
  },
  {
    text: "I'd love to come to the next one - please keep me in mind.",
    ...either("entertainment", "welcome", "self"),
  },
  {
    text: "Drinks are always welcome!",
    ...either("entertainment", "welcome", "org"),
  },
  // ------------------------------------------------ names: look-alikes
  { text: "Can you ask Jenny to call me?", heard: [] },
  { text: "Kate sends her regards.", heard: [] },
  { text: "Please call me on 07700 900123.", heard: [] },
  { text: "I'm Jo's manager; Jo will be leading on this.", heard: [] },
  // ------------------------------------------------ names: kinds
  {
    from: "Anne Hughes <anne.hughes@hughes.example>",
    text: "It's Dr Hughes, actually, not Mrs Hughes.",
    heard: [e("preferredName", "Dr Hughes"), e("avoidNames", "Mrs Hughes")],
  },
  {
    from: "Rebecca Stone <rebecca.stone@stone.example>",
    text: "Friends call me Bex and I'd be glad if you did too.",
    heard: [e("preferredName", "Bex")],
  },
  {
    from: "Mary Ruth Evans <mary.evans@evans.example>",
    text: "I've always gone by my middle name, Ruth.",
    heard: [e("preferredName", "Ruth")],
  },
];

/**
 * Batch R8d (round 8, listen-8b), written after R8c's work and before its own run: brands and
 * hospitality in more everyday words (comparisons, association, "the enemy", a budget rule), a
 * few names and topics, and their look-alikes. Scored once as written.
 */
export const R8D: Omit<PhrasingCase, "batch">[] = [
  // ------------------------------------------------ competitors: look-alikes
  { text: "Could you compare our terms with Unilever's standard contract?", heard: [] },
  { text: "We're meeting Heineken's lawyers on Tuesday.", heard: [] },
  {
    text: "Please don't compare the two drafts line by line - just flag the big changes.",
    heard: [],
  },
  { text: "Danone used to be our biggest rival, but they left the market in 2019.", heard: [] },
  // ------------------------------------------------ competitors: kinds
  {
    text: "Please never compare us to Pret in anything you publish for us.",
    heard: [e("competitors", "Pret", "org")],
  },
  {
    text: "We'd rather not be associated with Greggs in any of our materials - they're a competitor.",
    heard: [e("competitors", "Greggs", "org")],
  },
  {
    text: "Avoid any comparison with Costa in the brochure copy or anywhere else; Costa is our main rival.",
    heard: [e("competitors", "Costa", "org")],
  },
  {
    text: "Starbucks is the enemy as far as we're concerned, so no mention of them, please.",
    heard: [e("competitors", "Starbucks", "org")],
  },
  // ------------------------------------------------ entertainment: look-alikes
  { text: "Thanks for the tickets - the kids loved the match!", heard: [] },
  { text: "Who should we invite to the launch party?", heard: [] },
  {
    text: "The tender rules forbid bidders from offering gifts to the evaluation panel.",
    heard: [],
  },
  // ------------------------------------------------ entertainment: kinds
  {
    text: "Our procurement rules mean I can't accept anything - not even a coffee - from firms on the panel.",
    heard: [e("entertainment", "avoid", "org")],
    maybe: [e("entertainment", "avoid", "self")],
  },
  {
    text: "Honestly, save the hospitality for clients who enjoy it; I'd rather not.",
    ...either("entertainment", "avoid", "self"),
  },
  {
    text: "I'm always glad of an invitation to the cricket, so do keep them coming.",
    ...either("entertainment", "welcome", "self"),
  },
  // ------------------------------------------------ topics and names
  { text: "We should avoid talking about fees until the scope is agreed.", heard: [] },
  {
    text: "A personal request: my son's illness is not something I'm able to talk about.",
    ...either("avoidTopics", "son's illness", "self"),
  },
  {
    from: "Christopher Lane <christopher.lane@lane.example>",
    text: "Chris is what I'm used to; Christopher feels like I'm in trouble.",
    heard: [e("preferredName", "Chris"), e("avoidNames", "Christopher")],
  },
  { text: "Could you let Sam know that Jo prefers Teams?", heard: [] },
];

/**
 * Batch R8e (round 8, listen-8b), written after R8d's work and before its own run: names and
 * topics again, in shorter and more colloquial forms, with their look-alikes. Scored once as
 * written.
 */
export const R8E: Omit<PhrasingCase, "batch">[] = [
  // ------------------------------------------------ names: kinds
  {
    from: "Alexandra Reid <alexandra.reid@reid.example>",
    text: "I'd rather not be called 'Sandy'; Alexandra, please.",
    heard: [e("preferredName", "Alexandra"), e("avoidNames", "Sandy")],
  },
  {
    from: "Robert Finch <robert.finch@finch-co.example>",
    text: "Not keen on Bob, to be honest - Robert or Rob is fine.",
    heard: [e("avoidNames", "Bob")],
  },
  {
    from: "Anita Patel <anita.patel@patel.example>",
    text: "Mrs Patel is my mother-in-law! Anita is fine.",
    heard: [e("preferredName", "Anita"), e("avoidNames", "Mrs Patel")],
  },
  {
    from: "Anita Patel <anita.patel@patel.example>",
    text: "For the record, it's Ms, not Mrs.",
    heard: [e("preferredName", "Ms Patel"), e("avoidNames", "Mrs Patel")],
  },
  {
    from: "Samuel Okoro <samuel.okoro@okoro.example>",
    text: "Please drop the 'Mr' - Sam does nicely.",
    heard: [e("preferredName", "Sam")],
  },
  {
    from: "James Carver <james.carver@carver.example>",
    text: "Jim here, by the way - nobody calls me James.",
    heard: [e("preferredName", "Jim"), e("avoidNames", "James")],
  },
  // ------------------------------------------------ names: look-alikes
  {
    from: "James Carver <james.carver@carver.example>",
    text: "James will call you tomorrow.",
    heard: [],
  },
  { text: "Sam said you'd prefer to be called Jo - is that right?", heard: [] },
  { text: "Could you address the letter to Mr Harris at the council?", heard: [] },
  { text: "My daughter prefers Lizzie, by the way.", heard: [] },
  // ------------------------------------------------ topics: kinds
  {
    text: "Please don't ask about the baby - we lost her in March.",
    ...either("avoidTopics", "baby", "self"),
  },
  {
    text: "I'd be grateful if Brexit didn't come up again.",
    ...either("avoidTopics", "Brexit", "self"),
  },
  {
    text: "Leave my family out of it, please.",
    ...either("avoidTopics", "family", "self"),
  },
  {
    text: "We're not commenting on the takeover rumours, even privately, so please don't ask.",
    ...either("avoidTopics", "takeover rumours", "org"),
  },
  // ------------------------------------------------ topics: look-alikes
  { text: "Don't worry about the weather - the event is indoors.", heard: [] },
  { text: "Please don't ask the witness about her health.", heard: [] },
  { text: "We discussed politics at length over dinner - great fun.", heard: [] },
  {
    text: "Avoid any reference to the previous tenant's dispute in the lease.",
    heard: [],
  },
];

/**
 * Batch R8f (round 8, listen-8b), look-alikes only, written after R8e's work as a last check of
 * precision on fresh sentences; scored once as written.
 */
export const R8F: Omit<PhrasingCase, "batch">[] = [
  {
    text: "The hospitality at the conference was excellent - thank you for arranging it.",
    heard: [],
  },
  { text: "We can't accept the invitation to tender this year; the timing is wrong.", heard: [] },
  { text: "I won't be at the dinner, sadly - I'm in Leeds that week.", heard: [] },
  { text: "Please don't mention the price to anyone outside the deal team.", heard: [] },
  { text: "Our employees may not accept gifts over £25 without approval.", heard: [] },
  { text: "Can we avoid another round of comments on the disclosure letter?", heard: [] },
  { text: "Let's not talk about the settlement figure on an open line.", heard: [] },
  { text: "Tesco has asked us not to mention the new range until launch.", heard: [] },
  { text: "Nobody here wants to mention the redundancies in the town hall on Monday.", heard: [] },
  { text: "Don't mention the war!", heard: [] },
  { text: "Please don't call me before nine - I'm on the school run.", heard: [] },
  { text: "Thanks, Katie - that's really helpful.", heard: [] },
  {
    from: "Thomas Reid <thomas.reid@reid-group.example>",
    text: "Tom from our finance team will send the figures.",
    heard: [],
  },
  { text: "I'm not a fan of the new draft, to be honest.", heard: [] },
  { text: "We'd rather not see the indemnity capped at that level.", heard: [] },
];
