/**
 * Every pattern the launch event used to build with a lookbehind (or `\p{…}` in a string), which
 * classic Outlook's ECMAScript 2016 engine cannot run, now runs there as a pattern without it and
 * a test in code (src/core/text/lookbehind.ts). Node has lookbehind, so each rewrite is compared,
 * match for match, with the pattern it replaced, written here as it was, over texts built to
 * reach its edges: the start of the text, after punctuation, after whitespace of every kind,
 * after a non-ASCII letter, inside a word, after the words the lookbehind refused.
 */
import { CHANNEL_EXPRESSIONS } from "../../../src/core/checks/channel-lexicon";
import { MENTION_PATTERNS } from "../../../src/core/checks/channel-proposals";
import { HOURS_TIMES_RATE } from "../../../src/core/checks/billing-detail";
import { hasHoursOrAmount } from "../../../src/core/checks/billing-phrase";
import { CUES, MEAL_AS_TIME, MEAL_QUESTION } from "../../../src/core/checks/entertainment-invite";
import { SEPARATOR_AFTER, SEPARATOR_BEFORE } from "../../../src/core/checks/fix-builders";
import { OCCASION } from "../../../src/core/checks/invitation";
import { withFlags } from "../../../src/core/text/lookbehind";

type Found = (string | number | undefined)[];

/** Every match as the checks read them: exec from each place on (global), or once. */
function matches(pattern: RegExp, text: string): Found[] {
  const found: Found[] = [];
  pattern.lastIndex = 0;
  if (!pattern.global) {
    const m = pattern.exec(text);
    return m ? [[m.index, ...m]] : [];
  }
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push([m.index, pattern.lastIndex, ...m]);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

/** The sticky copy (as channel-proposals.ts makes one) tried at every position. */
function stickyMatches(pattern: RegExp, text: string): Found[] {
  const sticky = pattern;
  const found: Found[] = [];
  for (let at = 0; at <= text.length; at++) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    found.push(m ? [at, sticky.lastIndex, ...m] : [at, sticky.lastIndex]);
  }
  return found;
}

/** Texts: each prefix, then each core, then each suffix; and two cores joined by each prefix. */
function texts(prefixes: readonly string[], cores: readonly string[], suffixes = [""]): string[] {
  const out: string[] = [];
  for (const prefix of prefixes) {
    for (const core of cores) {
      for (const suffix of suffixes) out.push(prefix + core + suffix);
      out.push(cores[0] + prefix + core);
    }
  }
  return out;
}

function expectSame(rewritten: RegExp, original: RegExp, inputs: readonly string[]): number {
  let found = 0;
  for (const text of inputs) {
    const expected = matches(original, text);
    expect({ text, found: matches(rewritten, text) }).toEqual({ text, found: expected });
    found += expected.length;
  }
  return found;
}

/** Edges every lookbehind is tried against. */
const EDGES = [
  "",
  " ",
  "  ",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "\u2028",
  "\u00a0",
  ".",
  ". ",
  ".\n\n ",
  "?  ",
  "!",
  ":",
  ": ",
  ",",
  ", ",
  "x",
  "x ",
  "é",
  "é ",
  "ß ",
  "Жд ",
  "😀",
  "😀 ",
  "3",
  "3.",
  "3,",
  "-",
  "'",
  "’",
  "re",
  "re-",
  "o'",
];

// ---------------------------------------------------------------------------------------------
// Channels (channel-lexicon.ts): verbs that offer, not nouns or a third party's doing
// ---------------------------------------------------------------------------------------------

const NOT_IN_WORD = "(?<![-\\w'’])";
const NOT_A_VERB =
  "(?<!\\b(?:the|this|that|a|an|your|my|our|his|her|their|its|full|draft|same|of|which|whose|so|quick|short|brief|phone|conference|video|follow-up|catch-up|what\\s+(?:we|they|i|you|people))\\s+)";
const NOT_A_THIRD_PARTY =
  "(?<!\\b(?:they|people|some|folks|he|she|it|who|clients|everyone|nobody|somebody|someone|which|that|don't|do\\s+not|never|often|usually|sometimes|always)\\s+)";
const NOT_POSTING =
  "(?<!\\b(?:the|a|an|blog|job|this|that|your|my|our|his|her|their|its|of|in|e|keep\\s+(?:you|me|us))\\s+)";

