/**
 * The perturbation suite in small (docs/listen.md, "The perturbation suite"): a fixed sample of
 * statements, each rewritten by every kind of scripts/corpus/perturb.ts that changes it, must be
 * heard as written (same fields, values and profiles), and look-alikes must stay silent under the
 * same rewrites. The full suite over the corpus is `npm run corpus:perturb`; this guards the
 * tolerance in CI without timing the corpus.
 */
import { PERTURBATIONS } from "../../../scripts/corpus/perturb";
import { hear } from "./listen-tester";

const FROM = "Ann Lee <ann.lee@acme-foods.example>";
const mail = (text: string) => `Hi Sam,\n\n${text}\n\nThanks,\nAnn`;

// Statements heard today, in the words the kinds vary (please, an adjective after "is", a
// wish with "a", "our IT has", "avoid mentioning", a sentence's full stop, "I'd").
const HEARD = [
  "Please don't phone me, email is fine.",
  "Phone calls are hard for me.",
  "I would like a monthly update on the first Monday.",
  "Our IT has blocked Zoom.",
  "Please avoid mentioning Nike or Adidas in the deck. They are our main competitors.",
  "Please keep politics out of the newsletter.",
  "I'd prefer email.",
  "Please send us summary invoices.",
  "Please call me Annie.",
  "No hospitality please, our policy doesn't allow it.",
  "We'd rather not be phoned; email is best.",
  "Updates on the lease are useful. Monthly is plenty.",
];

// Look-alikes in other senses that must stay silent under the same rewrites.
const SILENT = [
  "Please email me the signed copy of the lease by Friday.",
  "The hearing is fine for Tuesday.",
  "I'd like a copy of the minutes.",
  "Our team has been busy with the audit.",
  "Please keep the originals safe until the closing.",
  "Thanks for the call today, it was really helpful.",
];

const readings = (body: string) =>
  hear({ name: "", from: FROM, body: mail(body) })
    .filter((s) => !s.alreadyKnown)
    .map((s) => `${s.field}=${s.value} for ${s.profile}`)
    .sort();

describe("perturbations: the same readings in other filler", () => {
  for (const statement of HEARD) {
    const written = readings(statement);
    it(`is heard as written: ${statement}`, () => {
      expect(written.length).toBeGreaterThan(0);
    });
    for (const p of PERTURBATIONS) {
      if (p.kind === "lowercase-all") continue; // names in lower case: a known limit
      const rewritten = p.rewrite(statement);
      if (rewritten === statement) continue;
      it(`${p.kind}: ${rewritten}`, () => {
        expect(readings(rewritten)).toEqual(written);
      });
    }
  }
});

describe("perturbations: look-alikes stay silent", () => {
  for (const statement of SILENT) {
    for (const p of PERTURBATIONS) {
      const rewritten = p.rewrite(statement);
      it(`${p.kind}: ${rewritten}`, () => {
        expect(readings(rewritten)).toEqual([]);
      });
    }
  }
});

