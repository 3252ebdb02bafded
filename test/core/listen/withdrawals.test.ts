/**
 * Withdrawals (withdrawals.ts): a preference on file that the client lifts is suggested as a
 * `remove` from its list, judged by listening's own refusals, and nothing else is.
 */
import {
  COKE,
  expectWithdrawals,
  hear,
  MEGGE,
  type MessageCase,
  type WithdrawalCase,
  onOrg,
} from "./listen-tester";
import { liftsSomething } from "../../../src/core/listen/lifting";

const onPerson = (fields: Record<string, unknown>) => ({ matchKey: MEGGE, ...fields });

function letter(text: string): string {
  return `Hi Jo,\n\n${text}\n\nBest,\nMegge`;
}

function run(c: MessageCase) {
  return hear({ ...c, body: letter(c.body ?? "") });
}

const withdrawals: WithdrawalCase[] = [
  // The kinds of withdrawal, UK and US, terse and full.
  {
    name: "'again' after a permission (UK)",
    body: "Happy to take calls again.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
  },
  {
    name: "'again' after a permission (US, texting)",
    body: "You can text me again, that's totally fine.",
    profiles: [onPerson({ avoidChannels: ["sms"] })],
    removed: [{ field: "avoidChannels", value: "sms", profile: MEGGE }],
  },
  {
    name: "'okay with … again' (US)",
    body: "I'm okay with texts again.",
    profiles: [onPerson({ avoidChannels: ["sms"] })],
    removed: [{ field: "avoidChannels", value: "sms", profile: MEGGE }],
  },
  {
    name: "the organisation 'fine with' a platform again (UK)",
    body: "We're fine with Zoom again now that IT has approved it.",
    profiles: [onOrg({ avoidChannels: ["zoom"] })],
    removed: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
  },
  {
    name: "'is fine now'",
    body: "Phone calls are fine now.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
  },
  {
    name: "'is fine these days' for a name on file",
    body: "Meg is fine these days.",
    profiles: [onPerson({ avoidNames: ["Meg"] })],
    removed: [{ field: "avoidNames", value: "Meg", profile: MEGGE }],
    also: ["preferredName=Meg"],
  },
  {
    name: "'is OK these days', terse (US)",
    body: "Texting is OK these days.",
    profiles: [onPerson({ avoidChannels: ["sms"] })],
    removed: [{ field: "avoidChannels", value: "sms", profile: MEGGE }],
  },
  {
    name: "'no longer mind' a refused entry, with its quotation marks",
    body: "We no longer mind 'Review of file' since the new guidelines came in.",
    profiles: [onOrg({ bannedBillingPhrases: ["Review of file"] })],
    removed: [{ field: "bannedBillingPhrases", value: "Review of file", profile: COKE }],
  },
  {
    name: "'no longer object to', the stored spelling kept",
    body: "We no longer object to perusal of documents on the bills.",
    profiles: [onOrg({ bannedBillingPhrases: ["Perusal of Documents"] })],
    removed: [{ field: "bannedBillingPhrases", value: "Perusal of Documents", profile: COKE }],
  },
  {
    name: "'no longer mind being called'",
    body: "I no longer mind being called Meg.",
    profiles: [onPerson({ avoidNames: ["Meg"] })],
    removed: [{ field: "avoidNames", value: "Meg", profile: MEGGE }],
  },
  {
    name: "'you can drop the no-X rule', and the platform said beside it",
    body: "You can drop the no-Zoom rule. We use Zoom for everything now.",
    profiles: [onOrg({ avoidChannels: ["zoom"] })],
    removed: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    also: ["meetingPlatform=zoom"],
  },
  {
    name: "'lift the ban on' a brand",
    body: "Please lift the ban on Nestlé.",
    profiles: [onOrg({ competitors: ["Nestlé"] })],
    removed: [{ field: "competitors", value: "Nestlé", profile: COKE }],
  },
  {
    name: "the ban lifted, in the passive",
    body: "The ban on Nestlé has been lifted, so mention them as you like.",
    profiles: [onOrg({ competitors: ["Nestlé"] })],
    removed: [{ field: "competitors", value: "Nestlé", profile: COKE }],
  },
  {
    name: "'no longer a competitor'",
    body: "Nestlé is no longer a competitor of ours.",
    profiles: [onOrg({ competitors: ["Nestlé"] })],
    removed: [{ field: "competitors", value: "Nestlé", profile: COKE }],
  },
  {
    name: "'no need to avoid … any more' (a topic)",
    body: "No need to avoid politics any more.",
    profiles: [onOrg({ avoidTopics: ["politics"] })],
    removed: [{ field: "avoidTopics", value: "politics", profile: COKE }],
  },
  {
    name: "'fine talking about … again' (the writer's own topic)",
    body: "I'm fine talking about my health again.",
    profiles: [onPerson({ avoidTopics: ["health"] })],
    removed: [{ field: "avoidTopics", value: "health", profile: MEGGE }],
  },
  {
    name: "'I'm back on' a channel",
    body: "I'm back on WhatsApp.",
    profiles: [onPerson({ avoidChannels: ["whatsapp"] })],
    removed: [{ field: "avoidChannels", value: "whatsapp", profile: MEGGE }],
  },
  {
    name: "a preference lifted: 'no longer the best way to reach me'",
    body: "WhatsApp is no longer the best way to reach me.",
    profiles: [onPerson({ preferredChannels: ["whatsapp"] })],
    removed: [{ field: "preferredChannels", value: "whatsapp", profile: MEGGE }],
  },
  {
    name: "'changed my mind about' (whichever list holds it)",
    body: "I've changed my mind about texts.",
    profiles: [onPerson({ avoidChannels: ["sms"] })],
    removed: [{ field: "avoidChannels", value: "sms", profile: MEGGE }],
  },
  {
    name: "the wish before 'that's no longer the case'",
    body: "I said I didn't want calls, but that's no longer the case.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
  },
  {
    name: "'ignore my earlier note about' a value on the person",
    body: "Ignore my earlier note about Zoom; Teams is fine after all.",
    profiles: [onPerson({ avoidChannels: ["zoom", "teams"] })],
    removed: [
      { field: "avoidChannels", value: "zoom", profile: MEGGE },
      { field: "avoidChannels", value: "teams", profile: MEGGE },
    ],
  },
  // Where it goes.
  {
    name: "on both profiles, the organisation speaking: removed from both",
    body: "We're happy to take calls again.",
    profiles: [onPerson({ avoidChannels: ["phone"] }), onOrg({ avoidChannels: ["phone"] })],
    removed: [
      { field: "avoidChannels", value: "phone", profile: MEGGE },
      { field: "avoidChannels", value: "phone", profile: COKE },
    ],
  },
  {
    name: "on both profiles, the writer alone: their own only",
    body: "I'm happy to take calls again.",
    profiles: [onPerson({ avoidChannels: ["phone"] }), onOrg({ avoidChannels: ["phone"] })],
    removed: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
  },
  {
    name: "on the organisation only, the writer alone, who said it first (its sources)",
    body: "I'm happy to take calls again.",
    profiles: [
      onOrg({
        avoidChannels: ["phone"],
        sources: [
          { field: "avoidChannels", value: "phone", from: MEGGE, quote: "no calls please" },
        ],
      }),
    ],
    removed: [{ field: "avoidChannels", value: "phone", profile: COKE }],
  },
  {
    name: "on the organisation only, nothing says whose: where it is kept",
    body: "Happy to take calls again.",
    profiles: [onOrg({ avoidChannels: ["phone"] })],
    removed: [{ field: "avoidChannels", value: "phone", profile: COKE }],
  },
];

