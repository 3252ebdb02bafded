/**
 * Inserting the lawyer's own words at the cursor ("Ask <first name>", issue 14 point 4): plain
 * text, written with body.setSelectedDataAsync (Mailbox 1.1) in the body's own format. Per
 * Microsoft's "Insert data in the body when composing…" (learn.microsoft.com, Outlook add-ins):
 * check the format with getTypeAsync first; into an HTML body text may go as HTML, into a text
 * body only as text; with the cursor in the subject, Outlook inserts at the top of the body. Only
 * the selection is written, so nothing else in the body (pictures, quoted history) is touched.
 *
 * setSelectedDataAsync *replaces* a selection, so nothing goes in while text is selected (audit
 * 47, finding 4): item.getSelectedDataAsync (Mailbox 1.2, compose) is asked first. Inserting after
 * the selection instead would mean writing the selection back with the questions (its HTML round
 * trip can lose formatting and pictures), so Rapport asks the author to click where they go.
 */
import { OfficeCallError, officeCall } from "./office-call";
import type { ComposeItemLike, SelectedDataLike } from "./office-types";

const HTML = "html" as Office.CoercionType;
const TEXT = "text" as Office.CoercionType;

/** Plain text as HTML: every character that means something in HTML escaped, lines as <br>. */
export function plainTextAsHtml(text: string): string {
  const escaped = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
  return escaped.replace(/\r\n|\r|\n/g, "<br>");
}

/** The body's format, "html" or "text"; a host without getTypeAsync is taken to be HTML. */
async function bodyCoercion(item: ComposeItemLike): Promise<Office.CoercionType> {
  const getType = item.body.getTypeAsync?.bind(item.body);
  if (!getType) return HTML;
  const type = await officeCall<string>("read the body format", (done) => getType(done));
  return String(type) === "text" ? TEXT : HTML;
}

/** Said when text is selected: the insertion would replace it. */
export const SELECTION_REASON =
  "Click where the questions should go: text is selected in the message, and they would replace it.";
/** Said when the cursor is not in the message (Outlook's InvalidSelection: the To line, say). */
export const CURSOR_ELSEWHERE_REASON =
  "Click in the message where the questions should go, then press the button again.";
/** Said when Outlook cannot say whether text is selected: nothing is inserted, to be safe. */
export const SELECTION_UNKNOWN_REASON =
  "Rapport could not tell whether text is selected in the message, so it inserted nothing rather than risk replacing it. Click in the message where the questions should go, then try again.";

/**
 * True when getSelectedDataAsync's answer shows selected text, or cannot rule it out. The
 * reference says an empty selection gives an empty string (older pages: null); Outlook on the web
 * once gave the string "null" with equal start and end positions (office-js #800), and those
 * positions, where given, also reveal a selection with no text (a picture). `sourceProperty` is
 * not trusted to rule a selection out: it once said "subject" for the body (office-js #1788).
 */
export function hasSelectedText(selected: SelectedDataLike | null | undefined): boolean {
  if (selected === null || selected === undefined) return true;
  const { data, startPosition: start, endPosition: end } = selected;
  const positions = typeof start === "number" && typeof end === "number";
  if (positions && start !== end) return true;
  if (data === null || data === undefined || data === "") return false;
  return !(positions && data === "null");
}

/** Why nothing may go in at the cursor now, or undefined when nothing is selected. */
async function selectionRefusal(item: ComposeItemLike): Promise<string | undefined> {
  const getSelected = item.getSelectedDataAsync?.bind(item);
  if (!getSelected) return SELECTION_UNKNOWN_REASON;
  let selected: SelectedDataLike;
  try {
    selected = await officeCall<SelectedDataLike>("read the selection", (done) =>
      getSelected(TEXT, done),
    );
  } catch (error) {
    // InvalidSelection: the cursor is in another field (the To line), says the reference.
    const name = error instanceof OfficeCallError ? error.officeName : undefined;
    if (name === "InvalidSelection") return CURSOR_ELSEWHERE_REASON;
    return name ? `${SELECTION_UNKNOWN_REASON} (Outlook: ${name})` : SELECTION_UNKNOWN_REASON;
  }
  return hasSelectedText(selected) ? SELECTION_REASON : undefined;
}

/**
 * Puts `text` at the author's cursor as its own paragraph in an HTML body, or as lines of text in
 * a text body; while text is selected, or when Outlook cannot say whether it is, inserts nothing
 * and answers why. Throws OfficeCallError when Outlook refuses the insertion.
 */
export async function insertTextAtCursor(
  item: ComposeItemLike,
  text: string,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const setSelected = item.body.setSelectedDataAsync?.bind(item.body);
  if (!setSelected) throw new Error("This Outlook cannot insert text at the cursor.");
  const refusal = await selectionRefusal(item);
  if (refusal) return { ok: false, reason: refusal };
  const coercion = await bodyCoercion(item);
  const data = coercion === HTML ? `<p>${plainTextAsHtml(text)}</p>` : text;
  await officeCall<void>("insert at the cursor", (done) =>
    setSelected(data, { coercionType: coercion }, done),
  );
  return { ok: true };
}
