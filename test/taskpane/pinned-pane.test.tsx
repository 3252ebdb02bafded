/** @jest-environment jsdom */
import "./dom-setup";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ClientProfile } from "../../src/core/profile";
import { ITEM_CHANGED, OfficeItemAdapter } from "../../src/office/office-item-adapter";
import { RapportApp } from "../../src/taskpane/App";
import { createFakeMailbox, createFakeReadItem, type FakeMailbox } from "../helpers/fake-office";
import { DAN, fakeEvaluate, InMemoryProfileSource, LAWYER, MEGGE } from "./fakes";

// Audit 47i, finding 2: a pinned read pane follows the selection (ItemChanged). From the moment
// another message (or several, or none) is selected, nothing of the previous message may stay on
// screen or be acted on: not its client's profile, not what was heard in it.
const NOW = new Date(2026, 10, 23);
const LIVE = '[role="status"], script, style';

const FROM_MEGGE = () =>
  createFakeReadItem({
    subject: "Re: Board pack",
    from: { emailAddress: MEGGE.address, displayName: MEGGE.name },
    to: [{ emailAddress: LAWYER.address, displayName: LAWYER.name }],
    body: "<p>Hi Alex,</p><p>Please don't text me: I never read them.</p><p>Megge</p>",
  });

const FROM_DAN = () =>
  createFakeReadItem({
    subject: "Site visit",
    from: { emailAddress: DAN.address, displayName: DAN.name },
    to: [{ emailAddress: LAWYER.address, displayName: LAWYER.name }],
    body: "<p>Hi Alex,</p><p>Thursday works for the visit.</p><p>Dan</p>",
  });

/** The profile list, where lookups naming one address can be held until the test lets them go. */
class HeldSource extends InMemoryProfileSource {
  held?: string;
  /** Every lookup asked for, held or not. */
  readonly asked: string[][] = [];
  private release: (() => void)[] = [];

  override async lookup(addresses: readonly string[]) {
    this.asked.push([...addresses]);
    if (this.held && addresses.includes(this.held))
      await new Promise<void>((resolve) => this.release.push(resolve));
    return super.lookup(addresses);
  }

  answer(): void {
    this.held = undefined;
    for (const resolve of this.release.splice(0)) resolve();
  }
}

/**
 * Outlook selects another item (or none) while the pane is pinned; returns once React has
 * rendered what the event itself changed (nothing read from the new item yet).
 */
function select(mailbox: FakeMailbox, item: ReturnType<typeof createFakeReadItem> | null) {
  mailbox.item = item;
  act(() => mailbox.handlers.get(ITEM_CHANGED)!({ type: ITEM_CHANGED }));
}

async function showingMegge() {
  const mailbox = createFakeMailbox(FROM_MEGGE());
  const profiles = new HeldSource();
  render(
    <RapportApp
      adapter={new OfficeItemAdapter(mailbox)}
      profiles={profiles}
      now={NOW}
      evaluateDraft={fakeEvaluate}
    />,
  );
  const card = await screen.findByRole("article", { name: "Megge Anderson" });
  expect(await within(card).findByText("The Coca-Cola Company")).toBeInTheDocument();
  await screen.findByRole("region", { name: "Heard in this message" });
  await screen.findByRole("button", { name: /^Add to profile: Channels to avoid/ });
  await waitFor(() => expect(mailbox.handlers.has(ITEM_CHANGED)).toBe(true));
  return { mailbox, profiles };
}

/** Nothing of Megge's message: her card, her client, what was heard in her message. */
function expectNothingOfMegge() {
  expect(screen.queryByRole("article", { name: "Megge Anderson" })).not.toBeInTheDocument();
  expect(screen.queryByText("The Coca-Cola Company")).not.toBeInTheDocument();
  expect(screen.queryByText("Text messages (SMS)")).not.toBeInTheDocument();
  expect(screen.queryByRole("button", { name: /^Add to profile/ })).not.toBeInTheDocument();
}

/** No message is shown at all: not even a "Heard in this message" section. */
function expectNoMessage() {
  expectNothingOfMegge();
  expect(screen.queryByRole("heading", { name: "Heard in this message" })).not.toBeInTheDocument();
}

