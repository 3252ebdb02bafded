/**
 * "Your invitation went to recipients Rapport could not check": on clients without Smart Alerts'
 * Send-anyway prompt (or when the firm's policy sends), an item that could not be checked in full
 * left without a word at send time. The pane names each such item of this mailbox (kind, subject
 * when kept, when it was sent) and what happened, worded for after the send, until the author
 * dismisses it (check-failures.ts; audits 50i-2, 50s-4).
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { singleLine, singleLineShort } from "../core/text/single-line";
import {
  recordKind,
  SUBJECT_MAX,
  timeAgo,
  type CheckFailureRecord,
} from "../office/check-failures";

export interface PreviousCheckProps {
  /** This mailbox's untold records, newest first (check-failures.ts untoldForPane). */
  load: () => Promise<CheckFailureRecord[]>;
  /** Dismiss the record sent at `at`. */
  dismiss: (at: string) => Promise<void>;
  now: Date;
}

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** "Your invitation “Falcon kick-off” went to recipients Rapport could not check." */
export function previousTitle(record: CheckFailureRecord): string {
  const item = record.item ?? "message";
  // Untrusted (a subject can come from a received mail's reply): one short line, shown as text.
  const subject = record.subject
    ? ` \u201c${singleLineShort(record.subject, SUBJECT_MAX)}\u201d`
    : "";
  const your = `Your ${item}${subject}`;
  switch (recordKind(record.reason)) {
    case "saved-copy":
      return `${your} was checked against saved profiles.`;
    case "recipients":
      return `${your} went to recipients Rapport could not check.`;
    case "partial":
      return `${your} was only partly checked.`;
    default:
      return `${your} was sent without a check.`;
  }
}

/** "It could not see who is in “Microsoft deal team” (sent 20 minutes ago)." and what to do. */
function describe(record: CheckFailureRecord, sent: string): string {
  const line = singleLine(record.text).replace(/\.$/, "");
  const what = `${line.charAt(0).toUpperCase()}${line.slice(1)} (sent ${sent}).`;
  if (recordKind(record.reason) !== "recipients") return what;
  return record.item === "invitation"
    ? `${what} Check who it went to in your calendar, and send an update if needed.`
    : `${what} Check who it went to in Sent Items, and follow up if needed.`;
}

export function PreviousCheckNotice({ load, dismiss, now }: PreviousCheckProps) {
  const styles = useStyles();
  const [records, setRecords] = useState<CheckFailureRecord[]>([]);
  useEffect(() => {
    let current = true;
    load().then(
      (found) => current && setRecords(found),
      () => undefined, // no store, no notice: nothing else depends on it
    );
    return () => {
      current = false;
    };
  }, [load]);
  if (records.length === 0) return null;

  return (
    <div className={styles.list}>
      {records.map((record) => {
        const title = previousTitle(record);
        return (
          <MessageBar key={`${record.at}|${record.reason}`} intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{title}</MessageBarTitle>
              {describe(record, timeAgo(Date.parse(record.at), now))}
            </MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                aria-label={`Dismiss: ${title}`}
                onClick={() => {
                  setRecords((shown) => shown.filter((r) => r !== record));
                  void dismiss(record.at).catch(() => undefined);
                }}
              >
                Dismiss
              </Button>
            </MessageBarActions>
          </MessageBar>
        );
      })}
    </div>
  );
}
