import type { CheckContext, CheckMeta } from "./context";

export const meta: CheckMeta = {
  id: "no-profile",
  category: "profile",
  defaultSeverity: "info",
  description:
    "A recipient outside the firm has no client profile yet, so nothing can be checked for them.",
  messages: {
    missing:
      "There is no client profile for {{address}} yet: nobody has asked this client how they like to be addressed and contacted. Ask them, and add their profile so Rapport can check future e-mails.",
  },
  fixable: false,
};

export function check(ctx: CheckContext): void {
  const { recipient } = ctx;
  // A list is not a client to ask; the send path and the pane name it as not checked.
  if (recipient.profile || recipient.internal || recipient.list || !recipient.address) return;
  ctx.report({
    messageId: "missing",
    data: {
      address: recipient.name ? `${recipient.name} (${recipient.address})` : recipient.address,
    },
  });
}
