/**
 * Which words of a full name are the family name, for the ways names are written that put it
 * elsewhere than last:
 * - family name first (Chinese, Japanese, Korean, Vietnamese, Hungarian order): "Zhang Wei"
 *   with a preferred name of "Wei", "ZHANG Wei" (the family name in capitals, as many
 *   organisations write it), "Zhang, Wei" (catalogue order);
 * - two surnames (Spanish and Latin American usage): "María García López" is Ms García or Ms
 *   García López, never Ms López;
 * - a hyphenated (double-barrelled) surname, whose halves alone are not the name.
 */
import { foldText } from "./words";

export interface FamilyName {
  /** The given name as the full name gives it, when it does. */
  given?: string;
  /** The family name a title goes with ("García", "Zhang", "Pryce-Whitmore"). */
  family?: string;
  /** Words that, alone after a title, halve the family name ("López", "Pryce", "Whitmore"). */
  halves: string[];
  /** The family name comes first ("Zhang Wei", "NGUYEN Thi Lan", "Tanaka Hiroshi"). */
  familyFirst: boolean;
}

/**
 * Common Spanish and Latin American surnames (and the patronymic ending -ez, below): two of these
 * ending a full name are the two surnames, the first of them the one a title takes.
 */
const HISPANIC_SURNAMES = new Set(
  (
    "garcia lopez martinez rodriguez gonzalez hernandez perez sanchez ramirez torres flores rivera " +
    "gomez diaz cruz morales reyes gutierrez ortiz ruiz jimenez alvarez castillo romero vazquez " +
    "moreno navarro dominguez herrera medina castro vargas ramos fernandez mendoza silva soto " +
    "delgado aguilar guerrero rojas contreras nunez iglesias santos sanz suarez blanco molina " +
    "serrano ortega rubio marin garrido munoz alonso gil cortes lozano prieto calvo pascual " +
    "cabrera vega campos mora leon herrero fuentes carrasco caballero nieto aguirre pena " +
    "montero cano gallego vidal ferrer bravo sosa acosta benitez espinoza salazar mejia " +
    "velasquez valencia quintero cardenas zapata rios osorio arias franco duarte estrada " +
    "ibarra luna miranda ochoa pacheco palacios paredes ponce quiroga robles salinas " +
    "sandoval sepulveda toledo trujillo valdes villanueva zamora echeverria etxeberria " +
    "goicoechea urrutia olivares villalobos bermudez marquez velazquez rosales figueroa"
  ).split(" "),
);

function looksHispanicSurname(word: string): boolean {
  const key = foldText(word);
  return HISPANIC_SURNAMES.has(key) || (key.length >= 5 && key.endsWith("ez"));
}

/**
 * A word written all in capitals: a family name set apart ("ZHANG", "LI", "NG"), not initials
 * standing for given names ("JP Morgan", "AJ Smith"), which a two-letter family name is told
 * from by its vowel (LI, WU, HO) or as NG.
 */
function allCapitals(word: string): boolean {
  if (word.length < 2 || word !== word.toUpperCase() || word === word.toLowerCase()) return false;
  return word.length >= 3 || word === "NG" || /^[A-Z][AEIOUY]$/.test(word);
}

/**
 * The family name of `fullName`, given the name the person prefers: `preferred` (a given name)
 * or `titled` (the name after a title in their preferred form, "Tanaka" of "Mr Tanaka"). Words
 * are compared case- and accent-blind.
 */
export function familyNameOf(
  fullName: string,
  preferred: string | undefined,
  titled?: string,
): FamilyName {
  const comma = fullName.indexOf(",");
  if (comma > 0) {
    // "Zhang, Wei": family name, then the given names.
    const family = fullName.slice(0, comma).trim();
    const given = fullName
      .slice(comma + 1)
      .trim()
      .split(/\s+/)[0];
    if (family && given) return { given, family, halves: hyphenHalves(family), familyFirst: false };
  }
  const words = fullName.split(/\s+/).filter(Boolean);
  if (words.length < 2) return { family: words[0], halves: [], familyFirst: false };
  const same = (a: string | undefined, b: string | undefined): boolean =>
    a !== undefined && b !== undefined && foldText(a) === foldText(b);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const withFamily = (family: string, given: string | undefined, halves: string[]): FamilyName => ({
    given,
    family,
    halves,
    familyFirst: family === first && words.length > 1,
  });
  // "Mr Tanaka" for Tanaka Hiroshi: the preferred form names the family name.
  if (titled !== undefined) {
    const family = words.find((w) => same(w, titled));
    if (family) {
      const given = words.find((w) => w !== family);
      return withFamily(family, given, hyphenHalves(family));
    }
  }
  // "ZHANG Wei", "NGUYEN Thi Lan": the capitals mark the family name.
  const capitals = words.filter(allCapitals);
  if (capitals.length === 1 && !allCapitals(preferred ?? "")) {
    const family = capitals[0]!;
    const given = words.find((w) => same(w, preferred)) ?? words.find((w) => w !== family);
    return withFamily(family, given, []);
  }
  // "Zhang Wei" known as Wei, "Trần Thị Lan" known as Lan: the given name last, so the family
  // name first.
  if (same(preferred, last) && !same(preferred, first)) return withFamily(first, last, []);
  // "María García López", "José Luis Pérez y Martín": two surnames, the first the one used.
  if (words.length >= 3) {
    const joined = words.length >= 4 && /^[yi]$/.test(words[words.length - 2]!);
    const paternal = words[words.length - (joined ? 3 : 2)]!;
    if (looksHispanicSurname(paternal) && looksHispanicSurname(last)) {
      return withFamily(paternal, first, [last]);
    }
  }
  return withFamily(last, first, hyphenHalves(last));
}

/** "Pryce-Whitmore" → ["Pryce", "Whitmore"]; a name without a hyphen has no halves. */
function hyphenHalves(surname: string): string[] {
  const parts = surname.split(/[-‐‑]/).filter((p) => p.length >= 2);
  return parts.length >= 2 ? parts : [];
}
