/**
 * Reads drafts from disk: an RFC 822 message (.eml) through mailparser, a meeting invitation
 * (.ics) through ical.js, or a JSON draft (the core Draft shape, or a friendlier
 * {to, cc, subject, html|text} shape). An .eml whose text/calendar part holds an invitation is
 * read as that invitation. Every failure is a DraftReadError whose message names the file and
 * says why.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { AddressObject, Attachment, EmailAddress, ParsedMail } from "mailparser";
import type { Draft, Recipient, RecipientKind } from "../core/draft";
import { normaliseAddress, RECIPIENT_KINDS } from "../core/draft";
import { parseJson } from "../profiles/file-source";
import { DraftReadError } from "./draft-read-error";

export { DraftReadError };

/**
 * Read one draft file; .eml, .ics and .json by extension, anything else by its first
 * characters. A file holding several drafts (an .ics with several events) is an error here:
 * `readDrafts` reads them all.
 */
export async function readDraftFile(path: string): Promise<Draft> {
  const drafts = await readDrafts(path);
  if (drafts.length !== 1) {
    throw new DraftReadError(
      path,
      `holds ${drafts.length} events; \`rapport check\` reports on each of them`,
    );
  }
  return drafts[0]!;
}

/** Every draft a file holds: one for a message or JSON draft, one per event of a calendar. */
export async function readDrafts(path: string): Promise<Draft[]> {
  let source: Buffer;
  try {
    source = await readFile(path);
  } catch (error) {
    throw new DraftReadError(path, describeFsError(error));
  }
  const extension = extname(path).toLowerCase();
  if (extension === ".msg") {
    throw new DraftReadError(
      path,
      "Outlook .msg files are not supported; save the message as .eml (File > Save As) and check that",
    );
  }
  if (extension === ".json" || (extension !== ".eml" && looksLikeJson(source))) {
    return [parseJsonDraft(source.toString("utf8"), path)];
  }
  if (extension === ".ics" || (extension !== ".eml" && looksLikeCalendar(source))) {
    if (source.subarray(0, 4096).includes(0)) {
      throw new DraftReadError(path, "not an iCalendar file (binary data)");
    }
    // Loaded on first use, like the MIME parser: most runs check e-mails only.
    const { parseIcs } = await import("./read-ics");
    return parseIcs(source.toString("utf8"), path);
  }
  return parseEmlDrafts(source, path);
}

/** Parse an RFC 822 message into a Draft. `label` names it in errors (a file name, "message 12"). */
export async function parseEml(source: Buffer | string, label: string): Promise<Draft> {
  return (await parseEmlDrafts(source, label))[0]!;
}

/**
 * Parse an RFC 822 message: one Draft, or, for an invitation e-mail (a text/calendar part with
 * an invitation's METHOD and VEVENTs), one appointment Draft per event.
 */
