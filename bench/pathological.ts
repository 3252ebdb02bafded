/**
 * Hostile and huge drafts (issue 16), each of about `bytes` of body for any size, deterministic
 * for a seed: what an author who writes a very long draft, or an admin who edits a profile, can
 * make the engine chew on. Shared by `npm run bench:complexity` (time per KB at 1 KB … 1 MB) and
 * the property tests (test/core/hostile-input.property.test.ts), which check the engine's
 * invariants on them.
 */
import type { Draft, Recipient } from "../src/core/draft";
import { indexProfiles, resolveProfiles, type ClientProfile } from "../src/core/profile";
import { audience, competitorTerms, loadSampleProfiles, seededRandom } from "./fixtures";

export interface HostileCase {
  draft: Draft;
  /** Effective profiles by lower-case address, as evaluate() takes them. */
  profiles: Map<string, ClientProfile | undefined>;
}

export interface Generator {
  id: string;
  /** What it stresses, for the bench's table. */
  about: string;
  make(bytes: number, seed: number): HostileCase;
}

/** The sample clients: between them every check has something to look for. */
const SAMPLE_RECIPIENTS: readonly Recipient[] = [
  { address: "megge.anderson@coca-cola.example", name: "Megge Anderson", kind: "to" },
  { address: "dan@whitakerbuilding.example", name: "Dan Whitaker", kind: "to" },
  { address: "jordan.lee@ford.example", name: "Jordan Lee", kind: "cc" },
  { address: "sam.patel@ups.example", name: "Sam Patel", kind: "cc" },
  { address: "riley.chen@microsoft.example", name: "Riley Chen", kind: "cc" },
  { address: "someone@unknown.example", kind: "bcc" },
];

function sampleCase(body: Draft["body"], subject = "Call me about Pepsi"): HostileCase {
  const recipients = SAMPLE_RECIPIENTS.map((r) => ({ ...r }));
  return {
    draft: {
      from: { address: "alex.wilber@lawfirm.example", name: "Alex Wilber" },
      recipients,
      subject,
      body,
      attachments: ["Pepsi comparison.pdf", "Review of file.xlsx"],
    },
    profiles: resolveProfiles(
      recipients.map((r) => r.address),
      indexProfiles(loadSampleProfiles()),
    ),
  };
}

/** `unit` repeated to `bytes` characters (cut at the end). */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Words and phrases that wake a check up, and some that only look like they might. */
const TRIGGERS = [
  "call me",
  "Call me.",
  "give me a ring",
  "text me",
  "on WhatsApp",
  "by phone",
  "Pepsi",
  "PepsiCo's",
  "Mountain Dew",
  "Chevy",
  "GM",
  "FedEx",
  "Zoom call",
  "https://zoom.us/j/123",
  "teams.microsoft.com/l/meetup",
  "Review of file",
  "2.5h",
  "$300",
  "3.2 x $450",
  "Dear Meg,",
  "Hi Dan,",
  "Thanks, Meg.",
  "Ms Andersen",
  "Megge Anderson",
  "lunch",
  "would you like to join us for dinner",
  "golf",
  "sports",
  "the big game",
  "Phone:",
  "-- ",
  "____________",
  "www.",
  "http://",
  "On Mon, 2 Sep 2002, Dan wrote:",
  "> quoted",
  "...",
  "!!!",
  "the",
  "a",
  "and",
  "we",
] as const;

const SEPARATORS = [" ", " ", " ", ", ", ". ", "; ", " - ", "\t", "  "] as const;

/** Trigger words in random order, separated by `separators`. */
function triggerText(bytes: number, seed: number, separators: readonly string[]): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const part = pick(random, TRIGGERS) + pick(random, separators);
    parts.push(part);
    length += part.length;
  }
  return parts.join("").slice(0, bytes);
}

const DEEP_TAGS = ["div", "span", "blockquote", "b", "a", "pre", "p", "li", "td", "font"] as const;

/** Random opening tags (some hidden, some quotes, some links), rarely closed, with text between. */
function deepHtml(bytes: number, seed: number): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const roll = random();
    const tag = pick(random, DEEP_TAGS);
    let part: string;
    if (roll < 0.6) {
      const attribute =
        tag === "a" ? ' href="https://zoom.us/j/1"' : roll < 0.1 ? ' class="gmail_quote"' : "";
      part = `<${tag}${attribute}>`;
    } else if (roll < 0.7) part = `</${pick(random, DEEP_TAGS)}>`;
    else part = `${pick(random, TRIGGERS)} `;
    parts.push(part);
    length += part.length;
  }
  return parts.join("");
}

