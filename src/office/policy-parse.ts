/**
 * Validate an admin's policy.json (docs/outlook.md, "Policy file"). A bad value rejects the whole
 * file, so a typo can never silently weaken checking; unknown keys are only reported.
 */
import { CHECK_FAILURE_ACTIONS, type CheckPolicy, type Policy } from "../core/policy";
import type { CheckFailureAction } from "../core/policy";
import type { Severity } from "../core/finding";

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
];
const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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

/** Parse a policy object (already JSON-decoded). Throws PolicyError listing every problem. */
export function parsePolicy(raw: unknown): { policy: Policy; warnings: string[] } {
  if (!isRecord(raw)) throw new PolicyError([`expected a JSON object, found ${describe(raw)}`]);
  const problems: string[] = [];
  const warnings: string[] = [];
  const policy: Policy = {};

  for (const key of ["enabled", "monitorOnly", "includeQuotedHistory"] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== "boolean")
      problems.push(`${key} must be true or false, not ${describe(value)}`);
    else policy[key] = value;
  }

  if (raw.onCheckFailure !== undefined) {
    const value = raw.onCheckFailure;
    if (typeof value !== "string" || !CHECK_FAILURE_ACTIONS.includes(value as CheckFailureAction))
      problems.push(
        `onCheckFailure must be ${CHECK_FAILURE_ACTIONS.map((a) => `"${a}"`).join(" or ")}, not ${describe(value)}`,
      );
    else policy.onCheckFailure = value as CheckFailureAction;
  }

  if (raw.internalDomains !== undefined) {
    if (!Array.isArray(raw.internalDomains)) {
      problems.push(
        `internalDomains must be a list of domains, not ${describe(raw.internalDomains)}`,
      );
    } else {
      const domains: string[] = [];
      raw.internalDomains.forEach((value: unknown, index) => {
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

  if (raw.checks !== undefined) {
    if (!isRecord(raw.checks)) {
      problems.push(`checks must be an object keyed by check id, not ${describe(raw.checks)}`);
    } else {
      const checks: Record<string, CheckPolicy> = {};
      for (const [id, value] of Object.entries(raw.checks)) {
        const check = parseCheck(id, value, problems);
        if (check) checks[id] = check;
      }
      policy.checks = checks;
    }
  }

  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.includes(key))
      warnings.push(`${key} is not a known setting and was ignored`);
  }
  if (problems.length > 0) throw new PolicyError(problems);
  return { policy, warnings };
}
