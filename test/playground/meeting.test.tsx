/** @jest-environment jsdom */
// "New meeting" in the playground: the invitation form, and Send through OnAppointmentSend with
// the same rules and dialog as a message.
import "@testing-library/jest-dom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ComposeModel, newMeetingTimes } from "../../src/playground/compose-model";
import {
  createOfficeStandin,
  MANIFEST_SEND_MODE,
  memoryStorage,
  type LaunchEvent,
} from "../../src/playground/office-standin";
import {
  APPOINTMENT_SEND_HANDLER,
  ATTENDEES_HANDLER,
  PlaygroundApp,
  SEND_HANDLER,
} from "../../src/playground/PlaygroundApp";
import { SAMPLE_INVITATIONS } from "../../src/playground/sample-invitations";
import { runSendHandler } from "../../src/playground/send-flow";

jest.setTimeout(60_000);
const WAIT = { timeout: 20_000 };

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

function setup(handlers: Record<string, (event: LaunchEvent) => void>) {
  const model = new ComposeModel();
  const standin = createOfficeStandin({ model, storage: memoryStorage() });
  const associate = (standin.Office.actions as { associate: (n: string, f: unknown) => void })
    .associate;
  for (const [name, handler] of Object.entries(handlers)) associate(name, handler);
  const panes: number[] = [];
  render(
    <PlaygroundApp
      model={model}
      standin={standin}
      renderTaskPane={(request) => {
        panes.push(request.key);
        return <p>pane {request.key}</p>;
      }}
    />,
  );
  return { model, standin, panes };
}

