/**
 * CSV formula injection: a spreadsheet runs a cell that starts with =, +, - or @ (or a tab or
 * carriage return before one) as a formula, so a profile value like `=HYPERLINK(...)` would come
 * alive when an exported file is opened in Excel. The OWASP remedy is a leading apostrophe, which
 * spreadsheets show as text. Rapport's own reader removes it again, exactly: a cell is escaped when
 * it starts with any number of apostrophes followed by one of those characters, and unescaped by
 * removing one apostrophe from such a cell, so every value survives export and import unchanged.
 * (owasp.org/www-community/attacks/CSV_Injection)
 * The fullwidth forms ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20) are escaped too: an East Asian
 * input method types them, and some spreadsheets are reported to read a leading ＝ as =
 * (not confirmed, audit 48a finding 10); the apostrophe costs nothing and comes off exactly.
 */

const NEEDS_ESCAPE = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const ESCAPED = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The cell as written to a CSV file: inert in a spreadsheet. */
export function escapeCsvFormula(cell: string): string {
  return NEEDS_ESCAPE.test(cell) ? `'${cell}` : cell;
}

/** The value a cell written by escapeCsvFormula stood for. */
export function unescapeCsvFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}
