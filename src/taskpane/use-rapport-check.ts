import { useCallback, useEffect, useRef, useState } from "react";
import type { Draft } from "../core/draft";
import { evaluate } from "../core/engine";
import type { Finding } from "../core/finding";
import type { Policy } from "../core/policy";
import type { ClientProfile } from "../core/profile";
import type { ItemAdapter } from "../office/item-adapter";
import type { ProfileSource } from "../profiles/source";
import { clientAddresses, paneRecipients, type PaneRecipient } from "./recipients";

export type Evaluate = typeof evaluate;

/** How long a profile lookup may take before the pane says so (the source retries within it). */
const LOOKUP_BUDGET_MS = 10_000;
/** Recipient changes arrive in bursts while the lawyer types; wait for a pause. */
export const CHANGE_DEBOUNCE_MS = 300;

export interface CheckState {
  /** "loading" until the first check ends, and again while any check runs. */
  busy: boolean;
  /** At least one check (successful or not) has finished. */
  settled: boolean;
  draft?: Draft;
  recipients: PaneRecipient[];
  /** Effective profile per client address; undefined = no profile covers it. */
  profiles: ReadonlyMap<string, ClientProfile | undefined>;
  findings: Finding[];
  /** Findings came from this pane's own evaluation (false: the send-time findings handed over). */
  findingsAreLive: boolean;
  readError?: unknown;
  lookupError?: unknown;
  checkError?: unknown;
  /** Increments each time a check finishes; lets the pane announce results once per check. */
  completed: number;
}

export interface CheckOptions {
  /** Look profiles up again even when the recipients did not change ("Check again", after a save). */
  refreshProfiles?: boolean;
}

interface Inputs {
  adapter: ItemAdapter;
  profiles: ProfileSource;
  policy: Policy | undefined;
  initialFindings?: Finding[];
  evaluateDraft: Evaluate;
}

const NO_PROFILES: ReadonlyMap<string, ClientProfile | undefined> = new Map();

/** Reads the draft, looks up its recipients' profiles, evaluates; re-runs on recipient changes. */
export function useRapportCheck({
  adapter,
  profiles,
  policy,
  initialFindings,
  evaluateDraft,
}: Inputs): { state: CheckState; check: (options?: CheckOptions) => Promise<void> } {
  const [state, setState] = useState<CheckState>(() => ({
    busy: true,
    settled: false,
    recipients: [],
    profiles: NO_PROFILES,
    findings: initialFindings ?? [],
    findingsAreLive: false,
    completed: 0,
  }));
  const sequence = useRef(0);
  const lastLookup = useRef<
    { key: string; result: ReadonlyMap<string, ClientProfile | undefined> } | undefined
  >(undefined);
  // Kept in refs so a caller passing a fresh policy object each render does not re-trigger checks.
  const policyRef = useRef(policy);
  policyRef.current = policy;
  const evaluateRef = useRef(evaluateDraft);
  evaluateRef.current = evaluateDraft;

  const check = useCallback(
    async (options: CheckOptions = {}) => {
      const run = ++sequence.current;
      const isCurrent = () => run === sequence.current;
      setState((s) => ({ ...s, busy: true }));

      let draft: Draft;
      try {
        draft = await adapter.readDraft();
      } catch (readError) {
        if (isCurrent())
          setState((s) => ({
            ...s,
            busy: false,
            settled: true,
            readError,
            completed: s.completed + 1,
          }));
        return;
      }
      const policy = policyRef.current;
      const recipients = paneRecipients(draft, policy);
      const addresses = clientAddresses(recipients);
      const lookupKey = [...addresses].sort().join("\n");

      let found: ReadonlyMap<string, ClientProfile | undefined> = NO_PROFILES;
      let lookupError: unknown;
      const cached = lastLookup.current;
      if (!options.refreshProfiles && cached && cached.key === lookupKey) {
        found = cached.result;
      } else if (addresses.length > 0) {
        try {
          found = await profiles.lookup(addresses, { deadline: Date.now() + LOOKUP_BUDGET_MS });
          lastLookup.current = { key: lookupKey, result: found };
        } catch (error) {
          lookupError = error;
          lastLookup.current = undefined;
        }
      }
      if (!isCurrent()) return;

      // Read mode shows who wrote and who received; warnings are about what the lawyer writes.
      let findings: Finding[] | undefined;
      let checkError: unknown;
      if (adapter.mode === "compose" && lookupError === undefined) {
        try {
          findings = evaluateRef.current(draft, found, policy);
        } catch (error) {
          checkError = error;
        }
      } else if (adapter.mode === "read") {
        findings = [];
      }

      setState((s) => ({
        busy: false,
        settled: true,
        draft,
        recipients,
        profiles: found,
        // When the live check cannot run, keep what was shown (e.g. the send-time findings).
        findings: findings ?? s.findings,
        findingsAreLive: findings !== undefined || s.findingsAreLive,
        lookupError,
        checkError,
        completed: s.completed + 1,
      }));
    },
    [adapter, profiles],
  );

  useEffect(() => {
    const runs = sequence;
    void check();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = adapter.onChange(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void check(), CHANGE_DEBOUNCE_MS);
    });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
      runs.current++; // results of checks still running are dropped
    };
  }, [adapter, check]);

  return { state, check };
}
