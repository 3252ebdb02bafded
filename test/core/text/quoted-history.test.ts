import { readFileSync } from "fs";
import { join } from "path";
import {
  isHeaderFieldLine,
  authoredSpans,
  findQuotedHistory,
  findSignature,
  headerBlocks,
  isInSpans,
  quotedHistorySpans,
} from "../../../src/core/text/quoted-history";
import { htmlToText } from "../../../src/core/text/html-to-text";

/** The quoted parts as strings, so expectations read like the mail. */
function quotedParts(text: string): string[] {
  return findQuotedHistory(text).map((s) => text.slice(s.start, s.end));
}

// Shapes taken from real messages of the SpamAssassin public corpus (2002), shortened, and
// from Outlook/Gmail/Apple Mail replies; names changed to the project's sample clients.
const quoted: [string, string, string[]][] = [
  [
    "Outlook '-----Original Message-----' with a header wrapped over two lines",
    "mine...\n\n-----Original Message-----\nFrom: ilug-admin@linux.ie [mailto:ilug-admin@linux.ie]On Behalf Of Peter\nStaunton\nSent: 22 August 2002 19:58\nTo: ilug@linux.ie\nSubject: [ILUG] Newbie seeks advice\n\n\nFolks,\nmy new laptop",
    [
      "-----Original Message-----\nFrom: ilug-admin@linux.ie [mailto:ilug-admin@linux.ie]On Behalf Of Peter\nStaunton\nSent: 22 August 2002 19:58\nTo: ilug@linux.ie\nSubject: [ILUG] Newbie seeks advice\n\n\nFolks,\nmy new laptop",
    ],
  ],
  [
    "Outlook Express order: From, To, Cc, Sent, Subject",
    "Uly\n\n----- Original Message -----\nFrom: <joefitz@netsoc.ucd.ie>\nTo: <decdelmur@iol.ie>\nSent: Monday, October 07, 2002 10:35 AM\nSubject: Re: adsl router\n\n> It seems to only support PPPoA",
    [
      "----- Original Message -----\nFrom: <joefitz@netsoc.ucd.ie>\nTo: <decdelmur@iol.ie>\nSent: Monday, October 07, 2002 10:35 AM\nSubject: Re: adsl router\n\n> It seems to only support PPPoA",
    ],
  ],
  [
    "Outlook header under an underscore rule (plain-text reply)",
    "Thanks Megge, will do.\n\n________________________________\nFrom: Megge Anderson <megge.anderson@coca-cola.example>\nSent: Monday, November 23, 2026 8:14 AM\nTo: Alex Ruiz\nSubject: Q3 pack\n\nCould you send it?",
    [
      "________________________________\nFrom: Megge Anderson <megge.anderson@coca-cola.example>\nSent: Monday, November 23, 2026 8:14 AM\nTo: Alex Ruiz\nSubject: Q3 pack\n\nCould you send it?",
    ],
  ],
  [
    "Outlook header in bold markers and French labels",
    "Bien reçu.\n\n*De :* Dan Whitaker <dan@whitakerbuilding.example>\n*Envoyé :* lundi 23 novembre 2026 08:14\n*À :* Alex Ruiz\n*Objet :* Devis\n\nBonjour",
    [
      "*De :* Dan Whitaker <dan@whitakerbuilding.example>\n*Envoyé :* lundi 23 novembre 2026 08:14\n*À :* Alex Ruiz\n*Objet :* Devis\n\nBonjour",
    ],
  ],
  [
    "Gmail forward marker",
    "this is from the station manager.\n\n---------- Forwarded message ----------\nDate: Tue, 3 Sep 2002 13:13:17 -0400\nFrom: Arielle <gm@wknc.org>\nSubject: RE: KNC Stream\n\nThis message was sent",
    [
      "---------- Forwarded message ----------\nDate: Tue, 3 Sep 2002 13:13:17 -0400\nFrom: Arielle <gm@wknc.org>\nSubject: RE: KNC Stream\n\nThis message was sent",
    ],
  ],
  [
    "new Gmail forward marker",
    "FYI\n---------- Forwarded message ---------\nFrom: Dan\nDate: Mon\nSubject: x\nTo: me\n\nbody",
    ["---------- Forwarded message ---------\nFrom: Dan\nDate: Mon\nSubject: x\nTo: me\n\nbody"],
  ],
  [
    "Apple Mail 'Begin forwarded message:' with quoted header",
    "See below.\n\nBegin forwarded message:\n\n> From: Ian Andrew Bell <hello@ianbell.com>\n> Date: Wed Oct 9, 2002  11:16:09 PM US/Pacific\n> Subject: Opens This Friday",
    [
      "Begin forwarded message:\n\n> From: Ian Andrew Bell <hello@ianbell.com>\n> Date: Wed Oct 9, 2002  11:16:09 PM US/Pacific\n> Subject: Opens This Friday",
    ],
  ],
  [
    "interleaved quoting: inline answers stay the author's",
    "On Thu, 2002-08-29 at 19:27, Barry Gonzaga wrote:\n> Is there a way to convert Word documents?\n\nYes: use antiword.\n\n> And for the Palm?\n> Something friendlier?\n\nPlucker.\n",
    [
      "On Thu, 2002-08-29 at 19:27, Barry Gonzaga wrote:\n> Is there a way to convert Word documents?",
      "> And for the Palm?\n> Something friendlier?",
    ],
  ],
  [
    "'On ... wrote:' wrapped over two lines",
    "Sounds good.\n\nOn Tue, 27 Aug 2002 10:15:36 -0500 (EST)\nJay Lake <jlake@jlake.com> wrote:\n\n> I think we should meet",
    [
      "On Tue, 27 Aug 2002 10:15:36 -0500 (EST)\nJay Lake <jlake@jlake.com> wrote:\n\n> I think we should meet",
    ],
  ],
  [
    "'On ... wrote:' with the quote not marked by '>' runs to the end",
    "Agreed.\n\nOn Mon, Nov 23, 2026 at 8:14 AM Megge Anderson <megge.anderson@coca-cola.example> wrote:\nCould you send the pack?\nThanks",
    [
      "On Mon, Nov 23, 2026 at 8:14 AM Megge Anderson <megge.anderson@coca-cola.example> wrote:\nCould you send the pack?\nThanks",
    ],
  ],
  [
    "Apple Mail attribution without '>' lines runs to the end",
    "Fine by me.\n\nOn 23 Nov 2026, at 08:14, Dan Whitaker wrote:\n\nSee attached.",
    ["On 23 Nov 2026, at 08:14, Dan Whitaker wrote:\n\nSee attached."],
  ],
  [
    "'<name> writes:' followed by quoted lines",
    "> Dan Kohn <dan@dankohn.com> writes:\n> \n> > it's easy enough\n\nTrue.",
    ["> Dan Kohn <dan@dankohn.com> writes:\n> \n> > it's easy enough"],
  ],
  [
    "name-only attribution above quoted lines",
    "John P. Looney wrote:\n> Redhat 8.0 is out\nGreat news.",
    ["John P. Looney wrote:\n> Redhat 8.0 is out"],
  ],
  ["CRLF line ends", "mine\r\n> theirs\r\nmine", ["> theirs"]],
  [
    "German Gmail attribution",
    "Gerne.\n\nAm Mo., 23. Nov. 2026 um 08:14 Uhr schrieb Dan Whitaker <dan@whitakerbuilding.example>:\n> Hallo",
    [
      "Am Mo., 23. Nov. 2026 um 08:14 Uhr schrieb Dan Whitaker <dan@whitakerbuilding.example>:\n> Hallo",
    ],
  ],
  [
    "French attribution",
    "Merci.\n\nLe lun. 23 nov. 2026 à 08:14, Dan Whitaker a écrit :\n> Bonjour",
    ["Le lun. 23 nov. 2026 à 08:14, Dan Whitaker a écrit :\n> Bonjour"],
  ],
  [
    "Spanish Outlook header",
    "Gracias.\n\nDe: Dan Whitaker\nEnviado: lunes, 23 de noviembre de 2026 8:14\nPara: Alex Ruiz\nAsunto: Factura\n\nHola",
    [
      "De: Dan Whitaker\nEnviado: lunes, 23 de noviembre de 2026 8:14\nPara: Alex Ruiz\nAsunto: Factura\n\nHola",
    ],
  ],
  [
    "Outlook for iOS: From, Date and To, no Subject",
    "Will do.\n\nFrom: Dan Whitaker <dan@whitakerbuilding.example>\nDate: Monday, 23 November 2026 at 08:14\nTo: Alex Ruiz <alex@firm.example>\n\nCan you call?",
    [
      "From: Dan Whitaker <dan@whitakerbuilding.example>\nDate: Monday, 23 November 2026 at 08:14\nTo: Alex Ruiz <alex@firm.example>\n\nCan you call?",
    ],
  ],
  [
    "Outlook on the web header pasted as one line",
    "Noted.\n\nFrom: Dan Whitaker <dan@whitakerbuilding.example> Sent: Monday, 23 November 2026 08:14 To: Alex Ruiz Subject: Invoice\nPlease call me.",
    [
      "From: Dan Whitaker <dan@whitakerbuilding.example> Sent: Monday, 23 November 2026 08:14 To: Alex Ruiz Subject: Invoice\nPlease call me.",
    ],
  ],
  [
    "German Outlook header under '-----Ursprüngliche Nachricht-----'",
    "Danke.\n\n-----Ursprüngliche Nachricht-----\nVon: Jürgen Müller\nGesendet: Montag, 23. November 2026 08:14\nAn: Alex Ruiz\nBetreff: Termin\n\nRufen Sie mich an.",
    [
      "-----Ursprüngliche Nachricht-----\nVon: Jürgen Müller\nGesendet: Montag, 23. November 2026 08:14\nAn: Alex Ruiz\nBetreff: Termin\n\nRufen Sie mich an.",
    ],
  ],
  [
    "Dutch Outlook header",
    "Prima.\n\nVan: Anna de Vries\nVerzonden: maandag 23 november 2026 08:14\nAan: Alex Ruiz\nOnderwerp: Offerte\n\nBel mij.",
    [
      "Van: Anna de Vries\nVerzonden: maandag 23 november 2026 08:14\nAan: Alex Ruiz\nOnderwerp: Offerte\n\nBel mij.",
    ],
  ],
  [
    "Spanish Gmail attribution",
    "Perfecto.\n\nEl lun, 23 nov 2026 a las 8:14, Dan Whitaker (<dan@whitakerbuilding.example>) escribió:\n> Hola",
    [
      "El lun, 23 nov 2026 a las 8:14, Dan Whitaker (<dan@whitakerbuilding.example>) escribió:\n> Hola",
    ],
  ],
  [
    "Italian Gmail attribution",
    "Va bene.\n\nIl giorno lun 23 nov 2026 alle ore 08:14 Dan Whitaker <dan@whitakerbuilding.example> ha scritto:\n> Ciao",
    [
      "Il giorno lun 23 nov 2026 alle ore 08:14 Dan Whitaker <dan@whitakerbuilding.example> ha scritto:\n> Ciao",
    ],
  ],
  [
    "Apple Mail forward in French",
    "Pour info.\n\nDébut du message réexpédié :\n\nDe: Dan Whitaker\nObjet: Devis",
    ["Début du message réexpédié :\n\nDe: Dan Whitaker\nObjet: Devis"],
  ],
];

