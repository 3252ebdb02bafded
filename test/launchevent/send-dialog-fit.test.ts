/**
 * Audit 49b, finding 3: one problem for a whole client team (an organisation profile applies to
 * everyone there) made a heading longer than Smart Alerts' 500 characters, and the dialog showed
 * no problem at all: "Rapport found 1 thing to check before sending: …and 1 more on Rapport's
 * Warnings tab." These pin what it must always do instead: show the first problem and whom it
 * concerns, within 500 characters, in both forms, with counts that add up.
 */
import fc from "fast-check";
import type { Finding } from "../../src/core/finding";
import { groupProblems } from "../../src/core/problems";
import {
  markdownMessage,
  MAX_ERROR_MESSAGE,
  plainMessage,
  type DialogNote,
} from "../../src/launchevent/send-decision";

const FIRST = ["Megge", "Jo", "Priya", "Tomasz", "Ingrid", "Olufemi", "Hannah", "Kenji", "Laura"];
const LAST = ["Anderson", "Miller", "Raghavan", "Kowalski", "Lindqvist", "Adeyemi", "Schneider"];

/** The audit's mailing: Pepsi mentioned to `n` people at Coca-Cola, one problem for them all. */
function pepsiToTeam(n: number, name = (i: number) => `${FIRST[i % 9]} ${LAST[i % 7]}`): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    check: "competitor-mention",
    messageId: "mention",
    severity: "warning" as const,
    recipient: `p${i}@coca-cola.example`,
    recipientName: name(i),
    message: "The Coca-Cola Company competes with Pepsi; leave Pepsi out.",
    evidence: { field: "body" as const, text: "Pepsi", start: 40, end: 45 },
  }));
}

const megName: Finding = {
  check: "name-spelling",
  messageId: "nickname",
  severity: "warning",
  recipient: "megge.anderson@coca-cola.example",
  recipientName: "Megge Anderson",
  message: "Megge Anderson asked to be called Megge, not Meg.",
  evidence: { field: "body", text: "Meg", start: 3, end: 6 },
  fix: { label: "Replace", field: "body", start: 3, end: 6, original: "Meg", replacement: "Megge" },
};

const FORMS = [
  ["plain", plainMessage],
  ["Markdown", markdownMessage],
] as const;

/** "Rapport found N things" and "…and M more": the two counts of a dialog's text. */
function counts(text: string): { found: number; more: number } {
  const found = /Rapport found (\d+) things?/.exec(text);
  const more = /…and (\d+) more on Rapport/.exec(text);
  if (!found) throw new Error(`no headline in ${JSON.stringify(text)}`);
  return { found: Number(found[1]), more: more ? Number(more[1]) : 0 };
}

/** The problem lines of a dialog text, either form. */
function items(text: string): string[] {
  return text
    .split(/\r|\n/)
    .filter((line) => line.startsWith("• ") || line.startsWith("- "))
    .map((line) => line.slice(2));
}

