/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ComposeModel } from "../../src/playground/compose-model";
import {
  createOfficeStandin,
  memoryStorage,
  type LaunchEvent,
} from "../../src/playground/office-standin";
import {
  PlaygroundApp,
  SEND_HANDLER,
  type PlaygroundSettings,
  findingsFromContext,
  type TaskPaneRequest,
} from "../../src/playground/PlaygroundApp";
import { OUTLOOK_CLIENTS, type OutlookClientId } from "../../src/playground/outlook-clients";

const SUMMARY = JSON.stringify({
  kind: "rapport.send-check",
  version: 1,
  checkedAt: new Date().toISOString(),
  omitted: 0,
  findings: [
    {
      check: "competitor-mention",
      severity: "warning",
      recipient: "megge.anderson@coca-cola.example",
      message: "Coca-Cola competes with Pepsi.",
    },
  ],
});

function setup(
  sendHandler: (event: LaunchEvent) => void,
  clientId: OutlookClientId = "web",
  onSettingsChange?: (settings: PlaygroundSettings) => void,
) {
  const model = new ComposeModel({
    to: "megge.anderson@coca-cola.example",
    subject: "Distribution agreement",
    bodyHtml: "<div>Dear Megge, about Pepsi.</div>",
  });
  const client = OUTLOOK_CLIENTS.find((c) => c.id === clientId);
  const standin = createOfficeStandin({ model, storage: memoryStorage(), client });
  (standin.Office.actions as { associate: (n: string, f: unknown) => void }).associate(
    SEND_HANDLER,
    sendHandler,
  );
  const panes: TaskPaneRequest[] = [];
  render(
    <PlaygroundApp
      model={model}
      standin={standin}
      onSettingsChange={onSettingsChange}
      renderTaskPane={(request) => {
        panes.push(request);
        return <p>pane {request.initialView ?? "default"}</p>;
      }}
    />,
  );
  return { model, standin, panes };
}

// Role queries over Fluent's DOM are slow in jsdom on a small machine: generous limits.
jest.setTimeout(60_000);
const WAIT = { timeout: 20_000 };

// Fluent's dialog animates with the Web Animations API and its message bar measures itself
// with ResizeObserver; jsdom has neither.
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  Element.prototype.animate ??= jest.fn().mockReturnValue({
    finished: Promise.resolve(),
    cancel: jest.fn(),
    persist: jest.fn(),
    onfinish: null,
  });
});

