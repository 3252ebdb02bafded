/**
 * Validate an admin's policy.json (docs/outlook.md, "Policy file"). A bad value, or a check id
 * that is not a check's, rejects the whole file, so a typo can never silently weaken checking;
 * unknown top-level keys are only reported. Only own keys are read, and every key written into
 * the result is on a list (settings, check ids, topics): "__proto__" or "constructor" in the
 * file can neither set a prototype nor pass as a setting.
 */
import { CHECK_IDS } from "../core/check-ids";
import { CHECK_FAILURE_ACTIONS, type CheckPolicy, type Policy } from "../core/policy";
import type { CheckFailureAction } from "../core/policy";
import type { Severity } from "../core/finding";
import { ASK_PLACEHOLDERS, ASK_TOPICS, type AskTopic, type AskWording } from "../core/ask";

export class PolicyError extends Error {
  constructor(readonly problems: string[]) {
    super(`policy.json is not valid: ${problems.join("; ")}`);
    this.name = "PolicyError";
  }
}

const SEVERITIES: readonly string[] = ["info", "warning", "error"];
/** Shorthand per check: a severity, "off", or "monitor" (recorded, never stops a send). */
const CHECK_SHORTHANDS: readonly string[] = [...SEVERITIES, "off", "monitor"];
const TOP_LEVEL_KEYS = [
  "$schema",
  "enabled",
  "monitorOnly",
  "checks",
  "internalDomains",
  "includeQuotedHistory",
  "onCheckFailure",
  "ask",
];
/** Longest piece of "ask" wording: a sentence or two, inserted into a lawyer's message. */
const ASK_TEXT_MAX = 400;
const ASK_TEXT_KEYS = ["intro", "confirm", "outro"] as const;
const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own property only: nothing inherited passes as a setting. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "string" ? `"${value}"` : typeof value;
}

function parseCheck(id: string, raw: unknown, problems: string[]): CheckPolicy | undefined {
  if (typeof raw === "string") {
    if (!CHECK_SHORTHANDS.includes(raw)) {
      problems.push(
        `checks.${id} must be one of ${CHECK_SHORTHANDS.join(", ")}, not ${describe(raw)}`,
      );
      return undefined;
    }
    return raw === "monitor" ? { monitorOnly: true } : { severity: raw as Severity | "off" };
  }
  if (!isRecord(raw)) {
    problems.push(`checks.${id} must be a string or an object, not ${describe(raw)}`);
    return undefined;
  }
  const check: CheckPolicy = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === "severity") {
      if (typeof value !== "string" || ![...SEVERITIES, "off"].includes(value)) {
        problems.push(
          `checks.${id}.severity must be info, warning, error or off, not ${describe(value)}`,
        );
      } else {
        check.severity = value as Severity | "off";
      }
    } else if (key === "monitorOnly") {
      if (typeof value !== "boolean")
        problems.push(`checks.${id}.monitorOnly must be true or false`);
      else check.monitorOnly = value;
    } else {
      problems.push(`checks.${id}.${key} is not a known setting`);
    }
  }
  return check;
}

/** One piece of "ask" wording: non-empty text, one paragraph, only known placeholders. */
function askText(where: string, value: unknown, problems: string[]): string | undefined {
  if (typeof value !== "string" || value.trim() === "") {
    problems.push(`${where} must be non-empty text, not ${describe(value)}`);
    return undefined;
  }
  if (value.length > ASK_TEXT_MAX) {
    problems.push(
      `${where} is ${value.length} characters long; at most ${ASK_TEXT_MAX} are allowed`,
    );
    return undefined;
  }
  if (/[\r\n]/.test(value)) {
    problems.push(`${where} must be one line (it is inserted as part of one paragraph)`);
    return undefined;
  }
  // An exec loop, not matchAll: this file runs in the launch-event bundle (ES2016 built-ins).
  const unknown: string[] = [];
  const placeholder = /\{\{\s*([^}]*?)\s*\}\}/g;
  for (let m = placeholder.exec(value); m; m = placeholder.exec(value))
    if (!(ASK_PLACEHOLDERS as readonly string[]).includes(m[1]!)) unknown.push(m[1]!);
  if (unknown.length > 0) {
    problems.push(
      `${where} uses {{${unknown[0]}}}; the only placeholder is ${ASK_PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}`,
    );
    return undefined;
  }
  return value.trim();
}

