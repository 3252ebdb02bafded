/**
 * Deterministic inputs for the benchmarks: Outlook-shaped HTML of business prose, recipients
 * with profiles, and competitor lists of any length. Seeded, so every run measures the same work.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import type { Draft, Recipient } from "../src/core/draft";
import {
  emptyProfile,
  indexProfiles,
  parseProfiles,
  resolveProfiles,
  type ClientProfile,
} from "../src/core/profile";

/** mulberry32: tiny, fast, good enough to pick sentences. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

// Prose a firm actually writes: matters, deadlines, billing, meetings.
export const NEUTRAL_SENTENCES = [
  "Thank you for sending the signed engagement letter, which we have now countersigned.",
  "We have reviewed the draft supply agreement and marked up clauses 4 to 9 for your comments.",
  "The indemnity in clause 12 remains broader than we would recommend, and we suggest a cap tied to annual fees.",
  "Our view is that the limitation period runs from the date of delivery rather than from the invoice date.",
  "Please let us know whether the board would like a short memo before the meeting on the 14th.",
  "We attach the revised schedule of deliverables together with a redline against the last version.",
  "Opposing counsel has agreed to extend the disclosure deadline by two weeks, subject to the court's approval.",
  "The regulator's consultation closes at the end of next month, and we will circulate a summary beforehand.",
  "We recommend keeping the termination-for-convenience right, but with ninety days' notice rather than thirty.",
  "The warranty claims raised by the distributor appear to be time-barred under the framework agreement.",
  "Could you confirm who on your side should receive the monthly status report going forward?",
  "We have updated the data-processing addendum to reflect the new standard contractual clauses.",
  "The landlord's solicitors have come back on the break clause and the rent-free period.",
  "Our invoice for October is attached; the work is summarised by matter as you asked.",
  "We expect the expert report on quantum by Friday and will share it as soon as it arrives.",
  "The due diligence questionnaire has gone to the target's advisers with a response date of the 21st.",
  "We flagged two change-of-control provisions in the customer contracts that need consent.",
  "The board minutes should record that the directors considered their duties under section 172.",
  "We will file the response to the statement of claim once you have approved the witness statements.",
  "A summary of time spent appears below; the detailed breakdown is available on request.",
  "The tribunal has listed the case management conference for the first week of March.",
  "Please treat this e-mail as privileged and confidential, and do not forward it outside the legal team.",
  "We have asked the escrow agent to release the retention once the completion accounts are agreed.",
  "Our trademark search found no conflicting registrations in the classes you intend to use.",
  "The insurer has reserved its rights but has not yet declined cover.",
  "We propose a short extension of the exclusivity period to allow the financing to close.",
  "The counterparty accepted our drafting on governing law and jurisdiction without further comment.",
  "We suggest that the side letter be signed at the same time as the main agreement.",
  "The audit rights clause now limits inspections to once a year on thirty days' notice.",
  "Completion is scheduled for the last business day of the quarter, subject to the conditions.",
  "We have diarised the long-stop date and will remind you a fortnight before it falls.",
  "The draft heads of terms leave the price adjustment mechanism open for now.",
] as const;

// The few sentences that give checks something to find (a competitor, a channel, a billing
// entry, a meeting platform), used sparingly, as real mail mentions them now and then.
export const TRIGGER_SENTENCES = [
  "The competition analysis compares your market share with Pepsi and other beverage producers.",
  "Their logistics partner, FedEx, has asked for a side letter on liability for lost consignments.",
  "The benchmarking study put the pricing close to what Toyota pays for comparable components.",
  "Review of file and preparation of a chronology took most of the week.",
  "We can also call you on your mobile if that is quicker before the hearing.",
  "Happy to walk through the open points on a short Zoom call whenever suits you.",
] as const;

/** Share of sentences that mention something a profile may object to. */
const TRIGGER_RATE = 0.03;

function sentence(random: () => number): string {
  return random() < TRIGGER_RATE
    ? pick(random, TRIGGER_SENTENCES)
    : pick(random, NEUTRAL_SENTENCES);
}

const GREETINGS = ["Dear Megge,", "Hi Dan,", "Dear all,", "Good morning,", "Dear Meg,"] as const;

