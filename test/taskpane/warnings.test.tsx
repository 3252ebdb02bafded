/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding } from "../../src/core/finding";
import { RapportApp } from "../../src/taskpane/App";
import { draftTo, fakeEvaluate, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

const NOW = new Date(2026, 10, 23);
const JO = { address: "jo.miller@ford.example", name: "Jo Miller", kind: "cc" as const };
const BODY = "Hi Meg,\n\nPepsi and Toyota both filed today.\n\nBest regards";

function renderWarnings(
  adapter: FakeItemAdapter,
  extra: Partial<Parameters<typeof RapportApp>[0]> = {},
) {
  const source = new InMemoryProfileSource();
  render(
    <RapportApp
      adapter={adapter}
      profiles={source}
      now={NOW}
      evaluateDraft={fakeEvaluate}
      initialView="warnings"
      {...extra}
    />,
  );
  return source;
}

describe("warnings panel", () => {
  it("groups the findings by recipient, each with severity in words and its evidence", async () => {
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE, JO], BODY)));
    const megge = await screen.findByRole("region", { name: /Megge Anderson/ });
    const jo = screen.getByRole("region", { name: /Jo Miller/ });
    const meggeItems = within(megge).getAllByRole("listitem");
    expect(meggeItems).toHaveLength(2);
    expect(meggeItems[0]).toHaveTextContent("Warning");
    expect(meggeItems[0]).toHaveTextContent("Megge Anderson asked not to be called Meg");
    expect(meggeItems[0]).toHaveTextContent("In the message: “Meg”");
    expect(
      within(meggeItems[0]!).getByRole("button", { name: "Replace with Megge" }),
    ).toBeVisible();
    expect(meggeItems[1]).toHaveTextContent("The Coca-Cola Company competes with Pepsi.");
    expect(within(jo).getAllByRole("listitem")).toHaveLength(1);
    expect(within(jo).getByRole("listitem")).toHaveTextContent("competes with Toyota");
    expect(screen.getByRole("tab", { name: "Warnings (3)" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(screen.getByRole("status")).toHaveTextContent(
      "2 warnings for Megge Anderson; 1 warning for Jo Miller",
    );
  });

  it("applies the exact fix through the adapter, then checks again", async () => {
    const user = userEvent.setup({ delay: null });
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,\n\nBest regards"));
    renderWarnings(adapter);
    const button = await screen.findByRole("button", { name: "Replace with Megge" });
    const readsBefore = adapter.reads;
    await user.click(button);
    expect(adapter.fixes).toEqual([
      {
        label: "Replace with Megge",
        field: "body",
        start: 3,
        end: 6,
        original: "Meg",
        replacement: "Megge",
      },
    ]);
    expect(
      await within(screen.getByRole("tabpanel")).findByText(
        "No problems found for these recipients.",
      ),
    ).toBeVisible();
    expect(adapter.reads).toBeGreaterThan(readsBefore);
    expect(adapter.draft.body.content).toBe("Hi Megge,\n\nBest regards");
    expect(screen.getByText("Done: Replace with Megge.")).toBeVisible();
    expect(screen.getByRole("tab", { name: "Warnings (0)" })).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("No problems found for these recipients.");
  });

  it("shows why a fix failed and keeps the warning", async () => {
    const user = userEvent.setup({ delay: null });
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,\n\nBest regards"));
    adapter.fixFailure = "The text has changed since the check; check again.";
    renderWarnings(adapter);
    await user.click(await screen.findByRole("button", { name: "Replace with Megge" }));
    expect(await screen.findByText("The fix could not be applied.")).toBeVisible();
    expect(screen.getByText("The text has changed since the check; check again.")).toBeVisible();
    expect(await screen.findByRole("button", { name: "Replace with Megge" })).toBeEnabled();
  });

  it("reports a fix that throws instead of answering", async () => {
    const user = userEvent.setup({ delay: null });
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,"));
    adapter.applyFix = () => Promise.reject(new Error("Office.js: item is read-only"));
    renderWarnings(adapter);
    await user.click(await screen.findByRole("button", { name: "Replace with Megge" }));
    expect(await screen.findByText("Office.js: item is read-only")).toBeVisible();
  });

  it("Check again re-reads the draft and looks the profiles up again", async () => {
    const user = userEvent.setup({ delay: null });
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hello Megge,"));
    const source = renderWarnings(adapter);
    expect(
      await within(screen.getByRole("tabpanel")).findByText(
        "No problems found for these recipients.",
      ),
    ).toBeVisible();
    const lookupsBefore = source.lookups;
    // The lawyer types without recipients changing: no change event reaches the pane.
    adapter.draft = draftTo([MEGGE], "Hello Meg,");
    await user.click(screen.getByRole("button", { name: "Check again" }));
    expect(await screen.findByRole("button", { name: "Replace with Megge" })).toBeVisible();
    expect(source.lookups).toBe(lookupsBefore + 1);
  });

  it("opens on the send-time findings, then replaces them with a fresh check", async () => {
    const sendTime: Finding[] = [
      {
        check: "billing-phrase",
        messageId: "banned",
        severity: "error",
        recipient: MEGGE.address,
        recipientName: "Megge Anderson",
        message: "Coca-Cola's billing guidelines refuse “Review of file”.",
        evidence: { field: "body", text: "Review of file", start: 0, end: 14 },
      },
    ];
    let releaseLookup: (() => void) | undefined;
    const source = new InMemoryProfileSource();
    const lookup = source.lookup.bind(source);
    source.lookup = (addresses) =>
      new Promise((resolve) => {
        releaseLookup = () => void lookup(addresses).then(resolve);
      });
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,"))}
        profiles={source}
        now={NOW}
        evaluateDraft={fakeEvaluate}
        initialFindings={sendTime}
      />,
    );
    expect(screen.getByRole("tab", { name: "Warnings (1)" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(screen.getByText(/guidelines refuse/)).toBeVisible();
    expect(screen.getByText(/warnings found when you pressed Send/)).toBeVisible();
    expect(screen.getByText("Error")).toBeVisible();
    await waitFor(() => expect(releaseLookup).toBeDefined());
    releaseLookup?.();
    expect(await screen.findByRole("button", { name: "Replace with Megge" })).toBeVisible();
    expect(screen.queryByText(/guidelines refuse/)).not.toBeInTheDocument();
  });

  it("keeps the send-time findings when the live check cannot run", async () => {
    const sendTime: Finding[] = [
      {
        check: "competitor-mention",
        messageId: "mention",
        severity: "warning",
        recipient: MEGGE.address,
        message: "Coca-Cola competes with Pepsi.",
      },
    ];
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE], "Pepsi"))}
        profiles={new InMemoryProfileSource()}
        now={NOW}
        evaluateDraft={() => {
          throw new Error("check failed: engine not ready");
        }}
        initialFindings={sendTime}
        initialView="warnings"
      />,
    );
    expect(
      await within(screen.getByRole("tabpanel")).findByText("The check could not run."),
    ).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("The check could not run.");
    expect(screen.getByText("check failed: engine not ready")).toBeVisible();
    expect(screen.getByText("Coca-Cola competes with Pepsi.")).toBeVisible();
  });

  it("does not call an unchecked message clear", async () => {
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE], "Pepsi"))}
        profiles={new InMemoryProfileSource()}
        now={NOW}
        evaluateDraft={() => {
          throw new Error("boom");
        }}
        initialView="warnings"
      />,
    );
    expect(
      await within(screen.getByRole("tabpanel")).findByText("The check could not run."),
    ).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("The check could not run.");
    expect(
      within(screen.getByRole("tabpanel")).queryByText("No problems found for these recipients."),
    ).not.toBeInTheDocument();
    expect(screen.getByText(/has not been checked/)).toBeVisible();
  });

  it("shows monitor-only findings muted, labelled, and outside the count", async () => {
    const monitorOnly = (
      draft: Parameters<typeof fakeEvaluate>[0],
      profiles: Parameters<typeof fakeEvaluate>[1],
    ) =>
      fakeEvaluate(draft, profiles).map((f) =>
        f.check === "competitor-mention" ? { ...f, monitorOnly: true } : f,
      );
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE], BODY)), { evaluateDraft: monitorOnly });
    const group = await screen.findByRole("region", { name: /Megge Anderson/ });
    const items = within(group).getAllByRole("listitem");
    expect(items[1]).toHaveTextContent("monitor only, will not stop sending");
    expect(screen.getByRole("tab", { name: "Warnings (1)" })).toBeVisible();
  });

  it("says so when there is nothing to fix", async () => {
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE], "Dear Megge,")));
    expect(
      await within(screen.getByRole("tabpanel")).findByText(
        "No problems found for these recipients.",
      ),
    ).toBeVisible();
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("No problems found"));
  });

  it("offers no fixes and no warnings for a message being read", async () => {
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,"), "read"));
    expect(await screen.findByText(/checked while you write/)).toBeVisible();
    expect(screen.queryByRole("button", { name: /Replace/ })).not.toBeInTheDocument();
  });
});