export async function parseEmlDrafts(source: Buffer | string, label: string): Promise<Draft[]> {
  const bytes = typeof source === "string" ? Buffer.from(source, "utf8") : source;
  if (bytes.length === 0) throw new DraftReadError(label, "the file is empty");
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new DraftReadError(label, "not an e-mail message (binary data)");
  }
  let mail: ParsedMail;
  try {
    // Loaded on first use: the MIME parser is the heaviest thing the command would load at start.
    const { simpleParser } = await import("mailparser");
    mail = await simpleParser(bytes, {
      // Keep `text` absent when there is no plain-text part, so HTML-only mail is read as HTML.
      skipHtmlToText: true,
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
    });
  } catch (error) {
    throw new DraftReadError(
      label,
      `not a readable e-mail message (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (mail.headers.size === 0) {
    throw new DraftReadError(label, "not an e-mail message (no headers)");
  }
  const from = firstAddress(mail.from);
  const senderHeader = mail.headers.get("sender");
  const sender = delegateOf(
    from,
    isAddressObject(senderHeader) ? firstAddress(senderHeader) : undefined,
  );
  // Outlook drafts are HTML; prefer it when the message has it, as the add-in would see it.
  const body: Draft["body"] =
    typeof mail.html === "string"
      ? { format: "html", content: mail.html }
      : { format: "text", content: mail.text ?? "" };
  const message: Draft = {
    ...(from ? { from } : {}),
    ...(sender ? { sender } : {}),
    recipients: [
      ...recipientsOf(mail.to, "to"),
      ...recipientsOf(mail.cc, "cc"),
      ...recipientsOf(mail.bcc, "bcc"),
    ],
    subject: mail.subject ?? "",
    body,
    attachments: mail.attachments
      .filter((attachment) => !isCalendarPart(attachment))
      .map((attachment) => attachment.filename)
      .filter((name): name is string => typeof name === "string" && name !== ""),
    ...dateOf(mail),
  };
  const calendarPart = mail.attachments.find(
    (attachment) => attachment.contentType.toLowerCase() === "text/calendar",
  );
  if (!calendarPart) return [message];
  try {
    const { isInvitationCalendar, parseCalendar, readEvent } = await import("./read-ics");
    const calendar = parseCalendar(calendarPart.content.toString("utf8"), label);
    const events = calendar.getAllSubcomponents("vevent");
    if (!isInvitationCalendar(calendar) || events.length === 0) return [message];
    return events.map((event, index) => invitationEmail(message, readEvent(event, index, label)));
  } catch (error) {
    // An invitation e-mail whose invitation cannot be read is not checked as a plain e-mail:
    // its location and online meeting would be skipped without a word.
    if (error instanceof DraftReadError) {
      throw new DraftReadError(label, `its text/calendar part: ${error.reason}`);
    }
    throw error;
  }
}

/** The invitation's own file (text/calendar, application/ics, *.ics): not an attachment a check reads. */
function isCalendarPart(attachment: Attachment): boolean {
  const type = attachment.contentType.toLowerCase();
  return (
    type === "text/calendar" ||
    type === "application/ics" ||
    /\.ics$/i.test(attachment.filename ?? "")
  );
}

/**
 * An invitation e-mail: the event gives what only an invitation has (location, times, online
 * meeting, attendees); the e-mail gives what its recipients read (subject and body, unless empty)
 * and its attachments. Whoever the e-mail goes to but the event does not list is checked too: To
 * as a required attendee, Cc and Bcc as optional ones.
 */
function invitationEmail(message: Draft, event: Draft): Draft {
  const listed = new Set(event.recipients.map((r) => normaliseAddress(r.address)));
  const extra = message.recipients
    .filter((r) => !listed.has(normaliseAddress(r.address)))
    .map((r): Recipient => ({ ...r, kind: r.kind === "to" ? "required" : "optional" }));
  const hasBody = message.body.content.trim() !== "";
  return {
    ...event,
    ...(message.from ? { from: message.from } : {}),
    recipients: [...event.recipients, ...extra],
    subject: message.subject.trim() !== "" ? message.subject : event.subject,
    body: hasBody ? message.body : event.body,
    attachments: [...message.attachments, ...event.attachments],
  };
}

/** The Date header as written, when it is a date (mailparser puts "now" in for a bad one). */
function dateOf(mail: ParsedMail): { date?: string } {
  const line = mail.headerLines.find((header) => header.key === "date")?.line ?? "";
  const written = line
    .replace(/^date:\s*/i, "")
    .replace(/\s+/g, " ")
    .trim();
  return written && !Number.isNaN(Date.parse(written)) ? { date: written } : {};
}

function recipientsOf(
  header: AddressObject | AddressObject[] | undefined,
  kind: RecipientKind,
): Recipient[] {
  const objects = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return flatten(objects.flatMap((o) => o.value)).map((entry) => ({
    address: entry.address ?? "",
    ...(entry.name ? { name: entry.name } : {}),
    kind,
  }));
}

/** Groups (`Team: a@x, b@y;`) hold their members; an empty group yields nobody. */
function flatten(entries: EmailAddress[]): EmailAddress[] {
  return entries.flatMap((entry) => (entry.group ? flatten(entry.group) : [entry]));
}

/** The Sender, when it is someone other than From (RFC 5322 §3.6.2: who sent it for From). */
function delegateOf(from: Draft["from"], sender: Draft["from"]): Draft["sender"] {
  if (!from || !sender) return undefined;
  return normaliseAddress(sender.address) === normaliseAddress(from.address) ? undefined : sender;
}

function isAddressObject(value: unknown): value is AddressObject {
  return (
    typeof value === "object" && value !== null && Array.isArray((value as AddressObject).value)
  );
}

function firstAddress(header: AddressObject | undefined): Draft["from"] {
  const entry = header ? flatten(header.value)[0] : undefined;
  if (!entry?.address) return undefined;
  return { address: entry.address, ...(entry.name ? { name: entry.name } : {}) };
}

/** Parse a JSON draft: `label` names it in errors. */
export function parseJsonDraft(content: string, label: string): Draft {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const where = `line ${parsed.line}: `;
    throw new DraftReadError(label, `${where}${parsed.message}`);
  }
  const value = parsed.value;
  if (!isRecord(value)) {
    throw new DraftReadError(label, "a JSON draft must be an object with recipients or to/cc");
  }
  const fail = (reason: string): never => {
    throw new DraftReadError(label, reason);
  };
  const recipients = "recipients" in value ? coreRecipients(value.recipients, fail) : [];
  for (const kind of RECIPIENT_KINDS) {
    if (value[kind] !== undefined) recipients.push(...friendlyRecipients(value[kind], kind, fail));
  }
  if (!("recipients" in value) && !RECIPIENT_KINDS.some((k) => k in value)) {
    fail(
      'a JSON draft needs "recipients" (or "to", "cc", "bcc"), or for an invitation "required", "optional"',
    );
  }
  const subject = value.subject ?? "";
  if (typeof subject !== "string") fail('"subject" must be a string');
  const from = value.from === undefined ? undefined : parseAddress(value.from, "from", fail);
  const draft: Draft = {
    ...(from ? { from: { address: from.address, ...(from.name ? { name: from.name } : {}) } } : {}),
    recipients,
    subject: subject as string,
    body: jsonBody(value, fail),
    attachments: jsonAttachments(value.attachments, fail),
  };
  return { ...draft, ...jsonAppointment(value, fail) };
}

/** An invitation's fields: "kind": "appointment", "location", "locations", "start", "end", "onlineMeeting". */
function jsonAppointment(value: Record<string, unknown>, fail: Fail): Partial<Draft> {
  const kind = value.kind ?? "message";
  if (kind !== "message" && kind !== "appointment") {
    return fail(`"kind" must be "message" or "appointment", not ${JSON.stringify(kind)}`);
  }
  const fields: Partial<Draft> = kind === "appointment" ? { kind } : {};
  for (const key of ["location", "start", "end"] as const) {
    if (value[key] === undefined) continue;
    if (typeof value[key] !== "string") return fail(`"${key}" must be a string`);
    fields[key] = value[key];
  }
  if (value.locations !== undefined) {
    const list = value.locations;
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string")) {
      return fail('"locations" must be an array of place names');
    }
    fields.locations = list as string[];
  }
  const online = value.onlineMeeting;
  if (online !== undefined) {
    const platforms = ["teams", "zoom", "webex", "google-meet", "other"];
    if (!isRecord(online) || !platforms.includes(online.platform as string)) {
      return fail(
        `"onlineMeeting" must be {"platform": ${platforms.map((p) => `"${p}"`).join(" | ")}, "url"?: string}`,
      );
    }
    if (online.url !== undefined && typeof online.url !== "string") {
      return fail('"onlineMeeting.url" must be a string');
    }
    fields.onlineMeeting = {
      platform: online.platform as NonNullable<Draft["onlineMeeting"]>["platform"],
      ...(online.url !== undefined ? { url: online.url as string } : {}),
    };
  }
  if (fields.kind !== "appointment" && Object.keys(fields).length > 0) {
    return fail(
      `${Object.keys(fields)
        .map((k) => `"${k}"`)
        .join(", ")} belong to an invitation: add "kind": "appointment"`,
    );
  }
  return fields;
}

type Fail = (reason: string) => never;

function coreRecipients(raw: unknown, fail: Fail): Recipient[] {
  if (!Array.isArray(raw)) return fail('"recipients" must be an array');
  return raw.map((entry, index) => {
    const where = `recipients[${index}]`;
    if (!isRecord(entry)) return fail(`${where} must be an object with "address" and "kind"`);
    const kind = (entry.kind ?? "to") as RecipientKind;
    if (!RECIPIENT_KINDS.includes(kind)) {
      return fail(
        `${where}.kind must be "to", "cc" or "bcc", not ${JSON.stringify(entry.kind)} (an invitation's attendees: "required" or "optional")`,
      );
    }
    const { address, name } = parseAddress(entry, where, fail);
    return { address, ...(name ? { name } : {}), kind };
  });
}

