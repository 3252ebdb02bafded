/**
 * `npx tsx bench/markdown.ts`: bench/results.json as Markdown tables, to paste into
 * docs/performance.md after a run (the figures there come from a real run, never by hand).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import type { Section } from "./harness";

type Row = Record<string, string | number | boolean>;

function cell(value: unknown): string {
  if (typeof value === "boolean") return value ? "PASS" : "**FAIL**";
  return String(value ?? "").replace(/\|/g, "\\|");
}

function table(rows: readonly Row[]): string {
  if (rows.length === 0) return "";
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const numeric = headers.map((h) => rows.every((row) => typeof row[h] === "number"));
  return [
    `| ${headers.join(" | ")} |`,
    `| ${numeric.map((n) => (n ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((row) => `| ${headers.map((h) => cell(row[h])).join(" | ")} |`),
  ].join("\n");
}

const results = JSON.parse(readFileSync(resolve(__dirname, "results.json"), "utf8")) as {
  machine: Record<string, string | number>;
  sections: (Section & { ranAt: string; seconds: number })[];
};

const out: string[] = [];
const m = results.machine;
out.push(
  `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, commit ${m.commit}; ` +
    `load average ${m.loadAverage1mAtStart} at start, ${m.loadAverage1mAtEnd} at end` +
    (m.memoryProbeMsAtStart === undefined
      ? "."
      : `; memory probe ${m.memoryProbeMsAtStart} ms at start, ${m.memoryProbeMsAtEnd} ms at end.`),
);
for (const section of results.sections) {
  out.push("", `### ${section.title}`, "", `Ran ${section.ranAt} (${section.seconds} s).`, "");
  out.push(table(section.rows));
  for (const extra of section.tables ?? []) out.push("", `${extra.title}:`, "", table(extra.rows));
  if (section.targets.length > 0) {
    out.push(
      "",
      table(
        section.targets.map((t) => ({
          target: t.name,
          measured: `${t.measured} ${t.unit}`,
          limit: `${t.direction === "below" ? "<" : ">"} ${t.limit} ${t.unit}`,
          result: t.pass,
        })),
      ),
    );
  }
}
console.log(out.join("\n"));
