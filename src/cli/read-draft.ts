/**
 * Reads a draft from disk: an RFC 822 message (.eml) through mailparser, or a JSON draft (the core
 * Draft shape, or a friendlier {to, cc, subject, html|text} shape). Every failure is a
 * DraftReadError whose message names the file and says why.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { simpleParser, type AddressObject, type EmailAddress, type ParsedMail } from "mailparser";
import type { Draft, Recipient, RecipientKind } from "../core/draft";
import { parseJson } from "../profiles/file-source";

export class DraftReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "DraftReadError";
  }
}

/** Read one draft file; .eml and .json by extension, anything else by its first character. */
export async function readDraftFile(path: string): Promise<Draft> {
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
    return parseJsonDraft(source.toString("utf8"), path);
  }
  return parseEml(source, path);
}

/** Parse an RFC 822 message into a Draft. `label` names it in errors (a file name, "message 12"). */
export async function parseEml(source: Buffer | string, label: string): Promise<Draft> {
  const bytes = typeof source === "string" ? Buffer.from(source, "utf8") : source;
  if (bytes.length === 0) throw new DraftReadError(label, "the file is empty");
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new DraftReadError(label, "not an e-mail message (binary data)");
  }
  let mail: ParsedMail;
  try {
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
  // Outlook drafts are HTML; prefer it when the message has it, as the add-in would see it.
  const body: Draft["body"] =
    typeof mail.html === "string"
      ? { format: "html", content: mail.html }
      : { format: "text", content: mail.text ?? "" };
  return {
    ...(from ? { from } : {}),
    recipients: [
      ...recipientsOf(mail.to, "to"),
      ...recipientsOf(mail.cc, "cc"),
      ...recipientsOf(mail.bcc, "bcc"),
    ],
    subject: mail.subject ?? "",
    body,
    attachments: mail.attachments
      .map((attachment) => attachment.filename)
      .filter((name): name is string => typeof name === "string" && name !== ""),
    ...dateOf(mail),
  };
}

/** The Date header as written, when it is a date (mailparser puts "now" in for a bad one). */
function dateOf(mail: ParsedMail): { date?: string } {
  const line = mail.headerLines.find((header) => header.key === "date")?.line ?? "";
  const written = line.replace(/^date:\s*/i, "").replace(/\s+/g, " ").trim();
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
  for (const kind of ["to", "cc", "bcc"] as const) {
    if (value[kind] !== undefined) recipients.push(...friendlyRecipients(value[kind], kind, fail));
  }
  if (!("recipients" in value) && !["to", "cc", "bcc"].some((k) => k in value)) {
    fail('a JSON draft needs "recipients" (or "to", "cc", "bcc")');
  }
  const subject = value.subject ?? "";
  if (typeof subject !== "string") fail('"subject" must be a string');
  const from = value.from === undefined ? undefined : parseAddress(value.from, "from", fail);
  return {
    ...(from ? { from: { address: from.address, ...(from.name ? { name: from.name } : {}) } } : {}),
    recipients,
    subject: subject as string,
    body: jsonBody(value, fail),
    attachments: jsonAttachments(value.attachments, fail),
  };
}

type Fail = (reason: string) => never;

function coreRecipients(raw: unknown, fail: Fail): Recipient[] {
  if (!Array.isArray(raw)) return fail('"recipients" must be an array');
  return raw.map((entry, index) => {
    const where = `recipients[${index}]`;
    if (!isRecord(entry)) return fail(`${where} must be an object with "address" and "kind"`);
    const kind = entry.kind ?? "to";
    if (kind !== "to" && kind !== "cc" && kind !== "bcc") {
      return fail(`${where}.kind must be "to", "cc" or "bcc", not ${JSON.stringify(kind)}`);
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
