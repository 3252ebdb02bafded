/**
 * OnMessageSend (Smart Alerts). Reads the draft once, looks up profiles against a deadline,
 * evaluates, and answers Outlook exactly once. Whatever goes wrong — slow Graph, no token, an
 * exception, an Office call that never calls back — the watchdog lets the message go within
 * the budget, tells the author the check could not run, and records why (ARCHITECTURE §5).
 * The checks themselves get a deadline inside the budget: past it they return what has run,
 * the message is judged on that, and the author is told the check was partial.
 */
import { normaliseAddress } from "../core/draft";
import type { Draft } from "../core/draft";
import { completeOnce, type CompletableEvent } from "./completion";
import { withDeadline } from "./deadline";
import { fireAndForget, type LaunchEventDeps } from "./deps";
import { describeFailure, WATCHDOG_REASON, type FailureReason } from "./failure-reason";
import { decideSend } from "./send-decision";

export type SendEvent = CompletableEvent<Office.SmartAlertsEventCompletedOptions>;

/** Storage writes before answering may take at most this long. */
const SAVE_WAIT_MS = 300;

/**
 * The checks stop starting this long before the watchdog: room for the check already running
 * (each costs time linear in the draft: tens of milliseconds for 1 MB), saving the findings
 * and answering. evaluate() is synchronous, so the watchdog cannot fire while it runs.
 */
export const ANSWER_RESERVE_MS = SAVE_WAIT_MS + 200;

/** What the author is told when the deadline cut the checks short. */
export const PARTIAL_REASON: FailureReason = {
  text: "the message was too long to check in full in time; only part of it was checked",
  code: "partial",
};

/** Unresolved recipients can come back with an empty address: the checks never see them. */
export function withoutUnresolved(draft: Draft): Draft {
  return {
    ...draft,
    recipients: draft.recipients.filter((recipient) => normaliseAddress(recipient.address) !== ""),
  };
}

export function lookupAddresses(draft: Draft): string[] {
  return [...new Set(draft.recipients.map((r) => normaliseAddress(r.address)).filter(Boolean))];
}

export async function handleMessageSend(event: SendEvent, deps: LaunchEventDeps): Promise<void> {
  const { clock, logger, config } = deps;
  const started = clock.now();
  const completion = completeOnce(event, logger, "send");
  const remaining = () => config.budgetMs - (clock.now() - started);

  const letItGo = (reason: FailureReason) => {
    if (completion.done) return;
    logger.event("send-check-skipped", { reason: reason.code, elapsedMs: clock.now() - started });
    // Both calls are dispatched before completing; neither is awaited, since the runtime may end.
    fireAndForget(() => deps.notifier.showCouldNotCheck(reason.text));
    fireAndForget(() => deps.recordFailure(reason.code));
    completion.complete({ allowEvent: true });
  };

  const watchdog = clock.setTimeout(() => letItGo(WATCHDOG_REASON), config.budgetMs);
  try {
    const policy = await deps.policy.getPolicy();
    if (completion.done) return;
    if (policy.enabled === false) {
      logger.event("send-check-disabled");
      completion.complete({ allowEvent: true });
      return;
    }

    const draft = withoutUnresolved(await deps.readDraft());
    if (completion.done) return;
    const addresses = lookupAddresses(draft);
    const lookupMs = remaining() - config.reserveMs;
    const profiles = await withDeadline(
      deps.profiles.lookup(addresses, { deadline: clock.now() + lookupMs }),
      lookupMs,
      "profile lookup",
      clock,
    );
    if (completion.done) return;

    const { findings, partial } = deps.evaluate(draft, profiles, policy, {
      deadline: { now: () => clock.now(), at: started + config.budgetMs - ANSWER_RESERVE_MS },
    });
    if (completion.done) return; // a slow evaluation let the watchdog answer first
    if (partial) {
      logger.event("send-check-partial", {
        recipients: partial.notRun.length,
        checks: partial.notRun.reduce((n, r) => n + r.checks.length, 0),
      });
      fireAndForget(() => deps.notifier.showCouldNotCheck(PARTIAL_REASON.text));
      fireAndForget(() => deps.recordFailure(PARTIAL_REASON.code));
    }
    const decision = decideSend(findings, policy, {
      supports: deps.supports,
      commandId: config.commandId,
      now: new Date(clock.now()),
      partial: partial !== undefined,
    });
    if (decision.allow) {
      logger.event("send-allowed", { recipients: addresses.length, monitored: decision.monitored });
      completion.complete({ allowEvent: true });
      return;
    }

    await withDeadline(
      deps.saveSummary(decision.summary),
      Math.min(SAVE_WAIT_MS, remaining()),
      "save findings",
      clock,
    ).catch(() => logger.event("send-summary-not-saved"));
    logger.event("send-stopped", {
      recipients: addresses.length,
      findings: decision.summary.findings.length + decision.summary.omitted,
      prompt: decision.options.sendModeOverride !== undefined,
    });
    completion.complete(decision.options);
  } catch (error) {
    letItGo(describeFailure(error));
  } finally {
    clock.clearTimeout(watchdog);
  }
}
