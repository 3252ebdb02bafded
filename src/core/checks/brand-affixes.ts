/**
 * A competitor's brand run together with another word in a web host's label or a social handle:
 * "tidewaterdrinks.com", "shop.fantabrand.example", "@CokeUK", "#pepsichallenge". The term
 * matcher reads words between separators and cannot see a brand inside one run of letters, so
 * the tokens that are names by their form (a host's labels, a handle, a hashtag) are read here,
 * once per draft, and a brand counts when it is a prefix or a suffix of the token and the rest is
 * a word a company's site or account adds to its name:
 *
 * - a **trade or web word** (`AFFIXES`: "drinks", "careers", "brand", "shop", "official",
 *   "group", a country's code …), for every brand;
 * - a **common English word** of four letters or more ("#pepsichallenge", "gatoradefuel"), only
 *   for a brand of five letters or more that is a name rather than a word; a brand that is an
 *   ordinary word ("Discover", "Target") runs into ordinary words all the time
 *   ("targetdates.example"), so it takes a trade word only ("targetstores.com");
 * - in a **camelCase handle** ("@CokeUK", "@FedExHelp"), anything: the capital marks where the
 *   brand's name ends.
 *
 * What is left of the token must be a whole word: "discoverybay.example" is "discovery bay", not
 * Discover and "ybay", and stays silent, as does a brand inside a longer word ("upshot", "pepsinogen").
 * A mailbox ("jo.pepsidrinks@…"), a path's segment and a file name are not hosts; the recipient's
 * own host and the author's are never a competitor's mention.
 */
import type { AnalysedDraft } from "../analysis";
import { isCommonWord } from "../text";
import { textFields, type TermHit } from "./helpers";

/**
 * Words companies' hosts and accounts add to their brand: trades, the site's purpose, a
 * country's or region's code, a corporate word. Lower case, as a set (no pattern to compile).
 */
const AFFIXES: ReadonlySet<string> = new Set(
  // Trades and what is sold.
  (
    "drinks beverages beverage foods food brewing brewery dairy dairies bottling water waters cola " +
    "energy oil gas power motors motor auto autos cars bank banking finance capital insurance pay payments " +
    "logistics freight express shipping parcel parcels delivery airlines airways air rail travel hotels " +
    "pharma bio biotech labs health healthcare medical tech software systems digital data cloud " +
    "media studios games retail stores store shop shops outlet market foods fashion beauty " +
    // What a company's site or account is for.
    "brand brands official online direct global world international careers career jobs job " +
    "news press media help support service services team hq corp inc co group plc ltd llc " +
    "app apps club live store promo deals offers rewards connect investors ir " +
    // Countries and regions in a brand's accounts and local sites ("@CokeUK", "pepsius.com").
    "uk us usa eu europe emea na ie de fr es it nl au ca nz in sg hk jp asia africa latam " +
    "gb deutschland france espana italia canada australia ireland"
  ).split(" "),
);

/** A handle or hashtag: "@CokeUK", "#pepsichallenge" (not an address's "@" nor a "C#"). */
const HANDLE = /[@#]([A-Za-z][A-Za-z0-9_]{2,39})/g;

/** A letter, digit or hyphen: a character of a host's label. */
function isLabelChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45
  );
}

const FILE_EXTENSION =
  /^(?:gif|jpe?g|png|pdf|docx?|xlsx?|pptx?|txt|html?|zip|csv|msg|eml|js|ts|json|xml)$/i;

export interface NameToken {
  field: TermHit["field"];
  /** Where the whole token (host or handle) is, for the evidence. */
  start: number;
  end: number;
  text: string;
  /** The labels of a host but its last, or a handle's name as written. */
  parts: string[];
  kind: "host" | "handle";
}

