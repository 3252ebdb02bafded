/**
 * Round 19: the titles of other languages a principal's assistant writes ("on behalf of Madame
 * Veronese", "Frau Keller"); round 30 (analysis-lh28 M9): the Spanish abbreviations ("Sr. Sosa").
 * Not "Don": it is an English given name too.
 */
const OTHER_LANGUAGE_HONORIFICS: readonly string[] = [
  "Madame",
  "Mme",
  "Monsieur",
  "Mademoiselle",
  "Mlle",
  "Herr",
  "Frau",
  "Signora",
  "Signor",
  "Señora",
  "Señor",
  "Sr",
  "Sra",
  "Srta",
  "Doña",
];

/**
 * Personal titles: the words that may stand before a person's name ("Mr Hale", "Dame Judith",
 * "Cllr Patel", "Rabbi Cohen"). One list for everything listening reads about people: the names a
 * writer asks for or refuses (recognisers/names.ts), whom an assistant writes for (relay.ts) and
 * the initials a writer marks their answers with (message.ts). Capitalised as written before a
 * name; abbreviations may carry a full stop ("Dr.", "Revd.").
 */
export const PERSONAL_TITLES: readonly string[] = [
  "Mr",
  "Mrs",
  "Ms",
  "Miss",
  "Mx",
  "Dr",
  "Prof",
  "Professor",
  "Rev",
  "Revd",
  "Reverend",
  "Canon",
  "Fr",
  "Father",
  "Rabbi",
  "Imam",
  "Sir",
  "Dame",
  "Lord",
  "Lady",
  "Baroness",
  "Judge",
  "Cllr",
  "Councillor",
  ...OTHER_LANGUAGE_HONORIFICS,
];

/**
 * Round 19: a title that stands alone for its holder once they are named ("Madame asks…", "the
 * Doctor would rather…", "His Lordship prefers…"), as a regular-expression source, by the title
 * they were named with.
 */
export const TITLE_ALONE: Readonly<Record<string, string>> = {
  Madame: "Madame",
  Mme: "Madame",
  Monsieur: "Monsieur",
  Mademoiselle: "Mademoiselle",
  Mlle: "Mademoiselle",
  Signora: "(?:[Tt]he\\s+)?Signora",
  Señora: "(?:[Tt]he\\s+)?Señora",
  Dr: "[Tt]he\\s+Doctor",
  Doctor: "[Tt]he\\s+Doctor",
  Prof: "[Tt]he\\s+Professor",
  Professor: "[Tt]he\\s+Professor",
  Judge: "[Tt]he\\s+Judge",
  Lord: "His\\s+Lordship",
  Lady: "Her\\s+Ladyship",
  Baroness: "Her\\s+Ladyship",
};

/** Any one title, as a regular-expression group (longest first, so "Prof" never cuts "Professor"). */
export const TITLE_WORD = String.raw`(?:${[...PERSONAL_TITLES]
  .sort((a, b) => b.length - a.length)
  .join("|")})`;

/**
 * Titles everyone may use (as against those held by office, degree, rank or ordination), in
 * English and in the other languages above. Round 31 (analysis-lh28 M9): "Sr. Sosa" beside "call
 * me Joaco" is a form refused, as "Mr Sosa" would be, not a title the writer holds and sets aside.
 */
const HONORIFICS = new Set(["Mr", "Mrs", "Ms", "Miss", "Mx", ...OTHER_LANGUAGE_HONORIFICS]);

/**
 * A title the writer holds ("Dr", "Canon", "Rabbi", "Cllr"): set aside beside a given name ("Raj,
 * please - not Dr Patel") it is formality declined, not a name disliked.
 */
export const EARNED_TITLE_WORD = String.raw`(?:${PERSONAL_TITLES.filter((t) => !HONORIFICS.has(t))
  .sort((a, b) => b.length - a.length)
  .join("|")})`;

const LOWER = new Set(PERSONAL_TITLES.map((t) => t.toLowerCase()));

/** Whether a word is a title ("Dr", "dr.", "Councillor"), whatever its case or full stop. */
export function isPersonalTitle(word: string): boolean {
  return LOWER.has(word.replace(/\.$/, "").toLowerCase());
}

/** The name without the titles before it: "Dame Judith Weir" → "Judith Weir". */
export function withoutTitles(name: string): string {
  return name.replace(new RegExp(String.raw`\b${TITLE_WORD}\.?\s+`, "gu"), "");
}
