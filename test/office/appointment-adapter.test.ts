/** OfficeItemAdapter over an invitation being organised (Office.AppointmentCompose). */
import type { Fix } from "../../src/core/finding";
import {
  LOCATION_ROOMS_UNKNOWN,
  locationRoomFix,
  locationRoomUndo,
} from "../../src/core/fix-reasons";
import { LOCATION_PLACE_FIX } from "../../src/core/fixes";
import type { ItemChange } from "../../src/office/item-adapter";
import {
  APPOINTMENT_TIME_CHANGED,
  ENHANCED_LOCATIONS_CHANGED,
  OfficeItemAdapter,
  RECIPIENTS_CHANGED,
} from "../../src/office/office-item-adapter";
import { createFakeAppointment, createFakeAppointmentRead } from "../helpers/fake-appointment";
import { createFakeMailbox } from "../helpers/fake-office";

const TAYLOR = { emailAddress: "taylor.kim@microsoft.example", displayName: "Taylor Kim" };
const DAN = { emailAddress: "dan@whitakerbuilding.example", displayName: "Dan Whitaker" };

function invitation() {
  const fake = createFakeAppointment({
    required: [TAYLOR],
    subject: "Licensing review",
    location: "Zoom: https://zoom.us/j/5551234567; Room 4",
    // A typed place (Custom), not a booked room: its Location can be rewritten as text.
    enhancedLocations: [
      { displayName: "Room 4", locationIdentifier: { id: "Room 4", type: "custom" } },
    ],
    body: "<p>Join Zoom Meeting https://zoom.us/j/5551234567</p>",
    organizer: { emailAddress: "alex.morgan@lawfirm.example", displayName: "Alex Morgan" },
  });
  return { fake, adapter: new OfficeItemAdapter(createFakeMailbox(fake.item)) };
}

