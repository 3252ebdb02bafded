/**
 * `rapport listen`: the preferences clients state in messages they sent, as suggested changes to
 * their profiles (issue 14). Reads .eml files with the same MIME reader as `check`; nothing is
 * written anywhere: recording a suggestion is the task pane's, on a lawyer's click.
 */
import { Command, Option } from "commander";
import { normaliseAddress, recipientDisplay, type Draft } from "../../core/draft";
import { dayOf, listen, type ClientMessage, type Suggestion } from "../../core/listen";
import { atFirm } from "../../core/listen/relay";
import { matchKeysFor, PROFILE_FIELDS, type ClientProfile } from "../../core/profile";
import { singleLine, singleLineShort } from "../../core/text";
import type { ProfileSource } from "../../profiles/source";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from "../context";
import { parseInternalDomains } from "../internal-domains";
import type { CommandDefinition } from "../main";
import { PROFILE_LOADERS } from "../profile-loaders";
import { DraftReadError, readDraftFile } from "../read-draft";

interface ListenOptions extends Record<string, unknown> {
  format: "text" | "json";
  internalDomain?: string[];
}

export interface MessageResult {
  file: string;
  /** The sender's address; absent when the message could not be read. */
  from?: string;
  fromName?: string;
  /** Who wrote it for `from`, when the Sender header names a delegate: "Sam Okafor <sam@…>". */
  sentBy?: string;
  date?: string;
  subject?: string;
  suggestions: Suggestion[];
  /** Why the message could not be read or heard. */
  error?: string;
}

export const listenCommand: CommandDefinition = (io, setExitCode) => {
  const command = new Command("listen")
    .description(
      "Hear the preferences clients state in messages they sent: suggested changes to their profiles, each with its quote.",
    )
    .argument("<messages...>", "messages received from clients: RFC 822 files (.eml)");
  for (const loader of PROFILE_LOADERS) loader.addOptions(command);
  command
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["text", "json"])
        .default("text"),
    )
    .option(
      "--internal-domain <domain>",
      "the firm's own domain: its people are never a client's principal, and a message from there is a colleague's, not heard (repeatable)",
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .addHelpText(
      "after",
      `
Profiles are optional: with them, a suggestion the profile already holds is marked as a
confirmation. Nothing is written to the profiles. Give the firm's domains with --internal-domain
(as the task pane knows them from the policy and the mailbox): a wish an assistant relays for
"Mr Wright" is then never filed on the firm's own Dan Wright in Cc.

Exit codes: 0 nothing heard, 1 suggestions heard, 2 bad usage or an unreadable message.

Examples:
  rapport listen --profiles assets/sample-profiles.json inbox/*.eml
  rapport listen --internal-domain lawfirm.example inbox/*.eml
  rapport listen --site https://contoso.sharepoint.com/sites/clients --format json message.eml`,
    )
    .action(async (messages: string[], options: ListenOptions) => {
      setExitCode(await runListen(messages, options, io));
    });
  return command;
};

/** At most one profile source; none is fine (every suggestion is then new). */
async function optionalProfileSource(
  options: Record<string, unknown>,
  io: CliIo,
): Promise<ProfileSource | undefined> {
  // Say so before signing in anywhere: "--site URL" is given when options.site is.
  const given = PROFILE_LOADERS.filter((loader) => {
    const key = /^--([\w-]+)/
      .exec(loader.option)?.[1]
      ?.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    return key !== undefined && options[key] !== undefined;
  });
  if (given.length > 1) {
    throw new UsageError(`give only one of ${given.map((l) => l.option).join(", ")}`);
  }
  const chosen: { option: string; source: ProfileSource }[] = [];
  for (const loader of PROFILE_LOADERS) {
    const source = await loader.load(options, io);
    if (source) chosen.push({ option: loader.option, source });
  }
  if (chosen.length > 1) {
    throw new UsageError(`give only one of ${chosen.map((c) => c.option).join(", ")}`);
  }
  return chosen[0]?.source;
}

async function runListen(files: string[], options: ListenOptions, io: CliIo): Promise<number> {
  const firmDomains = parseInternalDomains(options.internalDomain);
  const source = await optionalProfileSource(options, io);
  const profiles = new ProfilesByKey(source);
  const results: MessageResult[] = [];
  for (const file of files) results.push(await listenOne(file, profiles, io, firmDomains));
  io.stdout(
    options.format === "json" ? formatListenJson(results) : formatListenText(results, io.color),
  );
  if (results.some((r) => r.error !== undefined)) return EXIT_USAGE;
  return results.some((r) => r.suggestions.length > 0) ? EXIT_FINDINGS : EXIT_OK;
}

