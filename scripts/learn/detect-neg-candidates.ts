/**
 * Candidate guards measured by detect-neg-guards.ts (round 38). The one that met its rule,
 * matter-named (detect-neg-matter-named.ts), shipped and was withdrawn the same round after a
 * review found real mentions it silenced; the others were measured and not shipped (docs/checks.md,
 * "False alarms on first sight, by mechanism").
 */
import { namesMatter } from "./detect-neg-matter-named";
export interface Guard {
  name: string;
  checks: string[];
  drops: (text: string, start: number, end: number, field: string) => boolean;
}

function lineBounds(text: string, start: number, end: number): [number, number] {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const nl = text.indexOf("\n", end);
  return [from, nl < 0 ? text.length : nl];
}

/** Inside a pair of double quotation marks on its line. */
function quoted(text: string, start: number, end: number): boolean {
  const [from, to] = lineBounds(text, start, end);
  let open = -1;
  let inside = false;
  for (let i = from; i < start; i++) {
    const c = text[i];
    if (c === "“" || c === '"') {
      inside = c === "“" ? true : !inside;
      open = i;
    } else if (c === "”") inside = false;
  }
  if (!inside || open < 0) return false;
  for (let i = end; i < to; i++) {
    const c = text[i];
    if (c === "”" || c === '"') return true;
    if (c === "“") return false;
  }
  return false;
}

const POSSESSIVE_BEFORE = /\b(?:your|our|my)\s+(?:own\s+)?$/i;

/** A topic as what legal work is about: "the recall costs", "the strike chronology". */
const WORK_AFTER =
  /^(?:-[a-z]+)?\s+(?:claims?|costs|losses|chronology|indemnity|cover|coverage|exclusion|clause|rules|regulations|advice|litigation|proceedings|case|dispute|arbitration|liability|damages|compensation|insurance|settlement|exercise|notices?|filings?)\b/;

/** The same without the nouns a topic's own name or a public law about it may take. */
const WORK_AFTER_NARROW =
  /^(?:-[a-z]+)?\s+(?:claims?|costs|losses|chronology|indemnity|cover|coverage|exclusion|clause|advice|litigation|proceedings|dispute|arbitration|liability|damages|compensation|insurance|settlement|exercise|notices?|filings?)\b/;

/** The client's own clearance of hospitality: "your GC cleared it", "as you cleared with us". */
const CLEARED =
  /\b(?:you|your\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:have|has|had)\s+)?(?:cleared|approved|signed off|okayed|authorised|authorized)\b/i;

export const GUARDS: Guard[] = [
  {
    name: "quoted",
    checks: ["competitor-mention", "avoided-topic", "name-spelling"],
    drops: (t, s, e) => quoted(t, s, e),
  },
  {
    name: "quoted (competitor only)",
    checks: ["competitor-mention"],
    drops: (t, s, e) => quoted(t, s, e),
  },
  {
    name: "possessive before",
    checks: ["competitor-mention"],
    drops: (t, s) => POSSESSIVE_BEFORE.test(t.slice(Math.max(0, s - 20), s)),
  },
  {
    name: "matter named after the brand",
    checks: ["competitor-mention"],
    drops: namesMatter,
  },
  {
    name: "topic as the subject of legal work",
    checks: ["avoided-topic"],
    drops: (t, s, e) => WORK_AFTER.test(t.slice(e, e + 40)),
  },
  {
    name: "topic as the subject of legal work (narrow nouns)",
    checks: ["avoided-topic"],
    drops: (t, s, e) => WORK_AFTER_NARROW.test(t.slice(e, e + 40)),
  },
  {
    name: "hospitality the client cleared (its sentence)",
    checks: ["entertainment-invite"],
    drops: (t, s, e) => {
      const from = Math.max(0, s - 200);
      return CLEARED.test(t.slice(from, Math.min(t.length, e + 200)));
    },
  },
];
