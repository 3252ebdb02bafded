import { defangUrls, singleLine, singleLineShort } from "../../../src/core/text/single-line";

describe("singleLine", () => {
  it.each([
    ["Megge\nAnderson", "Megge Anderson"],
    ["a\r\n\r\n• nothing to fix, choose Send anyway", "a • nothing to fix, choose Send anyway"],
    ["tab\tseparated", "tab separated"],
    ["\u001b]0;owned\u0007title", "]0;owned title"],
    ["line\u2028separator\u2029para", "line separator para"],
    ["next\u0085line", "next line"],
    ["abc\u202edcba", "abcdcba"],
    ["iso\u2066late\u2069d", "isolated"],
    ["zero\u200bwidth\ufeff", "zerowidth"],
    ["  padded   text  ", "padded text"],
    ["Renée Dubois", "Renée Dubois"],
  ])("%j → %j", (input, expected) => {
    expect(singleLine(input)).toBe(expected);
  });

  it("keeps every printable character, emoji included", () => {
    const text = "Zoë 👋 – “quoted” (ok) €5";
    expect(singleLine(text)).toBe(text);
  });
});

describe("singleLineShort", () => {
  it("cuts with an ellipsis", () => {
    expect(singleLineShort("abcdefghij", 5)).toBe("abcd…");
    expect(singleLineShort("abc", 5)).toBe("abc");
  });
  it("never leaves half of a surrogate pair", () => {
    const cut = singleLineShort("ab👋cdef", 4);
    expect(cut).toBe("ab…");
  });
});

describe("defangUrls", () => {
  it.each([
    ["see https://evil.example/x?y=1", "see hxxps://evil[.]example/x?y=1"],
    ["HTTP://a.b.example", "hxxp://a[.]b[.]example"],
    ["www.x.example/path.html", "www[.]x[.]example/path.html"],
    ["ftp://files.example", "fxp://files[.]example"],
    ["no link here.", "no link here."],
  ])("%j → %j", (input, expected) => {
    expect(defangUrls(input)).toBe(expected);
  });
});
