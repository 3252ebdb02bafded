/**
 * Round 47 (docs/checks.md, avoided-topic, "Round 47: detect-47t"): the helper review's drafts on
 * which main is right and the branch that did not ship was not. detect-47t gave avoided-topic a
 * learned table of its own that also read the recipient's notes; the review found it dropped a
 * topic raised as news or an aside beside a matter word ("The hearing has moved … because of the
 * rail strikes"), and an aside about the topic when the notes grant it only for one matter. Each
 * row runs the whole engine as it ships (the second opinion included) and passes on main; on
 * detect-47t each loses the warning (the review's run, /tmp/review47t, not kept).
 */
import { evaluate } from "../../../src/core/engine";
import { indexProfiles, parseProfiles, resolveProfiles } from "../../../src/core/profile";
import { probeDraft } from "../../../scripts/learn/probe-draft";

const ALDER = {
  to: "alder@harrow.example",
  client: "Harrow Ltd",
  topics: ["redundancies", "strikes"],
  notes:
    "Happy to discuss redundancies where the tribunal claims require it. Prefers short emails.",
};
const FROST = {
  to: "frost@wren.example",
  client: "Wren Foods",
  topics: ["politics", "redundancies"],
  notes:
    "Politics is fine in the context of the planning appeal only. Do not raise redundancies unless she does.",
};

const ROWS: [evidence: string, who: typeof ALDER, body: string][] = [
  [
    "strikes",
    ALDER,
    "Dear Tom,\n\nThe hearing has moved to Thursday because of the rail strikes. Did you get caught in them yesterday?\n\nBest,\nAnna",
  ],
  [
    "redundancies",
    ALDER,
    "Dear Tom,\n\nThe case management conference went well. Our own office is also bracing for redundancies, sadly.\n\nKind regards,\nAnna",
  ],
  [
    "politics",
    FROST,
    "Dear Kim,\n\nThe lease is fine. Are you following the election? The politics of it are fascinating.\n\nAnna",
  ],
];

describe("round 47: an avoided topic as news or an aside beside matter words is still raised", () => {
  it.each(ROWS)("warns on %s", (evidence, who, body) => {
    const { profiles, errors } = parseProfiles([
      {
        title: who.client,
        matchKey: who.to,
        clientName: who.client,
        avoidTopics: who.topics,
        notes: who.notes,
      },
    ]);
    expect(errors).toEqual([]);
    const findings = evaluate(
      probeDraft(body, [{ address: who.to, kind: "to" }]),
      resolveProfiles([who.to], indexProfiles(profiles)),
    ).filter((f) => f.check === "avoided-topic");
    expect(findings.map((f) => f.evidence?.text.toLowerCase())).toContain(evidence);
  });
});
