/** @jest-environment jsdom */
/**
 * Audit 49c: the editor neither loses nor mis-saves a lawyer's work. A list typed with commas
 * (1), a failed save or a conflict nobody announced and focus lost while busy (5), a "Last
 * confirmed" in the future (6). Conflicts (2) are in editor.test.tsx, Review warnings (3) in
 * send-review.test.tsx, Ask's greeting (4) in test/core/ask.test.ts.
 */
import "./dom-setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ProfileSourceError } from "../../src/profiles/source";
import { RapportApp } from "../../src/taskpane/App";
import { draftTo, fakeEvaluate, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

const NOW = new Date(2026, 10, 23);

function renderApp(source: InMemoryProfileSource) {
  render(
    <RapportApp
      adapter={new FakeItemAdapter(draftTo([MEGGE]))}
      profiles={source}
      now={NOW}
      evaluateDraft={fakeEvaluate}
    />,
  );
}

async function openMeggeEditor(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Edit profile for Megge Anderson" }));
  return screen.findByRole("form", { name: "Edit profile: Megge Anderson" });
}

const lastAction = () => screen.getByRole("status", { name: "Last action" });

describe("a list typed with commas (audit 49c, 1)", () => {
  it("is not saved as one entry without asking; Split makes three", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    renderApp(source);
    const form = await openMeggeEditor(user);
    const competitors = within(form).getByRole("textbox", { name: /Competitors/ });
    await user.clear(competitors);
    await user.paste("Acme, Globex, Initech");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));

    expect(source.saved).toHaveLength(0);
    expect(competitors).toHaveAccessibleDescription(
      /This line has commas: “Acme, Globex, Initech”\. Is it 3 entries or one\?/,
    );
    await waitFor(() => expect(competitors).toHaveFocus());
    await user.click(
      within(form).getByRole("button", { name: "Split into 3 entries: Acme; Globex; Initech" }),
    );
    expect(competitors).toHaveValue("Acme\nGlobex\nInitech");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(source.saved).toHaveLength(1);
    expect(source.saved[0]?.profile.competitors).toEqual(["Acme", "Globex", "Initech"]);
  });

  it("keeps an entry whose comma belongs to it when the lawyer says so", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    renderApp(source);
    const form = await openMeggeEditor(user);
    const competitors = within(form).getByRole("textbox", { name: /Competitors/ });
    await user.clear(competitors);
    await user.paste("Smith, Jones & Co");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    await user.click(
      within(form).getByRole("button", { name: "Keep as one entry: “Smith, Jones & Co”" }),
    );
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(source.saved[0]?.profile.competitors).toEqual(["Smith, Jones & Co"]);
  });

  it("the Competitors hint's example is not written as one line with commas", async () => {
    const user = userEvent.setup({ delay: null });
    renderApp(new InMemoryProfileSource());
    const form = await openMeggeEditor(user);
    const hint = within(form).getByRole("textbox", { name: /Competitors/ });
    expect(hint).toHaveAccessibleDescription(/each on its own line/);
    expect(hint).not.toHaveAccessibleDescription(/PepsiCo, Pepsi, Gatorade/);
  });
});

describe("announcements and focus (audit 49c, 5)", () => {
  it("a failed save is announced, and says what was typed is kept", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    source.saveError = new ProfileSourceError("network", "fetch failed");
    renderApp(source);
    const form = await openMeggeEditor(user);
    await user.type(within(form).getByRole("textbox", { name: "Status updates" }), "x");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    await waitFor(() => expect(lastAction()).toHaveTextContent(/^Not saved\..*fetch failed/));
    expect(lastAction()).toHaveTextContent(/What you typed is kept\./);
  });

  it("a conflict is announced", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    renderApp(source);
    const form = await openMeggeEditor(user);
    await user.type(within(form).getByRole("textbox", { name: "Status updates" }), "x");
    const stored = source.stored.get(MEGGE.address)!;
    source.put({ ...stored.profile, notes: "Colleague's note." });
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    await waitFor(() =>
      expect(lastAction()).toHaveTextContent(
        "Not saved: someone else saved this profile while you were editing. Your changes are kept over their version and are not saved yet: check them, then save again.",
      ),
    );
  });

  it("Save stays focusable while saving: focus is not dropped to the page", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    let finish: () => void = () => undefined;
    const save = source.save.bind(source);
    source.save = (profile, origin) =>
      new Promise((resolve, reject) => {
        finish = () => save(profile, origin).then(resolve, reject);
      });
    renderApp(source);
    const form = await openMeggeEditor(user);
    await user.type(within(form).getByRole("textbox", { name: "Status updates" }), "x");
    const button = within(form).getByRole("button", { name: "Save profile" });
    await user.click(button);
    const saving = within(form).getByRole("button", { name: "Saving…" });
    expect(saving).not.toBeDisabled();
    expect(saving).toHaveAttribute("aria-disabled", "true");
    expect(saving).toHaveFocus();
    finish();
    await waitFor(() =>
      expect(lastAction()).toHaveTextContent(`Saved the profile for ${MEGGE.address}.`),
    );
  });

  it("Check again stays focusable while the check runs", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    renderApp(source);
    const again = await screen.findByRole("button", { name: "Check again" });
    await waitFor(() => expect(again).not.toHaveAttribute("aria-disabled", "true"));
    let release: () => void = () => undefined;
    const lookup = source.lookup.bind(source);
    source.lookup = (addresses) =>
      new Promise((resolve) => {
        release = () => resolve(lookup(addresses));
      });
    await user.click(again);
    expect(again).toHaveAttribute("aria-disabled", "true");
    expect(again).not.toBeDisabled();
    expect(again).toHaveFocus();
    release();
    await waitFor(() => expect(again).not.toHaveAttribute("aria-disabled", "true"));
  });
});

describe("Last confirmed (audit 49c, 6)", () => {
  it("a date in the future is refused with a clear message", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    renderApp(source);
    const form = await openMeggeEditor(user);
    const date = within(form).getByRole("textbox", { name: /Last confirmed/ });
    await user.clear(date);
    await user.paste("2027-11-23");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(date).toHaveAttribute("aria-invalid", "true");
    expect(date).toHaveAccessibleDescription(/2027-11-23 is in the future \(today is 2026-11-23\)/);
    expect(source.saved).toHaveLength(0);
    await user.clear(date);
    await user.paste("2026-11-23");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(source.saved).toHaveLength(1);
  });
});
