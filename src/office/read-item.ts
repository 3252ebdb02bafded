/**
 * Read an Outlook item into the core Draft. Each part is one Office call; they are started
 * together and the Office call queue lets three run at a time (Outlook on the web's limit), so
 * the send handler pays for about three rounds, not seven.
 */
import type { Draft, Recipient, RecipientKind } from "../core/draft";
import type { ClientMessage } from "../core/listen/types";
import { isSmtpAddress } from "../core/unchecked";
import { OfficeCallError, officeCall } from "./office-call";
import type {
  AttachmentLike,
  ComposeItemLike,
  EmailAddressLike,
  MailboxLike,
  ReadItemLike,
  RecipientsLike,
  SharedPropertiesLike,
} from "./office-types";

// Office.CoercionType.Html is the string "html"; the literal also works where Office is a stand-in.
export const HTML = "html" as Office.CoercionType;

export function toRecipient(detail: EmailAddressLike, kind: RecipientKind): Recipient {
  const address = (detail.emailAddress ?? "").trim();
  const name = detail.displayName?.trim();
  const recipient: Recipient = name ? { address, name, kind } : { address, kind };
  // A list or group has to be told from a person: Rapport cannot see its members (core/unchecked).
  if (typeof detail.recipientType === "string" && detail.recipientType)
    recipient.recipientType = detail.recipientType;
  return recipient;
}

export function readRecipientLine(
  line: RecipientsLike | undefined,
  kind: RecipientKind,
): Promise<Recipient[]> {
  if (!line) return Promise.resolve([]);
  return officeCall<EmailAddressLike[]>(`read the ${kind.toUpperCase()} line`, (done) =>
    line.getAsync(done),
  ).then((details) => (details ?? []).map((detail) => toRecipient(detail, kind)));
}

/** To, Cc and Bcc of a message being composed. Unresolved entries keep their (maybe empty) address. */
export async function readComposeRecipients(item: ComposeItemLike): Promise<Recipient[]> {
  const [to, cc, bcc] = await Promise.all([
    readRecipientLine(item.to, "to"),
    readRecipientLine(item.cc, "cc"),
    readRecipientLine(item.bcc, "bcc"),
  ]);
  return [...to, ...cc, ...bcc];
}

export function attachmentNames(attachments: readonly AttachmentLike[] | undefined): string[] {
  return (attachments ?? []).filter((a) => !a.isInline).map((a) => a.name);
}

/**
 * The sender, which is not always the signed-in user: a delegate sending for a partner, or
 * anyone writing from a shared mailbox, has that mailbox on the From line. In order: the From
 * line (Mailbox 1.7), the owner of the shared or delegated folder the item lives in
 * (getSharedPropertiesAsync, Mailbox 1.8, needs SupportsSharedFolders in the manifest), and
 * only then the signed-in user.
 */
async function readComposeFrom(
  item: ComposeItemLike,
  mailbox: MailboxLike,
): Promise<Draft["from"]> {
  const fromLine = item.from;
  if (fromLine) {
    try {
      const from = await officeCall<EmailAddressLike>("read the From line", (done) =>
        fromLine.getAsync(done),
      );
      // An X500 DN (office-js #2590) names no domain: the firm is then found from the user.
      if (from?.emailAddress && isSmtpAddress(from.emailAddress)) return fromDetail(from);
    } catch {
      // Older clients reject from.getAsync: try the folder's owner, then the signed-in user.
    }
  }
  return (await sharedOwner(item)) ?? signedInUser(mailbox);
}

/** The owner of the shared or delegated mailbox the item is in; undefined for one's own. */
export async function sharedOwner(item: ComposeItemLike | ReadItemLike): Promise<Draft["from"]> {
  const getShared = item.getSharedPropertiesAsync?.bind(item);
  if (!getShared) return undefined;
  try {
    const shared = await officeCall<SharedPropertiesLike>("read the shared mailbox", (done) =>
      getShared(done),
    );
    return shared?.owner ? fromDetail({ emailAddress: shared.owner }) : undefined;
  } catch {
    // Not in a shared folder (Office reports an error then), or an older client.
    return undefined;
  }
}

export function signedInUser(mailbox: MailboxLike): Draft["from"] {
  return mailbox.userProfile ? fromDetail(mailbox.userProfile) : undefined;
}

/** The signed-in user on the draft, when Outlook gives one and it is not From already. */
export function withUser<D extends Pick<Draft, "from" | "user">>(
  draft: D,
  mailbox: MailboxLike,
): D {
  const address = mailbox.userProfile?.emailAddress?.trim();
  if (address && address.toLowerCase() !== draft.from?.address.toLowerCase())
    draft.user = { address };
  return draft;
}

export function fromDetail(detail: EmailAddressLike): Draft["from"] {
  const address = detail.emailAddress.trim();
  const name = detail.displayName?.trim();
  return name ? { address, name } : { address };
}