/** Every host written in the text and every handle and hashtag, once per draft. */
export function nameTokens(draft: AnalysedDraft): NameToken[] {
  return draft.memo("brand-affix-tokens", () => {
    const tokens: NameToken[] = [];
    for (const field of textFields(draft)) {
      const text = field.scan;
      let from = 0;
      for (let dot = text.indexOf(".", from); dot >= 0; dot = text.indexOf(".", from)) {
        from = dot + 1;
        if (!isLabelChar(text.charCodeAt(dot + 1)) || !isLabelChar(text.charCodeAt(dot - 1)))
          continue;
        let start = dot;
        while (start > 0 && (isLabelChar(text.charCodeAt(start - 1)) || text[start - 1] === "."))
          start--;
        let end = dot + 1;
        while (end < text.length && (isLabelChar(text.charCodeAt(end)) || text[end] === ".")) end++;
        from = end;
        while (end > start && /[.-]/.test(text[end - 1]!)) end--;
        while (start < end && /[.-]/.test(text[start]!)) start++;
        // A path's segment, or a mailbox before its "@": not a host.
        if (text[start - 1] === "/" && text[start - 2] !== "/") continue;
        if (text[end] === "@") continue;
        const host = text.slice(start, end);
        const labels = host.split(".");
        const top = labels[labels.length - 1]!;
        if (!/^[A-Za-z]{2,}$/.test(top) || FILE_EXTENSION.test(top)) continue;
        tokens.push({
          field: field.field,
          start,
          end,
          text: host,
          parts: labels.slice(0, -1),
          kind: "host",
        });
      }
      HANDLE.lastIndex = 0;
      for (let m = HANDLE.exec(text); m; m = HANDLE.exec(text)) {
        // "ap@x.example" is an address, "C#" a language: a handle opens its word.
        const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 32;
        if (isLabelChar(before) || before === 46 || before === 95) continue;
        const next = m.index + m[0].length;
        if (text[next] === "." && isLabelChar(text.charCodeAt(next + 1))) continue;
        tokens.push({
          field: field.field,
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          parts: [m[1]!],
          kind: "handle",
        });
      }
    }
    return tokens;
  });
}

/** What the rest of a token is allowed to be for a brand of this kind. */
function isAffix(rest: string, brand: string, ordinary: boolean): boolean {
  const word = rest.replace(/^[-_]+|[-_]+$/g, "").toLowerCase();
  if (word === "") return false;
  if (AFFIXES.has(word)) return true;
  return !ordinary && brand.length >= 5 && word.length >= 4 && isCommonWord(word);
}

/** Where a camelCase name changes word: a capital after a small letter, or a digit or "_". */
function isPieceBoundary(name: string, at: number): boolean {
  const prev = name[at - 1] ?? "";
  const next = name[at] ?? "";
  if (next === "_" || prev === "_") return true;
  if (/[a-z]/.test(prev) && /[A-Z0-9]/.test(next)) return true;
  // "FedExUK": a run of capitals is a piece of its own.
  return /[A-Z]/.test(prev) && /[A-Z]/.test(next) && /[a-z]/.test(name.slice(0, at));
}

/**
 * Whether `part` (a host's label or a handle's name) is the brand `key` (lower case, letters and
 * digits) run together with a word its site or account adds. A part that is the brand itself is
 * the term matcher's, not this.
 */
export function brandWithAffix(
  part: string,
  key: string,
  ordinary: boolean,
  camel: boolean,
): boolean {
  const lower = part.toLowerCase();
  if (lower.length <= key.length || key.length < 3) return false;
  if (lower.startsWith(key)) {
    if (camel && /^[A-Z]/.test(part) && isPieceBoundary(part, key.length)) return true;
    if (isAffix(lower.slice(key.length), key, ordinary)) return true;
  }
  if (lower.endsWith(key)) {
    const at = lower.length - key.length;
    if (camel && /[A-Z]/.test(part[at]!) && isPieceBoundary(part, at)) return true;
    if (isAffix(lower.slice(0, at), key, ordinary)) return true;
  }
  return false;
}

/** A host or a recipient's own domain: "legal.acme.example" is acme.example's. */
export function isOwnHost(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase();
  return domains.some((d) => d !== "" && (h === d || h.endsWith("." + d)));
}
