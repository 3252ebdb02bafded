import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwise16Regular, ArrowUndo16Regular } from "@fluentui/react-icons";
import { lazy, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Draft } from "../core/draft";
import type { Finding, Fix } from "../core/finding";
import type { Policy } from "../core/policy";
import { groupProblems, isStopping, orderProblems, type Problem } from "../core/problems";
import { fixRoute, type FixRoute } from "../office/fix-route";
import {
  ignoreEntryFor,
  ignoreFor,
  MemoryIgnoreStore,
  withIgnores,
  withoutIgnores,
  type IgnoredFinding,
  type IgnoreStore,
} from "../office/ignored-findings";
import { undoByHand } from "../office/by-hand";
import {
  NoItemSelectedError,
  type ApplyFixResult,
  type FixUndo,
  type ItemAdapter,
} from "../office/item-adapter";
import { ProfileSourceError, type ProfileSource, type StoredProfile } from "../profiles/source";
import { evaluateWhenLoaded, loadWarningsPanel } from "./lazy-chunks";
import { LoadedPart } from "./LoadedPart";
import { PreviousCheckNotice, type PreviousCheckProps } from "./PreviousCheckNotice";
import { ProfileView } from "./ProfileView";
import { editOpenerKey, type AskRequest, type EditTarget } from "./RecipientCard";
import { KeptDrafts } from "./KeptDrafts";
import {
  draftProfileName,
  draftTime,
  type ProfileDraft,
  type ProfileDrafts,
} from "./profile-drafts";
import { askParagraph, spellingFor } from "../core/ask";
import { firmDomains, type PaneRecipient } from "./recipients";
import { FLUENT_THEMES, type RapportTheme } from "./theme";
import { useRapportCheck, type CheckState, type Evaluate } from "./use-rapport-check";
import type { PanelProblems } from "./WarningsPanel";
import { countWarnings, errorText, itemNoun, joinNames, lookupFailureReason } from "./wording";

export type RapportView = "profile" | "warnings";

// The editor (dropdowns, radio groups, validation) is loaded when a profile is first edited: most
// panes are opened to read warnings, and it kept the first load within its budget.
const ProfileEditor = lazy(() =>
  import(/* webpackChunkName: "editor" */ "./ProfileEditor").then((module) => ({
    default: module.ProfileEditor,
  })),
);

// Listening (read mode only) brings the listen engine: loaded when a received message is open.
const HeardInMessage = lazy(() =>
  import(/* webpackChunkName: "heard" */ "./HeardInMessage").then((module) => ({
    default: module.HeardInMessage,
  })),
);

// The warnings (problem cards, evidence read from the message's HTML) with the text layer they
// bring: loaded when the Warnings tab is first shown (index.tsx starts fetching it in compose).
const WarningsPanel = lazy(() =>
  loadWarningsPanel().then((module) => ({ default: module.WarningsPanel })),
);

export interface RapportAppProps {
  adapter: ItemAdapter;
  profiles: ProfileSource;
  policy?: Policy;
  /** Findings handed over by the send-time check (Smart Alerts "Review warnings"). */
  initialFindings?: Finding[];
  initialView?: RapportView;
  /** Interactive sign-in, offered when the profile source says it needs one. */
  signIn?: () => Promise<void>;
  theme?: RapportTheme;
  /** The clock for "confirmed N months ago"; defaults to now. */
  now?: Date;
  /** The engine; replaceable so the pane can be exercised without every check. */
  evaluateDraft?: Evaluate;
  /**
   * The last message that went unchecked without its author being told at send time, and how
   * to dismiss it (src/office/check-failures.ts); omitted: no such notice.
   */
  previousCheck?: Omit<PreviousCheckProps, "now">;
  /**
   * Where "Ignore for this message" is kept: the item's sessionData in Outlook, which the send
   * check of the same draft reads. Defaults to memory (the pane alone).
   */
  ignores?: IgnoreStore;
  /** Office.context.displayLanguage: "Ask <first name>" spells the US way for en-US. */
  displayLanguage?: string;
  /**
   * Send-time findings for a pane already open (Smart Alerts "Review warnings" again: Outlook's
   * InitializationContextChanged). A new `seq` shows them on the Warnings tab and checks again,
   * without restarting the pane: an open editor's typed work is kept (audit 49c, 3).
   */
  sendReview?: SendReview;
  /**
   * This mailbox's unsaved profile edits, kept in the browser while the lawyer types so a closed
   * pane does not lose them (profile-drafts.ts); omitted: nothing is kept.
   */
  drafts?: ProfileDrafts;
}

