/**
 * The writer's own organisation by its name: the words of the sender's domain (listen.ts reads
 * whose a clause is by them), and round 19's rules of its people named by that name ("Cabot staff
 * may not use WhatsApp", said "our staff may not use WhatsApp" for the rule register, rule-voice.ts).
 */

/**
 * A word of the sender's organisation's name: a label of its domain ("council" in
 * brackenford-council), or the start of one ("Vasant" of vasantgroup, "Mercy" of
 * mercyridgehealth) when long enough not to be chance.
 */
export function isOwnWord(word: string, orgWords: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (orgWords.has(lower)) return true;
  if (lower.length < 4) return false;
  for (const label of orgWords) if (label.startsWith(lower)) return true;
  return false;
}

/** "Kestrel", "Mercy Ridge", "Granite's": the organisation's own name opening a clause. */
export function isOwnName(name: string, orgWords: ReadonlySet<string>): boolean {
  const words = name.split(/\s+/);
  // "The Bank will not pay…" from Midlands Mutual Bank plc: a word of its own name after "the".
  if (
    words.length === 2 &&
    /^the$/i.test(words[0]!) &&
    orgWords.has(`the:${words[1]!.toLowerCase()}`)
  )
    return true;
  return isOwnWord(words[0]!, orgWords) && words.every((w) => /^\p{Lu}/u.test(w));
}

/** A legal form or a joining word in a client's name: never how it names itself. */
const LEGAL_FORM =
  /^(?:ltd|limited|plc|inc|llc|llp|gmbh|ag|as|a\/s|aps|p\/f|bv|nv|sa|sarl|co|corp|the|and|of)$/i;

/**
 * Round 19 (analysis-lh17 rec 1): the words of the organisation's name on file ("Bank" of
 * "Midlands Mutual Bank plc", "Group", "Authority"), as the organisation names itself in its own
 * rules: "The Bank will not pay…". Kept apart ("the:bank"), read only after "the", so a bare
 * "Bank" elsewhere is no one's own name.
 */
export function withClientNameHeads(
  words: Set<string>,
  clientName: string | undefined,
): Set<string> {
  if (!clientName) return words;
  for (const w of clientName.split(/[\s,.]+/))
    if (w.length >= 4 && /^\p{Lu}/u.test(w) && !LEGAL_FORM.test(w))
      words.add(`the:${w.toLowerCase()}`);
  return words;
}

// A country's second-level label ("co" of .co.uk, "com" of .com.au) or a legal form standing as a
// label: never a word of the organisation's name.
const SUFFIX_LABELS = new Set("co com ac gov org net edu ltd plc or ne go".split(" "));

/**
 * The words of the sender's domain, in order, without its top-level and suffix labels
 * ("kp-snacks.co.uk" → kp, snacks): the organisation's name as its address spells it.
 */
export function domainWords(domain: string): string[] {
  return domain
    .toLowerCase()
    .split(".")
    .slice(0, -1)
    .filter((label) => !SUFFIX_LABELS.has(label))
    .flatMap((label) => label.split("-"))
    .filter((w) => w !== "");
}

/** The words of the sender's domain that may name their organisation ("cabot", "industries"). */
export function organisationWords(domain: string): Set<string> {
  return new Set(domainWords(domain).filter((w) => w.length >= 3));
}

/**
 * Whether `name` ("Cabot", "Cabot Industries") is the writer's organisation: by its domain's words
 * (isOwnName), or the start of the client's name on file ("Cabot" of clientName "Cabot
 * Industries Ltd"), whole words, case aside.
 */
export function isOwnOrganisation(
  name: string,
  orgWords: ReadonlySet<string>,
  clientNames: readonly string[],
): boolean {
  if (isOwnName(name, orgWords)) return true;
  const words = name.toLowerCase().split(/\s+/);
  if (words[0]!.length < 3) return false;
  return clientNames.some((client) => {
    const theirs = client.toLowerCase().split(/\s+/);
    return words.length <= theirs.length && words.every((w, i) => theirs[i] === w);
  });
}

// The organisation's people named by its name, opening the clause: "Cabot staff", "Cabot's
// employees", "all Cabot Industries personnel". Two capitalised words at most before the noun.
const NAMED_PEOPLE =
  /^((?:(?:and|but|so|also|now|however|accordingly)[\s,]+)?)(?:all\s+)?((?:\p{Lu}[\p{L}&-]*\s+){0,2}\p{Lu}[\p{L}&-]*)(?:['’]s|['’])?\s+(?=(?:staff|employees|personnel|colleagues|workforce|people|team\s+members|members\s+of\s+staff)\s+(?:may|must|shall|should|can|cannot|can['’]t|are|will|won['’]t|mustn['’]t|shan['’]t)\b)/u;

/**
 * The clause with the writer's organisation's people named by its name said as "our"
 * ("Cabot staff may not use WhatsApp" → "our staff may not use WhatsApp"); another company's
 * people ("Aviva staff may not …") are left as written, and so someone else's (clause-facts.ts
 * opensWithOtherParty).
 */
export function ownPeopleAsOurs(text: string, isOwn: (name: string) => boolean): string {
  const m = NAMED_PEOPLE.exec(text);
  if (!m || !isOwn(m[2]!)) return text;
  return `${m[1]}our ${text.slice(m[0].length)}`;
}