/** Where each rewritten channel pattern had its lookbehind, and what it was. */
const CHANNEL_LOOKBEHINDS: readonly [string, string][] = [
  ["\\b(?=call|phon|ring|telephon|buzz|bell)", NOT_IN_WORD + NOT_A_VERB + NOT_A_THIRD_PARTY],
  [
    "\\b(?=call|phone|ring|telephone|text|txt|sms|whats|e-?mail|facetime|skype)",
    NOT_IN_WORD + NOT_A_VERB + NOT_A_THIRD_PARTY,
  ],
  ["\\b(?=text|txt|sms)", NOT_IN_WORD + NOT_A_VERB + NOT_A_THIRD_PARTY],
  ["\\b(?=whats)", NOT_IN_WORD + NOT_A_THIRD_PARTY],
  ["\\b(?=e-?mail)", NOT_IN_WORD + NOT_A_VERB + NOT_A_THIRD_PARTY],
  ["\\b(?=quick|short|brief)", "(?<=(?:^|[.!?:]\\s+|\\n\\s*))"],
  ["\\b(?=post|courier|mail|fedex|overnight|messenger|bike)", NOT_IN_WORD + NOT_POSTING],
];

/** The pattern as it was: its lookbehind put back where it stood. */
function channelOriginal(pattern: RegExp): RegExp | undefined {
  for (const [at, lookbehind] of CHANNEL_LOOKBEHINDS) {
    if (pattern.source.startsWith(at))
      return new RegExp(at + lookbehind + pattern.source.slice(at.length), pattern.flags);
  }
  return undefined;
}

const CHANNEL_PREFIXES = [
  ...EDGES,
  "the ",
  "The  ",
  "THE\t",
  "bathe ",
  "what  we ",
  "What\nthey ",
  "somewhat we ",
  "what\u00a0people ",
  "they ",
  "They ",
  "it ",
  "bit ",
  "do not ",
  "do  not ",
  "don't ",
  "Don't ",
  "don’t ",
  "follow-up ",
  "catch-up ",
  "a ",
  "an ",
  "blog ",
  "e ",
  "e-",
  "keep you ",
  "keep\n me ",
  "Keep us ",
  "we'll ",
  "I'll ",
  "Please ",
  "Thanks. ",
  "Thanks!\n",
  "éthe ",
  "théy ",
  "ſo ",
  "\u212ahe ",
];

const CHANNEL_CORES = [
  "call me tomorrow",
  "call you back.",
  "Ring us at 4",
  "phone me, please",
  "calling you later",
  "telephone them",
  "text me.",
  "txt you tonight",
  "text back",
  "WhatsApp me",
  "whatsapp us later",
  "email me.",
  "e-mail you back",
  "facetime tomorrow",
  "quick call tomorrow?",
  "Short phone call at 4?",
  "brief call options",
  "post you the originals to your office",
  "courier the signed deeds over to you",
  "mail them",
];

describe("channel patterns without lookbehind (channel-lexicon.ts)", () => {
  const rewritten = CHANNEL_EXPRESSIONS.filter((e) => channelOriginal(e.pattern));

  it("finds the seven rewritten patterns", () => {
    expect(rewritten).toHaveLength(7);
  });

  it.each(rewritten.map((e) => [e.pattern.source.slice(0, 40), e] as const))(
    "%s… matches exactly as its lookbehind did, searched and tried at each place",
    (_, expression) => {
      const original = channelOriginal(expression.pattern)!;
      const inputs = texts(CHANNEL_PREFIXES, CHANNEL_CORES);
      expect(expectSame(expression.pattern, original, inputs)).toBeGreaterThan(20);
      // Anchored patterns are tried one place at a time, as a sticky copy.
      const flags = `${expression.pattern.flags.replace("g", "")}y`;
      const sticky = withFlags(expression.pattern, flags);
      const originalSticky = new RegExp(original.source, flags);
      for (const text of inputs.slice(0, 400)) {
        expect({ text, found: stickyMatches(sticky, text) }).toEqual({
          text,
          found: stickyMatches(originalSticky, text),
        });
      }
    },
  );

  it("keeps the offers and refuses the nouns and third parties (a few by hand)", () => {
    const callMe = rewritten[0]!.pattern;
    const found = (text: string) => matches(callMe, text).map((m) => m[2]);
    expect(found("Call me tomorrow")).toEqual(["Call me"]);
    expect(found("Thanks. Call me tomorrow")).toEqual(["Call me"]);
    expect(found("the call me tomorrow")).toEqual([]);
    expect(found("what  we call me tomorrow")).toEqual([]);
    expect(found("they call me tomorrow")).toEqual([]);
    expect(found("do\tnot call me tomorrow")).toEqual([]);
    expect(found("bathe call me tomorrow")).toEqual(["call me"]);
    expect(found("recall me tomorrow")).toEqual([]);
    expect(found("écall me tomorrow")).toEqual(["call me"]);
  });

  it("the lead of 'a quick call' refuses being on one", () => {
    const expression = CHANNEL_EXPRESSIONS.find((e) =>
      e.lead?.source.startsWith("\\b(?:a|an|another|one\\s+more)\\s+"),
    )!;
    const lead = expression.lead!;
    const original = new RegExp(
      "(?<!\\b(?:i'm|i\\s+am|we're|we\\s+are|be|been|was|were|he's|she's|they're|is|are)\\s+on\\s+)" +
        lead.source,
      lead.flags,
    );
    const prefixes = [
      ...EDGES,
      "I'm on ",
      "i am  on ",
      "We're on\n",
      "he's on ",
      "this is on ",
      "crisis on ",
      "Been on ",
      "on ",
      "I'm at ",
      "Let's have ",
    ];
    const inputs = texts(prefixes, ["a quick ", "another ", "one  more short ", "an "]);
    expect(expectSame(lead, original, inputs)).toBeGreaterThan(20);
    expect(lead.exec("I'm on a quick ")).toBeNull();
    expect(lead.exec("Let's have a quick ")?.[0]).toBe("a quick ");
  });
});

