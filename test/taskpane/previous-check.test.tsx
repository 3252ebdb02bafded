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

async function renderWith(store: MemoryStore) {
  render(
    <RapportApp
      adapter={new FakeItemAdapter(draftTo([MEGGE]))}
      profiles={new InMemoryProfileSource()}
      now={NOW}
      evaluateDraft={fakeEvaluate}
      previousCheck={{
        load: () => untoldForPane(store, NOW),
        dismiss: () => dismissCheckFailure(store),
      }}
    />,
  );
  await screen.findByRole("tab", { name: /Warnings/ });
}

describe("the pane tells about a message that left unchecked", () => {
  it("shows the reason until the author dismisses it, then never again", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, {
      at: "2026-11-23T10:00:00.000Z",
      reason: "profiles:network",
      text: "the client profile list could not be reached",
      told: false,
    });

    await renderWith(store);
    expect(await screen.findByText("Your last message was sent without a check.")).toBeVisible();
    expect(
      screen.getByText("The client profile list could not be reached (sent 20 minutes ago)."),
    ).toBeVisible();

    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText("Your last message was sent without a check.")).toBeNull();
    await waitFor(async () => expect(await untoldForPane(store, NOW)).toBeUndefined());
  });

  it("names a check against saved profiles as such", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, {
      at: "2026-11-23T10:15:00.000Z",
      reason: "saved-copy:profiles:network",
      text: "Checked against client profiles saved 2 days ago; the client profile list could not be reached.",
      told: false,
    });
    await renderWith(store);
    expect(
      await screen.findByText("Your last message was checked against saved profiles."),
    ).toBeVisible();
  });

  it("says nothing when the author was told at send time", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, {
      at: "2026-11-23T10:00:00.000Z",
      reason: "watchdog",
      text: "the check took too long",
      told: true,
    });
    await renderWith(store);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the record has been read by now
    expect(screen.queryByText(/Your last message/)).toBeNull();
  });
});
