/**
 * Probe: today's engine (second opinion on) on sentences, for one client with the given avoided
 * topics and notes; prints each avoided-topic finding's evidence. For writing must-warn and
 * must-stay-silent sentences before measuring a reading.
 *   npx tsx scripts/learn/detect-probe.ts FILE.json   ([{topics, notes?, body}], one per line)
 */
import { readFileSync } from "node:fs";
import { evaluateWithDiagnostics } from "../../src/core/engine";
import { indexProfiles, parseProfiles, resolveProfiles } from "../../src/core/profile";

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
  const { profiles } = parseProfiles([
    {
      title: "Probe",
      matchKey: "@probe.example",
      clientName: "Probe Ltd",
      avoidTopics: p.topics,
      ...(p.competitors ? { competitors: p.competitors } : {}),
      ...(p.banned ? { bannedBillingPhrases: p.banned } : {}),
      ...(p.detail ? { billingDetail: p.detail } : {}),
      ...(p.entertainment ? { entertainment: p.entertainment } : {}),
      ...(p.notes ? { notes: p.notes } : {}),
    },
  ]);
  const to = "client@probe.example";
  const { findings } = evaluateWithDiagnostics(
    {
      from: { address: "me@firm.example", name: "Jo Lawyer" },
      recipients: [{ address: to, kind: "to" }],
      subject: "Update",
      body: { format: "text", content: p.body },
      attachments: [],
    },
    resolveProfiles([to], indexProfiles(profiles)),
    {},
    process.env.GATE === "off" ? { secondOpinion: false } : {},
  );
  const hits = findings
    .filter((f) => f.check === (p.check ?? "avoided-topic"))
    .map((f) => f.evidence?.text ?? f.message);
  process.stdout.write(
    `${hits.length ? "WARN" : "    "} [${[...p.topics, ...(p.competitors ?? []), ...(p.banned ?? [])].join("; ")}] ${p.body}` +
      `${hits.length ? `  => ${hits.join(" | ")}` : ""}\n`,
  );
}
