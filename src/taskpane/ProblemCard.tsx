import {
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  Copy16Regular,
  ErrorCircle16Filled,
  EyeOff16Regular,
  Info16Filled,
  DocumentSearch16Regular,
  Warning16Filled,
} from "@fluentui/react-icons";
import { forwardRef, useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { Draft } from "../core/draft";
import type { Finding, Fix, Severity } from "../core/finding";
import type { Problem } from "../core/problems";
import type { FixRoute } from "../office/fix-route";
import type { IgnoredFinding } from "../office/ignored-findings";
import { copyText } from "./clipboard";
import { bodyContext, evidenceView, fixPreview, type MarkedLine } from "./evidence-view";
import { checkTitle, joinNames, SEVERITY_LABELS } from "./wording";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  muted: { color: tokens.colorNeutralForeground3, backgroundColor: tokens.colorNeutralBackground2 },
  heading: {
    margin: 0,
    display: "flex",
    alignItems: "flex-start",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    minWidth: 0,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  severity: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  place: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  excerpt: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    // Forced colours drop backgrounds: the underline still shows which words.
    textDecorationLine: "underline",
    textDecorationThickness: "2px",
  },
  concerns: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  reasons: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  reason: { overflowWrap: "anywhere" },
  preview: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  previewTerm: { color: tokens.colorNeutralForeground2 },
  previewValue: { margin: 0, overflowWrap: "anywhere", minWidth: 0 },
  removed: {
    textDecorationLine: "line-through",
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  added: {
    textDecorationLine: "underline",
    color: tokens.colorPaletteGreenForeground1,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  guided: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    "& > button": { maxWidth: "100%", minWidth: 0, whiteSpace: "normal", height: "auto" },
  },
  context: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    maxHeight: "12em",
    overflowY: "auto",
    overflowX: "hidden",
    listStyleType: "none",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  contextLine: {
    display: "grid",
    gridTemplateColumns: "2.5em minmax(0, 1fr)",
    overflowWrap: "anywhere",
  },
  lineNumber: { color: tokens.colorNeutralForeground3, textAlign: "right", paddingRight: "0.5em" },
  ignoreForm: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
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

const SEVERITY_ICONS: Record<Severity, typeof Warning16Filled> = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  info: Info16Filled,
};

export interface ProblemCardProps {
  problem: Problem;
  /** Heading level of the card: 3 under the panel's h2, 4 inside a section with its own h3. */
  level: 3 | 4;
  draft?: Draft;
  /** Display names by lower-case address. */
  names: ReadonlyMap<string, string>;
  /** Compose mode: fixes, guided edits and ignoring are offered. */
  canAct: boolean;
  /** A fix is being applied (anywhere): buttons wait. */
  busy: boolean;
  /** This card's fix is being applied. */
  fixing: boolean;
  routeFor(fix: Fix): FixRoute;
  onFix(problem: Problem, fix: Fix): void;
  onReplaceSelection(problem: Problem, fix: Fix): void;
  onIgnore?(problem: Problem, reason: string): void;
  /** Set for a card in the "Ignored" section: why, and how to undo it. */
  ignoredAs?: IgnoredFinding;
  onStopIgnoring?(problem: Problem): void;
  /** Reports the outcome of a copy, for the pane's status region. */
  onAnnounce(text: string): void;
}

function Marked({ line, className }: { line: MarkedLine; className: string }) {
  return (
    <>
      {line.before}
      {line.marked ? <mark className={className}>{line.marked}</mark> : null}
      {line.after}
    </>
  );
}

/** One message per check: the first recipient's (the others are named under "For"). */
function reasons(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.check}|${f.messageId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The words a card is about, for its heading: the evidence, or the check's first message. */
function headingText(problem: Problem): string {
  const text = problem.evidence?.text.replace(/\s+/g, " ").trim();
  if (text) return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
  return checkTitle(problem.findings[0]?.check ?? "");
}

/** One problem: what and where, for whom and why, the fix with its preview, and the actions. */
export const ProblemCard = forwardRef<HTMLHeadingElement, ProblemCardProps>(
  function ProblemCard(props, headingRef) {
    const { problem, draft, canAct, busy } = props;
    const styles = useStyles();
    const headingId = useId();
    const reasonId = useId();
    const contextId = useId();
    const [showContext, setShowContext] = useState(false);
    const [ignoring, setIgnoring] = useState(false);
    const [reason, setReason] = useState("");
    const contextRef = useRef<HTMLOListElement>(null);
    const reasonRef = useRef<HTMLInputElement>(null);
    const ignoreButtonRef = useRef<HTMLButtonElement>(null);

    const muted = problem.findings.every((f) => f.monitorOnly);
    const severity = problem.severity;
    const Icon = SEVERITY_ICONS[severity];
    const view = problem.evidence ? evidenceView(draft, problem.evidence) : undefined;
    const context =
      showContext && draft && problem.evidence?.field === "body"
        ? bodyContext(draft, problem.evidence)
        : [];
    const who = joinNames(problem.recipients.map((a) => props.names.get(a) ?? a));
    // The engine keeps the first few findings of a check for a recipient and counts the rest.
    const moreLikeThis = Math.max(0, ...problem.findings.map((f) => f.moreLikeThis ?? 0));
    const Heading = props.level === 3 ? "h3" : "h4";

    // "Show in message": Outlook offers no way to select words in the body from an add-in, so the
    // pane shows the message around them instead, scrolled to them and focused.
    useEffect(() => {
      if (!showContext) return;
      const list = contextRef.current;
      list?.focus();
      list?.querySelector("mark")?.scrollIntoView?.({ block: "center" });
    }, [showContext]);

    useEffect(() => {
      if (ignoring) reasonRef.current?.focus();
    }, [ignoring]);

    const confirmIgnore = (event: FormEvent) => {
      event.preventDefault();
      props.onIgnore?.(problem, reason);
      setIgnoring(false);
      setReason("");
    };

    return (
      <article
        className={mergeClasses(styles.card, muted && styles.muted)}
        aria-labelledby={headingId}
        data-testid={props.ignoredAs ? "ignored-card" : muted ? "note-card" : "warning-card"}
      >
        <Heading className={styles.heading} id={headingId} tabIndex={-1} ref={headingRef}>
          <span className={mergeClasses(styles.severity, !muted && styles[severity])}>
            <Icon aria-hidden="true" />
            {`${SEVERITY_LABELS[severity]}${muted ? " · monitor only, will not stop sending" : ""}:`}
          </span>
          <span>{headingText(problem)}</span>
        </Heading>
        {view ? (
          <>
            <Text className={styles.place}>{view.place}</Text>
            <p className={styles.excerpt}>
              <Marked line={view.excerpt} className={styles.mark} />
            </p>
          </>
        ) : null}
        <Text className={styles.concerns}>For {who}</Text>
        {reasons(problem.findings).length === 1 ? (
          <Text className={styles.reason} id={reasonId}>
            {problem.findings[0]!.message}
          </Text>
        ) : (
          <ul className={styles.reasons} id={reasonId}>
            {reasons(problem.findings).map((finding) => (
              <li key={`${finding.check}|${finding.messageId}`}>{finding.message}</li>
            ))}
          </ul>
        )}
        {moreLikeThis > 0 ? (
          <Text className={styles.concerns}>
            {`…and ${moreLikeThis} more like this in the message, not listed.`}
          </Text>
        ) : null}
        {props.ignoredAs ? (
          <Text className={styles.concerns}>
            Ignored for this message
            {props.ignoredAs.reason ? `: “${props.ignoredAs.reason}”` : "."}
          </Text>
        ) : null}

        {canAct && !props.ignoredAs
          ? problem.fixes.map((fix) => (
              <FixSection
                key={`${fix.start}|${fix.end}|${fix.replacement}`}
                fix={fix}
                route={props.routeFor(fix)}
                {...props}
                reasonId={reasonId}
                styles={styles}
              />
            ))
          : null}

        <div className={styles.actions}>
          {view && problem.evidence?.field === "body" && draft ? (
            <Button
              size="small"
              icon={<DocumentSearch16Regular />}
              aria-expanded={showContext}
              aria-controls={showContext ? contextId : undefined}
              onClick={() => setShowContext((open) => !open)}
            >
              {showContext ? "Hide the message" : "Show in message"}
            </Button>
          ) : null}
          {canAct && props.onIgnore && !props.ignoredAs && !ignoring ? (
            <Button
              size="small"
              appearance="subtle"
              icon={<EyeOff16Regular />}
              ref={ignoreButtonRef}
              aria-describedby={headingId}
              disabled={busy}
              onClick={() => setIgnoring(true)}
            >
              Ignore for this message
            </Button>
          ) : null}
          {props.ignoredAs && props.onStopIgnoring ? (
            <Button
              size="small"
              aria-describedby={headingId}
              onClick={() => props.onStopIgnoring?.(problem)}
            >
              Stop ignoring
            </Button>
          ) : null}
        </div>

        {showContext && context.length > 0 ? (
          <ol
            className={styles.context}
            id={contextId}
            ref={contextRef}
            tabIndex={-1}
            aria-label={`The message around ${headingText(problem)}`}
          >
            {context.map((line) => (
              <li key={line.number} className={styles.contextLine}>
                <span className={styles.lineNumber} aria-hidden="true">
                  {line.number}
                </span>
                <span>
                  {line.marked ? (
                    <Marked line={line.marked} className={styles.mark} />
                  ) : (
                    line.text || " "
                  )}
                </span>
              </li>
            ))}
          </ol>
        ) : null}

        {ignoring ? (
          <form className={styles.ignoreForm} onSubmit={confirmIgnore}>
            <Field
              label="Why is it intended? (optional)"
              hint="Kept with this message's record. The send check will not stop for it."
            >
              <Input
                ref={reasonRef}
                value={reason}
                maxLength={200}
                onChange={(_, data) => setReason(data.value)}
                onKeyDown={(event) => {
                  if (event.key === "Escape") {
                    event.preventDefault();
                    setIgnoring(false);
                    setTimeout(() => ignoreButtonRef.current?.focus(), 0);
                  }
                }}
              />
            </Field>
            <div className={styles.actions}>
              <Button size="small" appearance="primary" type="submit">
                Ignore this warning
              </Button>
              <Button
                size="small"
                onClick={() => {
                  setIgnoring(false);
                  setTimeout(() => ignoreButtonRef.current?.focus(), 0);
                }}
              >
                Cancel
              </Button>
            </div>
          </form>
        ) : null}
      </article>
    );
  },
);

function FixSection({
  fix,
  route,
  problem,
  draft,
  busy,
  fixing,
  onFix,
  onReplaceSelection,
  onAnnounce,
  reasonId,
  styles,
}: ProblemCardProps & {
  fix: Fix;
  route: FixRoute;
  reasonId: string;
  styles: ReturnType<typeof useStyles>;
}) {
  const preview = fixPreview(draft, fix);
  const muted = problem.findings.every((f) => f.monitorOnly);
  const previewBlock = (
    <dl className={styles.preview} aria-label="What the fix changes">
      <dt className={styles.previewTerm}>Now</dt>
      <dd className={styles.previewValue}>
        <Marked line={preview.now} className={styles.removed} />
      </dd>
      <dt className={styles.previewTerm}>After</dt>
      <dd className={styles.previewValue}>
        {preview.removesLine ? (
          <em>(this line is removed)</em>
        ) : (
          <Marked line={preview.after} className={styles.added} />
        )}
      </dd>
    </dl>
  );

  if (route.kind === "guided") {
    const words = fix.original.replace(/\s+/g, " ").trim();
    const copyWhat = fix.replacement || words;
    return (
      <div className={styles.guided}>
        {previewBlock}
        <Text size={200}>{route.reason}</Text>
        <Text size={200}>
          {fix.replacement
            ? `Select “${words}” in the message, then choose Replace selection.`
            : `Select “${words}” in the message and press Delete.`}
        </Text>
        <div className={styles.actions}>
          {route.replaceSelection ? (
            <Button
              size="small"
              appearance={muted ? "secondary" : "primary"}
              disabled={busy}
              aria-describedby={reasonId}
              icon={fixing ? <Spinner size="tiny" aria-label="Replacing" /> : undefined}
              onClick={() => onReplaceSelection(problem, fix)}
            >
              {`Replace selection with “${fix.replacement}”`}
            </Button>
          ) : null}
          <Button
            size="small"
            icon={<Copy16Regular />}
            onClick={() =>
              void copyText(copyWhat).then((copied) =>
                onAnnounce(
                  copied
                    ? `Copied “${copyWhat}”.`
                    : `Could not copy; select “${copyWhat}” on this card and copy it.`,
                ),
              )
            }
          >
            {`Copy “${copyWhat.length > 30 ? `${copyWhat.slice(0, 29)}…` : copyWhat}”`}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <>
      {previewBlock}
      <div className={styles.actions}>
        <Button
          size="small"
          appearance={muted ? "secondary" : "primary"}
          disabled={busy}
          aria-describedby={reasonId}
          icon={fixing ? <Spinner size="tiny" aria-label="Applying the fix" /> : undefined}
          onClick={() => onFix(problem, fix)}
        >
          {fix.label}
        </Button>
      </div>
    </>
  );
}
