/**
 * Inserting the lawyer's own words at the cursor ("Ask <first name>", issue 14 point 4): plain
 * text, written with body.setSelectedDataAsync (Mailbox 1.1) in the body's own format. Per
 * Microsoft's "Insert data in the body when composing…" (learn.microsoft.com, Outlook add-ins):
 * check the format with getTypeAsync first; into an HTML body text may go as HTML, into a text
 * body only as text; with the cursor never placed in the body, Outlook inserts at the top. Only
 * the selection is written, so nothing else in the body (pictures, quoted history) is touched.
 */
import { officeCall } from "./office-call";
import type { ComposeItemLike } from "./office-types";

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

/**
 * Puts `text` at the author's cursor (over their selection, if any) as its own paragraph in an
 * HTML body, or as lines of text in a text body. Throws OfficeCallError when Outlook refuses.
 */
export async function insertTextAtCursor(item: ComposeItemLike, text: string): Promise<void> {
  const setSelected = item.body.setSelectedDataAsync?.bind(item.body);
  if (!setSelected) throw new Error("This Outlook cannot insert text at the cursor.");
  const coercion = await bodyCoercion(item);
  const data = coercion === HTML ? `<p>${plainTextAsHtml(text)}</p>` : text;
  await officeCall<void>("insert at the cursor", (done) =>
    setSelected(data, { coercionType: coercion }, done),
  );
}
