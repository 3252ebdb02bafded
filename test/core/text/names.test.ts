import {
  hasDroppedMarks,
  hasWrongCapitals,
  isAcceptedSpelling,
  isCommonWordName,
  isNameVariant,
  nameKey,
  nicknamesOf,
  otherSpellingsOf,
} from "../../../src/core/text";

describe("nameKey", () => {
  test.each([
    ["Megge", "megge"],
    ["O’Brien", "obrien"],
    ["  Zoë  Müller-Lüdenscheidt ", "zoemullerludenscheidt"],
    ["Anne-Marie", "annemarie"],
    ["R2-D2", "rd"],
    ["", ""],
  ])("%j -> %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

// Misspellings a lawyer would want flagged: [written, the client's name].
const variants: [string, string][] = [
  // Two neighbouring vowels the other way round.
  ["Niel", "Neil"],
  ["Brain", "Brian"],
  ["Loius", "Louis"],
  ["Jon", "John"],
  ["John", "Jon"],
  ["Catherine", "Katherine"],
  ["Stephen", "Steven"],
  ["Andersen", "Anderson"],
  ["Meagan", "Megan"],
  ["Phillip", "Philip"],
  ["Sara", "Sarah"],
  ["Sarah", "Sara"],
  ["Geoff", "Jeff"],
  ["Mohammed", "Muhammad"],
  ["Mark", "Marc"],
  ["Carl", "Karl"],
  ["Eric", "Erik"],
  ["Allen", "Alan"],
  ["Chris", "Kris"],
  ["Anne", "Ann"],
  ["Nichole", "Nicole"],
  ["Kathryn", "Katherine"],
  ["Ana", "Anna"],
  ["Mege", "Megge"],
  ["Meggie", "Megge"],
  ["megge andersen", "Megge Anderson"],
  ["Megge Andersen", "MEGGE ANDERSON"],
  ["Daniel Whittaker", "Daniel Whitaker"],
  ["Blomquist", "Blomqvist"],
  ["Almqvist", "Almquist"],
];

// Not misspellings: the same name, nicknames, other names, or too little to judge.
const notVariants: [string, string, string][] = [
  ["Kristen", "Kirsten", "a vowel and a consonant swapped change the syllables: two names"],
  ["Neli", "Neil", "vowels swapped that are not neighbours"],
  ["Megge", "Megge", "same name"],
  ["MEGGE", "megge", "same name in capitals"],
  ["Zoe", "Zoë", "same name without the diaeresis"],
  ["Dan", "Daniel", "a nickname is not a misspelling"],
  ["Daniel", "Dan", "a full name is not a misspelling of the nickname"],
  ["Meg", "Megge", "the avoided short form is handled by avoidNames"],
  ["Jeff", "Jeffrey", "nickname"],
  ["Ann", "Anna", "a different name"],
  ["Dan", "Don", "vowel change in a short name: a different name"],
  ["Tim", "Tom", "vowel change in a short name"],
  ["John", "Joan", "different names: h for a"],
  ["Jon", "Joan", "vowel added in a short name"],
  ["Dean", "Dan", "vowel dropped in a short name"],
  ["Jean", "Joan", "different names"],
  ["Ford", "Lord", "they do not sound alike"],
  ["Rob", "Bob", "they do not sound alike"],
  ["Mary", "Mark", "they do not sound alike"],
  ["Christian", "Christina", "letters swapped across vowel and consonant"],
  ["Michael", "Michelle", "too many edits"],
  ["Daniel", "Danielle", "an extension that is not silent"],
  ["Al", "Alan", "too short to judge"],
  ["Jo", "Joe", "too short to judge"],
  ["", "Megge", "nothing written"],
  ["Megge", "", "no target"],
  ["Megge Anderson", "Megge", "different word counts"],
  ["Meg Anderson", "Megge Anderson", "a word that is a nickname spoils the whole name"],
  ["Megge Anderson", "Megge Anderson", "same full name"],
  ["Dan Whitaker", "Don Whitaker", "a different first name"],
];

describe("isNameVariant: misspellings", () => {
  test.each(variants)("%j is a misspelling of %j", (written, target) => {
    expect(isNameVariant(written, target)).toBe(true);
  });
});

describe("isNameVariant: not misspellings", () => {
  test.each(notVariants)("%j vs %j (%s)", (written, target) => {
    expect(isNameVariant(written, target)).toBe(false);
  });
});

test("a word longer than any name is refused rather than compared", () => {
  const base = "Anderson".repeat(8);
  expect(isNameVariant(base.slice(0, 56) + "andersen", base.slice(0, 56) + "anderson")).toBe(true);
  expect(isNameVariant(base + "andersen", base + "anderson")).toBe(false);
});

test("the verdict does not depend on which side is written", () => {
  for (const [a, b] of [...variants, ...notVariants]) {
    expect([a, b, isNameVariant(b, a)]).toEqual([a, b, isNameVariant(a, b)]);
  }
});

describe("isAcceptedSpelling and hasDroppedMarks", () => {
  // [written, the client's name]: how the owner writes it, or a convention they accept.
  test.each([
    ["Renée", "Renée"],
    ["RENÉE", "renée"],
    ["Mueller", "Müller"],
    ["Juergen", "Jürgen"],
    ["Soeren", "Søren"],
    ["Bjoern", "Bjørn"],
    ["Aasheim", "Åsheim"],
    ["Eloïse", "Éloïse"],
    ["O'Brien", "O’Brien"],
    ["Renée", "Rene\u0301e"],
    ["Etienne", "Étienne"],
    ["Grossmueller", "Großmüller"],
    ["Großmueller", "Großmüller"],
  ])("%s is an accepted spelling of %s", (written, target) => {
    expect(isAcceptedSpelling(written, target)).toBe(true);
    expect(hasDroppedMarks(written, target)).toBe(false);
  });

  // [written, the client's name]: the letters without the marks the owner writes.
  test.each([
    ["Renee", "Renée"],
    ["Chloe", "Chloë"],
    ["Sean", "Seán"],
    ["Muller", "Müller"],
    ["Lukasz", "Łukasz"],
    ["Soren", "Søren"],
    ["Bjorn", "Bjørn"],
    ["Asheim", "Åsheim"],
    ["Ibanez", "Ibáñez"],
    ["Jose Ibanez", "José Ibáñez"],
    ["Eloise", "Éloïse"],
    ["Sahin", "Şahin"],
    ["Sefik", "Şefik"],
    ["Grossmuller", "Großmüller"],
    ["Großmuller", "Großmüller"],
  ])("%s drops the marks of %s", (written, target) => {
    expect(isAcceptedSpelling(written, target)).toBe(false);
    expect(hasDroppedMarks(written, target)).toBe(true);
  });

  test.each([
    ["Renata", "Renée"],
    ["Anderson", "Andersen"],
    ["Sean Whelan", "Seán"],
    ["Grosmuller", "Großmüller"],
  ])("%s is not %s without marks", (written, target) => {
    expect(hasDroppedMarks(written, target)).toBe(false);
  });
});

describe("hasWrongCapitals", () => {
  test.each([
    ["Latoya", "LaToya"],
    ["Mcallister", "McAllister"],
    ["MacLeod", "Macleod"],
    ["O'neill", "O'Neill"],
  ])("%s has other inner capitals than %s", (written, target) => {
    expect(hasWrongCapitals(written, target)).toBe(true);
  });

  test.each([
    ["LaToya", "LaToya", "the same"],
    ["LATOYA", "LaToya", "all in capitals"],
    ["Van", "van", "only the first letter differs"],
    ["O'Neill", "Oneill", "set differently (an apostrophe), not spelt differently"],
    ["Latoyah", "LaToya", "other letters"],
  ])("%s vs %s (%s)", (written, target) => {
    expect(hasWrongCapitals(written, target)).toBe(false);
  });
});

describe("nicknamesOf", () => {
  test.each([
    ["William", ["will", "bill", "billy", "liam"]],
    ["Katherine", ["kate", "katie", "kathy"]],
    ["Christopher", ["chris", "kit"]],
    ["Robert", ["rob", "bob", "robbie"]],
    ["Margaret", ["meg", "maggie", "peggy"]],
    ["Łukasz", ["luke"]],
  ])("%s has %j among its short forms", (name, forms) => {
    const nicknames = nicknamesOf(name);
    for (const form of forms) expect(nicknames.has(form)).toBe(true);
  });

  it("gives a short form no nicknames of its own, and spellings apart", () => {
    expect(nicknamesOf("Kate").size).toBe(0);
    expect(nicknamesOf("Katherine").has("catherine")).toBe(false);
    expect(otherSpellingsOf("Katherine").has("catherine")).toBe(true);
  });

  it("knows which forms are everyday words", () => {
    expect(isCommonWordName("Bill")).toBe(true);
    expect(isCommonWordName("Will")).toBe(true);
    expect(isCommonWordName("Meg")).toBe(false);
  });
});
