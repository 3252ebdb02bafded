/** Plain drafts from the firm to sample clients, and their profiles: the engine tests' inputs. */
import type { Draft } from "../../src/core/draft";
import { indexProfiles, resolveProfiles } from "../../src/core/profile";
import { FIRM, sampleProfiles } from "./checks/rule-tester";

export function draftTo(addresses: string[], body: string, subject = "Update"): Draft {
  return {
    from: { address: FIRM },
    recipients: addresses.map((address) => ({ address, kind: "to" as const })),
    subject,
    body: { format: "text", content: body },
    attachments: [],
  };
}

/** The sample profiles of the draft's recipients. */
export function profilesFor(draft: Draft) {
  return resolveProfiles(
    draft.recipients.map((r) => r.address),
    indexProfiles(sampleProfiles()),
  );
}
