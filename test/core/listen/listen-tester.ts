/**
 * Table-driven tests for listening, after the checks' rule tester: messages a client sent that
 * must stay silent (for every field, or for the fields named), and messages with exactly the
 * suggestions they must produce. The sender defaults to Megge Anderson at Coca-Cola.
 */
import { listen } from "../../../src/core/listen";
import { parseProfiles, type ClientProfile } from "../../../src/core/profile";
import type { ListenField, Suggestion } from "../../../src/core/listen";

export const MEGGE = "megge.anderson@coca-cola.example";
export const COKE = "@coca-cola.example";

/** A profile on Megge's organisation with the given fields (withdrawal tables). */
export const onOrg = (fields: Record<string, unknown>) => ({ matchKey: COKE, ...fields });
/** A short message from Megge around one statement. */
export const letter = (text: string) => `Hi Jo,\n\n${text}\n\nBest,\nMegge`;
/** Jo's two questions quoted under a reply, with `answer` written under the first (inline answers). */
export const underQuestions = (answer: string) =>
  `\n\n-----Original Message-----\nFrom: Jo Price\nSent: Monday, 8 February 2027 09:12\nTo: Megge Anderson\nSubject: Two questions\n\nHi Megge, two questions before we start:\n\n1. Which platform suits you for the kick-off?\n${answer}\n\n2. Anything else?\n\nThanks, Jo`;

export interface MessageCase {
  /** Shown as the test's name. */
  name: string;
  /** "Name <address>" or an address; defaults to Megge Anderson. */
  from?: string;
  subject?: string;
  /** A plain-text body... */
  body?: string;
  /** ...or an HTML body. */
  html?: string;
  /** Raw profiles the suggestions are compared with. */
  profiles?: unknown[];
  /** To and Cc, as "Name <address>" or an address. */
  recipients?: string[];
  /** A delegate who sent it from `from`'s mailbox ("Name <address>"). */
  sender?: string;
}

export interface Heard {
  field: ListenField;
  value: string;
  /** The matchKey; defaults to the sender's address for personal fields. */
  profile?: string;
  alreadyKnown?: boolean;
  /** A substring the quote must contain. */
  quote?: string;
}

export interface SilentCase extends MessageCase {
  /** Only these fields must stay silent (all fields when omitted). */
  fields?: ListenField[];
}

export interface HeardCase extends MessageCase {
  heard: Heard[];
}

export interface ListenTests {
  silent: SilentCase[];
  heard: HeardCase[];
}

function person(text: string): { address: string; name?: string } {
  const angle = /^(.*?)\s*<([^>]+)>$/.exec(text);
  return angle ? { name: angle[1]!, address: angle[2]! } : { address: text };
}

function senderOf(c: MessageCase): { address: string; name?: string } {
  return person(c.sender ?? c.from ?? `Megge Anderson <${MEGGE}>`);
}

export function hear(c: MessageCase): Suggestion[] {
  const { profiles, errors } = parseProfiles(c.profiles ?? []);
  if (errors.length > 0) throw new Error(JSON.stringify(errors));
  return listen(
    {
      from: person(c.from ?? `Megge Anderson <${MEGGE}>`),
      ...(c.sender ? { sender: person(c.sender) } : {}),
      ...(c.recipients ? { recipients: c.recipients.map(person) } : {}),
      subject: c.subject ?? "Re: your matter",
      body:
        c.html !== undefined
          ? { format: "html", content: c.html }
          : { format: "text", content: c.body ?? "" },
      date: "2025-03-03",
    },
    profiles as ClientProfile[],
  );
}

function summary(s: Suggestion): string {
  return `${s.field}=${s.value} for ${s.profile}${s.alreadyKnown ? " (known)" : ""} "${s.quote}"`;
}

export function runListenTests(title: string, tests: ListenTests): void {
  describe(title, () => {
    describe("silent", () => {
      for (const c of tests.silent) {
        it(c.name, () => {
          const heard = hear(c).filter((s) => !c.fields || c.fields.includes(s.field));
          expect(heard.map(summary)).toEqual([]);
        });
      }
    });
    describe("heard", () => {
      for (const c of tests.heard) {
        it(c.name, () => {
          const heard = hear(c);
          const sender = senderOf(c).address.toLowerCase();
          const wanted = c.heard.map((h) => ({
            field: h.field,
            value: h.value,
            profile: h.profile ?? sender,
            ...(h.alreadyKnown === undefined ? {} : { alreadyKnown: h.alreadyKnown }),
          }));
          const got = heard.map((s) => ({
            field: s.field,
            value: s.value,
            profile: s.profile,
            ...(c.heard.some((h) => h.alreadyKnown !== undefined)
              ? { alreadyKnown: s.alreadyKnown }
              : {}),
          }));
          expect(got).toEqual(expect.arrayContaining(wanted));
          expect(got).toHaveLength(wanted.length);
          for (const h of c.heard) {
            if (!h.quote) continue;
            const match = heard.find((s) => s.field === h.field && s.value === h.value);
            expect(match?.quote).toContain(h.quote);
          }
          // Every quote is where it says it is in the analysed text.
          for (const s of heard) expect(s.end).toBeGreaterThan(s.start);
        });
      }
    });
  });
}

/** A value on file the message should withdraw (`op: "remove"`). */
export interface Removal {
  field: ListenField;
  value: string;
  profile: string;
}

export interface WithdrawalCase extends MessageCase {
  removed: Removal[];
  /** Other suggestions the message must also produce ("field=value"), when any. */
  also?: string[];
}

/**
 * What a withdrawal case must hear: exactly its removals, each a real span and never a
 * confirmation, nothing it takes back added back beside it, and (when `allOthers`, or when the
 * case lists `also`) exactly the other suggestions it names.
 */
export function expectWithdrawals(
  heard: readonly Suggestion[],
  c: WithdrawalCase,
  allOthers: boolean,
): void {
  const removals = heard
    .filter((s) => s.op === "remove")
    .map((s) => ({ field: s.field, value: s.value, profile: s.profile }));
  expect(removals).toEqual(expect.arrayContaining(c.removed));
  expect(removals).toHaveLength(c.removed.length);
  for (const s of heard.filter((x) => x.op === "remove")) {
    expect(s.alreadyKnown).toBe(false);
    expect(s.quote.length).toBeGreaterThan(0);
    expect(s.end).toBeGreaterThan(s.start);
  }
  if (allOthers || c.also) {
    const others = heard.filter((s) => s.op !== "remove").map((s) => `${s.field}=${s.value}`);
    expect(others.sort()).toEqual([...(c.also ?? [])].sort());
  }
  for (const r of c.removed) {
    const addedBack = heard.some(
      (s) => s.op !== "remove" && s.field === r.field && s.value === r.value,
    );
    expect(addedBack).toBe(false);
  }
}
