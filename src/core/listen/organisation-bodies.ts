/**
 * The organisation's own bodies and the firm's papers, named once (round 23, listen-23a). Five
 * patterns in cadence-holder.ts, the entertainment recogniser, clause-facts.ts and
 * org-register.ts each spelled the bodies out and had drifted apart; names.ts spelled the firm's
 * papers twice. Each list is a regular-expression alternation (no group, no flags, lower case so
 * that a case-sensitive pattern can use it); the users wrap it in their own context ("the"/"our"
 * before it, a verb after it). Plain strings: no String.raw (eslint.config.mjs).
 */

/**
 * The bodies that govern or own the organisation: to whom it reports ("report to the board"),
 * who decide for it ("the trustees have asked that…") and who ask for things in its name ("the
 * shareholders would like a quarterly report"). A sole trustee or owner acts for it too.
 */
export const GOVERNING_BODIES =
  "board(?:\\s+of\\s+(?:directors|trustees))?|directors|trustees?|governors|committee|council|partners|shareholders|owners?|members";

/**
 * The organisation's people taken as a whole, who speak for it as one when they are the
 * subject ("the family would like…", "the team would rather not be invited") but do not govern
 * it. With the governing bodies: ORGANISATION_BODIES.
 */
export const WHOLE_BODIES = "family|team|management|executive|elders";

/** Every body the organisation may be named by: GOVERNING_BODIES and WHOLE_BODIES. */
export const ORGANISATION_BODIES = `${GOVERNING_BODIES}|${WHOLE_BODIES}`;

/**
 * Lower-case words that say which of the organisation's bodies, between "the"/"our" and the body
 * ("the whole team", "the audit committee", "the parish council"). A capitalised word there
 * names another company's ("the Acme board"); users that read case-insensitively test capitals
 * themselves.
 */
export const BODY_QUALIFIERS =
  "whole|wider|full|extended|management|executive|leadership|senior|legal|finance|investment|audit|risk|parish|church|temple|gurdwara|mosque|synagogue";

/**
 * The bodies through which "our …" is the organisation acting, not people with tastes of their
 * own: "our board has decided", "our management blocks Zoom". Trustees, partners or the family
 * can each prefer something for themselves ("our trustees prefer Zoom" stays theirs, clause-
 * facts.ts).
 */
export const ACTING_BODIES = "board|management|team|committee|council";

/**
 * Round 30 (analysis-lh27 W14): the officers who announce the organisation's rules, after "our"
 * and up to two words that say which ("our new compliance officer", "our head of legal"): "our
 * compliance officer has decided that the Domaine no longer accepts invitations" is the
 * organisation's rule. A person's taste ("our CFO prefers Teams") is read as theirs elsewhere.
 */
export const RULE_OFFICERS =
  "officer|director|ceo|cfo|coo|cto|md|gc|general\\s+counsel|chief\\s+executive|chair(?:man|woman|person)?|president|company\\s+secretary|head\\s+of\\s+[a-z]+|treasurer|founder";

/**
 * The firm's papers, where its rendering of the writer's name shows: "the letters said Yusef",
 * "your invoices keep making me Mr Apgwilym", "seeing Shaun on the statement" (names.ts).
 */
export const FIRM_PAPERS =
  "letters?|e-?mails?|envelopes?|invoices?|bills?|statements?|drafts?|contracts?|documents?|paperwork|papers|engagement\\s+letters?|cover(?:ing)?\\s+letters?|fee\\s+notes?|reminders?";

/**
 * `words` (an alternation) with either case of each alternative's first letter ("[Bb]oard"), for
 * case-sensitive patterns. Only top-level alternatives change; groups inside are kept as written.
 */
export function eitherCase(words: string): string {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < words.length; i++) {
    const c = words.charAt(i);
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(words.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(words.slice(start));
  return parts
    .map((word) => {
      const first = word.charAt(0);
      const upper = first.toUpperCase();
      return upper === first ? word : `[${upper}${first}]${word.slice(1)}`;
    })
    .join("|");
}
