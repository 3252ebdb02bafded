/**
 * The body is untrusted HTML (sample drafts, fixes, whatever an add-in writes): it passes
 * through DOMPurify before it reaches the contentEditable, and text coercion never parses
 * markup into the live document.
 */
import DOMPurify from "dompurify";

/** Tags a mail body keeps; scripts, styles, forms, frames and event handlers are dropped. */
const ALLOWED_TAGS = [
  "a",
  "b",
  "blockquote",
  "br",
  "div",
  "em",
  "hr",
  "i",
  "img",
  "li",
  "ol",
  "p",
  "span",
  "strong",
  "u",
  "ul",
];

/**
 * Pictures only as data: images, so a sample body shows a logo without loading anything from the
 * network (the page's CSP allows data: images and nothing else beyond itself): any other picture
 * is dropped whole.
 */
export function sanitizeBodyHtml(html: string): string {
  const fragment = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ["href", "title", "src", "alt", "width", "height"],
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const image of Array.from(fragment.querySelectorAll("img"))) {
    if (!/^data:image\//i.test(image.getAttribute("src") ?? "")) image.remove();
  }
  const holder = fragment.ownerDocument.createElement("div");
  holder.appendChild(fragment);
  return holder.innerHTML;
}

/** Plain text as HTML: every character escaped, line breaks kept. */
export function textToHtml(text: string): string {
  const escaped = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
  return escaped
    .split(/\r?\n/)
    .map((line) => `<div>${line || "<br>"}</div>`)
    .join("");
}

const BLOCK_TAGS = new Set([
  "P",
  "DIV",
  "LI",
  "UL",
  "OL",
  "BLOCKQUOTE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HR",
  "TABLE",
  "TR",
]);

/**
 * What Office's body.getAsync(CoercionType.Text) gives: the text with a line break per block
 * and per <br>. Parsed in an inert document (DOMParser), so nothing in it loads or runs.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(sanitizeBodyHtml(html), "text/html");
  const lines: string[] = [];
  let current = "";
  const breakLine = (): void => {
    lines.push(current);
    current = "";
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? "").replace(/\s+/g, " ");
      // Source-formatting white space between blocks is not text the author wrote.
      current += current === "" ? text.trimStart() : text;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.tagName === "BR") {
      breakLine();
      return;
    }
    const block = BLOCK_TAGS.has(element.tagName);
    if (block && current !== "") breakLine();
    element.childNodes.forEach(walk);
    if (block && current !== "") breakLine();
  };
  doc.body.childNodes.forEach(walk);
  if (current !== "") lines.push(current);
  return lines.join("\n");
}
