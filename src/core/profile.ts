/**
 * A client's stated preferences (ARCHITECTURE §2). One profile covers a person
 * (`matchKey` = their lower-case address) or a whole organisation (`@domain`).
 */

import { parentDomains, unicodeDomain } from "./domain-names";
import { normaliseAddress } from "./draft";
import { parseSources, sourcesToText, type PreferenceSource } from "./preference-sources";

export type { PreferenceSource } from "./preference-sources";

export const MEETING_PLATFORMS = ["teams", "zoom", "webex", "google-meet"] as const;
export type MeetingPlatform = (typeof MEETING_PLATFORMS)[number];

export const BILLING_DETAILS = ["detailed", "summary"] as const;
export type BillingDetail = (typeof BILLING_DETAILS)[number];

export const ENTERTAINMENT_CHOICES = ["welcome", "avoid"] as const;
export type Entertainment = (typeof ENTERTAINMENT_CHOICES)[number];

export interface ClientProfile {
  title?: string;
  /** `name@client.com` or `@client.com`, lower-case. */
  matchKey: string;
  clientName?: string;
  preferredName?: string;
  fullName?: string;
  avoidNames: string[];
  preferredChannels: string[];
  avoidChannels: string[];
  meetingPlatform?: MeetingPlatform;
  billingDetail?: BillingDetail;
  bannedBillingPhrases: string[];
  competitors: string[];
  entertainment?: Entertainment;
  avoidTopics: string[];
  statusUpdates?: string;
  notes?: string;
  /** ISO date, yyyy-mm-dd. */
  lastConfirmed?: string;
  /** Where preferences heard in the client's own messages came from (see preference-sources.ts). */
  sources?: PreferenceSource[];
  /**
   * Fields the stored profile had but that could not be read, so were left out; every other
   * field is used. Set by the profile source (src/profiles), shown on the task pane's card.
   */
  unreadable?: UnreadableField[];
  /**
   * The match keys of the parent domains' organisation profiles merged into this one, nearest
   * first (`@coca-cola.example` for an address at `uk.coca-cola.example`): set by
   * resolveProfiles, shown on the task pane's card; metadata, never written back or exported.
   */
  fromParentDomains?: string[];
}

/** One stored field that could not be read: whose profile, which field (its JSON key). */
export interface UnreadableField {
  matchKey: string;
  field: string;
}

/** Where a stored profile came from, for write-back (SharePoint item id and eTag). */
export interface ProfileOrigin {
  itemId?: string;
  etag?: string;
  /**
   * The profile as it was read with this eTag (its `unreadable` included). A save writes only the
   * fields that differ from it, and never a field it lists as unreadable, so a value Rapport could
   * not read is left as it is in the list instead of being cleared.
   */
  loaded?: ClientProfile;
}

/** One problem with one profile: which profile, which field, what is wrong. */
export interface ProfileIssue {
  /** The profile's matchKey, title, or "profile #N" when neither is usable. */
  profile: string;
  field?: string;
  message: string;
}

/** Thrown when a profile cannot be used at all; `issues` lists every bad value. */
export class ProfileError extends Error {
  constructor(readonly issues: ProfileIssue[]) {
    super(
      issues.map((i) => `${i.profile}${i.field ? ` (${i.field})` : ""}: ${i.message}`).join("; "),
    );
    this.name = "ProfileError";
  }
}

// ---------------------------------------------------------------------------------------------
// Field table: the one place that knows the JSON keys, SharePoint columns and value types.
// ---------------------------------------------------------------------------------------------

export type ProfileFieldType = "text" | "list" | "choice" | "date" | "sources";

/** The keys that are profile fields (not metadata such as `unreadable`). */
export type ProfileFieldKey = Exclude<keyof ClientProfile, "unreadable" | "fromParentDomains">;

export interface ProfileFieldInfo {
  /** JSON key and CSV header. */
  key: ProfileFieldKey;
  /** SharePoint list column internal name. */
  column: string;
  type: ProfileFieldType;
  /** Allowed values for "choice" fields. */
  choices?: readonly string[];
  required?: boolean;
  /** Short label for forms and messages. */
  label: string;
}

