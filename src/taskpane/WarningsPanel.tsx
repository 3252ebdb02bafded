import { makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Draft, DraftKind } from "../core/draft";
import type { Fix } from "../core/finding";
import type { Problem } from "../core/problems";
import type { FixRoute } from "../office/fix-route";
import type { IgnoredFinding } from "../office/ignored-findings";
import { preloadFixes } from "./lazy-chunks";
import { ProblemCard } from "./ProblemCard";
import { itemNoun } from "./wording";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  sectionHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  empty: {
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** The panel's sorted problems: those that stop a send, notes, and what the author ignored. */
export interface PanelProblems {
  warnings: Problem[];
  notes: Problem[];
  ignored: { problem: Problem; entry: IgnoredFinding }[];
}

export interface WarningsPanelProps {
  problems: PanelProblems;
  draft?: Draft;
  /** Display names by lower-case address. */
  names: ReadonlyMap<string, string>;
  /** Fixes edit the draft, and ignoring is per draft: compose only. */
  canFix: boolean;
  /** The key of the problem whose fix is being applied. */
  fixing?: string;
  /** True while the first check runs and nothing is known yet. */
  loading: boolean;
  readMode: boolean;
  /** The check could not run (no profiles, engine failure): silence must not read as "all clear". */
  unavailable: boolean;
  routeFor(fix: Fix): FixRoute;
  onFix(problem: Problem, fix: Fix): void;
  onReplaceSelection(problem: Problem, fix: Fix): void;
  onIgnore(problem: Problem, reason: string): void;
  onStopIgnoring(problem: Problem): void;
  onAnnounce(text: string): void;
  /**
   * Move focus to the warning at this position once the list has it (after a fix or an ignore:
   * the next warning; when none is left, the all-clear). `seq` makes a repeat request count.
   */
  focusRequest?: { index: number; seq: number };
  /** What is open: a message (the default) or a meeting invitation. */
  kind?: DraftKind;
}

/** The current problems, one card each: warnings first (counted in the tab), then the rest. */
export function WarningsPanel(props: WarningsPanelProps) {
  const styles = useStyles();
  const { warnings, notes, ignored } = props.problems;
  const headings = useRef<(HTMLHeadingElement | null)[]>([]);
  const emptyRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const request = props.focusRequest;
    if (!request || props.loading) return;
    const target =
      warnings.length > 0
        ? headings.current[Math.min(request.index, warnings.length - 1)]
        : emptyRef.current;
    target?.focus();
    // Only a new request moves focus; re-renders while the author works must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.focusRequest?.seq, props.loading]);

  // A card offers a fix: fetch the code that applies it now, so pressing it does not wait for a
  // download between reading the message and writing it back (audit 48b, finding 1).
  const offersFix = props.canFix && warnings.some((problem) => problem.fixes.length > 0);
  useEffect(() => {
    if (offersFix) preloadFixes();
  }, [offersFix]);

  const item = itemNoun(props.kind);
  if (props.loading) return <Spinner size="small" label={`Checking this ${item}…`} />;
  if (props.readMode)
    return (
      <Text>
        Warnings are checked while you write {item === "invitation" ? "an invitation" : "a message"}{" "}
        to these recipients.
      </Text>
    );

  const card = (
    problem: Problem,
    level: 3 | 4,
    extra: Partial<Parameters<typeof ProblemCard>[0]>,
  ) => (
    <ProblemCard
      problem={problem}
      level={level}
      draft={props.draft}
      names={props.names}
      canAct={props.canFix}
      busy={props.fixing !== undefined}
      fixing={props.fixing === problem.key}
      routeFor={props.routeFor}
      onFix={props.onFix}
      onReplaceSelection={props.onReplaceSelection}
      onIgnore={props.onIgnore}
      onAnnounce={props.onAnnounce}
      {...extra}
    />
  );

  return (
    <div className={styles.root}>
      {warnings.length === 0 ? (
        <p className={styles.empty} ref={emptyRef} tabIndex={-1}>
          {props.unavailable
            ? `This ${item} has not been checked: see the message above.`
            : "No problems found for these recipients."}
        </p>
      ) : (
        <ul className={styles.list} aria-label="Warnings">
          {warnings.map((problem, index) => (
            <li key={problem.key}>
              {card(problem, 3, {
                ref: (element: HTMLHeadingElement | null) => {
                  headings.current[index] = element;
                },
              })}
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 ? (
        <section aria-labelledby="rapport-notes-heading" className={styles.root}>
          <h3 className={styles.sectionHeading} id="rapport-notes-heading">
            Notes (will not stop sending)
          </h3>
          <ul className={styles.list}>
            {notes.map((problem) => (
              <li key={problem.key}>{card(problem, 4, {})}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {ignored.length > 0 ? (
        <section aria-labelledby="rapport-ignored-heading" className={styles.root}>
          <h3 className={styles.sectionHeading} id="rapport-ignored-heading">
            Ignored for this message
          </h3>
          <ul className={styles.list}>
            {ignored.map(({ problem, entry }) => (
              <li key={problem.key}>
                {card(problem, 4, {
                  ignoredAs: entry,
                  onStopIgnoring: props.onStopIgnoring,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