// Text that must not be taken for quoted history.
const authored: [string, string][] = [
  ["plain message", "Dear Megge,\n\nPlease find the pack attached.\n\nKind regards,\nAlex"],
  ["'wrote:' without quoted lines after it", "As the judge wrote:\nthe claim fails."],
  [
    "a 'From:' line without a header block",
    "From: the board's perspective this is fine.\nSubject to approval, of course.",
  ],
  ["'On' sentence that is no attribution", "On Monday we meet.\nI wrote the agenda"],
  [
    "the author quoting a ruling: 'On ... wrote:' without time or address",
    "On 5 March 2020, the court wrote:\nThe claim fails.\nSo we appeal.",
  ],
  ["signature only", "Thanks\n-- \nAlex Ruiz\nPartner"],
  ["a '>' in the middle of a line", "Revenue was > 5m this year"],
  ["empty text", ""],
];

describe("findQuotedHistory finds", () => {
  test.each(quoted)("%s", (_label, text, expected) => {
    expect(quotedParts(text)).toEqual(expected);
  });
});

describe("findQuotedHistory leaves the author's text alone", () => {
  test.each(authored)("%s", (_label, text) => {
    expect(findQuotedHistory(text)).toEqual([]);
  });
});

describe("findSignature", () => {
  test.each<[string, string, string | undefined]>([
    [
      "RFC 3676 separator to the end (real shape)",
      "except for the creme fraiche.\n\nStew\n-- \nStewart Smith\nUniversity of Edinburgh.\n\n",
      "-- \nStewart Smith\nUniversity of Edinburgh.",
    ],
    [
      "separator without the trailing space, ends at the quote",
      "Yes.\n--\nAlex Ruiz\n\nOn Mon, Dan wrote:\n> old",
      "--\nAlex Ruiz",
    ],
    ["no separator", "Thanks\nAlex", undefined],
    ["a separator inside quoted lines is not the author's", "ok\n> -- \n> Dan", undefined],
    ["a longer dash line is no separator", "ok\n---\nnot a signature", undefined],
  ])("%s", (_label, text, expected) => {
    const span = findSignature(text);
    expect(span && text.slice(span.start, span.end)).toBe(expected);
  });
});