/** In the order of ARCHITECTURE §2: also the CSV header order and the JSON key order. */
export const PROFILE_FIELDS: readonly ProfileFieldInfo[] = [
  { key: "title", column: "Title", type: "text", label: "Title" },
  { key: "matchKey", column: "MatchKey", type: "text", required: true, label: "Match key" },
  { key: "clientName", column: "ClientName", type: "text", label: "Client" },
  { key: "preferredName", column: "PreferredName", type: "text", label: "Preferred name" },
  { key: "fullName", column: "FullName", type: "text", label: "Full name" },
  { key: "avoidNames", column: "AvoidNames", type: "list", label: "Names to avoid" },
  {
    key: "preferredChannels",
    column: "PreferredChannels",
    type: "list",
    label: "Preferred channels",
  },
  { key: "avoidChannels", column: "AvoidChannels", type: "list", label: "Channels to avoid" },
  {
    key: "meetingPlatform",
    column: "MeetingPlatform",
    type: "choice",
    choices: MEETING_PLATFORMS,
    label: "Meeting platform",
  },
  {
    key: "billingDetail",
    column: "BillingDetail",
    type: "choice",
    choices: BILLING_DETAILS,
    label: "Billing detail",
  },
  {
    key: "bannedBillingPhrases",
    column: "BannedBillingPhrases",
    type: "list",
    label: "Refused billing entries",
  },
  { key: "competitors", column: "Competitors", type: "list", label: "Competitors" },
  {
    key: "entertainment",
    column: "Entertainment",
    type: "choice",
    choices: ENTERTAINMENT_CHOICES,
    label: "Entertainment",
  },
  { key: "avoidTopics", column: "AvoidTopics", type: "list", label: "Topics to avoid" },
  { key: "statusUpdates", column: "StatusUpdates", type: "text", label: "Status updates" },
  { key: "notes", column: "Notes", type: "text", label: "Notes" },
  { key: "lastConfirmed", column: "LastConfirmed", type: "date", label: "Last confirmed" },
  { key: "sources", column: "Sources", type: "sources", label: "Sources" },
];

/** CSV header order (the JSON keys). */
export const PROFILE_CSV_HEADERS: readonly string[] = PROFILE_FIELDS.map((f) => f.key);

export const LIST_FIELDS = PROFILE_FIELDS.filter((f) => f.type === "list").map(
  (f) => f.key,
) as readonly ListField[];

type ListField =
  | "avoidNames"
  | "preferredChannels"
  | "avoidChannels"
  | "bannedBillingPhrases"
  | "competitors"
  | "avoidTopics";

/** Channels Rapport knows how to recognise in a draft; profiles are normalised onto these. */
export const KNOWN_CHANNELS = [
  "phone",
  "sms",
  "whatsapp",
  "email",
  "teams",
  "zoom",
  "webex",
  "google-meet",
  "signal",
  "post",
  "in-person",
  "video",
] as const;
export type KnownChannel = (typeof KNOWN_CHANNELS)[number];

/** Spellings people type, folded to lower case with single spaces, mapped onto the vocabulary. */
const CHANNEL_ALIASES: Readonly<Record<string, KnownChannel>> = {
  phone: "phone",
  phones: "phone",
  "phone call": "phone",
  "phone calls": "phone",
  call: "phone",
  calls: "phone",
  calling: "phone",
  telephone: "phone",
  tel: "phone",
  "mobile phone": "phone",
  "cell phone": "phone",
  sms: "sms",
  text: "sms",
  texts: "sms",
  texting: "sms",
  "text message": "sms",
  "text messages": "sms",
  "text messaging": "sms",
  whatsapp: "whatsapp",
  "whats app": "whatsapp",
  email: "email",
  "e mail": "email",
  emails: "email",
  mail: "email",
  teams: "teams",
  "microsoft teams": "teams",
  "ms teams": "teams",
  zoom: "zoom",
  webex: "webex",
  "cisco webex": "webex",
  "google meet": "google-meet",
  gmeet: "google-meet",
  meet: "google-meet",
  signal: "signal",
  post: "post",
  letter: "post",
  letters: "post",
  "postal mail": "post",
  "in person": "in-person",
  "face to face": "in-person",
  video: "video",
  "video call": "video",
  "video calls": "video",
  videocall: "video",
};

const MEETING_PLATFORM_ALIASES: Readonly<Record<string, MeetingPlatform>> = {
  teams: "teams",
  "microsoft teams": "teams",
  "ms teams": "teams",
  zoom: "zoom",
  webex: "webex",
  "cisco webex": "webex",
  "google meet": "google-meet",
  meet: "google-meet",
  gmeet: "google-meet",
};

