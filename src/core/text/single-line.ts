/**
 * Untrusted text (mail, profile values) shown where a line means something: a terminal report,
 * a Smart Alerts bullet, a card heading. One sanitiser for every surface, so a value cannot
 * forge a line, reorder what follows it, or carry an escape sequence.
 */

// C0 and C1 controls (tab, newline and carriage return included), DEL, and the Unicode line and
// paragraph separators: each can start a new line or drive a terminal.
// eslint-disable-next-line no-control-regex
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u0085]+/g;
// Bidirectional controls (embeddings, overrides, isolates, marks): they reorder what is shown
// ("Trojan Source"), so a value could make its own text read as something else.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Zero-width and invisible formatting that hides text from the eye but not from a parser.
const INVISIBLE = /[\u200b\u2060\ufeff]/g;

/**
 * One line of plain text: line breaks, tabs and controls become a single space, bidi and
 * invisible formatting characters are removed, runs of spaces collapse, ends are trimmed.
 */
export function singleLine(text: string): string {
  return text
    .replace(BIDI_CONTROLS, "")
    .replace(INVISIBLE, "")
    .replace(LINE_BREAKING, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** singleLine, cut to `max` characters (with an ellipsis) without splitting a surrogate pair. */
export function singleLineShort(text: string, max: number): string {
  const line = singleLine(text);
  if (line.length <= max) return line;
  let cut = Math.max(0, max - 1);
  const code = line.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${line.slice(0, cut)}…`;
}

const URL_LIKE = /\b((?:https?|ftp):\/\/|www\.)([^\s]*)/gi;

/**
 * A URL in text that a mail client or dialog might turn into a live link, made inert but still
 * readable: "https://evil.example/x" → "hxxps://evil[.]example/x", "www.x.example" →
 * "www[.]x[.]example". Used where text goes into a dialog we do not render ourselves.
 */
export function defangUrls(text: string): string {
  return text.replace(URL_LIKE, (_whole, scheme: string, rest: string) => {
    const lead = scheme.toLowerCase().startsWith("www")
      ? "www[.]"
      : scheme.replace(/^h(t)tp/i, "hxxp").replace(/^ftp/i, "fxp");
    const slash = rest.indexOf("/");
    const host = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? "" : rest.slice(slash);
    return lead + host.replace(/\./g, "[.]") + path;
  });
}
