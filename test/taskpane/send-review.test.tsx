/** @jest-environment jsdom */
/**
 * Audit 49c, 3: "Review warnings" pressed again while the pane is open (Outlook's
 * InitializationContextChanged) shows the send-time findings without discarding what is typed in
 * an open profile editor.
 */
import "./dom-setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { followSendContext } from "../../src/taskpane/follow-send-context";
import { mountRapport } from "../../src/taskpane/mount";
import type { RapportAppProps } from "../../src/taskpane/App";
import type { MailboxLike } from "../../src/office/office-types";
import { draftTo, fakeEvaluate, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

const NOW = new Date(2026, 10, 23);

const SUMMARY = JSON.stringify({
  kind: "rapport.send-check",
  version: 1,
  checkedAt: new Date().toISOString(),
  omitted: 0,
  findings: [
    {
      check: "competitor-mention",
      severity: "warning",
      recipient: MEGGE.address,
      recipientName: "Megge Anderson",
      message: "Coca-Cola competes with Pepsi.",
    },
  ],
});

/** Outlook's item with InitializationContextChanged (Mailbox 1.15): the handler is kept. */
function outlookWithPane() {
  let raise: ((event: unknown) => void) | undefined;
  (globalThis as { Office?: unknown }).Office = {
    EventType: { InitializationContextChanged: "olkInitializationContextChanged" },
  };
  const mailbox = {
    item: {
      addHandlerAsync: (_type: string, handler: (event: unknown) => void, done: unknown) => {
        raise = handler;
        (done as (r: { status: string }) => void)({ status: "succeeded" });
      },
    },
  } as unknown as MailboxLike;
  return { mailbox, reviewWarnings: () => raise?.({ initializationContextData: SUMMARY }) };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("Review warnings while the editor holds typed changes", () => {
  it("shows the Warnings tab and keeps the typed changes, with a way back to them", async () => {
    const user = userEvent.setup({ delay: null });
    const container = document.body.appendChild(document.createElement("div"));
    // Evaluated live, Megge's warning stays (the fake flags "Pepsi").
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "We also act for Pepsi."));
    let props: RapportAppProps = {
      adapter,
      profiles: new InMemoryProfileSource(),
      now: NOW,
      evaluateDraft: fakeEvaluate,
    };
    let mounted!: ReturnType<typeof mountRapport>;
    act(() => {
      mounted = mountRapport(container, props);
    });
    const outlook = outlookWithPane();
    // What index.tsx does with it.
    followSendContext(outlook.mailbox, (findings, seq) => {
      props = { ...props, sendReview: { findings, seq } };
      act(() => mounted.update(props));
    });
    await waitFor(() => expect(outlook.reviewWarnings).toBeDefined());

    await user.click(
      await screen.findByRole("button", { name: "Edit profile for Megge Anderson" }),
    );
    const form = await screen.findByRole("form", { name: "Edit profile: Megge Anderson" });
    const notes = within(form).getByRole("textbox", { name: "Notes" });
    await user.clear(notes);
    await user.paste("Agreed on call 3 Dec: no calls before 10am.");

    // Send, stopped by Smart Alerts; the lawyer presses Review warnings.
    outlook.reviewWarnings();

    expect(await screen.findByRole("tab", { name: /Warnings/, selected: true })).toBeVisible();
    expect(
      screen.getByText("Your changes to Megge Anderson’s profile are not saved yet."),
    ).toBeVisible();
    expect(form).not.toBeVisible();

    await user.click(screen.getByRole("button", { name: "Back to the editor" }));
    const again = await screen.findByRole("form", { name: "Edit profile: Megge Anderson" });
    expect(again).toBeVisible();
    expect(within(again).getByRole("textbox", { name: "Notes" })).toHaveValue(
      "Agreed on call 3 Dec: no calls before 10am.",
    );
    act(() => mounted.unmount());
    container.remove();
  });

  it("an editor with nothing typed simply closes", async () => {
    const user = userEvent.setup({ delay: null });
    const container = document.body.appendChild(document.createElement("div"));
    let props: RapportAppProps = {
      adapter: new FakeItemAdapter(draftTo([MEGGE])),
      profiles: new InMemoryProfileSource(),
      now: NOW,
      evaluateDraft: fakeEvaluate,
    };
    let mounted!: ReturnType<typeof mountRapport>;
    act(() => {
      mounted = mountRapport(container, props);
    });
    const outlook = outlookWithPane();
    followSendContext(outlook.mailbox, (findings, seq) => {
      props = { ...props, sendReview: { findings, seq } };
      act(() => mounted.update(props));
    });
    await user.click(
      await screen.findByRole("button", { name: "Edit profile for Megge Anderson" }),
    );
    await screen.findByRole("form", { name: "Edit profile: Megge Anderson" });
    outlook.reviewWarnings();
    expect(await screen.findByRole("tab", { name: /Warnings/, selected: true })).toBeVisible();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(screen.queryByText(/are not saved yet/)).not.toBeInTheDocument();
    act(() => mounted.unmount());
    container.remove();
  });
});
