import { listen } from "../../src/core/listen";
import type { HeardFrom } from "../../src/core/listen/listen";
import {
  contextOf,
  decodeWeights,
  gateFeatures,
  gateScore,
  secondOpinion,
  type GateContext,
  type GateModel,
} from "../../scripts/learn/listen-gate-reader";
import { bucket } from "../../src/core/checks/second-opinion";
import { LISTEN_GATE } from "../../scripts/learn/listen-gate-weights";
import type { ClientMessage } from "../../src/core/listen";

function contextAt(text: string, names: Partial<GateContext> = {}): GateContext {
  return {
    text,
    sentences: [{ start: 0, end: text.length }],
    writerName: "Robert Hale",
    ownNames: ["robert.hale"],
    otherNames: ["Jo Bright"],
    ...names,
  };
}

/** The features of a suggestion whose quote is `quote` in `text`. */
function featuresOf(text: string, quote: string, field = "avoidChannels", value = "phone") {
  const start = text.indexOf(quote);
  return gateFeatures(
    { field: field as never, op: "add", value, start, end: start + quote.length },
    contextAt(text),
  );
}

/** A model with the given weights on named features, nothing elsewhere. */
function tiny(weights: Record<string, number>, threshold = 0.5, bias = 0): GateModel {
  const table = new Float32Array(1 << 8);
  for (const [feature, w] of Object.entries(weights)) table[bucket(feature, 8)]! += w;
  return { bits: 8, bias, weights: table, threshold };
}

describe("the second opinion's features", () => {
  const rows: [string, string, string, string[], string[]][] = [
    // sentence, quote, field, cues present, cues absent
    ["Please don't phone me.", "don't phone me", "avoidChannels", ["first"], ["question", "modal"]],
    ["Could you not phone me?", "not phone me", "avoidChannels", ["question", "modal"], []],
    ["If it's urgent, don't phone me.", "don't phone me", "avoidChannels", ["condition"], []],
    ["Just this once, phone me instead.", "phone me", "preferredChannels", ["time-limited"], []],
    [
      "Our MD says he hates calls.",
      "hates calls",
      "avoidChannels",
      ["reported", "third"],
      ["first"],
    ],
    ["We would rather not have calls.", "not have calls", "avoidChannels", ["we", "modal"], []],
  ];
  it.each(rows)("%s", (sentence, quote, field, present, absent) => {
    const features = featuresOf(sentence, quote, field);
    for (const cue of present) expect(features).toContain(`c:${cue}`);
    for (const cue of absent) expect(features).not.toContain(`c:${cue}`);
    expect(features).toContain(`f:${field}`);
    expect(features).toContain(`fw:${field}:${quote.split(" ").pop()!.toLowerCase()}`);
  });

  it("reads a name's shape: the writer's own, someone else's", () => {
    const own = featuresOf("Nobody calls me Robert.", "Robert", "avoidNames", "Robert");
    expect(own).toEqual(
      expect.arrayContaining(["c:own-name", "c:display-name", "c:display-first"]),
    );
    const other = featuresOf("Please don't call Jo that.", "Jo", "avoidNames", "Jo");
    expect(other).toContain("c:other-name");
    expect(other).not.toContain("c:own-name");
    expect(featuresOf("Not Mr Hale, please.", "Mr Hale", "avoidNames", "Mr Hale")).toContain(
      "c:title-form",
    );
    // Not a name field: no name cues.
    expect(featuresOf("No calls, Robert.", "No calls", "avoidChannels")).not.toContain(
      "c:own-name",
    );
  });
});

describe("the second opinion's score and gate", () => {
  const text = "Please don't phone me.";
  const features = featuresOf(text, "don't phone me");

  it("rises with a feature's weight", () => {
    let last = -1;
    for (const w of [-2, -1, 0, 1, 2]) {
      const score = gateScore(features, tiny({ "c:first": w }));
      expect(score).toBeGreaterThan(last);
      last = score;
    }
    expect(gateScore(features, tiny({}))).toBeCloseTo(0.5);
  });

  it("drops a change scored below the threshold, keeps the rest and every confirmation", () => {
    const ctx = {
      ...contextAt("Please don't phone me. Could you maybe use Teams?"),
      sentences: [
        { start: 0, end: 22 },
        { start: 23, end: 49 },
      ],
    };
    const base = { profile: "robert.hale@hale.example", op: "add" as const, alreadyKnown: false };
    const sure = {
      ...base,
      field: "avoidChannels" as const,
      value: "phone",
      quote: "",
      start: 7,
      end: 21,
    };
    const maybe = {
      ...base,
      field: "meetingPlatform" as const,
      value: "teams",
      quote: "",
      start: 23,
      end: 49,
    };
    const known = { ...maybe, alreadyKnown: true };
    const model = tiny({ "c:modal": -3 }, 0.2);
    expect(secondOpinion([sure, maybe, known], ctx, model)).toEqual([sure, known]);
    expect(secondOpinion([sure, maybe, known], ctx, undefined)).toEqual([sure, maybe, known]);
  });

  it("decodes signed-byte weights", () => {
    const bytes = Int8Array.from([0, 1, -1, 127, -127]);
    const weights = decodeWeights(Buffer.from(bytes.buffer).toString("base64"), 0.5, 3);
    expect([...weights]).toEqual([0, 0.5, -0.5, 63.5, -63.5, 0, 0, 0]);
  });

  it("the trained weights load and trust a plain statement", () => {
    expect(LISTEN_GATE).toBeDefined();
    const model = LISTEN_GATE!;
    expect(model.weights).toHaveLength(1 << model.bits);
    const plain = featuresOf("I'd rather you didn't phone me; email is best.", "didn't phone me");
    expect(gateScore(plain, model)).toBeGreaterThan(model.threshold);
  });
});

describe("where the gate would stand", () => {
  it("listen() is the engine's output, and the context is the text it read", () => {
    const message: ClientMessage = {
      from: { address: "robert.hale@hale-foods.example", name: "Robert Hale" },
      subject: "Re: lease",
      body: { format: "text", content: "Hi Jo,\nPlease don't phone me, email is best.\nRobert" },
    };
    const out: { from?: HeardFrom } = {};
    const suggestions = listen(message, [], out);
    const context = contextOf(message, out.from!);
    expect(listen(message, [])).toEqual(suggestions);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(context.text.slice(s.start, s.end)).toBe(s.quote);
    expect(context.writerName).toBe("Robert Hale");
  });
});
