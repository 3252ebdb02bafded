/**
 * Round 31 (analysis-h30 C1; h24-056 the same kind): an account partner's notes often grant an
 * avoided channel to one person: "Exception Dr Okafor asked for: ringing his EA, Bronwyn Ash, to
 * fix dates is fine", "calls to Priya Shah in finance are OK". To that person the channel is
 * allowed; to everyone else at the client it stays avoided. Read narrowly: one notes sentence
 * that names the channel, permits it, and names the recipient by given name and surname (or
 * address), with no refusal in it.
 */
import type { CheckRecipient } from "./context";
import { escapeRegExp } from "../text/escape-regexp";

/** The words notes use for a channel, by the profile's channel names. */
const CHANNEL_WORDS: Readonly<Record<string, RegExp>> = {
  phone:
    /\b(?:ring|rings|ringing|rang|call|calls|calling|phone|phones|phoning|telephone|telephoning)\b/i,
  sms: /\b(?:texts?|texting|sms)\b/i,
  whatsapp: /\bwhats\s?app\b/i,
  post: /\b(?:post|posting|letters?|mail(?:ing)?\s+(?:it|them|the))\b/i,
  "in-person": /\b(?:visits?|visiting|meet(?:ing)?\s+in\s+person|in\s+person)\b/i,
};
// "may" and "can" grant only with the act after them ("we may ring her"): "calls to X may be
// recorded" grants nothing.
const PERMITS =
  /\b(?:(?:is|are)\s+(?:fine|ok|okay|allowed|permitted|acceptable|welcome)|(?:may|can)\s+(?:\w+\s+)?(?:ring|call|phone|telephone|text|whatsapp|post|write|visit|meet)|happy\s+(?:for|to)|exception)\b/i;
const REFUSES = /\b(?:never|not|n[’']t|no|don['’]?t|avoid)\b/i;
/** How far into the notes the reading goes: they are short; a pasted document is not. */
const NOTES_READ = 2000;

const LETTERS = "A-Za-z\\u00C0-\\u024F";
const NAME_WORD = new RegExp(`^[${LETTERS}'’-]{2,}$`);

/** The recipient's given name and surname: the display name, else the address ("bronwyn.ash"). */
function namesOf(recipient: CheckRecipient): [string, string] | undefined {
  const words = (recipient.name ?? recipient.address.split("@")[0]!.replace(/[._-]+/g, " "))
    .split(/[\s,]+/)
    .filter((w) => NAME_WORD.test(w) && !/^(?:dr|mr|mrs|ms|prof)$/i.test(w));
  return words.length >= 2 ? [words[0]!, words[words.length - 1]!] : undefined;
}

/** Whether the notes grant `channel` to this recipient by name. */
export function notesGrantChannelTo(
  notes: string | undefined,
  channel: string,
  recipient: CheckRecipient,
): boolean {
  const words = CHANNEL_WORDS[channel];
  const names = namesOf(recipient);
  if (!notes || !words || !names) return false;
  // Whole words, letters outside ASCII included (no \\b: "Élodie" starts with no word character).
  const word = (w: string) => `(?:^|[^${LETTERS}])${escapeRegExp(w)}(?![${LETTERS}])`;
  const name = `(?:${word(names[0])}[^.;!?\\n]{0,20}?${word(names[1])}|${escapeRegExp(recipient.address)})`;
  const named = new RegExp(name, "i");
  // "Never ring anyone except Bronwyn Ash": the refusal's exception is the grant.
  const excepted = new RegExp(
    `\\b(?:except|other\\s+than|apart\\s+from|save\\s+for|bar)\\b[^.;!?\\n]{0,30}?${name}`,
    "i",
  );
  return notes
    .slice(0, NOTES_READ)
    .split(/[.;!?]\s+|\n+/)
    .some(
      (s) =>
        named.test(s) &&
        words.test(s) &&
        (excepted.test(s) || (PERMITS.test(s) && !REFUSES.test(s))),
    );
}
