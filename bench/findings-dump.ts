/**
 * Every finding the engine makes, field by field, on every dev corpus draft and the 4,150 real
 * messages: the proof that a speed change changed nothing. Run before and after, then compare
 * the two files (`cmp`, or `diff` to see where).
 *
 *   npx tsx bench/findings-dump.ts > /tmp/before.jsonl
 *
 * Each draft is evaluated three ways: as the corpus and the false-alarm audit do (default cap),
 * with every finding kept (`maxFindingsPerCheck: Infinity`), and with 12 more recipients given
 * realistic profiles, so work shared between recipients is exercised as on a send to many.
 */
import { readFile } from "node:fs/promises";
import { parseEml, readDraftFile } from "../src/cli/read-draft";
import type { Draft } from "../src/core/draft";
import { evaluateWithDiagnostics } from "../src/core/engine";
import type { ClientProfile } from "../src/core/profile";
import { FileProfileSource, parseProfileFile } from "../src/profiles/file-source";
import { listCaseFiles, listSets } from "../scripts/corpus/cases";
import {
  asClientMail,
  listHam,
  loadTemplates,
  profileFor,
  readMessage,
} from "../scripts/false-alarms";

const EXTRA = 12;

function withExtraRecipients(
  draft: Draft,
  profiles: ReadonlyMap<string, ClientProfile | undefined>,
  templates: readonly ClientProfile[],
): [Draft, Map<string, ClientProfile | undefined>] {
  const more = new Map(profiles);
  const recipients = [...draft.recipients];
  for (let i = 0; i < EXTRA; i++) {
    const address = `person${i}.family${i}@client${i % 5}.example`;
    recipients.push({ address, name: `Person${i} Family${i}`, kind: i % 3 === 0 ? "cc" : "to" });
    more.set(address, profileFor(address, `Person${i} Family${i}`, templates));
  }
  return [{ ...draft, recipients }, more];
}

function dump(
  label: string,
  draft: Draft,
  profiles: ReadonlyMap<string, ClientProfile | undefined>,
  templates: readonly ClientProfile[],
): void {
  const [many, manyProfiles] = withExtraRecipients(draft, profiles, templates);
  const runs = {
    capped: evaluateWithDiagnostics(draft, profiles, {}),
    all: evaluateWithDiagnostics(draft, profiles, {}, { maxFindingsPerCheck: Infinity }),
    many: evaluateWithDiagnostics(many, manyProfiles, {}, { maxFindingsPerCheck: Infinity }),
  };
  for (const [mode, evaluation] of Object.entries(runs)) {
    process.stdout.write(
      `${JSON.stringify({ label, mode, errors: evaluation.errors, findings: evaluation.findings })}\n`,
    );
  }
}

async function main(): Promise<void> {
  const templates = loadTemplates();
  for (const set of await listSets("test/corpus/detection")) {
    const { profiles } = parseProfileFile(
      await readFile(set.profilesFile, "utf8"),
      set.profilesFile,
    );
    const source = new FileProfileSource(profiles);
    for (const { slug, draft: file } of await listCaseFiles(set)) {
      try {
        const draft = await readDraftFile(file);
        const found = await source.lookup(draft.recipients.map((r) => r.address));
        dump(`${set.name}/${slug}`, draft, found, templates);
      } catch (error) {
        process.stdout.write(`${JSON.stringify({ label: slug, unreadable: String(error) })}\n`);
      }
    }
  }
  for (const message of listHam()) {
    let draft: Draft;
    try {
      draft = await parseEml(readMessage(message.path), message.label);
    } catch {
      continue;
    }
    const { draft: withoutFrom, profiles } = asClientMail(draft, templates);
    dump(message.label, withoutFrom, profiles, templates);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`findings-dump: ${String(error)}\n`);
  process.exitCode = 1;
});