const BILLING_DETAIL_ALIASES: Readonly<Record<string, BillingDetail>> = {
  detailed: "detailed",
  summary: "summary",
};

const ENTERTAINMENT_ALIASES: Readonly<Record<string, Entertainment>> = {
  welcome: "welcome",
  avoid: "avoid",
};

const CHOICE_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  meetingPlatform: MEETING_PLATFORM_ALIASES,
  billingDetail: BILLING_DETAIL_ALIASES,
  entertainment: ENTERTAINMENT_ALIASES,
};

/** "Google-Meet", "google_meet", " GOOGLE  meet " → "google meet". */
function foldChoice(value: string): string {
  return value
    .toLowerCase()
    .replace(/[\s_\-–.]+/g, " ")
    .trim();
}

/** The vocabulary name for a channel, or undefined when Rapport does not know it. */
export function normaliseChannel(value: string): KnownChannel | undefined {
  return CHANNEL_ALIASES[foldChoice(value)];
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

const ADDRESS_KEY =
  /^[^\s@]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const DOMAIN_KEY = /^@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const FIELD_BY_NAME = new Map<string, ProfileFieldInfo>();
for (const field of PROFILE_FIELDS) {
  FIELD_BY_NAME.set(field.key.toLowerCase(), field);
  FIELD_BY_NAME.set(field.column.toLowerCase(), field);
}

/** Edit distance, small and dependency-free: keys are short. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known key an unknown one was probably meant to be ("competitor" → "competitors"). */
export function suggestProfileKey(unknown: string): string | undefined {
  const folded = unknown.toLowerCase().replace(/[\s_-]+/g, "");
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const field of PROFILE_FIELDS) {
    const distance = editDistance(folded, field.key.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = field.key;
    }
  }
  const allowed = Math.max(1, Math.floor(folded.length / 4));
  return bestDistance <= allowed ? best : undefined;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (typeof value === "object") return "an object";
  return String(value);
}

/** Arrays or CSV-style text ("a; b" or one per line) → trimmed, case-insensitively unique items. */
function parseList(value: unknown): string[] | string {
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else if (typeof value === "string") items = value.split(/[\r\n;]+/);
  else
    return `must be a list of text (an array, or text with items separated by new lines or ";"), not ${describe(value)}`;
  const seen = new Set<string>();
  const result: string[] = [];
  for (const item of items) {
    if (item === null || item === undefined) continue;
    if (typeof item !== "string") return `every item must be text, not ${describe(item)}`;
    const trimmed = item.trim().replace(/\s+/g, " ");
    if (!trimmed) continue;
    const key = trimmed.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result;
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === "string" && value.trim() === "")
  );
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A human label for a raw profile, for messages: its matchKey, its title, or the fallback. */
function labelOf(raw: Record<string, unknown>, fallback: string): string {
  for (const key of ["matchKey", "MatchKey", "title", "Title"]) {
    const value = raw[key];
    if (typeof value === "string" && value.trim()) {
      return key.toLowerCase() === "matchkey" ? value.trim().toLowerCase() : value.trim();
    }
  }
  return fallback;
}