const SIGNATURE =
  '<p class="MsoNormal">Kind regards,<br>Alex Morgan<br>Partner, Commercial Litigation<br>' +
  'Morgan &amp; Reid LLP | <a href="https://morganreid.example">morganreid.example</a></p>';

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function paragraph(random: () => number): string {
  const count = 2 + Math.floor(random() * 4);
  const sentences = Array.from({ length: count }, () => escapeHtml(sentence(random)));
  return `<p class="MsoNormal"><span style="font-size:11.0pt;font-family:Calibri">${sentences.join(" ")}</span></p>\n`;
}

function bulletList(random: () => number): string {
  const items = Array.from(
    { length: 3 },
    () => `<li class="MsoListParagraph">${escapeHtml(sentence(random))}</li>`,
  );
  return `<ul style="margin-top:0cm">${items.join("")}</ul>\n`;
}

function timeTable(random: () => number): string {
  const rows = Array.from({ length: 4 }, (_, i) => {
    const hours = (1 + Math.floor(random() * 60) / 10).toFixed(1);
    return `<tr><td>2026-10-${String(10 + i).padStart(2, "0")}</td><td>${escapeHtml(sentence(random))}</td><td>${hours}</td></tr>`;
  });
  return `<table class="MsoTableGrid" border="1" cellpadding="0"><tbody><tr><th>Date</th><th>Work</th><th>Hours</th></tr>${rows.join("")}</tbody></table>\n`;
}

function block(random: () => number): string {
  const roll = random();
  if (roll < 0.8) return paragraph(random);
  if (roll < 0.93) return bulletList(random);
  return timeTable(random);
}

/**
 * Outlook-shaped HTML of about `targetBytes` (UTF-8): a greeting, authored paragraphs, a
 * signature, and the quoted history of the earlier message (the last ~third), as replies are.
 */
export function businessHtml(targetBytes: number, seed = 1): string {
  const random = seededRandom(seed);
  const head =
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>' +
    '<body lang="EN-GB"><div class="WordSection1">\n' +
    `<p class="MsoNormal">${pick(random, GREETINGS)}</p>\n`;
  const quoteHead =
    '<div style="border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>From:</b> Megge Anderson ' +
    "&lt;megge.anderson@coca-cola.example&gt;<br><b>Sent:</b> Monday, 12 October 2026 09:14<br>" +
    "<b>To:</b> Alex Morgan<br><b>Subject:</b> RE: Supply agreement</p></div>\n";
  const tail = "</div></body></html>";
  const authoredBytes = Math.floor(targetBytes * 0.67);
  let html = head;
  while (Buffer.byteLength(html) < authoredBytes) html += block(random);
  html += SIGNATURE + quoteHead + "<blockquote>\n";
  while (Buffer.byteLength(html) + 30 < targetBytes) html += block(random);
  return html + "</blockquote>\n" + tail;
}

