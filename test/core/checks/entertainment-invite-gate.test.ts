import {
  EVENT_NEEDS,
  INVITATION_FRAMES,
  NeedsGate,
  OCCASION_PATTERNS,
  type Needs,
} from "../../../src/core/checks/entertainment-invite";
import { EVENT_WORDS } from "../../../src/core/checks/entertainment-lexicon";
import { textWords } from "../../../src/core/text/words";

/**
 * Round 37 (speed-37b): the words a frame or an occasion pattern needs, checked against the
 * pattern itself. Every string a pattern's source can spell (lookarounds dropped, which only
 * spells more; a class of letters as "x"; `\s` as a space; each optional part with and without;
 * none with a letter or digit on both sides of a `\b`)
 * must hold, for each list, one of the list's words as a whole word, unless it holds a letter
 * outside ASCII (the gate then opens every window).
 */
type Node =
  | { t: "lit"; s: string[] }
  | { t: "seq"; items: Node[] }
  | { t: "alt"; options: Node[] }
  | { t: "rep"; node: Node; min: number };

function parse(source: string): Node {
  let i = 0;
  const alternation = (): Node => {
    const options: Node[] = [sequence()];
    while (source[i] === "|") {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { t: "alt", options };
  };
  const sequence = (): Node => {
    const items: Node[] = [];
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      let atom = single();
      for (;;) {
        const q = source[i];
        if (q === "?" || q === "*") {
          i++;
          atom = { t: "rep", node: atom, min: 0 };
        } else if (q === "+") {
          i++;
          atom = { t: "rep", node: atom, min: 1 };
        } else if (q === "{") {
          const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i))!;
          i += m[0].length;
          atom = { t: "rep", node: atom, min: Number(m[1]) };
        } else break;
        if (source[i] === "?") i++; // lazy
      }
      items.push(atom);
    }
    return { t: "seq", items };
  };
  const single = (): Node => {
    const c = source[i]!;
    if (c === "(") {
      i++;
      let look = false;
      if (source.startsWith("?:", i)) i += 2;
      else if (source.startsWith("?=", i) || source.startsWith("?!", i)) {
        i += 2;
        look = true;
      }
      const inner = alternation();
      if (source[i] !== ")") throw new Error(`unclosed group at ${i} in ${source}`);
      i++;
      return look ? { t: "lit", s: [""] } : inner;
    }
    if (c === "[") {
      let j = i + 1;
      if (source[j] === "]") j++;
      while (source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      const body = source.slice(i + 1, j);
      i = j + 1;
      if (!body.startsWith("^") && /^[^\\\]]{1,4}$/.test(body) && !/.-./.test(body))
        return { t: "lit", s: [...body] };
      return { t: "lit", s: ["x"] };
    }
    if (c === "\\") {
      const e = source[i + 1]!;
      i += 2;
      // A `\b` is kept as a mark: a spelling with a letter on both sides of one cannot match.
      if (e === "b") return { t: "lit", s: [BOUNDARY] };
      if (e === "B") return { t: "lit", s: [""] };
      if (e === "s" || e === "W") return { t: "lit", s: [" "] };
      if (e === "w" || e === "S" || e === "D") return { t: "lit", s: ["x"] };
      if (e === "d") return { t: "lit", s: ["1"] };
      if (e === "n") return { t: "lit", s: ["\n"] };
      if (e === "u") {
        const code = parseInt(source.slice(i, i + 4), 16);
        i += 4;
        return { t: "lit", s: [String.fromCharCode(code)] };
      }
      return { t: "lit", s: [e] };
    }
    i++;
    if (c === ".") return { t: "lit", s: ["x"] };
    if (c === "^" || c === "$") return { t: "lit", s: [""] };
    return { t: "lit", s: [c] };
  };
  const node = alternation();
  if (i !== source.length) throw new Error(`stopped at ${i} in ${source}`);
  return node;
}

const CAP = 400_000;
const BOUNDARY = "~";
/** No pattern here spells a "~": it stands for `\b`. */
const NOT_A_BOUNDARY = /[A-Za-z0-9_]~+[A-Za-z0-9_]/;

