/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  recordCheckFailure,
  dismissCheckFailure,
  untoldForPane,
} from "../../src/office/check-failures";
import { MemoryStore } from "../../src/office/storage";
import { RapportApp } from "../../src/taskpane/App";
import { draftTo, fakeEvaluate, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

const NOW = new Date("2026-11-23T10:20:00Z");
const OWNER = "alex.wilber@lawfirm.example";

async function renderWith(store: MemoryStore) {
  render(
    <RapportApp
      adapter={new FakeItemAdapter(draftTo([MEGGE]))}
      profiles={new InMemoryProfileSource()}
      now={NOW}
      evaluateDraft={fakeEvaluate}
      previousCheck={{
        load: () => untoldForPane(store, OWNER, NOW),
        dismiss: (at) => dismissCheckFailure(store, OWNER, at),
      }}
    />,
  );
  await screen.findByRole("tab", { name: /Warnings/ });
}

describe("the pane tells about a message that left unchecked", () => {
  it("shows the reason until the author dismisses it, then never again", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, OWNER, {
      at: "2026-11-23T10:00:00.000Z",
      reason: "profiles:network",
      text: "the client profile list could not be reached",
      told: false,
    });

    await renderWith(store);
    expect(await screen.findByText("Your message was sent without a check.")).toBeVisible();
    expect(
      screen.getByText("The client profile list could not be reached (sent 20 minutes ago)."),
    ).toBeVisible();

    await userEvent.click(screen.getByRole("button", { name: /^Dismiss/ }));
    expect(screen.queryByText("Your message was sent without a check.")).toBeNull();
    await waitFor(async () => expect(await untoldForPane(store, OWNER, NOW)).toEqual([]));
  });

  it("names a check against saved profiles as such", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, OWNER, {
      at: "2026-11-23T10:15:00.000Z",
      reason: "saved-copy:profiles:network",
      text: "Checked against client profiles saved 2 days ago; the client profile list could not be reached.",
      told: false,
    });
    await renderWith(store);
    expect(
      await screen.findByText("Your message was checked against saved profiles."),
    ).toBeVisible();
  });

  it("says nothing when the author was told at send time", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, OWNER, {
      at: "2026-11-23T10:00:00.000Z",
      reason: "watchdog",
      text: "the check took too long",
      told: true,
    });
    await renderWith(store);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the record has been read by now
    expect(screen.queryByText(/Your message/)).toBeNull();
  });

  it("names an invitation whose attendees were checked but a contact group was not, and what to do now (audit 50i-2)", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, OWNER, {
      at: "2026-11-23T10:15:00.000Z",
      reason: "unchecked:contact-list",
      text: "it could not see who is in \u201cMicrosoft deal team\u201d",
      told: false,
      item: "invitation",
      subject: "Falcon kick-off",
    });
    await recordCheckFailure(store, OWNER, {
      at: "2026-11-23T10:18:00.000Z",
      reason: "profiles:network",
      text: "the client profile list could not be reached",
      told: false,
      item: "message",
    });
    await renderWith(store);
    const title =
      "Your invitation \u201cFalcon kick-off\u201d went to recipients Rapport could not check.";
    expect(await screen.findByText(title)).toBeVisible();
    expect(
      screen.getByText(
        "It could not see who is in \u201cMicrosoft deal team\u201d (sent 5 minutes ago). Check who it went to in your calendar, and send an update if needed.",
      ),
    ).toBeVisible();
    expect(screen.queryByText(/expand it/)).toBeNull();
    // Both untold items are named, each with its own Dismiss.
    expect(screen.getByText("Your message was sent without a check.")).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: `Dismiss: ${title}` }));
    expect(screen.queryByText(title)).toBeNull();
    expect(screen.getByText("Your message was sent without a check.")).toBeVisible();
    await waitFor(async () =>
      expect(await untoldForPane(store, OWNER, NOW)).toMatchObject([
        { reason: "profiles:network" },
      ]),
    );
  });

  it("shows another mailbox's record to nobody else (audit 50s-4)", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, "partner@lawfirm.example", {
      at: "2026-11-23T10:00:00.000Z",
      reason: "unchecked:contact-list",
      text: "it could not see who is in \u201cProject Falcon\u201d",
      told: false,
    });
    await renderWith(store);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByText(/Project Falcon/)).toBeNull();
  });
});
