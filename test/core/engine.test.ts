import type { Check } from "../../src/core/checks/context";
import { CHECKS } from "../../src/core/checks";
import type { Draft } from "../../src/core/draft";
import { analyseDraft, withFreshMemo } from "../../src/core/analysis";
import { evaluate, evaluateWithDiagnostics, renderMessage } from "../../src/core/engine";
import type { GateWeights } from "../../src/core/checks/second-opinion";
import { COKE, DAN, MEGGE } from "./checks/rule-tester";
import { draftTo, profilesFor } from "./engine-drafts";

const megDraft = draftTo([MEGGE], "Dear Meg,\n\nPepsi's results are in. I'll give you a call.");

describe("evaluate", () => {
  it("reports the seed examples for Megge with messages and evidence", () => {
    const findings = evaluate(megDraft, profilesFor(megDraft));
    expect(findings.map((f) => [f.check, f.evidence?.text])).toEqual([
      ["name-spelling", "Meg"],
      ["competitor-mention", "Pepsi's"],
      ["unwanted-channel", "I'll give you a call"],
    ]);
    expect(findings.every((f) => f.recipient === MEGGE && f.severity === "warning")).toBe(true);
  });

  it("checks a draft analysed once again for other recipients, with their own lists", () => {
    const body =
      "Dear Meg,\n\nPepsi's results are in, and the golf day is off. I'll give you a call.";
    const toMegge = draftTo([MEGGE], body);
    const toDan = draftTo([DAN], body);
    const analysed = analyseDraft(toMegge);
    const reused = (draft: Draft) =>
      evaluateWithDiagnostics(draft, profilesFor(draft), {}, { analysed }).findings;
    expect(reused(toMegge)).toEqual(evaluate(toMegge, profilesFor(toMegge)));
    // Dan's lists differ from Megge's: the first run's term hits must not be reused for him.
    expect(reused(toDan)).toEqual(evaluate(toDan, profilesFor(toDan)));
    expect(reused(toDan).map((f) => f.check)).toContain("avoided-topic");
  });

  it("reads a profile's lists again when they change between evaluations", () => {
    const draft = draftTo([MEGGE], "Dear Megge,\n\nZestara and Pepsi both launched this week.");
    const profiles = profilesFor(draft);
    const brands = () =>
      evaluate(draft, profiles)
        .filter((f) => f.check === "competitor-mention")
        .map((f) => f.evidence?.text);
    expect(brands()).toEqual(["Pepsi"]);
    // Edited in place (an editor saving into the same object): the next send sees the new entry.
    profiles.get(MEGGE)!.competitors.push("Zestara");
    expect(brands()).toEqual(["Zestara", "Pepsi"]);
  });

  it("withFreshMemo gives the analysed draft back with nothing memoised", () => {
    const analysed = analyseDraft(megDraft);
    let computed = 0;
    const count = () => ++computed;
    analysed.memo("k", count);
    analysed.memo("k", count);
    const fresh = withFreshMemo(analysed);
    expect(fresh.body).toBe(analysed.body);
    fresh.memo("k", count);
    expect(computed).toBe(2);
  });

  it("switches off entirely when the policy says so", () => {
    expect(evaluate(megDraft, profilesFor(megDraft), { enabled: false })).toEqual([]);
  });

  it("silences a check set to off and overrides severities", () => {
    const findings = evaluate(megDraft, profilesFor(megDraft), {
      checks: {
        "competitor-mention": { severity: "off" },
        "unwanted-channel": { severity: "error" },
      },
    });
    expect(findings.map((f) => [f.check, f.severity])).toEqual([
      ["unwanted-channel", "error"],
      ["name-spelling", "warning"],
    ]);
  });

  it("marks findings monitor-only per check and globally", () => {
    const perCheck = evaluate(megDraft, profilesFor(megDraft), {
      checks: { "name-spelling": { monitorOnly: true } },
    });
    expect(perCheck.filter((f) => f.monitorOnly).map((f) => f.check)).toEqual(["name-spelling"]);
    const global = evaluate(megDraft, profilesFor(megDraft), { monitorOnly: true });
    expect(global.length).toBe(3);
    expect(global.every((f) => f.monitorOnly === true)).toBe(true);
  });

  it("orders by severity, then recipient order, then position", () => {
    const draft = draftTo(
      ["nobody@new.example", DAN, MEGGE],
      "Hi Dan and Meg,\nthe baseball game. Pepsi.",
    );
    const findings = evaluate(draft, profilesFor(draft));
    expect(findings.map((f) => [f.severity, f.recipient, f.check])).toEqual([
      ["warning", DAN, "avoided-topic"],
      ["warning", MEGGE, "name-spelling"],
      ["warning", MEGGE, "competitor-mention"],
      ["info", "nobody@new.example", "no-profile"],
    ]);
  });

  it("deduplicates recipients and skips empty addresses", () => {
    const draft: Draft = {
      ...megDraft,
      recipients: [
        { address: MEGGE, kind: "to" },
        { address: " Megge.Anderson@Coca-Cola.example ", kind: "cc" },
        { address: "", name: "Unresolved", kind: "to" },
      ],
    };
    expect(evaluate(draft, profilesFor(draft)).length).toBe(3);
  });

  it("keeps one finding per recipient when they share an organisation profile", () => {
    const draft = draftTo(
      ["a@coca-cola.example", "b@coca-cola.example"],
      "Pepsi is mentioned once.",
    );
    const findings = evaluate(draft, profilesFor(draft));
    expect(findings.map((f) => f.recipient)).toEqual([
      "a@coca-cola.example",
      "b@coca-cola.example",
    ]);
  });

  it("skips quoted history unless the policy includes it", () => {
    const draft = draftTo(
      [MEGGE],
      "Thanks, noted.\n\n-----Original Message-----\nFrom: Sam\nPepsi called about it.",
    );
    expect(evaluate(draft, profilesFor(draft))).toEqual([]);
    const included = evaluate(draft, profilesFor(draft), { includeQuotedHistory: true });
    expect(included.map((f) => f.evidence?.text)).toEqual(["Pepsi"]);
  });

  it("deduplicates identical findings from one check", () => {
    const twice: Check = {
      meta: { ...CHECKS[0]!.meta, id: "twice", messages: { m: "{{who}}" } },
      check(ctx) {
        const evidence = { field: "body" as const, text: "Dear", start: 0, end: 4 };
        ctx.report({ messageId: "m", evidence });
        ctx.report({ messageId: "m", evidence });
      },
    };
    const { findings } = evaluateWithDiagnostics(
      megDraft,
      profilesFor(megDraft),
      {},
      { checks: [twice] },
    );
    expect(findings).toEqual([
      {
        check: "twice",
        messageId: "m",
        severity: "warning",
        recipient: MEGGE,
        message: "Megge Anderson (The Coca-Cola Company)",
        evidence: { field: "body", text: "Dear", start: 0, end: 4 },
      },
    ]);
  });

  it("isolates a check that throws: the others still report", () => {
    const broken: Check = {
      meta: { ...CHECKS[0]!.meta, id: "broken" },
      check() {
        throw new Error("boom");
      },
    };
    const { findings, errors } = evaluateWithDiagnostics(
      megDraft,
      profilesFor(megDraft),
      {},
      {
        checks: [broken, ...CHECKS],
      },
    );
    expect(errors).toEqual([{ check: "broken", recipient: MEGGE, error: "boom" }]);
    expect(findings.map((f) => f.check)).toEqual([
      "name-spelling",
      "competitor-mention",
      "unwanted-channel",
    ]);
  });

  it("treats an unknown message id as a failure of that check", () => {
    const wrong: Check = {
      meta: { ...CHECKS[0]!.meta, id: "wrong", messages: {} },
      check(ctx) {
        ctx.report({ messageId: "nope" });
      },
    };
    const { findings, errors } = evaluateWithDiagnostics(
      megDraft,
      profilesFor(megDraft),
      {},
      { checks: [wrong] },
    );
    expect(findings).toEqual([]);
    expect(errors[0]?.error).toMatch(/unknown message id "nope"/);
  });

  it("never fails on a missing profile map entry or an empty draft", () => {
    const empty: Draft = {
      recipients: [{ address: MEGGE, kind: "to" }],
      subject: "",
      body: { format: "html", content: "" },
      attachments: [],
    };
    expect(evaluate(empty, new Map())).toEqual([
      expect.objectContaining({ check: "no-profile", recipient: MEGGE }),
    ]);
  });
});