describe("New meeting", () => {
  it("opens an invitation form with Outlook's labels, and a new pane for the new item", async () => {
    const { model, panes } = setup({});
    await userEvent.click(screen.getByRole("button", { name: "New meeting" }));
    const form = screen.getByRole("region", { name: "New meeting" });
    for (const label of ["Required", "Optional", "Subject", "Location", "Start", "End"]) {
      expect(within(form).getByLabelText(label)).toBeInTheDocument();
    }
    expect(within(form).getByRole("textbox", { name: "Message body" })).toBeInTheDocument();
    expect(within(form).getByRole("button", { name: "Send" })).toBeInTheDocument();
    expect(within(form).queryByLabelText("To")).not.toBeInTheDocument();
    // Tomorrow at 10:00 for half an hour, until the author changes it.
    expect(model.getSnapshot()).toMatchObject({
      kind: "appointment",
      ...newMeetingTimes(new Date()),
    });
    expect(new Set(panes).size).toBeGreaterThan(1);
  });

  it("sends through OnAppointmentSend, not OnMessageSend, and says the invitation went", async () => {
    const events: LaunchEvent[] = [];
    const { model } = setup({
      [APPOINTMENT_SEND_HANDLER]: (event) => {
        events.push(event);
        event.completed({ allowEvent: true });
      },
      [SEND_HANDLER]: () => {
        throw new Error("the message handler must not run for an invitation");
      },
    });
    await userEvent.click(screen.getByRole("button", { name: "New meeting" }));
    await userEvent.type(
      screen.getByLabelText("Required"),
      "Taylor Kim <taylor.kim@microsoft.example>",
    );
    await userEvent.type(screen.getByLabelText("Location"), "Microsoft Teams Meeting");
    await userEvent.click(screen.getByRole("button", { name: "Send" }));

    expect(
      await screen.findByText("Invitation sent to Taylor Kim.", undefined, WAIT),
    ).toBeInTheDocument();
    expect(events.map((e) => e.type)).toEqual(["appointmentSend"]);
    // A new, empty invitation takes its place.
    expect(model.getSnapshot()).toMatchObject({ kind: "appointment", required: "", location: "" });
  });

  it("shows Rapport's dialog when the handler stops the invitation", async () => {
    setup({
      [APPOINTMENT_SEND_HANDLER]: (event) =>
        event.completed({
          allowEvent: false,
          errorMessage: "Rapport found 1 thing to check before sending:\n• Use Microsoft Teams.",
          sendModeOverride: "promptUser",
          cancelLabel: "Review warnings",
          commandId: "RapportAppointmentTaskpaneButton",
        }),
    });
    await userEvent.click(screen.getByRole("button", { name: "New meeting" }));
    await userEvent.type(screen.getByLabelText("Required"), "taylor.kim@microsoft.example");
    await userEvent.click(screen.getByRole("button", { name: "Send" }));
    // Tabster may mark a new dialog aria-hidden in jsdom (see PlaygroundApp.test.tsx): query it
    // including hidden nodes; the browser tests check what is really exposed.
    const text = await screen.findByText(/Use Microsoft Teams/, undefined, WAIT);
    const dialog = text.closest<HTMLElement>('[role="alertdialog"]')!;
    expect(dialog).not.toBeNull();
    expect(
      within(dialog)
        .getAllByRole("button", { hidden: true })
        .map((b) => b.textContent),
    ).toEqual(["Send anyway", "Don't send", "Review warnings"]);
  });

  it("refuses to send an invitation without attendees", async () => {
    const handler = jest.fn();
    setup({ [APPOINTMENT_SEND_HANDLER]: handler });
    await userEvent.click(screen.getByRole("button", { name: "New meeting" }));
    await userEvent.click(screen.getByRole("button", { name: "Send" }));
    expect(await screen.findByRole("alert", undefined, WAIT)).toHaveTextContent(
      "This invitation must have at least one attendee.",
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it("announces attendees to OnAppointmentAttendeesChanged once typing pauses", async () => {
    const events: LaunchEvent[] = [];
    setup({
      [ATTENDEES_HANDLER]: (event) => {
        events.push(event);
        event.completed();
      },
    });
    await userEvent.click(screen.getByRole("button", { name: "New meeting" }));
    await userEvent.type(screen.getByLabelText("Optional"), "dan@whitakerbuilding.example");
    await userEvent.tab(); // leaving the field counts as a pause
    await waitFor(() => expect(events).toHaveLength(1), WAIT);
    expect(events[0]).toMatchObject({
      type: "appointmentAttendeesChanged",
      changedRecipientFields: { requiredAttendees: false, optionalAttendees: true },
    });
  });

  it("loads each sample invitation from the Sample drafts menu", async () => {
    const { model } = setup({});
    for (const sample of SAMPLE_INVITATIONS) {
      await userEvent.click(screen.getByRole("button", { name: "Sample drafts" }));
      await userEvent.click(await screen.findByRole("menuitem", { name: sample.label }, WAIT));
      expect(model.getSnapshot()).toMatchObject({
        kind: "appointment",
        required: sample.required,
        subject: sample.subject,
        location: sample.location,
      });
      expect(screen.getByLabelText("Location")).toHaveValue(sample.location);
    }
  }, 180_000);
});

describe("send flow for invitations", () => {
  it("runs the handler with an appointmentSend event, and names OnAppointmentSend when it is missing", async () => {
    let type = "";
    await runSendHandler(
      (e: LaunchEvent) => {
        type = e.type;
        e.completed({ allowEvent: true });
      },
      { sendMode: "SoftBlock", eventType: "appointmentSend" },
    );
    expect(type).toBe("appointmentSend");
    await expect(
      runSendHandler(undefined, { sendMode: "SoftBlock", eventType: "appointmentSend" }),
    ).resolves.toMatchObject({
      kind: "failed",
      reason: expect.stringContaining("OnAppointmentSend"),
    });
  });

  it("uses the manifest's SendMode for OnAppointmentSend, the same as for messages", () => {
    const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    const sendEvent = /<LaunchEvent\s+Type="OnAppointmentSend"[^>]*SendMode="(\w+)"/.exec(manifest);
    expect(sendEvent?.[1]).toBe(MANIFEST_SEND_MODE);
  });
});