/** Stored profiles by matchKey, each fetched once per run (also the learning caches' way in). */
export class ProfilesByKey {
  private readonly fetched = new Map<string, Promise<ClientProfile | undefined>>();

  constructor(private readonly source: ProfileSource | undefined) {}

  /** Every person a profile file holds (a site is not listed in full: its people are looked up). */
  everyone(): ClientProfile[] {
    const all = (this.source as { all?: () => ClientProfile[] } | undefined)?.all;
    return typeof all === "function"
      ? all.call(this.source).filter((p) => !p.matchKey.startsWith("@"))
      : [];
  }

  /**
   * The profiles listening is given for a message: every person of a profile file, and the
   * sender's and each recipient's own (a principal the sender writes for may be among them;
   * core/listen/relay.ts).
   */
  async forMessage(
    address: string,
    recipients: readonly { address: string }[],
  ): Promise<ClientProfile[]> {
    return [
      ...this.everyone(),
      ...(await this.around(address)),
      ...(await Promise.all(recipients.map((r) => this.around(r.address)))).flat(),
    ];
  }

  async around(address: string): Promise<ClientProfile[]> {
    if (!this.source) return [];
    const found = await Promise.all(matchKeysFor(address).map((key) => this.get(key, address)));
    return found.filter((p): p is ClientProfile => p !== undefined);
  }

  private get(key: string, address: string): Promise<ClientProfile | undefined> {
    let profile = this.fetched.get(key);
    if (!profile) {
      const source = this.source!;
      profile = source.get
        ? source.get(key).then((stored) => stored?.profile)
        : // A source that can only look up addresses: the person's view, merged.
          source.lookup([address]).then((map) => (key.startsWith("@") ? undefined : map.get(key)));
      this.fetched.set(key, profile);
    }
    return profile;
  }
}

