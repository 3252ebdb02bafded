/**
 * Whether a profile's notes insist on the marks of the client's name ("Always with the accent",
 * "Keep the fada on Siobhán", "spells her name with the umlaut"). Name-spelling lets a name's
 * opening capital go bare by default (many keyboards and mail clients drop it: "Eloise" for
 * Éloïse); notes like these take that licence back (analysis-h29 S1; h23 and h28 wrote the same
 * kind of note).
 */

const MARK = "(?:accents?|fadas?|diacritics?|umlauts?|cedillas?|tildes?|h[áa]čeks?)";
const INSISTS = new RegExp(
  "\\b(?:with|keep|keeps|always|include|use|spells?|spelt|spelled|written|writes?)\\b[^.;!?\\n]{0,40}?\\b" +
    MARK +
    "\\b|\\b" +
    MARK +
    "\\b[^.;!?\\n]{0,30}?\\b(?:matters?|please|always|important|essential|required|must|notices?)\\b",
  "gi",
);
/** A match that waives the marks ("fine without the accent", "the fada doesn't matter"). */
const WAIVED = /\b(?:no|not|n[’']t|never|without|drop|dropping|omit|optional|fine|ok|okay|mind)\b/i;
/** How far into the notes a reading goes: they are short, a pasted document is not. */
const NOTES_READ = 2000;

export function notesInsistOnMarks(notes: string | undefined): boolean {
  if (!notes) return false;
  const text = notes.slice(0, NOTES_READ);
  INSISTS.lastIndex = 0;
  for (let m = INSISTS.exec(text); m; m = INSISTS.exec(text)) {
    if (!WAIVED.test(m[0])) return true;
  }
  return false;
}
