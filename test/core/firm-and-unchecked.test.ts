/**
 * Harm audit 49b, findings 2, 5 and 6 in the engine: one firm-domain test (sub-domain aware, on a
 * dot boundary, From only when it is an SMTP address, then the signed-in user), a list is never a
 * colleague nor a client "nobody has asked", and an entry without an SMTP address is not checked.
 */
import type { Draft } from "../../src/core/draft";
import { evaluate } from "../../src/core/engine";
import { atFirm, firmDomains } from "../../src/core/firm";
import { uncheckedKind, uncheckedLine, uncheckedRecipients } from "../../src/core/unchecked";
import { draftTo, profilesFor } from "./engine-drafts";

const found = (draft: Draft) =>
  evaluate(draft, profilesFor(draft)).map((f) => `${f.check} -> ${f.recipient}`);

describe("the firm's domains", () => {
  it("a colleague at a firm sub-domain is a colleague to the engine too", () => {
    const draft = draftTo(["sam@london.lawfirm.example"], "Hello Sam.");
    draft.from = { address: "alex@lawfirm.example" };
    expect(found(draft)).toEqual([]);
  });

  it("a look-alike domain is not the firm's", () => {
    expect(atFirm("x@notlawfirm.example", ["lawfirm.example"])).toBe(false);
    expect(atFirm("@london.lawfirm.example", ["@LawFirm.example"])).toBe(true);
    expect(atFirm("/o=ExchangeLabs/cn=x", ["lawfirm.example"])).toBe(false);
  });

  it("ignores a From with no '@' and adds the signed-in user's domain", () => {
    const draft = draftTo(["sarah@lawfirm.example"], "Hello Sarah.");
    draft.from = { address: "/o=ExchangeLabs/ou=x/cn=Recipients/cn=alex" };
    draft.user = { address: "alex@lawfirm.example" };
    expect(firmDomains(draft, { internalDomains: ["lawfirm-llp.example"] })).toEqual([
      "lawfirm-llp.example",
      "lawfirm.example",
    ]);
    expect(found(draft)).toEqual([]);
  });
});

describe("lists and entries without an SMTP address", () => {
  it("a list at the firm's domain is not a colleague, and not a client to ask", () => {
    const draft = draftTo([], "Hi Meg, our Pepsi research is attached.");
    draft.from = { address: "alex@lawfirm.example" };
    draft.recipients = [
      { address: "team@lawfirm.example", kind: "to", recipientType: "distributionList" },
    ];
    // Not internal (it may hold clients), and no "nobody has asked this client" for a list.
    expect(found(draft)).toEqual([]);
  });

  it("a list at a client's domain gets the organisation's profile", () => {
    const draft = draftTo([], "Our Pepsi research is attached.");
    draft.recipients = [
      { address: "legal-ops@coca-cola.example", kind: "to", recipientType: "distributionList" },
    ];
    expect(found(draft)).toEqual(["competitor-mention -> legal-ops@coca-cola.example"]);
  });

  it("tells the kinds apart", () => {
    const list = "distributionList";
    expect(uncheckedKind({ address: "", name: "Deal team", recipientType: list })).toBe(
      "contact-list",
    );
    expect(uncheckedKind({ address: "a@b.example", recipientType: list })).toBe("list");
    expect(uncheckedKind({ address: "/o=ExchangeLabs/cn=x", name: "Pat" })).toBe("no-address");
    expect(
      uncheckedKind({ address: "IMCEAEX-_O=EXCHANGELABS_CN=X@eurprd01.prod.example", name: "P" }),
    ).toBe("no-address");
    expect(uncheckedKind({ address: "", name: "Meg" })).toBe("no-address");
    expect(uncheckedKind({ address: "" })).toBeUndefined();
    expect(uncheckedKind({ address: "megge@coca-cola.example", recipientType: "user" })).toBe(
      undefined,
    );
  });

  it("names them in one short line", () => {
    const unchecked = uncheckedRecipients(
      [
        { address: "", name: "Coca-Cola deal team", recipientType: "distributionList" },
        {
          address: "litigation@lawfirm.example",
          name: "Litigation",
          recipientType: "distributionList",
        },
        { address: "/o=ExchangeLabs/cn=x", name: "Pat Doe" },
      ],
      ["lawfirm.example"],
    );
    expect(unchecked.map((u) => u.atFirm)).toEqual([false, true, false]);
    expect(uncheckedLine(unchecked)).toBe(
      "Rapport cannot see who is in \u201cCoca-Cola deal team\u201d and \u201cLitigation\u201d; expand them in Outlook (+) so each person is checked. Outlook gave no e-mail address for \u201cPat Doe\u201d, so it was not checked.",
    );
  });
});
