import { escapeCsvFormula, unescapeCsvFormula } from "../../src/profiles/csv-formula";

const VALUES = [
  "=1+1",
  "+44 20 7946 0000",
  "-5",
  "@SUM(A1)",
  "\t=cmd",
  "\r=cmd",
  "'=already",
  "''+twice",
  "'",
  "''",
  "'plain",
  "plain",
  "",
  "a=b",
  "Pepsi; =HYPERLINK()",
  // Fullwidth forms an East Asian input method types (audit 48a, finding 10).
  "\uFF1DSUM(1,1)",
  "\uFF0B44 20",
  "\uFF0D5",
  "\uFF20SUM(A1)",
  "'\uFF1Dalready",
];

describe("CSV formula escaping", () => {
  it.each(VALUES.map((v) => [JSON.stringify(v), v]))(
    "%s: escaped, it cannot start a formula; unescaped, it is itself again",
    (_label, value) => {
      const cell = escapeCsvFormula(value);
      expect(cell).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
      expect(unescapeCsvFormula(cell)).toBe(value);
    },
  );

  it("leaves values that no spreadsheet would run untouched", () => {
    for (const value of ["plain", "'plain", "a=b", "Pepsi; =HYPERLINK()", ""]) {
      expect(escapeCsvFormula(value)).toBe(value);
    }
  });
});
