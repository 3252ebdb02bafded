import { useCallback, useEffect, useRef, useState } from "react";
import type { Draft } from "../core/draft";
import type { evaluate } from "../core/engine";
import type { Finding } from "../core/finding";
import type { Policy } from "../core/policy";
import type { ClientProfile } from "../core/profile";
import type { ItemAdapter, ItemChange } from "../office/item-adapter";
import type { ProfileSource } from "../profiles/source";
import { clientAddresses, firmDomains, paneRecipients, type PaneRecipient } from "./recipients";

/** The engine's `evaluate`, or one that answers later (the pane fetches the checks on first use). */
export type Evaluate = (...args: Parameters<typeof evaluate>) => Finding[] | Promise<Finding[]>;

/** How long a profile lookup may take before the pane says so (the source retries within it). */
const LOOKUP_BUDGET_MS = 10_000;
/** Recipient changes arrive in bursts while the lawyer types; wait for a pause. */
export const CHANGE_DEBOUNCE_MS = 300;
/**
 * Outlook raises no event when the subject, body or attachments of a draft change (Office.js has
 * RecipientsChanged, nothing for the text; an invitation's Location text has none either), so
 * while composing the pane reads the item this often and re-evaluates once two reads in a row
 * agree: 0.75-1.5 s after typing pauses. Each read asks Outlook for the subject, the whole body
 * and the attachment names (three calls, a host round trip each in Outlook on the web; an
 * invitation's Location is a fourth; recipients come with their own event), so not much more
 * often; evaluating is synchronous core code (a few ms for 100 KB), with the profiles at hand.
 * While the pane is hidden (document.visibilityState) it reads nothing at all.
 */
export const CONTENT_POLL_MS = 750;

export interface CheckState {
  /** "loading" until the first check ends, and again while any check runs. */
  busy: boolean;
  /**
   * A check (successful or not) has finished for the item open now: false at first, and again
   * from the moment a pinned pane's selection changes until the new item's check ends.
   */
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
  /** A draft already read (by the content watcher): evaluate it instead of reading again. */
  draft?: Draft;
  /**
   * Evaluate only with the profiles already fetched: when the recipients need a lookup, do nothing
   * (their own RecipientsChanged event brings a full check). What the content watcher asks for.
   */
  onlyProfilesOnHand?: boolean;
}

interface Inputs {
  adapter: ItemAdapter;
  profiles: ProfileSource;
  policy: Policy | undefined;
  initialFindings?: Finding[];
  evaluateDraft: Evaluate;
  /**
   * Called when another item is selected (a pinned pane), in the same update that empties the
   * state, so the caller can drop what it holds of the previous item in the same render.
   */
  onItemChange?: () => void;
}

const NO_PROFILES: ReadonlyMap<string, ClientProfile | undefined> = new Map();

/** Everything evaluation depends on; equal signatures, equal findings. */
function draftSignature(draft: Draft): string {
  return JSON.stringify(draft);
}

/** Another item is selected: a pinned read pane's ItemChanged (a host that does not say: read mode). */
function isItemChange(change: ItemChange | undefined, mode: ItemAdapter["mode"]): boolean {
  return change === undefined ? mode === "read" : change.kind === "item";
}

/** The state while an item is read for the first time: nothing of any item, loading. */
function freshState(findings: Finding[], completed: number): CheckState {
  return {
    busy: true,
    settled: false,
    recipients: [],
    profiles: NO_PROFILES,
    findings,
    findingsAreLive: false,
    completed,
  };
}

function pageHidden(): boolean {
  return typeof document !== "undefined" && document.visibilityState === "hidden";
}

