import type { Draft } from "./draft";
import type { Finding } from "./finding";
import type { Policy } from "./policy";
import type { ClientProfile } from "./profile";

// CONTRACT (implemented by the core owner; the signature is fixed, the body is a placeholder).

/**
 * Evaluate a draft against the effective profiles of its recipients.
 * `profiles` is keyed by lower-case address (see resolveProfiles); a recipient missing from it
 * or mapped to undefined has no profile. Returns findings deduplicated and ordered by severity
 * (error first), then by recipient and position.
 */
export function evaluate(
  _draft: Draft,
  _profiles: ReadonlyMap<string, ClientProfile | undefined>,
  _policy?: Policy,
): Finding[] {
  throw new Error("evaluate: not implemented yet");
}