describe("the second opinion's verdicts, once per evaluation", () => {
  /** A table that keeps (fill 100) or drops (fill -100) the checks given, counting its scores. */
  function countingTable(
    fill: number,
    checks: string[],
  ): { table: GateWeights; scored: () => number } {
    let scored = 0;
    const weights = new Int8Array(1 << 8).fill(fill);
    const table: GateWeights = {
      bits: 8,
      scale: 1,
      // scoreFeatures reads the weights once per warning it scores.
      get weights() {
        scored++;
        return weights;
      },
      thresholds: Object.fromEntries(checks.map((check) => [check, 0.5])),
    };
    return { table, scored: () => scored };
  }
  const body = "Dear all,\n\nPepsi's results are in. I'll give you a call, and Pepsi may call too.";

  it.each([
    ["kept", 100, true],
    ["dropped", -100, false],
  ])(
    "scores a warning on the same words once for all recipients, each %s alike",
    (_name, fill, kept) => {
      const checks = ["competitor-mention", "unwanted-channel"];
      const one = countingTable(fill, checks);
      const alone = draftTo([MEGGE], body);
      const aloneFound = evaluate(alone, profilesFor(alone), {}, { secondOpinion: one.table });
      const both = countingTable(fill, checks);
      const shared = draftTo([MEGGE, COKE], body);
      const sharedFound = evaluate(shared, profilesFor(shared), {}, { secondOpinion: both.table });
      // Both recipients list Pepsi: its warnings are scored no more often for two than for one.
      expect(one.scored()).toBeGreaterThan(0);
      expect(both.scored()).toBe(one.scored());
      const pepsi = (found: typeof sharedFound, who: string) =>
        found
          .filter((f) => f.recipient === who && f.check === "competitor-mention")
          .map((f) => f.evidence?.start);
      expect(pepsi(sharedFound, MEGGE)).toEqual(pepsi(aloneFound, MEGGE));
      expect(pepsi(sharedFound, COKE)).toEqual(pepsi(sharedFound, MEGGE));
      expect(pepsi(sharedFound, COKE).length > 0).toBe(kept);
    },
  );

  it("scores each check's warning on the same words apart, and a new evaluation anew", () => {
    const draft = draftTo([MEGGE], body);
    // Drops competitor-mention's warnings only: unwanted-channel's on the same draft stay.
    const t = countingTable(-100, ["competitor-mention"]);
    const found = evaluate(draft, profilesFor(draft), {}, { secondOpinion: t.table });
    expect(found.map((f) => f.check)).not.toContain("competitor-mention");
    expect(found.map((f) => f.check)).toContain("unwanted-channel");
    const first = t.scored();
    evaluate(draft, profilesFor(draft), {}, { secondOpinion: t.table });
    expect(t.scored()).toBe(2 * first);
  });
});

describe("renderMessage", () => {
  it.each([
    ["plain text", {}, "plain text"],
    ["{{a}}", { a: 1 }, "1"],
    ["x {{ a }} y {{b}}z", { a: "A", b: 2 }, "x A y 2z"],
    // Unknown placeholders stay as written, so a test sees them.
    ["{{missing}} and {{a}}", { a: "q" }, "{{missing}} and q"],
    // Values are inserted as they are: no replacement patterns, no second pass.
    ["{{a}}", { a: "$&$1" }, "$&$1"],
    ["a{{b}}", { b: "{{b}}" }, "a{{b}}"],
    ["{{a}}{{a}}", { a: "q" }, "qq"],
    ["{{ a}", { a: 1 }, "{{ a}"],
    ["{{toString}}", {}, "{{toString}}"],
  ])("fills %j", (template, data, expected) => {
    expect(renderMessage(template, data)).toBe(expected);
  });
});
