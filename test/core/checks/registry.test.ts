import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { CHECK_IDS } from "../../../src/core/check-ids";
import { CHECKS, checkById } from "../../../src/core/checks";

const CHECKS_DIR = join(__dirname, "../../../src/core/checks");
const DOCS = join(__dirname, "../../../docs/checks.md");
/** Files in src/core/checks that are shared machinery, not checks. */
const SUPPORT_FILES = [
  "index",
  "context",
  "helpers",
  "channel-proposals",
  "channel-lexicon",
  "proposal-mood",
  "profile-terms",
  "fix-builders",
  "invitation",
  "billing-context",
  "billing-synonyms",
  "billing-entry-forms",
  "brand-affixes",
  "short-forms",
  "entertainment-jargon",
  "entertainment-event-meal",
  "time-entries",
  "name-marks-notes",
  "channel-notes",
  "entertainment-lexicon",
  "topic-senses",
  "topic-instances",
  "topic-families",
  "topic-world",
  "topic-allusions",
  "topic-notes",
  "topic-clauses",
  "topic-inflections",
  "matter-parties",
  "matter-reading",
  "matter-heads",
  "notes-parties",
  "brand-senses",
  "addressee",
  "entertainment-notes",
  // Round 35: the learned second opinion the engine runs after the checks, and its weights (round 45:
  // competitor-mention's own table).
  "second-opinion",
  "second-opinion-weights",
  "second-opinion-competitor",
];
const STABLE_IDS = [
  "name-spelling",
  "unwanted-channel",
  "meeting-platform",
  "billing-detail",
  "billing-phrase",
  "competitor-mention",
  "entertainment-invite",
  "avoided-topic",
  "no-profile",
];

const checkFiles = readdirSync(CHECKS_DIR)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.replace(/\.ts$/, ""))
  .filter((name) => !SUPPORT_FILES.includes(name));

describe("check registry", () => {
  it("registers every check file, and nothing else", () => {
    expect(CHECKS.map((c) => c.meta.id).sort()).toEqual([...checkFiles].sort());
  });

  it("has exactly the stable check ids", () => {
    expect(CHECKS.map((c) => c.meta.id).sort()).toEqual([...STABLE_IDS].sort());
  });

  it("is what policy.json's validation names, in the engine's order (src/core/check-ids.ts)", () => {
    expect(CHECKS.map((c) => c.meta.id)).toEqual([...CHECK_IDS]);
  });

  it.each(checkFiles)("%s: meta.id equals the file name and meta is complete", async (name) => {
    const module = (await import(join(CHECKS_DIR, `${name}.ts`))) as (typeof CHECKS)[number];
    expect(module.meta.id).toBe(name);
    expect(checkById(name)).toBe(CHECKS.find((c) => c.meta.id === name));
    expect(["name", "channel", "billing", "brand", "social", "profile"]).toContain(
      module.meta.category,
    );
    expect(["info", "warning", "error"]).toContain(module.meta.defaultSeverity);
    expect(module.meta.description.length).toBeGreaterThan(20);
    expect(Object.keys(module.meta.messages).length).toBeGreaterThan(0);
    expect(typeof module.check).toBe("function");
  });

  it.each(checkFiles)("%s: has a table-driven test using only known message ids", (name) => {
    const testFile = join(__dirname, `${name}.test.ts`);
    expect(existsSync(testFile)).toBe(true);
    expect(readFileSync(testFile, "utf8")).toContain("runRuleTests(");
    // Its table for meeting invitations, when it has one, counts too.
    const invitationFile = join(__dirname, "invitations", `${name}.test.ts`);
    const source =
      readFileSync(testFile, "utf8") +
      (existsSync(invitationFile) ? readFileSync(invitationFile, "utf8") : "");
    const used = [...source.matchAll(/messageId:\s*"([^"]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    const known = Object.keys(checkById(name)!.meta.messages);
    for (const id of used) expect(known).toContain(id);
    // Every message is exercised by at least one expected finding.
    for (const id of known) expect(used).toContain(id);
  });

  it.each(checkFiles)("%s: is documented in docs/checks.md", (name) => {
    const docs = readFileSync(DOCS, "utf8");
    expect(docs).toMatch(new RegExp(`^## \`?${name}\`?\\s*$`, "m"));
  });
});
