import { officeCall } from "../office/office-call";
import type { ComposeItemLike, MailboxLike } from "../office/office-types";
import { parseSendSummary } from "../office/send-summary";
import type { Finding } from "../core/finding";
import { findingsFromSendSummary } from "./send-context";

/**
 * Pressing "Review warnings" again while the pane is open does not reload it: Outlook raises
 * InitializationContextChanged (Mailbox 1.15) with the new contextData instead
 * (Office.InitializationContextChangedEventArgs). The findings go to the running pane
 * (`RapportAppProps.sendReview`, each with the next `seq`): it shows them on the Warnings tab and
 * checks again. It used to be restarted (a new React key), which unmounted an open profile editor
 * and discarded what the lawyer had typed without a word (audit 49c, 3).
 */
export function followSendContext(
  mailbox: MailboxLike,
  onFindings: (findings: Finding[], seq: number) => void,
): void {
  const item = mailbox.item as ComposeItemLike | null | undefined;
  const add = item?.addHandlerAsync?.bind(item);
  if (!add) return;
  let seq = 0;
  officeCall<void>("follow the Smart Alerts context", (done) =>
    add(
      Office.EventType.InitializationContextChanged,
      (event) => {
        const data = (event as { initializationContextData?: string }).initializationContextData;
        const findings = findingsFromSendSummary(parseSendSummary(data), new Date());
        if (findings) onFindings(findings, ++seq);
      },
      done,
    ),
  ).catch(() => undefined); // older hosts: the pane reloads with the new context anyway
}
