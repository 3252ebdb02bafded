/**
 * Round 22 (listen-22a, analysis-lh19 §0 item 6, groups G and H): the organisation named by one of
 * its bodies ("the family", "the committee", "the team", "the board", "the trustees") as the
 * subject of a cadence or hospitality wish, or as whom not to invite, is the organisation; and a
 * hospitality refusal said as a request about what the firm should not do ("we would ask that the
 * firm does not invite us to hospitality") is entertainment avoid. Look-alikes: another company's
 * body, a body named with no wish, one occasion or another person.
 */
import { runListenTests } from "./listen-tester";

const ANN = "Ann Beaumont <ann@beaumont-royalties.example>";
const ORG = "@beaumont-royalties.example";
const TRUST = "Harjit Sandhu <harjit@gurdwara-trust.example>";
const TRUST_ORG = "@gurdwara-trust.example";

const note = (text: string) => `Hi Jo,\n\n${text}\n\nBest,\nAnn`;

runListenTests("round 22: the organisation by one of its bodies; invitations refused", {
  heard: [
    {
      name: "'the family' asks for a cadence (a family company)",
      from: ANN,
      body: note(
        "The family would like a written update once a month, ahead of the royalty distribution meeting.",
      ),
      heard: [
        {
          field: "statusUpdates",
          value: "monthly, ahead of the royalty distribution meeting",
          profile: ORG,
        },
      ],
    },
    {
      name: "'the team' asks for a cadence",
      from: ANN,
      body: note("The team would like a short update every Friday."),
      heard: [{ field: "statusUpdates", value: "every Friday", profile: ORG }],
    },
    {
      name: "the mandative: 'we would ask that the firm does not invite the committee to …'",
      from: TRUST,
      body: note(
        "As a trust we would ask that the firm does not invite the committee to drinks receptions or hospitality at all.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: TRUST_ORG }],
    },
    {
      name: "the mandative with 'us': 'we would ask that the firm does not invite us to hospitality'",
      from: TRUST,
      body: note("We would ask that the firm does not invite us to hospitality."),
      heard: [{ field: "entertainment", value: "avoid", profile: TRUST_ORG }],
    },
    {
      name: "'please do not invite the committee to drinks receptions'",
      from: TRUST,
      body: note("Please do not invite the committee to drinks receptions."),
      heard: [{ field: "entertainment", value: "avoid", profile: TRUST_ORG }],
    },
    {
      name: "'the committee would rather not be invited to hospitality' (rather + bare infinitive)",
      from: TRUST,
      body: note("The committee would rather not be invited to hospitality."),
      heard: [{ field: "entertainment", value: "avoid", profile: TRUST_ORG }],
    },
    {
      name: "'the trustees would prefer not to receive invitations to events'",
      from: TRUST,
      body: note("The trustees would prefer not to receive invitations to events."),
      heard: [{ field: "entertainment", value: "avoid", profile: TRUST_ORG }],
    },
    {
      name: "'please don't send the team any hampers or tickets in future'",
      from: TRUST,
      body: note("Please don't send the team any hampers or tickets in future."),
      heard: [{ field: "entertainment", value: "avoid", profile: TRUST_ORG }],
    },
    {
      name: "'we'd prefer the firm didn't take the board out for dinners or to games'",
      from: TRUST,
      body: note("We'd prefer the firm didn't take the board out for dinners or to hockey games."),
      heard: [{ field: "entertainment", value: "avoid", profile: TRUST_ORG }],
    },
    {
      name: "'the family would love to be invited to the summer party again' (welcome)",
      from: ANN,
      body: note("The family would love to be invited to the summer party again."),
      heard: [{ field: "entertainment", value: "welcome", profile: ORG }],
    },
    {
      name: "the organisation's own committee by what it does: 'the Audit Committee would like…'",
      from: ANN,
      body: note("The Audit Committee would like monthly updates."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: ORG }],
    },
  ],
  silent: [
    {
      name: "another company's board, by its name: 'the Brightline board would rather not be invited'",
      from: TRUST,
      body: note("The Brightline board would rather not be invited to hospitality."),
      fields: ["entertainment"],
    },
    {
      name: "another company's board, possessive: 'Brightline's board would like monthly updates'",
      from: ANN,
      body: note("Brightline's board would like monthly updates."),
      fields: ["statusUpdates"],
    },
    {
      name: "another side's committee: 'their committee would rather not be invited'",
      from: TRUST,
      body: note("Their committee would rather not be invited to hospitality."),
      fields: ["entertainment"],
    },
    {
      name: "the writer's relatives: 'my family would like a written update once a month'",
      from: ANN,
      body: note("My family would like a written update once a month."),
      fields: ["statusUpdates"],
    },
    {
      name: "another family: 'the Smith family would like a written update once a month'",
      from: ANN,
      body: note("The Smith family would like a written update once a month."),
      fields: ["statusUpdates"],
    },
    {
      name: "a body named with no wish: 'the committee meets on Fridays'",
      from: TRUST,
      body: note("The committee meets on Fridays."),
    },
    {
      name: "a one-off about another person: 'do not invite him to the signing'",
      from: TRUST,
      body: note("Please do not invite him to the signing."),
      fields: ["entertainment"],
    },
    {
      name: "one lot of tickets delivered: 'please don't send us the tickets, we'll collect them'",
      from: TRUST,
      body: note("Please don't send us the tickets for Friday, we will collect them."),
      fields: ["entertainment"],
    },
  ],
});