/** policy.json "ask": the firm's wording for "Ask <first name>". */
function parseAsk(raw: unknown, problems: string[]): AskWording | undefined {
  if (!isRecord(raw)) {
    problems.push(`ask must be an object (intro, questions, confirm, outro), not ${describe(raw)}`);
    return undefined;
  }
  const wording: AskWording = {};
  for (const [key, value] of Object.entries(raw)) {
    if ((ASK_TEXT_KEYS as readonly string[]).includes(key)) {
      const text = askText(`ask.${key}`, value, problems);
      if (text) wording[key as (typeof ASK_TEXT_KEYS)[number]] = text;
    } else if (key === "questions") {
      if (!isRecord(value)) {
        problems.push(
          `ask.questions must be an object keyed by topic (${ASK_TOPICS.join(", ")}), not ${describe(value)}`,
        );
        continue;
      }
      const questions: Partial<Record<AskTopic, string>> = {};
      for (const [topic, question] of Object.entries(value)) {
        if (!(ASK_TOPICS as readonly string[]).includes(topic)) {
          problems.push(
            `ask.questions.${topic} is not a topic; the topics are ${ASK_TOPICS.join(", ")}`,
          );
          continue;
        }
        const text = askText(`ask.questions.${topic}`, question, problems);
        if (text) questions[topic as AskTopic] = text;
      }
      wording.questions = questions;
    } else {
      problems.push(`ask.${key} is not a known setting (intro, questions, confirm, outro)`);
    }
  }
  return wording;
}

/** Parse a policy object (already JSON-decoded). Throws PolicyError listing every problem. */
export function parsePolicy(
  raw: unknown,
  options: { unknownChecks?: "reject" | "ignore" } = {},
): { policy: Policy; warnings: string[] } {
  if (!isRecord(raw)) throw new PolicyError([`expected a JSON object, found ${describe(raw)}`]);
  const problems: string[] = [];
  const warnings: string[] = [];
  const policy: Policy = {};

  for (const key of ["enabled", "monitorOnly", "includeQuotedHistory"] as const) {
    const value = own(raw, key);
    if (value === undefined) continue;
    if (typeof value !== "boolean")
      problems.push(`${key} must be true or false, not ${describe(value)}`);
    else policy[key] = value;
  }

  const value = own(raw, "onCheckFailure");
  if (value !== undefined) {
    if (typeof value !== "string" || !CHECK_FAILURE_ACTIONS.includes(value as CheckFailureAction))
      problems.push(
        `onCheckFailure must be ${CHECK_FAILURE_ACTIONS.map((a) => `"${a}"`).join(" or ")}, not ${describe(value)}`,
      );
    else policy.onCheckFailure = value as CheckFailureAction;
  }

  const internalDomains = own(raw, "internalDomains");
  if (internalDomains !== undefined) {
    if (!Array.isArray(internalDomains)) {
      problems.push(`internalDomains must be a list of domains, not ${describe(internalDomains)}`);
    } else {
      const domains: string[] = [];
      internalDomains.forEach((value: unknown, index) => {
        const domain =
          typeof value === "string" ? value.trim().toLowerCase().replace(/^@/, "") : "";
        if (!DOMAIN.test(domain)) {
          problems.push(`internalDomains[${index}] is not a domain: ${describe(value)}`);
        } else {
          domains.push(domain);
        }
      });
      policy.internalDomains = domains;
    }
  }

  const rawChecks = own(raw, "checks");
  if (rawChecks !== undefined) {
    if (!isRecord(rawChecks)) {
      problems.push(`checks must be an object keyed by check id, not ${describe(rawChecks)}`);
    } else {
      const checks: Record<string, CheckPolicy> = {};
      for (const [id, value] of Object.entries(rawChecks)) {
        // A misspelt id would leave its check as it was: the whole file is refused instead.
        if (!(CHECK_IDS as readonly string[]).includes(id)) {
          if (options.unknownChecks === "ignore") warnings.push(`checks.${id} is not a check`);
          else problems.push(`checks.${id} is not a check; the checks are ${CHECK_IDS.join(", ")}`);
          continue;
        }
        const check = parseCheck(id, value, problems);
        if (check) checks[id] = check;
      }
      policy.checks = checks;
    }
  }

  const rawAsk = own(raw, "ask");
  if (rawAsk !== undefined) {
    const ask = parseAsk(rawAsk, problems);
    if (ask) policy.ask = ask;
  }

  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.includes(key))
      warnings.push(`${key} is not a known setting and was ignored`);
  }
  if (problems.length > 0) throw new PolicyError(problems);
  return { policy, warnings };
}
