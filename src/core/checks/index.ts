import * as avoidedTopic from "./avoided-topic";
import * as billingDetail from "./billing-detail";
import * as billingPhrase from "./billing-phrase";
import * as competitorMention from "./competitor-mention";
import type { Check } from "./context";
import * as entertainmentInvite from "./entertainment-invite";
import * as meetingPlatform from "./meeting-platform";
import * as nameSpelling from "./name-spelling";
import * as noProfile from "./no-profile";
import * as unwantedChannel from "./unwanted-channel";

export type { Check, CheckContext, CheckMeta, CheckRecipient, Report } from "./context";

/** Every check, in the order the engine runs them. A new check is one file plus one line here. */
export const CHECKS: readonly Check[] = [
  nameSpelling,
  unwantedChannel,
  meetingPlatform,
  billingDetail,
  billingPhrase,
  competitorMention,
  entertainmentInvite,
  avoidedTopic,
  noProfile,
];

/** The check with this id, or undefined. */
export function checkById(id: string): Check | undefined {
  return CHECKS.find((check) => check.meta.id === id);
}
