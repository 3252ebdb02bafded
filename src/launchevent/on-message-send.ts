/**
 * OnMessageSend and OnAppointmentSend (Smart Alerts): one flow for messages and invitations,
 * whose deps read the item as the one Draft model (wiring.ts). Reads the draft once, looks up profiles against a deadline,
 * evaluates, and answers Outlook exactly once. Nothing is skipped silently:
 *  - when the profile list cannot answer, the profiles saved from earlier lookups are used,
 *    whatever their age, and the author is told so;
 *  - when nothing can be checked (no profiles at all, an exception, an Office call that never
 *    calls back, the watchdog), the author gets Smart Alerts' Send anyway / Don't send prompt
 *    where Outlook offers it, or the message goes and the next compose and the pane say why
 *    (failure-decision.ts, docs/outlook.md). Every failure is recorded for support.
 * The checks themselves get a deadline inside the budget: past it they return what has run,
 * the message is judged on that, and the author is told the check was partial.
 */
import { normaliseAddress } from "../core/draft";
import type { Draft } from "../core/draft";
import { atFirm, firmDomains } from "../core/firm";
import {
  checkable,
  domainUnknown,
  uncheckedAfterSend,
  uncheckedCode,
  uncheckedDialogNote,
  uncheckedReason,
  uncheckedRecipients,
  type UncheckedRecipient,
} from "../core/unchecked";
import type { Policy } from "../core/policy";
import type { ClientProfile } from "../core/profile";
import { applyIgnores, type IgnoredFinding } from "../office/ignored-findings";
import { accessEnded } from "../profiles/source";
import type { SendSummary } from "../office/send-summary";
import { completeOnce, type CompletableEvent } from "./completion";
import { withDeadline } from "./deadline";
import { fireAndForget, type FailureToRecord, type LaunchEventDeps } from "./deps";
import { couldNotCheckAnswer, promptsOnFailure } from "./failure-decision";
import {
  describeFailure,
  NONE_RUN_REASON,
  WATCHDOG_REASON,
  type FailureReason,
} from "./failure-reason";
import { describePartial, partialNoticeText, partialRecordText } from "./partial-check";
import { savedCopyNote, withNote, type SavedCopyUse } from "./saved-copy";
import { decideSend } from "./send-decision";

export type SendEvent = CompletableEvent<Office.SmartAlertsEventCompletedOptions>;

/**
 * Storage writes before answering (the findings, the record) may take at most this long; they run
 * side by side, so one wait covers both.
 */
const SAVE_WAIT_MS = 300;
/** Reading the saved profiles (storage only, no network) may take at most this long. */
const SAVED_WAIT_MS = 250;
/** Reading what the author ignored may take this long; past it, nothing counts as ignored. */
const IGNORED_WAIT_MS = 300;

/**
 * The checks' deadline is this long before the watchdog: room for the unit of work running when
 * it passes, saving the findings (at most SAVE_WAIT_MS, cut to what is left) and answering.
 * evaluate() is synchronous, so the watchdog cannot fire while it runs. Past the deadline no check
 * starts, and a running check stops at its next unit (a hit, a pattern, a written name, 1,024
 * words of a term search: core/time-budget.ts). Measured on 1 MB hostile drafts (bench/
 * profile-hostile.ts, deadlines throughout the evaluation, load average 2–13): evaluate()
 * returned 0–0.5 s past it, the longest units being one channel pattern over a megabyte without
 * a line break, reading a megabyte into words, and the analysis; before round 15 one check ran
 * 1–2.6 s past it. 0.5 s is kept for that unit, on top of the save.
 */
export const ANSWER_RESERVE_MS = SAVE_WAIT_MS + 500;

/**
 * Time kept for the checks once the profiles are known: the lookup stops this long plus
 * ANSWER_RESERVE_MS before the watchdog, whatever `reserveMs` says (a lookup that ended past the
 * checks' own deadline left no check able to start: round 46's audit). After a lookup that timed
 * out, reading the saved profiles (at most SAVED_WAIT_MS) comes out of it, leaving at least 50 ms,
 * several times what a normal draft's checks take; a draft that needs more is stopped and the
 * author asked (`partial.noneRun`), never passed unchecked.
 */
export const EVALUATION_WINDOW_MS = 300;

/** Kept back from the profile lookup on the send path: the checks' window, then the answer. */
export function lookupReserveMs(config: { reserveMs: number }): number {
  return Math.max(config.reserveMs, ANSWER_RESERVE_MS + EVALUATION_WINDOW_MS);
}

