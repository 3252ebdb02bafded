/**
 * The draft a probe or a review case is sent in: from the firm's Jo Lawyer, a plain-text body, no
 * attachments. Shared by scripts/learn/probe-hits.ts and scripts/learn/review-compare.ts; no
 * engine import, so a harness that loads another tree's engine can use it too.
 */
import type { Draft, Recipient } from "../../src/core/draft";

export function probeDraft(body: string, recipients: Recipient[]): Draft {
  return {
    from: { address: "me@firm.example", name: "Jo Lawyer" },
    recipients,
    subject: "Update",
    body: { format: "text", content: body },
    attachments: [],
  };
}