describe("PlaygroundApp", () => {
  it("labels the compose fields and the body as Outlook's are", () => {
    setup((e) => e.completed({ allowEvent: true }));
    expect(screen.getByRole("textbox", { name: "To" })).toHaveValue(
      "megge.anderson@coca-cola.example",
    );
    expect(screen.getByRole("textbox", { name: "Subject" })).toHaveValue("Distribution agreement");
    const body = screen.getByRole("textbox", { name: "Message body" });
    expect(body).toHaveAttribute("aria-multiline", "true");
    expect(body).toHaveTextContent("Dear Megge, about Pepsi.");
  });

  it("sends when the handler allows it: the message is cleared and 'Message sent' shown", async () => {
    const { model } = setup((e) => e.completed({ allowEvent: true }));
    await userEvent.click(screen.getByRole("button", { name: "Send" }));
    expect(
      await screen.findByText(/^Message sent to megge\.anderson/, undefined, WAIT),
    ).toBeInTheDocument();
    expect(model.getSnapshot().to).toBe("");
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
  });

  it("shows the Smart Alert and opens the pane on the warnings with the handler's findings", async () => {
    const { panes, model } = setup((e) =>
      e.completed({
        allowEvent: false,
        errorMessageMarkdown:
          "Rapport found **1 thing** to check:\n- Coca-Cola competes with Pepsi.",
        cancelLabel: "Review warnings",
        commandId: "RapportComposeTaskpaneButton",
        contextData: SUMMARY,
        sendModeOverride: "promptUser",
      }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Send" }));
    // Fluent's focus manager (tabster) keeps state between tests in one jsdom and may mark the
    // new dialog aria-hidden; so query it including hidden nodes. The browser tests check what
    // is really exposed.
    const title = await screen.findByText("Review warnings", undefined, WAIT);
    const dialog = title.closest<HTMLElement>('[role="alertdialog"]')!;
    expect(dialog).not.toBeNull();
    expect(within(dialog).getByText("1 thing").tagName).toBe("STRONG");
    expect(within(dialog).getByText("Coca-Cola competes with Pepsi.").tagName).toBe("LI");
    expect(
      within(dialog).getByRole("button", { name: "Send anyway", hidden: true }),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole("button", { name: "Don't send", hidden: true }),
    ).toBeInTheDocument();
    // Outlook on the web: Don't Send stays; cancelLabel names the Take Action button beside it.
    expect(
      within(dialog)
        .getAllByRole("button", { hidden: true })
        .map((button) => button.textContent),
    ).toEqual(["Send anyway", "Don't send", "Review warnings"]);
    await userEvent.click(
      within(dialog).getByRole("button", { name: "Review warnings", hidden: true }),
    );
    await waitFor(() => expect(screen.getByText("pane warnings")).toBeInTheDocument(), WAIT);
    const last = panes[panes.length - 1]!;
    expect(last.initialFindings).toEqual([
      expect.objectContaining({
        check: "competitor-mention",
        message: "Coca-Cola competes with Pepsi.",
      }),
    ]);
    expect(model.getSnapshot().to).toBe("megge.anderson@coca-cola.example"); // not sent
  });

  it("as classic Outlook before 2412: cancelLabel replaces Don't send, and that button opens the pane", async () => {
    const { panes, model } = setup(
      (e) =>
        e.completed({
          allowEvent: false,
          errorMessage: "Coca-Cola competes with Pepsi.",
          cancelLabel: "Review warnings",
          commandId: "RapportComposeTaskpaneButton",
          contextData: SUMMARY,
          sendModeOverride: "promptUser",
        }),
      "classic-2404",
    );
    expect(screen.getByText(/Classic Outlook on Windows 2404–2411/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Send" }));
    const label = await screen.findByText("Review warnings", undefined, WAIT);
    const dialog = label.closest<HTMLElement>('[role="alertdialog"]')!;
    const buttons = within(dialog)
      .getAllByRole("button", { hidden: true })
      .map((button) => button.textContent);
    expect(buttons).toEqual(["Send anyway", "Review warnings"]);
    await userEvent.click(
      within(dialog).getByRole("button", { name: "Review warnings", hidden: true }),
    );
    await waitFor(() => expect(screen.getByText("pane warnings")).toBeInTheDocument(), WAIT);
    expect(panes[panes.length - 1]!.initialFindings).toHaveLength(1);
    expect(model.getSnapshot().to).toBe("megge.anderson@coca-cola.example"); // not sent
  });

  it("as a client before Mailbox 1.14, ignores the Send-anyway override and Markdown: only Don't send", async () => {
    setup(
      (e) =>
        e.completed({
          allowEvent: false,
          errorMessage: "Coca-Cola competes with Pepsi.",
          errorMessageMarkdown: "**Coca-Cola** competes with Pepsi.",
          cancelLabel: "Review warnings",
          commandId: "RapportComposeTaskpaneButton",
          sendModeOverride: "promptUser",
        }),
      "classic-2402",
    );
    await userEvent.click(screen.getByRole("button", { name: "Send" }));
    const text = await screen.findByText("Coca-Cola competes with Pepsi.", undefined, WAIT);
    const dialog = text.closest<HTMLElement>('[role="alertdialog"]')!;
    expect(
      within(dialog)
        .getAllByRole("button", { hidden: true })
        .map((button) => button.textContent),
    ).toEqual(["Don't send"]);
  });

  it("offers a labelled choice of Outlook client and of a profile-list outage", async () => {
    const chosen: PlaygroundSettings[] = [];
    setup(
      () => undefined,
      "web",
      (settings) => chosen.push(settings),
    );
    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: "Outlook client" }),
      "Outlook for Mac",
    );
    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: "Client profile list" }),
      "Unreachable (simulated outage)",
    );
    expect(chosen).toEqual([
      { client: "mac", profileListDown: false },
      { client: "web", profileListDown: true },
    ]);
  });

  it("refuses to send without recipients, as Outlook does", async () => {
    const handler = jest.fn();
    const { model } = setup(handler);
    model.setRecipientText("to", "");
    await userEvent.click(screen.getByRole("button", { name: "Send" }));
    expect(await screen.findByRole("alert", undefined, WAIT)).toHaveTextContent(
      /at least one recipient/,
    );
    expect(handler).not.toHaveBeenCalled();
  });
});

describe("findingsFromContext", () => {
  it("reads a send summary and ignores anything else", () => {
    expect(findingsFromContext(SUMMARY)).toHaveLength(1);
    expect(findingsFromContext('{"findings":[]}')).toBeUndefined();
    expect(findingsFromContext("not json")).toBeUndefined();
    expect(findingsFromContext(undefined)).toBeUndefined();
  });
});
