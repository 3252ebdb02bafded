/**
 * How often the client wants to hear how things stand (statusUpdates, free text): "a short
 * update every month, before the board meets, is plenty for us", "Updates: Monday mornings",
 * "Only write when something happens". The value leads with the cadence (daily, weekly,
 * fortnightly, monthly, quarterly) and keeps the day and the occasion when given: "weekly, on
 * Fridays", "monthly, before the board meets". Praise for an update, a deadline ("by Friday"),
 * the cadence being replaced ("weekly was right early on") and "don't write weekly" are not heard.
 */
import type { Candidate, ClauseContext } from "../recogniser";

const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;

interface Cadence {
  name: string;
  pattern: RegExp;
}

const CADENCES: readonly Cadence[] = [
  {
    name: "fortnightly",
    pattern: new RegExp(
      String.raw`\b(?:fortnightly|bi-?weekly|every\s+(?:other|second)\s+(?:week|${DAY})|every\s+two\s+weeks|every\s+fortnight|once\s+a\s+fortnight|twice\s+a\s+month)\b`,
      "i",
    ),
  },
  {
    name: "quarterly",
    pattern:
      /\b(?:quarterly|every\s+quarter|each\s+quarter|once\s+a\s+quarter|(?:end|start)\s+of\s+(?:each|every)\s+quarter|every\s+three\s+months)\b/i,
  },
  {
    name: "monthly",
    pattern: new RegExp(
      String.raw`\b(?:monthly|every\s+month|each\s+month|once\s+a\s+month|(?:first|last|second|third|fourth)\s+(?:${DAY}|week|day|working\s+day)\s+of\s+(?:each|every|the)\s+month|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+of\s+(?:each|every|the)\s+month)\b`,
      "i",
    ),
  },
  {
    name: "weekly",
    pattern: new RegExp(
      String.raw`\b(?:weekly|every\s+week|each\s+week|once\s+a\s+week|every\s+${DAY}(?:\s+(?:morning|afternoon|evening|lunchtime))?|${DAY}\s+(?:mornings|afternoons|evenings)|on\s+${DAY}s|(?:regular\s+)?${DAY}\s+(?:updates?|notes?|reports?|e-?mails?|calls?))\b`,
      "i",
    ),
  },
  {
    name: "daily",
    pattern:
      /\b(?:daily|every\s+(?:single\s+)?(?:day|evening|morning)|each\s+day|once\s+a\s+day)\b/i,
  },
];

const EVENT_DRIVEN =
  /\b(?:only|just)\s+(?:write\s+|update\s+(?:me|us)\s+|get\s+in\s+touch\s+|contact\s+(?:me|us)\s+|let\s+(?:me|us)\s+know\s+|send\s+(?:me\s+|us\s+)?(?:a\s+)?(?:short\s+|quick\s+)?(?:note|line|update|e-?mail)\s+)?when\s+((?:something|anything|there(?:'s|\s+is)|news)[\w\s']{2,40}?)(?=\s*(?:[.,;!:-]|$))/i;

const UPDATE =
  /\b(?:updates?|update\s+me|note|notes|report|reports|reporting|summary|summaries|round-?up|status|letters?|e-?mails?|review|briefing|check-?ins?|catch-?ups?|calls?|write|hear|posted|informed|in\s+the\s+loop)\b/i;
const WANTED =
  /\b(?:ideal|fine|plenty|enough|sufficient|great|good|helpful|perfect|useful|appreciated|could\s+you|can\s+you|would\s+you|if\s+you\s+(?:would|could)|keep\s+me|more\s+(?:often\s+)?than|all\s+(?:we|i)\s+need|right\s+(?:rhythm|cadence|frequency)|will\s+do|would\s+like|'d\s+like|want|please|send\s+me|could\s+you\s+send|can\s+you\s+send|move\s+to|how\s+i\s+like|suits?|works|prefer|best|only)\b|^updates?\s*:/i;
const NEGATED = /\b(?:don't|do\s+not|no\s+need|not|never|stop|instead\s+of|rather\s+than)\b/i;

// The day and time, and the occasion it is timed for.
const WHEN = new RegExp(
  String.raw`\b(?:on\s+)?(?:${DAY}s?(?:\s+(?:mornings?|afternoons?|evenings?))?|at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)|by\s+the\s+\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+(?:each|every|the)\s+month)?|(?:first|last)\s+(?:${DAY}|week)\s+of\s+(?:each|every|the)\s+month)\b`,
  "i",
);
const OCCASION =
  /\b(?:(?:a|one|the)\s+(?:week|day)\s+)?(?:before|ahead\s+of)\s+(?:each\s+|every\s+|the\s+|our\s+)?[\w-]+(?:\s+(?!(?:is|are|would|will|so|and|but)\b)[\w-]+){0,3}/i;

function valueOf(text: string, cadence: Cadence, match: RegExpExecArray): string {
  const parts = [cadence.name];
  // The cadence as written when it says more ("every other Monday"), else the day it names.
  // "Once a month is enough": the sentence's capital goes; a day's stays ("every other Monday").
  const written = match[0]
    .trim()
    .replace(/^[A-Z](?=[a-z]+\b)(?!(?:onday|uesday|ednesday|hursday|riday|aturday|unday)\b)/, (c) =>
      c.toLowerCase(),
    );
  if (match[0].toLowerCase() !== cadence.name) parts.push(written);
  const when = WHEN.exec(text);
  const inside = when && when.index >= match.index && when.index < match.index + match[0].length;
  if (when && !inside) parts.push(when[0].trim());
  const occasion = OCCASION.exec(text);
  if (occasion) parts.push(occasion[0].trim());
  return [...new Set(parts.map((p) => p.replace(/\s+/g, " ")))].join(", ");
}

export function recogniseStatusUpdates(context: ClauseContext): Candidate[] {
  const text = context.clause.text;
  const event = EVENT_DRIVEN.exec(text);
  if (event && !NEGATED.test(text.slice(0, event.index))) {
    const value = `only when ${event[1]!.trim().toLowerCase()}`;
    return [{ field: "statusUpdates", value }];
  }
  const previousNamesUpdates =
    context.previous[0] !== undefined && UPDATE.test(context.previous[0].text);
  if ((!UPDATE.test(text) && !previousNamesUpdates) || !WANTED.test(text)) return [];
  for (const cadence of CADENCES) {
    const match = cadence.pattern.exec(text);
    if (!match) continue;
    // "No need to write more than once a month" sets the cadence; "don't write weekly" refuses it.
    const atMost = /\bmore\s+(?:often\s+)?than\s*$/i.test(text.slice(0, match.index));
    if (!atMost && NEGATED.test(text.slice(0, match.index))) return [];
    // The cadence is the update's: "a short update every month", "Updates: Monday mornings".
    const around = text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60);
    // "…stop with the weekly updates? Monthly is plenty.": the answer names only the cadence.
    const answer =
      match.index === 0 &&
      context.previous[0] !== undefined &&
      UPDATE.test(context.previous[0].text);
    if (!UPDATE.test(around) && !answer) return [];
    return [{ field: "statusUpdates", value: valueOf(text, cadence, match) }];
  }
  return [];
}
