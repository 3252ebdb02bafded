/** @jest-environment jsdom */
/**
 * Harm audit 49b, findings 1, 2, 5 and 6, in the pane: each kind of recipient Rapport cannot check
 * has a card state of its own (never "not resolved yet", never "No profile yet — ask them", never
 * Create or Ask for a list), a list is never a colleague, and the pane's firm test is core's.
 */
import "./dom-setup";
import { render, screen, within } from "@testing-library/react";
import { RapportApp } from "../../src/taskpane/App";
import { clientAddresses, firmDomains, paneRecipients } from "../../src/taskpane/recipients";
import type { Recipient } from "../../src/core/draft";
import type { ApplyFixResult } from "../../src/office/item-adapter";
import {
  draftTo,
  fakeEvaluate,
  FakeItemAdapter,
  InMemoryProfileSource,
  LAWYER,
  MEGGE,
} from "./fakes";

/** A draft that takes what "Ask" inserts, so the pane offers Ask where it would. */
class AskAdapter extends FakeItemAdapter {
  async insertText(): Promise<ApplyFixResult> {
    return { ok: true };
  }
}

const NOW = new Date(2026, 10, 23);

const CONTACT_LIST: Recipient = {
  address: "",
  name: "Coca-Cola deal team",
  kind: "to",
  recipientType: "distributionList",
};
const FIRM_LIST: Recipient = {
  address: "cocacola-dealteam@firm.example",
  name: "Deal team (firm)",
  kind: "cc",
  recipientType: "distributionList",
};
const CLIENT_LIST: Recipient = {
  address: "legal-ops@coca-cola.example",
  name: "Coca-Cola Legal Ops",
  kind: "to",
  recipientType: "distributionList",
};
const X500: Recipient = {
  address: "/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=1c2e-pat",
  name: "Pat Doe",
  kind: "cc",
  recipientType: "externalUser",
};

function renderPane(recipients: Recipient[]) {
  render(
    <RapportApp
      adapter={new AskAdapter(draftTo(recipients))}
      profiles={new InMemoryProfileSource()}
      now={NOW}
      evaluateDraft={fakeEvaluate}
    />,
  );
}

/** Buttons that would create a profile or ask a list: none may be offered on these cards. */
function expectNoCreateOrAsk(card: HTMLElement) {
  for (const button of within(card).queryAllByRole("button")) {
    expect(button).not.toHaveAccessibleName(/create|add a profile|^ask /i);
  }
}

describe("cards for recipients Rapport cannot check", () => {
  it("a contact list: its own state, not 'not resolved yet'", async () => {
    renderPane([MEGGE, CONTACT_LIST]);
    const card = await screen.findByRole("article", { name: "Coca-Cola deal team" });
    expect(within(card).getByText("Contact list: not checked")).toBeInTheDocument();
    expect(within(card).getByText(/Expand it in Outlook \(\+\)/)).toBeInTheDocument();
    expect(within(card).queryByText(/not resolved/i)).not.toBeInTheDocument();
    expectNoCreateOrAsk(card);
  });

  it("a list at the firm's domain is not a colleague", async () => {
    renderPane([MEGGE, FIRM_LIST]);
    const card = await screen.findByRole("article", { name: "Deal team (firm)" });
    expect(within(card).getByText("List or group: members not checked")).toBeInTheDocument();
    expect(within(card).queryByText("Colleague at the firm")).not.toBeInTheDocument();
    expectNoCreateOrAsk(card);
  });

  it("a list at a client's domain shows the organisation's profile, with no person's Create", async () => {
    renderPane([CLIENT_LIST]);
    const card = await screen.findByRole("article", { name: "Coca-Cola Legal Ops" });
    expect(within(card).getByText("List or group: members not checked")).toBeInTheDocument();
    expect(within(card).getByText("The Coca-Cola Company")).toBeInTheDocument();
    // One entry per list item (harm-49e): the organisation's competitors, each on its own.
    for (const competitor of ["Pepsi", "PepsiCo", "Mountain Dew", "Gatorade"])
      expect(within(card).getByText(competitor, { selector: "li" })).toBeInTheDocument();
    expectNoCreateOrAsk(card);
  });

  it("an X500 entry: 'No e-mail address', never 'No profile yet — ask them'", async () => {
    renderPane([MEGGE, X500]);
    const card = await screen.findByRole("article", { name: "Pat Doe" });
    expect(within(card).getByText("No e-mail address: not checked")).toBeInTheDocument();
    expect(within(card).queryByText("No profile yet — ask them")).not.toBeInTheDocument();
    expectNoCreateOrAsk(card);
  });
});

describe("the pane's recipients and firm domains", () => {
  it("never calls a list a colleague, and looks up only what can be looked up", () => {
    const draft = draftTo([FIRM_LIST, CLIENT_LIST, CONTACT_LIST, X500, MEGGE]);
    const pane = paneRecipients(draft, {});
    expect(pane.map((r) => [r.displayName, r.colleague, r.unchecked])).toEqual([
      ["Deal team (firm)", false, "list"],
      ["Coca-Cola Legal Ops", false, "list"],
      ["Coca-Cola deal team", false, "contact-list"],
      ["Pat Doe", false, "no-address"],
      ["Megge Anderson", false, undefined],
    ]);
    expect(clientAddresses(pane, firmDomains(draft, {}))).toEqual([
      CLIENT_LIST.address,
      MEGGE.address,
    ]);
  });

  it("takes internalDomains, then an SMTP From, then the signed-in user", () => {
    expect(
      firmDomains(
        { from: { address: "/o=ExchangeLabs/cn=alex" }, user: { address: LAWYER.address } },
        { internalDomains: ["@Firm-LLP.example"] },
      ),
    ).toEqual(["firm-llp.example", "firm.example"]);
    const draft = {
      ...draftTo([{ address: "sam@london.firm.example", name: "Sam", kind: "cc" as const }]),
    };
    expect(paneRecipients(draft, {})[0]!.colleague).toBe(true);
  });
});