describe("OfficeItemAdapter on an invitation being organised", () => {
  it("is a compose item read as an appointment draft", async () => {
    const { adapter } = invitation();
    expect(adapter.mode).toBe("compose");
    const draft = await adapter.readDraft();
    expect(draft.kind).toBe("appointment");
    expect(draft.recipients.map((r) => r.kind)).toEqual(["required"]);
    expect(draft.location).toBe("Zoom: https://zoom.us/j/5551234567; Room 4");
  });

  it("re-reads only subject, Location, body and attachments while the author types", async () => {
    const { fake, adapter } = invitation();
    const previous = await adapter.readDraft();
    fake.calls.length = 0;
    fake.state.location = "Microsoft Teams Meeting";
    fake.state.required = [DAN]; // not seen until the attendees' own event

    const draft = await adapter.readContent(previous);

    expect([...fake.calls].sort()).toEqual(
      ["attachments", "body.get", "location.get", "subject.get"].sort(),
    );
    expect(draft.location).toBe("Microsoft Teams Meeting");
    expect(draft.recipients).toEqual(previous.recipients);
    expect(draft.locations).toEqual(["Room 4"]);
  });

  it("drops the online meeting when its block leaves the body", async () => {
    const { fake, adapter } = invitation();
    const previous = {
      ...(await adapter.readDraft()),
      onlineMeeting: { platform: "teams" as const, url: "https://teams.microsoft.com/l/x" },
    };
    fake.state.body = "<p>Agenda only.</p>";
    const draft = await adapter.readContent(previous);
    expect(draft).not.toHaveProperty("onlineMeeting");
  });

  it("after change events reads only what changed: attendees (two calls), locations and times from the events", async () => {
    const { fake, adapter } = invitation();
    const previous = await adapter.readDraft();
    fake.calls.length = 0;
    fake.state.required = [TAYLOR, DAN];

    const changes: ItemChange[] = [
      { kind: "recipients" },
      { kind: "values", values: { locations: ["Room 5"] } },
      {
        kind: "values",
        values: { start: "2025-03-13T09:00:00.000Z", end: "2025-03-13T10:00:00.000Z" },
      },
    ];
    const draft = await adapter.readChanges(previous, changes);

    expect([...fake.calls].sort()).toEqual(["optional", "required"]);
    expect(draft.recipients.map((r) => r.address)).toEqual([TAYLOR.emailAddress, DAN.emailAddress]);
    expect(draft.locations).toEqual(["Room 5"]);
    expect(draft.start).toBe("2025-03-13T09:00:00.000Z");
    expect(draft.subject).toBe(previous.subject);

    fake.calls.length = 0;
    const cleared = await adapter.readChanges(draft, [
      { kind: "values", values: { locations: [] } },
    ]);
    expect(fake.calls).toEqual([]);
    expect(cleared).not.toHaveProperty("locations");
  });

  it("follows attendees, enhanced locations and times, passing on what each event carries", async () => {
    const { fake, adapter } = invitation();
    const listener = jest.fn();
    const stop = adapter.onChange(listener);
    expect([...fake.handlers.keys()].sort()).toEqual(
      [APPOINTMENT_TIME_CHANGED, ENHANCED_LOCATIONS_CHANGED, RECIPIENTS_CHANGED].sort(),
    );

    fake.handlers.get(RECIPIENTS_CHANGED)!({
      type: RECIPIENTS_CHANGED,
      changedRecipientFields: { requiredAttendees: true },
    });
    fake.handlers.get(ENHANCED_LOCATIONS_CHANGED)!({
      type: ENHANCED_LOCATIONS_CHANGED,
      enhancedLocations: [
        { displayName: "Board Room", emailAddress: "board@lawfirm.example" },
        { displayName: "Zoom" },
      ],
    });
    fake.handlers.get(APPOINTMENT_TIME_CHANGED)!({
      type: APPOINTMENT_TIME_CHANGED,
      start: new Date("2025-03-14T15:00:00Z"),
      end: new Date("2025-03-14T16:00:00Z"),
    });
    expect(listener.mock.calls).toEqual([
      [{ kind: "recipients" }],
      [{ kind: "values", values: { locations: ["Board Room", "Zoom"] } }],
      [
        {
          kind: "values",
          values: { start: "2025-03-14T15:00:00.000Z", end: "2025-03-14T16:00:00.000Z" },
        },
      ],
    ]);

    stop();
    // Each removal is an Office call in the queue, behind the three registrations.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.handlers.size).toBe(0);
  });

  it("fixes the Location through location.setAsync, the body through body.setAsync", async () => {
    const { fake, adapter } = invitation();
    const original = "Zoom: https://zoom.us/j/5551234567; ";
    const removeZoom: Fix = {
      label: "Remove the Zoom link",
      field: "location",
      start: 0,
      end: original.length,
      original,
      replacement: "",
    };
    await expect(adapter.applyFix(removeZoom)).resolves.toMatchObject({ ok: true });
    expect(fake.state.location).toBe("Room 4");
    expect(fake.calls).not.toContain("body.set");

    const bodyFix: Fix = {
      label: "Remove the Zoom link",
      field: "body",
      start: 18,
      end: 46,
      original: "https://zoom.us/j/5551234567",
      replacement: "",
    };
    await expect(adapter.applyFix(bodyFix)).resolves.toMatchObject({ ok: true });
    expect(fake.state.body).toBe("<p>Join Zoom Meeting </p>");
  });

  it("refuses, with Outlook's way out, a fix to a room listed after the Location text", async () => {
    const fake = createFakeAppointment({
      location: "Zoom",
      enhancedLocations: [{ displayName: "Room 4" }],
    });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item));
    // The checks read "Zoom; Room 4": "Room 4" starts past the typed text.
    const fix: Fix = {
      label: "Remove Room 4",
      field: "location",
      start: 6,
      end: 12,
      original: "Room 4",
      replacement: "",
    };
    await expect(adapter.applyFix(fix)).resolves.toEqual({ ok: false, reason: LOCATION_PLACE_FIX });
    expect(fake.calls).not.toContain("location.set");
  });
});