const RANDOM_TAGS = [
  ...DEEP_TAGS,
  "br",
  "hr",
  "ul",
  "ol",
  "table",
  "tr",
  "th",
  "form",
  "select",
  "option",
  "h1",
  "img",
  "body",
  "image",
  "foreignObject",
] as const;
/** Elements whose content is hidden or raw text: opened, they swallow the rest, so each closes. */
const SWALLOWING_TAGS = ["script", "style", "svg", "math", "title", "textarea", "xmp", "head"];
const RANDOM_ATTRIBUTES = [
  'href="mailto:a@b.example"',
  'href="https://teams.microsoft.com/l/x"',
  'class="gmail_quote"',
  'id="divRplyFwdMsg"',
  'style="display:none"',
  "hidden",
  'class="OutlookMessageHeader"',
  'name="messageReplySection"',
] as const;
const RANDOM_TEXT = [
  ...TRIGGERS,
  "&amp;",
  "&nbsp;",
  "&#x1F600;",
  "<!-- comment -->",
  "<![CDATA[ x ]]>",
  "<",
  "&",
  "\n",
  "é",
] as const;

/** Tag soup: any tag, opened or closed, attributes, entities, comments, text. */
function randomHtml(bytes: number, seed: number): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const roll = random();
    const tag = pick(random, RANDOM_TAGS);
    let part: string;
    if (roll < 0.05) {
      const swallowing = pick(random, SWALLOWING_TAGS);
      part = `<${swallowing}>${pick(random, TRIGGERS)}</${swallowing}>`;
    } else if (roll < 0.3) {
      const attribute = random() < 0.3 ? pick(random, RANDOM_ATTRIBUTES) : "";
      // A hidden element swallows what follows it until it closes: close it at once.
      part = /hidden|none/.test(attribute)
        ? `<${tag} ${attribute}>${pick(random, TRIGGERS)}</${tag}>`
        : `<${tag}${attribute ? ` ${attribute}` : ""}>`;
    } else if (roll < 0.5) part = `</${tag}>`;
    else part = pick(random, RANDOM_TEXT) + (random() < 0.7 ? " " : "");
    parts.push(part);
    length += part.length;
  }
  return parts.join("");
}

/** 50 clients, each listing 1,000 competitors (some of which the text names). */
function hugeTermLists(bytes: number, seed: number): HostileCase {
  const { recipients, stored } = audience(50);
  const random = seededRandom(seed);
  const mentioned: string[] = [];
  for (const profile of stored) {
    if (!profile.matchKey.startsWith("@")) continue;
    profile.competitors = competitorTerms(1000, 2 + Math.floor(random() * 1000));
    mentioned.push(...profile.competitors.slice(0, 3));
    profile.bannedBillingPhrases = ["Review of file", ...profile.competitors.slice(3, 6)];
    profile.avoidTopics = ["sports", "golf", ...profile.competitors.slice(6, 8)];
  }
  const words = [...mentioned, "Pepsi", "call me", "Review of file", "and", "the"];
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const part = `${pick(random, words)}${pick(random, SEPARATORS)}`;
    parts.push(part);
    length += part.length;
  }
  return {
    draft: {
      from: { address: "alex.wilber@lawfirm.example" },
      recipients,
      subject: parts.slice(0, 8).join(""),
      body: { format: "text", content: parts.join("").slice(0, bytes) },
      attachments: mentioned.slice(0, 5).map((name) => `${name}.pdf`),
    },
    profiles: resolveProfiles(
      recipients.map((r) => r.address),
      indexProfiles(stored),
    ),
  };
}

/** 50 recipients whose names the text greets, shortens and misspells, line after line. */
function manyRecipients(bytes: number, seed: number): HostileCase {
  const { recipients, stored } = audience(50);
  const random = seededRandom(seed);
  const names = recipients.map((r) => r.name ?? r.address);
  const lines: string[] = [];
  let length = 0;
  while (length < bytes) {
    const name = pick(random, names);
    const [first = "", last = ""] = name.split(" ");
    const line = pick(random, [
      `Dear ${first.slice(0, 3)},`,
      `Hi ${first} and ${pick(random, names).split(" ")[0]},`,
      `Thanks, ${first.slice(0, 4)}.`,
      `Ms ${last}s will call me on Zoom.`,
      `${first} ${last.slice(0, -1)}e sent the Pepsi file.`,
      `We could call you about lunch.`,
    ]);
    lines.push(line);
    length += line.length + 1;
  }
  return {
    draft: {
      from: { address: "alex.wilber@lawfirm.example" },
      recipients,
      subject: "Dear all",
      body: { format: "text", content: lines.join("\n").slice(0, bytes) },
      attachments: [],
    },
    profiles: resolveProfiles(
      recipients.map((r) => r.address),
      indexProfiles(stored),
    ),
  };
}

