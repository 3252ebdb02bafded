import {
  askNeed,
  askParagraph,
  firstNameFor,
  missingTopics,
  spellingFor,
  type AskNeed,
} from "../../src/core/ask";
import { emptyProfile, type ClientProfile } from "../../src/core/profile";

const NOW = new Date(2026, 10, 23);

function profile(values: Partial<ClientProfile>): ClientProfile {
  return { ...emptyProfile("megge.anderson@coca-cola.example"), ...values };
}

const COMPLETE = profile({
  preferredName: "Megge",
  preferredChannels: ["email"],
  meetingPlatform: "teams",
  billingDetail: "summary",
  statusUpdates: "monthly",
  lastConfirmed: "2026-09-01",
});

describe("askNeed: whom to ask, and what", () => {
  it.each<[string, ClientProfile | undefined, AskNeed | undefined]>([
    [
      "no profile: everything",
      undefined,
      { reason: "missing", topics: ["name", "reach", "meeting", "billing", "updates"] },
    ],
    ["complete and current: nothing", COMPLETE, undefined],
    [
      "only the name missing",
      { ...COMPLETE, preferredName: undefined },
      { reason: "gaps", topics: ["name"] },
    ],
    [
      "an avoided channel answers how to reach them",
      { ...COMPLETE, preferredChannels: [], avoidChannels: ["phone"] },
      undefined,
    ],
    [
      "no channel either way",
      { ...COMPLETE, preferredChannels: [] },
      { reason: "gaps", topics: ["reach"] },
    ],
    [
      "billing and updates missing",
      { ...COMPLETE, billingDetail: undefined, statusUpdates: undefined },
      { reason: "gaps", topics: ["billing", "updates"] },
    ],
    [
      "confirmed exactly 12 months ago: still current",
      { ...COMPLETE, lastConfirmed: "2025-11-23" },
      undefined,
    ],
    [
      "confirmed 13 months ago: stale",
      { ...COMPLETE, lastConfirmed: "2025-10-01" },
      { reason: "stale", topics: [] },
    ],
    [
      "never confirmed: stale",
      { ...COMPLETE, lastConfirmed: undefined },
      { reason: "stale", topics: [] },
    ],
    [
      "gaps win over staleness",
      { ...COMPLETE, meetingPlatform: undefined, lastConfirmed: "2020-01-01" },
      { reason: "gaps", topics: ["meeting"] },
    ],
  ])("%s", (_, given, expected) => {
    expect(askNeed(given && profile(given), NOW)).toEqual(expected);
  });

  it("missingTopics keeps the asking order", () => {
    expect(missingTopics(profile({}))).toEqual(["name", "reach", "meeting", "billing", "updates"]);
  });
});

describe("firstNameFor", () => {
  it.each<[string, Partial<ClientProfile> | undefined, string, string | undefined]>([
    [
      "the preferred name first",
      { preferredName: "Megge", fullName: "Margaret Anderson" },
      "Meg A",
      "Megge",
    ],
    ["else the full name's first word", { fullName: "Daniel Whitaker" }, "Dan W", "Daniel"],
    ["else Outlook's display name", undefined, "Taylor Kim", "Taylor"],
    ["never an address", undefined, "taylor.kim@microsoft.example", undefined],
  ])("%s", (_, given, display, expected) => {
    expect(firstNameFor(given && profile(given), display)).toBe(expected);
  });
});

