/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding } from "../../src/core/finding";
import { MemoryIgnoreStore } from "../../src/office/ignored-findings";
import { RapportApp } from "../../src/taskpane/App";
import { draftTo, fakeEvaluate, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

const NOW = new Date(2026, 10, 23);
const JO = { address: "jo.miller@ford.example", name: "Jo Miller", kind: "cc" as const };
const BUYER = { address: "buyer@coca-cola.example", name: "Sam Buyer", kind: "cc" as const };
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

const cards = () => screen.queryAllByTestId("warning-card");
const checkResult = () => screen.getByRole("status", { name: "Check result" });
const lastAction = () => screen.getByRole("status", { name: "Last action" });

describe("warnings panel", () => {
  it("shows one card per problem: severity, where, the line with the words marked, for whom, why", async () => {
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE, JO], BODY)));
    await waitFor(() => expect(cards()).toHaveLength(3));
    const [meg, pepsi, toyota] = cards();
    expect(meg).toHaveTextContent("Warning");
    expect(within(meg!).getByRole("heading", { level: 3 })).toHaveTextContent("“Meg”");
    expect(meg).toHaveTextContent("Message, paragraph 1");
    expect(meg!.querySelector("mark")).toHaveTextContent("Meg");
    expect(meg).toHaveTextContent("For Megge Anderson");
    expect(meg).toHaveTextContent("Megge Anderson asked not to be called Meg");
    expect(within(meg!).getByRole("button", { name: "Replace with Megge" })).toBeVisible();
    expect(pepsi).toHaveTextContent("Message, paragraph 2");
    expect(pepsi!.querySelector("mark")).toHaveTextContent("Pepsi");
    expect(pepsi).toHaveTextContent("Pepsi and Toyota both filed today.");
    expect(toyota).toHaveTextContent("For Jo Miller");
    // The count is the number of cards.
    expect(screen.getByRole("tab", { name: "Warnings (3)" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(checkResult()).toHaveTextContent("3 warnings for Megge Anderson and Jo Miller");
  });

  it("the same words for two recipients are one card naming both, and count once", async () => {
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE, BUYER], "About Pepsi.")));
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(cards()[0]).toHaveTextContent("For Megge Anderson and Sam Buyer");
    expect(screen.getByRole("tab", { name: "Warnings (1)" })).toBeVisible();
  });

  it("shows what a fix changes before applying it: the line now and after", async () => {
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE], "Hi Meg, thanks.")));
    await waitFor(() => expect(cards()).toHaveLength(1));
    const card = cards()[0]!;
    expect(card).toHaveTextContent("NowHi Meg, thanks.AfterHi Megge, thanks.");
    expect(card.querySelector("dl mark")).toHaveTextContent("Meg");
  });

  it("applies the exact fix, announces it, moves focus to the next warning and offers Undo", async () => {
    const user = userEvent.setup({ delay: null });
    const adapter = new FakeItemAdapter(
      draftTo([MEGGE], "Hi Meg,\n\nPepsi filed.\n\nBest regards"),
    );
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
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(adapter.reads).toBeGreaterThan(readsBefore);
    expect(adapter.draft.body.content).toBe("Hi Megge,\n\nPepsi filed.\n\nBest regards");
    expect(screen.getByText("Done: Replace with Megge.")).toBeVisible();
    expect(screen.getByRole("tab", { name: "Warnings (1)" })).toBeVisible();
    // Focus goes to the next warning, and the result is announced.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(cards()[0]!).getByRole("heading")),
    );
    await waitFor(() => expect(lastAction()).toHaveTextContent("Done: Replace with Megge."));

    await user.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(() =>
      expect(adapter.draft.body.content).toBe("Hi Meg,\n\nPepsi filed.\n\nBest regards"),
    );
    await waitFor(() => expect(cards()).toHaveLength(2));
    await waitFor(() => expect(lastAction()).toHaveTextContent("Undone"));
  });

  it("the Done bar and its Undo go with the next edit of the message", async () => {
    const user = userEvent.setup({ delay: null });
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,"));
    renderWarnings(adapter);
    await user.click(await screen.findByRole("button", { name: "Replace with Megge" }));
    expect(await screen.findByRole("button", { name: "Undo" })).toBeVisible();
    adapter.edit({ body: "Hi Megge, and more" });
    await user.click(screen.getByRole("button", { name: "Check again" }));
    await waitFor(() => expect(screen.queryByText("Done: Replace with Megge.")).toBeNull());
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
  });

  it("after the last fix, focus goes to the all-clear", async () => {
    const user = userEvent.setup({ delay: null });
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,")));
    await user.click(await screen.findByRole("button", { name: "Replace with Megge" }));
    const clear = await within(screen.getByRole("tabpanel")).findByText(
      "No problems found for these recipients.",
    );
    await waitFor(() => expect(document.activeElement).toBe(clear));
  });

  it("shows why a fix failed and keeps the warning", async () => {
    const user = userEvent.setup({ delay: null });
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,\n\nBest regards"));
    adapter.fixFailure = "The text has changed since the check; check again.";
    renderWarnings(adapter);
    await user.click(await screen.findByRole("button", { name: "Replace with Megge" }));
    expect(await screen.findByText("The change could not be made.")).toBeVisible();
    expect(screen.getByText("The text has changed since the check; check again.")).toBeVisible();
    expect(await screen.findByRole("button", { name: "Replace with Megge" })).toBeEnabled();
    await waitFor(() => expect(lastAction()).toHaveTextContent("could not be made"));
  });

  it("reports a fix that throws instead of answering", async () => {
    const user = userEvent.setup({ delay: null });
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,"));
    adapter.applyFix = () => Promise.reject(new Error("Office.js: item is read-only"));
    renderWarnings(adapter);
    await user.click(await screen.findByRole("button", { name: "Replace with Megge" }));
    expect(await screen.findByText("Office.js: item is read-only")).toBeVisible();
  });

  it("a message with pictures gets a guided edit: select the words, then Replace selection", async () => {
    const user = userEvent.setup({ delay: null });
    const draft = draftTo([MEGGE], "");
    draft.body = { format: "html", content: '<p>Hi Meg,</p><img src="cid:logo">' };
    const adapter = new FakeItemAdapter(draft);
    const evaluateHtml: typeof fakeEvaluate = (d, profiles) =>
      fakeEvaluate({ ...d, body: { format: "text", content: "Hi Meg," } }, profiles);
    renderWarnings(adapter, { evaluateDraft: evaluateHtml });
    const card = await screen.findByTestId("warning-card");
    expect(card).toHaveTextContent("This message has pictures");
    expect(card).toHaveTextContent("Select “Meg” in the message, then choose Replace selection.");
    expect(within(card).queryByRole("button", { name: "Replace with Megge" })).toBeNull();
    expect(within(card).getByRole("button", { name: "Copy “Megge”" })).toBeVisible();

    const replace = within(card).getByRole("button", { name: "Replace selection with “Megge”" });
    await user.click(replace);
    expect(await screen.findByText("Select “Meg” in the message first.")).toBeVisible();

    adapter.selection = "Meg";
    await user.click(await screen.findByRole("button", { name: "Replace selection with “Megge”" }));
    await waitFor(() =>
      expect(adapter.draft.body.content).toBe('<p>Hi Megge,</p><img src="cid:logo">'),
    );
    expect(adapter.fixes).toEqual([]); // never a rewrite of the body
  });

  it("Ignore for this message: with a reason, out of the count, kept for the draft, and reversible", async () => {
    const user = userEvent.setup({ delay: null });
    const ignores = new MemoryIgnoreStore();
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,\n\nPepsi filed.")), {
      ignores,
    });
    await waitFor(() => expect(cards()).toHaveLength(2));
    const pepsi = cards()[1]!;
    await user.click(within(pepsi).getByRole("button", { name: /Ignore for this message/ }));
    const reason = screen.getByRole("textbox", { name: /Why is it intended/ });
    expect(document.activeElement).toBe(reason);
    await user.type(reason, "They asked about Pepsi's offer{Enter}");

    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(screen.getByRole("tab", { name: "Warnings (1)" })).toBeVisible();
    const ignored = screen.getByTestId("ignored-card");
    expect(ignored).toHaveTextContent("Ignored for this message: “They asked about Pepsi's offer”");
    expect(await ignores.load()).toEqual([
      expect.objectContaining({
        check: "competitor-mention",
        text: "pepsi",
        reason: "They asked about Pepsi's offer",
      }),
    ]);
    await waitFor(() => expect(lastAction()).toHaveTextContent("Ignored for this message."));

    await user.click(within(ignored).getByRole("button", { name: /Stop ignoring/ }));
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(await ignores.load()).toEqual([]);
  });

  it("what was ignored before the pane opened stays ignored", async () => {
    const ignores = new MemoryIgnoreStore();
    await ignores.save([
      {
        check: "competitor-mention",
        recipient: MEGGE.address,
        field: "body",
        text: "pepsi",
        at: "2026-11-23T08:00:00.000Z",
      },
    ]);
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE], "Pepsi filed.")), { ignores });
    await screen.findByTestId("ignored-card");
    expect(cards()).toHaveLength(0);
    expect(screen.getByRole("tab", { name: "Warnings (0)" })).toBeVisible();
  });

  it("Show in message shows the lines around the words, focused and marked", async () => {
    const user = userEvent.setup({ delay: null });
    renderWarnings(
      new FakeItemAdapter(draftTo([MEGGE], "Line one\nLine two\nHi Meg,\nLine four\nLine five")),
    );
    const card = await screen.findByTestId("warning-card");
    await user.click(within(card).getByRole("button", { name: "Show in message" }));
    const excerpt = within(card).getByRole("list", { name: /The message around “Meg”/ });
    expect(document.activeElement).toBe(excerpt);
    expect(within(excerpt).getAllByRole("listitem")).toHaveLength(5);
    expect(excerpt.querySelector("mark")).toHaveTextContent("Meg");
    expect(within(card).getByRole("button", { name: "Hide the message" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
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
    expect(screen.getByText("Error:")).toBeVisible();
    await waitFor(() => expect(releaseLookup).toBeDefined());
    releaseLookup?.();
    expect(await screen.findByRole("button", { name: "Replace with Megge" })).toBeVisible();
    expect(screen.queryByText(/guidelines refuse/)).not.toBeInTheDocument();
  });

  it("send-time findings of one check for one recipient are distinct cards with unique keys", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const base: Finding = {
      check: "meeting-platform",
      messageId: "send-time",
      severity: "warning",
      recipient: MEGGE.address,
      message: "Microsoft meets on Teams, but this e-mail has a Zoom link.",
    };
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE], "x"))}
        profiles={new InMemoryProfileSource()}
        now={NOW}
        evaluateDraft={() => {
          throw new Error("not now");
        }}
        initialFindings={[
          base,
          { ...base, message: "Microsoft meets on Teams, but this e-mail proposes Zoom." },
          { ...base },
        ]}
      />,
    );
    await within(screen.getByRole("tabpanel")).findByText("The check could not run.");
    expect(cards()).toHaveLength(2);
    expect(screen.getByRole("tab", { name: "Warnings (2)" })).toBeVisible();
    expect(errors.mock.calls.flat().join(" ")).not.toMatch(/same key/);
    errors.mockRestore();
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
    expect(checkResult()).toHaveTextContent("The check could not run.");
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
    expect(checkResult()).toHaveTextContent("The check could not run.");
    expect(
      within(screen.getByRole("tabpanel")).queryByText("No problems found for these recipients."),
    ).not.toBeInTheDocument();
    expect(screen.getByText(/has not been checked/)).toBeVisible();
  });

  it("shows monitor-only findings as notes, muted, labelled, and outside the count", async () => {
    const monitorOnly = (
      draft: Parameters<typeof fakeEvaluate>[0],
      profiles: Parameters<typeof fakeEvaluate>[1],
    ) =>
      fakeEvaluate(draft, profiles).map((f) =>
        f.check === "competitor-mention" ? { ...f, monitorOnly: true } : f,
      );
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE], BODY)), { evaluateDraft: monitorOnly });
    const notes = await screen.findByRole("region", { name: /Notes/ });
    expect(within(notes).getByTestId("note-card")).toHaveTextContent(
      "monitor only, will not stop sending",
    );
    expect(cards()).toHaveLength(1);
    expect(screen.getByRole("tab", { name: "Warnings (1)" })).toBeVisible();
  });

  it("says so when there is nothing to fix", async () => {
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE], "Dear Megge,")));
    expect(
      await within(screen.getByRole("tabpanel")).findByText(
        "No problems found for these recipients.",
      ),
    ).toBeVisible();
    await waitFor(() => expect(checkResult()).toHaveTextContent("No problems found"));
  });

  it("says how many more like this the engine counted but did not list", async () => {
    const capped: typeof fakeEvaluate = (draft, profiles) =>
      fakeEvaluate(draft, profiles).map((f) =>
        f.check === "competitor-mention" ? { ...f, moreLikeThis: 41 } : f,
      );
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE], "Pepsi filed.")), {
      evaluateDraft: capped,
    });
    const card = await screen.findByTestId("warning-card");
    expect(card).toHaveTextContent("…and 41 more like this in the message, not listed.");
  });

  it("offers no fixes and no warnings for a message being read", async () => {
    renderWarnings(new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,"), "read"));
    expect(await screen.findByText(/checked while you write/)).toBeVisible();
    expect(screen.queryByRole("button", { name: /Replace/ })).not.toBeInTheDocument();
  });
});
