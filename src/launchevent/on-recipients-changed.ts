/**
 * OnMessageRecipientsChanged and OnAppointmentAttendeesChanged: look up the new recipients' (or
 * attendees') profiles now, so the cache-backed
 * profile source has them when the author presses Send (no network on the send path in the
 * common case). A failure shows the "could not check" notice while there is still time to act.
 * It is also "the next compose": when an earlier message or invitation of this mailbox went
 * unchecked and its author was not told then (a client without the Send-anyway prompt), this
 * item's bar says which (kind, when, subject) and why, once a record.
 */
import { normaliseAddress } from "../core/draft";
import { timeAgo } from "../office/check-failures";
import { previousItemNotice } from "../office/notifications";
import { completeOnce, type CompletableEvent } from "./completion";
import { withDeadline } from "./deadline";
import { fireAndForget, type LaunchEventDeps } from "./deps";
import { describeFailure, WATCHDOG_REASON, type FailureReason } from "./failure-reason";

export type RecipientsChangedEvent = CompletableEvent<never>;

/** How long answering Outlook may wait for the earlier-message notice to be shown. */
const PREVIOUS_NOTICE_WAIT_MS = 300;

/** Show, once, that an earlier message went unchecked without its author being told. */
async function tellAboutPrevious(deps: LaunchEventDeps): Promise<void> {
  try {
    const previous = await deps.takeUntoldFailure();
    if (!previous) return;
    const sentAgo = timeAgo(Date.parse(previous.at), deps.clock.now());
    await deps.notifier.showPrevious(previousItemNotice(previous, sentAgo));
  } catch {
    // A broken store or notifier must not stop this message's own check.
  }
}

export async function handleRecipientsChanged(
  event: RecipientsChangedEvent,
  deps: LaunchEventDeps,
): Promise<void> {
  const { clock, logger, config } = deps;
  const started = clock.now();
  const completion = completeOnce(event, logger, "recipients-changed");

  const giveUp = (reason: FailureReason) => {
    if (completion.done) return;
    logger.event("profile-prefetch-failed", {
      reason: reason.code,
      elapsedMs: clock.now() - started,
    });
    fireAndForget(() => deps.notifier.showCouldNotCheck(reason.text));
    completion.complete();
  };

  const watchdog = clock.setTimeout(() => giveUp(WATCHDOG_REASON), config.budgetMs);
  try {
    const policy = await deps.policy.getPolicy();
    if (completion.done) return;
    if (policy.enabled === false) {
      completion.complete();
      return;
    }
    // Started now, beside the lookup; awaited (briefly) before answering, since code after
    // completed() may never run.
    const previousNotice = tellAboutPrevious(deps);
    const recipients = await deps.readRecipients();
    if (completion.done) return;
    const addresses = [
      ...new Set(recipients.map((r) => normaliseAddress(r.address)).filter(Boolean)),
    ];
    if (addresses.length > 0) {
      const lookupMs = config.budgetMs - (clock.now() - started) - config.reserveMs;
      await withDeadline(
        deps.profiles.lookup(addresses, { deadline: clock.now() + lookupMs }),
        lookupMs,
        "profile lookup",
        clock,
      );
      if (completion.done) return;
    }
    logger.event("profiles-prefetched", { recipients: addresses.length });
    fireAndForget(() => deps.notifier.clear()); // an earlier "could not check" no longer holds
    await withDeadline(previousNotice, PREVIOUS_NOTICE_WAIT_MS, "previous notice", clock).catch(
      () => undefined,
    );
    completion.complete();
  } catch (error) {
    giveUp(describeFailure(error));
  } finally {
    clock.clearTimeout(watchdog);
  }
}