describe("authoredSpans", () => {
  test.each<[number, [number, number][], [number, number][]]>([
    [10, [], [[0, 10]]],
    [10, [[0, 10]], []],
    [
      10,
      [[2, 4]],
      [
        [0, 2],
        [4, 10],
      ],
    ],
    [
      10,
      [
        [6, 8],
        [2, 4],
      ],
      [
        [0, 2],
        [4, 6],
        [8, 10],
      ],
    ],
    [
      10,
      [
        [2, 6],
        [4, 8],
      ],
      [
        [0, 2],
        [8, 10],
      ],
    ],
    [10, [[8, 20]], [[0, 8]]],
    [0, [], []],
  ])("length %d minus %j", (length, spans, expected) => {
    const result = authoredSpans(
      length,
      spans.map(([start, end]) => ({ start, end })),
    );
    expect(result.map((s) => [s.start, s.end])).toEqual(expected);
  });
});

describe("isInSpans", () => {
  const spans = [
    { start: 5, end: 10 },
    { start: 20, end: 30 },
  ];
  test.each<[number, number, boolean]>([
    [0, 5, false],
    [4, 6, true],
    [5, 10, true],
    [10, 20, false],
    [12, 15, false],
    [19, 21, true],
    [29, 40, true],
    [30, 40, false],
    [7, 7, true],
    [10, 10, false],
    [0, 100, true],
  ])("[%d, %d) -> %s", (start, end, expected) => {
    expect(isInSpans(spans, start, end)).toBe(expected);
  });

  test("no spans", () => {
    expect(isInSpans([], 0, 1)).toBe(false);
  });
});