/**
 * The HTML body Outlook handed back. A read that "succeeds" with no string (office-js #4822: a
 * message whose sender is also a recipient, desktop and web; #1264: classic Windows on a body
 * with control characters) is a failed read, not an empty message: checked as "", it found
 * nothing and Send went unchecked with no record. An empty string stays a valid empty body.
 */
export function bodyRead(value: unknown, what = "read the message body"): string {
  if (typeof value === "string") return value;
  // The record's code names the answer ("office:NoBodyValue:-"): Office gave no error of its own.
  throw new OfficeCallError(
    what,
    `Outlook answered without the body (${value === null ? "null" : typeof value})`,
    undefined,
    "NoBodyValue",
  );
}

/** What the author types with no event to say so: subject, body and attachment names. */
export type DraftContent = Pick<Draft, "subject" | "body" | "attachments">;

/** Subject, HTML body and attachment names: three Office calls, one round of the queue. */
export async function readComposeContent(item: ComposeItemLike): Promise<DraftContent> {
  const getAttachments = item.getAttachmentsAsync?.bind(item);
  const [subject, html, attachments] = await Promise.all([
    officeCall<string>("read the subject", (done) => item.subject.getAsync(done)),
    officeCall<string>("read the message body", (done) => item.body.getAsync(HTML, done)),
    getAttachments
      ? officeCall<AttachmentLike[]>("read the attachments", (done) => getAttachments(done))
      : Promise.resolve([]),
  ]);
  return {
    subject: subject ?? "",
    body: { format: "html", content: bodyRead(html) },
    attachments: attachmentNames(attachments),
  };
}

/** Everything the checks need from a message being composed. */
export async function readComposeDraft(
  item: ComposeItemLike,
  mailbox: MailboxLike,
): Promise<Draft> {
  const [recipients, content, from] = await Promise.all([
    readComposeRecipients(item),
    readComposeContent(item),
    readComposeFrom(item, mailbox),
  ]);
  const draft: Draft = { recipients, ...content };
  if (from) draft.from = from;
  return withUser(draft, mailbox);
}

/**
 * A message being read: its sender counts as a "to" recipient (whose profile the pane shows),
 * followed by the other recipients; the mailbox's owner is the author (the signed-in user, or
 * the owner of the shared or delegated mailbox the message is in).
 */
export async function readReadItemDraft(item: ReadItemLike, mailbox: MailboxLike): Promise<Draft> {
  const [html, owner] = await Promise.all([
    officeCall<string>("read the message body", (done) => item.body.getAsync(HTML, done)),
    sharedOwner(item),
  ]);
  const sender = item.from ?? item.sender;
  const recipients: Recipient[] = [
    ...(sender ? [toRecipient(sender, "to")] : []),
    ...(item.to ?? []).map((detail) => toRecipient(detail, "to")),
    ...(item.cc ?? []).map((detail) => toRecipient(detail, "cc")),
  ];
  const draft: Draft = {
    recipients,
    subject: item.subject ?? "",
    body: { format: "html", content: bodyRead(html) },
    attachments: attachmentNames(item.attachments),
  };
  const author = owner ?? signedInUser(mailbox);
  if (author) draft.from = author;
  return withUser(draft, mailbox);
}

/**
 * A received message as listening reads it (issue 14): who sent it (item.from, else the sender a
 * delegate sent for), when (dateTimeCreated), the subject and the HTML body (one Office call).
 * Listening itself skips quoted history and signatures.
 */
export async function readClientMessage(item: ReadItemLike): Promise<ClientMessage> {
  const sender = item.from ?? item.sender;
  if (!sender?.emailAddress?.trim())
    throw new Error("This message has no sender address, so there is nobody to listen to.");
  const html = await officeCall<string>("read the message body", (done) =>
    item.body.getAsync(HTML, done),
  );
  const created = item.dateTimeCreated;
  const date =
    created instanceof Date && !Number.isNaN(created.getTime()) ? created.toISOString() : undefined;
  // Office.js: from and sender are the same person unless a delegate sent the message, when from
  // is the delegator and sender the delegate (Office.MessageRead.sender). Listening then reads the
  // delegate's words for the delegator (core/listen/relay.ts), and looks for a principal the
  // writer names among To and Cc.
  const delegate =
    item.from &&
    item.sender?.emailAddress?.trim() &&
    item.sender.emailAddress.trim().toLowerCase() !== item.from.emailAddress?.trim().toLowerCase()
      ? fromDetail(item.sender)
      : undefined;
  const recipients = [...(item.to ?? []), ...(item.cc ?? [])]
    .filter((detail) => detail?.emailAddress?.trim())
    .map((detail) => fromDetail(detail)!);
  return {
    from: fromDetail(sender) ?? { address: sender.emailAddress.trim() },
    ...(delegate ? { sender: delegate } : {}),
    ...(recipients.length > 0 ? { recipients } : {}),
    ...(date ? { date } : {}),
    subject: item.subject ?? "",
    body: { format: "html", content: bodyRead(html) },
  };
}
