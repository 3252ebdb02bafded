/**
 * Recording what was heard: applySuggestion() turns one accepted suggestion into the profile it
 * applies to, with where it came from appended to the profile's sources. Pure, so the task pane
 * can show the result before saving it through its usual eTag-guarded path, and the CLI and tests
 * use the same rules.
 */
import { withSource, type PreferenceSource } from "../preference-sources";
import {
  emptyProfile,
  normaliseChannel,
  parseProfile,
  serialiseProfile,
  type ClientProfile,
} from "../profile";
import { holds } from "./listen";
import {
  SINGLE_VALUE_FIELDS,
  type ClientMessage,
  type ListenField,
  type Suggestion,
} from "./types";

/** The message a suggestion was heard in: who sent it, when, about what. */
export type HeardIn = Pick<ClientMessage, "from" | "date" | "subject">;

export class SuggestionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SuggestionError";
  }
}

// A preference and its opposite: the client's newest word replaces the older one.
const OPPOSITE: Partial<Record<ListenField, ListenField>> = {
  preferredChannels: "avoidChannels",
  avoidChannels: "preferredChannels",
};

function same(field: ListenField, a: string, b: string): boolean {
  if (field === "preferredChannels" || field === "avoidChannels") {
    return (normaliseChannel(a) ?? a.toLowerCase()) === (normaliseChannel(b) ?? b.toLowerCase());
  }
  return a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The message's day, yyyy-mm-dd, as the sender's calendar had it: "Mon, 3 Mar 2025 00:30 +0100"
 * is 3 March, though it was still 2 March in UTC. ISO dates keep their written day.
 */
export function dayOf(date: string | undefined): string | undefined {
  const text = date?.trim();
  if (!text) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /^(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b/.exec(text);
  const month = rfc ? MONTHS.indexOf(rfc[2]!.toLowerCase()) : -1;
  if (rfc && month >= 0) {
    return `${rfc[3]}-${String(month + 1).padStart(2, "0")}-${rfc[1]!.padStart(2, "0")}`;
  }
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/**
 * `profile` (the stored profile whose matchKey is `suggestion.profile`, or undefined when there
 * is none yet) with the suggestion applied: a single value set, a list value added or (op
 * "remove", a withdrawal) taken off its list, its source appended (a removal's marked op
 * "remove"). A confirmation of what the profile already holds changes no value and moves
 * lastConfirmed to the message's date. A preference that contradicts a held one ("phone" wanted,
 * "phone" avoided; a name now avoided that was preferred) replaces it. Never loses another value;
 * throws SuggestionError when the suggestion cannot apply to this profile.
 */
export function applySuggestion(
  profile: ClientProfile | undefined,
  suggestion: Suggestion,
  message: HeardIn,
): ClientProfile {
  const matchKey = suggestion.profile.toLowerCase();
  if (profile && profile.matchKey !== matchKey) {
    throw new SuggestionError(
      `this suggestion is for ${suggestion.profile}, not for the profile ${profile.matchKey}`,
    );
  }
  const field = suggestion.field;
  const value = suggestion.value.trim();
  if (value === "") throw new SuggestionError(`an empty ${field} cannot be recorded`);
  const base = profile ?? emptyProfile(matchKey);
  const next = parseProfile(serialiseProfile(base)).profile;
  const day = dayOf(message.date);
  const target = next as unknown as Record<string, unknown>;

  if (suggestion.op === "remove") {
    // A withdrawal: the value leaves the list, in whatever spelling the profile keeps it.
    const list = target[field];
    if (SINGLE_VALUE_FIELDS.has(field) || !Array.isArray(list)) {
      throw new SuggestionError(`${field} is not a list: nothing can be removed from it`);
    }
    const kept = (list as string[]).filter((item) => !same(field, item, value));
    if (kept.length === list.length) {
      throw new SuggestionError(`${field} no longer holds "${value}": there is nothing to remove`);
    }
    target[field] = kept;
  } else if (holds(next, field, value)) {
    if (day && (!next.lastConfirmed || next.lastConfirmed < day)) next.lastConfirmed = day;
  } else if (SINGLE_VALUE_FIELDS.has(field)) {
    target[field] = value;
  } else {
    const list = (target[field] as string[] | undefined) ?? [];
    target[field] = [...list.filter((item) => !same(field, item, value)), value];
  }
  const opposite = suggestion.op === "remove" ? undefined : OPPOSITE[field];
  if (opposite) {
    next[opposite as "avoidChannels"] = next[opposite as "avoidChannels"].filter(
      (item) => !same(field, item, value),
    );
  }
  if (field === "preferredName" && suggestion.op !== "remove")
    next.avoidNames = next.avoidNames.filter((n) => !same(field, n, value));
  if (
    field === "avoidNames" &&
    suggestion.op !== "remove" &&
    next.preferredName &&
    same(field, next.preferredName, value)
  ) {
    delete next.preferredName;
  }

  const source: PreferenceSource = {
    field,
    value,
    from: {
      address: message.from.address.trim(),
      ...(message.from.name?.trim() ? { name: message.from.name.trim() } : {}),
    },
    ...(day ? { date: day } : {}),
    ...(message.subject.trim() ? { subject: message.subject.trim() } : {}),
    quote: suggestion.quote.replace(/\s+/g, " ").trim(),
    ...(suggestion.op === "remove" ? { op: "remove" as const } : {}),
  };
  next.sources = withSource(next.sources, source);
  // The same rules as every other profile: a value the schema refuses is refused here too.
  try {
    return parseProfile(serialiseProfile(next)).profile;
  } catch (error) {
    throw new SuggestionError(
      `${field} "${value}" cannot be recorded: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
