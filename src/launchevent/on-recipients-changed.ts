/**
 * OnMessageRecipientsChanged: look up the new recipients' profiles now, so the cache-backed
 * profile source has them when the author presses Send (no network on the send path in the
 * common case). A failure shows the "could not check" notice while there is still time to act.
 */
import { normaliseAddress } from "../core/draft";
import { completeOnce, type CompletableEvent } from "./completion";
import { withDeadline } from "./deadline";
import { fireAndForget, type LaunchEventDeps } from "./deps";
import { describeFailure, WATCHDOG_REASON, type FailureReason } from "./failure-reason";

export type RecipientsChangedEvent = CompletableEvent<never>;

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
    completion.complete();
  } catch (error) {
    giveUp(describeFailure(error));
  } finally {
    clock.clearTimeout(watchdog);
  }
}
