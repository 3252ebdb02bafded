/**
 * Round 39 (listen-39): every sentence of the readable sets that round 38's quoted billing wording
 * (billing.ts REFUSE_WORDING as it was) or rule-voice.ts's older "don't use 'X'" rewrite meets,
 * today's text and first sight's billing suggestions, each marked "kept" or "CUT" by round 39's
 * narrowing (endsAsWording below, withdrawn from lexicon.ts: what follows the quote lets it be the
 * line's own wording).
 * A sentence cut that held a right suggestion is what the narrowing would cost.
 *
 *   npx tsx scripts/learn/listen-wordings-sentences.ts CACHE.json   (listen-wrongs-cache.ts output)
 */
import { readFileSync } from "node:fs";
import { REFUSE_WORDING } from "../../src/core/listen/recognisers/billing";
import { DONT_USE } from "../../src/core/listen/rule-voice";
import type { WrongsSet } from "./listen-wrongs-cache";

// The narrowing listen-39 measured (withdrawn from src/core/listen/lexicon.ts after review, kept
// here as the candidate this script measures):
// Round 39 (listen-39): the quote must be the line's wording. After its closing mark the refusal
// ends (punctuation, a dash, the end), joins another wording ("and", "or"), names a line ("…"
// entries / time / as a separate line), says where the line goes ("on the invoice", "in the time
// entries", "to us"), or gives a reason ("as we…"). A quote that qualifies the noun after it
// ("paper" invoices, 'scanned' copies), a rate charged for some work, a value entered as some
// other field ('TBC' as the PO number) or a button used on an occasion ("Reply all" when…) is no
// line of the bill.
const LINE_NOUN = String.raw`(?:lines?|entr(?:y|ies)|items?|charges?|narratives?|descriptions?|wordings?)`;
const WORDING_ENDS = new RegExp(
  String.raw`^\s*(?:$|[,.;:!?)\u2013\u2014-]|(?:and|or|nor|but|because|since)\b|(?:${LINE_NOUN}|time|hours?)\b|(?:please|pls|any\s*more|again|ever|at\s+all|either|any\s+longer|going\s+forward|from\s+now\s+on|in\s+future|alone|only|by\s+itself|on\s+(?:its|their)\s+own)\b|as\s+(?:(?:a|an|one|the|any|its\s+own|their\s+own)\s+)?(?:[\w-]+\s+){0,2}?${LINE_NOUN}\b|as\s+(?:we|they|it|our|that|this)\b|(?:on|in|for|to|from)\s+(?:(?:the|our|your|any|my|its|their|all|each|every|future|these|those)\s+)*(?:[\w-]+\s+)?(?:invoices?|bills?|billing|narratives?|time\s*(?:entries|sheets?|records?)|timesheets?|statements?|fee\s+notes?|${LINE_NOUN}|accounts?|us|me)\b)`,
  "i",
);
/** What follows a quote refused in billing talk lets the quote be a line's own wording (round 39). */
function endsAsWording(afterQuote: string): boolean {
  return WORDING_ENDS.test(afterQuote);
}

// The shipped readings the narrowing would guard: billing.ts's quoted wording (round 38) and
// rule-voice.ts's "don't use 'X'" rewrite, as global copies of the patterns themselves.
const REFUSE_WORDING_ALL = new RegExp(REFUSE_WORDING.source, "gi");
const DONT_USE_ALL = new RegExp(DONT_USE.source, "gi");
const CLOSES: Record<string, RegExp> = {
  '"': /^[^"\n]{2,60}"/,
  "“": /^[^”"\n]{2,60}[”"]/,
  "'": /^[^'’\n]{2,60}['’]/,
  "‘": /^[^’'\n]{2,60}[’']/,
};

function verdicts(text: string): string[] {
  const out: string[] = [];
  REFUSE_WORDING_ALL.lastIndex = 0;
  for (let m = REFUSE_WORDING_ALL.exec(text); m; m = REFUSE_WORDING_ALL.exec(text)) {
    // 'no "X" lines' names the line itself: nothing after the quote to judge.
    if (!/["'“‘]$/.test(m[0])) continue;
    const end = m.index + m[0].length;
    const q = CLOSES[text[end - 1]!]?.exec(text.slice(end));
    out.push(`wording ${q && endsAsWording(text.slice(end + q[0].length)) ? "kept" : "CUT "}`);
  }
  DONT_USE_ALL.lastIndex = 0;
  for (let m = DONT_USE_ALL.exec(text); m; m = DONT_USE_ALL.exec(text))
    out.push(`dont-use ${endsAsWording(text.slice(m.index + m[0].length)) ? "kept" : "CUT "}`);
  return out;
}

const file = process.argv[2];
if (!file) throw new Error("usage: listen-wordings-sentences.ts CACHE.json");
const oneLine = (t: string) => t.replace(/\s+/g, " ").slice(0, 160);
for (const set of JSON.parse(readFileSync(file, "utf8")) as WrongsSet[]) {
  for (const c of set.cases) {
    for (const s of c.sentences) {
      const text = c.text.slice(s.start, s.end);
      for (const v of verdicts(text))
        console.log(`today ${v} ${set.name} ${c.id}: ${oneLine(text)}`);
    }
    for (const i of c.firstSight ?? []) {
      if (i.field !== "bannedBillingPhrases" || !i.sentence) continue;
      for (const v of verdicts(i.sentence))
        console.log(
          `first ${v} ${i.verdict} ${set.name} ${c.id} ${i.value}: ${oneLine(i.sentence)}`,
        );
    }
  }
}