describe("the Smart Alerts text for a large mailing (audit 49b, finding 3)", () => {
  it.each(FORMS)(
    "%s: 20 to 24, 40, 51, 151, 501 and 600 people sharing one problem: it is shown, with whom",
    (_form, message) => {
      for (const n of [20, 21, 22, 23, 24, 40, 51, 151, 501, 600]) {
        const text = message(pepsiToTeam(n));
        expect(text.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
        expect(items(text)).toEqual(["mentions Pepsi"]);
        expect(text).not.toContain("more on Rapport's Warnings tab");
        expect(text).toMatch(/^\*{0,2}Rapport found 1 thing to check/);
        if (n > 4)
          expect(text).toContain(
            `Megge Anderson, Jo Miller, Priya Raghavan and ${n - 3} others at coca`,
          );
      }
    },
  );

  it("names the people as the audit suggests, in plain text", () => {
    expect(plainMessage([megName, ...pepsiToTeam(23)])).toBe(
      [
        "Rapport found 2 things to check before sending:",
        "Megge Anderson:",
        "• “Meg” → Megge",
        "Megge Anderson, Jo Miller, Priya Raghavan and 20 others at coca-cola.example:",
        "• mentions Pepsi",
        "Choose Review warnings to fix them.",
      ].join("\n"),
    );
  });

  it("names everyone when they are four or fewer", () => {
    expect(plainMessage(pepsiToTeam(4))).toContain(
      "Megge Anderson, Jo Miller, Priya Raghavan and Tomasz Kowalski:\n• mentions Pepsi",
    );
  });

  it.each(FORMS)(
    "%s: the audit's end-to-end case (51/151/501 people, Megge's “Meg” last): both problems shown",
    (_form, message) => {
      for (const n of [50, 150, 500]) {
        const text = message([...pepsiToTeam(n), { ...megName }]);
        expect(text.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
        expect(counts(text)).toEqual({ found: 2, more: 0 });
        expect(items(text)).toEqual(["mentions Pepsi", "“Meg” → Megge"]);
      }
    },
  );

  it.each(FORMS)(
    "%s: one 120-character name, or a huge domain, is cut, and the problem still shows",
    (_form, message) => {
      const long = "Ж".repeat(60) + "𝔄".repeat(30);
      const text = message(pepsiToTeam(1, () => long));
      expect(text.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
      expect(items(text)).toEqual(["mentions Pepsi"]);
      expect(text).toContain("Ж".repeat(39) + "…");
      const hugeDomain = pepsiToTeam(30).map((f) => ({
        ...f,
        recipient: f.recipient.replace("coca-cola.example", `${"sub.".repeat(60)}example`),
      }));
      expect(items(message(hugeDomain))).toEqual(["mentions Pepsi"]);
      expect(message(hugeDomain).length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
    },
  );

  it("cuts found words full of Markdown metacharacters between escapes, never inside one", () => {
    const hostile = pepsiToTeam(600).map((f) => ({
      ...f,
      recipientName: "*_[]()".repeat(20),
      evidence: { ...f.evidence!, text: "\\*_`#".repeat(40) },
    }));
    const text = markdownMessage(hostile, true, true, "message", [
      "Rapport cannot see who is in “*_[Coca-Cola deal team]*”. Expand the list in Outlook.",
    ]);
    expect(text.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
    expect(items(text)).toHaveLength(1);
    // Every metacharacter escaped: no run of an odd number of backslashes before a letter or end.
    for (const item of items(text)) {
      const body = item.replace(/\\[\\`*_{}[\]()#+\-.!|<>~]/g, "");
      expect(body).not.toMatch(/[\\`*_{}[\]()#+!|<>~]/);
    }
  });

  it("keeps room for a note of Rapport's own (a list it cannot see into, the time-out)", () => {
    const note = "Rapport cannot see who is in “Coca-Cola deal team”: its members are not checked.";
    for (const [, message] of FORMS) {
      const text = message([megName, ...pepsiToTeam(600)], true, true, "message", [note]);
      expect(text.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
      expect(items(text).length).toBeGreaterThanOrEqual(1);
      expect(text).toMatch(/Rapport cannot see who is in “Coca\\?-Cola deal team”/);
      expect(text).toMatch(/Rapport ran out of time/);
    }
  });

  it("leaves out a note that is empty once made safe, rather than a blank line", () => {
    expect(plainMessage([megName], true, false, "message", ["", ["\u202e", "\n"]])).toBe(
      plainMessage([megName]),
    );
  });

  it("says the count agrees: 2 things, 1 shown, 1 more on the Warnings tab", () => {
    // Two problems whose lines cannot both fit: the first is shown, the second counted.
    const longA = { ...megName, evidence: { ...megName.evidence!, text: "A".repeat(48) } };
    const longB = pepsiToTeam(600).map((f) => ({
      ...f,
      recipientName: "B".repeat(40),
      evidence: { ...f.evidence!, text: "Pepsi ".repeat(10) },
    }));
    const notes: DialogNote[] = ["N".repeat(300)];
    const text = plainMessage([longA, ...longB], false, false, "message", notes);
    const { found, more } = counts(text);
    expect(found).toBe(2);
    expect(found - more).toBe(items(text).length);
    expect(text.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
  });
});

// ---------------------------------------------------------------------------------------------
// The property: any number of recipients, any names, any number of problems.
// ---------------------------------------------------------------------------------------------

/** Names of 1–120 characters: Latin, Cyrillic, CJK, emoji (surrogate pairs), Markdown, controls. */
const nameArb = fc
  .array(
    fc.constantFrom(
      "a",
      "Z",
      " ",
      "é",
      "Ж",
      "中",
      "ب",
      "😀",
      "𝔄",
      "*",
      "_",
      "[",
      "]",
      "(",
      ")",
      "#",
      "\\",
      "`",
      "<",
      ">",
      "!",
      "|",
      "~",
      "-",
      ".",
      "+",
      "{",
      "}",
      "\n",
      "\u202e",
      "http://x.example",
    ),
    { minLength: 1, maxLength: 120 },
  )
  .map((parts) => parts.join("").slice(0, 120) || "x");

const problemArb = fc.record({
  check: fc.constantFrom("competitor-mention", "name-spelling", "billing-phrase", "avoided-topic"),
  text: nameArb,
  /** Which recipients it concerns: a share of them, from the first. */
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  more: fc.nat(3),
});

const caseArb = fc.record({
  names: fc.array(nameArb, { minLength: 1, maxLength: 600 }),
  problems: fc.array(problemArb, { minLength: 1, maxLength: 20 }),
  opensPane: fc.boolean(),
  partial: fc.boolean(),
  notes: fc.array(nameArb, { maxLength: 2 }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function findingsOf(c: Case) {
  const findings: Finding[] = [];
  c.problems.forEach((problem, k) => {
    const who = Math.max(1, Math.round(problem.share * c.names.length));
    for (let i = 0; i < who; i++) {
      const finding: Finding = {
        check: problem.check,
        messageId: "m",
        severity: "warning",
        recipient: `r${i}@client${i % 3}.example`,
        recipientName: c.names[i]!,
        message: `P${k} ${problem.text}`,
        // Problem k's words are "P<k> …": distinct places, so distinct problems and lines.
        evidence: {
          field: "body",
          text: `P${k} ${problem.text}`,
          start: k * 1000,
          end: k * 1000 + 5,
        },
      };
      if (i === who - 1 && problem.more > 0) finding.moreLikeThis = problem.more;
      findings.push(finding);
    }
  });
  return findings;
}

describe("the Smart Alerts text, property (audit 49b, finding 3)", () => {
  it("is always within 500 characters, always shows a problem, and its counts add up", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const findings = findingsOf(c);
        const problems = groupProblems(findings).length;
        const uncounted = c.problems.reduce((n, p) => n + p.more, 0);
        for (const [, message] of FORMS) {
          const text = message(findings, c.opensPane, c.partial, "message", c.notes);
          expect(text.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
          const shown = items(text);
          expect(shown.length).toBeGreaterThanOrEqual(1);
          // Each problem's line starts with its tag (“P3 …”, "mentions P3 …"): count them.
          const tags = new Set(shown.map((line) => /P(\d+)/.exec(line)?.[1]).filter(Boolean));
          const { found, more } = counts(text);
          expect(found).toBe(problems + uncounted);
          expect(more).toBe(found - tags.size);
          expect(tags.size).toBeGreaterThanOrEqual(1);
          // Never half a surrogate pair.
          expect(text).not.toMatch(
            /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
          );
          // Its last line always says what to do.
          expect(text).toMatch(/(fix them|see them|fix this invitation|what to change)\.$/);
        }
      }),
      { numRuns: 150, seed: 4903 },
    );
  });
});
