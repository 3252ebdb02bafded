/**
 * Probe: today's engine (second opinion on) on sentences, for one client with the given avoided
 * topics and notes; prints each avoided-topic finding's evidence. For writing must-warn and
 * must-stay-silent sentences before measuring a reading.
 *   npx tsx scripts/learn/detect-probe.ts FILE.json   ([{topics, notes?, body}], one per line)
 */
import { readFileSync } from "node:fs";
import { probeHits } from "./probe-hits";

interface Probe {
  topics: string[];
  competitors?: string[];
  banned?: string[];
  detail?: string;
  entertainment?: string;
  notes?: string;
  body: string;
  check?: string;
}

const probes = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as Probe[];
for (const p of probes) {
  const { hits } = probeHits(p, p.body, p.check ?? "avoided-topic", {
    secondOpinion: process.env.GATE !== "off",
  });
  process.stdout.write(
    `${hits.length ? "WARN" : "    "} [${[...p.topics, ...(p.competitors ?? []), ...(p.banned ?? [])].join("; ")}] ${p.body}` +
      `${hits.length ? `  => ${hits.join(" | ")}` : ""}\n`,
  );
}
