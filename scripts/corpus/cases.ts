/**
 * Reading a blind corpus (test/corpus/README.md): sets of drafts, each with an expect file
 * written by someone who never read src/. A malformed expect file is an error naming the file
 * and the field: a case that silently counts as nothing would flatter the figures.
 */
import { access, readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";

export interface ExpectedFinding {
  check: string;
  recipient: string;
  text?: string;
}

export interface HardNegative {
  check: string;
  recipient?: string;
  text?: string;
  why?: string;
}

export interface DetectionCase {
  /** "<set>/<slug>" */
  id: string;
  set: string;
  file: string;
  description: string;
  findings: ExpectedFinding[];
  negatives: HardNegative[];
}

export interface CorpusSet {
  name: string;
  dir: string;
  profilesFile: string;
}

export class CorpusError extends Error {}

const DRAFT_EXTENSIONS = [".eml", ".ics", ".json"];

/** The sets under `root`: every directory holding a profiles.json. */
export async function listSets(root: string): Promise<CorpusSet[]> {
  let names: string[];
  try {
    names = (await readdir(root)).sort();
  } catch {
    return [];
  }
  const sets: CorpusSet[] = [];
  for (const name of names) {
    const dir = join(root, name);
    // stat, not the directory entry: a set may be a symbolic link to a held-out copy.
    if (!(await stat(dir)).isDirectory()) continue;
    if ((await readdir(dir)).includes("profiles.json")) {
      sets.push({ name, dir, profilesFile: join(dir, "profiles.json") });
    }
  }
  return sets;
}

/** The drafts of a set with their expect files; a draft without one, or the reverse, is an error. */
export async function listCaseFiles(
  set: CorpusSet,
): Promise<{ slug: string; draft: string; expect: string }[]> {
  const files = (await readdir(set.dir)).sort();
  const drafts = new Map<string, string>();
  const expects = new Set<string>();
  for (const file of files) {
    if (file.endsWith(".expect.json")) expects.add(file.slice(0, -".expect.json".length));
    else if (file !== "profiles.json" && DRAFT_EXTENSIONS.some((ext) => file.endsWith(ext))) {
      drafts.set(file.slice(0, file.lastIndexOf(".")), file);
    }
  }
  const result: { slug: string; draft: string; expect: string }[] = [];
  for (const [slug, draft] of drafts) {
    if (!expects.has(slug))
      throw new CorpusError(`${join(set.dir, draft)}: no ${slug}.expect.json`);
    result.push({
      slug,
      draft: join(set.dir, draft),
      expect: join(set.dir, `${slug}.expect.json`),
    });
  }
  for (const slug of expects) {
    if (!drafts.has(slug)) throw new CorpusError(`${join(set.dir, slug)}.expect.json: no draft`);
  }
  return result;
}

/** A JSON file that may be absent (a corpus root without decisions): undefined when it is. */
export async function readJsonIfPresent(file: string): Promise<unknown> {
  try {
    await access(file);
  } catch {
    return undefined;
  }
  return readJson(file);
}

export async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, "utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CorpusError(`${file}: not JSON (${(error as Error).message})`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A required or optional string field, with an error naming the file and the field. */
export function stringField(
  file: string,
  where: string,
  record: Record<string, unknown>,
  key: string,
  required: boolean,
): string | undefined {
  const value = record[key];
  if (value === undefined && !required) return undefined;
  if (typeof value !== "string" || value.trim() === "") {
    throw new CorpusError(`${file}: ${where}.${key} must be a non-empty string`);
  }
  return value;
}

export function arrayField(file: string, record: Record<string, unknown>, key: string): unknown[] {
  const value = record[key] ?? [];
  if (!Array.isArray(value)) throw new CorpusError(`${file}: ${key} must be an array`);
  return value;
}

export function recordAt(file: string, where: string, value: unknown): Record<string, unknown> {
  if (!isRecord(value)) throw new CorpusError(`${file}: ${where} must be an object`);
  return value;
}

export async function readDetectionCase(
  set: CorpusSet,
  slug: string,
  draft: string,
  expectFile: string,
  knownChecks: ReadonlySet<string>,
): Promise<DetectionCase> {
  const raw = recordAt(expectFile, "the file", await readJson(expectFile));
  const checkId = (where: string, record: Record<string, unknown>) => {
    const id = stringField(expectFile, where, record, "check", true)!;
    if (!knownChecks.has(id))
      throw new CorpusError(`${expectFile}: ${where}.check: unknown check "${id}"`);
    return id;
  };
  const findings = arrayField(expectFile, raw, "findings").map((value, i) => {
    const where = `findings[${i}]`;
    const record = recordAt(expectFile, where, value);
    const finding: ExpectedFinding = {
      check: checkId(where, record),
      recipient: stringField(expectFile, where, record, "recipient", true)!.toLowerCase(),
    };
    const text = stringField(expectFile, where, record, "text", false);
    if (text !== undefined) finding.text = text;
    return finding;
  });
  const negatives = arrayField(expectFile, raw, "negatives").map((value, i) => {
    const where = `negatives[${i}]`;
    const record = recordAt(expectFile, where, value);
    const negative: HardNegative = { check: checkId(where, record) };
    const recipient = stringField(expectFile, where, record, "recipient", false);
    if (recipient !== undefined) negative.recipient = recipient.toLowerCase();
    const text = stringField(expectFile, where, record, "text", false);
    if (text !== undefined) negative.text = text;
    const why = stringField(expectFile, where, record, "why", false);
    if (why !== undefined) negative.why = why;
    return negative;
  });
  return {
    id: `${set.name}/${slug}`,
    set: set.name,
    file: draft,
    description: typeof raw.description === "string" ? raw.description : "",
    findings,
    negatives,
  };
}
