/**
 * A blind detection review probe (test/heldout/review/pr*.tar.gz: short drafts written before a
 * round's code by a helper who saw only the public contract, each a must-warn or must-stay-silent
 * row for one check) run through this tree's engine, second opinion on. One line a row:
 * id, check, expected, got, ok/WRONG, the finding's evidence. Diff two trees' outputs to see
 * which rows a change turns right or wrong (lead engineer only: the probes are sealed).
 *   npx tsx scripts/heldout/probe-detect.ts /tmp/review/pr40/detect-probe.json
 */
import { readFileSync } from "node:fs";
import { evaluateWithDiagnostics } from "../../src/core/engine";
import { indexProfiles, parseProfiles, resolveProfiles } from "../../src/core/profile";

interface ProbeRow {
  id: string;
  check: string;
  topics?: string[];
  competitors?: string[];
  entertainment?: string;
  body: string;
  expect: "warn" | "silent";
}

const rows = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as ProbeRow[];
const to = "client@probe.example";
let right = 0;
for (const row of rows) {
  const { profiles, errors } = parseProfiles([
    {
      title: "Probe",
      matchKey: "@probe.example",
      clientName: "Probe Ltd",
      avoidTopics: row.topics ?? [],
      ...(row.competitors ? { competitors: row.competitors } : {}),
      ...(row.entertainment ? { entertainment: row.entertainment } : {}),
    },
  ]);
  if (errors.length) throw new Error(`${row.id}: ${errors.map((e) => e.message).join("; ")}`);
  const { findings } = evaluateWithDiagnostics(
    {
      from: { address: "me@firm.example", name: "Jo Lawyer" },
      recipients: [{ address: to, kind: "to" }],
      subject: "Update",
      body: { format: "text", content: row.body },
      attachments: [],
    },
    resolveProfiles([to], indexProfiles(profiles)),
    {},
    {},
  );
  const hits = findings
    .filter((f) => f.check === row.check)
    .map((f) => f.evidence?.text ?? f.message);
  const got = hits.length ? "warn" : "silent";
  if (got === row.expect) right++;
  process.stdout.write(
    [
      row.id,
      row.check,
      row.expect,
      got,
      got === row.expect ? "ok" : "WRONG",
      hits.join(" | "),
    ].join("\t") + "\n",
  );
}
process.stderr.write(`${right} of ${rows.length} rows as expected\n`);