/** Lines of mail's structure (issue 10): meeting blocks, sign-offs, notices, quotes, answers. */
const STRUCTURE_LINES = [
  "Microsoft Teams meeting",
  "Join on your computer, mobile app or room device",
  "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3a1>",
  "Meeting ID: 318 204 557 901",
  "Passcode: q7Rk2p",
  "Or call in (audio only)",
  "+44 20 3321 5208,,618221044#   United Kingdom, London",
  "Join Zoom Meeting",
  "https://us02web.zoom.us/j/81234567890",
  "One tap mobile",
  "Join with Google Meet",
  "meet.google.com/abc-defg-hij",
  "Kind regards,",
  "Thanks,",
  "Best, Jo",
  "Jo Lawyer",
  "M: +44 7700 900123 (also on WhatsApp)",
  "This e-mail is confidential. If you have received it in error, please notify the sender by telephone and delete it.",
  "Authorised and regulated by the Solicitors Regulation Authority.",
  "Cyber-fraud warning: we will never change our bank details by e-mail.",
  "To unsubscribe from this mailing list, visit the listinfo page.",
  "________________________________",
  "From: Sam Reid <sam@agent.example>",
  "Sent: Tuesday, 3 March 2026 10:02",
  "Subject: Rent deposit",
  "> Could we discuss on Zoom?",
  "[JL: Yes, I'll call you at 3pm.",
  "[JL: agreed]",
  "I'll give you a ring tomorrow and we can meet in person at our office.",
  "Zoom details below.",
  "",
] as const;

function structureText(bytes: number, seed: number): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const line = `${pick(random, STRUCTURE_LINES)}\n`;
    parts.push(line);
    length += line.length;
  }
  return parts.join("").slice(0, bytes);
}

export const GENERATORS: readonly Generator[] = [
  {
    id: "call-me-paragraphs",
    about: "<p>Call me.</p> repeated (HTML)",
    make: (bytes) => sampleCase({ format: "html", content: repeatTo("<p>Call me.</p>", bytes) }),
  },
  {
    id: "one-paragraph",
    about: 'one <p> of "Review of file, call me. " repeated',
    make: (bytes) =>
      sampleCase({
        format: "html",
        content: `<p>${repeatTo("Review of file, call me. ", Math.max(0, bytes - 7))}</p>`,
      }),
  },
  {
    id: "one-long-line",
    about: "text body, one line of triggers and look-alikes",
    make: (bytes, seed) =>
      sampleCase({ format: "text", content: triggerText(bytes, seed, SEPARATORS) }),
  },
  {
    id: "one-long-word",
    about: "text body, triggers joined without white space",
    make: (bytes, seed) =>
      sampleCase({ format: "text", content: triggerText(bytes, seed, [",", ".", "/", "-", ""]) }),
  },
  {
    id: "white-space-runs",
    about: "text body, triggers between long runs of spaces",
    make: (bytes, seed) =>
      sampleCase({
        format: "text",
        content: triggerText(bytes, seed, [" ".repeat(150), " ".repeat(300), "\n", " "]),
      }),
  },
  {
    id: "punctuation-runs",
    about: "text body, runs of dots, dashes and underscores between triggers",
    make: (bytes, seed) =>
      sampleCase({
        format: "text",
        content: triggerText(bytes, seed, [".".repeat(500), "-".repeat(400), "_".repeat(300), " "]),
      }),
  },
  {
    id: "unclosed-spans",
    about: "<span> never closed, then stray </b>",
    make: (bytes) => {
      const half = Math.max(1, Math.floor(bytes / 12));
      return sampleCase({ format: "html", content: "<span>".repeat(half) + "x</b>".repeat(half) });
    },
  },
  {
    id: "deep-nesting",
    about: "HTML nested thousands deep, hidden, quoted and linked",
    make: (bytes, seed) => sampleCase({ format: "html", content: deepHtml(bytes, seed) }),
  },
  {
    id: "random-html",
    about: "tag soup: any tag, attribute, entity, comment",
    make: (bytes, seed) => sampleCase({ format: "html", content: randomHtml(bytes, seed) }),
  },
  {
    id: "huge-term-lists",
    about: "50 recipients × 1,000 competitors, the text naming some",
    make: hugeTermLists,
  },
  {
    id: "mail-structure",
    about: "lines of meeting blocks, sign-offs, notices, quotes and inline answers (text)",
    make: (bytes, seed) => sampleCase({ format: "text", content: structureText(bytes, seed) }),
  },
  {
    id: "many-recipients",
    about: "50 recipients greeted, shortened and misspelt line after line",
    make: manyRecipients,
  },
];

export function generatorById(id: string): Generator {
  const generator = GENERATORS.find((g) => g.id === id);
  if (!generator) throw new Error(`no pathological generator "${id}"`);
  return generator;
}