describe("a pinned read pane when the selection changes", () => {
  it("with nothing (or several messages) selected: no trace of the previous client, and says so", async () => {
    const { mailbox } = await showingMegge();

    select(mailbox, null);
    expectNoMessage();

    expect(
      await screen.findByText("Select one message to see its client profiles.", { ignore: LIVE }),
    ).toBeInTheDocument();
    expect(screen.getByText("No message is selected.", { ignore: LIVE })).toBeInTheDocument();
    expectNoMessage();
    // Not a failure to report: no red "could not be read" bar.
    expect(screen.queryByText(/could not be read/, { ignore: LIVE })).toBeNull();
    expect(screen.getByRole("status", { name: "Check result" })).toHaveTextContent(
      "No message is selected.",
    );
  });

  it("while the next message is looked up: loading, and nothing of the previous one; then the new client", async () => {
    const { mailbox, profiles } = await showingMegge();

    profiles.held = DAN.address; // the lookup for Dan's message does not answer yet
    select(mailbox, FROM_DAN());

    // At once, before the new message is even read: the previous client is gone.
    expectNoMessage();
    expect(screen.getByRole("progressbar", { name: "Looking up client profiles…" })).toBeVisible();
    // Still so once the new message is read and its lookup hangs.
    await waitFor(() =>
      expect(profiles.asked.some((addresses) => addresses.includes(DAN.address))).toBe(true),
    );
    expectNoMessage();
    expect(screen.getByRole("progressbar", { name: "Looking up client profiles…" })).toBeVisible();
    // Disabled but focusable (audit 49c, 5): keyboard focus is not dropped to the page.
    expect(screen.getByRole("button", { name: "Check again" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );

    profiles.answer();
    const card = await screen.findByRole("article", { name: "Dan Whitaker" });
    expect(await within(card).findByText("Whitaker Building Ltd")).toBeInTheDocument();
    expect(screen.queryByRole("progressbar", { name: "Looking up client profiles…" })).toBeNull();
    // Dan's message is listened to afresh: nothing in it is a preference.
    const heard = await screen.findByRole("region", { name: "Heard in this message" });
    expect(
      await within(heard).findByText(
        "Nothing heard: this message states no preference Rapport recognises.",
      ),
    ).toBeInTheDocument();
    expectNothingOfMegge();
    expect(screen.getByRole("status", { name: "Check result" })).toHaveTextContent(
      "Profiles shown for 2 recipients.",
    );
  });

  it("after nothing was selected, the next message is shown in full, what was heard included", async () => {
    const { mailbox } = await showingMegge();
    select(mailbox, null);
    await screen.findByText("No message is selected.", { ignore: LIVE });

    select(mailbox, FROM_MEGGE());
    expect(await screen.findByRole("article", { name: "Megge Anderson" })).toBeInTheDocument();
    expect(screen.queryByText("No message is selected.", { ignore: LIVE })).not.toBeInTheDocument();
    expect(
      await screen.findByRole("button", { name: /^Add to profile: Channels to avoid/ }),
    ).toBeInTheDocument();
  });

  it("a message that cannot be read leaves no previous client under its error", async () => {
    const { mailbox } = await showingMegge();
    const broken = FROM_DAN();
    broken.body.getAsync = (_coercion, callback) =>
      void Promise.resolve().then(() =>
        callback({
          status: "failed",
          value: undefined as never,
          error: { code: 9002, name: "GenericResponseError", message: "The host failed." },
        }),
      );

    select(mailbox, broken);

    expect(
      await screen.findByText("The message could not be read.", { ignore: LIVE }),
    ).toBeInTheDocument();
    expectNoMessage();
    expect(screen.queryByRole("article")).not.toBeInTheDocument();
  });

  it("an editor without typed changes closes; nothing of the previous message stays", async () => {
    const user = userEvent.setup();
    const { mailbox } = await showingMegge();
    const card = screen.getByRole("article", { name: "Megge Anderson" });
    await user.click(within(card).getByRole("button", { name: "Edit profile for Megge Anderson" }));
    expect(
      await screen.findByRole("heading", { name: "Edit profile: Megge Anderson" }),
    ).toBeVisible();

    select(mailbox, FROM_DAN());

    expect(
      screen.queryByRole("heading", { name: "Edit profile: Megge Anderson" }),
    ).not.toBeInTheDocument();
    expect(await screen.findByRole("article", { name: "Dan Whitaker" })).toBeInTheDocument();
    expectNothingOfMegge();
  });

  it("an editor with typed changes stays open for the profile it edits, marked as such, and saves to it", async () => {
    const user = userEvent.setup();
    const { mailbox, profiles } = await showingMegge();
    const card = screen.getByRole("article", { name: "Megge Anderson" });
    await user.click(within(card).getByRole("button", { name: "Edit profile for Megge Anderson" }));
    const notes = await screen.findByRole("textbox", { name: "Notes" });
    await user.type(notes, " Prefers mornings.");

    select(mailbox, FROM_DAN());

    // What was typed is not thrown away, and the pane says whose profile this still is.
    expect(screen.getByRole("heading", { name: "Edit profile: Megge Anderson" })).toBeVisible();
    expect(screen.getByRole("textbox", { name: "Notes" })).toHaveValue(
      `${(profiles.stored.get(MEGGE.address)!.profile as ClientProfile).notes ?? ""} Prefers mornings.`,
    );
    expect(screen.getByText("Another message is selected now.")).toBeVisible();
    expect(
      screen.getByText(
        "This is still Megge Anderson’s profile, opened from the message you were reading before; what you typed is kept. Save or cancel to see the selected message’s client profiles.",
      ),
    ).toBeVisible();
    // Nothing else of her message: no heard card, no card.
    expect(screen.queryByRole("region", { name: "Heard in this message" })).not.toBeInTheDocument();
    expect(screen.queryByRole("article", { name: "Megge Anderson" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Save profile" }));
    expect(await screen.findByRole("article", { name: "Dan Whitaker" })).toBeInTheDocument();
    expect(profiles.saved.at(-1)!.profile.matchKey).toBe(MEGGE.address);
    expect(profiles.stored.get(MEGGE.address)!.profile.notes).toMatch(/Prefers mornings\.$/);
    expect(screen.queryByText("Another message is selected now.")).not.toBeInTheDocument();
    expectNothingOfMegge();
  });
});
