/**
 * The things a profile's notes tell the firm not to raise, by name (round 24). Account partners
 * write a topic's instances as the objects of an instruction: "Don't mention Tunde or the
 * dispute", "Keep the Broncos, the Maroons and Origin out of it", "No mention of hunting, deer
 * season or similar", "do not ask after Kyle or the kids", and the topic's in-house name in
 * quotes: "internally it is called 'the Oats matter'". Each object is a term of the topic in that
 * note's own words; a person or a team named there is raised wherever the draft names it
 * (avoided-topic.ts), a common phrase only where a remark is aimed at the reader, as the notes'
 * other terms are.
 *
 * Notes are untrusted text: at most MAX_NOTES characters, read by fixed linear patterns; no
 * pattern is built from them (the terms go to the literal TermMatcher).
 */
import { isCommonWord } from "../text";

const MAX_NOTES = 2000;
const MAX_OBJECTS = 10;
/** An object longer than this is a clause, not a thing named. */
const MAX_OBJECT_WORDS = 4;

/** One thing a note forbids: its words, and whether it is a name (counts only with its capital). */
export interface ForbiddenObject {
  term: string;
  name: boolean;
  /** The index of the topic it belongs to. */
  topic: number;
  /** Forbidden only in small talk ("no small talk about COVID", "don't raise it socially"). */
  social: boolean;
}

/** An instruction limited to remarks aimed at the reader. */
const SOCIAL_SCOPE =
  /\b(?:small\s+talk|chat|chit-chat|socially|social|casual(?:ly)?|in\s+passing|relationship|pleasantries)\b/i;

/**
 * An instruction not to raise something, up to its object: "don't (ever) mention", "never ask
 * after", "do not refer casually to", "avoid any reference to", "stop bringing up"; the object
 * runs to the end of the clause.
 */
const FORBID_VERB =
  /\b(?:(?:don['’]?t|do\s+not|never|please\s+don['’]?t|avoid|stop|no\s+need\s+to)(?:\s+to)?|(?:,|\bor|\band)(?=\s+(?:mention|raise|refer|ask|remark|comment|bring|talk|joke|discuss)))\s+(?:(?:ever|again|casually|publicly|socially)\s+)?(?:mention(?:ing)?|rais(?:e|ing)|refer(?:ring)?(?:\s+casually)?\s+to|ask(?:ing)?\s+(?:after|about)|remark(?:ing)?\s+on|comment(?:ing)?\s+on|bring(?:ing)?\s+up|talk(?:ing)?\s+about|jok(?:e|ing)\s+about|discuss(?:ing)?|any\s+(?:reference|mention)s?\s+(?:to|of))\s+/gi;
/** "no mention of X", "no small talk about X", "no jokes about X", "no references to X". */
const NO_TALK =
  /\bno\s+(?:more\s+)?(?:mentions?|(?:small\s+)?talk|references?|jokes?|chat|questions?|comments?)\s+(?:of|about|to|on)\s+/gi;
