/**
 * The stable ids of the checks (ARCHITECTURE §3), in the order the engine runs them: the
 * registry's (checks/index.ts, held equal by test/core/checks/registry.test.ts), without loading
 * the checks. policy.json's validation names them (src/office/policy-parse.ts), and it runs
 * where the checks are not loaded: the task pane's first script, which fetches them lazily.
 */
export const CHECK_IDS = [
  "name-spelling",
  "unwanted-channel",
  "meeting-platform",
  "billing-detail",
  "billing-phrase",
  "competitor-mention",
  "entertainment-invite",
  "avoided-topic",
  "no-profile",
] as const;

export type CheckId = (typeof CHECK_IDS)[number];
