/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ApplyFixResult, ItemAdapter } from "../../src/office/item-adapter";
import type { Policy } from "../../src/core/policy";
import { OfficeItemAdapter } from "../../src/office/office-item-adapter";
import { RapportApp } from "../../src/taskpane/App";
import { createFakeComposeItem, createFakeMailbox } from "../helpers/fake-office";
import { DAN, draftTo, fakeEvaluate, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

const NOW = new Date(2026, 10, 23);

/** A draft whose author's cursor takes what "Ask" inserts. */
class AskAdapter extends FakeItemAdapter {
  inserted: string[] = [];
  failure?: string;
  async insertText(text: string): Promise<ApplyFixResult> {
    if (this.failure) return { ok: false, reason: this.failure };
    this.inserted.push(text);
    return { ok: true };
  }
}

function renderPane(
  adapter: ItemAdapter,
  props: { policy?: Policy; displayLanguage?: string } = {},
) {
  render(
    <RapportApp
      adapter={adapter}
      profiles={new InMemoryProfileSource()}
      now={NOW}
      evaluateDraft={fakeEvaluate}
      {...props}
    />,
  );
}

describe("Ask <first name> (compose)", () => {
  it("offers Ask Dan for his gaps, says what it will ask, and inserts only those questions", async () => {
    const user = userEvent.setup();
    const adapter = new AskAdapter(draftTo([MEGGE, DAN]));
    renderPane(adapter);
    const dan = await screen.findByRole("article", { name: "Dan Whitaker" });
    const ask = within(dan).getByRole("button", { name: "Ask Dan" });
    expect(ask).toHaveAccessibleDescription(
      "Inserts a short, editable paragraph at your cursor. Asks only what is missing: meeting platform, how often to update them.",
    );
    // Megge's profile (with Coca-Cola's) is complete and confirmed this autumn: nothing to ask.
    const megge = screen.getByRole("article", { name: "Megge Anderson" });
    expect(within(megge).queryByRole("button", { name: /^Ask/ })).not.toBeInTheDocument();

    await user.click(ask);
    expect(adapter.inserted).toEqual([
      "So that we can look after you the way you prefer, Dan, may I ask a few quick questions? Which platform do you prefer for video meetings? How often would you like to hear from us about progress? A one-line reply is plenty, and thank you.",
    ]);
    expect(
      await screen.findByText(
        "Inserted the questions for Dan at your cursor: edit them as you like.",
      ),
    ).toBeInTheDocument();
  });

  it("asks everything of someone with no profile, by the first word of their name", async () => {
    const user = userEvent.setup();
    const adapter = new AskAdapter(
      draftTo([{ address: "pat.lee@newclient.example", name: "Pat Lee", kind: "to" }]),
    );
    renderPane(adapter, { displayLanguage: "en-US" });
    await user.click(await screen.findByRole("button", { name: "Ask Pat" }));
    expect(adapter.inserted[0]).toContain("How would you like us to address you?");
    expect(adapter.inserted[0]).toContain("itemized, or summarized"); // en-US
  });

  it("uses the firm's wording from policy.json", async () => {
    const user = userEvent.setup();
    const adapter = new AskAdapter(draftTo([DAN]));
    renderPane(adapter, {
      policy: { ask: { intro: "{{firstName}}, two quick things:", outro: "Many thanks." } },
    });
    await user.click(await screen.findByRole("button", { name: "Ask Dan" }));
    expect(adapter.inserted[0]).toMatch(/^Dan, two quick things: Which platform .* Many thanks\.$/);
  });

  it("says why when Outlook refuses the insertion", async () => {
    const user = userEvent.setup();
    const adapter = new AskAdapter(draftTo([DAN]));
    adapter.failure =
      "Outlook could not change the message (GenericResponseError). Edit it by hand.";
    renderPane(adapter);
    await user.click(await screen.findByRole("button", { name: "Ask Dan" }));
    const message =
      "The questions for Dan could not be inserted. Outlook could not change the message (GenericResponseError). Edit it by hand.";
    // The reason is shown and, 50 ms later, announced: wait for both, so a slow machine cannot
    // catch the two copies half-way.
    const announced = screen.getByRole("status", { name: "Last action" });
    await waitFor(() => expect(announced).toHaveTextContent(message));
    const shown = screen.getAllByText(message).filter((element) => !announced.contains(element));
    expect(shown).toHaveLength(1);
  });

  it("is not offered in read mode", async () => {
    renderPane(new AskAdapter(draftTo([DAN]), "read"));
    await screen.findByRole("article", { name: "Dan Whitaker" });
    expect(screen.queryByRole("button", { name: "Ask Dan" })).not.toBeInTheDocument();
  });

  it("is not offered where the host cannot insert at the cursor", async () => {
    renderPane(new FakeItemAdapter(draftTo([DAN])));
    await screen.findByRole("article", { name: "Dan Whitaker" });
    expect(screen.queryByRole("button", { name: "Ask Dan" })).not.toBeInTheDocument();
  });

  // Audit 47, finding 4: Outlook's insertion replaces a selection; the author's words come first.
  it("inserts nothing over the author's selection, says what to do, and inserts once they click", async () => {
    const user = userEvent.setup();
    const before =
      "<div>Hi Dan,</div><div>The revised plans are attached.</div><div>Best, Alex</div>";
    const fake = createFakeComposeItem({
      to: [{ emailAddress: DAN.address, displayName: DAN.name }],
      subject: "Site visit",
      body: before,
    });
    const selected = "<div>Hi Dan,</div><div>".length;
    fake.state.selection = { start: selected, end: selected + "The revised plans".length };
    renderPane(new OfficeItemAdapter(createFakeMailbox(fake.item)));

    const ask = await screen.findByRole("button", { name: "Ask Dan" }, { timeout: 20_000 });
    await user.click(ask);
    const message =
      "The questions for Dan could not be inserted. Click where the questions should go: text is selected in the message, and they would replace it.";
    const announced = screen.getByRole("status", { name: "Last action" });
    await waitFor(() => expect(announced).toHaveTextContent(message));
    expect(fake.state.body).toBe(before);
    expect(fake.calls).not.toContain("body.setSelected");
    expect(screen.queryByText(/Inserted the questions/)).not.toBeInTheDocument();

    // The author clicks at the end of "Hi Dan," (nothing selected) and presses Ask Dan again.
    const cursor = "<div>Hi Dan,</div>".length;
    fake.state.selection = { start: cursor, end: cursor };
    await user.click(ask);
    expect(
      await screen.findByText(
        "Inserted the questions for Dan at your cursor: edit them as you like.",
      ),
    ).toBeInTheDocument();
    expect(fake.state.body).toMatch(
      /^<div>Hi Dan,<\/div><p>So that we can look after you .*<\/p><div>The revised plans are attached\.<\/div><div>Best, Alex<\/div>$/,
    );
  });
});