function friendlyRecipients(raw: unknown, kind: RecipientKind, fail: Fail): Recipient[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((entry, index) => {
    const { address, name } = parseAddress(entry, `${kind}[${index}]`, fail);
    return { address, ...(name ? { name } : {}), kind };
  });
}

/** "Megge Anderson <megge@x>", "megge@x", or {address, name}. */
function parseAddress(raw: unknown, where: string, fail: Fail): { address: string; name?: string } {
  if (typeof raw === "string") {
    const angle = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]*)>\s*$/.exec(raw);
    if (angle) {
      const name = angle[1]?.trim();
      return { address: (angle[2] ?? "").trim(), ...(name ? { name } : {}) };
    }
    return { address: raw.trim() };
  }
  if (isRecord(raw)) {
    if (typeof raw.address !== "string") return fail(`${where}.address must be a string`);
    if (raw.name !== undefined && typeof raw.name !== "string") {
      return fail(`${where}.name must be a string`);
    }
    return { address: raw.address, ...(raw.name ? { name: raw.name as string } : {}) };
  }
  return fail(`${where} must be an address string or an object with "address"`);
}

function jsonBody(value: Record<string, unknown>, fail: Fail): Draft["body"] {
  if (value.body !== undefined) {
    if (typeof value.body === "string") return { format: "text", content: value.body };
    if (
      isRecord(value.body) &&
      (value.body.format === "html" || value.body.format === "text") &&
      typeof value.body.content === "string"
    ) {
      return { format: value.body.format, content: value.body.content };
    }
    return fail('"body" must be {"format": "html" | "text", "content": string} or a string');
  }
  if (value.html !== undefined) {
    if (typeof value.html !== "string") return fail('"html" must be a string');
    return { format: "html", content: value.html };
  }
  if (value.text !== undefined && typeof value.text !== "string") fail('"text" must be a string');
  return { format: "text", content: (value.text as string | undefined) ?? "" };
}

function jsonAttachments(raw: unknown, fail: Fail): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return fail('"attachments" must be an array of file names');
  return raw.map((entry, index) => {
    if (typeof entry === "string") return entry;
    if (isRecord(entry) && typeof entry.name === "string") return entry.name;
    return fail(`attachments[${index}] must be a file name or an object with "name"`);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function looksLikeCalendar(source: Buffer): boolean {
  return /^\s*BEGIN:VCALENDAR/i.test(
    source
      .subarray(0, 64)
      .toString("utf8")
      .replace(/^\uFEFF/, ""),
  );
}

function looksLikeJson(source: Buffer): boolean {
  const start = source
    .subarray(0, 64)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  return start.startsWith("{");
}

/** The OS error turned into words: "no such file", "permission denied", "is a directory". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory, not a file";
    default:
      return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}