describe("quotedHistorySpans", () => {
  test("joins what the markup and the text show", () => {
    const plain = htmlToText(
      "<p>New text</p><p>From: Dan Whitaker<br>Sent: Monday<br>To: Alex<br>Subject: Quote</p><p>old</p>",
    );
    expect(plain.quotedSpans).toEqual([]);
    const spans = quotedHistorySpans(plain);
    expect(spans.map((s) => plain.text.slice(s.start, s.end))).toEqual([
      "From: Dan Whitaker\nSent: Monday\nTo: Alex\nSubject: Quote\nold",
    ]);
  });

  test("keeps the markup's spans", () => {
    const plain = htmlToText("<p>mine</p><blockquote>theirs</blockquote>");
    expect(quotedHistorySpans(plain).map((s) => plain.text.slice(s.start, s.end))).toEqual([
      "theirs",
    ]);
  });
});

describe("Outlook desktop (Word HTML) reply: the header has no id, the text shows it", () => {
  const html = readFileSync(
    join(__dirname, "../../fixtures/text/outlook-desktop-reply.html"),
    "utf8",
  );
  const plain = htmlToText(html);
  const spans = quotedHistorySpans(plain);

  test("everything from the From: line on is quoted", () => {
    expect(spans).toHaveLength(1);
    const quotedText = plain.text.slice(spans[0]!.start, spans[0]!.end);
    expect(quotedText.startsWith("From: Dan Whitaker <dan@whitakerbuilding.example>\nSent:")).toBe(
      true,
    );
    expect(quotedText.endsWith("See you at the golf day.")).toBe(true);
  });

  test("the author's part stays readable", () => {
    const [authored] = authoredSpans(plain.text.length, spans);
    const mine = plain.text.slice(authored!.start, authored!.end);
    expect(mine).toContain("Dear Dan,");
    expect(mine).toContain("we’ve kept the descriptions short.");
    expect(mine).not.toContain("golf");
  });
});

