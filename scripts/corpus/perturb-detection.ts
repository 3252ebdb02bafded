/**
 * The detection corpus rewritten by one detection kind at a time (scripts/corpus/perturb.ts,
 * DETECTION_PERTURBATIONS), scored against its expectations put through the same rewrite. A kind
 * edits only what the author wrote: the subject, an invitation's location, the attachments'
 * names and the body's authored ranges (not quoted history, a signature or a footer); never a
 * hard negative's text, so a negative stays the case its writer built.
 */
import { analyseDraft, type AnalysedField } from "../../src/core/analysis";
import type { Draft } from "../../src/core/draft";
import type { DetectionCase } from "./cases";
import {
  applyEdits,
  type DetectionContext,
  type DetectionPerturbation,
  type TextEdit,
} from "./perturb";
import type { LoadedDraft } from "./run-detection";

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Where the case's hard negatives' snippets stand in `text` (case-insensitive, any white space). */
function negativeRanges(c: DetectionCase, text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const n of c.negatives) {
    if (n.text === undefined) continue;
    const words = n.text.trim().split(/\s+/).map(escapeForPattern);
    const pattern = new RegExp(words.join("\\s+").replace(/['’]/g, "['’]"), "gi");
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      ranges.push({ start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return ranges;
}

/** The kind's edits to `text` that no hard negative's snippet touches. */
function allowedEdits(
  p: DetectionPerturbation,
  c: DetectionCase,
  text: string,
  context: DetectionContext,
): TextEdit[] {
  const protectedRanges = negativeRanges(c, text);
  return p
    .edits(text, context)
    .filter((e) => !protectedRanges.some((r) => r.start < e.end && e.start < r.end));
}

/** Whether [start, end) of the body's plain text lies in what checks read (the author's text). */
function authored(field: AnalysedField, start: number, end: number): boolean {
  return field.spans.some((s) => s.start <= start && end <= s.end);
}

export interface PerturbedDraft {
  draft: Draft;
  /** Edits made, and edits of authored body text that could not be placed in the source. */
  made: number;
  unplaced: number;
}

/** The draft rewritten by `p` where its author wrote, or undefined when nothing changes. */
export function perturbDraft(
  p: DetectionPerturbation,
  item: LoadedDraft,
): PerturbedDraft | undefined {
  const draft = item.draft;
  if (!draft) return undefined;
  const c = item.case;
  let made = 0;
  let unplaced = 0;
  const rewrite = (text: string) => {
    const edits = allowedEdits(p, c, text, item.context);
    made += edits.length;
    return applyEdits(text, edits);
  };
  const subject = rewrite(draft.subject ?? "");
  const attachments = (draft.attachments ?? []).map(rewrite);
  const location = draft.location === undefined ? undefined : rewrite(draft.location);
  // The body: edits found in its plain text, in the author's ranges, carried to the source
  // (HTML or text) where the source holds the same characters.
  const body = analyseDraft(draft).body;
  const offsets = body.sourceOffsets;
  const content = draft.body.content ?? "";
  const sourceEdits: TextEdit[] = [];
  for (const edit of allowedEdits(p, c, body.text, item.context)) {
    if (!authored(body, edit.start, edit.end)) continue;
    const start = offsets?.[edit.start];
    const last = offsets?.[edit.end - 1];
    if (
      start === undefined ||
      last === undefined ||
      content.slice(start, last + 1) !== body.text.slice(edit.start, edit.end)
    ) {
      unplaced++;
      continue;
    }
    sourceEdits.push({ start, end: last + 1, text: edit.text });
  }
  made += sourceEdits.length;
  if (made === 0) return undefined;
  const rewritten: Draft = {
    ...draft,
    subject,
    attachments,
    body: { ...draft.body, content: applyEdits(content, sourceEdits) },
  };
  if (location !== undefined) rewritten.location = location;
  return { draft: rewritten, made, unplaced };
}

/** The case with its expected snippets put through the same edits (negatives as written). */
export function perturbedCase(
  p: DetectionPerturbation,
  c: DetectionCase,
  context: DetectionContext,
): DetectionCase {
  return {
    ...c,
    findings: c.findings.map((f) =>
      f.text === undefined ? f : { ...f, text: applyEdits(f.text, p.edits(f.text, context)) },
    ),
  };
}