// Withdrawals that must not be heard as removals (and what else, if anything, is heard).
const traps: WithdrawalCase[] = [
  {
    name: "hospitality welcome again is a choice set, not a removal",
    body: "Feel free to invite me to things again.",
    profiles: [onPerson({ entertainment: "avoid" })],
    removed: [],
    also: ["entertainment=welcome"],
  },
  {
    name: "withdrawing something not on file",
    body: "Happy to take calls again.",
    profiles: [onPerson({ avoidChannels: ["sms"] })],
    removed: [],
  },
  {
    name: "no profile at all",
    body: "Meg is fine these days.",
    removed: [],
    also: ["preferredName=Meg"],
  },
  {
    name: "a one-off: 'happy to take a call today'",
    body: "I'm happy to take a call today.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "a one-off with 'again': tomorrow",
    body: "Happy to take a call again tomorrow.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "for a while only",
    body: "Happy to take calls again, just for this week.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "'again' as a repeat, on an occasion: 'call me again if…'",
    body: "Feel free to call me again if anything comes up.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "'we no longer use Zoom' is a new avoidance, not a removal of the preference",
    body: "We no longer use Zoom.",
    profiles: [onOrg({ preferredChannels: ["zoom"] })],
    removed: [],
    also: ["avoidChannels=zoom"],
  },
  {
    name: "someone else's withdrawal: a colleague",
    body: "My colleague is happy to take calls again.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "someone else's withdrawal: he",
    body: "He's happy to take calls again.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "a question",
    body: "Would calls be fine again?",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "a hypothetical",
    body: "If calls were fine again I would tell you.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "taken back by the sentence after",
    body: "Happy to take calls again. Actually, scratch that.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "the writer alone, a value only the organisation holds",
    body: "I'm happy to take calls again.",
    profiles: [onOrg({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "'is fine again' of a preferred channel lifts nothing",
    body: "Email is fine again.",
    profiles: [onPerson({ preferredChannels: ["email"] })],
    removed: [],
  },
  {
    name: "'fine' without a change of mind",
    body: "Calls are fine for the hearing logistics.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "'right now' is a moment",
    body: "Phone is fine right now, I'm at my desk.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "a change of mind still to come",
    body: "I'll probably change my mind about email once the new system is in.",
    profiles: [onPerson({ avoidChannels: ["email"] })],
    removed: [],
  },
  {
    name: "a name's capitals: 'will' is not Will",
    body: "Happy to say we will be fine again once the audit is over.",
    profiles: [onPerson({ avoidNames: ["Will"] })],
    removed: [],
  },
];

// Round 26: a lift is heard as a lift, read as one construction for every list (the denied need,
// a list named by what its keeper keeps out, a rule dropped): the value on file is removed, never
// added back or confirmed; a lift whose value cannot be read confirms nothing; a lift of a value
// not on file, or of something that is no preference, says nothing.
const lifts: WithdrawalCase[] = [
  {
    name: "'no longer any need to keep X out of' a rival on file",
    body: "There's no longer any need to keep Pepsi out of the slides you prepare for us.",
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [{ field: "competitors", value: "Pepsi", profile: COKE }],
  },
  {
    name: "'no further need to exclude' a rival on file (US)",
    body: "No further need to exclude Pepsi from your pitch materials.",
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [{ field: "competitors", value: "Pepsi", profile: COKE }],
  },
  {
    name: "'no longer any need to avoid' a topic on file",
    body: "There is no longer any need to avoid the warehouse fire when you write to us.",
    profiles: [onOrg({ avoidTopics: ["the warehouse fire"] })],
    removed: [{ field: "avoidTopics", value: "the warehouse fire", profile: COKE }],
  },
  {
    name: "taken off 'the list of items we won't pay for'",
    body: "You can take 'Courier charges' off the list of items we won't pay for.",
    profiles: [onOrg({ bannedBillingPhrases: ["Courier charges"] })],
    removed: [{ field: "bannedBillingPhrases", value: "Courier charges", profile: COKE }],
  },
  {
    name: "taken off 'the list of channels we don't use'",
    body: "Feel free to take WhatsApp off the list of channels we don't use.",
    profiles: [onOrg({ avoidChannels: ["whatsapp"] })],
    removed: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
  },
  {
    name: "a pronoun taken off 'the list of names you avoid with us', its rival in the same sentence",
    body: "Pepsi is part of the group now, so you can take them off the list of names you avoid with us.",
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [{ field: "competitors", value: "Pepsi", profile: COKE }],
  },
  {
    name: "removed in one clause, 'drop that restriction' in the next: no confirmation beside it",
    body: "'Courier charges' is no longer on the excluded list, so you can drop that restriction.",
    profiles: [onOrg({ bannedBillingPhrases: ["Courier charges"] })],
    removed: [{ field: "bannedBillingPhrases", value: "Courier charges", profile: COKE }],
  },
  {
    name: "a lift whose value cannot be read confirms nothing",
    body: "The board signed off 'Courier charges' last week, so you can drop that restriction.",
    profiles: [onOrg({ bannedBillingPhrases: ["Courier charges"] })],
    removed: [],
  },
  {
    name: "taken off the list named bare: the list that holds it, no hospitality refused",
    body: "You can take Pepsi off the list now that we own them.",
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [{ field: "competitors", value: "Pepsi", profile: COKE }],
  },
  {
    name: "a polite 'could you' lift",
    body: "Could you take Zoom off your list? IT has finally approved it.",
    profiles: [onOrg({ avoidChannels: ["zoom"] })],
    removed: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
  },
  {
    name: "the need denied in the passive",
    body: "The warehouse fire no longer needs to be avoided in your letters.",
    profiles: [onOrg({ avoidTopics: ["the warehouse fire"] })],
    removed: [{ field: "avoidTopics", value: "the warehouse fire", profile: COKE }],
  },
  {
    name: "leave to stop excluding a rival",
    body: "You can stop excluding Pepsi from the market overviews.",
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [{ field: "competitors", value: "Pepsi", profile: COKE }],
  },
  // Traps beside the positives.
  {
    name: "a lift of a rival not on file: neither a removal nor a new topic",
    body: "There's no longer any need to keep Globex out of the slides you prepare for us.",
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [],
  },
  {
    name: "a hypothetical lift",
    body: "If they ever take Pepsi off our list of brands we avoid, I'll tell you.",
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [],
  },
  {
    name: "a lift asked as a question",
    body: "Can we take Pepsi off the list of brands we avoid?",
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [],
  },
  {
    name: "a lift for one call only",
    body: "You can drop the restriction on Pepsi for this call only.",
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [],
  },
  {
    name: "someone else says the need is gone",
    body: "My colleague says there's no longer any need to keep Pepsi out of the slides.",
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [],
  },
  {
    name: "a rival on file taken off the distribution list: a list of something else",
    body: "Please take Pepsi off the distribution list for the newsletter.",
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [],
  },
  {
    name: "'can we take X off the list?' is a question, and no invitation list either",
    body: "Can we take Pepsi off the list?",
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [],
  },
  {
    name: "the passive need denied for someone else",
    body: "Their chairman says the warehouse fire no longer needs to be avoided.",
    profiles: [onOrg({ avoidTopics: ["the warehouse fire"] })],
    removed: [],
  },
  {
    name: "removing an attachment lifts nothing: the rival's confirmation kept",
    body: "Please remove the attachment from the thread, and please never mention Pepsi in anything you send us.",
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [],
    also: ["competitors=Pepsi"],
  },
  {
    name: "'drop that line' of a refusal restated is no lift: its confirmation kept",
    body: "We won't pay for 'Courier charges', so please drop that line from the bills.",
    profiles: [onOrg({ bannedBillingPhrases: ["Courier charges"] })],
    removed: [],
    also: ["bannedBillingPhrases=Courier charges"],
  },
];

const quotedAndSigned: WithdrawalCase[] = [
  {
    name: "in quoted history",
    body: "Agreed, thanks.\n\nOn Mon, 3 Mar 2025 at 09:00, Megge Anderson <megge.anderson@coca-cola.example> wrote:\n> Happy to take calls again.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "in a forwarded message",
    body: "See below.\n\n---------- Forwarded message ---------\nFrom: Sam <sam@other.example>\nSubject: x\n\nHappy to take calls again.",
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
];

// Round 28 (analysis-lh25 C): lifts said with a participle of keeping out, or with a verb of
// steering round the value; each heard row beside a trap of the same shape.
const otherPhrasings: WithdrawalCase[] = [
  {
    name: "'is no longer blocked' (a platform)",
    body: "Webex is no longer blocked by our IT people.",
    profiles: [onOrg({ avoidChannels: ["webex"] })],
    removed: [{ field: "avoidChannels", value: "webex", profile: COKE }],
  },
  {
    name: "'isn't disallowed any more' (a billing entry, quoted)",
    body: "'Document management' isn't disallowed any more.",
    profiles: [onOrg({ bannedBillingPhrases: ["Document management"] })],
    removed: [{ field: "bannedBillingPhrases", value: "Document management", profile: COKE }],
  },
  {
    name: "'is no longer prohibited' (a rival)",
    body: "Fanta Group is no longer prohibited in our decks.",
    profiles: [onOrg({ competitors: ["Fanta Group"] })],
    removed: [{ field: "competitors", value: "Fanta Group", profile: COKE }],
  },
  {
    name: "'you don't have to work round' a topic any more",
    body: "You really don't have to work round the warehouse fire any more.",
    profiles: [onPerson({ avoidTopics: ["the warehouse fire"] })],
    removed: [{ field: "avoidTopics", value: "the warehouse fire", profile: MEGGE }],
  },
  {
    name: "'no need to sidestep' a topic now",
    body: "There's no need to sidestep the warehouse fire now.",
    profiles: [onPerson({ avoidTopics: ["the warehouse fire"] })],
    removed: [{ field: "avoidTopics", value: "the warehouse fire", profile: MEGGE }],
  },
  {
    name: "'you can stop steering round' a topic",
    body: "You can stop steering round the warehouse fire.",
    profiles: [onPerson({ avoidTopics: ["the warehouse fire"] })],
    removed: [{ field: "avoidTopics", value: "the warehouse fire", profile: MEGGE }],
  },
];

// Round 31 (listen-31a): the lifting construction said in other words: the organisation's own
// acceptance again, a value kept off the firm's papers, a topic named by its modifiers and a
// general noun; each heard row beside a trap of the same shape.
const liftedOtherWords: WithdrawalCase[] = [
  {
    name: "'we will accept X charges again' (a billing entry)",
    body: "From March we will accept courier charges again.",
    profiles: [onOrg({ bannedBillingPhrases: ["Courier charges"] })],
    removed: [{ field: "bannedBillingPhrases", value: "Courier charges", profile: COKE }],
  },
  {
    name: "'we'll pay for X once more' (a billing entry, quoted)",
    body: "We'll pay for 'Internal meeting' entries once more.",
    profiles: [onOrg({ bannedBillingPhrases: ["Internal meeting"] })],
    removed: [{ field: "bannedBillingPhrases", value: "Internal meeting", profile: COKE }],
  },
  {
    name: "'no need to keep X off your letters any more' (a rival)",
    body: "No need to keep Fanta Group off your letters to us any more.",
    profiles: [onOrg({ competitors: ["Fanta Group"] })],
    removed: [{ field: "competitors", value: "Fanta Group", profile: COKE }],
  },
  {
    name: "'them' kept off the decks, the rival named before it",
    body: "We have closed the merger with Fanta Group, so there's no need to keep them off our slide decks any more.",
    profiles: [onOrg({ competitors: ["Fanta Group"] })],
    removed: [{ field: "competitors", value: "Fanta Group", profile: COKE }],
  },
  {
    name: "a topic named by its modifiers and 'matter'",
    body: "There's no need to steer clear of the pay review matter now.",
    profiles: [onPerson({ avoidTopics: ["the pay review dispute"] })],
    removed: [{ field: "avoidTopics", value: "the pay review dispute", profile: MEGGE }],
  },
  {
    name: "'the entries' pointing at a billing entry named the sentence before",
    body: "We refused 'Internal meeting' last year. The entries are fine again.",
    profiles: [onOrg({ bannedBillingPhrases: ["Internal meeting"] })],
    removed: [{ field: "bannedBillingPhrases", value: "Internal meeting", profile: COKE }],
  },
  {
    name: "'it' pointing at a topic named with 'business' before it",
    body: "The pay review business was settled in May, so you needn't tiptoe round it any more.",
    profiles: [onPerson({ avoidTopics: ["the pay review dispute"] })],
    removed: [{ field: "avoidTopics", value: "the pay review dispute", profile: MEGGE }],
  },
];

const liftedOtherWordsTraps: WithdrawalCase[] = [
  {
    name: "'again' as a repeat: the entries not to be billed again",
    body: "We refused 'Internal meeting' last year. Please don't bill the entries again.",
    profiles: [onOrg({ bannedBillingPhrases: ["Internal meeting"] })],
    removed: [],
  },
  {
    name: "the acceptance denied",
    body: "We will not accept courier charges again.",
    profiles: [onOrg({ bannedBillingPhrases: ["Courier charges"] })],
    removed: [],
  },
  {
    name: "someone else's acceptance",
    body: "The auditors will accept courier charges again.",
    profiles: [onOrg({ bannedBillingPhrases: ["Courier charges"] })],
    removed: [],
  },
  {
    name: "an acceptance that waits on a condition",
    body: "We will accept courier charges again if the board signs off.",
    profiles: [onOrg({ bannedBillingPhrases: ["Courier charges"] })],
    removed: [],
  },
  {
    name: "a value not on file: nothing to remove",
    body: "We will accept courier charges again.",
    profiles: [onOrg({ bannedBillingPhrases: ["Internal meeting"] })],
    removed: [],
  },
  {
    name: "a lift for one occasion only",
    body: "Courier charges are fine again for the April invoice only.",
    profiles: [onOrg({ bannedBillingPhrases: ["Courier charges"] })],
    removed: [],
  },
  {
    name: "'them' with two rivals named before it",
    body: "Fanta Group and Pepsi have merged. No need to keep them off our slide decks any more.",
    profiles: [onOrg({ competitors: ["Fanta Group", "Pepsi"] })],
    removed: [],
  },
  {
    name: "another topic with a modifier of its own before 'matter'",
    body: "There's no need to steer clear of the pay fraud matter now.",
    profiles: [onPerson({ avoidTopics: ["the pay review dispute"] })],
    removed: [],
  },
];

// Round 28 (the lead's decision of 5 December): the writer gone from a channel on file as
// preferred withdraws the wish, and does not also avoid the channel.
const channelsLeft: WithdrawalCase[] = [
  {
    name: "'I've come off' a preferred channel",
    body: "I've finally come off WhatsApp, so please email me instead.",
    profiles: [onPerson({ preferredChannels: ["whatsapp"] })],
    removed: [{ field: "preferredChannels", value: "whatsapp", profile: MEGGE }],
    also: ["preferredChannels=email"],
  },
  {
    name: "'we're no longer on' the organisation's preferred channel",
    body: "We're no longer on Teams as a company.",
    profiles: [onOrg({ preferredChannels: ["teams"] })],
    removed: [{ field: "preferredChannels", value: "teams", profile: COKE }],
  },
  {
    name: "'I'm not on … any more', a preferred channel",
    body: "I'm not on Signal any more.",
    profiles: [onPerson({ preferredChannels: ["signal"] })],
    removed: [{ field: "preferredChannels", value: "signal", profile: MEGGE }],
  },
  {
    name: "relayed: 'he has stopped using' his preferred channel",
    from: "Jo Bright <jo.bright@hale-foods.example>",
    body: "Peter Hale asked me to let you know that he has stopped using Signal for work.",
    profiles: [
      {
        matchKey: "peter.hale@hale-foods.example",
        fullName: "Peter Hale",
        preferredChannels: ["signal"],
      },
    ],
    removed: [
      { field: "preferredChannels", value: "signal", profile: "peter.hale@hale-foods.example" },
    ],
  },
  {
    name: "trap: someone unnamed has stopped using it, nobody's principal",
    body: "She has stopped using Signal.",
    profiles: [onPerson({ preferredChannels: ["signal"] })],
    removed: [],
  },
  {
    name: "trap: left, not on file as preferred: an avoidance as before",
    body: "I've come off WhatsApp.",
    profiles: [onPerson({ preferredChannels: ["email"] })],
    removed: [],
    also: ["avoidChannels=whatsapp"],
  },
  {
    name: "trap: an app left open is not left",
    body: "I've left WhatsApp open on my desk all week.",
    profiles: [onPerson({ preferredChannels: ["whatsapp"] })],
    removed: [],
  },
  {
    name: "trap: asked whether the firm has left it",
    body: "Have you come off WhatsApp?",
    profiles: [onPerson({ preferredChannels: ["whatsapp"] })],
    removed: [],
  },
];

const otherPhrasingTraps: WithdrawalCase[] = [
  {
    name: "the participle without a denial: still kept out",
    body: "Webex is blocked by our IT people, as before.",
    profiles: [onOrg({ avoidChannels: ["webex"] })],
    removed: [],
    also: ["avoidChannels=webex"],
  },
  {
    name: "the participle denied but asked about",
    body: "Is 'Document management' no longer disallowed?",
    profiles: [onOrg({ bannedBillingPhrases: ["Document management"] })],
    removed: [],
  },
  {
    name: "the participle denied in the future (a lift not yet made, as in round 17)",
    body: "From next quarter Fanta Group will no longer be prohibited in our decks.",
    profiles: [onOrg({ competitors: ["Fanta Group"] })],
    removed: [],
  },
  {
    name: "the participle denied once something happens",
    body: "Once the audit closes, Fanta Group will no longer be prohibited in our decks.",
    profiles: [onOrg({ competitors: ["Fanta Group"] })],
    removed: [],
  },
  {
    name: "steering round something not on file",
    body: "You don't have to work round the warehouse fire any more.",
    profiles: [onPerson({ avoidTopics: ["the board reshuffle"] })],
    removed: [],
  },
];

function check(c: WithdrawalCase, wrap: boolean) {
  expectWithdrawals(wrap ? run(c) : hear(c), c, true);
}

describe("withdrawals", () => {
  describe("heard as removals", () => {
    for (const c of withdrawals) it(c.name, () => check(c, true));
  });
  describe("traps", () => {
    for (const c of traps) it(c.name, () => check(c, true));
  });
  describe("a lift is heard as a lift (round 26)", () => {
    for (const c of lifts) it(c.name, () => check(c, true));
  });
  describe("lifts phrased another way (round 28)", () => {
    for (const c of otherPhrasings) it(c.name, () => check(c, true));
    for (const c of otherPhrasingTraps) it(`trap: ${c.name}`, () => check(c, true));
  });
  describe("the lift said in other words (round 31)", () => {
    for (const c of liftedOtherWords) it(c.name, () => check(c, true));
    for (const c of liftedOtherWordsTraps) it(`trap: ${c.name}`, () => check(c, true));
  });
  describe("a preferred channel the writer has left (round 28)", () => {
    for (const c of channelsLeft) it(c.name, () => check(c, true));
    it("'I'm no longer on X' is the writer's own, whatever organisation word is near", () => {
      const heard = run({
        name: "own leaving",
        body: "After our office move I'm no longer on WhatsApp. Email from now on, please.",
        profiles: [onPerson({ preferredChannels: ["whatsapp"] })],
      });
      expect(heard.map((s) => `${s.op} ${s.field}=${s.value} ${s.profile}`).sort()).toEqual([
        `add preferredChannels=email ${MEGGE}`,
        `remove preferredChannels=whatsapp ${MEGGE}`,
      ]);
    });
  });
  describe("other people's words", () => {
    for (const c of quotedAndSigned) it(c.name, () => check(c, true));
    it("in the signature", () => {
      check(
        {
          name: "signature",
          body: "Jo,\nAgreed.\n\nKind regards,\nMegge Anderson\nHead of Legal\nHappy to take calls again",
          profiles: [onPerson({ avoidChannels: ["phone"] })],
          removed: [],
        },
        false,
      );
    });
  });
  it("the quote is the sender's words", () => {
    const [s] = run({
      name: "quote",
      body: "We no longer mind 'Review of file' since the new guidelines came in.",
      profiles: [onOrg({ bannedBillingPhrases: ["Review of file"] })],
    });
    expect(s?.quote).toContain("no longer mind");
  });
  it("a withdrawal said twice is one suggestion", () => {
    const heard = run({
      name: "twice",
      body: "Happy to take calls again. Calls are fine now, honestly.",
      profiles: [onPerson({ avoidChannels: ["phone"] })],
    });
    expect(heard.filter((s) => s.op === "remove")).toHaveLength(1);
  });
});

// Round 26: the lift read whatever its object (lifting.ts liftsSomething), which keeps a clause
// that lifts from confirming what it names: valid rows lift, invalid rows are no lift.
const liftWords: { text: string; lifts: boolean }[] = [
  { text: "so you can drop that restriction", lifts: true },
  { text: "we have lifted the old ban on those entries", lifts: true },
  { text: "you can take them off the list of names you avoid with us", lifts: true },
  { text: "there's no longer any need to keep them out of the decks", lifts: true },
  { text: "it is no longer on the excluded list", lifts: true },
  { text: "that item comes off the list", lifts: true },
  { text: "please drop the meeting on Friday", lifts: false },
  { text: "remove the attachment before you send it on", lifts: false },
  { text: "take me off the mailing list", lifts: false },
  { text: "please drop that line from the bills", lifts: false },
  { text: "we will no longer pay for it", lifts: false },
  { text: "keep them out of the decks", lifts: false },
];

describe("the lift read whatever its object (round 26)", () => {
  for (const { text, lifts } of liftWords) {
    it(`${lifts ? "lifts" : "no lift"}: ${text}`, () => expect(liftsSomething(text)).toBe(lifts));
  }
});
