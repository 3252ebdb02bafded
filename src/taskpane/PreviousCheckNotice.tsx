/**
 * "Your last message could not be checked": on clients without Smart Alerts' Send-anyway prompt
 * (or when the firm's policy sends), a message that could not be checked left without a word at
 * send time. The pane says so, with the reason, until the author dismisses it.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { singleLine } from "../core/text/single-line";
import { timeAgo, type CheckFailureRecord } from "../office/check-failures";

export interface PreviousCheckProps {
  /** The untold record, if any (check-failures.ts untoldForPane). */
  load: () => Promise<CheckFailureRecord | undefined>;
  dismiss: () => Promise<void>;
  now: Date;
}

/** "The client profile list could not be reached (sent 20 minutes ago)." */
function describe(text: string, sent: string): string {
  const line = singleLine(text).replace(/\.$/, "");
  return `${line.charAt(0).toUpperCase()}${line.slice(1)} (sent ${sent}).`;
}

export function PreviousCheckNotice({ load, dismiss, now }: PreviousCheckProps) {
  const [record, setRecord] = useState<CheckFailureRecord>();
  useEffect(() => {
    let current = true;
    load().then(
      (found) => current && setRecord(found),
      () => undefined, // no store, no notice: nothing else depends on it
    );
    return () => {
      current = false;
    };
  }, [load]);
  if (!record) return null;

  const savedCopy = record.reason.startsWith("saved-copy:");
  const sent = timeAgo(Date.parse(record.at), now);
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <MessageBarTitle>
          {savedCopy
            ? "Your last message was checked against saved profiles."
            : "Your last message was sent without a check."}
        </MessageBarTitle>
        {describe(record.text, sent)}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          onClick={() => {
            setRecord(undefined);
            void dismiss().catch(() => undefined);
          }}
        >
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