// Audit 47i: writing the Location back as text drops a booked room's booking (office-js #2011,
// #453), so while the invitation lists a room the typed Location is neither fixed nor undone:
// the author is told what to change in Outlook (a guided change).
describe("OfficeItemAdapter: an invitation's booked room is never rewritten as text", () => {
  const zoom = "Zoom: https://zoom.us/j/5551234567; ";
  const removeZoom: Fix = {
    label: "Remove the Zoom link",
    field: "location",
    start: 0,
    end: zoom.length,
    original: zoom,
    replacement: "",
  };
  const BOARDROOM = {
    displayName: "Boardroom 4",
    emailAddress: "boardroom4@lawfirm.example",
    locationIdentifier: { id: "boardroom4@lawfirm.example", type: "room" },
  };
  const TYPED = { displayName: "Room 4", locationIdentifier: { id: "Room 4", type: "custom" } };

  it.each([
    ["a room by its type and address", BOARDROOM],
    [
      "a room by its address alone",
      { displayName: "Boardroom 4", emailAddress: "b4@lawfirm.example" },
    ],
    [
      "a room whose type is written otherwise",
      { displayName: "Boardroom 4", locationIdentifier: { id: "x", type: "Room" } },
    ],
  ])("refuses the Location fix and says what to change in Outlook: %s", async (_, room) => {
    const fake = createFakeAppointment({
      location: `${zoom}Boardroom 4`,
      enhancedLocations: [{ displayName: "Zoom" }, room],
    });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item));
    await expect(adapter.applyFix(removeZoom)).resolves.toEqual({
      ok: false,
      reason: locationRoomFix("Remove the Zoom link"),
      guided: true,
    });
    expect(fake.calls).not.toContain("location.set");
    expect(fake.state.location).toBe(`${zoom}Boardroom 4`);
  });

  it("names the change to make in the author's words: the fix's own label", async () => {
    const fake = createFakeAppointment({
      location: `${zoom}Boardroom 4`,
      enhancedLocations: [BOARDROOM],
    });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item));
    const result = await adapter.applyFix(removeZoom);
    expect(result).toMatchObject({ ok: false, guided: true });
    expect((result as { reason: string }).reason).toMatch(
      /booked room.*Make this change in the Location field in Outlook: Remove the Zoom link\.$/,
    );
  });

  it("fixes the Location on a client without enhanced locations (before Mailbox 1.8)", async () => {
    const fake = createFakeAppointment({ location: `${zoom}Room 4` });
    delete (fake.item as { enhancedLocation?: unknown }).enhancedLocation;
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item));
    await expect(adapter.applyFix(removeZoom)).resolves.toMatchObject({ ok: true });
    expect(fake.state.location).toBe("Room 4");
  });

  it("refuses when Outlook cannot list the locations, and fixes when only typed places are listed", async () => {
    const fake = createFakeAppointment({ location: `${zoom}Room 4`, enhancedLocations: [TYPED] });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item));
    fake.behave("enhancedLocation", "fail");
    await expect(adapter.applyFix(removeZoom)).resolves.toEqual({
      ok: false,
      reason: LOCATION_ROOMS_UNKNOWN,
      guided: true,
    });
    expect(fake.calls).not.toContain("location.set");

    fake.behave("enhancedLocation", "ok");
    await expect(adapter.applyFix(removeZoom)).resolves.toMatchObject({ ok: true });
    expect(fake.state.location).toBe("Room 4");
  });

  it("undoes by text while only typed places are listed; otherwise quotes what to type back", async () => {
    const fake = createFakeAppointment({ location: `${zoom}Room 4`, enhancedLocations: [TYPED] });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item));
    const first = await adapter.applyFix(removeZoom);
    const undoFirst = (first as { undo: Parameters<typeof adapter.undoFix>[0] }).undo;
    await expect(adapter.undoFix(undoFirst)).resolves.toEqual({ ok: true });
    expect(fake.state.location).toBe(`${zoom}Room 4`);

    const second = await adapter.applyFix(removeZoom);
    const undo = (second as { undo: Parameters<typeof adapter.undoFix>[0] }).undo;
    // The branch alone: Outlook on the web would also add the room's name to the text, and the
    // older "too late" refusal would answer first.
    fake.state.enhancedLocations = [TYPED, BOARDROOM];
    const refused = { ok: false, reason: locationRoomUndo(`${zoom}Room 4`), guided: true };
    await expect(adapter.undoFix(undo)).resolves.toEqual(refused);
    fake.behave("enhancedLocation", "fail");
    await expect(adapter.undoFix(undo)).resolves.toEqual(refused);
    expect(fake.state.location).toBe("Room 4");
    expect(refused.reason).toContain("“Zoom: https://zoom.us/j/5551234567; Room 4”");
  });
});

describe("OfficeItemAdapter on an invitation being read", () => {
  it("reads the organiser and attendees, offers no fixes", async () => {
    const item = createFakeAppointmentRead({ organizer: DAN, required: [TAYLOR] });
    const adapter = new OfficeItemAdapter(createFakeMailbox(item));
    expect(adapter.mode).toBe("read");
    const draft = await adapter.readDraft();
    expect(draft.kind).toBe("appointment");
    expect(draft.recipients.map((r) => r.address)).toEqual([DAN.emailAddress, TAYLOR.emailAddress]);
    await expect(
      adapter.applyFix({
        label: "x",
        field: "location",
        start: 0,
        end: 1,
        original: "x",
        replacement: "",
      }),
    ).resolves.toMatchObject({ ok: false });
  });
});
