/**
 * British and American spellings of one word: a client's refused entry written "File
 * organization" is refused in a London invoice as "File organisation" too, and "Travelling time"
 * in a Chicago one as "Traveling time".
 *
 * Rules by ending (-ise/-ize, -yse/-yze, -our/-or, a doubled l before an ending, -tre/-ter, ae
 * and oe), and a short list for the rest. A form made here that is no word ("advize", "precize")
 * is harmless: it is only ever looked for, and nobody writes it. Words of at least five letters,
 * with at least three before the ending, so "size", "four", "hour" and "tour" are left alone.
 */

const BOTH_WAYS: readonly (readonly [string, string])[] = [
  ["licence", "license"],
  ["licences", "licenses"],
  ["defence", "defense"],
  ["offence", "offense"],
  ["pretence", "pretense"],
  ["judgement", "judgment"],
  ["judgements", "judgments"],
  ["acknowledgement", "acknowledgment"],
  ["acknowledgements", "acknowledgments"],
  ["programme", "program"],
  ["programmes", "programs"],
  ["catalogue", "catalog"],
  ["catalogues", "catalogs"],
  ["dialogue", "dialog"],
  ["analogue", "analog"],
  ["practise", "practice"],
  ["practised", "practiced"],
  ["practising", "practicing"],
  ["cheque", "check"],
  ["cheques", "checks"],
  ["grey", "gray"],
  ["centre", "center"],
  ["centres", "centers"],
  ["theatre", "theater"],
  ["metre", "meter"],
  ["litre", "liter"],
  ["fibre", "fiber"],
];

const LISTED = new Map<string, string>();
for (const [uk, us] of BOTH_WAYS) {
  LISTED.set(uk, us);
  LISTED.set(us, uk);
}

const ISE = /^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations|ational)$/;
const IZE = /^([a-z]{3,})iz(e|es|ed|ing|er|ers|ation|ations|ational)$/;
const YSE = /^([a-z]{3,})ys(e|es|ed|ing|er|ers)$/;
const YZE = /^([a-z]{3,})yz(e|es|ed|ing|er|ers)$/;
const OUR = /^([a-z]{3,})our(s|ed|ing|able|ably|ite|ites|er|ers|ful)?$/;
const OR = /^([a-z]{2,})or(s|ed|ing|able|ably|ite|ites|ful)?$/;
const DOUBLE_L = /^([a-z]{2,}[aeiou])ll(ed|ing|er|ers)$/;
const SINGLE_L = /^([a-z]*[^aeiou][aeiou])l(ed|ing|er|ers)$/;
const AE_OE = /^([a-z]*[^aeiou])(ae|oe)([a-z]{3,})$/;

/** The other spellings of a lower-case word (none for most words). */
export function otherSpellings(word: string): string[] {
  if (word.length < 5) return [];
  const forms: string[] = [];
  const listed = LISTED.get(word);
  if (listed) forms.push(listed);
  let m = ISE.exec(word);
  if (m) forms.push(`${m[1]}iz${m[2]}`);
  m = IZE.exec(word);
  if (m) forms.push(`${m[1]}is${m[2]}`);
  m = YSE.exec(word);
  if (m) forms.push(`${m[1]}yz${m[2]}`);
  m = YZE.exec(word);
  if (m) forms.push(`${m[1]}ys${m[2]}`);
  m = OUR.exec(word);
  if (m) forms.push(`${m[1]}or${m[2] ?? ""}`);
  else if ((m = OR.exec(word))) forms.push(`${m[1]}our${m[2] ?? ""}`);
  m = DOUBLE_L.exec(word);
  if (m) forms.push(`${m[1]}l${m[2]}`);
  else if ((m = SINGLE_L.exec(word)) && m[1]!.length >= 4) forms.push(`${m[1]}ll${m[2]}`);
  m = AE_OE.exec(word);
  if (m) forms.push(`${m[1]}e${m[3]}`);
  return forms.filter((form) => form !== word);
}
