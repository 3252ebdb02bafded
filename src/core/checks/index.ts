import type { Check } from "./context";
import * as noProfile from "./no-profile";

export type { Check, CheckContext, CheckMeta, CheckRecipient, Report } from "./context";

/** Every check, in the order the engine runs them. A new check is one file plus one line here. */
export const CHECKS: readonly Check[] = [noProfile];

/** The check with this id, or undefined. */
export function checkById(id: string): Check | undefined {
  return CHECKS.find((check) => check.meta.id === id);
}
