/**
 * Round 16 (listen-16b): structure. An own-organisation forward whose header block has no marker
 * line (Outlook's From/Sent/To/Subject, Outlook for Mac's From/Date/To/Subject, in the languages
 * quoted-history.ts reads), endorsed by the writer in more words ("please make sure your invoices
 * and your team follow it", "the policy our board approved"), with the forwarded author's sign-off
 * and signature cut; and a label before a colon ("Heads up: if…") that a refusal reads past.
 * Invented organisations, each case beside look-alikes in other senses.
 */
import { afterLabel } from "../../../src/core/listen/labels";
import { runListenTests } from "./listen-tester";

const FIONA = "Fiona Reid <fiona.reid@caledonia.example>";
const CALEDONIA = "@caledonia.example";

const POLICY = [
  "All,",
  "",
  "Outside counsel invoices must be summary only.",
  "Outside counsel shall not offer our employees meals, gifts or entertainment.",
  "",
  "Regards,",
  "Angus Bell",
  "Head of Procurement",
  "Please do not call me on my mobile, email only.",
].join("\n");

function forward(own: string, header: string[], policy = POLICY): string {
  return `Hi Jo,\n\n${own}\n\nThanks,\nFiona\n\n${header.join("\n")}\n\n${policy}\n`;
}

const OUTLOOK = [
  "From: Angus Bell <angus.bell@caledonia.example>",
  "Sent: 01 December 2026 09:12",
  "To: Legal Team <legal@caledonia.example>",
  "Subject: Outside counsel billing policy",
];
const OUTLOOK_MAC = [
  "From: Angus Bell <angus.bell@caledonia.example>",
  "Date: Monday, 1 December 2026 at 09:12",
  "To: Legal Team <legal@caledonia.example>",
  "Subject: Outside counsel billing policy",
];
const OUTLOOK_FRENCH = [
  "De : Angus Bell <angus.bell@caledonia.example>",
  "Envoyé : lundi 1 décembre 2026 09:12",
  "À : Legal Team <legal@caledonia.example>",
  "Objet : Outside counsel billing policy",
];
const MAILTO = [
  "From: Angus Bell [mailto:angus.bell@caledonia.example]",
  "Sent: 01 December 2026 09:12",
  "To: Legal Team",
  "Subject: Outside counsel billing policy",
];
const OTHER_ORG = [
  "From: Angus Bell <angus.bell@olf-procurement.example>",
  "Sent: 01 December 2026 09:12",
  "To: Fiona Reid <fiona.reid@caledonia.example>",
  "Subject: Outside counsel billing policy",
];

const POLICY_HEARD = [
  { field: "billingDetail" as const, value: "summary", profile: CALEDONIA },
  { field: "entertainment" as const, value: "avoid", profile: CALEDONIA },
];