/** Send-time findings handed to a running pane; each new `seq` is one more "Review warnings". */
export interface SendReview {
  findings: Finding[];
  seq: number;
}

const useStyles = makeStyles({
  provider: { minHeight: "100%", backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "480px",
    minWidth: 0,
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  // Wraps rather than scrolls sideways: at 200 px (a 320 px pane at 160 % zoom) the button goes
  // under the title.
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  tabs: { flexWrap: "wrap", minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  sectionTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** The task pane: client profiles of the open item's recipients, and the warnings for the draft. */
export function RapportApp({ theme = "light", ...props }: RapportAppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} className={styles.provider}>
      <RapportPane {...props} />
    </FluentProvider>
  );
}

interface FixFeedback {
  intent: "success" | "error" | "info";
  title: string;
  detail?: string;
  /** Offered until the next edit of the message. */
  undo?: FixUndo;
  /** The draft as it stood once the fix was in; any other draft means the next edit came. */
  draftAfter?: string;
}

/** Problems for the panel: warnings that stop a send, notes, and what the author ignored. */
export function panelProblems(
  findings: readonly Finding[],
  ignored: readonly IgnoredFinding[],
): PanelProblems {
  const result: PanelProblems = { warnings: [], notes: [], ignored: [] };
  for (const problem of orderProblems(groupProblems(findings))) {
    const stopping = problem.findings.filter(isStopping);
    const entries = stopping.map((finding) => ignoreFor(finding, ignored));
    if (stopping.length > 0 && entries.every((entry) => entry !== undefined))
      result.ignored.push({ problem, entry: entries[0]! });
    else if (stopping.length > 0) result.warnings.push(problem);
    else result.notes.push(problem);
  }
  return result;
}

/** Display names by lower-case address: Outlook's names first, then the findings'. */
function namesOf(
  recipients: readonly PaneRecipient[],
  findings: readonly Finding[],
): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of recipients) if (r.address) names.set(r.address, r.displayName);
  for (const f of findings) {
    const address = f.recipient.toLowerCase();
    if (!names.has(address)) names.set(address, f.recipientName || address);
  }
  return names;
}

/** What the live region says after a check: how many warnings and for whom, or the all-clear. */
export function announceCheck(
  state: CheckState,
  warnings: readonly Problem[],
  names: ReadonlyMap<string, string>,
  mode: string,
) {
  if (state.readError instanceof NoItemSelectedError) return NO_ITEM_TITLE;
  if (state.readError) return `The ${itemNoun(state.draft?.kind)} could not be read.`;
  if (state.lookupError) return lookupFailureReason(state.lookupError).title;
  if (state.checkError) return "The check could not run.";
  if (mode === "read") return `Profiles shown for ${state.recipients.length} recipients.`;
  if (warnings.length === 0) return "No problems found for these recipients.";
  const who: string[] = [];
  for (const problem of warnings)
    for (const address of problem.recipients) {
      const name = names.get(address) ?? address;
      if (!who.includes(name)) who.push(name);
    }
  return `${countWarnings(warnings.length)} for ${joinNames(who)}`;
}

/** A pinned pane while several messages, or none, are selected (Outlook's item is null). */
const NO_ITEM_TITLE = "No message is selected.";
const NO_ITEM_DETAIL = "Select one message to see its client profiles.";

/** "Megge Anderson’s profile", "the @coca-cola.example profile": what an editor edits. */
function editedProfile(target: EditTarget): string {
  return target.matchKey.startsWith("@")
    ? `the ${target.matchKey} profile`
    : `${target.recipient.displayName || target.matchKey}’s profile`;
}

