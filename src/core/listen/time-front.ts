/**
 * Round 31 (analysis-lh29 rank 1): a time the wish starts from, said in front of the subject:
 * "From next week I would like…", "Starting 1 March, we…", "As of Monday, she would like…". It
 * opens the clause without changing who speaks, as "from now on" already does, so the subject
 * after it ("I", "she") is read as the holder. A pattern source, for the clause openers
 * (clause-facts.ts) and the relayed wish after "asked me to let you know that" (relay.ts).
 */
const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
export const TIME_FRONT =
  "(?:(?:from|starting(?:\\s+from)?|as\\s+of|beginning|with\\s+effect\\s+from)\\s+(?:next\\s+(?:week|month|year|quarter|term|season|" +
  WEEKDAY +
  ")|the\\s+(?:next|first)\\s+(?:week|month|year|quarter|invoice|bill|meeting)|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+" +
  MONTH +
  "|" +
  MONTH +
  "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|" +
  WEEKDAY +
  "|today|tomorrow)|in\\s+future|henceforth)";
