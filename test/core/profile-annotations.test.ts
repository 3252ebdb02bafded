import { evaluate } from "../../src/core/engine";
import {
  competitorNames,
  profileForChecks,
  splitAnnotation,
} from "../../src/core/profile-annotations";
import { indexProfiles, resolveProfiles, type ClientProfile } from "../../src/core/profile";
import type { Draft } from "../../src/core/draft";
import { sampleProfiles } from "./checks/rule-tester";

describe("splitAnnotation: a list entry with a note on it", () => {
  it.each([
    [
      "strikes (industrial action by dock and port workers)",
      "strikes",
      "industrial action by dock and port workers",
    ],
    ["ratings - viewing figures", "ratings", "viewing figures"],
    ["ratings – viewing figures", "ratings", "viewing figures"],
    [
      "the share price: the stock's recent performance",
      "the share price",
      "the stock's recent performance",
    ],
    ["sport, e.g. football and rugby", "sport", "football and rugby"],
    ["politics such as the election", "politics", "the election"],
  ])("%s → head %s", (entry, head, note) => {
    expect(splitAnnotation(entry)).toEqual({ head, note });
  });

  it.each([
    "post-Brexit trade",
    "Coca-Cola",
    "Review of file",
    "mergers and acquisitions",
    "the 2019 election",
    "(bracket first)",
  ])("%s is an entry without a note", (entry) => {
    expect(splitAnnotation(entry)).toEqual({ head: entry });
  });

  it("reads only a bracketed note on names and phrases", () => {
    expect(splitAnnotation("Tesco (UK grocery)", true)).toEqual({
      head: "Tesco",
      note: "UK grocery",
    });
    expect(splitAnnotation("Marks & Spencer - Food", true)).toEqual({
      head: "Marks & Spencer - Food",
    });
  });
});

describe("competitorNames: a competitor entry with more than one name (round 20)", () => {
  it.each([
    ["Pernod Ricard / Chivas Brothers", ["Pernod Ricard", "Chivas Brothers"]],
    ["Vets4Pets / Pets at Home", ["Vets4Pets", "Pets at Home"]],
    ["Instructure (Canvas)", ["Instructure", "Canvas"]],
    ["Edrington (The Macallan)", ["Edrington", "The Macallan"]],
    ["Air Lease Corporation (ALC)", ["Air Lease Corporation", "ALC"]],
    ["Arcadia (formerly Burton Group)", ["Arcadia", "Burton Group"]],
    ["Meta (previously known as Facebook)", ["Meta", "Facebook"]],
    [
      "Mars (Mars Veterinary Health) / IVC Evidensia",
      ["Mars", "Mars Veterinary Health", "IVC Evidensia"],
    ],
    ["A / B / C / D / E / F", ["A", "B", "C", "D"]],
  ])("%s → %j", (entry, names) => {
    expect(competitorNames(entry)).toEqual(names);
  });

  it.each([
    ["Tesco (UK grocery)", ["Tesco"]],
    ["Pepsi (their main rival)", ["Pepsi"]],
    ["Aldi (UK)", ["Aldi"]],
    ["Lidl (Germany)", ["Lidl"]],
    ["Acme (Holdings Ltd)", ["Acme"]],
    ["Nike (Client Request)", ["Nike"]],
    ["Adidas (Sensitive)", ["Adidas"]],
    ["Kraft (formerly)", ["Kraft"]],
    ["AT&T/Time Warner", ["AT&T/Time Warner"]],
    ["Coca-Cola", ["Coca-Cola"]],
    [`Acme (${"Big ".repeat(100)}Co)`, [`Acme (${"Big ".repeat(100)}Co)`]],
  ])("%s keeps its one name (%j)", (entry, names) => {
    expect(competitorNames(entry)).toEqual(names);
  });
});

describe("profileForChecks", () => {
  const base = sampleProfiles()[0]!;

  it("keeps a profile without notes on its entries as it is", () => {
    expect(profileForChecks(base)).toBe(base);
  });

  it("reads entries by their heads and a topic's note as a gloss in the notes", () => {
    const annotated: ClientProfile = {
      ...base,
      avoidTopics: ["strikes (industrial action, walkouts)"],
      competitors: ["Pepsi (their main rival)"],
      bannedBillingPhrases: ["Review of file (any wording)"],
      notes: "Met at the 2024 conference.",
    };
    const read = profileForChecks(annotated);
    expect(read.avoidTopics).toEqual(["strikes"]);
    expect(read.competitors).toEqual(["Pepsi"]);
    expect(read.bannedBillingPhrases).toEqual(["Review of file"]);
    expect(read.notes).toBe(
      "Met at the 2024 conference.\nstrikes or industrial action\nstrikes or walkouts",
    );
    expect(profileForChecks(annotated)).toBe(read);
  });

  it.each(["sensitive", "very sensitive", "strictly confidential", "off-limits", "never!"])(
    "takes a remark (%s) as no gloss of the topic",
    (remark) => {
      const read = profileForChecks({
        ...base,
        avoidTopics: [`the merger (${remark})`],
        notes: "",
      });
      expect(read.avoidTopics).toEqual(["the merger"]);
      expect(read.notes ?? "").toBe("");
    },
  );
});

describe("the checks read annotated entries (a silent check before round 15)", () => {
  const megge = sampleProfiles().find((p) => p.competitors.length > 0)!;
  const draft: Draft = {
    from: { address: "lawyer@firm.example" },
    recipients: [{ address: megge.matchKey.replace(/^@/, "someone@"), kind: "to" }],
    subject: "Next steps",
    body: {
      format: "text",
      content: "We compared the terms with Pepsi's standard form.\n\nReview of file: 2.0 hours",
    },
    attachments: [],
  };
  const checksFor = (profile: ClientProfile) =>
    evaluate(
      draft,
      resolveProfiles(
        draft.recipients.map((r) => r.address),
        indexProfiles([profile]),
      ),
    )
      .map((f) => f.check)
      .sort();

  it("finds with the notes what it finds without them", () => {
    const plain: ClientProfile = {
      ...megge,
      competitors: ["Pepsi"],
      bannedBillingPhrases: ["Review of file"],
    };
    const annotated: ClientProfile = {
      ...megge,
      competitors: ["Pepsi (never mention them)"],
      bannedBillingPhrases: ["Review of file (the client's billing guidelines, 4.2)"],
    };
    const found = checksFor(plain);
    expect(found).toEqual(expect.arrayContaining(["billing-phrase", "competitor-mention"]));
    expect(checksFor(annotated)).toEqual(found);
  });

  it.each([
    ["Zenith Drinks (Pepsi)", true],
    ["Britvic / Pepsi", true],
    ["Zenith Drinks (formerly Pepsi)", true],
    ["Britvic (UK)", false],
    ["Britvic (Pepsi bottler)", false],
  ])("reads the entry %s for the name Pepsi: %s", (entry, found) => {
    const profile: ClientProfile = { ...megge, competitors: [entry], bannedBillingPhrases: [] };
    expect(checksFor(profile).includes("competitor-mention")).toBe(found);
  });
});
