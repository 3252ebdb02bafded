/**
 * Read an Outlook item into the core Draft. Each part is one Office call; they run in parallel
 * so the send handler pays for the slowest, not the sum.
 */
import type { Draft, Recipient, RecipientKind } from "../core/draft";
import { officeCall } from "./office-call";
import type {
  AttachmentLike,
  ComposeItemLike,
  EmailAddressLike,
  MailboxLike,
  ReadItemLike,
  RecipientsLike,
} from "./office-types";

// Office.CoercionType.Html is the string "html"; the literal also works where Office is a stand-in.
const HTML = "html" as Office.CoercionType;

function toRecipient(detail: EmailAddressLike, kind: RecipientKind): Recipient {
  const address = (detail.emailAddress ?? "").trim();
  const name = detail.displayName?.trim();
  return name ? { address, name, kind } : { address, kind };
}

function readRecipientLine(
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

function attachmentNames(attachments: readonly AttachmentLike[] | undefined): string[] {
  return (attachments ?? []).filter((a) => !a.isInline).map((a) => a.name);
}

/** The author: the From line when the client has it (shared mailboxes), else the signed-in user. */
async function readComposeFrom(
  item: ComposeItemLike,
  mailbox: MailboxLike,
): Promise<Draft["from"]> {
  if (item.from) {
    try {
      const from = await officeCall<EmailAddressLike>("read the From line", (done) =>
        item.from!.getAsync(done),
      );
      if (from?.emailAddress) return fromDetail(from);
    } catch {
      // Older clients reject from.getAsync; the signed-in user is the author then.
    }
  }
  return mailbox.userProfile ? fromDetail(mailbox.userProfile) : undefined;
}

function fromDetail(detail: EmailAddressLike): Draft["from"] {
  const address = detail.emailAddress.trim();
  const name = detail.displayName?.trim();
  return name ? { address, name } : { address };
}

/** Everything the checks need from a message being composed. */
export async function readComposeDraft(
  item: ComposeItemLike,
  mailbox: MailboxLike,
): Promise<Draft> {
  const [recipients, subject, html, attachments, from] = await Promise.all([
    readComposeRecipients(item),
    officeCall<string>("read the subject", (done) => item.subject.getAsync(done)),
    officeCall<string>("read the message body", (done) => item.body.getAsync(HTML, done)),
    item.getAttachmentsAsync
      ? officeCall<AttachmentLike[]>("read the attachments", (done) =>
          item.getAttachmentsAsync!(done),
        )
      : Promise.resolve([]),
    readComposeFrom(item, mailbox),
  ]);
  const draft: Draft = {
    recipients,
    subject: subject ?? "",
    body: { format: "html", content: html ?? "" },
    attachments: attachmentNames(attachments),
  };
  if (from) draft.from = from;
  return draft;
}

/**
 * A message being read: its sender counts as a "to" recipient (whose profile the pane shows),
 * followed by the other recipients; the signed-in user is the author.
 */
export async function readReadItemDraft(item: ReadItemLike, mailbox: MailboxLike): Promise<Draft> {
  const html = await officeCall<string>("read the message body", (done) =>
    item.body.getAsync(HTML, done),
  );
  const sender = item.from ?? item.sender;
  const recipients: Recipient[] = [
    ...(sender ? [toRecipient(sender, "to")] : []),
    ...(item.to ?? []).map((detail) => toRecipient(detail, "to")),
    ...(item.cc ?? []).map((detail) => toRecipient(detail, "cc")),
  ];
  const draft: Draft = {
    recipients,
    subject: item.subject ?? "",
    body: { format: "html", content: html ?? "" },
    attachments: attachmentNames(item.attachments),
  };
  if (mailbox.userProfile) draft.from = fromDetail(mailbox.userProfile);
  return draft;
}
