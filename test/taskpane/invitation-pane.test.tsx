/** @jest-environment jsdom */
import "./dom-setup";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import {
  APPOINTMENT_TIME_CHANGED,
  ENHANCED_LOCATIONS_CHANGED,
  OfficeItemAdapter,
  RECIPIENTS_CHANGED,
} from "../../src/office/office-item-adapter";
import { FileProfileSource } from "../../src/profiles/file-source";
import { RapportApp } from "../../src/taskpane/App";
import { CHANGE_DEBOUNCE_MS } from "../../src/taskpane/use-rapport-check";
import { createFakeAppointment, type FakeAppointment } from "../helpers/fake-appointment";
import { createFakeMailbox } from "../helpers/fake-office";
import { sampleProfiles } from "./fakes";

// The real pane over the real Office adapter and a fake invitation being organised, with the
// sample clients and the real checks: what Outlook's pane does on an appointment.
const NOW = new Date(2026, 10, 23);
const TAYLOR = { emailAddress: "taylor.kim@microsoft.example", displayName: "Taylor Kim" };
const DAN = { emailAddress: "dan@whitakerbuilding.example", displayName: "Dan Whitaker" };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The pane has read the invitation and looked Taylor up (the tab reads 0 before that, too). */
async function checked(warnings: number) {
  // The first render of a file loads Fluent and the checks: slow on a busy machine.
  await screen.findByRole("article", { name: "Taylor Kim" }, { timeout: 20_000 });
  await screen.findByRole("tab", { name: `Warnings (${warnings})` });
}

function renderInvitation(fake: FakeAppointment) {
  const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item));
  render(
    <RapportApp
      adapter={adapter}
      profiles={new FileProfileSource(sampleProfiles())}
      policy={{ internalDomains: ["lawfirm.example"] }}
      now={NOW}
    />,
  );
}

/** Raise an Office event on the item, once the pane has registered for it (through the queue). */
async function raise(fake: FakeAppointment, eventType: string, args: object): Promise<void> {
  await waitFor(() => expect(fake.handlers.has(eventType)).toBe(true));
  fake.handlers.get(eventType)!({ type: eventType, ...args });
}

function zoomInvitation(): FakeAppointment {
  return createFakeAppointment({
    required: [TAYLOR],
    subject: "Licensing review",
    location: "https://zoom.us/j/5551234567",
    body: "<p>Agenda to follow.</p>",
    organizer: { emailAddress: "alex.morgan@lawfirm.example", displayName: "Alex Morgan" },
  });
}

