/**
 * Provenance of a profile's preferences (issue 14): each preference recorded from a client's own
 * words keeps who said it, when, in which message and the words themselves. Stored in the
 * profile's `sources` field: a JSON array in files, JSON text in the SharePoint column Sources
 * (multi-line plain text, at most 63,999 characters, so old entries give way to new ones).
 */

export interface PreferenceSource {
  /** The profile field it set or added to (its JSON key). */
  field: string;
  /** The value recorded, as it was recorded. */
  value: string;
  /** Who said it. */
  from: { address: string; name?: string };
  /** The message's date, yyyy-mm-dd. */
  date?: string;
  /** The message's subject. */
  subject?: string;
  /** The words it was heard in. */
  quote: string;
  /** "remove" when the client withdrew the value and it left the list; absent for set and add. */
  op?: "remove";
}

/** Room kept in the SharePoint column, under its 63,999 characters. */
export const SOURCES_MAX_CHARS = 60000;
/** Longest quote kept: a sentence or two, not the message. */
export const SOURCE_QUOTE_MAX_CHARS = 300;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : JSON.stringify(value);
}

/** One entry checked and normalised (keys in a fixed order), or what is wrong with it. */
function parseEntry(raw: unknown, index: number): PreferenceSource | string {
  const where = `entry ${index + 1}`;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return `${where} must be an object, not ${describe(raw)}`;
  }
  const entry = raw as Record<string, unknown>;
  const text = (key: string, required: boolean): string | undefined | Error => {
    const value = entry[key];
    if (value === undefined || value === null || value === "") {
      return required ? new Error(`${where}: "${key}" is required`) : undefined;
    }
    if (typeof value !== "string")
      return new Error(`${where}: "${key}" must be text, not ${describe(value)}`);
    return value;
  };
  const field = text("field", true);
  const value = text("value", true);
  const quote = text("quote", true);
  const subject = text("subject", false);
  const date = text("date", false);
  const op = text("op", false);
  for (const part of [field, value, quote, subject, date, op])
    if (part instanceof Error) return part.message;
  if (op !== undefined && op !== "remove")
    return `${where}: "op" must be "remove" when given, not ${JSON.stringify(op)}`;
  if (typeof date === "string" && !ISO_DAY.test(date))
    return `${where}: "date" must be written yyyy-mm-dd, not ${JSON.stringify(date)}`;
  const from = entry.from;
  let sender: PreferenceSource["from"];
  if (typeof from === "string" && from.trim()) sender = { address: from.trim() };
  else if (
    from &&
    typeof from === "object" &&
    typeof (from as { address?: unknown }).address === "string"
  ) {
    const { address, name } = from as { address: string; name?: unknown };
    if (name !== undefined && typeof name !== "string") return `${where}: "from.name" must be text`;
    sender = { address, ...(name ? { name } : {}) };
  } else return `${where}: "from" must be an address or {"address", "name"}`;
  return {
    field: field as string,
    value: value as string,
    from: sender,
    ...(date ? { date: date as string } : {}),
    ...(subject ? { subject: subject as string } : {}),
    quote: quote as string,
    ...(op ? { op: "remove" as const } : {}),
  };
}

/**
 * A list of sources from its stored form: an array (JSON files) or JSON text (a SharePoint
 * column, a CSV cell). Returns what is wrong, in words, when it is not one.
 */
export function parseSources(value: unknown): PreferenceSource[] | string {
  let raw = value;
  if (typeof value === "string") {
    try {
      raw = JSON.parse(value);
    } catch {
      return "must be a JSON list of sources (field, value, from, date, subject, quote, op)";
    }
  }
  if (!Array.isArray(raw)) return `must be a list of sources, not ${describe(raw)}`;
  const sources: PreferenceSource[] = [];
  for (let i = 0; i < raw.length; i++) {
    const entry = parseEntry(raw[i], i);
    if (typeof entry === "string") return entry;
    sources.push(entry);
  }
  return sources;
}

/** The stored text form: compact JSON, one line (a CSV cell, a SharePoint column). */
export function sourcesToText(sources: readonly PreferenceSource[]): string {
  return JSON.stringify(sources);
}

/**
 * `sources` with `entry` added, its quote shortened to SOURCE_QUOTE_MAX_CHARS and the oldest
 * entries dropped while the stored text would pass SOURCES_MAX_CHARS. The same entry twice is
 * kept once.
 */
export function withSource(
  sources: readonly PreferenceSource[] | undefined,
  entry: PreferenceSource,
): PreferenceSource[] {
  const quote =
    entry.quote.length > SOURCE_QUOTE_MAX_CHARS
      ? `${entry.quote.slice(0, SOURCE_QUOTE_MAX_CHARS - 1).trimEnd()}…`
      : entry.quote;
  const added: PreferenceSource = { ...entry, quote };
  const key = JSON.stringify(added);
  const list = [...(sources ?? []).filter((s) => JSON.stringify(s) !== key), added];
  while (list.length > 1 && sourcesToText(list).length > SOURCES_MAX_CHARS) list.shift();
  return list;
}
