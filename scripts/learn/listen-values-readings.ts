/**
 * Round 38 (listen-38): the value readings listen-values-measure.ts measures. Each takes a heard
 * suggestion's field, value and sentence and gives the value the reading would hear instead (the
 * same value when it does not apply, undefined when it drops the suggestion). Written from
 * English, with no word of one set's cases.
 */
export type Reading = (field: string, value: string, sentence: string) => string | undefined;

const UNIT: Record<string, string> = {
  daily: "day",
  weekly: "week",
  monthly: "month",
  quarterly: "quarter",
};

function parts(value: string): string[] {
  return value.split(/,\s+/);
}

export const READINGS: Record<string, Reading> = {
  // "quarterly, every quarter, …": the cadence written out again says nothing the name does not.
  echo: (field, value) => {
    if (field !== "statusUpdates") return value;
    const [name, written, ...rest] = parts(value);
    const unit = name ? UNIT[name.toLowerCase()] : undefined;
    if (!unit || !written) return value;
    const echo = new RegExp(
      String.raw`^(?:every|each|once\s+(?:a|an|each|every|per|in\s+a|in\s+the)|one\s+time\s+(?:a|per|each|every|in\s+a))\s+${unit}$`,
      "i",
    );
    return echo.test(written) ? [name, ...rest].join(", ") : value;
  },
  // "before our board meets": the writer's possessive, which a profile says as "the".
  possessive: (field, value) => {
    if (field !== "statusUpdates") return value;
    const [name, ...rest] = parts(value);
    return [name, ...rest.map((p) => p.replace(/\b(?:our|my)\b/gi, "the"))].join(", ");
  },
  // The two as one reading of a cadence's value: its own words, once, with "the" for "our".
  cadenceTidy: (field, value, sentence) => {
    const echoed = READINGS.echo!(field, value, sentence);
    return echoed === undefined ? undefined : READINGS.possessive!(field, echoed, sentence);
  },
  // A topic with its occasion: "the union ballot while you're here", "X when others are present".
  topicOccasion: (field, value) => {
    if (field !== "avoidTopics" && field !== "competitors") return value;
    return value.replace(
      /\s+(?:while|when|whenever|during|for\s+now|for\s+the\s+time\s+being|in\s+front\s+of)\b.*$/i,
      "",
    );
  },
};