/** Validate and normalise one raw profile. Unknown keys become warnings; bad values throw ProfileError. */
export function parseProfile(
  raw: unknown,
  label?: string,
): { profile: ClientProfile; warnings: ProfileIssue[] } {
  const fallback = label ?? "profile";
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new ProfileError([
      { profile: fallback, message: `must be an object with profile fields, not ${describe(raw)}` },
    ]);
  }
  const record = raw as Record<string, unknown>;
  const name = labelOf(record, fallback);
  const errors: ProfileIssue[] = [];
  const warnings: ProfileIssue[] = [];
  const values: Partial<Record<ProfileFieldKey, unknown>> = {};

  for (const [key, value] of Object.entries(record)) {
    const field = FIELD_BY_NAME.get(key.toLowerCase());
    if (!field) {
      // SharePoint's own fields (id, @odata.etag, Created...) arrive with every list item.
      if (/^(@odata|id$|_|created|modified|author|editor|contenttype|attachments$)/i.test(key))
        continue;
      const suggestion = suggestProfileKey(key);
      warnings.push({
        profile: name,
        field: key,
        message: `unknown field, ignored${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
      });
      continue;
    }
    if (field.key in values && !isBlank(value)) {
      warnings.push({ profile: name, field: key, message: `duplicate of "${field.key}", ignored` });
      continue;
    }
    values[field.key] = value;
  }

  const profile = emptyProfile("");
  const target = profile as unknown as Record<string, unknown>;

  for (const field of PROFILE_FIELDS) {
    const value = values[field.key];
    if (isBlank(value)) {
      if (field.required) errors.push({ profile: name, field: field.key, message: "is required" });
      continue;
    }
    switch (field.type) {
      case "text": {
        if (typeof value !== "string") {
          errors.push({
            profile: name,
            field: field.key,
            message: `must be text, not ${describe(value)}`,
          });
          break;
        }
        target[field.key] = value.trim();
        break;
      }
      case "list": {
        const list = parseList(value);
        if (typeof list === "string")
          errors.push({ profile: name, field: field.key, message: list });
        else target[field.key] = list;
        break;
      }
      case "choice": {
        const choices = field.choices ?? [];
        const aliases = CHOICE_ALIASES[field.key] ?? {};
        const chosen = typeof value === "string" ? aliases[foldChoice(value)] : undefined;
        if (!chosen) {
          errors.push({
            profile: name,
            field: field.key,
            message: `must be one of ${choices.join(", ")}, not ${describe(value)}`,
          });
        } else target[field.key] = chosen;
        break;
      }
      case "sources": {
        const sources = parseSources(value);
        if (typeof sources === "string")
          errors.push({ profile: name, field: field.key, message: sources });
        else if (sources.length > 0) target[field.key] = sources;
        break;
      }
      case "date": {
        const match = typeof value === "string" ? ISO_DATE.exec(value.trim()) : null;
        if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
          errors.push({
            profile: name,
            field: field.key,
            message: `must be a real date written yyyy-mm-dd, not ${describe(value)}`,
          });
        } else target[field.key] = `${match[1]}-${match[2]}-${match[3]}`;
        break;
      }
    }
  }

  if (profile.matchKey) {
    // Kept as written (lower-case): a Unicode domain stays Unicode in the list; it is checked,
    // and matched, in its ASCII form (canonicalKey).
    const key = profile.matchKey.toLowerCase().replace(/^mailto:/, "");
    const ascii = canonicalKey(key);
    if (!ADDRESS_KEY.test(ascii) && !DOMAIN_KEY.test(ascii)) {
      errors.push({
        profile: name,
        field: "matchKey",
        message: `must be an e-mail address (name@client.com) or a domain written @client.com, not ${describe(profile.matchKey)}`,
      });
    }
    profile.matchKey = key;
  }

  for (const field of ["preferredChannels", "avoidChannels"] as const) {
    profile[field] = uniqueCaseInsensitive(
      profile[field].map((channel) => {
        const known = normaliseChannel(channel);
        if (known) return known;
        warnings.push({
          profile: name,
          field,
          message: `unknown channel "${channel}" kept as written; Rapport recognises ${KNOWN_CHANNELS.join(", ")}`,
        });
        return channel.toLowerCase();
      }),
    );
  }

  if (errors.length > 0) throw new ProfileError(errors);
  return { profile, warnings };
}

function uniqueCaseInsensitive(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const item of items) {
    const key = item.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(item);
  }
  return result;
}

/** Parse a list; a bad profile is reported in `errors` and skipped, never fatal for the rest. */
export function parseProfiles(raw: unknown): {
  profiles: ClientProfile[];
  errors: ProfileIssue[];
  warnings: ProfileIssue[];
} {
  const profiles: ClientProfile[] = [];
  const errors: ProfileIssue[] = [];
  const warnings: ProfileIssue[] = [];
  if (!Array.isArray(raw)) {
    errors.push({
      profile: "profiles",
      message: `must be a list of profiles, not ${describe(raw)}`,
    });
    return { profiles, errors, warnings };
  }
  const indexByKey = new Map<string, number>();
  raw.forEach((item, i) => {
    const label = `profile #${i + 1}`;
    try {
      const parsed = parseProfile(item, label);
      warnings.push(...parsed.warnings);
      const key = canonicalKey(parsed.profile.matchKey);
      const earlier = indexByKey.get(key);
      if (earlier !== undefined) {
        errors.push({
          profile: parsed.profile.matchKey,
          field: "matchKey",
          message: `appears again in ${label} (first in profile #${earlier + 1}); the later one is skipped`,
        });
        return;
      }
      indexByKey.set(key, i);
      profiles.push(parsed.profile);
    } catch (error) {
      if (error instanceof ProfileError) errors.push(...error.issues);
      else throw error;
    }
  });
  return { profiles, errors, warnings };
}

// ---------------------------------------------------------------------------------------------
// Merging and lookup
// ---------------------------------------------------------------------------------------------

function copyProfile(profile: ClientProfile): ClientProfile {
  const copy: ClientProfile = { ...profile };
  for (const key of LIST_FIELDS) copy[key] = [...profile[key]];
  if (profile.sources) copy.sources = [...profile.sources];
  if (profile.unreadable) copy.unreadable = [...profile.unreadable];
  return copy;
}

/**
 * A person's profile over their organisation's: lists unioned, single values from the person win,
 * notes joined (the organisation's first).
 */
export function mergeProfiles(
  organisation: ClientProfile | undefined,
  person: ClientProfile | undefined,
): ClientProfile | undefined {
  if (!organisation) return person ? copyProfile(person) : undefined;
  if (!person) return copyProfile(organisation);
  const merged: ClientProfile = copyProfile(organisation);
  const target = merged as unknown as Record<string, unknown>;
  for (const field of PROFILE_FIELDS) {
    const value = person[field.key];
    if (field.type === "list") {
      const key = field.key as ListField;
      merged[key] = uniqueCaseInsensitive([...organisation[key], ...person[key]]);
    } else if (field.type === "sources") {
      // Where each preference came from, the organisation's and the person's alike.
      const sources = [...(organisation.sources ?? []), ...(person.sources ?? [])];
      if (sources.length > 0) merged.sources = sources;
    } else if (field.key === "notes" && typeof value === "string" && value !== "") {
      // The organisation's notes gloss its own lists (what "strikes" means, the work that may
      // raise a topic): a person's own note is added below them, never put in their place.
      const own = organisation.notes;
      merged.notes = own && own !== value ? `${own}\n${value}` : value;
    } else if (value !== undefined && value !== "") {
      target[field.key] = value;
    }
  }
  // What could not be read of either stays known on the merged profile.
  const unreadable = [...(organisation.unreadable ?? []), ...(person.unreadable ?? [])];
  if (unreadable.length > 0) merged.unreadable = unreadable;
  return merged;
}

export { normaliseAddress };

/**
 * A match key as it is compared: trimmed, lower-case, without "mailto:", its domain in ASCII
 * (`@Müller.example` → `@xn--mller-kva.example`). Stored keys keep their own spelling.
 */
export function canonicalKey(key: string): string {
  const plain = key.trim().replace(/^mailto:/i, "");
  return plain.startsWith("@")
    ? `@${normaliseAddress(`x${plain}`).slice(2)}`
    : normaliseAddress(plain);
}

/**
 * The spellings a stored key for this canonical key may have: itself, and for an internationalised
 * domain its Unicode form (a key may be written either way). What a filtered lookup asks for.
 */
export function keySpellings(key: string): string[] {
  const at = key.lastIndexOf("@");
  const unicode = key.slice(0, at + 1) + unicodeDomain(key.slice(at + 1));
  return unicode === key ? [key] : [key, unicode];
}

/** The keys that can cover an address, by kind (all canonical). */
export interface AddressKeys {
  /** The address itself, then for `local+tag@domain` the address without the tag. */
  person: string[];
  /** `@domain`, then its parent domains nearest first, never a public suffix (domain-names.ts). */
  organisations: string[];
}

/** The keys that can cover an address, or undefined for one without a usable domain. */
export function addressKeys(address: string): AddressKeys | undefined {
  const normalised = normaliseAddress(address);
  const at = normalised.lastIndexOf("@");
  if (at <= 0 || at === normalised.length - 1) return undefined;
  const local = normalised.slice(0, at);
  const domain = normalised.slice(at + 1);
  const person = [normalised];
  // Plus-addressing: "megge+deal@x" is Megge's mailbox; her own profile answers when nobody
  // has one for the tagged address.
  const plus = local.indexOf("+");
  if (plus > 0) person.push(`${local.slice(0, plus)}@${domain}`);
  return {
    person,
    organisations: [domain, ...parentDomains(domain)].map((d) => `@${d}`),
  };
}

/**
 * The match keys that can cover an address, every kind, most specific first: the address, the
 * address without a +tag, its @domain, the parent domains. Empty for "" or a key.
 */
export function matchKeysFor(address: string): string[] {
  const keys = addressKeys(address);
  return keys ? [...keys.person, ...keys.organisations] : [];
}

/**
 * Which stored keys cover an address: the person's (the exact address wins over the untagged
 * one) and every organisation's, nearest first. `has` says whether a profile is stored under a
 * canonical key.
 */
export function coveringKeys(
  address: string,
  has: (key: string) => boolean,
): { person?: string; organisations: string[] } | undefined {
  const keys = addressKeys(address);
  if (!keys) return undefined;
  const person = keys.person.find(has);
  return { ...(person ? { person } : {}), organisations: keys.organisations.filter(has) };
}

/**
 * For each address, its effective profile from profiles keyed by canonical matchKey
 * (indexProfiles), or undefined when none covers it: the farthest parent domain's organisation
 * profile, then each nearer one, then the person's, each merged over the last (the nearer wins).
 * Result keyed by the normalised address.
 */
export function resolveProfiles(
  addresses: Iterable<string>,
  byMatchKey: ReadonlyMap<string, ClientProfile>,
): Map<string, ClientProfile | undefined> {
  const result = new Map<string, ClientProfile | undefined>();
  for (const address of addresses) {
    const covering = coveringKeys(address, (key) => byMatchKey.has(key));
    if (!covering) continue;
    const addressKey = normaliseAddress(address);
    if (result.has(addressKey)) continue;
    let merged: ClientProfile | undefined;
    for (const key of [...covering.organisations].reverse()) {
      merged = mergeProfiles(merged, byMatchKey.get(key));
    }
    merged = mergeProfiles(merged, covering.person ? byMatchKey.get(covering.person) : undefined);
    const parents = covering.organisations
      .filter((key) => key !== `@${addressKey.slice(addressKey.lastIndexOf("@") + 1)}`)
      .map((key) => byMatchKey.get(key)!.matchKey);
    if (merged) {
      delete merged.fromParentDomains;
      if (parents.length > 0) merged.fromParentDomains = parents;
    }
    result.set(addressKey, merged);
  }
  return result;
}

/** Profiles keyed by canonical matchKey (canonicalKey), for resolveProfiles. */
export function indexProfiles(profiles: Iterable<ClientProfile>): Map<string, ClientProfile> {
  const map = new Map<string, ClientProfile>();
  for (const profile of profiles) map.set(canonicalKey(profile.matchKey), profile);
  return map;
}

// ---------------------------------------------------------------------------------------------
// Serialising
// ---------------------------------------------------------------------------------------------

/** A profile value as the JSON file holds it: text, a list of text, or a list of sources. */
export type SerialisedValue = string | string[] | PreferenceSource[];

/** The JSON file form: keys in PROFILE_FIELDS order, empty values left out. */
export function serialiseProfile(profile: ClientProfile): Record<string, SerialisedValue> {
  const result: Record<string, SerialisedValue> = {};
  for (const field of PROFILE_FIELDS) {
    const value = profile[field.key];
    if (value === undefined || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length > 0) result[field.key] = [...value] as SerialisedValue;
    } else result[field.key] = value;
  }
  return result;
}

