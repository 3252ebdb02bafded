import {
  Button,
  makeStyles,
  mergeClasses,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { useId } from "react";
import type { DraftKind } from "../core/draft";
import type { Finding, Severity } from "../core/finding";
import type { FindingGroup } from "./recipients";
import { evidencePlace, itemNoun, SEVERITY_LABELS } from "./wording";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  groupHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  muted: { color: tokens.colorNeutralForeground3, backgroundColor: tokens.colorNeutralBackground2 },
  severity: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  message: { overflowWrap: "anywhere" },
  evidence: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
    whiteSpace: "pre-wrap",
  },
});

const SEVERITY_ICONS: Record<Severity, typeof Warning16Filled> = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  info: Info16Filled,
};

/** Stable identity of a finding within one check, for React keys and the pending fix. */
export function findingKey(finding: Finding): string {
  const e = finding.evidence;
  return [finding.check, finding.messageId, finding.recipient, e?.field, e?.index, e?.start, e?.end]
    .map((part) => String(part ?? ""))
    .join("|");
}

export interface WarningsPanelProps {
  groups: readonly FindingGroup[];
  /** Fixes edit the draft: compose only. */
  canFix: boolean;
  /** The key of the finding whose fix is being applied. */
  fixing?: string;
  /** True while the first check runs and nothing is known yet. */
  loading: boolean;
  readMode: boolean;
  /** The check could not run (no profiles, engine failure): silence must not read as "all clear". */
  unavailable: boolean;
  onFix: (finding: Finding) => void;
  /** What is open: a message (the default) or a meeting invitation. */
  kind?: DraftKind;
}

/** The current findings, grouped by recipient, each with its evidence and fix. */
export function WarningsPanel(props: WarningsPanelProps) {
  const styles = useStyles();
  const item = itemNoun(props.kind);
  if (props.loading) return <Spinner size="small" label={`Checking this ${item}…`} />;
  if (props.readMode)
    return (
      <Text>
        Warnings are checked while you write {item === "invitation" ? "an invitation" : "a message"}{" "}
        to these recipients.
      </Text>
    );
  if (props.groups.length === 0)
    return props.unavailable ? (
      <Text>This {item} has not been checked: see the message above.</Text>
    ) : (
      <Text>No problems found for these recipients.</Text>
    );
  return (
    <div className={styles.root}>
      {props.groups.map((group) => (
        <RecipientFindings key={group.address} group={group} {...props} />
      ))}
    </div>
  );
}

function RecipientFindings({
  group,
  canFix,
  fixing,
  onFix,
  kind,
}: WarningsPanelProps & { group: FindingGroup }) {
  const styles = useStyles();
  const headingId = useId();
  // Monitor-only findings last: they are recorded, not meant to stop anyone.
  const ordered = [...group.findings].sort(
    (a, b) => Number(a.monitorOnly ?? false) - Number(b.monitorOnly ?? false),
  );
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <h3 className={styles.groupHeading} id={headingId}>
        {group.displayName}
        {group.displayName !== group.address ? (
          <Text size={200} weight="regular">
            {" "}
            ({group.address})
          </Text>
        ) : null}
      </h3>
      <ul className={styles.list}>
        {ordered.map((finding) => (
          <FindingItem
            key={findingKey(finding)}
            finding={finding}
            canFix={canFix}
            busy={fixing !== undefined}
            fixingThis={fixing === findingKey(finding)}
            onFix={onFix}
            kind={kind}
          />
        ))}
      </ul>
    </section>
  );
}

function FindingItem({
  finding,
  canFix,
  busy,
  fixingThis,
  onFix,
  kind,
}: {
  finding: Finding;
  canFix: boolean;
  busy: boolean;
  fixingThis: boolean;
  onFix: (finding: Finding) => void;
  kind?: DraftKind;
}) {
  const styles = useStyles();
  const Icon = SEVERITY_ICONS[finding.severity];
  const muted = finding.monitorOnly === true;
  const messageId = useId();
  return (
    <li className={mergeClasses(styles.item, muted && styles.muted)}>
      <span className={mergeClasses(styles.severity, !muted && styles[finding.severity])}>
        <Icon aria-hidden="true" />
        {SEVERITY_LABELS[finding.severity]}
        {muted ? " · monitor only, will not stop sending" : null}
      </span>
      <Text className={styles.message} id={messageId}>
        {finding.message}
      </Text>
      {finding.evidence ? (
        <p className={styles.evidence}>
          {evidencePlace(finding.evidence, kind)}: “{finding.evidence.text}”
        </p>
      ) : null}
      {finding.fix && canFix ? (
        <div>
          <Button
            size="small"
            appearance={muted ? "secondary" : "primary"}
            disabled={busy}
            aria-describedby={messageId}
            icon={fixingThis ? <Spinner size="tiny" aria-label="Applying the fix" /> : undefined}
            onClick={() => onFix(finding)}
          >
            {finding.fix.label}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
