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
import type { DetectionContext } from "./perturb";

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
  return { case: c, findings, fields: scoredFields(draft) };
}

/** The texts a draft's findings point into (subject, location, body, file names, links). */
export function scoredFields(draft: Draft): NonNullable<CaseRun["fields"]> {
  const analysed = analyseDraft(draft);
  return {
    subject: analysed.subject.text,
    location: analysed.location.text,
    body: analysed.body.text,
    attachments: analysed.attachments.map((a) => a.name),
    links: analysed.body.links,
  };
}

/** One draft as read, with its recipients' profiles and what a perturbation kind may know. */
export interface LoadedDraft {
  case: DetectionCase;
  draft?: Draft;
  profiles?: Awaited<ReturnType<Awaited<ReturnType<typeof profilesOf>>["lookup"]>>;
  context: DetectionContext;
  error?: string;
}

/** Every case's draft and profiles, the product decisions applied (their overrides returned). */
async function loadWithOverrides(
  root: string,
  decisionsFile?: string,
): Promise<{ loaded: LoadedDraft[]; overrides: Override[] }> {
  const corpus = await loadDetectionCorpus(root);
  const decisions = decisionsFile ? await readDecisions(decisionsFile, new Set(CHECK_IDS)) : [];
  const overrides = applyDecisions(
    corpus.flatMap(({ cases }) => cases),
    decisions,
    decisionsFile ?? "",
  );
  const loaded: LoadedDraft[] = [];
  for (const { set, cases } of corpus) {
    const source = await profilesOf(set);
    for (const c of cases) {
      try {
        const draft = await readDraftFile(c.file);
        const profiles = await source.lookup(draft.recipients.map((r) => r.address));
        const competitors = [
          ...new Set([...profiles.values()].flatMap((p) => p?.competitors ?? [])),
        ];
        loaded.push({ case: c, draft, profiles, context: { competitors } });
      } catch (error) {
        const reason = error instanceof DraftReadError ? error.reason : (error as Error).message;
        loaded.push({ case: c, context: { competitors: [] }, error: reason });
      }
    }
  }
  return { loaded, overrides };
}

export async function loadDetectionDrafts(
  root: string,
  decisionsFile?: string,
): Promise<LoadedDraft[]> {
  return (await loadWithOverrides(root, decisionsFile)).loaded;
}

/** One loaded draft (or a perturbed copy of it) evaluated; an unread draft is its error. */
export function runLoaded(item: LoadedDraft, draft = item.draft, c = item.case): CaseRun {
  if (!draft || !item.profiles) return { case: c, findings: [], error: item.error ?? "unread" };
  try {
    return evaluateCase(c, draft, item.profiles);
  } catch (error) {
    return { case: c, findings: [], error: (error as Error).message };
  }
}

export async function runDetectionCorpus(
  root: string,
  decisionsFile?: string,
): Promise<{ runs: CaseRun[]; overrides: Override[] }> {
  const { loaded, overrides } = await loadWithOverrides(root, decisionsFile);
  return { runs: loaded.map((item) => runLoaded(item)), overrides };
}
