import { asOrganisationRule } from "../../../src/core/listen/recognisers/practice";
import { COKE, runListenTests } from "./listen-tester";

// The organisation's rules stated as its practice (round 11), written for this table (not from
// the corpus): nobody in it does X, "our lot" do X, company policy says invoices are Y. All the
// organisation's; one named person's taste is not.
const mail = (text: string) => `Jo,\n\n${text}\n\nMegge`;
const GMAIL = "Megge Anderson <megge.anderson@gmail.com>";

runListenTests("organisation rules stated as practice", {
  silent: [
    {
      name: "one named person's taste",
      body: mail("My team lead prefers Zoom."),
      fields: ["meetingPlatform", "avoidChannels", "preferredChannels"],
    },
    { name: "nobody else", body: mail("Nobody else uses WhatsApp.") },
    { name: "nobody who…", body: mail("Nobody who uses WhatsApp has complained.") },
    { name: "another company's practice", body: mail("Nobody at Barclays uses WhatsApp.") },
    {
      name: "at another company",
      body: mail("At Barclays, invoices are always summary."),
      fields: ["billingDetail"],
    },
    {
      name: "invoices described, with no policy",
      body: mail("Your invoices are summary, which surprised me."),
      fields: ["billingDetail"],
    },
  ],
  heard: [
    {
      name: "nobody here uses",
      body: mail("Nobody here uses Zoom."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
    {
      name: "nobody in finance uses",
      body: mail("Nobody in finance uses WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
    },
    {
      name: "nobody at the organisation, by its own name",
      body: mail("Nobody at Coca-Cola uses WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
    },
    {
      name: "our lot prefer",
      body: mail("Our lot prefer Teams."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "our lot don't do",
      body: mail("Our lot don't do phone calls."),
      heard: [{ field: "avoidChannels", value: "phone", profile: COKE }],
    },
    {
      name: "company policy that invoices are summary",
      body: mail("It's company policy that invoices are summary."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "at the organisation, bills are itemised",
      body: mail("At Coca-Cola, bills are always itemised."),
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: "a personal mailbox keeps it on the person",
      from: GMAIL,
      body: mail("Nobody here uses WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: "megge.anderson@gmail.com" }],
    },
  ],
});

describe("asOrganisationRule", () => {
  const cases: [string, string | undefined][] = [
    ["Nobody here uses Zoom.", "we don't use Zoom."],
    ["Nobody in the legal team does WhatsApp.", "we don't do WhatsApp."],
    ["But nobody here touches Signal.", "But we don't touch Signal."],
    ["Our lot prefer Teams.", "we prefer Teams."],
    ["It's company policy that invoices are summary.", "invoices should be in summary."],
    ["Nobody else uses Zoom.", undefined],
    ["Nobody here to help.", undefined],
    ["Nobody at Barclays uses Zoom.", undefined],
    ["Our team lead prefers Zoom.", undefined],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(asOrganisationRule(text, "coca-cola.example")).toBe(expected);
  });
});

// Round 31 (analysis-lh28 M5), written for this table: a ban on the organisation's own people
// reported as the decision of the organisation or its body, after a reason, with an aside
// between the subject and the verb read past. Not another company's body.
const decided = (text: string) => `Dear Jo,\n\n${text}\n\nKind regards,\nMegge`;
runListenTests("round 31: a ban on our own people reported as a decision", {
  silent: [
    {
      name: "another company's board deciding",
      body: decided("The Brightline board has decided that none of us will accept lunches."),
      fields: ["entertainment"],
    },
    {
      name: "a decision about something else",
      body: decided("The trustees have decided that none of us will chair the AGM this year."),
      fields: ["entertainment"],
    },
  ],
  heard: [
    {
      name: "the trustees' decision, after a reason, with an aside",
      body: decided(
        "After the audit, the trustees have decided that none of us - staff or volunteers - will accept hospitality from suppliers.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "'we have agreed that no member of staff may'",
      body: decided("We have agreed that no member of staff may accept gifts or hospitality."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
  ],
});