/** Plain text of roughly the same prose, for text-only bodies and term scans. */
export function businessText(targetBytes: number, seed = 1): string {
  const random = seededRandom(seed);
  let text = `${pick(random, GREETINGS)}\n\n`;
  while (text.length < targetBytes) {
    const count = 2 + Math.floor(random() * 4);
    text += Array.from({ length: count }, () => sentence(random)).join(" ") + "\n\n";
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Recipients and profiles
// ---------------------------------------------------------------------------------------------

const SAMPLE_RECIPIENTS: readonly Recipient[] = [
  { address: "megge.anderson@coca-cola.example", name: "Megge Anderson", kind: "to" },
  { address: "dan@whitakerbuilding.example", name: "Daniel Whitaker", kind: "to" },
  { address: "jordan.lee@ford.example", name: "Jordan Lee", kind: "cc" },
  { address: "sam.patel@ups.example", name: "Sam Patel", kind: "cc" },
  { address: "riley.chen@microsoft.example", name: "Riley Chen", kind: "cc" },
];

const FIRST_NAMES = ["Avery", "Blake", "Casey", "Devon", "Emerson", "Finley", "Harper", "Jamie"];
const LAST_NAMES = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Quinn", "Reyes", "Silva"];
const CHANNELS = ["phone", "sms", "whatsapp", "zoom", "teams"];
const TOPICS = ["sports", "golf", "politics", "wine"];

export function loadSampleProfiles(): ClientProfile[] {
  const path = resolve(__dirname, "../assets/sample-profiles.json");
  const parsed = parseProfiles(JSON.parse(readFileSync(path, "utf8")));
  if (parsed.errors.length > 0) {
    throw new Error(
      `assets/sample-profiles.json: ${parsed.errors.map((e) => e.message).join("; ")}`,
    );
  }
  return parsed.profiles;
}

/** Synthetic client number `n`: an organisation profile and, for every third, a person's. */
function syntheticClient(
  n: number,
  random: () => number,
): {
  recipient: Recipient;
  profiles: ClientProfile[];
} {
  const domain = `client${String(n).padStart(3, "0")}.example`;
  const first = FIRST_NAMES[n % FIRST_NAMES.length]!;
  const last = LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length]!;
  const address = `${first}.${last}@${domain}`.toLowerCase();
  const base = emptyProfile(address);
  const organisation: ClientProfile = {
    ...base,
    title: `Client ${n}`,
    matchKey: `@${domain}`,
    clientName: `Client ${n} plc`,
    competitors: competitorTerms(4 + Math.floor(random() * 4), n),
    avoidChannels: [pick(random, CHANNELS)],
    billingDetail: random() < 0.5 ? "summary" : "detailed",
    bannedBillingPhrases: random() < 0.5 ? ["Review of file"] : [],
    meetingPlatform: random() < 0.5 ? "teams" : "zoom",
  };
  const profiles = [organisation];
  if (n % 3 === 0) {
    profiles.push({
      ...base,
      matchKey: address,
      preferredName: first,
      fullName: `${first} ${last}`,
      avoidNames: [first.slice(0, 3)],
      avoidTopics: [pick(random, TOPICS)],
      entertainment: random() < 0.5 ? "avoid" : "welcome",
    });
  }
  return { recipient: { address, name: `${first} ${last}`, kind: "cc" }, profiles };
}

export interface Audience {
  recipients: Recipient[];
  /** Every stored profile (what a SharePoint list would hold for these recipients). */
  stored: ClientProfile[];
  /** Effective profiles keyed by lower-case address, as evaluate() takes them. */
  effective: Map<string, ClientProfile | undefined>;
}

/** `count` recipients: the sample clients first, then synthetic clients, all with profiles. */
export function audience(count: number): Audience {
  const random = seededRandom(7);
  const stored = loadSampleProfiles();
  const recipients = SAMPLE_RECIPIENTS.slice(0, count).map((r) => ({ ...r }));
  for (let n = recipients.length; n < count; n++) {
    const client = syntheticClient(n, random);
    recipients.push(client.recipient);
    stored.push(...client.profiles);
  }
  const effective = resolveProfiles(
    recipients.map((r) => r.address),
    indexProfiles(stored),
  );
  return { recipients, stored, effective };
}

export function draftFor(recipients: Recipient[], html: string): Draft {
  return {
    from: { address: "alex.morgan@morganreid.example", name: "Alex Morgan" },
    recipients,
    subject: "RE: Supply agreement: marked-up draft and next steps",
    body: { format: "html", content: html },
    attachments: ["Supply agreement (redline).docx", "Invoice October.pdf"],
  };
}

// ---------------------------------------------------------------------------------------------
// Competitor lists
// ---------------------------------------------------------------------------------------------

const SYLLABLES = [
  "al",
  "bra",
  "cor",
  "den",
  "ex",
  "fal",
  "gor",
  "hel",
  "ix",
  "jun",
  "kor",
  "lum",
  "mar",
  "nov",
  "or",
  "pra",
  "quin",
  "ros",
  "sol",
  "tar",
  "ul",
  "ver",
  "wex",
  "yar",
  "zen",
];
const SUFFIXES = ["", " Foods", " Group", " Logistics", " Motors", " Holdings", " Labs", " Energy"];

/**
 * `count` distinct brand-like names ("Corvex Logistics"), deterministic for a seed, plus the
 * sample clients' real competitors first so prose mentions of them are found.
 */
export function competitorTerms(count: number, seed = 1): string[] {
  const random = seededRandom(seed * 7919);
  const terms = new Set<string>();
  const real = [
    "Pepsi",
    "PepsiCo",
    "FedEx",
    "DHL",
    "Toyota",
    "Chevrolet",
    "General Motors",
    "Slack",
  ];
  if (seed === 1) for (const t of real) if (terms.size < count) terms.add(t);
  while (terms.size < count) {
    const parts = 2 + Math.floor(random() * 2);
    let stem = "";
    for (let i = 0; i < parts; i++) stem += pick(random, SYLLABLES);
    const name = stem[0]!.toUpperCase() + stem.slice(1) + pick(random, SUFFIXES);
    terms.add(name);
  }
  return [...terms];
}