async function listenOne(
  file: string,
  profiles: ProfilesByKey,
  io: CliIo,
  firmDomains: readonly string[],
): Promise<MessageResult> {
  let draft;
  try {
    draft = await readDraftFile(file);
  } catch (error) {
    const reason = error instanceof DraftReadError ? error.reason : String(error);
    io.stderr(`rapport: ${singleLine(`${file}: ${reason}`)}\n`);
    return { file, suggestions: [], error: reason };
  }
  const address = draft.from?.address ? normaliseAddress(draft.from.address) : "";
  if (!address.includes("@")) {
    const reason =
      "the message has no sender address (From), so whose preferences it states is unknown";
    io.stderr(`rapport: ${singleLine(`${file}: ${reason}`)}\n`);
    return { file, suggestions: [], error: reason };
  }
  // A colleague's message (forwarded client text among it) is not heard, as in the task pane.
  if (atFirm(address, firmDomains)) return { file, from: address, suggestions: [] };
  let known: ClientProfile[];
  try {
    known = await profiles.forMessage(address, recipientsOf(draft));
  } catch (error) {
    throw new UsageError(
      `profiles for ${address}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const suggestions = listen(clientMessageOf(draft), known, undefined, { firmDomains });
  return {
    file,
    from: address,
    ...(draft.from?.name ? { fromName: draft.from.name } : {}),
    ...(draft.sender ? { sentBy: recipientDisplay(draft.sender) } : {}),
    ...(draft.date ? { date: draft.date } : {}),
    subject: draft.subject,
    suggestions,
  };
}

/**
 * Exactly `{"messages":[{"file","from","suggestions":[{"profile","field","op","value","quote",
 * "start","end","alreadyKnown"}]}]}`, with "error" (and no "from") for an unreadable message.
 */
export function formatListenJson(results: readonly MessageResult[]): string {
  const messages = results.map((r) => {
    const suggestions = r.suggestions.map((s) => ({
      profile: s.profile,
      field: s.field,
      op: s.op,
      value: s.value,
      quote: s.quote,
      start: s.start,
      end: s.end,
      alreadyKnown: s.alreadyKnown,
    }));
    return r.error === undefined
      ? { file: r.file, from: r.from, suggestions }
      : { file: r.file, suggestions, error: r.error };
  });
  return `${JSON.stringify({ messages }, null, 2)}\n`;
}

const ANSI = { reset: "\u001b[0m", bold: "\u001b[1m", dim: "\u001b[2m", red: "\u001b[31m" };

const LABELS = new Map<string, string>(PROFILE_FIELDS.map((f) => [f.key, f.label]));

// Vocabulary values as a lawyer reads them.
const VALUE_WORDS: Readonly<Record<string, string>> = {
  teams: "Teams",
  zoom: "Zoom",
  webex: "Webex",
  "google-meet": "Google Meet",
  sms: "text messages",
  whatsapp: "WhatsApp",
  email: "e-mail",
  phone: "phone calls",
  post: "post",
  "in-person": "in person",
  video: "video calls",
  signal: "Signal",
  summary: "summary (no time-entry detail)",
  detailed: "detailed",
  avoid: "avoid (no invitations)",
  welcome: "welcome",
};

function shownValue(s: Suggestion): string {
  const choice =
    s.field === "preferredChannels" ||
    s.field === "avoidChannels" ||
    s.field === "meetingPlatform" ||
    s.field === "billingDetail" ||
    s.field === "entertainment";
  return choice ? (VALUE_WORDS[s.value] ?? s.value) : `"${singleLine(s.value)}"`;
}

/** One block per message, suggestions grouped by the profile they change. */
export function formatListenText(results: readonly MessageResult[], color: boolean): string {
  const paint = (style: string, text: string) => (color ? `${style}${text}${ANSI.reset}` : text);
  const lines: string[] = [];
  let heard = 0;
  let confirmations = 0;
  let unreadable = 0;
  for (const result of results) {
    lines.push(paint(ANSI.bold, singleLine(result.file)));
    if (result.error !== undefined) {
      unreadable++;
      lines.push(`  ${paint(ANSI.red, "could not be read:")} ${singleLine(result.error)}`, "");
      continue;
    }
    const sender = recipientDisplay({
      address: result.from ?? "",
      ...(result.fromName ? { name: result.fromName } : {}),
    });
    const about = [
      result.sentBy ? `sent by ${singleLine(result.sentBy)} for them` : "",
      result.date ? `sent ${singleLine(dayOf(result.date) ?? result.date)}` : "",
      result.subject ? `"${singleLineShort(result.subject, 80)}"` : "",
    ].filter(Boolean);
    lines.push(
      `  ${paint(ANSI.dim, "from")} ${singleLine(sender)}${about.length ? ` ${paint(ANSI.dim, "·")} ${about.join(" ")}` : ""}`,
    );
    if (result.suggestions.length === 0) {
      lines.push(`  ${paint(ANSI.dim, "no preference heard")}`, "");
      continue;
    }
    const byProfile = new Map<string, Suggestion[]>();
    for (const s of result.suggestions)
      byProfile.set(s.profile, [...(byProfile.get(s.profile) ?? []), s]);
    for (const [profile, suggestions] of byProfile) {
      const whose = profile.startsWith("@")
        ? `their organisation (${profile})`
        : `their own profile (${profile})`;
      lines.push(`  for ${singleLine(whose)}:`);
      for (const s of suggestions) {
        if (s.alreadyKnown) confirmations++;
        else heard++;
        // A withdrawal says so plainly: the value on file leaves the list.
        const action = s.op === "set" ? "set to" : s.op === "remove" ? "remove" : "add";
        const status = s.alreadyKnown
          ? paint(ANSI.dim, " (already recorded: a confirmation)")
          : s.op === "remove"
            ? paint(ANSI.dim, " (withdrawn by the client: on file, no longer wanted)")
            : "";
        lines.push(`    ${LABELS.get(s.field) ?? s.field}: ${action} ${shownValue(s)}${status}`);
        lines.push(`      ${paint(ANSI.dim, "heard in")} "${singleLineShort(s.quote, 160)}"`);
      }
    }
    lines.push("");
  }
  const count = (n: number, word: string, plural = `${word}s`) => `${n} ${n === 1 ? word : plural}`;
  const summary = [
    count(results.length, "message"),
    count(heard, "suggested change"),
    count(confirmations, "confirmation"),
  ];
  if (unreadable > 0) summary.push(`${unreadable} unreadable`);
  lines.push(summary.join(", "));
  return `${lines.join("\n")}\n`;
}

/** To and Cc, addresses normalised: whom the message went to (Bcc is not the client's business). */
function recipientsOf(draft: Draft): NonNullable<ClientMessage["recipients"]> {
  return draft.recipients
    .filter((r) => r.kind !== "bcc")
    .map((r) => ({ address: normaliseAddress(r.address), ...(r.name ? { name: r.name } : {}) }));
}

/** A read message as listening takes it (also the corpus scripts' way in). */
export function clientMessageOf(draft: Draft): ClientMessage {
  const recipients = recipientsOf(draft);
  return {
    from: {
      address: normaliseAddress(draft.from?.address ?? ""),
      ...(draft.from?.name ? { name: draft.from.name } : {}),
    },
    // A delegate sending from the principal's mailbox: their words, the principal's profile.
    ...(draft.sender
      ? {
          sender: {
            address: normaliseAddress(draft.sender.address),
            ...(draft.sender.name ? { name: draft.sender.name } : {}),
          },
        }
      : {}),
    ...(draft.date ? { date: draft.date } : {}),
    subject: draft.subject,
    body: draft.body,
    ...(recipients.length > 0 ? { recipients } : {}),
  };
}
