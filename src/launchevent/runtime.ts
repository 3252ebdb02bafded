/**
 * Everything a launch event runs, behind one module so index.ts can load it on first use: if
 * this Outlook's JavaScript engine rejects something in it (say, a regular-expression feature
 * newer than ECMAScript 2016), the failure happens inside a handler, which can still answer.
 */
export { handleMessageSend } from "./on-message-send";
export { handleRecipientsChanged } from "./on-recipients-changed";
export { createOutlookDeps } from "./wiring";
