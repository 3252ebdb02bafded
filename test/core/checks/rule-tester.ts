/**
 * Table-driven tests for one check, after ESLint's RuleTester: drafts that must stay silent
 * and drafts with the exact findings they must produce. Recipients are resolved against the
 * bundled sample profiles (assets/sample-profiles.json) plus any a case adds.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Check } from "../../../src/core/checks/context";
import type { Draft, Recipient } from "../../../src/core/draft";
import { evaluateWithDiagnostics } from "../../../src/core/engine";
import type { Evidence, Finding, Fix } from "../../../src/core/finding";
import type { Policy } from "../../../src/core/policy";
import {
  indexProfiles,
  parseProfiles,
  resolveProfiles,
  type ClientProfile,
} from "../../../src/core/profile";

export const MEGGE = "megge.anderson@coca-cola.example";
export const COKE = "buyer@coca-cola.example";
export const DAN = "dan@whitakerbuilding.example";
export const FORD = "jim.farley@ford.example";
export const UPS = "ops@ups.example";
export const MICROSOFT = "satya@microsoft.example";
export const FIRM = "me@firm.example";

export function sampleProfiles(): ClientProfile[] {
  const raw: unknown = JSON.parse(
    readFileSync(join(__dirname, "../../../assets/sample-profiles.json"), "utf8"),
  );
  const parsed = parseProfiles(raw);
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profiles;
}

export interface DraftCase {
  /** Shown as the test's name. */
  name?: string;
  /** Addresses (To), or full recipients. Defaults to Megge. */
  to?: string | string[];
  recipients?: Recipient[];
  subject?: string;
  /** A plain-text body... */
  body?: string;
  /** ...or an HTML body. */
  html?: string;
  attachments?: string[];
  /**
   * Makes the draft a meeting invitation with these fields; `to` are then its required
   * attendees and `optional` its optional ones.
   */
  appointment?: Pick<Draft, "location" | "locations" | "onlineMeeting" | "start" | "end">;
  optional?: string[];
  /** The author (From); defaults to Jo Lawyer at the firm. */
  from?: { address: string; name?: string };
  /** Raw profiles added to (and overriding) the samples. */
  profiles?: unknown[];
  policy?: Policy;
}

export interface ExpectedFinding {
  messageId: string;
  recipient?: string;
  severity?: Finding["severity"];
  evidence?: Evidence;
  fix?: Partial<Fix>;
  /** Substrings the message must contain. */
  message?: string[];
}

export interface InvalidCase extends DraftCase {
  findings: ExpectedFinding[];
}

export interface RuleTests {
  valid: DraftCase[];
  invalid: InvalidCase[];
}

export function buildDraft(c: DraftCase): Draft {
  const to = c.to === undefined ? [MEGGE] : Array.isArray(c.to) ? c.to : [c.to];
  const draft: Draft = {
    from: c.from ?? { address: FIRM, name: "Jo Lawyer" },
    recipients:
      c.recipients ??
      to.map((address) => ({ address, kind: c.appointment ? "required" : ("to" as const) })),
    subject: c.subject ?? "Update",
    body:
      c.html !== undefined
        ? { format: "html", content: c.html }
        : { format: "text", content: c.body ?? "" },
    attachments: c.attachments ?? [],
  };
  if (!c.appointment) return draft;
  for (const address of c.optional ?? []) draft.recipients.push({ address, kind: "optional" });
  return { ...draft, kind: "appointment", ...c.appointment };
}

export function profilesFor(c: DraftCase, draft: Draft): Map<string, ClientProfile | undefined> {
  const extra = parseProfiles(c.profiles ?? []);
  if (extra.errors.length > 0) throw new Error(JSON.stringify(extra.errors));
  const byKey = indexProfiles([...sampleProfiles(), ...extra.profiles]);
  return resolveProfiles(
    draft.recipients.map((r) => r.address),
    byKey,
  );
}

/** Runs one check on a case; fails the test if the check threw. */
export function runCheck(check: Check, c: DraftCase): Finding[] {
  const draft = buildDraft(c);
  // A rule's own table: the learned second opinion (checks/second-opinion.ts), which may drop a
  // warning after every rule has run, is composed in the engine and has its own tests.
  const { findings, errors } = evaluateWithDiagnostics(draft, profilesFor(c, draft), c.policy, {
    checks: [check],
    secondOpinion: false,
  });
  expect(errors).toEqual([]);
  return findings;
}

/** Evidence for the `occurrence`-th (0-based) appearance of `needle` in `text`. */
export function at(
  field: Evidence["field"],
  text: string,
  needle: string,
  occurrence = 0,
): Evidence {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" not found in test text`);
  return { field, text: needle, start, end: start + needle.length };
}

function label(c: DraftCase, index: number): string {
  return (
    c.name ??
    `#${index + 1}: ${[c.subject ?? "", c.appointment?.location, c.body ?? c.html ?? ""].filter((p) => p !== undefined).join(" / ")}`.slice(
      0,
      100,
    )
  );
}

export function runRuleTests(check: Check, tests: RuleTests): void {
  describe(`${check.meta.id} stays silent`, () => {
    tests.valid.forEach((c, i) => {
      it(label(c, i), () => {
        expect(runCheck(check, c)).toEqual([]);
      });
    });
  });

  describe(`${check.meta.id} reports`, () => {
    tests.invalid.forEach((c, i) => {
      it(label(c, i), () => {
        const draft = buildDraft(c);
        const findings = runCheck(check, c);
        expect(findings.map((f) => f.messageId)).toEqual(c.findings.map((f) => f.messageId));
        findings.forEach((finding, j) => {
          const expected = c.findings[j]!;
          expect(Object.keys(check.meta.messages)).toContain(expected.messageId);
          expect(finding.check).toBe(check.meta.id);
          expect(finding.recipient).toBe(
            expected.recipient ?? draft.recipients[0]!.address.toLowerCase(),
          );
          expect(finding.severity).toBe(expected.severity ?? check.meta.defaultSeverity);
          expect(finding.evidence).toEqual(expected.evidence);
          if (expected.fix) expect(finding.fix).toMatchObject(expected.fix);
          else expect(finding.fix).toBeUndefined();
          expect(finding.message).not.toMatch(/\{\{|\}\}/);
          for (const part of expected.message ?? []) expect(finding.message).toContain(part);
          // Evidence points at exactly the text it quotes.
          if (finding.evidence && finding.evidence.field !== "attachment") {
            expect(finding.evidence.end - finding.evidence.start).toBe(
              finding.evidence.text.length,
            );
          }
        });
      });
    });
  });
}

/**
 * The avoided-topic rows of a suite whose drafts go to `profiles`: `found(to, topic, body, text)`
 * expects the topic at `text`, `quiet(to, body)` nothing. `address` turns a row's `to` into the
 * recipient (a suite may write domains only).
 */
export function topicRows(profiles: unknown[], address: (to: string) => string = (to) => to) {
  return {
    found: (to: string, topic: string, body: string, text: string): InvalidCase => ({
      name: `${topic}: ${body}`,
      to: address(to),
      profiles,
      body,
      findings: [
        {
          messageId: "topic",
          evidence: at("body", body, text),
          message: [`asked not to discuss ${topic}`],
        },
      ],
    }),
    quiet: (to: string, body: string): DraftCase => ({
      name: `quiet (${to}): ${body}`,
      to: address(to),
      profiles,
      body,
    }),
  };
}