/** Reads the draft, looks up its recipients' profiles, evaluates; re-runs on recipient changes. */
export function useRapportCheck({
  adapter,
  profiles,
  policy,
  initialFindings,
  evaluateDraft,
  onItemChange,
}: Inputs): {
  state: CheckState;
  check: (options?: CheckOptions) => Promise<void>;
  /** Show send-time findings handed over while the pane is open, until a check replaces them. */
  showSendTimeFindings: (findings: Finding[]) => void;
  /**
   * Runs an edit of the message (a fix, its Undo, a selection replaced) with the content watcher
   * paused: its reads would take Office's call slots between the edit's last read and its write.
   */
  whileEditing: <T>(edit: () => Promise<T>) => Promise<T>;
} {
  const [state, setState] = useState<CheckState>(() => freshState(initialFindings ?? [], 0));
  const sequence = useRef(0);
  const lastLookup = useRef<
    { key: string; result: ReadonlyMap<string, ClientProfile | undefined> } | undefined
  >(undefined);
  // Kept in refs so a caller passing a fresh policy object each render does not re-trigger checks.
  const policyRef = useRef(policy);
  policyRef.current = policy;
  const evaluateRef = useRef(evaluateDraft);
  evaluateRef.current = evaluateDraft;
  const onItemChangeRef = useRef(onItemChange);
  onItemChangeRef.current = onItemChange;

  /** Checks running now; the content watcher stays out of their way. */
  const inFlight = useRef(0);
  /** Edits of the message running now, and how many have started: the watcher pauses for them. */
  const editing = useRef(0);
  const editsStarted = useRef(0);
  /** The last draft a check dealt with, so the watcher re-evaluates only what changed. */
  const seen = useRef<string | undefined>(undefined);
  /** The last draft read whole: the watcher re-reads only its content and keeps the rest. */
  const lastDraft = useRef<Draft | undefined>(undefined);

  const check = useCallback(
    async (options: CheckOptions = {}) => {
      const run = ++sequence.current;
      const isCurrent = () => run === sequence.current;
      // Only a check that waits (for Office or a lookup) shows as busy: re-evaluating what was
      // typed with the profiles on hand is instant, and must not flicker the pane while typing.
      const markBusy = () => setState((s) => (s.busy ? s : { ...s, busy: true }));
      inFlight.current++;
      try {
        let draft = options.draft;
        if (!draft) {
          markBusy();
          try {
            draft = await adapter.readDraft();
          } catch (readError) {
            if (!isCurrent()) return;
            if (adapter.mode === "read") {
              // A message being read that cannot be read now (several or none selected, or
              // Outlook failed) is not the one shown before: nothing of that one stays on screen
              // under the error (audit 47i, 2). A draft being written stays the same draft, so
              // compose keeps what it showed.
              lastDraft.current = undefined;
              seen.current = undefined;
              setState((s) => ({
                ...freshState([], s.completed + 1),
                busy: false,
                settled: true,
                readError,
              }));
            } else {
              setState((s) => ({
                ...s,
                busy: false,
                settled: true,
                readError,
                completed: s.completed + 1,
              }));
            }
            return;
          }
        }
        const policy = policyRef.current;
        const recipients = paneRecipients(draft, policy);
        const addresses = clientAddresses(recipients, firmDomains(draft, policy));
        const lookupKey = [...addresses].sort().join("\n");

        const cached = lastLookup.current;
        let found: ReadonlyMap<string, ClientProfile | undefined> | undefined =
          addresses.length === 0
            ? NO_PROFILES
            : !options.refreshProfiles && cached && cached.key === lookupKey
              ? cached.result
              : undefined;
        let lookupError: unknown;
        if (!found && options.onlyProfilesOnHand) return;
        // The draft this check deals with becomes the base of the watcher's reads, but only when
        // the check is the newest one: a draft left to another check (above), or read by a check
        // that a newer one has overtaken, must never replace the newer draft (audit 47, 3).
        if (isCurrent()) {
          seen.current = draftSignature(draft);
          lastDraft.current = draft;
        }
        if (!found) {
          markBusy();
          try {
            found = await profiles.lookup(addresses, { deadline: Date.now() + LOOKUP_BUDGET_MS });
            // Only the newest check's answer is kept for the watcher: an overtaken lookup that
            // answers last would leave it one for the old recipients, and every later read of
            // the body would return early (review of round 47).
            if (isCurrent()) lastLookup.current = { key: lookupKey, result: found };
          } catch (error) {
            lookupError = error;
            found = NO_PROFILES;
            if (isCurrent()) lastLookup.current = undefined;
          }
        }
        if (!isCurrent()) return;

        // Read mode shows who wrote and who received; warnings are about what the lawyer writes.
        let findings: Finding[] | undefined;
        let checkError: unknown;
        if (adapter.mode === "compose" && lookupError === undefined) {
          try {
            const evaluated = evaluateRef.current(draft, found, policy);
            findings = evaluated instanceof Promise ? await evaluated : evaluated;
          } catch (error) {
            checkError = error;
          }
          if (!isCurrent()) return;
        } else if (adapter.mode === "read") {
          findings = [];
        }

        const profilesFound = found;
        setState((s) => ({
          busy: false,
          settled: true,
          draft,
          recipients,
          profiles: profilesFound,
          // When the live check cannot run, keep what was shown (e.g. the send-time findings).
          findings: findings ?? s.findings,
          findingsAreLive: findings !== undefined || s.findingsAreLive,
          lookupError,
          checkError,
          completed: s.completed + 1,
        }));
      } finally {
        inFlight.current--;
      }
    },
    [adapter, profiles],
  );

  // Office's change events: recipients (an invitation's attendees), an invitation's enhanced
  // locations and times. Only what changed is re-read (adapter.readChanges: the attendees, or
  // nothing at all when the event carried the new values); nothing while the pane is hidden.
  useEffect(() => {
    const runs = sequence;
    void check();
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** What Office reported since the last re-check; undefined: it did not say (read it all). */
    let pending: (ItemChange | undefined)[] = [];
    const recheck = async (changes: (ItemChange | undefined)[]) => {
      const previous = lastDraft.current;
      const known = changes.every((change) => change !== undefined && change.kind !== "item");
      if (!previous || !adapter.readChanges || !known) return check();
      let draft: Draft;
      try {
        draft = await adapter.readChanges(previous, changes as ItemChange[]);
      } catch {
        return check(); // the full read reports what failed
      }
      // Built on a draft a check has replaced meanwhile (the watcher's, with newer text): its
      // other fields would be stale, so read the whole item instead.
      if (lastDraft.current !== previous) return check();
      return check({ draft });
    };
    const flush = () => {
      timer = undefined;
      if (pageHidden() || pending.length === 0) return; // visibilitychange resumes it
      const changes = pending;
      pending = [];
      void recheck(changes);
    };
    const unsubscribe = adapter.onChange((change) => {
      if (isItemChange(change, adapter.mode)) {
        // Another item is selected (a pinned pane): from this moment nothing of the previous one
        // is shown or acted on (audit 47i, 2). Checks still running for it are dropped, and the
        // pane shows it is loading until the new item's check ends; the read itself waits for the
        // selection to settle, like any change. The profiles looked up stay cached by address.
        runs.current++;
        lastDraft.current = undefined;
        seen.current = undefined;
        setState((s) => freshState([], s.completed));
        onItemChangeRef.current?.();
      }
      pending.push(change);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, CHANGE_DEBOUNCE_MS);
    });
    const onVisibility = () => {
      if (timer === undefined) flush();
    };
    const doc = typeof document === "undefined" ? undefined : document;
    doc?.addEventListener("visibilitychange", onVisibility);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      doc?.removeEventListener("visibilitychange", onVisibility);
      unsubscribe();
      runs.current++; // results of checks still running are dropped
    };
  }, [adapter, check]);

  // The content watcher: subject, body and attachments change without an event (see above).
  useEffect(() => {
    if (adapter.mode !== "compose") return; // a message being read does not change
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let watching = false;
    /** What the previous read saw, while it differs from what was last checked. */
    let changing: string | undefined;
    /** A read of the item, with the draft it was built on (its recipients and From are kept). */
    const read = async (): Promise<{ draft: Draft; base: Draft | undefined }> => {
      const base = lastDraft.current;
      const draft =
        base && adapter.readContent ? await adapter.readContent(base) : await adapter.readDraft();
      return { draft, base };
    };
    /** The next read, unless the pane is hidden: then the page's visibility event resumes it. */
    const schedule = () => {
      if (stopped || watching || timer !== undefined || pageHidden()) return;
      timer = setTimeout(() => {
        timer = undefined;
        void watch();
      }, CONTENT_POLL_MS);
    };
    const watch = async () => {
      watching = true;
      if (!pageHidden() && inFlight.current === 0 && editing.current === 0) {
        try {
          const edits = editsStarted.current;
          const { draft, base } = await read();
          const signature = draftSignature(draft);
          if (stopped) return;
          // A check finished while this read was out (a recipients event's, most often): the read
          // keeps the recipients it started from, which that check has replaced. Evaluating it
          // would put the old recipients back as the latest draft, and every later read would
          // build on them (audit 47, 3). Drop it; the next read starts from the new draft.
          if (base !== lastDraft.current) changing = undefined;
          // An edit of the message started while this read was out: the read may be from before
          // it, and the check that follows the edit reads the message anyway. Drop it too.
          else if (edits !== editsStarted.current || editing.current > 0) changing = undefined;
          else if (signature === seen.current) changing = undefined;
          else if (signature !== changing)
            changing = signature; // still being typed
          else if (inFlight.current === 0) {
            changing = undefined;
            // With the profiles on hand this finishes at once; otherwise it leaves the draft
            // to the check that the recipients' event starts.
            await check({ draft, onlyProfilesOnHand: true });
          }
        } catch {
          // A failed read is reported by the next full check; the watcher just tries again.
        }
      }
      watching = false;
      schedule();
    };
    const onVisibility = () => schedule();
    const doc = typeof document === "undefined" ? undefined : document;
    doc?.addEventListener("visibilitychange", onVisibility);
    schedule();
    return () => {
      stopped = true;
      doc?.removeEventListener("visibilitychange", onVisibility);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [adapter, check]);

  const showSendTimeFindings = useCallback(
    (findings: Finding[]) => setState((s) => ({ ...s, findings, findingsAreLive: false })),
    [],
  );

  const whileEditing = useCallback(async <T>(edit: () => Promise<T>): Promise<T> => {
    editing.current++;
    editsStarted.current++;
    try {
      return await edit();
    } finally {
      editing.current--;
    }
  }, []);

  return { state, check, showSendTimeFindings, whileEditing };
}