describe("the task pane on a meeting invitation", () => {
  it("shows the attendee's profile, a warning with evidence in the location, and a fix that edits the Location", async () => {
    const fake = zoomInvitation();
    renderInvitation(fake);
    await checked(1);

    fireEvent.click(screen.getByRole("tab", { name: "Warnings (1)" }));
    expect(screen.getByRole("heading", { name: "Warnings for this invitation" })).toBeTruthy();
    // The Warnings tab is loaded on demand (its own chunk in the build): wait for it.
    const warning = await screen.findByText(/meets on Microsoft Teams/);
    expect(warning.textContent).toMatch(/this invitation/);
    const card = screen.getByTestId("warning-card");
    expect(within(card).getByText("In the location")).toBeTruthy();
    expect(card.querySelector("mark")?.textContent).toBe("https://zoom.us/j/5551234567");

    fireEvent.click(screen.getByRole("button", { name: "Remove the Zoom link" }));
    await screen.findByRole("tab", { name: "Warnings (0)" });
    expect(fake.state.location).toBe("");
    expect(fake.calls).toContain("location.set");
    expect(fake.calls).not.toContain("body.set");
  });

  it("names the body as the invitation's body", async () => {
    const fake = zoomInvitation();
    fake.state.location = "Room 4";
    fake.state.body = "<p>Join Zoom Meeting</p><p>https://zoom.us/j/5551234567</p>";
    renderInvitation(fake);
    fireEvent.click(await screen.findByRole("tab", { name: "Warnings (1)" }));
    const card = await screen.findByTestId("warning-card");
    // The meeting is its announcing line and its link, from paragraph 1.
    expect(within(card).getByText(/^Body, paragraph 1/)).toBeTruthy();
    expect(card.querySelector("mark")?.textContent).toBe(
      "Join Zoom Meeting https://zoom.us/j/5551234567",
    );
  });

  it("re-checks as attendees change, reading only the attendees", async () => {
    const fake = zoomInvitation();
    fake.state.location = "Room 4";
    renderInvitation(fake);
    await checked(0);

    fake.calls.length = 0;
    fake.state.optional = [DAN];
    await raise(fake, RECIPIENTS_CHANGED, { changedRecipientFields: { optionalAttendees: true } });
    await screen.findByRole("article", { name: "Dan Whitaker" });
    // The watcher may have read the content meanwhile; the attendees' event read nothing else.
    const reads = fake.calls.filter(
      (c) => !["subject.get", "location.get", "body.get", "attachments"].includes(c),
    );
    expect(reads.sort()).toEqual(["optional", "required"]);
  });

  it("re-checks as the enhanced locations change, with what the event carried (no Office call)", async () => {
    const fake = zoomInvitation();
    // A subject that is not work: under "Licensing review" a stadium is a meeting place.
    fake.state.subject = "Catch-up";
    fake.state.location = "";
    fake.state.optional = [DAN];
    renderInvitation(fake);
    await checked(0);

    fake.calls.length = 0;
    await raise(fake, ENHANCED_LOCATIONS_CHANGED, {
      enhancedLocations: [{ displayName: "Yankee Stadium" }],
    });
    fireEvent.click(await screen.findByRole("tab", { name: "Warnings (1)" }));
    const panel = screen.getByRole("tabpanel");
    expect(await within(panel).findByText(/For Dan Whitaker/)).toBeTruthy();
    expect(within(panel).getByText("In the location")).toBeTruthy();
    expect(panel.querySelector("mark")?.textContent).toBe("Yankee Stadium");
    expect(fake.calls.filter((c) => c === "enhancedLocation" || c === "required")).toEqual([]);
  });

  it("follows the Location as it is typed (no event for the text), then the times by their event", async () => {
    const fake = zoomInvitation();
    fake.state.location = "Room 4";
    renderInvitation(fake);
    await checked(0);

    fake.state.location = "Zoom";
    // The text is polled, then checked: on a loaded 2-core runner that took over the default 5 s.
    await screen.findByRole("tab", { name: "Warnings (1)" }, { timeout: 20_000 });

    await raise(fake, APPOINTMENT_TIME_CHANGED, {
      start: new Date("2025-03-14T15:00:00Z"),
      end: new Date("2025-03-14T16:00:00Z"),
    });
    await pause(CHANGE_DEBOUNCE_MS * 2);
    expect(screen.getByRole("tab", { name: "Warnings (1)" })).toBeTruthy();
  });

  it("holds change events while the pane is hidden and catches up when it is shown", async () => {
    let visibility: DocumentVisibilityState = "visible";
    Object.defineProperty(document, "visibilityState", {
      configurable: true,
      get: () => visibility,
    });
    try {
      const fake = zoomInvitation();
      fake.state.location = "";
      fake.state.optional = [];
      renderInvitation(fake);
      await checked(0);

      visibility = "hidden";
      document.dispatchEvent(new Event("visibilitychange"));
      await pause(1_000); // a read already scheduled may still run once
      fake.calls.length = 0;
      fake.state.optional = [DAN];
      await raise(fake, RECIPIENTS_CHANGED, {});
      await pause(CHANGE_DEBOUNCE_MS * 3);
      expect(fake.calls).toEqual([]);
      expect(screen.queryByRole("article", { name: "Dan Whitaker" })).toBeNull();

      visibility = "visible";
      document.dispatchEvent(new Event("visibilitychange"));
      await screen.findByRole("article", { name: "Dan Whitaker" });
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    await waitFor(() => expect(document.visibilityState).toBe("visible"));
  });
});
