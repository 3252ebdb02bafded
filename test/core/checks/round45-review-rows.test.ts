/**
 * Round 45 (docs/checks.md, round 45: detect-45g): the helper review's drafts on which main is right
 * and the branch that did not ship was not. detect-45g added a learned second opinion on
 * competitor-mention's warnings (a table of its own, dropping a warning scored below 0.05); the
 * review found it dropped a rival named for its own case or breach, cited as an example or as news
 * ("In the Pepsi trade mark case, the court held…"), which is a mention the client would mind. Each
 * row runs the whole engine as it ships (the second opinion included), passes on main and fails on
 * detect-45g (verified by the lead, not kept there). detect-45g3, which shipped, keeps them: a rival
 * followed by a case word is never dropped.
 */
import { evaluate } from "../../../src/core/engine";
import { indexProfiles, parseProfiles, resolveProfiles } from "../../../src/core/profile";
import { probeDraft } from "../../../scripts/learn/probe-draft";

const ROWS: [rival: string, to: string, client: string, competitors: string[], body: string][] = [
  [
    "Marriott",
    "lena@grandstay.example",
    "Grand Stay Hotels",
    ["Harbour Hotels", "Marriott", "Hilton"],
    "Dear Lena,\n\nIn the Marriott data breach case, the ICO reduced the fine significantly. That is helpful for your own incident response.\n\nBest regards,\nJo",
  ],
  [
    "Pepsi",
    "megan@coca-cola.example",
    "Coca-Cola",
    ["Pepsi", "PepsiCo", "Dr Pepper"],
    "Dear Megan,\n\nIn the Pepsi trade mark case, the court held that colour alone can be distinctive. That helps your application for the red.\n\nBest,\nJo",
  ],
  [
    "Patagonia",
    "sam@trailhead.example",
    "Trailhead Outdoors",
    ["Summit Gear", "Patagonia"],
    "Dear Sam,\n\nIn the Patagonia case the court accepted that a slogan can be a trade mark. That supports your filing.\n\nRegards,\nJo",
  ],
  [
    "Northwind Bank",
    "tom@lakeside.example",
    "Lakeside Bank",
    ["Northwind Bank", "Northwind", "Barclays"],
    "Dear Tom,\n\nThe Northwind Bank breach was caused by an unpatched server. Please ask your IT team to confirm your systems are patched.\n\nKind regards,\nJo",
  ],
  [
    "Barclays",
    "tom@lakeside.example",
    "Lakeside Bank",
    ["Northwind Bank", "Northwind", "Barclays"],
    "Dear Tom,\n\nThe Barclays case on unfair terms will be heard in the Supreme Court next month. We will send you a note on the outcome.\n\nRegards,\nJo",
  ],
];

describe("round 45: a rival's own case or breach, cited, is still a mention", () => {
  it.each(ROWS)("warns %s, cited to %s", (rival, to, client, competitors, body) => {
    const { profiles, errors } = parseProfiles([
      { title: client, matchKey: `@${to.split("@")[1]}`, clientName: client, competitors },
    ]);
    expect(errors).toEqual([]);
    const findings = evaluate(
      probeDraft(body, [{ address: to, kind: "to" }]),
      resolveProfiles([to], indexProfiles(profiles)),
    ).filter((f) => f.check === "competitor-mention");
    expect(findings.map((f) => f.evidence?.text)).toEqual([rival]);
  });
});
