/**
 * The two outputs of `rapport check`: JSON for machines, and a report for people grouped by
 * draft, then recipient. Mail and profile text is untrusted: every value printed goes through
 * singleLine (no escape sequences, no line breaks that forge a report line, no bidi reordering),
 * and nothing of the body but the evidence is printed.
 */
import { analyseDraft } from "../core/analysis";
import { recipientDisplay, type Draft } from "../core/draft";
import type { Evidence, Finding, Severity } from "../core/finding";
import type { Policy } from "../core/policy";
import { singleLine, singleLineShort } from "../core/text/single-line";

export interface DraftResult {
  file: string;
  /** Absent when the file could not be read. */
  draft?: Draft;
  findings: Finding[];
  /** Why the file could not be read. */
  error?: string;
}

/**
 * Exactly `{"drafts":[{"file", "findings", "error"?}]}`. JSON escapes control characters itself;
 * line separators and bidi controls, which it leaves as they are, are escaped too (the same
 * data, but a terminal showing it cannot be made to reorder or break lines).
 */
export function formatJsonReport(results: readonly DraftResult[]): string {
  const drafts = results.map(({ file, findings, error }) =>
    error === undefined ? { file, findings } : { file, findings, error },
  );
  return `${escapeInvisible(JSON.stringify({ drafts }, null, 2))}\n`;
}

/** JSON text with U+2028/2029, bidi and zero-width characters written as \\uXXXX escapes. */
export function escapeInvisible(json: string): string {
  return json.replace(
    /[\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

const ANSI = {
  reset: "\u001b[0m",
  bold: "\u001b[1m",
  dim: "\u001b[2m",
  red: "\u001b[31m",
  yellow: "\u001b[33m",
  cyan: "\u001b[36m",
};

const SEVERITY_STYLE: Readonly<Record<Severity, string>> = {
  error: ANSI.red,
  warning: ANSI.yellow,
  info: ANSI.cyan,
};

export function formatTextReport(
  results: readonly DraftResult[],
  policy: Policy,
  color: boolean,
): string {
  const paint = (style: string, text: string) => (color ? `${style}${text}${ANSI.reset}` : text);
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let unreadable = 0;

  for (const result of results) {
    lines.push(paint(ANSI.bold, singleLine(result.file)));
    if (result.error !== undefined) {
      unreadable++;
      lines.push(`  ${paint(ANSI.red, "could not be read:")} ${singleLine(result.error)}`, "");
      continue;
    }
    if (result.findings.length === 0) {
      lines.push(`  ${paint(ANSI.dim, "nothing to warn about")}`, "");
      continue;
    }
    const locate = result.draft ? locator(result.draft, policy) : () => "";
    for (const [recipient, findings] of groupByRecipient(result.findings)) {
      const name = findings[0]?.recipientName;
      lines.push(
        `  ${singleLine(recipientDisplay({ address: recipient, ...(name ? { name } : {}) }))}`,
      );
      for (const finding of findings) {
        totals[finding.severity]++;
        const label = finding.severity.padEnd(8);
        const monitor = finding.monitorOnly ? paint(ANSI.dim, " (monitor only)") : "";
        lines.push(
          `    ${paint(SEVERITY_STYLE[finding.severity], label)} ${singleLine(finding.message)} ${paint(ANSI.dim, `[${finding.check}]`)}${monitor}`,
        );
        if (finding.evidence) {
          lines.push(`             ${paint(ANSI.dim, "at")} ${locate(finding.evidence)}`);
        }
        if (finding.fix) {
          lines.push(`             ${paint(ANSI.dim, "fix:")} ${singleLine(finding.fix.label)}`);
        }
        if (finding.moreLikeThis) {
          // The engine keeps a few findings per check and recipient and counts the rest.
          lines.push(
            `             ${paint(ANSI.dim, `and ${finding.moreLikeThis} more like this`)}`,
          );
        }
      }
    }
    lines.push("");
  }

  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary = [
    count(results.length, "draft"),
    count(totals.error, "error"),
    count(totals.warning, "warning"),
    `${totals.info} info`,
  ];
  if (unreadable > 0) summary.push(`${unreadable} unreadable`);
  lines.push(summary.join(", "));
  return `${lines.join("\n")}\n`;
}

function groupByRecipient(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.recipient) ?? [];
    group.push(finding);
    groups.set(finding.recipient, group);
  }
  return groups;
}

/** `body 3:14 "Meg"`: where the evidence is, in the same plain text the checks read. */
function locator(draft: Draft, policy: Policy): (evidence: Evidence) => string {
  let bodyText: string | undefined;
  return (evidence) => {
    const quoted = `"${singleLineShort(evidence.text, 80)}"`;
    switch (evidence.field) {
      case "subject":
        return `subject 1:${evidence.start + 1} ${quoted}`;
      case "location":
        return `location 1:${evidence.start + 1} ${quoted}`;
      case "body": {
        bodyText ??= analyseDraft(draft, {
          includeQuotedHistory: policy.includeQuotedHistory ?? false,
        }).body.text;
        const { line, column } = lineColumn(bodyText, evidence.start);
        return `body ${line}:${column} ${quoted}`;
      }
      case "attachment": {
        const name = evidence.index === undefined ? undefined : draft.attachments[evidence.index];
        return `attachment ${name === undefined ? "" : `"${singleLine(name)}" `}${quoted}`;
      }
      case "recipient":
        return `recipient ${quoted}`;
    }
  };
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}
