/**
 * Whether the client wants to be invited to hospitality (entertainment: welcome or avoid).
 * "As a charity we can't accept hospitality", "please take all of us off the invitation lists",
 * "I'd rather skip the hospitality circuit altogether" are avoid; "please do keep me on the list
 * for this kind of thing", "I'm always up for lunch", "you can take us off the no-invites list"
 * are welcome. Declining or accepting one invitation ("I can't make the Henley day", "Count me
 * in for the 24th") says nothing lasting and is not heard.
 */
import { HOSPITALITY } from "../lexicon";
import type { Candidate, ClauseContext } from "../recogniser";

const H = HOSPITALITY;
const US = String.raw`(?:us|me|all\s+of\s+us|any\s+of\s+us|any\s+of\s+(?:the|our)\s+[\w-]+|everyone|our\s+[\w-]+(?:\s+[\w-]+)?|the\s+(?:legal\s+)?(?:team|department|function|board)(?:\s+team)?|(?:all\s+of\s+us|everyone)\s+in\s+the\s+[\w\s]+?)`;

const AVOID: readonly RegExp[] = [
  // "we can't accept lunches, event tickets or hospitality", "nobody at Greenacre may accept hospitality"
  new RegExp(
    String.raw`\b(?:can't|cannot|can\s+not|don't|do\s+not|won't|will\s+not|may\s+not|mustn't|must\s+not|(?:are|am|is|'re|'m|'s)\s+not\s+(?:able|allowed|permitted)\s+to|unable\s+to|not\s+able\s+to|never|no\s+longer)\s+accept\s+(?:any\s+)?(?:\w+\s+){0,3}?${H}`,
    "i",
  ),
  new RegExp(
    String.raw`\bnobody\s+(?:\w+\s+){0,3}?(?:may|can|is\s+(?:allowed|permitted)\s+to)\s+accept\s+(?:\w+\s+){0,2}?${H}`,
    "i",
  ),
  // "Our policy prohibits accepting gifts or hospitality from suppliers"
  new RegExp(
    String.raw`\b(?:prohibits?|forbids?|bars?|bans?|precludes?|(?:doesn't|does\s+not|won't|will\s+not|don't|do\s+not)\s+(?:allow|permit))\s+(?:us\s+|me\s+|(?:our\s+)?(?:staff|employees|people|anyone|team)\s+)?(?:from\s+)?(?:accept(?:ing)?|receiv(?:e|ing)|tak(?:e|ing)\s+up)\s+(?:any\s+)?(?:\w+\s+){0,2}?${H}`,
    "i",
  ),
  // "Count us out of corporate events"
  new RegExp(String.raw`\bcount\s+(?:us|me)\s+out\s+of\s+(?:any\s+|all\s+)?(?:\w+\s+)?${H}`, "i"),
  // "no meals, events or gifts for any Nordhavn employee", "no golf days, dinners, tickets or similar for anyone"
  new RegExp(
    String.raw`\bno\s+${H}(?:\s*(?:,|or|and)\s*(?:\w+\s+)?${H})*(?:,?\s+or\s+similar)?\s+(?:for\s+(?:any|anyone|all|us|me)\b|from\s+(?:anyone|suppliers|advisers|advisors|firms|panel))`,
    "i",
  ),
  // "I don't do corporate hospitality", "I'd rather skip the hospitality circuit altogether"
  // "I really don't like that sort of event", "we never attend corporate events"
  new RegExp(
    String.raw`\b(?:i|we)\s+(?:really\s+|just\s+|honestly\s+)?(?:don't|do\s+not|never)\s+(?:do|like|enjoy|attend|go\s+(?:in\s+for|to))\s+(?:(?:that|this)\s+(?:sort|kind)\s+of\s+(?:thing|event|occasion)s?|${H})`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:skip|pass\s+on|sit\s+out|opt\s+out\s+of)\s+(?:the\s+)?${H}(?:\s+circuit)?\s+(?:altogether|entirely|completely|in\s+future|from\s+now\s+on)`,
    "i",
  ),
  // "please take all of us off the invitation lists", "leave all of us … off future invites"
  new RegExp(
    String.raw`\b(?:take|leave|keep|drop|remove)\s+${US}\s+(?:[\w\s]{0,40}?\s)?off\s+(?:the\s+|your\s+|any\s+|future\s+|all\s+)?(?:hospitality\s+|invitation\s+|invite\s+|mailing\s+|event\s+)?(?:lists?|invites?|invitations?)\b`,
    "i",
  ),
  // "please don't invite any of us", "stopped inviting me to things", "don't send invitations at all"
  new RegExp(
    String.raw`\b(?:don't|do\s+not|never|stop(?:ped)?|no\s+need\s+to)\s+(?:spend\s+money\s+)?invit(?:e|ing)\s+(?:any\s+of\s+)?${US}`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:don't|do\s+not|never|stop)\s+send(?:ing)?\s+(?:me\s+|us\s+)?(?:any\s+)?(?:invites?|invitations?)`,
    "i",
  ),
  new RegExp(
    String.raw`\binvitations?\s+(?:of\s+that\s+kind|like\s+(?:that|this)|of\s+this\s+kind)\s+(?:were|are)\s+not\s+sent`,
    "i",
  ),
  // "I'll have to pass, as I do with every invitation from our service providers"
  new RegExp(
    String.raw`\b(?:pass|decline|say\s+no)\s*,?\s+as\s+(?:i|we)\s+do\s+(?:with|to)\s+(?:every|all|any)\s+${H}`,
    "i",
  ),
  // "as a public official I cannot accept them" (tickets named just before): below
];
const ACCEPT_THEM =
  /\b(?:can't|cannot|can\s+not|am\s+not\s+(?:able|allowed|permitted)\s+to|may\s+not|unable\s+to|won't|will\s+not)\s+accept\s+(?:them|it|these|those|this)\b/i;

const WELCOME: readonly RegExp[] = [
  // "If your firm's ever got tickets …, count me in"
  /\bcount\s+(?:me|us)\s+in\b/i,
  // "I'm always up for lunch"
  new RegExp(
    String.raw`\b(?:i'm|i\s+am|we're|we\s+are)\s+always\s+(?:up\s+for|game\s+for|happy\s+to\s+(?:come|join)|keen\s+on|glad\s+of)\b`,
    "i",
  ),
  // "please do keep me on the list for this kind of thing", "keep me in mind for things like that"
  /\bkeep\s+(?:me|us)\s+(?:on\s+(?:the|your)\s+(?:list|radar)|in\s+mind)\b/i,
  // "Please do include me in future invitations"
  /\b(?:include|keep)\s+(?:me|us)\s+(?:in|on)\s+(?:any\s+|all\s+|your\s+)?(?:future\s+)?(?:invitations?|invites?|events?|(?:guest|invitation|invite)\s+lists?)\b/i,
  // "Please do ask me again"
  /\b(?:do\s+)?(?:ask|invite)\s+(?:me|us)\s+again\b/i,
  // "feel free to include any of the partners in that sort of thing"
  new RegExp(String.raw`\bfeel\s+free\s+to\s+(?:include|invite)\s+${US}`, "i"),
  // "I'd never say no to a match", "never going to say no to a box at Lord's"
  new RegExp(
    String.raw`\bnever\s+(?:going\s+to\s+)?say\s+no\s+to\s+(?:a|an|any)\s+(?:\w+\s+)?${H}`,
    "i",
  ),
  // "I'd love to be invited to things like that"
  /\b(?:love|like|happy|glad|keen|delighted)\s+to\s+be\s+(?:invited|asked|included)\b/i,
  // "more than happy to come to the summer party and anything else you're putting on"
  /\b(?:happy|glad|keen|delighted)\s+to\s+(?:come|join|attend)\b/i,
  // "you can take us off the no-invites list"
  /\boff\s+(?:the|your)\s+no[\s-](?:invites?|invitations?|hospitality)\s+list\b/i,
];
// A welcome must be general: "this kind of thing", "always", "ever", "again" — not "the next one".
const GENERAL =
  /\b(?:this\s+kind\s+of\s+thing|that\s+sort\s+of\s+thing|things\s+like\s+that|anything\s+like\s+that|that\s+kind\s+of\s+thing|in\s+general|always|ever|again|any\s*time|every\s+time|in\s+(?:the\s+)?future|never\s+(?:going\s+to\s+)?say\s+no|to\s+(?:anything|everything)|anything\s+else|anything\s+you(?:'re|\s+are)\s+(?:putting\s+on|organi[sz]ing|hosting)|no[\s-]invites?\s+list)\b/i;

// Words without which nothing here is said about invitations.
const TRIGGER = new RegExp(
  String.raw`${H}|\b(?:invit|count\s+(?:me|us)|say\s+no|up\s+for|keep\s+(?:me|us)|ask\s+(?:me|us)|include|accept|pass|skip|happy|glad|keen|delighted|love|list)`,
  "i",
);

export function recogniseEntertainment(context: ClauseContext): Candidate[] {
  const text = context.clause.text;
  if (!TRIGGER.test(text)) return [];
  if (AVOID.some((p) => p.test(text))) return [{ field: "entertainment", value: "avoid" }];
  if (ACCEPT_THEM.test(text)) {
    const named = new RegExp(String.raw`\b${H}\b`, "i");
    if ([context.sentence, ...context.previous].some((s) => named.test(s.text))) {
      return [{ field: "entertainment", value: "avoid" }];
    }
  }
  if (WELCOME.some((p) => p.test(text)) && GENERAL.test(context.sentence.text)) {
    return [{ field: "entertainment", value: "welcome" }];
  }
  return [];
}
