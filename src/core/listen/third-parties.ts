/**
 * The people a client organisation serves or insures (round 16): "our insured", "our
 * policyholders", "our customers", "our tenants", "our members", "our patients", "our students",
 * "our players". They are nobody the firm keeps a profile for: a wish of theirs, or a way of
 * reaching them, is neither the writer's nor the organisation's (docs/listen.md, "Whose a wish
 * is"). One lexicon for the subject of a wish (clause-facts.ts) and for the one a channel is
 * aimed at (listen.ts, CHANNEL_TO_OTHERS).
 */
export const SERVED_PEOPLE = String.raw`(?:insured|policy-?holders?|customers?|consumers?|tenants?|leaseholders?|residents?|members?|patients?|students?|pupils?|players?|passengers?|beneficiar(?:y|ies)|claimants?|service\s+users?)`;

// "Our insured on the Pemberton claim (Pemberton Logistics) would prefer not to be phoned", "Our
// members won't read texts": the role noun as the clause's subject, followed by what modifies it
// or by its verb. Not a compound ("our member services team") nor a possessive ("our customers'
// data must not go by WhatsApp"): there the subject is something else.
const SERVED_SUBJECT = new RegExp(
  String.raw`^our\s+(?:[\w-]+\s+)?${SERVED_PEOPLE}(?=\s*[,(]|\s+(?:on|in|at|from|of|for|with|under|who|whose|would|'d|prefer|prefers|want|wants|do|does|don't|doesn't|will|won't|can|can't|cannot|should|must|may|are|aren't|is|isn't|have|has|never|always|only|also|really|usually|generally|all|like|likes|dislike|dislikes|hate|hates|need|needs|expect|expects|ask|asks|asked|insist|insists)\b)`,
  "i",
);

/** The clause's subject is people the organisation serves ("our insured would prefer…"). */
export function servedPeopleSubject(text: string): boolean {
  return SERVED_SUBJECT.test(text);
}