function spell(node: Node): string[] {
  switch (node.t) {
    case "lit":
      return node.s;
    case "alt":
      return node.options.flatMap(spell);
    case "rep": {
      const once = spell(node.node);
      return node.min === 0 ? ["", ...once] : once.map((s) => s.repeat(node.min));
    }
    case "seq": {
      let out = [""];
      for (const item of node.items) {
        const next = spell(item);
        if (out.length * next.length > CAP) throw new Error("too many spellings");
        out = out.flatMap((a) => next.map((b) => a + b));
      }
      return out;
    }
  }
}

/** The spellings of `source` that hold no word of some list (at most `limit` of them). */
function unheld(source: string, needs: Needs, limit = 5): string[] {
  const missing: string[] = [];
  for (const marked of spell(parse(source))) {
    if (NOT_A_BOUNDARY.test(marked)) continue;
    const spelt = marked.replaceAll(BOUNDARY, "");
    if ([...spelt].some((c) => c.charCodeAt(0) > 0x7f && /\p{L}/u.test(c))) continue;
    const words = new Set(spelt.toLowerCase().match(/[a-z0-9]+/g) ?? []);
    if (!needs.every((list) => list.some((w) => words.has(w)))) missing.push(spelt);
    if (missing.length >= limit) break;
  }
  return missing;
}

describe("entertainment-invite: the words each frame and occasion pattern needs", () => {
  it.each(INVITATION_FRAMES.map((frame, k) => [k, frame] as const))(
    "frame %i: every spelling of its lead (or pattern) holds its words",
    (_k, frame) => {
      expect(frame.needs.length).toBeGreaterThan(0);
      expect(unheld((frame.lead ?? frame.pattern).source, frame.needs)).toEqual([]);
    },
  );

  it.each(
    OCCASION_PATTERNS.map((p, k) => [k, p] as const).filter(([, p]) => p.needs !== undefined),
  )("occasion pattern %i: every spelling holds its words", (_k, p) => {
    expect(unheld(p.pattern.source, p.needs!)).toEqual([]);
  });

  it("each of EVENT's entries holds one of EVENT_NEEDS", () => {
    expect(EVENT_WORDS.filter((entry) => unheld(entry, [EVENT_NEEDS]).length > 0)).toEqual([]);
  });

  it("the check itself fails a list that misses a spelling", () => {
    expect(unheld("\\b(?:take|treat)\\s+you\\b", [["take"], ["you"]])).toEqual(["treat you"]);
    expect(unheld("\\bpart(?:y|ies)\\b", [["party"]])).toEqual(["parties"]);
  });
});

describe("NeedsGate: the windows a pattern may match in", () => {
  const gate = new NeedsGate([{ needs: [["you"], ["like", "care"]] }, { needs: [] }, {}]);
  const windowsOf = (text: string, ...parts: string[]) =>
    parts.map((part) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length }));
  const open = (text: string, ...parts: string[]) => {
    textWords(text);
    const windows = windowsOf(text, ...parts);
    const held = gate.held(text, windows);
    return [0, 1, 2].map((k) =>
      gate.windowsFor(k, windows, held).map((w) => text.slice(w.start, w.end)),
    );
  };

  it.each([
    ["both lists held", "would you like lunch", ["would you like lunch"], ["would you like lunch"]],
    ["one list only", "would you mind lunch", ["would you mind lunch"], []],
    ["a word with an apostrophe", "you'd LIKE that", ["you'd LIKE that"], ["you'd LIKE that"]],
    ["a word run on is another word", "youlike this", ["youlike this"], []],
    ["a longer word", "yours, like this", ["yours, like this"], []],
  ])("%s", (_name, text, windows, expected) => {
    const [first, none, absent] = open(text, ...windows);
    expect(first).toEqual(expected);
    expect(none).toEqual(windows);
    expect(absent).toEqual(windows);
  });

  it("each window by its own words", () => {
    const text = "We care for you. Lots of other words here. You would like it. Nothing more.";
    const [first] = open(text, "We care for you.", "Lots of other words", "You would like it.");
    expect(first).toEqual(["We care for you.", "You would like it."]);
  });

  it("every window where a word holds a letter outside ASCII", () => {
    const text = "Un café au lait. Nothing here.";
    const [first] = open(text, "Nothing here.");
    expect(first).toEqual(["Nothing here."]);
  });
});