/**
 * One field as text: lists joined with `listSeparator`, sources as JSON, absent as "". The form
 * of a CSV cell, a SharePoint column and the editor's text box alike.
 */
export function fieldText(
  field: ProfileFieldInfo,
  profile: ClientProfile,
  listSeparator = "; ",
): string {
  if (field.type === "sources")
    return profile.sources?.length ? sourcesToText(profile.sources) : "";
  const value = profile[field.key];
  return Array.isArray(value) ? value.join(listSeparator) : ((value as string | undefined) ?? "");
}

/**
 * One flat row: every PROFILE_CSV_HEADERS key present, lists joined with `listSeparator`
 * ("; " for CSV, "\n" for the SharePoint multi-line columns).
 */
export function profileToRow(profile: ClientProfile, listSeparator = "; "): Record<string, string> {
  const row: Record<string, string> = {};
  for (const field of PROFILE_FIELDS) row[field.key] = fieldText(field, profile, listSeparator);
  return row;
}

/** A profile with nothing asked yet: every list empty, every single value unset. */
export function emptyProfile(matchKey: string): ClientProfile {
  return {
    matchKey,
    avoidNames: [],
    preferredChannels: [],
    avoidChannels: [],
    bannedBillingPhrases: [],
    competitors: [],
    avoidTopics: [],
  };
}