/** What the author is told when the deadline cut the checks short. */
export const PARTIAL_REASON: FailureReason = {
  text: "the message was too long to check in full in time; only part of it was checked",
  code: "partial",
};

/**
 * The draft as the checks see it, and the recipients they cannot check (contact lists, lists and
 * groups, entries without an SMTP address: core/unchecked.ts). A list at a client's domain is in
 * both: its organisation's profile is checked, its members are not. `clientSide` says whether
 * anything outside the firm is checked at all.
 */
export function splitRecipients(
  draft: Draft,
  policy: Policy,
): { draft: Draft; unchecked: UncheckedRecipient[]; clientSide: boolean } {
  const firm = firmDomains(draft, policy);
  const recipients = draft.recipients.filter((r) => checkable(r, firm));
  return {
    draft: { ...draft, recipients },
    unchecked: uncheckedRecipients(draft.recipients, firm),
    clientSide: recipients.some((r) => !atFirm(r.address, firm)),
  };
}

export function lookupAddresses(draft: Draft): string[] {
  return [...new Set(draft.recipients.map((r) => normaliseAddress(r.address)).filter(Boolean))];
}

interface FoundProfiles {
  profiles: ReadonlyMap<string, ClientProfile | undefined>;
  /** Set when saved profiles stood in for the list. */
  saved?: SavedCopyUse;
}

/**
 * The profiles of these addresses: from the source within `lookupMs`, else whatever the source
 * has saved (up to 7 days old: the cache deletes older ones). Rejects with the source's error
 * when nothing at all is saved.
 */
async function findProfiles(
  deps: LaunchEventDeps,
  addresses: string[],
  lookupMs: number,
): Promise<FoundProfiles> {
  const { clock, profiles: source } = deps;
  let savedCopy: { at: number; error: unknown } | undefined;
  try {
    const profiles = await withDeadline(
      source.lookup(addresses, {
        deadline: clock.now() + lookupMs,
        onSavedCopy: (at, error) => (savedCopy = { at, error }),
      }),
      lookupMs,
      "profile lookup",
      clock,
    );
    if (!savedCopy) return { profiles };
    return {
      profiles,
      saved: { savedAt: savedCopy.at, reason: describeFailure(savedCopy.error), missing: [] },
    };
  } catch (error) {
    // Access refused (401/403): saved copies never answer for it, even while the cache is still
    // emptying a slow store (last read, round 50).
    const savedProfiles = accessEnded(error) ? undefined : source.savedProfiles?.bind(source);
    const saved = savedProfiles
      ? await withDeadline(savedProfiles(addresses), SAVED_WAIT_MS, "saved profiles", clock).catch(
          () => undefined,
        )
      : undefined;
    if (!saved || saved.profiles.size === 0 || saved.oldestSavedAt === undefined) throw error;
    return {
      profiles: saved.profiles,
      saved: {
        savedAt: saved.oldestSavedAt,
        reason: describeFailure(error),
        missing: saved.missing,
      },
    };
  }
}