describe("perturbations: the rewrites themselves", () => {
  const one = (kind: string, text: string) =>
    PERTURBATIONS.find((p) => p.kind === kind)!.rewrite(text);
  it.each([
    ["pls", "Please call. Please write.", "Pls call. Plz write."],
    [
      "intensifier",
      "Email is fine and I prefer it.",
      "Email is really fine and I genuinely prefer it.",
    ],
    ["the", "I'd like a weekly note.", "I'd like the weekly note."],
    ["agreement", "Our IT has blocked Zoom.", "Our IT have blocked Zoom."],
    // Round 22: the organisation by one of its bodies, in cadence and hospitality wishes only.
    ["body", "We'd like a monthly update.", "The committee would like a monthly update."],
    [
      "body",
      "Please don't invite us to drinks receptions.",
      "Please don't invite the committee to drinks receptions.",
    ],
    ["body", "We'd prefer email.", "We'd prefer email."],
    ["body", "We don't accept hospitality.", "The board doesn't accept hospitality."],
    ["body", "Please send us a monthly update.", "Please send the committee a monthly update."],
    ["wrapper", "Avoid mentioning Nike.", "Avoid any mention of Nike."],
    ["trailing", "Please use email.", "Please use email these days."],
    ["possessive", "Don't mention Acme or Beta.", "Don't mention Acme or Beta's names."],
    ["lowercase", "Please call Ann at Acme.", "please call Ann at Acme."],
    ["contraction", "I'd rather not. We would like it.", "I would rather not. We'd like it."],
    ["spelling", "Our organisation's favourite colour", "Our organization's favorite color"],
    ["semicolon", "Not by phone; email is best.", "Not by phone. Email is best."],

    [
      "aside",
      "Updates help. Monthly is plenty.",
      "Updates help. Things are busy here. Monthly is plenty.",
    ],
    ["aside", "Updates help.\n\nMonthly is plenty.", "Updates help.\n\nMonthly is plenty."],
    ["voice", "The ban on Acme has been lifted.", "We have lifted the ban on Acme."],
    ["voice", "We have dropped the no-Zoom rule.", "The no-Zoom rule has been dropped."],
    ["voice", "The policy has been reviewed.", "The policy has been reviewed."],
    ["verbless", "Please don't phone me.", "No phone calls, please."],
    ["verbless", "Please use Teams for our calls.", "Teams for our calls, please."],
    ["verbless", "I'd rather not be called Meg.", "Not Meg, please."],
    ["verbless", "Please call me Meg - thanks.", "Just Meg, please - thanks."],
    ["verbless", "Please don't WhatsApp me.", "No WhatsApp, please."],
    // Not a whole sentence, or not a way of contact: left as written.
    ["verbless", "Please use Teams, as Zoom is blocked.", "Please use Teams, as Zoom is blocked."],
    ["verbless", "Please don't use the word cheap.", "Please don't use the word cheap."],
    ["verbless", "Please call me when you land.", "Please call me when you land."],
    [
      "relay-title",
      "I'm writing on behalf of Peter Hale (copied). Peter would rather not be phoned. Peter's diary is full, and he prefers email.",
      "I'm writing on behalf of Mr Hale (copied). He would rather not be phoned. His diary is full, and he prefers email.",
    ],
    [
      "relay-title",
      "I work for Dr Ngozi Okafor. She prefers Teams.",
      "I work for Dr Okafor. The Doctor prefers Teams.",
    ],
    [
      "relay-title",
      "PA to Sir Geoffrey Pemberton. He would rather not be telephoned.",
      "PA to Sir Geoffrey. He would rather not be telephoned.",
    ],
    [
      "relay-title",
      "On behalf of Dr Aoife Fitzgerald: she'd prefer to be addressed as Aoife.",
      "On behalf of Dr Aoife Fitzgerald: she'd prefer to be addressed as Aoife.",
    ],
    [
      "relay-title",
      "On behalf of our members at the Cardiff branch, please email.",
      "On behalf of our members at the Cardiff branch, please email.",
    ],
    // Round 20: light words before or inside the statement (by occurrence, from the body's length).
    ["filler", "Please call me Kate.", "Please always call me Kate."],
    ["filler", "Please use Teams.", "Please do use Teams."],
    ["filler", "Please email me.", "Please just email me."],
    ["filler", "Please use Zoom for me.", "Use Zoom for me, please."],
    ["filler", "Please use Teams for me.", "Please, please use Teams for me."],
    ["filler", "Text me.", "Just text me."],
    ["filler", "Email me.", "Always email me."],
    ["filler", "I don't want calls.", "I actually don't want calls."],
    ["filler", "I'd rather not be called Meg.", "I'd honestly rather not be 'Meg'."],
    ["filler", "I'd rather not be 'Meg'.", "I'd really rather not be called Meg."],
    ["filler", "Zoom will not work for us.", "Zoom will not work for any of us."],
    ["filler", "it's Gary with one r.", "its Gary with one r."],
    // "always" not before a condition, nothing before "don't".
    ["filler", "Please call me if it is urgent.", "Please just call me if it is urgent."],
    ["filler", "Please don't phone me.", "Please don't phone me."],
  ])("%s: %s", (kind, written, rewritten) => {
    expect(one(kind, written)).toBe(rewritten);
  });
  it("is deterministic", () => {
    const text = "Please, please, please use email. It is fine.";
    for (const p of PERTURBATIONS) expect(p.rewrite(text)).toBe(p.rewrite(text));
  });
});

describe("perturbations: register (the organisation's rules in the third person)", () => {
  const register = PERTURBATIONS.find((p) => p.kind === "register")!;
  const bank = { organisation: "Midlands Mutual Bank plc", domain: "midlandsmutual.example" };
  it.each([
    [bank, "We will not pay for 'File review'.", "The Bank will not pay for 'File review'."],
    [bank, "We won't pay for 'Team meeting'.", "The Bank will not pay for 'Team meeting'."],
    [
      bank,
      "We don't pay for clerical work - please write it off.",
      "Midlands Mutual Bank does not pay for clerical work - please write it off.",
    ],
    [bank, "We no longer accept paper invoices.", "The Bank no longer accepts paper invoices."],
    [
      bank,
      "Please don't call us about routine matters.",
      "Outside counsel should not call us about routine matters.",
    ],
    [
      bank,
      "We prefer Teams for meetings.",
      "Management has asked that advisers use Teams for meetings.",
    ],
    [
      bank,
      "We would ask that you do not mention Acme.",
      "The board has asked that advisers do not mention Acme.",
    ],
    [
      { organisation: "Kingchem Ltd", domain: "kingchem.example" },
      "We will not pay for 'File review'.",
      "Kingchem will not pay for 'File review'.",
    ],
    // No name on file: the domain's words.
    [
      { domain: "brackenford-council.example" },
      "We will not pay for 'File review'.",
      "The Council will not pay for 'File review'.",
    ],
    // Left as written: the writer's own wish, the writer and the firm together, a family's "we".
    [bank, "Please don't call me.", "Please don't call me."],
    [bank, "We don't need to meet in person.", "We don't need to meet in person."],
    [
      { domain: "gmail.com", personal: true },
      "We will not pay for 'File review'.",
      "We will not pay for 'File review'.",
    ],
  ])("%j: %s", (context, written, rewritten) => {
    expect(register.rewrite(written, context)).toBe(rewritten);
  });
  it("needs the organisation: without a context it leaves the text alone", () => {
    expect(register.rewrite("We will not pay for 'File review'.")).toBe(
      "We will not pay for 'File review'.",
    );
  });
});
