/**
 * One probe sentence through today's engine, for one client ("@probe.example") whose profile holds
 * only the probe's fields: what a check warns on in the body. Shared by scripts/learn/detect-probe.ts
 * (a lead's or engineer's sentences) and scripts/heldout/probe-detect.ts (a sealed review probe).
 */
import { evaluateWithDiagnostics } from "../../src/core/engine";
import { indexProfiles, parseProfiles, resolveProfiles } from "../../src/core/profile";
import { probeDraft } from "./probe-draft";

export interface ProbeProfile {
  topics?: string[];
  competitors?: string[];
  banned?: string[];
  detail?: string;
  entertainment?: string;
  notes?: string;
}

/** The evidence (or message) of each finding of `check` on `body`, and any profile error. */
export function probeHits(
  probe: ProbeProfile,
  body: string,
  check: string,
  options: { secondOpinion?: boolean } = {},
): { hits: string[]; errors: string[] } {
  const { profiles, errors } = parseProfiles([
    {
      title: "Probe",
      matchKey: "@probe.example",
      clientName: "Probe Ltd",
      avoidTopics: probe.topics ?? [],
      ...(probe.competitors ? { competitors: probe.competitors } : {}),
      ...(probe.banned ? { bannedBillingPhrases: probe.banned } : {}),
      ...(probe.detail ? { billingDetail: probe.detail } : {}),
      ...(probe.entertainment ? { entertainment: probe.entertainment } : {}),
      ...(probe.notes ? { notes: probe.notes } : {}),
    },
  ]);
  const to = "client@probe.example";
  const { findings } = evaluateWithDiagnostics(
    probeDraft(body, [{ address: to, kind: "to" }]),
    resolveProfiles([to], indexProfiles(profiles)),
    {},
    options.secondOpinion === false ? { secondOpinion: false } : {},
  );
  return {
    hits: findings.filter((f) => f.check === check).map((f) => f.evidence?.text ?? f.message),
    errors: errors.map((e) => e.message),
  };
}
