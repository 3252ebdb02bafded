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
import { ArrowClockwise16Regular } from "@fluentui/react-icons";
import { useCallback, useMemo, useState } from "react";
import { evaluate } from "../core/engine";
import type { Finding } from "../core/finding";
import type { Policy } from "../core/policy";
import type { ItemAdapter } from "../office/item-adapter";
import { ProfileSourceError, type ProfileSource, type StoredProfile } from "../profiles/source";
import { ProfileEditor } from "./ProfileEditor";
import { PreviousCheckNotice, type PreviousCheckProps } from "./PreviousCheckNotice";
import { ProfileView } from "./ProfileView";
import type { EditTarget } from "./RecipientCard";
import { groupFindings, isCountedWarning, type FindingGroup } from "./recipients";
import { FLUENT_THEMES, type RapportTheme } from "./theme";
import { useRapportCheck, type CheckState, type Evaluate } from "./use-rapport-check";
import { findingKey, WarningsPanel } from "./WarningsPanel";
import { countWarnings, errorText, itemNoun, lookupFailureReason } from "./wording";

export type RapportView = "profile" | "warnings";

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
}

const useStyles = makeStyles({
  provider: { minHeight: "100%", backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "480px",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between" },
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
  intent: "success" | "error";
  title: string;
  detail?: string;
}

/** What the live region says after a check: counts per recipient, or that all is clear. */
export function announceCheck(state: CheckState, groups: readonly FindingGroup[], mode: string) {
  if (state.readError) return `The ${itemNoun(state.draft?.kind)} could not be read.`;
  if (state.lookupError) return lookupFailureReason(state.lookupError).title;
  if (state.checkError) return "The check could not run.";
  if (mode === "read") return `Profiles shown for ${state.recipients.length} recipients.`;
  const parts = groups
    .map((g) => ({ name: g.displayName, count: g.findings.filter(isCountedWarning).length }))
    .filter((p) => p.count > 0)
    .map((p) => `${countWarnings(p.count)} for ${p.name}`);
  return parts.length > 0 ? parts.join("; ") : "No problems found for these recipients.";
}

function RapportPane({
  adapter,
  profiles,
  policy,
  initialFindings,
  initialView,
  signIn,
  now,
  evaluateDraft = evaluate,
  previousCheck,
}: Omit<RapportAppProps, "theme">) {
  const styles = useStyles();
  const { state, check } = useRapportCheck({
    adapter,
    profiles,
    policy,
    initialFindings,
    evaluateDraft,
  });
  const [view, setView] = useState<RapportView>(
    initialView ?? (initialFindings && initialFindings.length > 0 ? "warnings" : "profile"),
  );
  const [editing, setEditing] = useState<EditTarget>();
  const [fixing, setFixing] = useState<string>();
  const [fixFeedback, setFixFeedback] = useState<FixFeedback>();
  const [notice, setNotice] = useState<string>();
  const [signInError, setSignInError] = useState<string>();
  const clock = useMemo(() => now ?? new Date(), [now]);

  const groups = useMemo(
    () => groupFindings(state.findings, state.recipients),
    [state.findings, state.recipients],
  );
  const warningCount = state.findings.filter(isCountedWarning).length;

  // Announced once per finished check (keyed on its counter), in the same render as its results.
  const announcement = useMemo(
    () => (state.completed > 0 ? announceCheck(state, groups, adapter.mode) : ""),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.completed],
  );

  const applyFix = useCallback(
    async (finding: Finding) => {
      const fix = finding.fix;
      if (!fix) return;
      setFixing(findingKey(finding));
      setFixFeedback(undefined);
      let outcome: FixFeedback;
      try {
        const result = await adapter.applyFix(fix);
        outcome = result.ok
          ? { intent: "success", title: `Done: ${fix.label}.` }
          : { intent: "error", title: "The fix could not be applied.", detail: result.reason };
      } catch (error) {
        outcome = {
          intent: "error",
          title: "The fix could not be applied.",
          detail: errorText(error),
        };
      }
      setFixFeedback(outcome);
      setFixing(undefined);
      await check();
    },
    [adapter, check],
  );

  const runSignIn = useCallback(async () => {
    if (!signIn) return;
    setSignInError(undefined);
    try {
      await signIn();
      await check({ refreshProfiles: true });
    } catch (error) {
      setSignInError(`Sign-in did not complete: ${errorText(error)}`);
    }
  }, [signIn, check]);

  const checkAgain = useCallback(() => {
    setFixFeedback(undefined);
    setNotice(undefined);
    void check({ refreshProfiles: true });
  }, [check]);

  const saved = useCallback(
    (stored: StoredProfile) => {
      setEditing(undefined);
      setNotice(`Saved the profile for ${stored.profile.matchKey}.`);
      void check({ refreshProfiles: true });
    },
    [check],
  );

  const firstLoad = !state.settled;
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
        {!editing ? (
          <Button
            size="small"
            icon={<ArrowClockwise16Regular />}
            disabled={state.busy}
            onClick={checkAgain}
          >
            Check again
          </Button>
        ) : null}
      </div>

      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>

      {previousCheck ? <PreviousCheckNotice {...previousCheck} now={clock} /> : null}

      {state.readError ? (
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
      {notice ? (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}

      {editing ? (
        <ProfileEditor
          target={editing}
          source={profiles}
          now={clock}
          onSaved={saved}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <>
          <TabList
            selectedValue={view}
            onTabSelect={(_, data) => setView(data.value as RapportView)}
            aria-label="Rapport views"
            size="small"
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
              <ProfileView
                recipients={state.recipients}
                profiles={state.profiles}
                loading={firstLoad}
                lookupFailed={state.lookupError !== undefined}
                now={clock}
                canEdit={Boolean(profiles.get && profiles.save)}
                canCreate={Boolean(profiles.save)}
                onEdit={(target) => {
                  setNotice(undefined);
                  setEditing(target);
                }}
              />
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
                </MessageBar>
              ) : null}
              <WarningsPanel
                groups={groups}
                canFix={adapter.mode === "compose"}
                fixing={fixing}
                loading={firstLoad && state.findings.length === 0}
                readMode={adapter.mode === "read"}
                unavailable={Boolean(state.lookupError || state.checkError || state.readError)}
                onFix={(finding) => void applyFix(finding)}
                kind={state.draft?.kind}
              />
            </div>
          )}
        </>
      )}
    </main>
  );
}