describe("platform labels at a line's start (channel-proposals.ts)", () => {
  const labelled = MENTION_PATTERNS.filter((p) =>
    p.pattern.source.startsWith("[ \\t]*(?:[Pp]latform"),
  );

  it("has one per platform name, each matching as (?<=^|\\n) did", () => {
    expect(labelled.length).toBeGreaterThanOrEqual(4);
    const inputs = texts(
      [...EDGES, "x\n", "Where: Zoom\n", "\n\n"],
      ["Platform: Zoom", "  Where: Teams", "Video link: Webex", "LOCATION : Google Meet"],
    );
    let found = 0;
    for (const { pattern } of labelled) {
      found += expectSame(
        pattern,
        new RegExp(`(?<=^|\\n)${pattern.source}`, pattern.flags),
        inputs,
      );
    }
    expect(found).toBeGreaterThan(20);
  });
});

// ---------------------------------------------------------------------------------------------
// Billing (billing-detail.ts, billing-phrase.ts): numbers not inside a longer number
// ---------------------------------------------------------------------------------------------

describe("billing patterns without lookbehind", () => {
  const NUMBER_EDGES = [...EDGES, "1", "12", "1.", "12,", "v", "No. "];

  it("hours × rate (billing-detail.ts)", () => {
    const original = new RegExp(`(?<![\\d.,])${HOURS_TIMES_RATE.source}`, HOURS_TIMES_RATE.flags);
    const cores = [
      "2.5 hrs @ $300",
      "12.4 hours at £650",
      "3.2 x $450",
      "1,5h × €400",
      "2 h x $100",
    ];
    expect(expectSame(HOURS_TIMES_RATE, original, texts(NUMBER_EDGES, cores))).toBeGreaterThan(20);
    // Inside a longer number ("1.2.5") no start qualifies; after a word one does.
    expect(matches(HOURS_TIMES_RATE, "1.2.5 hrs @ $300")).toEqual([]);
    expect(matches(HOURS_TIMES_RATE, "v2.5 hrs @ $300").map((m) => m[2])).toEqual([
      "2.5 hrs @ $300",
    ]);
  });

  it("hours or an amount on a line (billing-phrase.ts)", () => {
    const original =
      /(?<![\d.])\d{1,2}[.,]\d{1,2}(?![\d.])|\b\d+(?:\.\d+)?\s?(?:h|hrs?|hours?)\b|[$£€]\s?\d|\b(?:GBP|USD|EUR|CHF|NOK|SEK|DKK|CAD|AUD)\s?\d/i;
    const cores = ["2.5", "0,75", "12.5.3", "3 hours", "1.5h", "$4", "GBP 5", "v2", "see 3"];
    let hits = 0;
    for (const text of texts(NUMBER_EDGES, cores, ["", ".", "5", " x"])) {
      expect({ text, has: hasHoursOrAmount(text) }).toEqual({ text, has: original.test(text) });
      if (original.test(text)) hits++;
    }
    expect(hits).toBeGreaterThan(20);
    expect(hasHoursOrAmount("version 1.2.3")).toBe(false);
    expect(hasHoursOrAmount("2.5")).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Entertainment (entertainment-invite.ts): meals asked, meals as a time, "come to"
// ---------------------------------------------------------------------------------------------

describe("entertainment patterns without lookbehind", () => {
  it("a meal asked as a question opens the text or a sentence", () => {
    const original = new RegExp(
      `(?<=(?:^|[.!?:\\n])\\s*)${MEAL_QUESTION.source}`,
      MEAL_QUESTION.flags,
    );
    const cores = ["Lunch at Rules on Friday?", "drinks after the signing?", "so a quick lunch?"];
    expect(expectSame(MEAL_QUESTION, original, texts(EDGES, cores))).toBeGreaterThan(20);
  });

  it("a meal as a time, but not 'followed by'", () => {
    const original =
      /\b(?:after|before|(?<!(?:followed|preceded)\s)by|until|till|through|during|around|post|pre|working|sandwich)[\s-]+(?:(?:a|an|the)\s+)?$/i;
    const prefixes = [
      ...EDGES,
      "followed ",
      "Followed\t",
      "preceded\n",
      "PRECEDED ",
      "xfollowed ",
      "followed  ",
      "fol",
      "ollowed ",
      "drinks ",
    ];
    const cores = ["by ", "by the ", "after ", "working ", "by- a ", "stand by "];
    expect(expectSame(MEAL_AS_TIME, original, texts(prefixes, cores))).toBeGreaterThan(20);
    expect(MEAL_AS_TIME.test("followed by ")).toBe(false);
    expect(MEAL_AS_TIME.test("unfollowed by ")).toBe(false); // no \b before "followed"
    expect(MEAL_AS_TIME.test("followers by ")).toBe(true);
    expect(MEAL_AS_TIME.test("by ")).toBe(true);
  });

  it("'come to' opening a sentence, or after please, do, you must", () => {
    const cue = CUES.find((c) => c.pattern.source.includes("come\\s+(?:along"))!;
    const original =
      /(?:(?<=^|[.!?:\n]\s*)|\b(?:please|do|you\s+must|you\s+should|why\s+not)\s+)come\s+(?:along\s+|over\s+|down\s+)?(?:to|and\s+(?:join|celebrate|enjoy|have))\b/gi;
    const prefixes = [...EDGES, "please ", "Do ", "you  must ", "why not ", "they ", "xdo "];
    const cores = ["come to our drinks", "Come along to the launch", "come and join us", "come"];
    expect(expectSame(cue.pattern, original, texts(prefixes, cores))).toBeGreaterThan(20);
  });
});

// ---------------------------------------------------------------------------------------------
// Invitations (invitation.ts): the occasion, not a working lunch; a team's game
// ---------------------------------------------------------------------------------------------

describe("the occasion of an invitation without lookbehind or \\p{…}", () => {
  it("matches as the pattern with (?<!working\\s) and \\p{Lu}\\p{Ll}+ did", () => {
    const original = new RegExp(
      OCCASION.source
        .replace("(?:lunch(?:eon)?", "(?:(?<!working\\s)lunch(?:eon)?")
        .replace(
          /\[[^\]]*\]\[[^\]]*\]\+s\\s\+\(\?:game\|match\)/,
          "\\p{Lu}\\p{Ll}+s\\s+(?:game|match)",
        ),
      OCCASION.flags,
    );
    expect(original.source).toContain("(?<!working\\s)lunch");
    expect(original.source).toContain("\\p{Lu}\\p{Ll}+s");
    const prefixes = [...EDGES, "working ", "Working\u00a0", "WORKING\n", "xworking ", "orking "];
    const cores = [
      "lunch",
      "Luncheon",
      "lunches game",
      "Lakers game",
      "ÉLANS match",
      "Ærøs match",
      "ǅems game",
      "Δέλταs game",
      "lunch and learn",
      "golf course lease",
      "dinner",
    ];
    expect(
      expectSame(OCCASION, original, texts(prefixes, cores, ["", " at 1", "s"])),
    ).toBeGreaterThan(20);
  });
});

// ---------------------------------------------------------------------------------------------
// Fixes (fix-builders.ts): list separators either side of a refused phrase
// ---------------------------------------------------------------------------------------------

describe("list separators without lookbehind or \\p{…}", () => {
  const ends = [...EDGES, "drafting", "(a)", "é", "Ж", "𝐀", "😀", "\u0345", "3", "x)", "-"];

  it("after the phrase: [\\p{L}\\d] next", () => {
    const original = /^[ \t\u00a0]*(?:[,;&+/]|and\b)[ \t\u00a0]*(?=[\p{L}\d])/iu;
    const inputs = texts(["", " "], [", ", " and ", "; ", "&", " AND\t"], ends);
    expect(expectSame(SEPARATOR_AFTER, original, inputs)).toBeGreaterThan(20);
  });

  it("before the phrase: [\\p{L}\\d)] before it", () => {
    const original = /(?<=[\p{L}\d)])[ \t\u00a0]*(?:,?[ \t\u00a0]*\band|[,;&+/])[ \t\u00a0]*$/iu;
    const inputs = texts(ends, [", ", " and ", ", and ", " / ", "&", " ,and "]);
    expect(expectSame(SEPARATOR_BEFORE, original, inputs)).toBeGreaterThan(20);
  });
});
