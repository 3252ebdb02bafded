/**
 * Whether the client wants to be invited to hospitality (entertainment: welcome or avoid).
 * "As a charity we can't accept hospitality", "please take all of us off the invitation lists",
 * "I'd rather skip the hospitality circuit altogether" are avoid; "please do keep me on the list
 * for this kind of thing", "I'm always up for lunch", "you can take us off the no-invites list"
 * are welcome. Declining or accepting one invitation ("I can't make the Henley day", "Count me
 * in for the 24th") says nothing lasting and is not heard.
 */
import { HOSPITALITY } from "../lexicon";
import { FOR_ONE_OCCASION } from "../lifting";
import { BODY_QUALIFIERS, ORGANISATION_BODIES } from "../organisation-bodies";
import { stancePattern, verdictAgainst, verdictFor } from "../stance";
import type { Candidate, ClauseContext } from "../recogniser";

const H = HOSPITALITY;
// Round 22 (listen-22a, analysis-lh19 §0 item 6): the organisation named by one of its bodies
// ("the committee", "the trustees", "the family", "the board", "the whole team"), as whom not to
// invite. Not another side's ("the other side's board", "their committee": no "the" before them).
const BODY = `(?:the\\s+(?:(?:${BODY_QUALIFIERS})\\s+)?(?:department|function|${ORGANISATION_BODIES})(?:\\s+team)?)`;
const US = `(?:us|me|all\\s+of\\s+us|any\\s+of\\s+us|any\\s+of\\s+(?:the|our)\\s+[\\w-]+|everyone|our\\s+[\\w-]+(?:\\s+[\\w-]+)?|${BODY}|(?:all\\s+of\\s+us|everyone)\\s+in\\s+the\\s+[\\w\\s]+?)`;

