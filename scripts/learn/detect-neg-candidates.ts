/** Candidate guards measured by detect-neg-guards.ts (exploration; shipped ones live in src). */
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
    if (c === "“") (inside = true), (open = i);
    else if (c === "”") inside = false;
    else if (c === '"') (inside = !inside), (open = i);
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

/** A matter's noun after the brand used as its modifier: "the X trial", "X acquisition". */
const MATTER_NOUN =
  "trial|case|litigation|lawsuit|proceedings|arbitration|dispute|hearing|appeal|challenge|opposition|application|matters?|document production|disclosure|acquisition|asset purchase|share purchase|purchase|disposal|merger|transaction|closing|completion";
const MATTER_NAMED_AFTER = new RegExp(
  `^\\s+(?:[a-z]+\\s+)?(?:${MATTER_NOUN})\\b(?!\\s+(?:of|by|for|study|studies)\\b)`,
);
/** After a possessive brand, what only a party to the client's dispute files against it. */
const CONTEST_AFTER = /^\s+(?:challenge|appeal|opposition|objection)s?\b/;
/** A sentence that holds the matter up as a comparator or precedent. */
const COMPARED = /\b(?:compar\w*|benchmark\w*|precedents?|similar|like|analog\w*|example|authority)\b/i;

function matterNamed(t: string, s: number, e: number): boolean {
  const possessive = /['’]s?$/.test(t.slice(s, e)) || /^['’]/.test(t.slice(e, e + 1));
  const after = t.slice(e, e + 60).replace(/^['’]s?/, "");
  if (!(possessive ? CONTEST_AFTER : MATTER_NAMED_AFTER).test(after)) return false;
  const from = Math.max(0, t.lastIndexOf("\n", s - 1), s - 200);
  let to = t.indexOf("\n", e);
  if (to < 0 || to > e + 200) to = Math.min(t.length, e + 200);
  return !COMPARED.test(t.slice(from, to));
}

/** A topic as what legal work is about: "the recall costs", "the strike chronology". */
const WORK_AFTER =
  /^(?:-[a-z]+)?\s+(?:claims?|costs|losses|chronology|indemnity|cover|coverage|exclusion|clause|rules|regulations|advice|litigation|proceedings|case|dispute|arbitration|liability|damages|compensation|insurance|settlement|exercise|notices?|filings?)\b/;

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
    drops: matterNamed,
  },
  {
    name: "topic as the subject of legal work",
    checks: ["avoided-topic"],
    drops: (t, s, e) => WORK_AFTER.test(t.slice(e, e + 40)),
  },
];