runListenTests("round 16b: own-organisation forwards without a marker line", {
  heard: [
    {
      name: "Outlook header, 'please make sure your invoices and your team follow it', FW subject",
      from: FIONA,
      subject: "FW: Outside counsel billing policy",
      body: forward("Please make sure your invoices and your team follow it.", OUTLOOK),
      heard: POLICY_HEARD,
    },
    {
      name: "Outlook for Mac header, 'the policy our board approved' and 'below'",
      from: FIONA,
      body: forward("Below is the billing policy our board approved last month.", OUTLOOK_MAC),
      heard: POLICY_HEARD,
    },
    {
      name: "French Outlook header, 'see our guidelines below'",
      from: FIONA,
      subject: "TR: Outside counsel billing policy",
      body: forward("Please see our guidelines below.", OUTLOOK_FRENCH),
      heard: POLICY_HEARD,
    },
    {
      name: "a [mailto:] address in the header",
      from: FIONA,
      subject: "FW: Outside counsel billing policy",
      body: forward("Please see our guidelines below.", MAILTO),
      heard: POLICY_HEARD,
    },
    {
      name: "a marker line still counts, and the forwarded signature is cut there too",
      from: FIONA,
      body: forward("Please see our guidelines below.", [
        "---------- Forwarded message ---------",
        ...OUTLOOK_MAC,
      ]),
      heard: POLICY_HEARD,
    },
    {
      name: "only the first forwarded message: its own quoted history is not the policy",
      from: FIONA,
      subject: "FW: Outside counsel billing policy",
      body: forward(
        "Please see our guidelines below.",
        OUTLOOK,
        `${POLICY}\n\nFrom: Iain Gow <iain.gow@caledonia.example>\nSent: 28 November 2026 17:00\nTo: Angus Bell\nSubject: draft\n\nAll meetings with advisers are to be held on Microsoft Teams.\n`,
      ),
      heard: POLICY_HEARD,
    },
    // Round 17: an HTML forward (no blank line after the header), the writer wanting it known.
    {
      name: "no blank line after the header or anywhere below it (as HTML gives it)",
      from: FIONA,
      subject: "FW: Outside counsel billing policy",
      body: `Hi Jo,\n\nPlease see our guidelines below.\n\nThanks,\nFiona\n\n${OUTLOOK.join("\n")}\n${POLICY.replace(/\n\n/g, "\n")}\n`,
      heard: POLICY_HEARD,
    },
    {
      name: "'please make sure your billing team sees it'",
      from: FIONA,
      subject: "FW: Outside counsel billing policy",
      body: forward("Please make sure your billing team sees it.", OUTLOOK),
      heard: POLICY_HEARD,
    },
    {
      name: "'the revised billing policy below', the forwarded author's name line ends the policy",
      from: FIONA,
      subject: "FW: Outside counsel billing policy",
      body: forward(
        "The revised billing policy below applies from January.",
        OUTLOOK,
        POLICY.replace("Regards,\n", ""),
      ),
      heard: POLICY_HEARD,
    },
  ],
  silent: [
    {
      name: "the author's name line ends the policy: the signature's wish is not the organisation's",
      from: FIONA,
      subject: "FW: Outside counsel billing policy",
      body: forward("Please see our guidelines below.", OUTLOOK, POLICY.replace("Regards,\n", "")),
      fields: ["avoidChannels", "preferredChannels"],
    },
    {
      name: "'make sure' someone sees something else than the forward",
      from: FIONA,
      subject: "FW: Outside counsel billing policy",
      body: forward("Please make sure Angus sees the invoice by Friday.", OUTLOOK),
    },
    {
      name: "the forwarded author's signature line is not the organisation's wish",
      from: FIONA,
      subject: "FW: Outside counsel billing policy",
      body: forward("Please see our guidelines below.", OUTLOOK),
      fields: ["avoidChannels", "preferredChannels"],
    },
    {
      name: "a forward from another organisation, however endorsed",
      from: FIONA,
      subject: "FW: Outside counsel billing policy",
      body: forward("Please make sure your invoices and your team follow it.", OTHER_ORG),
    },
    {
      name: "an own-organisation forward the writer does not endorse",
      from: FIONA,
      subject: "FW: Outside counsel billing policy",
      body: forward("FYI, see below from Angus.", OUTLOOK),
    },
    {
      name: "a reply quoting a colleague, 'our terms' said, nothing pointed at",
      from: FIONA,
      subject: "RE: Outside counsel billing policy",
      body: forward("That is in line with our terms, thanks.", OUTLOOK),
    },
    {
      name: "a reply quoting a colleague: 'following our call' points at nothing below",
      from: FIONA,
      subject: "RE: Outside counsel billing policy",
      body: forward("Following our call, our terms are unchanged.", OUTLOOK),
    },
    {
      name: "'make sure' of something else than following it",
      from: FIONA,
      subject: "FW: Outside counsel billing policy",
      body: forward("Please make sure the invoice reaches Angus by Friday.", OUTLOOK),
    },
  ],
});

runListenTests("round 16b: a label before the clause start", {
  heard: [
    {
      name: "a label before a standing wish is read through",
      body: "Hi Jo,\n\nQuick note: I prefer email to phone calls.\n\nMegge",
      heard: [{ field: "preferredChannels", value: "email" }],
    },
    {
      name: "a label line: status reports, quarterly",
      body: "Hi Jo,\n\nStatus reports: quarterly, in writing.\n\nMegge",
      heard: [{ field: "statusUpdates", value: "quarterly" }],
    },
  ],
  silent: [
    {
      name: "Heads up: a hypothetical after the label",
      body: "Hi Jo,\n\nHeads up: if we close the Series C, the new board might want monthly updates.\n\nMegge",
    },
    {
      name: "Note: a condition after the label",
      body: "Hi Jo,\n\nNote: if it's urgent, ring me.\n\nMegge",
      fields: ["preferredChannels", "avoidChannels"],
    },
    {
      name: "One thing: unless after the label",
      body: "Hi Jo,\n\nOne thing: unless it is urgent, please email rather than call.\n\nMegge",
      fields: ["preferredChannels", "avoidChannels"],
    },
  ],
});

describe("afterLabel", () => {
  const table: [string, string | undefined][] = [
    [
      "Heads up: if we close the round, the board might want…",
      "if we close the round, the board might want…",
    ],
    ["Status reports: quarterly, in writing", "quarterly, in writing"],
    ["One more thing: unless it is urgent, email", "unless it is urgent, email"],
    ["Re: billing update for May", "billing update for May"],
    // Not labels: a sentence before the colon, a time, one word after it, no colon at all.
    ["I said it already in the summer: our IT only allows Webex", undefined],
    ["10:30 works for us on Friday", undefined],
    ["Updates: weekly", undefined],
    ["If we close the round, the board might want updates", undefined],
  ];
  for (const [text, after] of table) {
    it(`${text} → ${after ?? "no label"}`, () => expect(afterLabel(text)).toBe(after));
  }
});
