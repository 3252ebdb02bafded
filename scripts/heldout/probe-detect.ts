/**
 * A blind detection review probe (test/heldout/review/pr*.tar.gz: short drafts written before a
 * round's code by a helper who saw only the public contract, each a must-warn or must-stay-silent
 * row for one check) run through this tree's engine, second opinion on. One line a row:
 * id, check, expected, got, ok/WRONG, the finding's evidence. Diff two trees' outputs to see
 * which rows a change turns right or wrong (lead engineer only: the probes are sealed).
 *   npx tsx scripts/heldout/probe-detect.ts /tmp/review/pr40/detect-probe.json
 */
import { readFileSync } from "node:fs";
import { probeHits } from "../learn/probe-hits";

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
let right = 0;
for (const row of rows) {
  const { hits, errors } = probeHits(row, row.body, row.check);
  if (errors.length) throw new Error(`${row.id}: ${errors.join("; ")}`);
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
