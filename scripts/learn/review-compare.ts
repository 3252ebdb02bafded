/**
 * A review's harness: the same invented cases through two trees' engines (main and a branch), and
 * the cases where they differ. Rounds 40 and 41 decided every change by such a review, each
 * reviewer writing a throw-away script; this is the one to use instead, so reviews read alike.
 *
 *   npx tsx scripts/learn/review-compare.ts TREE_A TREE_B CASES.json [--all]
 *
 * CASES.json: a list of
 *   { "id": "…", "kind": "detect", "check": "name-spelling", "body": "…",
 *     "profiles": [ … ], "to": ["addr", …] | "recipients": [{ "address", "name"?, "kind" }] }
 *   { "id": "…", "kind": "listen", "body": "…", "profiles": [ … ],
 *     "from": { "address", "name"? }, "sender"?: { … } }
 * A detect case's profiles default to none (then only no-profile warns); its check, when given,
 * keeps only that check's findings. A listen case's sender defaults to ana@client.example. Prints
 * one line per case that differs (or every case with --all) and the count; exit 0.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Draft } from "../../src/core/draft";
import { probeDraft } from "./probe-draft";

export interface ReviewCase {
  id: string;
  kind: "detect" | "listen";
  body: string;
  check?: string;
  profiles?: unknown[];
  to?: string[];
  recipients?: { address: string; name?: string; kind: "to" | "cc" | "bcc" }[];
  from?: { address: string; name?: string };
  sender?: { address: string; name?: string };
}

interface Engine {
  parseProfiles: (raw: unknown[]) => { profiles: unknown[]; errors: { message: string }[] };
  indexProfiles: (profiles: unknown[]) => unknown;
  resolveProfiles: (addresses: string[], index: unknown) => unknown;
  evaluateWithDiagnostics: (
    draft: Draft,
    profiles: unknown,
  ) => { findings: { check: string; messageId: string; evidence?: { text: string } }[] };
  listen: (
    message: unknown,
    profiles: unknown[],
  ) => { field: string; op: string; value: string; profile: string }[];
}

/** The engine of the tree at `root`, loaded from its sources. */
export async function loadEngine(root: string): Promise<Engine> {
  const at = (path: string) => import(resolve(root, path)) as Promise<Record<string, unknown>>;
  const [profile, engine, listen] = await Promise.all([
    at("src/core/profile.ts"),
    at("src/core/engine.ts"),
    at("src/core/listen/index.ts"),
  ]);
  return { ...profile, ...engine, ...listen } as unknown as Engine;
}

/** What one tree says of one case, as one line ("" when nothing). */
export function outcome(engine: Engine, c: ReviewCase): string {
  const { profiles, errors } = engine.parseProfiles(c.profiles ?? []);
  if (errors.length > 0) return `profile error: ${errors.map((e) => e.message).join("; ")}`;
  if (c.kind === "listen") {
    const heard = engine.listen(
      {
        from: c.from ?? { address: "ana@client.example", name: "Ana" },
        ...(c.sender ? { sender: c.sender } : {}),
        subject: "Re: your matter",
        body: { format: "text", content: c.body },
        date: "2027-03-01",
      },
      profiles,
    );
    return heard.map((s) => `${s.op} ${s.field}=${s.value} (${s.profile})`).join("; ");
  }
  const recipients =
    c.recipients ?? (c.to ?? []).map((address) => ({ address, kind: "to" as const }));
  const { findings } = engine.evaluateWithDiagnostics(
    probeDraft(c.body, recipients),
    engine.resolveProfiles(
      recipients.map((r) => r.address),
      engine.indexProfiles(profiles),
    ),
  );
  return findings
    .filter((f) => !c.check || f.check === c.check)
    .map((f) => `${f.check}:${f.messageId} "${f.evidence?.text ?? ""}"`)
    .join("; ");
}

/** Each case's outcome on both trees. */
export async function compareTrees(
  treeA: string,
  treeB: string,
  cases: readonly ReviewCase[],
): Promise<{ id: string; a: string; b: string }[]> {
  const [a, b] = await Promise.all([loadEngine(treeA), loadEngine(treeB)]);
  return cases.map((c) => ({ id: c.id, a: outcome(a, c), b: outcome(b, c) }));
}

async function main(): Promise<void> {
  const [treeA, treeB, file] = process.argv.slice(2);
  if (!treeA || !treeB || !file) {
    process.stderr.write("usage: review-compare.ts TREE_A TREE_B CASES.json [--all]\n");
    process.exit(2);
  }
  const cases = JSON.parse(readFileSync(file, "utf8")) as ReviewCase[];
  const rows = await compareTrees(treeA, treeB, cases);
  const all = process.argv.includes("--all");
  let differ = 0;
  for (const row of rows) {
    if (row.a !== row.b) differ++;
    if (all || row.a !== row.b)
      process.stdout.write(`${row.id}\n  A: ${row.a || "-"}\n  B: ${row.b || "-"}\n`);
  }
  process.stdout.write(`${differ} of ${rows.length} cases differ\n`);
}

if (require.main === module) void main();
