import { COKE, runListenTests } from "./listen-tester";

// The full name given whole (round 11), written for this table (not from the corpus): a frame that
// says the name is the writer's ("Full legal name:", "spell my name", "my name should read", "it
// is Zoë, with the diaeresis, …") and a name of two words or more that shares a word with the
// writer's own. Taken exactly as written, a title before it dropped. Not a colleague's or a
// company's name, not a complaint that gives no name, not a signature, not the firm's form quoted.
const ANA = "Ana Ruiz <ana.ruiz@acme.example>";
const SIOBHAN = "Siobhan Bryan <siobhan.bryan@acme.example>";
const KWAME = "Kwame Asante <kwame.asante@acme.example>";
const ZOE = "Zoe Hartley <zoe.hartley@acme.example>";
const MEGGE_FULL = "Megge Anderson <megge.anderson@coca-cola.example>";
const NAMES = ["fullName", "preferredName", "avoidNames"] as const;
const mail = (text: string, name: string) => `Hi Jo,\n\n${text}\n\nBest,\n${name}`;

runListenTests("full name given whole", {
  silent: [
    {
      name: "a complaint that gives no name",
      from: ANA,
      body: mail("My name on the contract is wrong.", "Ana"),
      fields: [...NAMES],
    },
    {
      name: "a colleague's full name",
      from: ANA,
      body: mail("My colleague's full name is Pedro Luis Gómez.", "Ana"),
      fields: [...NAMES],
    },
    {
      name: "someone's full name sharing the writer's surname",
      from: ANA,
      body: mail("Tom's full name is Tom Ruiz Blake.", "Ana"),
      fields: [...NAMES],
    },
    {
      name: "a company's legal name",
      from: ANA,
      body: mail("The company's full legal name is Acme Holdings Limited.", "Ana"),
      fields: [...NAMES],
    },
    {
      name: "a company's name in the writer's frame",
      from: ANA,
      body: mail("My name should read Ana Ruiz Holdings Limited.", "Ana"),
      fields: ["fullName"],
    },
    {
      name: "another party's name on a label",
      from: ANA,
      body: mail("Full legal name of the buyer: Pedro Luis Gómez.", "Ana"),
      fields: [...NAMES],
    },
    {
      name: "a signature block",
      from: ANA,
      body: "Hi Jo,\n\nThanks for this.\n\nKind regards,\nAna María Ruiz-Tagle\nHead of Procurement",
      fields: ["fullName"],
    },
    {
      name: "a form the firm filled in, quoted",
      from: ANA,
      body: "Hi Jo,\n\nLooks fine to me.\n\nAna\n\nOn Mon, 3 Mar 2025, Jo Bloggs wrote:\n> Full legal name: Ana María Ruiz-Tagle\n> Please check and confirm.",
      fields: ["fullName"],
    },
    {
      name: "'it is' without a spelling note",
      from: ANA,
      body: mail("It is Ana, my sister, Ana Ruiz Blanco who signs.", "Ana"),
      fields: ["fullName"],
    },
  ],
  heard: [
    {
      name: "a label line",
      from: ANA,
      body: mail("Full legal name: Ana María Ruiz-Tagle.", "Ana"),
      heard: [{ field: "fullName", value: "Ana María Ruiz-Tagle" }],
    },
    {
      name: "spell my name",
      from: SIOBHAN,
      body: mail("Please spell my name Siobhán Ní Bhriain.", "Siobhan"),
      heard: [{ field: "fullName", value: "Siobhán Ní Bhriain" }],
    },
    {
      name: "my name should read, the title dropped",
      from: KWAME,
      body: mail("My name should read Dr Kwame Asante-Boateng on the letters.", "Kwame"),
      heard: [{ field: "fullName", value: "Kwame Asante-Boateng" }],
    },
    {
      name: "a spelling note, then the whole name",
      from: ZOE,
      body: mail("It is Zoë, with the diaeresis, Zoë Hartley-Price.", "Zoe"),
      heard: [{ field: "fullName", value: "Zoë Hartley-Price" }],
    },
    {
      name: "my full name is",
      from: ANA,
      body: mail("For the deed, my full name is Ana María Ruiz-Tagle.", "Ana"),
      heard: [{ field: "fullName", value: "Ana María Ruiz-Tagle" }],
    },
    {
      name: "the name the header already gives (the header is not the profile)",
      from: ANA,
      body: mail("My name is Ana Ruiz and I run procurement.", "Ana"),
      heard: [{ field: "fullName", value: "Ana Ruiz" }],
    },
    {
      name: "use my full name, in apposition",
      from: ANA,
      body: mail("Please use my full name, Ana María Ruiz-Tagle, on the deed.", "Ana"),
      heard: [{ field: "fullName", value: "Ana María Ruiz-Tagle" }],
    },
  ],
});

