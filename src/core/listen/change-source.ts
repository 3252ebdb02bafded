/**
 * Round 19 (listen-19b, analysis-lh17 group V): a change of a single value, "move from quarterly to
 * monthly updates", "switch us from detailed to summary invoices". The value moved away from is
 * named first, and a recogniser that takes the first value it finds would take it. Both ends must
 * name a value of the same field (`values`), so "from the board to monthly" or "from 1 May to
 * monthly" keep their words: only the source of a change between two values is blanked, with
 * spaces of the same length, so offsets into the clause stay the same.
 */

// "from quarterly to", "from the detailed invoices over to", "from weekly calls into": the source,
// up to four words, then the preposition of the target.
const FROM_TO =
  /\bfrom\s+((?:(?:the|our|your|a|an|those|these|current|present|existing)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:(?:over\s+)?to|into|in\s+favour\s+of)\s+/gi;

/** `text` with the source of a change between two values of `values` blanked. */
export function withoutChangeSource(text: string, values: RegExp): string {
  if (!/\bfrom\b/i.test(text)) return text;
  FROM_TO.lastIndex = 0;
  let out = text;
  for (let m = FROM_TO.exec(text); m; m = FROM_TO.exec(text)) {
    const source = m[1]!;
    const rest = text.slice(m.index + m[0].length);
    // The target must follow at once (an article and two words at most before its value word).
    const target = /^(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,2}?/.exec(rest)![0];
    const targetText = rest.slice(0, target.length + 40);
    if (!values.test(source) || !values.test(targetText)) continue;
    const end =
      m.index + m[0].length - /(?:(?:over\s+)?to|into|in\s+favour\s+of)\s+$/i.exec(m[0])![0].length;
    out = out.slice(0, m.index) + " ".repeat(end - m.index) + out.slice(end);
  }
  return out;
}

// Round 25 (analysis-lh22 group D; lh15): the mirror of a change, the value wanted first and the
// one set aside after it, "monthly rather than every two weeks", "every Friday … instead of every
// two weeks" (or before it: "instead of weekly calls, a monthly note"). The set-aside value is
// blanked when the clause names another value of the same field; a lone "rather than weekly"
// keeps its words (the recogniser reads it as a refusal).
const SET_ASIDE =
  /\b(?:rather\s+than|instead\s+of)\s+(?:(?:the|our|your|current|present|existing|usual|those|these)\s+){0,2}/gi;

/** `text` with a value of `values` set aside after "rather than / instead of" blanked. */
export function withoutSetAside(text: string, values: RegExp): string {
  if (!/\b(?:rather\s+than|instead\s+of)\b/i.test(text)) return text;
  SET_ASIDE.lastIndex = 0;
  let out = text;
  for (let m = SET_ASIDE.exec(text); m; m = SET_ASIDE.exec(text)) {
    const value = values.exec(text.slice(m.index + m[0].length));
    if (!value || value.index !== 0) continue;
    const end = m.index + m[0].length + value[0].length;
    // Another value of the field, outside the one set aside, is the one wanted.
    if (!values.test(out.slice(0, m.index) + " " + out.slice(end))) continue;
    out = out.slice(0, m.index) + " ".repeat(end - m.index) + out.slice(end);
  }
  return out;
}
