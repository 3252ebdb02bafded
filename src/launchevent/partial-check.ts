/**
 * What a check the deadline cut short left unchecked, in the author's words (audit 49b, finding
 * 8). The engine checks recipient by recipient (To, then Cc, then Bcc), so what a time-out leaves
 * is usually whole recipients, the last ones first: the author is told whom, not that "the
 * message was too long". Only when no recipient was left out and a check was stopped part-way
 * through the text is the message's length the cause, and then it is named.
 *
 * Three places, three lengths: the dialog's note (fitted by send-decision.ts), the bar on the
 * draft (150 characters with its prefix) and the support record, which never holds names or
 * addresses (check-failures.ts): a count only.
 */
import { normaliseAddress, type Draft, type RecipientKind } from "../core/draft";
import type { Evaluation } from "../core/engine";
import { singleLineShort } from "../core/text/single-line";
import {
  couldNotCheckMessage,
  MAX_NOTIFICATION_LENGTH,
  type ItemNoun,
} from "../office/notifications";
import type { SendSummaryNotChecked } from "../office/send-summary";

/** Lower-case address as the findings name recipients; `partly`: some of its checks ran. */
export interface NotCheckedRecipient extends SendSummaryNotChecked {
  kind?: RecipientKind;
}

export interface PartialCheck {
  /** Recipients not checked in full, in the engine's order (To, Cc, Bcc): the partly checked first. */
  notChecked: NotCheckedRecipient[];
  /**
   * A check stopped part-way through the text and no recipient was left out altogether: the
   * message's length, not the number of recipients, is what ran out the time.
   */
  messageTooLong: boolean;
}

/** The engine's `partial`, with each recipient's name and kind from the draft. */
export function describePartial(
  partial: NonNullable<Evaluation["partial"]>,
  draft: Pick<Draft, "recipients">,
): PartialCheck {
  const known = new Map<string, Draft["recipients"][number]>();
  for (const recipient of draft.recipients) {
    const address = normaliseAddress(recipient.address);
    if (!known.has(address)) known.set(address, recipient);
  }
  const notChecked: NotCheckedRecipient[] = [];
  const add = (address: string, partly: boolean) => {
    if (notChecked.some((entry) => entry.recipient === address)) return;
    const entry: NotCheckedRecipient = { recipient: address };
    const from = known.get(address);
    const name = from?.name?.trim();
    if (name && name.toLowerCase() !== address) entry.recipientName = name;
    if (from) entry.kind = from.kind;
    if (partly) entry.partly = true;
    notChecked.push(entry);
  };
  if (partial.stoppedEarly) add(partial.stoppedEarly.recipient, true);
  for (const entry of partial.notRun) add(entry.recipient, entry.partly === true);
  return {
    notChecked,
    messageTooLong: partial.stoppedEarly !== undefined && notChecked.every((entry) => entry.partly),
  };
}

const plural = (count: number, one: string, many: string) =>
  count === 1 ? `1 ${one}` : `${count} ${many}`;

/** "Jo Miller, Sam Lee and 21 others": at most `max` names, each cut short, then a count. */
export function someNames(
  entries: readonly NotCheckedRecipient[],
  max: number,
  longest = 40,
): string {
  const names = entries.slice(0, max).map((entry) =>
    // The dialog and the bar sanitise again; cut here so one long name cannot crowd out the rest.
    singleLineShort(entry.recipientName || entry.recipient, longest),
  );
  const others = entries.length - names.length;
  if (others > 0) names.push(plural(others, "other", "others"));
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** " (Bcc)" when every recipient left out is on Bcc, the usual case (they are checked last). */
function where(entries: readonly NotCheckedRecipient[]): string {
  return entries.length > 0 && entries.every((entry) => entry.kind === "bcc") ? " (Bcc)" : "";
}

/** "time ran out before 3 recipients were checked in full", without names: for the record. */
export function partialRecordText(check: PartialCheck, item: ItemNoun = "message"): string {
  if (check.messageTooLong)
    return `the ${item} was too long to check in full in time; only part of it was checked`;
  const count = check.notChecked.length;
  return `time ran out before ${plural(count, "recipient was", "recipients were")} checked in full${where(check.notChecked)}`;
}

/**
 * For the bar above the draft, after "Rapport could not check this message: " (150 characters in
 * all): the record's words with as many names as fit.
 */
export function partialNoticeText(check: PartialCheck, item: ItemNoun = "message"): string {
  const room = MAX_NOTIFICATION_LENGTH - couldNotCheckMessage("", item).length;
  const base = partialRecordText(check, item);
  if (check.notChecked.length === 0) return base;
  for (let max = 3; max >= 1; max--)
    for (const longest of [40, 20]) {
      const text = `${base}: ${someNames(check.notChecked, max, longest)}`;
      if (text.length <= room) return text;
    }
  return base;
}

/**
 * The dialog's line, longest first: send-decision.ts shows the first that fits (and cuts the
 * last, never inside a character).
 */
export function partialDialogNote(check: PartialCheck | true): string[] {
  if (check === true || check.notChecked.length === 0)
    return ["Rapport ran out of time and checked only part of the message."];
  const { notChecked } = check;
  if (check.messageTooLong)
    return [3, 1].map(
      (max) =>
        `Rapport ran out of time and checked only part of the message for ${someNames(notChecked, max)}.`,
    );
  const head = `Rapport ran out of time: ${plural(notChecked.length, "recipient", "recipients")} not checked in full${where(notChecked)}`;
  return [...[3, 2, 1].map((max) => `${head}: ${someNames(notChecked, max)}.`), `${head}.`];
}