export async function handleMessageSend(event: SendEvent, deps: LaunchEventDeps): Promise<void> {
  const { clock, logger, config } = deps;
  const started = clock.now();
  const completion = completeOnce(event, logger, "send");
  const remaining = () => config.budgetMs - (clock.now() - started);
  /** Known once read; until then (or if it never comes) the default, which prompts. */
  let policy: Policy = {};

  /**
   * Set once an answer is being given (its record may still be being written): from then on no
   * other path answers, not the watchdog, not the main flow.
   */
  let answering = false;
  /** The watchdog began the answer: a throw in the main flow meanwhile must not begin another. */
  let watchdogAnswering = false;
  const over = () => answering || completion.done;
  /** The draft's subject once read, for the record of an item that leaves untold. */
  let subject: string | undefined;

  /**
   * Write this send's record before answering, within SAVE_WAIT_MS (code after completed() may
   * never run: audit 50s-4), beside the findings' summary when there is one.
   */
  const saveBeforeAnswer = (failure?: FailureToRecord, summary?: SendSummary) => {
    const writes: Promise<unknown>[] = [];
    if (failure) {
      const record: FailureToRecord = !failure.told && subject ? { ...failure, subject } : failure;
      writes.push(
        Promise.resolve()
          .then(() => deps.recordFailure(record))
          .catch(() => logger.event("send-record-not-saved")),
      );
    }
    // Started inside a promise, so a store that throws at once cannot stop the answer.
    if (summary)
      writes.push(
        Promise.resolve()
          .then(() => deps.saveSummary(summary))
          .catch(() => logger.event("send-summary-not-saved")),
      );
    if (writes.length === 0) return Promise.resolve();
    // A record gets SAVE_WAIT_MS even at the budget's end (the watchdog's answer): that is still
    // well before Outlook's limit (deps.ts), and a record lost is an author never told.
    const wait = failure ? SAVE_WAIT_MS : Math.min(SAVE_WAIT_MS, remaining());
    return withDeadline(Promise.all(writes), wait, "save before answering", clock).then(
      () => undefined,
      () => logger.event("send-save-cut-short"),
    );
  };

  const couldNotCheck = async (
    reason: FailureReason,
    summary?: SendSummary,
    fromWatchdog = false,
  ): Promise<void> => {
    if (over()) return;
    answering = true;
    if (fromWatchdog) watchdogAnswering = true;
    const answer = couldNotCheckAnswer(reason.text, {
      supports: deps.supports,
      onCheckFailure: policy.onCheckFailure,
      item: deps.item,
    });
    const told = answer.allowEvent === false;
    logger.event("send-check-failed", {
      reason: reason.code,
      prompted: told,
      elapsedMs: clock.now() - started,
    });
    // The notice goes on the draft only when it stays open (the prompt); an item that leaves is
    // reported in the next compose and the task pane instead, in words for after the send.
    if (told) fireAndForget(() => deps.notifier.showCouldNotCheck(reason.text));
    await saveBeforeAnswer(
      { code: reason.code, text: told ? reason.text : (reason.after ?? reason.text), told },
      summary,
    );
    completion.complete(answer);
  };

  const watchdog = clock.setTimeout(
    () => void couldNotCheck(WATCHDOG_REASON, undefined, true),
    config.budgetMs,
  );
  try {
    policy = await deps.policy.getPolicy();
    if (over()) return;
    if (policy.enabled === false) {
      answering = true;
      logger.event("send-check-disabled");
      completion.complete({ allowEvent: true });
      return;
    }

    // Read alongside the draft; a failure or a slow answer means nothing is ignored (the
    // warnings then stop the send as usual: the safe side).
    const ignoredRead: Promise<IgnoredFinding[]> = deps.readIgnored
      ? deps.readIgnored().catch(() => [])
      : Promise.resolve([]);
    const { draft, unchecked, clientSide } = splitRecipients(await deps.readDraft(), policy);
    if (over()) return;
    subject = draft.subject || undefined;
    const addresses = lookupAddresses(draft);
    const found = await findProfiles(deps, addresses, remaining() - lookupReserveMs(config));
    if (over()) return;

    const { findings: evaluated, partial } = deps.evaluate(draft, found.profiles, policy, {
      deadline: { now: () => clock.now(), at: started + config.budgetMs - ANSWER_RESERVE_MS },
    });
    if (over()) return; // a slow evaluation let the watchdog answer first
    // Nothing was checked: an empty list of findings is no pass (the failure policy answers).
    if (partial?.noneRun) {
      await couldNotCheck(NONE_RUN_REASON);
      return;
    }
    // Usually read already (it started with the draft); never at the cost of saving and answering.
    const ignores = await withDeadline(
      ignoredRead,
      Math.min(IGNORED_WAIT_MS, Math.max(0, remaining() - SAVE_WAIT_MS - 100)),
      "read ignored warnings",
      clock,
    ).catch(() => [] as IgnoredFinding[]);
    if (over()) return;
    const { kept: findings, ignored } = applyIgnores(evaluated, ignores);
    const partialCheck = partial ? describePartial(partial, draft) : undefined;
    const decision = decideSend(
      findings,
      policy,
      {
        supports: deps.supports,
        commandId: config.commandId,
        now: new Date(clock.now()),
        partial: partialCheck,
        item: deps.item ?? "message",
        // Fitted by compose() with the problems: the first problem and the closing line stay.
        notes: unchecked.length > 0 ? [uncheckedDialogNote(unchecked)] : undefined,
      },
      [...new Set(ignored.map((i) => i.entry))],
    );
    let partialRecord: FailureReason | undefined;
    /** The partial record when the draft is stopped (told on its bar), written before answering. */
    let stoppedRecord: FailureToRecord | undefined;
    /** This send's record: the time-out's words joined with another reason, never replaced. */
    const withPartial = (reason: FailureReason): FailureReason =>
      partialRecord
        ? {
            code: reason.code,
            text: `${partialRecord.text}; and ${reason.text}`,
            after: `${partialRecord.text}; and ${reason.after ?? reason.text}`,
          }
        : reason;
    if (partial && partialCheck) {
      logger.event("send-check-partial", {
        recipients: partial.notRun.length,
        checks: partial.notRun.reduce((n, r) => n + r.checks.length, 0),
      });
      // A stopped draft stays open: its bar says so. An item that goes is reported in the
      // next compose and the pane, never on the item that is leaving.
      const told = !decision.allow;
      // Whom it left unchecked: named on the draft's bar, counted in the record (no names there).
      const notice = partialNoticeText(partialCheck, deps.item);
      const text = partialRecordText(partialCheck, deps.item);
      if (told) {
        fireAndForget(() => deps.notifier.showCouldNotCheck(notice));
        stoppedRecord = { code: PARTIAL_REASON.code, text, told };
      } else {
        // One record is kept: written once below, with whatever else this send has to say, so
        // an unchecked list or a saved copy does not replace the time-out (last read, round 49).
        partialRecord = { code: PARTIAL_REASON.code, text };
      }
    }
    const note = found.saved ? savedCopyNote(found.saved, clock.now()) : undefined;
    if (unchecked.length > 0) logger.event("send-unchecked", { code: uncheckedCode(unchecked) });
    const outsideUnchecked = unchecked.filter((u) => !u.atFirm);
    /** Who was not checked, for the dialog (before the send) and the record (after it). */
    const uncheckedFailure = (who: UncheckedRecipient[]): FailureReason => ({
      text: uncheckedReason(who),
      code: uncheckedCode(who),
      after: uncheckedAfterSend(who),
    });
    if (decision.allow) {
      // A recipient whose domain Rapport does not know (a contact list, an entry without an SMTP
      // address) may be any client, and checking the others does not cover it: where Outlook can
      // ask (Mailbox 1.14 Send anyway / Don't send, policy "prompt"), it asks, naming who, even
      // when other clients were checked (audit 50i-1: a checked client beside a contact group
      // used to silence the prompt the group alone raises). Where it cannot ask, the failure
      // policy lets the item go and records why. A list at a client's domain (that
      // organisation's profile was checked) is only recorded; a list at the firm's own domain
      // raises neither dialog nor record (round 49: alert fatigue).
      const unknownDomain = outsideUnchecked.some(domainUnknown);
      // A monitor-only firm is never stopped for what Rapport checked; beside checked clients an
      // unchecked list is then recorded, not asked about (review of harm-50u).
      const asks =
        policy.monitorOnly !== true &&
        promptsOnFailure({ supports: deps.supports, onCheckFailure: policy.onCheckFailure });
      if (outsideUnchecked.length > 0 && ((unknownDomain && asks) || !clientSide)) {
        await couldNotCheck(withPartial(uncheckedFailure(outsideUnchecked)), decision.summary);
        return;
      }
      // Recipients nothing was saved for were not checked: that is a failure, not a pass.
      if (found.saved && found.saved.missing.length > 0) {
        await couldNotCheck(withPartial(found.saved.reason), decision.summary);
        return;
      }
      answering = true;
      logger.event("send-allowed", {
        recipients: addresses.length,
        monitored: decision.monitored,
        savedCopy: found.saved !== undefined,
        ignored: ignored.length,
      });
      let record: FailureReason | undefined;
      if (found.saved && note) {
        record = withPartial({ code: `saved-copy:${found.saved.reason.code}`, text: note });
      } else if (outsideUnchecked.length > 0) {
        // Goes without a dialog; the next compose and the pane say who was not checked. Lists at
        // the firm's own domain only go to the log: a record after every internal mail to a team
        // list would be noise (the pane's card names such a list while the message is written).
        record = withPartial(uncheckedFailure(outsideUnchecked));
      } else if (partialRecord) {
        record = partialRecord;
      }
      // The record, and what the author ignored, go on record before the item leaves.
      await saveBeforeAnswer(
        record ? { code: record.code, text: record.after ?? record.text, told: false } : undefined,
        decision.summary,
      );
      completion.complete({ allowEvent: true });
      return;
    }

    answering = true;
    await saveBeforeAnswer(stoppedRecord, decision.summary);
    logger.event("send-stopped", {
      recipients: addresses.length,
      findings: decision.summary.findings.length + decision.summary.omitted,
      prompt: decision.options.sendModeOverride !== undefined,
      savedCopy: found.saved !== undefined,
    });
    if (note) fireAndForget(() => deps.notifier.showNote(note));
    const options = decision.options;
    completion.complete(note ? withNote(options, note) : options);
  } catch (error) {
    // Whatever threw, even after an answer was begun, the event is answered (once); an answer
    // the watchdog began is left to finish (a second would write a second record: last read).
    if (!completion.done && !watchdogAnswering) answering = false;
    await couldNotCheck(describeFailure(error, deps.item));
  } finally {
    clock.clearTimeout(watchdog);
  }
}