// A forwarded internal policy is the organisation's: its rules go on the organisation, and a
// name in it on no one (NAME_FIELDS in listen.ts).
const POLICY = (line: string) =>
  `Jo, our updated billing guidelines below, for your records.\nMegge\n\n---------- Forwarded message ---------\nFrom: Finance <finance@coca-cola.example>\nDate: Mon, 3 Mar 2025\nSubject: Guidelines\n\nInvoices must be summary only.\n${line}`;

runListenTests("a full name in a forwarded policy", {
  silent: [],
  heard: [
    {
      name: "the policy's rule is the organisation's, its name no one's",
      from: MEGGE_FULL,
      body: POLICY("Full legal name: Megge Anne Anderson."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "the same line in the writer's own words is theirs",
      from: MEGGE_FULL,
      body: mail("Full legal name: Megge Anne Anderson.", "Megge"),
      heard: [{ field: "fullName", value: "Megge Anne Anderson" }],
    },
  ],
});

runListenTests("the whole name changed to, 'It's X now' (round 30)", {
  silent: [
    {
      name: "one word before 'now' is a name to use, not the whole name",
      from: MEGGE_FULL,
      body: mail("It's Meg now, by the way.", "Megge"),
      fields: ["fullName"],
    },
    {
      name: "a colleague's whole name with 'now', in no name frame",
      from: ANA,
      body: mail("The file is with Pedro Gómez now.", "Ana"),
      fields: [...NAMES],
    },
  ],
  heard: [
    {
      name: "'It's <whole name> now' after a marriage",
      from: ANA,
      body: mail(
        "I married in June. It's Ana Ruiz-Calder now, so please change your records.",
        "Ana",
      ),
      heard: [{ field: "fullName", value: "Ana Ruiz-Calder" }],
    },
    {
      name: "'It is <whole name> now'",
      from: ZOE,
      body: mail("It is Zoe Hartley-Price now.", "Zoe"),
      heard: [{ field: "fullName", value: "Zoe Hartley-Price" }],
    },
  ],
});

// Round 31: a whole name with "now" that shares no word with the writer's is someone else's (a
// successor), not the writer's new surname after her given name; written for this table.
runListenTests("round 31: 'It's <whole name> now' sharing no word with the writer's", {
  silent: [
    {
      name: "a successor named with 'now'",
      from: ANA,
      body: mail(
        "I am retiring at Easter. It's Tomás Ibarra now, he takes over the account.",
        "Ana",
      ),
      fields: [...NAMES],
    },
    {
      name: "'I'm' and a whole name with none of the writer's words",
      from: ANA,
      body: mail("I'm Tomás Ibarra now.", "Ana"),
      fields: ["fullName"],
    },
  ],
  heard: [
    {
      name: "the new whole name keeps the writer's given name",
      from: ANA,
      body: mail("I married in May. It's Ana Ibarra now.", "Ana"),
      heard: [{ field: "fullName", value: "Ana Ibarra" }],
    },
  ],
});
