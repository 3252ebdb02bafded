/**
 * Round 34 (listen-34b): preferences heard in a sentence alone but lost in the whole message,
 * traced to the stage that dropped them. Each heard row beside the negative the same stage must
 * still keep silent. Invented organisations and words.
 *
 * - A name-only header ("From: Facilities Desk", no address) is how Outlook shows a sender inside
 *   the writer's own organisation: a forward under it is the organisation's rules when the writer
 *   calls it theirs ("our … policy below"); not when the writer only says it binds the firm.
 * - An opening "For <occasion>" that also says the wish lasts ("… and from now on") does not make
 *   the rest of its sentence a one-off.
 * - News of the day that says what the writer never does is a habit: a bare refusal after it
 *   stands ("I'm on the boats all day and never hear it. Don't ring.").
 */
import { runListenTests } from "./listen-tester";

const ISLA = "Isla Drummond <isla.drummond@pentlowe.example>";
const PENTLOWE = "@pentlowe.example";

const NAME_ONLY_HEADER = [
  "From: Supplier Relations",
  "Sent: 12 November 2026 10:30",
  "To: All Procurement Staff",
  "Subject: Adviser contact rules",
];

const RULES = [
  "ADVISER CONTACT RULES",
  "",
  "1. Advisers must not contact Pentlowe staff by WhatsApp.",
  "2. Questions to the supplier relations desk.",
].join("\n");

function forward(own: string): string {
  return `Jo,\n\n${own}\n\nIsla\n\n-----Original Message-----\n${NAME_ONLY_HEADER.join("\n")}\n\n${RULES}\n`;
}

runListenTests("round 34b: heard alone, kept in the whole message", {
  silent: [
    {
      name: "a name-only forward the writer does not call their own",
      from: ISLA,
      subject: "FW: Adviser contact rules",
      body: forward("For information, this is what the supplier sent round; see below."),
      fields: ["avoidChannels"],
    },
    {
      name: "a name-only forward said to bind the firm, but never called the writer's own",
      from: ISLA,
      subject: "FW: Adviser contact rules",
      body: forward("This applies to you as well, see below."),
      fields: ["avoidChannels"],
    },
    {
      name: "an opening occasion with no lasting word still limits its sentence",
      body: "Jo,\nFor Friday's session please use Teams - Zoom is blocked on our network.\nMegge",
      fields: ["avoidChannels"],
    },
    {
      name: "an opening scope of business (not a lasting time) still limits its sentence",
      body: "Jo,\nFor anything touching the Leith tender on this story, Signal only please - nothing over email or phone.\nMegge",
      fields: ["avoidChannels"],
    },
    {
      name: "news of one day before a bare refusal is still that day's",
      body: "Jo,\nI'm at the tribunal all day. Don't ring.\nMegge",
      fields: ["avoidChannels"],
    },
  ],
  heard: [
    {
      name: "a name-only forward the writer calls our policy",
      from: ISLA,
      subject: "FW: Adviser contact rules",
      body: forward(
        "Please see our new adviser contact policy below - it applies to all panel firms.",
      ),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: PENTLOWE }],
    },
    {
      name: "an opening occasion that also says from now on limits nothing",
      body: "Jo,\nFor Friday's session and from now on please use Teams - Zoom is blocked on our network.\nMegge",
      heard: [
        { field: "meetingPlatform", value: "teams", profile: "@coca-cola.example" },
        { field: "avoidChannels", value: "zoom", profile: "@coca-cola.example" },
      ],
    },
    {
      name: "news of the day that says what the writer never does is a habit",
      body: "Jo,\nI'm on the boats all day and never hear it. Don't ring.\nMegge",
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
  ],
});
