/**
 * Runs the listen corpus through the real command, `rapport listen --format json`, one process
 * per set: the figures are those of the command a user runs, whatever its internals.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  arrayField,
  CorpusError,
  listCaseFiles,
  listSets,
  readJson,
  recordAt,
  stringField,
  type CorpusSet,
} from "./cases";
import { applyListenDecisions, readListenDecisions, type ListenOverride } from "./listen-decisions";
import {
  EXPECTED_OPS,
  type ExpectedSuggestion,
  type HeardSuggestion,
  type ListenCase,
  type ListenRun,
} from "./score-listen";

const run = promisify(execFile);
const BIN = join(__dirname, "..", "..", "bin", "rapport.cjs");

/** One case's expectations, from its `.expect.json` (test/corpus/README.md). */
export async function readListenCase(
  id: string,
  file: string,
  expectFile: string,
): Promise<ListenCase> {
  const raw = recordAt(expectFile, "the file", await readJson(expectFile));
  const suggestions = arrayField(expectFile, raw, "suggestions").map((value, i) => {
    const where = `suggestions[${i}]`;
    const record = recordAt(expectFile, where, value);
    const values = Array.isArray(record.value) ? record.value : [record.value];
    if (values.length === 0 || values.some((v) => typeof v !== "string" || v.trim() === "")) {
      throw new CorpusError(`${expectFile}: ${where}.value must be text or a list of text`);
    }
    const quote = stringField(expectFile, where, record, "quote", false);
    // "op": "remove" for a withdrawn value; "set"/"add" (or none) for the rest.
    const op = stringField(expectFile, where, record, "op", false);
    if (op !== undefined && !(EXPECTED_OPS as readonly string[]).includes(op)) {
      throw new CorpusError(
        `${expectFile}: ${where}.op must be one of ${EXPECTED_OPS.join(", ")}, not ${JSON.stringify(op)}`,
      );
    }
    return {
      profile: stringField(expectFile, where, record, "profile", true)!.toLowerCase(),
      field: stringField(expectFile, where, record, "field", true)!,
      values: values as string[],
      ...(quote === undefined ? {} : { quote }),
      ...(op === undefined ? {} : { op: op as ExpectedSuggestion["op"] }),
    };
  });
  const negatives = arrayField(expectFile, raw, "negatives").map((value, i) => {
    const where = `negatives[${i}]`;
    const record = recordAt(expectFile, where, value);
    const why = stringField(expectFile, where, record, "why", false);
    return {
      field: stringField(expectFile, where, record, "field", true)!,
      ...(why === undefined ? {} : { why }),
    };
  });
  return {
    id,
    file,
    description: typeof raw.description === "string" ? raw.description : "",
    suggestions,
    negatives,
  };
}

interface ListenOutput {
  messages: { file: string; error?: string; suggestions?: HeardSuggestion[] }[];
}

/**
 * Every set under `root` with its cases read and the listening decisions of `decisionsFile`
 * applied (when given; see listen-decisions.ts): what the corpus and the learning caches score.
 */
export async function readListenSets(
  root: string,
  decisionsFile?: string,
): Promise<{ bySet: { set: CorpusSet; cases: ListenCase[] }[]; overrides: ListenOverride[] }> {
  const bySet: { set: CorpusSet; cases: ListenCase[] }[] = [];
  for (const set of await listSets(root)) {
    const cases: ListenCase[] = [];
    for (const { slug, draft, expect } of await listCaseFiles(set)) {
      cases.push(await readListenCase(`${set.name}/${slug}`, draft, expect));
    }
    bySet.push({ set, cases });
  }
  const decisions = decisionsFile ? await readListenDecisions(decisionsFile) : [];
  const overrides = applyListenDecisions(
    bySet.flatMap((s) => s.cases),
    decisions,
    decisionsFile ?? "",
  );
  return { bySet, overrides };
}

/**
 * Runs every set under `root`, after applying the listening decisions of `decisionsFile` (when
 * given and present; see listen-decisions.ts), whose overrides are returned with the runs.
 */
export async function runListenCorpus(
  root: string,
  decisionsFile?: string,
): Promise<{ runs: ListenRun[]; overrides: ListenOverride[] }> {
  const runs: ListenRun[] = [];
  const { bySet, overrides } = await readListenSets(root, decisionsFile);
  for (const { set, cases } of bySet) {
    if (cases.length === 0) continue;
    const args = [
      BIN,
      "listen",
      "--profiles",
      set.profilesFile,
      "--format",
      "json",
      ...cases.map((c) => c.file),
    ];
    let stdout: string;
    try {
      ({ stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }));
    } catch (error) {
      // Exit 1 means "heard something": the output is still the report.
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      if ((failed.code !== 1 && failed.code !== 2) || !failed.stdout) {
        throw new CorpusError(
          `rapport listen failed on ${set.dir}: ${failed.stderr ?? String(error)}`,
        );
      }
      stdout = failed.stdout;
    }
    const output = JSON.parse(stdout) as ListenOutput;
    cases.forEach((c, i) => {
      const message = output.messages[i];
      if (!message) throw new CorpusError(`rapport listen gave no result for ${c.file}`);
      runs.push({
        case: c,
        suggestions: message.suggestions ?? [],
        ...(message.error === undefined ? {} : { error: message.error }),
      });
    });
  }
  return { runs, overrides };
}
