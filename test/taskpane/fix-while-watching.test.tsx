/** @jest-environment jsdom */
/**
 * While a fix runs, the content watcher reads nothing: its reads (three Office calls) would take
 * the call queue's slots between the fix's last read and its write, widening the window in which
 * typing is overwritten (audit 50f, finding 8). And Undo never sends the author to Outlook's own
 * Undo, which empties a body written with setAsync on a Mac (office-js #1781; finding 3).
 */
import "./dom-setup";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Fix } from "../../src/core/finding";
import type { ApplyFixResult } from "../../src/office/item-adapter";
import { RapportApp } from "../../src/taskpane/App";
import { CONTENT_POLL_MS } from "../../src/taskpane/use-rapport-check";
import { draftTo, fakeEvaluate, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

const NOW = new Date(2026, 10, 23);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function renderWarnings(adapter: FakeItemAdapter) {
  render(
    <RapportApp
      adapter={adapter}
      profiles={new InMemoryProfileSource()}
      now={NOW}
      evaluateDraft={fakeEvaluate}
      initialView="warnings"
    />,
  );
}

describe("a fix and the content watcher", () => {
  it("the watcher reads nothing while a fix is being made", async () => {
    const user = userEvent.setup({ delay: null });
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,\n\nBest regards"));
    let finish: (result: ApplyFixResult) => void = () => undefined;
    const apply = adapter.applyFix.bind(adapter);
    adapter.applyFix = (fix: Fix) =>
      new Promise<ApplyFixResult>((resolve) => {
        finish = (fallback) => void apply(fix).then(resolve, () => resolve(fallback));
      });
    renderWarnings(adapter);
    await user.click(await screen.findByRole("button", { name: "Replace with Megge" }));

    const reads = adapter.reads + adapter.contentReads;
    await pause(CONTENT_POLL_MS * 4);
    expect(adapter.reads + adapter.contentReads).toBe(reads);

    finish({ ok: false, reason: "unused" });
    await screen.findByText("Done: Replace with Megge.");
    // Once the fix is over the watcher reads again.
    await waitFor(() => expect(adapter.contentReads).toBeGreaterThan(0), {
      timeout: CONTENT_POLL_MS * 4,
    });
  });

  it("without Undo from the adapter, says what to change back by hand, not Outlook's Undo", async () => {
    const user = userEvent.setup({ delay: null });
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,\n\nBest regards"));
    const apply = adapter.applyFix.bind(adapter);
    adapter.applyFix = async (fix: Fix) => {
      const result = await apply(fix);
      return result.ok && result.undo
        ? { ok: true, undo: { ...result.undo, change: { original: "Meg", replacement: "Megge" } } }
        : result;
    };
    (adapter as { undoFix?: unknown }).undoFix = undefined;
    renderWarnings(adapter);
    await user.click(await screen.findByRole("button", { name: "Replace with Megge" }));
    await user.click(await screen.findByRole("button", { name: "Undo" }));
    const reason = await screen.findByText(/To take it back/);
    expect(reason).toHaveTextContent("change “Megge” back to “Meg” by hand");
    expect(reason.textContent).not.toMatch(/Use Undo in Outlook/);
  });
});