describe("firstNameFor: only a name a senior lawyer would write (audit 49c, 4)", () => {
  // Outlook's display name alone (no profile): the commonest Ask case.
  it.each<[string, string | undefined]>([
    ["Megge Anderson", "Megge"],
    ["Anderson, Megge", "Megge"], // a directory's "Last, First", turned round
    ["Anderson, Megge (Legal)", "Megge"],
    ["Megge Anderson, QC", "Megge"], // a credential after the comma is not a name
    ["Megge Anderson, Partner", "Megge"], // a whole name before the comma: a title after it
    ["Jo Miller, Director", "Jo"],
    ["Megge Anderson, Acme", "Megge"], // or a firm
    ["van der Berg, Jan", "Jan"], // one surname with particles before the comma: turned round
    ["'Megge Anderson'", "Megge"],
    ["Seán O'Brien", "Seán"],
    ["Mary-Jane Watson", "Mary-Jane"],
    ["Dr. Hans Müller", undefined], // a title: addressed formally, no first name
    ["Dr., Hans", undefined],
    ["Mr John Smith", undefined],
    ["Prof Jane Doe", undefined],
    ["Anderson, Dr. Megge", undefined],
    ["ANDERSON Megge", undefined], // surname first in capitals
    ["Legal Department", undefined], // role words, not a person
    ["Legal", undefined],
    ["Accounts Payable", undefined],
    ["Info Desk", undefined],
    ["Megge", undefined], // one word: a given name or a surname, cannot tell
    ["J. Smith", undefined], // an initial
    ["megge anderson", undefined],
    ["王 小明", undefined],
    ["megge.anderson@coca-cola.example", undefined],
    ["", undefined],
  ])("display name %j → %j", (display, expected) => {
    expect(firstNameFor(undefined, display)).toBe(expected);
  });

  it("a full name on file that cannot be used is not got round with Outlook's name", () => {
    expect(firstNameFor(profile({ fullName: "Dr. Hans Müller" }), "Hans Müller")).toBeUndefined();
    expect(firstNameFor(profile({ fullName: "Müller, Hans" }), "Legal")).toBe("Hans");
  });

  it.each(["Dr. Hans Müller", "Mr John Smith", "Legal Department"])(
    "the paragraph for %j has no vocative at all, not a wrong one",
    (display) => {
      const text = askParagraph({
        need: { reason: "missing", topics: ["name"] },
        ...(firstNameFor(undefined, display)
          ? { firstName: firstNameFor(undefined, display) }
          : {}),
        spelling: "uk",
      });
      expect(text).toBe(
        "So that we can look after you the way you prefer, may I ask a few quick questions? How would you like us to address you? A one-line reply is plenty, and thank you.",
      );
    },
  );
});

describe("spellingFor (Office.context.displayLanguage)", () => {
  it.each([
    ["en-US", "us"],
    ["en-us", "us"],
    ["en-GB", "uk"],
    ["en-AU", "uk"],
    ["fr-FR", "uk"],
    [undefined, "uk"],
  ])("%s → %s", (language, spelling) => {
    expect(spellingFor(language)).toBe(spelling);
  });
});

describe("askParagraph", () => {
  it("asks only the missing questions, by first name, warmly", () => {
    const text = askParagraph({
      need: { reason: "gaps", topics: ["name", "billing"] },
      firstName: "Megge",
      spelling: "uk",
    });
    expect(text).toBe(
      "So that we can look after you the way you prefer, Megge, may I ask a few quick questions? How would you like us to address you? Would you like our invoices itemised, or summarised with a total? A one-line reply is plenty, and thank you.",
    );
    expect(text).not.toMatch(/platform|reach|progress/);
  });

  it("spells the US way for en-US", () => {
    const text = askParagraph({
      need: { reason: "gaps", topics: ["billing"] },
      firstName: "Dan",
      spelling: "us",
    });
    expect(text).toContain("itemized, or summarized");
    expect(text).not.toMatch(/itemised|summarised/);
  });

  it("asks to confirm a complete but out-of-date profile", () => {
    expect(
      askParagraph({ need: { reason: "stale", topics: [] }, firstName: "Dan", spelling: "uk" }),
    ).toBe(
      "It has been a while since we last checked how you like us to work with you, Dan: is everything we have on file still right, and is there anything you would like us to do differently? A one-line reply is plenty, and thank you.",
    );
  });

  it("drops the vocative when there is no name to use", () => {
    const text = askParagraph({ need: { reason: "missing", topics: ["meeting"] }, spelling: "uk" });
    expect(text.startsWith("So that we can look after you the way you prefer, may I ask")).toBe(
      true,
    );
    expect(text).not.toContain("{{");
  });

  it("uses the firm's wording part by part", () => {
    const text = askParagraph({
      need: { reason: "gaps", topics: ["name", "meeting"] },
      firstName: "Megge",
      spelling: "us",
      wording: {
        intro: "{{firstName}}, two quick things from us:",
        questions: { meeting: "Teams, Zoom or something else?" },
      },
    });
    expect(text).toBe(
      "Megge, two quick things from us: How would you like us to address you? Teams, Zoom or something else? A one-line reply is plenty, and thank you.",
    );
  });
});
