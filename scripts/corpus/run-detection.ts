/** Runs every case of a detection corpus through the same path as `rapport check`. */
import { readFile } from "node:fs/promises";
import { readDraftFile, DraftReadError } from "../../src/cli/read-draft";
import { analyseDraft } from "../../src/core/analysis";
import { CHECKS } from "../../src/core/checks";
import { evaluateWithDiagnostics } from "../../src/core/engine";
import type { Draft } from "../../src/core/draft";
import {
  FileProfileSource,
  formatProfileIssue,
  parseProfileFile,
} from "../../src/profiles/file-source";
import {
  CorpusError,
  listCaseFiles,
  listSets,
  readDetectionCase,
  type CorpusSet,
  type DetectionCase,
} from "./cases";
import { applyDecisions, readDecisions, type Override } from "./decisions";
import type { CaseRun } from "./score-detection";

export const CHECK_IDS: readonly string[] = CHECKS.map((check) => check.meta.id);

export async function profilesOf(set: CorpusSet): Promise<FileProfileSource> {
  const { profiles, errors } = parseProfileFile(
    await readFile(set.profilesFile, "utf8"),
    set.profilesFile,
  );
  if (errors.length > 0) {
    throw new CorpusError(
      errors.map((issue) => formatProfileIssue(set.profilesFile, issue)).join("\n"),
    );
  }
  return new FileProfileSource(profiles);
}

export async function loadDetectionCorpus(
  root: string,
): Promise<{ set: CorpusSet; cases: DetectionCase[] }[]> {
  const known = new Set(CHECK_IDS);
  const result: { set: CorpusSet; cases: DetectionCase[] }[] = [];
  for (const set of await listSets(root)) {
    const cases: DetectionCase[] = [];
    for (const { slug, draft, expect } of await listCaseFiles(set)) {
      cases.push(await readDetectionCase(set, slug, draft, expect, known));
    }
    result.push({ set, cases });
  }
  return result;
}

/**
 * Runs every case under `root`, after applying the product decisions of `decisionsFile` (when
 * given and present): the overrides applied are returned with the runs, for the report.
 */
/**
 * One draft's findings and the texts they point into, as scoring reads them. A check that throws
 * is skipped by the engine; scored, it would look like misses, so it throws here.
 */
export function evaluateCase(
  c: DetectionCase,
  draft: Draft,
  profiles: Parameters<typeof evaluateWithDiagnostics>[1],
): CaseRun {
  const { findings, errors } = evaluateWithDiagnostics(draft, profiles, {});
  if (errors.length > 0) throw new Error(`${errors[0]!.check} threw (${errors[0]!.error})`);
  const analysed = analyseDraft(draft);
  return {
    case: c,
    findings,
    fields: {
      subject: analysed.subject.text,
      location: analysed.location.text,
      body: analysed.body.text,
      attachments: analysed.attachments.map((a) => a.name),
      links: analysed.body.links,
    },
  };
}

export async function runDetectionCorpus(
  root: string,
  decisionsFile?: string,
): Promise<{ runs: CaseRun[]; overrides: Override[] }> {
  const runs: CaseRun[] = [];
  const corpus = await loadDetectionCorpus(root);
  const decisions = decisionsFile ? await readDecisions(decisionsFile, new Set(CHECK_IDS)) : [];
  const overrides = applyDecisions(
    corpus.flatMap(({ cases }) => cases),
    decisions,
    decisionsFile ?? "",
  );
  for (const { set, cases } of corpus) {
    const source = await profilesOf(set);
    for (const c of cases) {
      try {
        const draft = await readDraftFile(c.file);
        const profiles = await source.lookup(draft.recipients.map((r) => r.address));
        runs.push(evaluateCase(c, draft, profiles));
      } catch (error) {
        const reason = error instanceof DraftReadError ? error.reason : (error as Error).message;
        runs.push({ case: c, findings: [], error: reason });
      }
    }
  }
  return { runs, overrides };
}