// "I can't accept anything - not even a coffee - from firms on the panel": everything refused from
// the firm's side (read on the whole sentence: an aside splits the clause)
const ACCEPT_NOTHING =
  /\b(?:can't|cannot|can\s+not|won't|will\s+not|may\s+not|mustn't|must\s+not|(?:am|are|is|'re|'m)\s+not\s+(?:able|allowed|permitted)\s+to|unable\s+to)\s+accept\s+(?:anything|a\s+thing|any\s+gifts?|gifts)\b[^.;]{0,40}?\bfrom\s+(?:you|your\s+firm|(?:law\s+)?firms|advisers|advisors|suppliers|(?:outside|external)\s+counsel|anyone|the\s+panel)\b/i;

// What a firm invites clients to, listed by name (round 12): the hospitality words, and the
// occasions clients name them by ("the quiz nights", "the box at the rugby", "the races").
const OCCASION = String.raw`(?:${H}|quiz(?:\s+nights?)?|races|race\s+meetings?|rugby|cricket|football|tennis|opera|theatre|ballet|golf|shoots?|wimbledon|ascot|henley|twickenham|lord's|the\s+grand\s+prix)\b`;
// What the firm takes clients out for or to, besides the hospitality words: "dinners or to
// Canucks games", "to the races", "for a curry".
const OCCASION_WORDS = `(?:[\\w'-]+\\s+)?(?:games?|matches|match|races|rugby|cricket|football|hockey|baseball|tennis|golf|opera|theatre|ballet|curry|curries|pints?|steak|meals?)\\b`;
// Words that make a list something other than invitations: "the distribution list", "the cc".
const NOT_INVITED = String.raw`(?:cc|bcc|e-?mails?|chains?|threads?|distribution|circulation|mailing|data|access|newsletters?|bulletins?|updates?|reports?|minutes|agendas?|calendar|diary|copy|loop|group|whatsapp|teams)\b`;

const AVOID: readonly RegExp[] = [
  // "we can't accept lunches, event tickets or hospitality", "nobody at Greenacre may accept hospitality"
  // Round 33 (listen-33b): a rule's other negatives, "doesn't accept", "should not accept".
  new RegExp(
    String.raw`\b(?:can't|cannot|can\s+not|don't|do\s+not|doesn't|does\s+not|won't|will\s+not|may\s+not|mustn't|must\s+not|shouldn't|should\s+not|(?:are|am|is|'re|'m|'s)\s+not\s+(?:able|allowed|permitted)\s+to|unable\s+to|not\s+able\s+to|(?:is\s+)?not\s+possible\s+(?:for\s+\w+\s+)?to|never|no\s+longer)\s+(?:be\s+seen\s+to\s+)?(?:accept|attend|take\s+up|receive)\s+(?:any\s+)?(?:[\w-]+\s+){0,3}?${H}`,
    "iu",
  ),
  // Round 33: "no employee may accept…", "no Halvorsen employee may…" inside a sentence, as
  // "nobody may" (another company's people: anotherCompanys).
  new RegExp(
    String.raw`\b(?:nobody|no\s+one|none\s+of\s+us|none\s+of\s+our\s+\w+|no\s+(?:[\w&'-]+\s+)?(?:employee|member\s+of\s+staff|staff\s+member|officer|director|colleague|trustee|partner)s?)\s+(?:\w+\s+){0,3}?(?:may|can|could|should|is\s+(?:allowed|permitted)\s+to)\s+(?:accept|attend|take\s+up|receive)\s+(?:[\w-]+\s+){0,3}?${H}`,
    "i",
  ),
  // Round 33: the rule in the passive with the kind as its subject: "No entertainment or
  // hospitality of any kind may be accepted from suppliers" (not "the dinner can't be accepted":
  // "no" before the kind).
  new RegExp(
    String.raw`\bno\s+${H}(?:\s*(?:,|or|and)\s*(?:\w+\s+)?${H})*(?:\s+of\s+any\s+(?:kind|sort|type))?\s+(?:may|can|could|should|will|shall|is\s+to|are\s+to)\s+(?:ever\s+)?be\s+(?:accepted|received|taken\s+up)\b`,
    "i",
  ),
  // "none of us takes hospitality from advisers": a rule stated in the present
  new RegExp(
    String.raw`\b(?:nobody|no\s+one|none\s+of\s+us|none\s+of\s+our\s+\w+)\s+(?:\w+\s+){0,2}?(?:accepts|takes|attends|receives)\s+(?:any\s+)?(?:[\w-]+\s+){0,3}?${H}`,
    "i",
  ),
  // "Outside counsel shall not offer our employees meals, gifts or entertainment"
  new RegExp(
    String.raw`\b(?:shall|must|may|should)\s+not\s+(?:offer|provide|give|extend|arrange)\s+(?:[\w-]+\s+){0,3}?${H}`,
    "i",
  ),
  // "Our code of conduct doesn't allow us to accept hospitality", "bars the legal team from
  // accepting hospitality"
  new RegExp(
    String.raw`\b(?:(?:doesn't|does\s+not|won't|will\s+not|don't|do\s+not)\s+(?:allow|permit)|prohibits?|forbids?|bars?|precludes?|prevents?|stops?)\s+(?:[\w'-]+\s+){0,4}?(?:to|from)\s+(?:accept(?:ing)?|attend(?:ing)?|receiv(?:e|ing)|tak(?:e|ing)\s+up)\s+(?:any\s+)?(?:[\w-]+\s+){0,3}?${H}`,
    "i",
  ),
  // "gifts and hospitality are off limits for all of us"
  new RegExp(
    String.raw`${H}(?:\s*(?:,|and|or)\s*${H})*\s+(?:is|are)\s+(?:strictly\s+|now\s+)?(?:off[\s-]limits|not\s+(?:allowed|permitted|possible|acceptable)|prohibited|forbidden|banned|out\s+of\s+the\s+question)`,
    "i",
  ),
  // A rule in the passive, as a policy writes it: "Gifts and hospitality offered by panel firms
  // must be declined", "All invitations from suppliers are to be refused". Not one occasion ("the
  // dinner invitation must be declined": the clause opens with a determiner, not the kind).
  new RegExp(
    String.raw`^(?:\(?\d{1,2}[.)]\s+|[-•*]\s+)?(?:(?:all|any)\s+)?(?:(?:corporate|client|external|supplier|third[\s-]party)\s+)?${H}(?:\s*(?:,|and|or)\s*${H})*\s+(?:[\w-]+\s+){0,5}?(?:must|should|will|shall|are\s+to|is\s+to)\s+(?:always\s+)?be\s+(?:politely\s+)?(?:declined|refused|returned|turned\s+down)\b`,
    "i",
  ),
  // "a blanket no-gifts, no-hospitality rule", "no hospitality from suppliers", "please no
  // hospitality invitations to me"
  new RegExp(
    String.raw`\bno[\s-]+${H}(?:\s+(?:invitations?|invites?))?(?:[\s,]+no[\s-]+${H})*[\s,-]+(?:rule|policy|from\s+(?:suppliers|advisers|advisors|firms|panel|anyone|vendors|providers)|to\s+(?:me|us|anyone)|for\s+(?:me|us|any|anyone)\b|of\s+any\s+kind|whatsoever)`,
    "i",
  ),
  new RegExp(String.raw`\b(?:please|pls)\s+no\s+(?:more\s+)?${H}`, "i"),
  // "No golf days, thanks", "no more hampers, please": the short request, standing alone
  new RegExp(
    String.raw`^(?:and\s+|so\s+)?no\s+(?:more\s+)?${H}(?:\s+(?:invitations?|invites?))?\s*,?\s*(?:please|pls|plz|thanks|thank\s+you|thx)\b`,
    "i",
  ),
  // "no golf days / box seats etc. pls", "No hospitality or tickets, thanks": a verbless refusal
  // whose whole clause is the list and the "please"
  new RegExp(
    String.raw`^no\s+(?:more\s+)?${H}(?:\s*(?:[/,&+]|\band\b|\bor\b|\bnor\b)\s*(?:no\s+)?[\w-]+(?:\s+[\w-]+)?)*(?:[\s,]*etc\.?)?[\s,-]*(?:please|pls|plz|thanks|thank\s+you|ta)\b[.!\s]*$`,
    "i",
  ),
  // "I no longer wish to receive hospitality invitations", "we do not want to be sent tickets"
  new RegExp(
    String.raw`\b(?:no\s+longer|don't|do\s+not|doesn't|does\s+not|not)\s+(?:wish|want|need)\s+to\s+(?:receive|get|be\s+sent|be\s+offered)\s+(?:any\s+(?:more\s+)?|further\s+)?(?:[\w-]+\s+){0,2}?${H}`,
    "i",
  ),
  // "I decline all corporate hospitality as a matter of principle"
  new RegExp(
    String.raw`\b(?:i|we)\s+(?:always\s+)?(?:decline|refuse|turn\s+down|say\s+no\s+to)\s+(?:all|any|every)\s+(?:[\w-]+\s+){0,2}?${H}`,
    "i",
  ),
  // Round 33: "I must decline hospitality of any kind", "we have to refuse gifts and hospitality
  // from advisers": the kind itself (no "the"), of any kind or from whoever offers it.
  new RegExp(
    String.raw`\b(?:i|we)\s+(?:(?:must|have\s+to|need\s+to|will|'ll|always)\s+)?(?:decline|refuse|turn\s+down)\s+(?:[\w-]+\s+(?:or|and)\s+)?${H}\s+(?:of\s+any\s+(?:kind|sort|type)|from\s+(?:any\s+)?(?:advisers|advisors|suppliers|firms|law\s+firms|vendors|anyone|outside))`,
    "i",
  ),
  // "don't arrange drinks or a lunch for me", "Please don't waste a ticket on me"
  new RegExp(
    String.raw`\b(?:don't|do\s+not|never|no\s+need\s+to)\s+(?:arrange|organi[sz]e|book|buy|get|send|waste|spend\s+\w+\s+on|offer|hold|lay\s+on)\s+(?:any\s+|a\s+|an\s+)?(?:[\w-]+\s+)?${H}(?:\s+(?:or|and)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?${H})*\s+(?:for|on|to)\s+(?:me|us|any\s+of\s+us|anyone)\b`,
    "i",
  ),
  // "please don't include me or any of the trustees in the summer party or similar invitations"
  new RegExp(
    String.raw`\b(?:don't|do\s+not|never|no\s+need\s+to)\s+(?:include|invite)\s+${US}(?:\s+(?:or|and)\s+${US})?\s+(?:in|on|to)\s+(?:the\s+|your\s+|any\s+)?(?:[\w-]+\s+){0,3}?${H}`,
    "iu",
  ),
  // "I'd be grateful if you would not send invitations of this kind to anyone at the Council"
  new RegExp(
    String.raw`\b(?:would\s+not|wouldn't|could\s+not|couldn't)\s+send\s+(?:me\s+|us\s+)?(?:any\s+)?(?:invites?|invitations?)`,
    "i",
  ),
  // "please leave Granite off those lists": the organisation by its name (case matters here).
  // Not a list of names, brands or words to avoid (round 13: "take Arcon off your list of names to
  // avoid", "drop Vellum off the do-not-mention list" take a value off that list; round 26: nor a
  // list named by what its keeper does, "take WhatsApp off the list of channels we don't use").
  /\b(?:[Tt]ake|[Ll]eave|[Kk]eep|[Dd]rop|[Rr]emove|[Ss]trike|[Cc]ross)\s+\p{Lu}[\p{L}-]+\s+off\s+(?:the|your|any|all|those|these)\s+(?!(?:do-not-|never-|no-go|no-mention|no-name|banned|blocked|sensitive|competitors?|rivals?|non-billable)\S*\s+lists?\b)(?:[\w-]+\s+)?lists?\b(?!\s+of\s+(?:[\w-]+\s+){0,2}?(?:names?|brands?|competitors?|rivals?|companies|topics?|subjects?|words?|phrases?|entries|terms)\b|\s+of\s+(?:[\w-]+\s+){1,2}?(?:(?:that|which)\s+)?(?:we|you|I)\s+(?:avoid|reject|exclude|ban|bar|block|refuse|don't|do\s+not|won't|will\s+not|never|can't|cannot)\b)/u,
  // "I would prefer not to be invited to the firm's events", "the committee would rather not be
  // invited" (round 22: "rather" takes the bare infinitive)
  /\b(?:(?:prefer|like)\s+not\s+to|rather\s+not(?:\s+to)?)\s+be\s+(?:invited|asked|included)\b/i,
  // Round 22: "the trustees would prefer not to receive invitations to events"
  new RegExp(
    `\\b(?:(?:prefer|like)\\s+not\\s+to|rather\\s+not(?:\\s+to)?)\\s+(?:receive|get|be\\s+sent|be\\s+offered)\\s+(?:any\\s+(?:more\\s+)?|further\\s+)?(?:[\\w-]+\\s+){0,2}?${H}`,
    "i",
  ),
  // Round 22: "please don't send the team any hampers or tickets", "don't send us tickets":
  // hospitality sent to the writer's side, not where one lot goes ("send us the tickets").
  new RegExp(
    `\\b(?:don't|do\\s+not|never|no\\s+need\\s+to|please\\s+stop)\\s+send(?:ing)?\\s+${US}\\s+(?:any\\s+(?:more\\s+)?|more\\s+|further\\s+)?(?!the\\b|these\\b|those\\b|this\\b|that\\b)(?:[\\w-]+\\s+)?${H}`,
    "iu",
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
    String.raw`\b(?:i|we)\s+(?:really\s+|just\s+|honestly\s+)?(?:don't|do\s+not|never)\s+(?:do|like|enjoy|attend|go\s+(?:in\s+for|to))\s+(?:(?:that|this|these|those|such)\s+(?:sorts?|kinds?)\s+of\s+(?:things?|events?|occasions?)|(?!(?:many|much|a\s+lot|lots|enough|as\s+many|that\s+many)\b)(?:[\w-]+\s+){0,2}?${H})`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:skip|pass\s+on|sit\s+out|opt\s+out\s+of)\s+(?:the\s+)?${H}(?:\s+circuit)?\s+(?:altogether|entirely|completely|in\s+future|from\s+now\s+on)`,
    "i",
  ),
  // "please take all of us off the invitation lists", "leave all of us … off future invites",
  // "take all of us at Vale & Co off the list"
  new RegExp(
    String.raw`\b(?:take|leave|keep|drop|remove|strike|cross)\s+${US}\s+(?:[\w\s&.,'-]{0,40}?\s)?off\s+(?:the\s+|your\s+|any\s+|future\s+|all\s+|those\s+|these\s+)?(?:hospitality\s+|invitation\s+|invite\s+|mailing\s+|event\s+)?(?:lists?|invites?|invitations?)\b`,
    "iu",
  ),
  // The invitations listed rather than the list named (round 12): "please leave us off the quiz
  // nights and the box at the rugby", "take me off the list for the golf days and the races". Not
  // a list of something else ("leave me off the distribution list for the newsletter", "off the
  // cc", "off the email chain about the dinner": the words between name no invitations).
  new RegExp(
    String.raw`\b(?:take|leave|keep|drop|strike|cross)\s+${US}\s+(?:[\w\s&.,'-]{0,40}?\s)?off\s+(?:(?!${NOT_INVITED})[\w'-]+\s+){0,4}?${OCCASION}`,
    "iu",
  ),
  // "Please remove me from your events list", "unsubscribe us from the hospitality invitations"
  new RegExp(
    String.raw`\b(?:remove|delete|drop|strike|unsubscribe|take)\s+${US}\s+(?:[\w\s&.,'-]{0,40}?\s)?from\s+(?:the\s+|your\s+|any\s+|all\s+|future\s+)?(?:[\w-]+\s+)?(?:(?:hospitality|invitation|invite|events?|guest|entertainment|party|parties|client\s+events?)\s+(?:lists?|invitations?|invites?|mailings?)|(?:invitations?|invites?)\s+(?:to|for)\s+(?:[\w'-]+\s+){0,3}?${OCCASION})`,
    "iu",
  ),
  // Round 22: the request said as what the firm should not do ("we would ask that the firm does
  // not invite the committee to drinks receptions", "we'd prefer you didn't invite us to
  // hospitality", "please would you not take the board out for dinners"): a mandative or a
  // wish about the firm, then whom and what.
  new RegExp(
    `\\b(?:ask|asking|request|requesting|prefer|rather|grateful\\s+if|appreciate\\s+it\\s+if|insist|hope)\\s+(?:that\\s+)?(?:the\\s+firm|you|your\\s+(?:firm|team|people|colleagues|office)|[A-Z][\\w&'-]+)\\s+(?:does\\s+not|do\\s+not|doesn't|don't|did\\s+not|didn't|would\\s+not|wouldn't|should\\s+not|shouldn't|could\\s+not|couldn't|not|never|no\\s+longer)\\s+(?:invit(?:e|es)\\s+(?:any\\s+of\\s+)?${US}(?:\\s+(?:or|and)\\s+${US})?\\s+(?:to|in|on)\\s+(?:[\\w'-]+\\s+){0,3}?${H}|take\\s+${US}\\s+out\\s+(?:for|to)\\s+(?:[\\w'-]+\\s+){0,3}?(?:${H}|${OCCASION_WORDS}))`,
    "iu",
  ),
  // "please do not take the board out for dinners", "don't take us out to the races" (not "no
  // need to take us out…", round 16b: a kindness declined, neither refusal nor welcome)
  new RegExp(
    `\\b(?:don't|do\\s+not|never|please\\s+stop)\\s+tak(?:e|ing)\\s+${US}\\s+out\\s+(?:for|to)\\s+(?:[\\w'-]+\\s+){0,3}?(?:${H}|${OCCASION_WORDS})`,
    "iu",
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
  // "please don't trouble yourselves with invitations of that sort", "no need to bother with
  // tickets for us"
  new RegExp(
    String.raw`\b(?:don't|do\s+not|never|no\s+need\s+to)\s+(?:trouble|bother|worry)\s+(?:yourselves|yourself|your\s+team)?\s*(?:with|about)\s+(?:any\s+|the\s+|such\s+)?(?:[\w-]+\s+){0,2}?${H}`,
    "i",
  ),
  // "a personal rule not to accept hospitality", "a policy of declining all corporate hospitality"
  new RegExp(
    String.raw`\b(?:rule|policy|practice|principle|habit|position)\s+(?:of\s+|is\s+(?:to\s+|that\s+(?:i|we)\s+)?|to\s+)?(?:(?:not|never)\s+(?:to\s+)?(?:accept(?:ing)?|attend(?:ing)?|tak(?:e|ing)\s+up|receiv(?:e|ing))|declin(?:e|ing)|refus(?:e|ing)|turn(?:ing)?\s+down)\s+(?:any\s+|all\s+|every\s+)?(?:[\w-]+\s+){0,3}?${H}`,
    "i",
  ),
  // "Please don't waste your hospitality budget on us", "no need to spend your entertainment money
  // on me"
  new RegExp(
    String.raw`\b(?:don't|do\s+not|never|no\s+need\s+to)\s+(?:waste|spend|use)\s+(?:your\s+|the\s+firm's\s+|any\s+|good\s+)?(?:[\w-]+\s+)?${H}(?:\s+(?:budget|money|spend|allowance))?\s+on\s+(?:me|us|any\s+of\s+us)\b`,
    "i",
  ),
  // "save the hospitality for clients who enjoy it"
  new RegExp(
    String.raw`\bsave\s+(?:the\s+|your\s+)?(?:[\w-]+\s+)?${H}\s+for\s+(?:other\s+|clients|people|someone|those|anyone|the\s+clients)`,
    "i",
  ),
  // A gracious refusal that is a standing wish: "please don't feel you need to invite me", "no
  // need to feel obliged to include us in these things"
  /\b(?:don't|do\s+not|never|no\s+need\s+to)\s+feel\s+(?:that\s+)?(?:you\s+(?:need|have|ought|must)\s+to|obliged\s+to|(?:any\s+)?(?:need|obligation|pressure)\s+to)\s+(?:invite|include|ask)\s+(?:me|us|any\s+of\s+us)\b/i,
  // Seasonal gifts declined: "please don't send anything at Christmas", "no need to send us a
  // hamper this year or any year"; and the donation asked for instead: "we'd much rather you gave
  // to charity"
  /\b(?:don't|do\s+not|never|no\s+need\s+to|please\s+stop)\s+(?:send(?:ing)?|buy(?:ing)?|get(?:ting)?)\s+(?:me\s+|us\s+|any\s+of\s+us\s+)?(?:anything|any\s+(?:gifts?|presents?|hampers?)|gifts?|presents?|hampers?|a\s+hamper|a\s+gift|a\s+present)\b[^.;]{0,30}?\b(?:at|for|over|this)\s+(?:christmas|xmas|the\s+festive\s+season|the\s+holidays|holiday\s+season|new\s+year|diwali|eid|hanukkah)\b/i,
  /\brather\s+you\s+(?:gave|donated|made\s+a\s+donation|sent\s+(?:the\s+money|a\s+donation))\s+(?:\w+\s+)?to\s+(?:a\s+|our\s+|the\s+|your\s+)?(?:chosen\s+|local\s+)?charit(?:y|ies)\b/i,
  // "as a public official I cannot accept them" (tickets named just before): below
];
// A label and its value: "Hospitality: none, thank you", "Invitations – always welcome"
const LABEL = String.raw`^(?:(?:corporate\s+|client\s+)?(?:hospitality|entertainment)|invitations?|invites|events|tickets)\s*(?::|\s[–-])\s*`;
const LABEL_AVOID = new RegExp(
  String.raw`${LABEL}(?:none|no\b|not\s+for\s+(?:me|us)|no\s+thanks?|please\s+don't|never|declined?|we\s+can't|(?:not|never)\s+accepted)`,
  "i",
);
const LABEL_WELCOME = new RegExp(
  String.raw`${LABEL}(?:yes\b|(?:always\s+)?welcome|always|happy|love|count\s+(?:me|us)\s+in|please\s+do|keep\s+them\s+coming)`,
  "i",
);

const ACCEPT_THEM =
  /\b(?:(?:can't|cannot|can\s+not|am\s+not\s+(?:able|allowed|permitted)\s+to|may\s+not|unable\s+to|won't|will\s+not)\s+accept|(?:doesn't|does\s+not|don't|do\s+not|won't|will\s+not)\s+(?:allow|permit)\s+(?:[\w'-]+\s+){0,3}?to\s+accept)\s+(?:them|it|these|those|this)\b/i;

// An outing with the firm's people, as a client names it: a meal, a drink, a game.
const OUTING = String.raw`(?:curry|curries|pint|pints|drinks?|beers?|glass\s+of\s+\w+|meal|bite\s+to\s+eat|bite|lunch(?:es)?|dinners?|round\s+of\s+golf|golf|game\s+of\s+(?:golf|tennis|squash|cricket)|night\s+out|day\s+at\s+the\s+races)\b`;

const WELCOME: readonly RegExp[] = [
  // "If your firm's ever got tickets …, count me in"
  /\bcount\s+(?:me|us)\s+in\b/i,
  // "I'm always up for lunch"
  new RegExp(
    String.raw`\b(?:i'm|i\s+am|we're|we\s+are)\s+always\s+(?:up\s+for|game\s+for|happy\s+to\s+(?:come|join)|keen\s+on|glad\s+of)\b(?!\s+(?:a\s+|the\s+)?(?:challenge|fight|argument|debate|discussion|call|chat|meeting|review|update)s?\b)`,
    "i",
  ),
  // "please do keep me on the list for this kind of thing", "keep me in mind for things like that"
  /\bkeep\s+(?:me|us)\s+(?:on\s+(?:the|your)\s+(?:list|radar)|in\s+mind)\b/i,
  // "Please do include me in future invitations"
  /\b(?:include|keep)\s+(?:me|us)\s+(?:in|on)\s+(?:any\s+|all\s+|your\s+)?(?:future\s+)?(?:invitations?|invites?|events?|(?:guest|invitation|invite)\s+lists?)\b/i,
  // "Please do ask me again"
  // (round 13: "you can invite us to things again", "feel free to start inviting me to your events
  // again": what to is said in general words, not one occasion)
  /\b(?:do\s+)?(?:ask|invite)\s+(?:me|us)\s+again\b/i,
  /\b(?:ask(?:ing)?|invit(?:e|ing))\s+(?:me|us|any\s+of\s+us)\s+(?:along\s+)?to\s+(?:things|stuff|events|your\s+(?:events|things|dos|functions|drinks|lunches|dinners)|(?:the\s+)?(?:odd\s+)?(?:event|do|thing)s?)\s+(?:again|once\s+more)\b/i,
  // "feel free to include any of the partners in that sort of thing"; (round 26) "you're welcome
  // to invite us to the launch and anything like it in future"
  new RegExp(
    String.raw`\b(?:feel\s+free|you(?:'re|\s+are)\s+(?:very\s+|always\s+|most\s+|more\s+than\s+|now\s+)?welcome)\s+to\s+(?:include|invite|send)\s+${US}`,
    "iu",
  ),
  // "Do keep inviting me", "please keep asking us"
  /\bkeep\s+(?:inviting|asking|including)\s+(?:me|us)\b/i,
  // "never let it be said I turned down a long lunch", "I never turn down a ballgame"
  new RegExp(
    String.raw`\bnever\s+(?:[\w']+\s+){0,5}?(?:turn(?:s|ed)?\s+down|refuse[sd]?|say\s+no\s+to|said\s+no\s+to)\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?${H}`,
    "i",
  ),
  // "I'm partial to a day at the races"
  new RegExp(
    String.raw`\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:very\s+|rather\s+|quite\s+|always\s+)?(?:partial\s+to|a\s+sucker\s+for|a\s+soft\s+touch\s+for)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?${H}`,
    "i",
  ),
  // "yes to any and all invites"
  new RegExp(String.raw`\byes\s+to\s+(?:any|all|every)(?:\s+and\s+all)?\s+(?:[\w-]+\s+)?${H}`, "i"),
  // "count Fernhill in"
  /\bcount\s+\p{Lu}[\p{L}-]+\s+in\b/u,
  // "I'd never say no to a match", "never going to say no to a box at Lord's"
  new RegExp(
    String.raw`\bnever\s+(?:going\s+to\s+)?say\s+no\s+to\s+(?:a|an|any)\s+(?:\w+\s+)?${H}`,
    "i",
  ),
  // "I'd love to be invited to things like that"
  /\b(?:love|like|happy|glad|keen|delighted)\s+to\s+be\s+(?:invited|asked|included)\b/i,
  // "more than happy to come to the summer party and anything else you're putting on"
  /\b(?:love|like|happy|glad|keen|delighted)\s+to\s+(?:come|join|attend)(?:\s+along)?\b/i,
  // "we can now accept client events again", "we're able to accept hospitality once more"
  new RegExp(
    String.raw`\b(?:i|we)\s*(?:can|'re\s+able\s+to|are\s+able\s+to|am\s+able\s+to|'m\s+able\s+to|are\s+allowed\s+to|'re\s+allowed\s+to|may)\s+(?:now\s+)?(?:once\s+again\s+)?(?:accept|attend|take\s+up)\s+(?:[\w-]+\s+){0,3}?${H}\s+(?:again|once\s+more|once\s+again)\b`,
    "i",
  ),
  // "I always enjoy these lunches", "we do look forward to your client evenings"
  new RegExp(
    String.raw`\b(?:i|we)\s+(?:always|really|do|genuinely|very\s+much)\s+(?:enjoy|look\s+forward\s+to|appreciate)\s+(?:these|those|your|the\s+firm's|the)\s+(?:[\w-]+\s+){0,2}?(?:lunch(?:es)?|dinners?|drinks|receptions?|evenings?|events?|outings?|days\s+out|invitations?|invites?|hospitality|tickets)\b`,
    "i",
  ),
  // "Drinks are always welcome!", "invitations are ever welcome here"
  new RegExp(
    String.raw`${H}(?:\s+(?:and|or)\s+${H})?\s+(?:are|is)\s+(?:always|ever|very\s+much)\s+(?:welcome|appreciated|a\s+pleasure)\b`,
    "i",
  ),
  // "Always up for a curry with your lot", "always keen on a round of golf", "Happy to grab a
  // drink any time": an outing with the firm's people welcomed in general (GENERAL below:
  // "always", "any time"), in the writer's own terms rather than the word "hospitality"
  new RegExp(
    String.raw`(?:^|\b(?:i'm|i\s+am|we're|we\s+are)\s+)(?:always|ever)\s+(?:up\s+for|game\s+for|keen\s+on|glad\s+of|partial\s+to)\s+(?:a|an|some|the\s+odd)\s+(?:[\w-]+\s+){0,2}?${OUTING}`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:happy|glad|keen|delighted|always\s+happy)\s+to\s+(?:grab|have|go\s+for|get|join\s+(?:you|your\s+[\w-]+)\s+for)\s+(?:a|an|some)\s+(?:[\w-]+\s+){0,2}?${OUTING}\b(?=.*\b(?:any\s*time|whenever|always|ever)\b)`,
    "i",
  ),
  // "you can take us off the no-invites list"
  /\boff\s+(?:the|your)\s+no[\s-](?:invites?|invitations?|hospitality)\s+list\b/i,
];
// A welcome must be general: "this kind of thing", "always", "ever", "again" — not "the next one".
const GENERAL =
  /\b(?:this\s+kind\s+of\s+thing|that\s+sort\s+of\s+thing|things\s+like\s+that|anything\s+like\s+that|that\s+kind\s+of\s+thing|in\s+general|always|ever|again|any\s*time|every\s+time|in\s+(?:the\s+)?future|never\s+(?:going\s+to\s+)?say\s+no|to\s+(?:anything|everything)|anything\s+else|anything\s+you(?:'re|\s+are)\s+(?:putting\s+on|organi[sz]ing|hosting)|no[\s-]invites?\s+list|any\s+(?:of\s+your\s+)?(?:[\w-]+\s+)?(?:events?|invites?|invitations?|things)|all\s+(?:your\s+)?(?:[\w-]+\s+)?events|things\s+like\s+(?:it|this)|keep\s+(?:inviting|asking)|never\s+(?:[\w']+\s+){0,5}?turn(?:s|ed)?\s+down|partial\s+to|yes\s+to\s+(?:any|all)|count\s+\w+\s+in|i\s+enjoy\s+(?:them|it|these)|more\s+of\s+(?:your|these|those|the\s+firm's))\b/i;

// Words without which nothing here is said about invitations.
const TRIGGER = new RegExp(
  String.raw`${H}|\b(?:invit|christmas|xmas|festive|charit|count\s+\w+|say\s+no|up\s+for|keep\s+(?:me|us)|ask\s+(?:me|us)|include|accept|pass|skip|happy|glad|keen|delighted|love|list|partial|turn|decline|enjoy|evenings?)`,
  "i",
);

// The general reading (stance.ts): a cue of refusal or liking, a few words of whom and how, then
// hospitality ("I'm not one for corporate dinners", "please stop sending us tickets", "we're big
// fans of your client evenings").
// ("skip the golf and dinners": one list of outings)
const HOSPITALITY_FILLER = String.raw`(?:and|or|golf|shoots?|shooting|racing|corporate|client|firm's|firm|staff|employees|anyone|people|sending|send|offering|offer|invitations?\s+to|invites?\s+to|accept|accepting|attend|attending|take\s+up|big|fancy|formal|networking|summer|christmas|annual|of|from|in)`;
// "spare me the match reports": a hospitality word naming something else.
const NOT_HOSPITALITY = String.raw`(?!\s+(?:reports?|updates?|results?|scores?|analysis|commentary|talk|chat|fixtures?|numbers?|dates?\s+for\s+the\s+(?:hearing|trial)))`;
// Only words that name hospitality whatever the sentence ("box", "show", "match" and "party" do
// so only with a word beside them: "I do not have a box with a tape drive").
// "invite" followed by whom is the verb ("don't invite the other side's counsel"), not the noun.
const HOSTED = String.raw`(?:(?:corporate|client)\s+)?(?:hospitality|entertainment|entertaining|invitations?|invites?(?!\s+(?:the|a|an|them|him|her|his|their|my|our|your|any|all|every|people|anyone|someone|[\p{Lu}]))|lunch(?:es)?|dinners?|drinks|receptions?|(?:event\s+|match\s+|concert\s+|theatre\s+|opera\s+)?tickets?|gifts?|golf\s+days?|galas?|hampers?|(?:client|corporate|summer|christmas|firm|networking|sporting|hospitality)\s+(?:events?|part(?:y|ies)|evenings?|days?|boxe?s?|outings?)|days?\s+(?:out|at\s+the\s+(?:races|cricket|tennis|rugby|football|opera|theatre)))`;
const AGAINST_HOSPITALITY = stancePattern(
  "against",
  `${HOSTED}${NOT_HOSPITALITY}`,
  HOSPITALITY_FILLER,
);
const FOR_HOSPITALITY = stancePattern("for", `${HOSTED}${NOT_HOSPITALITY}`, HOSPITALITY_FILLER);
// "keep me on the list", "I'd love to stay on your invitation list", "keep the invitations coming"
const KEEP_INVITING =
  /\b(?:(?:keep|kept|leave|put|add)\s+(?:me|us|(?:all\s+)?of\s+us|everyone\s+here)|(?:be|be\s+kept|stay|remain))\s+(?:on|to)\s+(?:the|your|any|all)\s+(?:[\w-]+\s+){0,2}?lists?\b|\bkeep\s+(?:the\s+|your\s+)?(?:invitations?|invites?|tickets)\s+coming\b/i;

// "the dinner invitation", "this lunch": one occasion, not hospitality in general.
const ONE_OCCASION =
  /\b(?:the|this|that|tomorrow's|tonight's)\s+(?:[\w'-]+\s+){0,2}?[\w'-]*[^s\s]$/i;

function general(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!ONE_OCCASION.test(m[0])) return true;
  }
  return false;
}

// "Corporate events really aren't my thing", "drinks and dinners are not for us".
const VERDICT_ON_HOSPITALITY = verdictAgainst(
  String.raw`(?:(?:the|all\s+the|these|those|big|formal|corporate|client|networking)\s+)?${HOSTED}${NOT_HOSPITALITY}(?:\s+(?:and|or|&)\s+(?:[\w-]+\s+)?${HOSTED})?(?:\s+(?:really|honestly|just|simply|generally))?`,
);

// "A day at the races is right up my street", "client dinners are very much our thing".
const VERDICT_FOR_HOSPITALITY = verdictFor(
  String.raw`(?:(?:a|the|all\s+the|these|those|big|formal|corporate|client|networking|good|long)\s+)?${HOSTED}${NOT_HOSPITALITY}(?:\s+(?:and|or|&)\s+(?:[\w-]+\s+)?${HOSTED})?`,
);

function stanceOnHospitality(text: string): "avoid" | "welcome" | undefined {
  if (general(AGAINST_HOSPITALITY, text) || general(VERDICT_ON_HOSPITALITY, text)) return "avoid";
  if (general(FOR_HOSPITALITY, text) || KEEP_INVITING.test(text)) return "welcome";
  if (general(VERDICT_FOR_HOSPITALITY, text)) return "welcome";
  return undefined;
}

// "Ask me again in the spring": a later date for this one, not a standing welcome.
const LATER = /\bagain\s+(?:in|next|after|around|nearer|closer\s+to|once)\b/i;

// One reading of a welcome: a cue that the writer welcomes invitations, said in general. The
// generality is a GENERAL word in the sentence, or the object of an invitation asked for.
// Round 25 (analysis-lh22 group E: lh22 tunecrate, waitemata; lh16 karimov) and round 26
// (analysis-lh23 M17, lh9 castellan): an invitation asked for ("please do invite me", "ask us
// along", "you're welcome to invite us") names no hospitality; its object is what makes it general
// ("to things", "any time", "whenever", at the clause's end; "to your events"). "Invite me to
// anything about the lease", "invite us any time you need a call" and "you're welcome to invite us
// to the launch" are meetings or one occasion, and stay unread. (Not "don't be shy with
// invitations": its one case, lh22 waitemata, is a relay whose holder this reading cannot tell.)
const INVITATION_ASKED =
  /(?:(?:^|[,;:]\s*)(?:(?:and|so|but|just)\s+)?|\b(?:do|please|feel\s+free\s+to|you(?:'re|\s+are)\s+(?:very\s+|always\s+|most\s+|more\s+than\s+|now\s+)?welcome\s+to)\s+)(?:(?:invite|include)\s+(?:me|us|any\s+of\s+us)(?:\s+along)?|ask\s+(?:me|us|any\s+of\s+us)\s+along)\s+/i;
const GENERAL_OBJECT =
  /^(?:(?:to\s+(?:things|stuff|anything|everything)|any\s*time|whenever)(?=\s*(?:[.,;!]|$|\s+(?:please|again|like\s+that)\b))|to\s+(?:all\s+|any\s+)?(?:of\s+)?your\s+(?:[\w-]+\s+){0,2}?(?:events|functions|dos|evenings|receptions|things)\b)/i;

function welcomed(text: string, sentence: string): boolean {
  if (LATER.test(text)) return false;
  const asked = INVITATION_ASKED.exec(text);
  const ownObject = asked && GENERAL_OBJECT.test(text.slice(asked.index + asked[0].length));
  return !!ownObject || (WELCOME.some((p) => p.test(text)) && GENERAL.test(sentence));
}

// Round 29 (listen-29a; analysis-lh26 E, analysis-lh24: lh26 quietwater, lh16 lantern): a
// welcome said as a permission given again to the writer's own people, not as an invitation asked
// for: "staff may again accept reasonable invitations from advisers", "our people are allowed to
// accept hospitality now", "modest hospitality from our advisers is fine now". Read by
// construction: the organisation's people (or "we") with a modal of permission, or hospitality in
// general as the subject of the writer's verdict "fine / OK / back on" (not of a rule's "is now
// allowed": the dev writer of l3-111 reads "modest hospitality from advisers is now allowed if
// it's logged" as a permission with conditions, not a welcome). What is permitted is hospitality
// in the plural or uncounted ("the dinner", "your invitation" and a working lunch are one
// occasion or a meeting, and stay unread); a word of change ("again", "now") must be said, so a
// rule that has always held is no new welcome. Not after a negation or in a question reported
// ("you asked whether our team can accept invitations again").
const OWN_PEOPLE = String.raw`(?:we|our\s+(?:[\w-]+\s+){0,2}?(?:staff|people|team|teams|employees|colleagues|officers|directors|partners|trustees|members|executives|managers|lawyers)|(?:all\s+)?staff|employees|colleagues|everyone\s+here|\p{Lu}[\p{L}&'-]*\s+(?:staff|employees|people|colleagues))`;
const CHANGE = String.raw`(?:again|now|once\s+(?:more|again)|from\s+now\s+on|going\s+forward|these\s+days)`;
const NOT_ONE = String.raw`(?!(?:the|this|that|your|tomorrow's|tonight's)\b)`;
const HOSPITALITY_IN_GENERAL = String.raw`(?:hospitality|entertainment|invitations|invites|gifts|events|lunches|dinners|meals|tickets)\b`;
// A kind of hospitality in general: plural or uncounted ("lunches", "hospitality"), or one said
// as any of them ("the odd event", "an occasional dinner").
const GENERAL_KIND = String.raw`(?:(?:(?:modest|reasonable|occasional|corporate|client|small|simple|working)\s+)?(?:hospitality|entertainment|invitations|invites|gifts\s+(?:and|&)\s+hospitality|lunches|dinners|drinks|meals|receptions|events|tickets|gifts)|(?:the\s+odd|the\s+occasional|an?\s+occasional)\s+(?:[\w-]+\s+)?(?:lunch|dinner|drink|meal|reception|event|ticket|invitation))`;
const PERMITTED = [
  new RegExp(
    String.raw`\b${OWN_PEOPLE}\s+(?:may|can|(?:are|'re)\s+(?:now\s+|again\s+)?(?:allowed|permitted|free|able)\s+to)\s+(?:${CHANGE}\s+)?(?:accept|attend|take\s+up|receive|go\s+to)\s+(?:${NOT_ONE}[\w-]+\s+){0,3}?${HOSPITALITY_IN_GENERAL}`,
    "iu",
  ),
  // Round 31 (lh28 ravnsborg; the lifting construction, listen-31a): hospitality in general may be
  // named by its kinds, two joined ("modest lunches and the odd event with our advisers are fine
  // again"); each kind plural or "the odd / the occasional" one, so still no one occasion.
  new RegExp(
    String.raw`(?:^|[\s,;:(-])${GENERAL_KIND}(?:\s+(?:and|or|&)\s+${GENERAL_KIND})?(?:\s+(?:from|by|with)\s+(?:our\s+|your\s+|the\s+)?(?:[\w-]+\s+)?(?:advisers|advisors|firms|suppliers|you|counsel|lawyers|solicitors))?\s+(?:is|are|'s)\s+(?:${CHANGE}\s+)?(?:fine|ok|okay|back\s+on)\b`,
    "i",
  ),
];
const CHANGED = new RegExp(String.raw`\b${CHANGE}\b`, "i");
const NEGATED_BEFORE = /\b(?:not|never|no\s+longer|nobody|no\s+one|none)\b|n't\b/i;

function permitted(text: string): boolean {
  if (!CHANGED.test(text) || FOR_ONE_OCCASION.test(text)) return false;
  for (const p of PERMITTED) {
    const m = p.exec(text);
    if (!m) continue;
    const before = text.slice(0, m.index);
    if (!NEGATED_BEFORE.test(before) && !REPORTED_QUESTION.test(before)) return true;
  }
  return false;
}

// A limit, not a refusal: "we can't accept gifts worth more than £50", "hospitality must be
// declared", "nothing over $100 without approval". The client takes some hospitality.
const LIMIT =
  /(?:[£$€]\s?\d|\d+\s*(?:pounds|dollars|euros)\b)|\b(?:worth\s+more\s+than|in\s+excess\s+of|above\s+(?:a|the)\s+(?:value|limit|threshold)|over\s+(?:a|the)\s+(?:value|limit|threshold)|de\s+minimis|without\s+(?:prior\s+)?(?:approval|sign-off|clearance)|(?:must|has\s+to|have\s+to|needs?\s+to)\s+be\s+(?:declared|registered|approved|recorded|logged|pre-approved)|gifts?\s+register|hospitality\s+register)/i;

// Someone else's rule: "the hospital's policy is that patients may not accept gifts", "their
// code bars councillors from…". The writer's organisation speaks as "we", "our", "us".
const THEIR_RULE =
  /\b(?:(?:the|their|his|her)\s+[\w-]+(?:'s|’s)\s+(?:rules?|polic(?:y|ies)|guidelines|code|terms)|(?:patients|customers|residents|pupils|students|tenants|visitors|passengers|members\s+of\s+the\s+public|the\s+public|policyholders|claimants|councillors|officials)\s+(?:may|can|must|are|should)\s*(?:not|n't|never)\b)/i;

// Where an invitation or tickets go, not whether: "please don't send the tickets to my home
// address", "send invitations to my PA rather than to me".
const DELIVERY =
  /\bsend\b[^.;]{0,40}?\bto\s+(?:my|our|the|this|that|her|his)\s+(?:[\w-]+\s+){0,2}?(?:address|office|home|house|PA|assistant|secretary|colleague|inbox|mailbox)\b/i;
// One occasion named after the refusal: "no drinks for me at the closing dinner", "no lunch for
// me on the 5th"; not when the refusal reaches further ("…or anything like it in future").
const AT_ONE_OCCASION =
  /\b(?:at|for|on|during|after)\s+(?:the|this|that|tonight's|tomorrow's|next\s+week's|Friday's|Thursday's|your|our)\s+(?:[\w-]+\s+){0,2}?(?:dinner|lunch|party|reception|drinks|event|match|game|evening|gala|ball|launch|celebration|meeting|completion|closing|signing|5th|\d{1,2}(?:st|nd|rd|th))\b/i;
const REACHES_FURTHER =
  /\b(?:or\s+similar|(?:or|and)\s+anything\s+(?:like|else|similar)|and\s+the\s+like|lists?|in\s+(?:the\s+)?future|any\s+more|anymore|again|ever|always|never|every|all\s+(?:such|future)|such\s+(?:events|invitations))\b/i;

const REPORTED_QUESTION =
  /\b(?:whether|asked\s+(?:me\s+|us\s+)?if|wondered\s+if|wondering\s+if)\b/i;

// An invitation to tender, bid or quote is procurement, not hospitality.
const INVITATION_TO_ACT =
  /\binvitations?\s+to\s+(?:tender|bid|quote|treat|negotiate|comment|apply|submit|pitch|present|participate|respond)\b/gi;

// Round 13: everyone at a company named by its name ("Nobody at Dunmore may accept hospitality",
// "No Dunmore employee may…"): the writer's own organisation only when the name is its own (the
// sender's domain); another company's rule is not the writer's.
const EVERYONE_AT =
  /\b(?:[Nn]obody|[Nn]o\s+one|[Nn]o-one)\s+at\s+(\p{Lu}[\p{L}&'-]*)|\b[Nn]o\s+(\p{Lu}[\p{L}&'-]*)(?:'s|’s)?\s+(?:employee|member\s+of\s+staff|staff\s+member|officer|director|colleague)s?\b/u;

function anotherCompanys(text: string, domain: string): boolean {
  const m = EVERYONE_AT.exec(text);
  const name = m?.[1] ?? m?.[2];
  if (!name) return false;
  // A hyphenated name by its first part ("Coca-Cola" of coca-cola.example), as mentions.ts does.
  const first = name.toLowerCase().split("-")[0]!;
  const labels = domain
    .toLowerCase()
    .split(".")
    .slice(0, -1)
    .flatMap((l) => l.split("-"));
  return !labels.some(
    (l) => l.length >= 3 && (l === first || (first.length >= 4 && l.startsWith(first))),
  );
}

// Round 20: invitations to a meeting, by where they are held ("don't send invitations on other
// platforms", "invites via Zoom", "Zoom invites"): no hospitality.
// "we no longer accept external Zoom invites": by the platform before them.
const MEETING_INVITATIONS =
  /\b(?:invitations?|invites?)\s+(?:on|via|through|over|for|in)\s+(?:[\w-]+\s+){0,2}?(?:platforms?|apps?|tools?|Zoom|Teams|Webex|Meet|Skype|calendars?|meetings?|video\s+calls?)\b|\b(?:Zoom|Teams|Webex|Meet|Skype|meeting|calendar|video[\s-]call)\s+(?:invitations?|invites?)\b/i;

export function recogniseEntertainment(context: ClauseContext): Candidate[] {
  const text = context.clause.text.replace(INVITATION_TO_ACT, "procurement");
  if (!TRIGGER.test(text)) return [];
  if (anotherCompanys(text, context.read.sender.domain)) return [];
  if (LIMIT.test(context.sentence.text)) return [];
  if (THEIR_RULE.test(context.sentence.text) && !/\b(?:we|our|us)\b/i.test(context.sentence.text))
    return [];
  // "your colleague asked me whether I'd prefer not to be invited": a question reported, not
  // the writer's wish (the answer follows it).
  const avoided = AVOID.find((p) => p.test(text));
  const { clause, sentence } = context;
  const reported =
    avoided &&
    REPORTED_QUESTION.test(
      sentence.text.slice(0, clause.start - sentence.start) +
        text.slice(0, avoided.exec(text)!.index),
    );
  if (DELIVERY.test(text) || MEETING_INVITATIONS.test(text)) return [];
  if (AT_ONE_OCCASION.test(text) && !REACHES_FURTHER.test(context.sentence.text)) return [];
  if (
    (avoided && !reported) ||
    LABEL_AVOID.test(text.trim()) ||
    (/\baccept\b/i.test(text) && ACCEPT_NOTHING.test(sentence.text))
  ) {
    return [{ field: "entertainment", value: "avoid" }];
  }
  if (LABEL_WELCOME.test(text.trim())) return [{ field: "entertainment", value: "welcome" }];
  if (ACCEPT_THEM.test(text)) {
    const named = new RegExp(String.raw`\b${H}\b`, "i");
    if ([context.sentence, ...context.previous].some((s) => named.test(s.text))) {
      return [{ field: "entertainment", value: "avoid" }];
    }
  }
  if (welcomed(text, context.sentence.text) || permitted(text)) {
    return [{ field: "entertainment", value: "welcome" }];
  }
  const lean = LATER.test(text) ? undefined : stanceOnHospitality(text);
  // The reported question's own words refuse nothing; only a welcome in the answer counts.
  if (reported && lean === "avoid") return [];
  return lean ? [{ field: "entertainment", value: lean }] : [];
}
