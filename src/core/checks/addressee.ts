/**
 * Who a passage of a message is said to: the name it opens with ("Dan - separately, you're on
 * for Thursday", "Sarah, would you like to come?"). A message to a client may turn to a colleague
 * on copy for a line; what is offered in that line is offered to the colleague, not the client.
 */
import type { CheckRecipient } from "./context";

/** Greetings and openers that look like a name before a comma but are not one. */
const NOT_A_NAME =
  /^(?:Hi|Hello|Dear|Hey|Thanks|Thank|Also|Separately|Finally|Meanwhile|However|And|But|So|Yes|No|Ok|Okay|PS|P\.S|Note|Sorry|Great|Good|Sure|Well|Oh|Please|Incidentally|Lastly|Firstly|Secondly|Otherwise|Again|Today|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;
/** A name said to, opening a passage: "Dan - ", "Sarah, ", "Tom: ", "Hi Jo, ". */
const VOCATIVE = /^\s*(?:(?:Hi|Hello|Dear|Hey)\s+)?([A-Z][A-Za-z'’-]{1,20})\s*(?:,|:|\s[-–—])\s/;
/** A second name right after the first: a greeting to several. */
const ANOTHER_NAME = /^\s*(?:and\s+|&\s*)?[A-Z][A-Za-z'’-]+\s*(?:,|:|\s[-–—]|\s+and\b|\s*&)/;
/** How far back the opening of a passage is looked for. */
const REACH = 400;

/**
 * The name the passage holding `index` is said to, if it opens with one: the sentence's opening,
 * then the line's; not a greeting to several ("Mark, Ingrid,"). Undefined when neither opens
 * with a name.
 */
export function addresseeAt(text: string, index: number): string | undefined {
  const from = Math.max(0, index - REACH);
  const before = text.slice(from, index);
  // The line's opening: a name said to opens its line ("Dan - separately, …").
  const newline = before.lastIndexOf("\n");
  const opening = newline >= 0 || from === 0 ? before.slice(newline + 1) : "";
  // The sentence's opening: after the last full stop, question or exclamation mark.
  let sentenceStart = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if ((c === "." || c === "!" || c === "?") && /\s/.test(before[i + 1] ?? " ")) {
      sentenceStart = i + 1;
      break;
    }
  }
  for (const passage of [sentenceStart >= 0 ? before.slice(sentenceStart) : "", opening]) {
    const m = VOCATIVE.exec(passage);
    if (!m || NOT_A_NAME.test(m[1]!)) continue;
    // "Mark, Ingrid," / "Mark and Ingrid –": a greeting to several, said to them all.
    if (ANOTHER_NAME.test(passage.slice(m[0].length)) || /\s(?:and|&)\s*$/.test(m[0])) continue;
    return m[1];
  }
  return undefined;
}

/** The first names a recipient may be called by: display name, profile names, address. */
export function firstNamesOf(recipient: CheckRecipient): string[] {
  const names: string[] = [];
  const add = (name: string | undefined) => {
    const first = name?.trim().split(/[\s.,_]+/)[0];
    if (first && !first.includes("@")) names.push(first.toLowerCase());
  };
  add(recipient.name);
  add(recipient.profile?.preferredName);
  add(recipient.profile?.fullName);
  add(recipient.address.split("@")[0]);
  return names;
}

/**
 * Whether a passage said to `name` is said to a colleague on the message rather than to
 * `recipient`: a recipient at the firm answers to that name and this one does not. (A name of
 * another client on the message is not enough: "Mark, would you and Ingrid like to come?")
 */
export function saidToSomeoneElse(
  name: string,
  recipient: CheckRecipient,
  recipients: readonly CheckRecipient[],
): boolean {
  const lower = name.toLowerCase();
  if (firstNamesOf(recipient).includes(lower)) return false;
  return recipients.some(
    (r) => r.internal && r.address !== recipient.address && firstNamesOf(r).includes(lower),
  );
}