describe("quotedHistorySpans: answers written into the quoted message are the author's", () => {
  const text = [
    "My answers are inline below.",
    "",
    "From: Tom Achterberg <tom@kestrel.example>",
    "Sent: 10 March 2026 08:37",
    "To: Daniel Okafor",
    "Subject: Questions",
    "",
    "1. How long could they suspend supply?",
    "[DO: Up to 120 days under clause 19.3.]",
    "2. Is this easier to discuss?",
    "[DO - Yes; I'll give you a ring at 3pm",
    "and talk it through.]",
    "Thanks, Tom",
  ].join("\n");
  const spans = quotedHistorySpans({
    text,
    links: [],
    quotedSpans: [],
    sourceOffsets: new Int32Array(0),
  });
  const quotedText = spans.map((s) => text.slice(s.start, s.end)).join("|");

  it("keeps the questions quoted", () => {
    expect(quotedText).toContain("How long could they suspend supply?");
    expect(quotedText).toContain("Thanks, Tom");
  });
  it("gives the bracketed answers back to the author, across a line break", () => {
    expect(quotedText).not.toContain("[DO: Up to 120 days");
    expect(quotedText).not.toContain("I'll give you a ring");
    expect(quotedText).not.toContain("and talk it through.]");
  });
  it("does not read an ordinary bracket as an answer", () => {
    const plain = "Thanks\n\nFrom: X\nSent: Monday\nTo: Y\nSubject: Z\n\n[Draft] see clause 4";
    const only = quotedHistorySpans({
      text: plain,
      links: [],
      quotedSpans: [],
      sourceOffsets: new Int32Array(0),
    });
    expect(only.map((s) => plain.slice(s.start, s.end))).toEqual([
      "From: X\nSent: Monday\nTo: Y\nSubject: Z\n\n[Draft] see clause 4",
    ]);
  });
});

describe("headerBlocks (round 16: forwards read by listening)", () => {
  const at = (text: string) =>
    headerBlocks(text).map((b) => ({
      start: text.slice(b.start, b.start + 12),
      from: b.from < 0 ? "" : text.slice(b.from, b.from + 8),
    }));
  it.each<[string, string, { start: string; from: string }[]]>([
    [
      "an Outlook header without a marker",
      "From: A <a@x.example>\nSent: 1 May 2026\nTo: B\nSubject: s\n\nBody",
      [{ start: "From: A <a@x", from: "From: A " }],
    ],
    [
      "Outlook for Mac: From, Date, To",
      "From: A <a@x.example>\nDate: Monday, 1 May 2026 at 09:00\nTo: B <b@x.example>\n\nBody",
      [{ start: "From: A <a@x", from: "From: A " }],
    ],
    [
      "a marker line with its From below",
      "---------- Forwarded message ---------\nFrom: A <a@x.example>\nDate: 1 May\nSubject: s\n\nBody",
      [{ start: "---------- F", from: "From: A " }],
    ],
    [
      "two messages, each its own block",
      "From: A <a@x.example>\nSent: 1 May\nTo: B\n\nBody\n\nFrom: C <c@x.example>\nSent: 2 May\nTo: A\n\nOlder",
      [
        { start: "From: A <a@x", from: "From: A " },
        { start: "From: C <c@x", from: "From: C " },
      ],
    ],
    ["a From line alone is no header", "From: the board\n\nWe decided.", []],
    ["prose that mentions a date", "From Monday we meet.\nSent: yes\n\nText", []],
  ])("%s", (_name, text, blocks) => expect(at(text)).toEqual(blocks));
});

describe("isHeaderFieldLine", () => {
  const fields: string[] = [
    "From: Dana Whitfield <dana@northgate.example>",
    "Sent: Tuesday, 3 March 2026 09:14",
    "Date: Tue, 3 Mar 2026 09:14:00 +0000",
    "To: Legal Team",
    "Cc:",
    "Subject: Revised billing policy",
    "Importance: High",
    "Attachments: policy.pdf",
    "*From:* Dana Whitfield",
    "*Sent*: Tuesday",
    "Von: Jana Becker",
    "Gesendet: Dienstag",
    "Betreff: Richtlinie",
    "Envoyé : mardi 3 mars",
    "Objet : Politique",
    "Od: Anna Nowak",
    "Temat: Zasady",
  ];
  const prose: string[] = [
    "",
    "Please note the following:",
    "From now on we only accept summary invoices.",
    "Dear all,",
    "Subject to board approval, the policy applies from April.",
    "1. Review of file is not billable.",
  ];
  it.each(fields)("a header field: %s", (line) => expect(isHeaderFieldLine(line)).toBe(true));
  it.each(prose)("not a header field: %s", (line) => expect(isHeaderFieldLine(line)).toBe(false));
});
