/**
 * Round 20 (listen-20c, from the lh18 diagnosis, change 3): an own-organisation forward endorsed
 * by saying it binds the firm ("This applies to all outside counsel from Q1, you included",
 * "this covers you", "please apply this to us") is the organisation's rules, as "our policy
 * below" is. Precision first: the same words of someone else ("the other side"), hedged,
 * conditional, questioned or negated, and another company's forward, stay silent. Invented
 * organisations. The first four heard rows were silent before; "please apply this to …" was
 * already read as "please apply this" (FOLLOW) and stays as a control. The conditional,
 * questioned, doubted and negated rows are heard without `bindsTheFirm`'s sentence check.
 */
import { runListenTests } from "./listen-tester";

const MAIRI = "Mairi Lennox <mairi.lennox@brackenfold.example>";
const BRACKENFOLD = "@brackenfold.example";

const POLICY = [
  "All,",
  "",
  "Outside counsel invoices must be summary only.",
  "Outside counsel shall not offer our employees meals, gifts or entertainment.",
  "",
  "Regards,",
  "Rhona Tait",
  "Head of Legal Operations",
].join("\n");

const HEADER = [
  "From: Rhona Tait <rhona.tait@brackenfold.example>",
  "Sent: 01 December 2026 09:12",
  "To: Legal Team <legal@brackenfold.example>",
  "Subject: Outside counsel billing policy",
];
const OTHER_HEADER = [
  "From: Rhona Tait <rhona.tait@olf-procurement.example>",
  "Sent: 01 December 2026 09:12",
  "To: Mairi Lennox <mairi.lennox@brackenfold.example>",
  "Subject: Outside counsel billing policy",
];

function forward(own: string, header = HEADER): string {
  return `Hi Jo,\n\nSee below from our Legal Ops team. ${own}\n\nThanks,\nMairi\n\n${header.join("\n")}\n\n${POLICY}\n`;
}

const FW = "FW: Outside counsel billing policy";
const HEARD = [
  { field: "billingDetail" as const, value: "summary", profile: BRACKENFOLD },
  { field: "entertainment" as const, value: "avoid", profile: BRACKENFOLD },
];

runListenTests("round 20c: a forward endorsed as binding the firm", {
  silent: [
    {
      name: "it applies to the other side",
      from: MAIRI,
      subject: FW,
      body: forward("This applies to the other side's advisers, not to you."),
    },
    {
      name: "a condition: if this applies to you",
      from: MAIRI,
      subject: FW,
      body: forward("If this applies to your firm, let me know and we can discuss."),
    },
    {
      name: "a question whether it applies",
      from: MAIRI,
      subject: FW,
      body: forward("Does this apply to you, do you think?"),
    },
    {
      name: "a statement ending in a question",
      from: MAIRI,
      subject: FW,
      body: forward("So this applies to all outside counsel?"),
    },
    {
      name: "a doubt",
      from: MAIRI,
      subject: FW,
      body: forward("I'm not sure this covers you, as you were engaged before the cut-off."),
    },
    {
      name: "hedged with a modal",
      from: MAIRI,
      subject: FW,
      body: forward("This may apply to your firm from next year."),
    },
    {
      name: "negated",
      from: MAIRI,
      subject: FW,
      body: forward("None of this applies to you; it is for our own staff."),
    },
    {
      name: "your team's hours, not your team",
      from: MAIRI,
      subject: FW,
      body: forward("It covers your team's hours on the audit."),
    },
    {
      name: "another company's forward, endorsed the same way",
      from: MAIRI,
      subject: FW,
      body: forward("This applies to all outside counsel from Q1, you included.", OTHER_HEADER),
    },
  ],
  heard: [
    {
      name: "'this applies to all outside counsel from Q1, you included'",
      from: MAIRI,
      subject: FW,
      body: forward("This applies to all outside counsel from Q1, you included."),
      heard: HEARD,
    },
    {
      name: "'it applies to all panel firms'",
      from: MAIRI,
      subject: FW,
      body: forward("It applies to all panel firms from January."),
      heard: HEARD,
    },
    {
      name: "'this covers you'",
      from: MAIRI,
      subject: FW,
      body: forward("This covers you as well, I'm afraid."),
      heard: HEARD,
    },
    {
      name: "'these now apply to your firm too'",
      from: MAIRI,
      subject: FW,
      body: forward("These now apply to your firm too."),
      heard: HEARD,
    },
    {
      name: "'please apply this to us'",
      from: MAIRI,
      subject: FW,
      body: forward("Please apply this to our matters from the next invoice."),
      heard: HEARD,
    },
    {
      name: "'please apply this to us', the plain form",
      from: MAIRI,
      subject: FW,
      body: forward("Please apply this to us as well."),
      heard: HEARD,
    },
  ],
});