/** "no 'blessed', 'pray'": quoted words refused outright. */
const NO_QUOTED = /\bno\s+((?:['‘"“][^'’"”\n]{2,30}['’"”]\s*(?:,|\bor\b|\band\b)?\s*)+)/gi;
/** "ask how she is feeling": the state asked after. */
const ASK_HOW =
  /\b(?:don['’]?t|do\s+not|never)\s+ask\s+(?:\w+\s+)?how\s+(?:she|he|they|you)\s+(?:is|are|['’]s|['’]re)\s+([a-z]{4,})\b/gi;
/** "keep X out of it / correspondence / anything to him": X is the object. */
const KEEP_OUT = /\bkeep\s+([^.;:!?\n]{2,80}?)\s+out\s+of\b/gi;
/** The topic's name in the client's own mouth, quoted: "internally 'the February event'". */
const ALIAS =
  /\b(?:called|calls\s+it|call\s+it|known\s+as|refers?\s+to\s+it\s+as|internally|just\s+says?|nicknamed)\s*[:,]?\s*['‘"“]([^'’"”\n]{2,40})['’"”]/gi;

/** Where an object's clause ends: a qualifier of how or where, or a reason. */
const OBJECT_END =
  /\s+(?:unless|except|until|because|since|as|when|where|in\s+(?:correspondence|e-?mails?|small\s+talk|chat|writing|general|relationship|routine|other|anything|unrelated)|with\s+(?:him|her|them|staff|the)|outside\b|socially\b|generally\b|at\s+all\b|again\b|either\b|or\s+similar\b|etc\b|(?:or|and)\s+(?:ask|mention|raise|remark|refer|comment|bring|talk|discuss|joke)\b)|\s*[–—(]/i;
const DETERMINERS = /^(?:the|a|an|any|his|her|their|its|our|your|my|this|that|these|those)\s+/i;
/** Objects that name nothing by themselves. */
const EMPTY = new Set(
  "it them him her this that these those anything things thing matter matters issue issues topic topics subject subjects details any all".split(
    " ",
  ),
);

/** The items of a list of objects: "the Broncos, the Maroons and Origin". */
function items(list: string): string[] {
  const cut = OBJECT_END.exec(list);
  const body = cut ? list.slice(0, cut.index) : list;
  return body
    .split(/\s*,\s*(?:(?:and|or|nor)\s+)?|\s+(?:and|or|nor)\s+|\s*\/\s*/i)
    .map((item) => item.trim().replace(/['‘’"“”]/g, ""))
    .map((item) => {
      let out = item;
      for (let k = 0; k < 2 && DETERMINERS.test(out); k++) out = out.replace(DETERMINERS, "");
      return out.trim();
    })
    .filter((item) => item.length >= 3 && !EMPTY.has(item.toLowerCase()));
}

/** Whether an item is a name: every word capitalised and the first no ordinary word. */
function isName(item: string): boolean {
  const words = item.split(/\s+/);
  return (
    words.every((w) => /^[A-Z\u00C0-\u00DE]/.test(w)) &&
    (!isCommonWord(words[0]!) || words.length > 1 || words[0]!.endsWith("s"))
  );
}

const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * The things the notes forbid raising, each given to the topic `topicOf` says its sentence (or,
 * failing that, the one before) speaks of; -1 from both: the first topic.
 */
export function forbiddenObjects(
  notes: string | undefined,
  topicOf: (sentence: string) => number,
): ForbiddenObject[] {
  const out: ForbiddenObject[] = [];
  if (!notes) return out;
  const sentences = notes.slice(0, MAX_NOTES).split(/[.!?](?:\s+|$)|[;\n]/);
  let topic = 0;
  let social = false;
  const add = (item: string, forceName = false): void => {
    if (out.length >= MAX_OBJECTS || item.split(/\s+/).length > MAX_OBJECT_WORDS) return;
    if (out.some((o) => o.term.toLowerCase() === item.toLowerCase())) return;
    const name = forceName || isName(item);
    out.push({ term: name ? item : item.toLowerCase(), name, topic, social });
  };
  sentences.forEach((sentence, s) => {
    const own = topicOf(sentence);
    const before = s > 0 ? topicOf(sentences[s - 1]!) : -1;
    topic = own >= 0 ? own : before >= 0 ? before : 0;
    social = SOCIAL_SCOPE.test(sentence);
    for (const pattern of [FORBID_VERB, NO_TALK]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
        // (A bare "or mention" continues an instruction only in a sentence that forbids.)
        if (/^[,ao]/i.test(m[0]) && !/\b(?:don['’]?t|not|never|avoid|stop)\b/i.test(sentence))
          continue;
        for (const item of items(sentence.slice(m.index + m[0].length))) add(item);
      }
    }
    KEEP_OUT.lastIndex = 0;
    for (let m = KEEP_OUT.exec(sentence); m; m = KEEP_OUT.exec(sentence)) {
      for (const item of items(m[1]!)) add(item);
    }
    NO_QUOTED.lastIndex = 0;
    for (let m = NO_QUOTED.exec(sentence); m; m = NO_QUOTED.exec(sentence)) {
      for (const quoted of m[1]!.match(/['‘"“][^'’"”\n]{2,30}['’"”]/g) ?? [])
        add(quoted.slice(1, -1).trim());
    }
    ASK_HOW.lastIndex = 0;
    for (let m = ASK_HOW.exec(sentence); m; m = ASK_HOW.exec(sentence)) add(m[1]!.toLowerCase());
    ALIAS.lastIndex = 0;
    for (let m = ALIAS.exec(sentence); m; m = ALIAS.exec(sentence)) {
      const alias = m[1]!.trim().replace(DETERMINERS, "");
      if (alias.length >= 3) add(alias);
      // The capitalised word of an in-house name is how people say it: "the Oats matter".
      for (const w of alias.split(/\s+/))
        if (/^[A-Z]/.test(w) && !isCommonWord(w) && !MONTH_OR_DAY.test(w)) add(w, true);
    }
  });
  return out;
}