/**
 * The profile editor, and whether it was opened from an item no longer selected (a pinned pane
 * whose selection changed while something typed in it was unsaved).
 */
interface Editing {
  target: EditTarget;
  earlierItem: boolean;
  /**
   * Set aside, still holding its typed changes, while the Warnings tab shows the send-time
   * findings ("Review warnings" pressed with unsaved changes in the editor): kept mounted and
   * hidden, and a bar leads back to it.
   */
  parked?: boolean;
  /** Opened by "Restore" on kept changes: the editor puts them back at once. */
  restoreDraft?: boolean;
}

function draftKey(draft: Draft | undefined): string {
  return JSON.stringify(draft ?? null);
}

function RapportPane({
  adapter,
  profiles,
  policy,
  initialFindings,
  initialView,
  signIn,
  now,
  evaluateDraft = evaluateWhenLoaded,
  previousCheck,
  ignores,
  displayLanguage,
  sendReview,
  drafts,
}: Omit<RapportAppProps, "theme">) {
  const styles = useStyles();
  const [view, setView] = useState<RapportView>(
    initialView ?? (initialFindings && initialFindings.length > 0 ? "warnings" : "profile"),
  );
  const [editing, setEditing] = useState<Editing>();
  /** Whether the open editor holds typed changes not saved yet (it says so as they change). */
  const editorUnsaved = useRef(false);
  const [fixing, setFixing] = useState<string>();
  const [fixFeedback, setFixFeedback] = useState<FixFeedback>();
  const [notice, setNotice] = useState<string>();
  const [signInError, setSignInError] = useState<string>();
  const [askError, setAskError] = useState<string>();
  const [actionStatus, setActionStatus] = useState("");
  const [focusRequest, setFocusRequest] = useState<{ index: number; seq: number }>();

  /**
   * Another item is selected (pinned pane): what the pane said about the previous one goes in the
   * same render as its profiles (audit 47i, 2). An editor without typed changes closes (focus
   * stays where the lawyer is: in Outlook's message list, most often). One with typed changes
   * stays open for the profile it edits, marked as opened from the earlier message: Outlook
   * changes the selection before the pane hears of it, so there is no asking first, and closing
   * it would throw away what was typed; the editor writes to that profile by its own key and
   * eTag, whichever message is selected.
   */
  const itemChanged = useCallback(() => {
    setNotice(undefined);
    setFixFeedback(undefined);
    setAskError(undefined);
    setFocusRequest(undefined);
    setEditing((current) =>
      current && editorUnsaved.current ? { ...current, earlierItem: true } : undefined,
    );
  }, []);

  const { state, check, showSendTimeFindings, whileEditing } = useRapportCheck({
    adapter,
    profiles,
    policy,
    initialFindings,
    evaluateDraft,
    onItemChange: itemChanged,
  });
  const [ignored, setIgnored] = useState<IgnoredFinding[]>([]);
  const ignoreStore = useMemo(() => ignores ?? new MemoryIgnoreStore(), [ignores]);
  /** The button that opened the editor, to return to when it closes. */
  const editOpener = useRef<string | undefined>(undefined);
  const [returnFocus, setReturnFocus] = useState(0);
  const clock = useMemo(() => now ?? new Date(), [now]);

  useEffect(() => {
    let cancelled = false;
    ignoreStore.load().then(
      (entries) => !cancelled && setIgnored(entries),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [ignoreStore]);

  // "Review warnings" again while the pane is open: the send-time findings on the Warnings tab,
  // then a fresh check, as a restart would, but an editor holding typed changes is set aside
  // with them (a restart discarded it without a word); one with nothing typed closes.
  const reviewSeq = sendReview?.seq;
  const reviewRef = useRef(sendReview);
  reviewRef.current = sendReview;
  useEffect(() => {
    const review = reviewRef.current;
    if (reviewSeq === undefined || !review) return;
    showSendTimeFindings(review.findings);
    setView("warnings");
    setFixFeedback(undefined);
    setNotice(undefined);
    setEditing((current) =>
      current && editorUnsaved.current ? { ...current, parked: true } : undefined,
    );
    void check({ refreshProfiles: true });
  }, [reviewSeq, check, showSendTimeFindings]);

  const problems = useMemo(() => panelProblems(state.findings, ignored), [state.findings, ignored]);
  const names = useMemo(
    () => namesOf(state.recipients, state.findings),
    [state.recipients, state.findings],
  );
  const warningCount = problems.warnings.length;

  // Announced once per finished check (keyed on its counter), in the same render as its results;
  // silent while another selected item is being read (the previous item's result no longer holds).
  const announcement = useMemo(
    () =>
      state.settled && state.completed > 0
        ? announceCheck(state, problems.warnings, names, adapter.mode)
        : "",
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.completed, state.settled],
  );

  // "Done" (and its Undo) or "could not be made" last until the next edit: a draft other than
  // the one the change left, whichever draft the pane follows now.
  useEffect(() => {
    if (!fixFeedback) return;
    const key = draftKey(state.draft);
    if (fixFeedback.draftAfter === undefined) setFixFeedback({ ...fixFeedback, draftAfter: key });
    else if (fixFeedback.draftAfter !== key) setFixFeedback(undefined);
  }, [state.draft, fixFeedback]);

  // Back to the button that opened the editor once it has closed.
  useEffect(() => {
    if (returnFocus === 0 || editing) return;
    const key = editOpener.current;
    const opener = key
      ? document.querySelector<HTMLElement>(`[data-edit-opener="${CSS.escape(key)}"]`)
      : null;
    (opener ?? document.getElementById("rapport-tab-profile"))?.focus();
  }, [returnFocus, editing]);

  // Which organisations have a stored profile, for the cards' "Edit / Create organisation
  // profile": asked once per organisation, only where a person's own profile is shown.
  const [organisations, setOrganisations] = useState<ReadonlyMap<string, boolean>>(new Map());
  const askedOrganisations = useRef(new Set<string>());
  useEffect(() => {
    const get = profiles.get?.bind(profiles);
    if (!get) return;
    const keys = new Set<string>();
    for (const recipient of state.recipients) {
      const profile = recipient.address ? state.profiles.get(recipient.address) : undefined;
      if (profile && profile.matchKey === recipient.address)
        keys.add(recipient.address.slice(recipient.address.lastIndexOf("@")));
    }
    for (const key of keys) {
      if (organisations.has(key) || askedOrganisations.current.has(key)) continue;
      askedOrganisations.current.add(key);
      get(key).then(
        (stored) => setOrganisations((known) => new Map(known).set(key, stored !== undefined)),
        () => askedOrganisations.current.delete(key), // unknown: the card offers neither button
      );
    }
  }, [profiles, state.recipients, state.profiles, organisations]);

  const routeFor = useCallback(
    (fix: Fix): FixRoute => fixRoute(fix, state.draft?.body ?? { format: "text", content: "" }),
    [state.draft],
  );

  const nextFocus = useCallback((index: number) => {
    setFocusRequest((current) => ({ index, seq: (current?.seq ?? 0) + 1 }));
  }, []);

  const say = useCallback((text: string) => {
    // A changed text is announced; the same text twice needs clearing in between.
    setActionStatus("");
    setTimeout(() => setActionStatus(text), 50);
  }, []);

  /** Runs an edit of the message (fix, selection, undo), reports it and checks again. */
  const runEdit = useCallback(
    async (
      key: string,
      index: number,
      edit: () => Promise<ApplyFixResult>,
      success: (result: ApplyFixResult & { ok: true }) => FixFeedback,
    ) => {
      setFixing(key);
      setFixFeedback(undefined);
      let outcome: FixFeedback;
      try {
        const result = await whileEditing(edit);
        outcome = result.ok
          ? success(result)
          : result.guided
            ? { intent: "info", title: "Rapport left this change to you.", detail: result.reason }
            : { intent: "error", title: "The change could not be made.", detail: result.reason };
      } catch (error) {
        outcome = {
          intent: "error",
          title: "The change could not be made.",
          detail: errorText(error),
        };
      }
      setFixing(undefined);
      await check();
      setFixFeedback(outcome);
      say(`${outcome.title}${outcome.detail ? ` ${outcome.detail}` : ""}`);
      nextFocus(index);
    },
    [check, nextFocus, say, whileEditing],
  );

  const applyFix = useCallback(
    (problem: Problem, fix: Fix) =>
      runEdit(
        problem.key,
        problems.warnings.indexOf(problem),
        () => adapter.applyFix(fix),
        (result) => ({
          intent: "success",
          title: `Done: ${fix.label}.`,
          ...(result.undo
            ? { detail: "Undo is available until you edit the message.", undo: result.undo }
            : {}),
        }),
      ),
    [adapter, problems.warnings, runEdit],
  );

  const replaceSelection = useCallback(
    (problem: Problem, fix: Fix) =>
      runEdit(
        problem.key,
        problems.warnings.indexOf(problem),
        () =>
          adapter.replaceSelection
            ? adapter.replaceSelection(fix)
            : Promise.resolve({ ok: false as const, reason: "Edit the message by hand." }),
        () => ({
          intent: "success",
          title: `Done: replaced with “${fix.replacement}”.`,
          detail: "Use Undo in Outlook to take it back.",
        }),
      ),
    [adapter, problems.warnings, runEdit],
  );

  const undo = useCallback(
    (change: FixUndo) =>
      runEdit(
        "undo",
        focusRequest?.index ?? 0,
        () =>
          adapter.undoFix
            ? adapter.undoFix(change)
            : Promise.resolve({ ok: false as const, reason: undoByHand(change) }),
        () => ({ intent: "info", title: "Undone: the message is as it was before the fix." }),
      ),
    [adapter, focusRequest, runEdit],
  );

  const storeIgnores = useCallback(
    (next: IgnoredFinding[], message: string) => {
      setIgnored(next);
      ignoreStore.save(next).then(
        () => say(message),
        () =>
          say(
            `${message} Outlook could not store it with the message, so the send check may still stop for it.`,
          ),
      );
    },
    [ignoreStore, say],
  );

  const ignore = useCallback(
    (problem: Problem, reason: string) => {
      const at = new Date();
      const entries = problem.findings
        .filter(isStopping)
        .map((finding) => ignoreEntryFor(finding, at, reason));
      const index = problems.warnings.indexOf(problem);
      storeIgnores(withIgnores(ignored, entries), "Ignored for this message.");
      setFixFeedback(undefined);
      nextFocus(Math.max(0, index));
    },
    [ignored, nextFocus, problems.warnings, storeIgnores],
  );

  const stopIgnoring = useCallback(
    (problem: Problem) => {
      const entries = problem.findings.map((finding) => ignoreEntryFor(finding, new Date()));
      storeIgnores(withoutIgnores(ignored, entries), "No longer ignored: it counts again.");
      nextFocus(problems.warnings.length);
    },
    [ignored, nextFocus, problems.warnings.length, storeIgnores],
  );

  const runSignIn = useCallback(async () => {
    if (!signIn) return;
    setSignInError(undefined);
    try {
      await signIn();
      await check({ refreshProfiles: true });
    } catch (error) {
      setSignInError(`Sign-in did not complete: ${errorText(error)}`);
      say(`Sign-in did not complete: ${errorText(error)}`);
    }
  }, [signIn, check, say]);

  /** Back to an editor set aside by "Review warnings", focused on its heading. */
  const unpark = useCallback(() => {
    setEditing((current) => (current ? { ...current, parked: false } : current));
    setTimeout(() => document.querySelector<HTMLElement>('h2[id^="rapport-editor-"]')?.focus(), 0);
  }, []);

  const checkAgain = useCallback(() => {
    setFixFeedback(undefined);
    setNotice(undefined);
    void check({ refreshProfiles: true });
  }, [check]);

  const editorChanged = useCallback((unsaved: boolean) => {
    editorUnsaved.current = unsaved;
  }, []);

  const closeEditor = useCallback(() => {
    setEditing(undefined);
    editorUnsaved.current = false;
    setReturnFocus((n) => n + 1);
  }, []);

  /**
   * Changes kept when a pane closed with the editor open (profile-drafts.ts), offered while no
   * editor is open: read when the pane opens and again whenever an editor closes. Every kept
   * draft of this mailbox, not only those of this item's recipients: the pane that closed was
   * most often opened on another message (selecting one is what closed it).
   */
  const [kept, setKept] = useState<ProfileDraft[]>([]);
  const editorOpen = editing !== undefined;
  const keptAnnounced = useRef(false);
  useEffect(() => {
    if (!drafts || editorOpen) return;
    const list = drafts.list();
    setKept(list);
    // Said once, when the pane opens with kept changes; the bars stay until answered.
    if (list.length > 0 && !keptAnnounced.current) {
      keptAnnounced.current = true;
      say(
        list.length === 1
          ? `You have unsaved changes to ${draftProfileName(list[0]!)} from ${draftTime(list[0]!.savedAt, clock)}.`
          : `You have unsaved changes to ${list.length} profiles.`,
      );
    }
  }, [drafts, editorOpen, say, clock]);
  const restoreKept = useCallback((draft: ProfileDraft) => {
    // Off the list at once: the editor owns it now (Save or Discard there removes it).
    setKept((list) => list.filter((d) => d.matchKey !== draft.matchKey));
    setNotice(undefined);
    editOpener.current = undefined;
    editorUnsaved.current = false;
    setEditing({
      target: {
        mode: draft.mode,
        matchKey: draft.matchKey,
        recipient: { ...draft.recipient, kind: "to", colleague: false },
      },
      earlierItem: false,
      restoreDraft: true,
    });
  }, []);
  const discardKept = useCallback(
    (draft: ProfileDraft, said: string) => {
      drafts?.remove(draft.matchKey);
      setKept(drafts?.list() ?? []);
      say(said);
    },
    [drafts, say],
  );

  const saved = useCallback(
    (stored: StoredProfile) => {
      closeEditor();
      if (stored.profile.matchKey.startsWith("@"))
        setOrganisations((known) => new Map(known).set(stored.profile.matchKey, true));
      setNotice(`Saved the profile for ${stored.profile.matchKey}.`);
      say(`Saved the profile for ${stored.profile.matchKey}.`);
      void check({ refreshProfiles: true });
    },
    [check, closeEditor, say],
  );

  const [asking, setAsking] = useState<string>();
  /** "Ask <first name>": the questions go in at the author's cursor; nothing else is touched. */
  const ask = useCallback(
    async ({ recipient, firstName, need }: AskRequest) => {
      if (!adapter.insertText) return;
      const text = askParagraph({
        need,
        ...(firstName ? { firstName } : {}),
        spelling: spellingFor(displayLanguage),
        ...(policy?.ask ? { wording: policy.ask } : {}),
      });
      setAsking(recipient.address);
      setNotice(undefined);
      let result: ApplyFixResult;
      try {
        result = await adapter.insertText(text);
      } catch (error) {
        result = { ok: false, reason: errorText(error) };
      }
      setAsking(undefined);
      const who = firstName ?? recipient.displayName;
      if (result.ok) {
        setNotice(`Inserted the questions for ${who} at your cursor: edit them as you like.`);
        say(`Inserted the questions for ${who} at your cursor.`);
      } else {
        setAskError(`The questions for ${who} could not be inserted. ${result.reason}`);
        say(`The questions for ${who} could not be inserted. ${result.reason}`);
      }
    },
    [adapter, displayLanguage, policy, say],
  );
  const recorded = useCallback(
    (stored: StoredProfile) => {
      if (stored.profile.matchKey.startsWith("@"))
        setOrganisations((known) => new Map(known).set(stored.profile.matchKey, true));
      void check({ refreshProfiles: true });
    },
    [check],
  );

  // Before the first check ends, and again from the moment a pinned pane's selection changes
  // until the new item's check ends: nothing of the previous item is shown meanwhile.
  const loading = !state.settled;
  const noItem = state.readError instanceof NoItemSelectedError;
  // A received message (not an invitation) is listened to; a new one (pinned pane) afresh.
  const listening =
    adapter.mode === "read" &&
    adapter.readMessage !== undefined &&
    state.draft !== undefined &&
    state.draft.kind !== "appointment";
  const messageKey = listening
    ? JSON.stringify([state.draft!.subject, state.draft!.recipients[0], state.draft!.body])
    : "";
  // "this invitation" on a meeting invitation, "this message" otherwise.
  const item = itemNoun(state.draft?.kind);
  const lookupReason = state.lookupError ? lookupFailureReason(state.lookupError) : undefined;
  const needsSignIn =
    state.lookupError instanceof ProfileSourceError && state.lookupError.kind === "sign-in-needed";

  return (
    <main className={styles.main} aria-labelledby="rapport-title">
      <div className={styles.header}>
        <h1 className={styles.title} id="rapport-title">
          Rapport
        </h1>
        {!editing || editing.parked ? (
          // Focusable while busy: a disabled button would drop keyboard focus to the page.
          <Button
            size="small"
            icon={<ArrowClockwise16Regular />}
            disabledFocusable={state.busy}
            onClick={checkAgain}
          >
            Check again
          </Button>
        ) : null}
      </div>

      <div
        role="status"
        aria-live="polite"
        aria-label="Check result"
        className={styles.visuallyHidden}
      >
        {announcement}
      </div>
      <div
        role="status"
        aria-live="polite"
        aria-label="Last action"
        className={styles.visuallyHidden}
      >
        {actionStatus}
      </div>

      {previousCheck ? <PreviousCheckNotice {...previousCheck} now={clock} /> : null}

      {noItem ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{NO_ITEM_TITLE}</MessageBarTitle>
            {NO_ITEM_DETAIL}
          </MessageBarBody>
        </MessageBar>
      ) : state.readError ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>The {item} could not be read.</MessageBarTitle>
            {errorText(state.readError)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {lookupReason ? (
        <MessageBar intent={needsSignIn ? "warning" : "error"}>
          <MessageBarBody>
            <MessageBarTitle>{lookupReason.title}</MessageBarTitle>
            {lookupReason.detail}
          </MessageBarBody>
          {needsSignIn && signIn ? (
            <MessageBarActions>
              <Button size="small" onClick={() => void runSignIn()}>
                Sign in
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {signInError ? (
        <MessageBar intent="error">
          <MessageBarBody>{signInError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {askError ? (
        <MessageBar intent="error">
          <MessageBarBody>{askError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}

      {editing?.earlierItem ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Another message is selected now.</MessageBarTitle>
            {`This is still ${editedProfile(editing.target)}, opened from the message you were reading before; what you typed is kept. Save or cancel to see the selected message’s client profiles.`}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {editing ? (
        // Hidden, not unmounted, while set aside: what was typed stays in it.
        <div hidden={editing.parked}>
          <LoadedPart what="the profile editor" loadingLabel="Opening the profile editor…">
            <ProfileEditor
              target={editing.target}
              source={profiles}
              now={clock}
              onSaved={saved}
              onCancel={closeEditor}
              onUnsavedChange={editorChanged}
              onAnnounce={say}
              {...(drafts ? { drafts } : {})}
              {...(editing.restoreDraft ? { restoreDraft: true } : {})}
            />
          </LoadedPart>
        </div>
      ) : null}
      {editing?.parked ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{`Your changes to ${editedProfile(editing.target)} are not saved yet.`}</MessageBarTitle>
            They are kept: go back to the editor to save or discard them.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={unpark}>
              Back to the editor
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {!editing && kept.length > 0 ? (
        <KeptDrafts drafts={kept} now={clock} onRestore={restoreKept} onDiscard={discardKept} />
      ) : null}
      {editing && !editing.parked ? null : (
        <>
          <TabList
            selectedValue={view}
            onTabSelect={(_, data) => setView(data.value as RapportView)}
            aria-label="Rapport views"
            size="small"
            className={styles.tabs}
          >
            <Tab value="profile" id="rapport-tab-profile">
              Client profile
            </Tab>
            <Tab value="warnings" id="rapport-tab-warnings">
              {`Warnings (${warningCount})`}
            </Tab>
          </TabList>

          {view === "profile" ? (
            <div role="tabpanel" aria-labelledby="rapport-tab-profile" className={styles.panel}>
              {/* For heading navigation; the selected tab already says it visually. */}
              <h2 className={styles.visuallyHidden}>Client profiles of the recipients</h2>
              {listening ? (
                <LoadedPart
                  what="what this message asks for"
                  loadingLabel="Listening to this message…"
                  spinnerSize="extra-small"
                >
                  <HeardInMessage
                    key={messageKey}
                    adapter={adapter}
                    profiles={profiles}
                    firmDomains={firmDomains(state.draft!, policy)}
                    onRecorded={recorded}
                    onAnnounce={say}
                  />
                </LoadedPart>
              ) : null}
              {/* Nothing read: the message above says why, and no earlier item's cards stay. */}
              {state.readError && !state.draft ? null : (
                <ProfileView
                  recipients={state.recipients}
                  profiles={state.profiles}
                  loading={loading}
                  lookupFailed={state.lookupError !== undefined}
                  now={clock}
                  // While an editor with typed changes is set aside, no second one is opened
                  // over it: the bar above leads back to it.
                  canEdit={Boolean(profiles.get && profiles.save) && !editing}
                  canCreate={Boolean(profiles.save) && !editing}
                  organisations={organisations}
                  {...(adapter.mode === "compose" &&
                  adapter.insertText &&
                  state.draft?.kind !== "appointment"
                    ? {
                        onAsk: (request: AskRequest) => {
                          setAskError(undefined);
                          void ask(request);
                        },
                      }
                    : {})}
                  {...(asking !== undefined ? { asking } : {})}
                  onEdit={(target) => {
                    setNotice(undefined);
                    editOpener.current = editOpenerKey(target);
                    editorUnsaved.current = false;
                    setEditing({ target, earlierItem: false });
                  }}
                />
              )}
            </div>
          ) : (
            <div role="tabpanel" aria-labelledby="rapport-tab-warnings" className={styles.panel}>
              <h2 className={styles.visuallyHidden}>Warnings for this {item}</h2>
              {!state.findingsAreLive && state.findings.length > 0 ? (
                <MessageBar intent="info">
                  <MessageBarBody>
                    These are the warnings found when you pressed Send.
                    {state.busy ? ` Checking the ${item} again…` : null}
                  </MessageBarBody>
                </MessageBar>
              ) : null}
              {state.checkError ? (
                <MessageBar intent="error">
                  <MessageBarBody>
                    <MessageBarTitle>The check could not run.</MessageBarTitle>
                    {errorText(state.checkError)}
                  </MessageBarBody>
                </MessageBar>
              ) : null}
              {fixFeedback ? (
                <MessageBar intent={fixFeedback.intent}>
                  <MessageBarBody>
                    <MessageBarTitle>{fixFeedback.title}</MessageBarTitle>
                    {fixFeedback.detail}
                  </MessageBarBody>
                  {fixFeedback.undo ? (
                    <MessageBarActions>
                      <Button
                        size="small"
                        icon={<ArrowUndo16Regular />}
                        disabled={fixing !== undefined}
                        onClick={() => void undo(fixFeedback.undo!)}
                      >
                        Undo
                      </Button>
                    </MessageBarActions>
                  ) : null}
                </MessageBar>
              ) : null}
              <LoadedPart what="the warnings" loadingLabel="Loading the warnings…">
                <WarningsPanel
                  problems={problems}
                  draft={state.draft}
                  names={names}
                  canFix={adapter.mode === "compose"}
                  fixing={fixing}
                  loading={loading && state.findings.length === 0}
                  readMode={adapter.mode === "read"}
                  unavailable={Boolean(state.lookupError || state.checkError || state.readError)}
                  routeFor={routeFor}
                  onFix={(problem, fix) => void applyFix(problem, fix)}
                  onReplaceSelection={(problem, fix) => void replaceSelection(problem, fix)}
                  onIgnore={ignore}
                  onStopIgnoring={stopIgnoring}
                  onAnnounce={say}
                  focusRequest={focusRequest}
                  kind={state.draft?.kind}
                />
              </LoadedPart>
            </div>
          )}
        </>
      )}
    </main>
  );
}
