import { evaluate } from "../../src/core/engine";
import { parseProfileFile } from "../../src/profiles/file-source";
import { onlineMeetingInBody } from "../../src/office/online-meeting";
import {
  readAppointmentContent,
  readAppointmentDraft,
  readAppointmentReadDraft,
} from "../../src/office/read-appointment";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  APPOINTMENT_END,
  APPOINTMENT_START,
  createFakeAppointment,
  createFakeAppointmentRead,
} from "../helpers/fake-appointment";
import { createFakeMailbox, FAKE_USER } from "../helpers/fake-office";

const TAYLOR = { emailAddress: "taylor.kim@microsoft.example", displayName: "Taylor Kim" };
const DAN = { emailAddress: "dan@whitakerbuilding.example", displayName: "Dan Whitaker" };
const ROOM = { emailAddress: "board-room@lawfirm.example", displayName: "Board Room" };
const ORGANISER = { emailAddress: "alex.morgan@lawfirm.example", displayName: "Alex Morgan" };

/** The block Outlook writes into the body when the organiser turns the Teams meeting on. */
const TEAMS_BLOCK = [
  '<div><p>Agenda attached.</p><div style="width:100%">________________________________________________</div>',
  '<div><span style="font-size:24px">Microsoft Teams <span>meeting</span></span></div>',
  "<div><b>Join on your computer, mobile app or room device</b></div>",
  '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE0%40thread.v2/0?context=%7b%22Tid%22%3a%221%22%7d&amp;x=1">Click here to join the meeting</a></div>',
  "<div>Meeting ID: 123 456 789</div></div>",
].join("");

function profiles() {
  const file = readFileSync(join(__dirname, "../../assets/sample-profiles.json"), "utf8");
  const parsed = parseProfileFile(file, "sample-profiles.json");
  return (address: string) => {
    const domain = `@${address.split("@")[1]}`;
    return parsed.profiles.find((p) => p.matchKey === address || p.matchKey === domain);
  };
}

describe("readAppointmentDraft (an invitation being organised)", () => {
  it("reads attendees, organiser, subject, location, rooms, times, body and attachments into one Draft", async () => {
    const fake = createFakeAppointment({
      required: [TAYLOR, { emailAddress: "", displayName: "Unresolved Person" }],
      optional: [DAN],
      resources: [ROOM],
      subject: "Licensing review",
      location: "Zoom: https://zoom.us/j/123456; Board Room",
      enhancedLocations: [
        { displayName: "Board Room", emailAddress: ROOM.emailAddress },
        { displayName: "  " },
        { displayName: "Level 4 kitchen" },
      ],
      body: "<p>Agenda attached.</p>",
      attachments: [{ name: "agenda.pdf" }, { name: "logo.png", isInline: true }],
      organizer: ORGANISER,
    });

    const draft = await readAppointmentDraft(fake.item, createFakeMailbox(fake.item));

    expect(draft).toEqual({
      kind: "appointment",
      from: { address: ORGANISER.emailAddress, name: ORGANISER.displayName },
      user: { address: FAKE_USER.emailAddress },
      recipients: [
        { address: TAYLOR.emailAddress, name: "Taylor Kim", kind: "required" },
        { address: "", name: "Unresolved Person", kind: "required" },
        { address: DAN.emailAddress, name: "Dan Whitaker", kind: "optional" },
      ],
      subject: "Licensing review",
      location: "Zoom: https://zoom.us/j/123456; Board Room",
      locations: ["Board Room", "Level 4 kitchen"],
      start: APPOINTMENT_START.toISOString(),
      end: APPOINTMENT_END.toISOString(),
      body: { format: "html", content: "<p>Agenda attached.</p>" },
      attachments: ["agenda.pdf"],
    });
    // Resources are not recipients: nobody reads an invitation in a meeting room.
    expect(fake.calls).not.toContain("resources");
  });

  it("makes ten Office calls, never more than three at once (Outlook on the web's limit)", async () => {
    const fake = createFakeAppointment({ required: [TAYLOR], organizer: ORGANISER });
    await readAppointmentDraft(fake.item, createFakeMailbox(fake.item));
    expect([...fake.calls].sort()).toEqual(
      [
        "attachments",
        "body.get",
        "end",
        "enhancedLocation",
        "location.get",
        "optional",
        "organizer",
        "required",
        "start",
        "subject.get",
      ].sort(),
    );
    expect(fake.maxInFlight()).toBe(3);
  });

  it("a Zoom invitation to the Microsoft contact reads as one the checks stop, with evidence on the location", async () => {
    const fake = createFakeAppointment({
      required: [TAYLOR],
      subject: "Licensing review",
      location: "https://zoom.us/j/5551234567",
      organizer: ORGANISER,
    });
    const draft = await readAppointmentDraft(fake.item, createFakeMailbox(fake.item));
    const find = profiles();
    const findings = evaluate(draft, new Map([[TAYLOR.emailAddress, find(TAYLOR.emailAddress)]]), {
      internalDomains: ["lawfirm.example"],
    });
    const platform = findings.filter((f) => f.check === "meeting-platform");
    expect(platform).toHaveLength(1);
    expect(platform[0]!.message).toMatch(/Teams/);
    expect(platform[0]!.evidence?.field).toBe("location");
  });

  it("the Teams block Outlook inserts is the invitation's online meeting", async () => {
    const fake = createFakeAppointment({ required: [TAYLOR], body: TEAMS_BLOCK });
    const draft = await readAppointmentDraft(fake.item, createFakeMailbox(fake.item));
    expect(draft.onlineMeeting).toEqual({
      platform: "teams",
      url: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE0%40thread.v2/0?context=%7b%22Tid%22%3a%221%22%7d&x=1",
    });
  });

  it("start, end and the organiser are not checked: when Office cannot give them the draft goes without", async () => {
    const fake = createFakeAppointment(
      { required: [TAYLOR], subject: "Call" },
      { start: "fail", end: "fail", organizer: "fail" },
    );
    const draft = await readAppointmentDraft(fake.item, createFakeMailbox(fake.item));
    expect(draft.start).toBeUndefined();
    expect(draft.end).toBeUndefined();
    expect(draft.from).toEqual({ address: FAKE_USER.emailAddress, name: FAKE_USER.displayName });
    expect(draft.subject).toBe("Call");
  });

  it("what the checks read must come, or the read fails (never a silent half-check)", async () => {
    for (const operation of [
      "required",
      "optional",
      "subject.get",
      "location.get",
      "enhancedLocation",
      "body.get",
    ] as const) {
      const fake = createFakeAppointment({ required: [TAYLOR] }, { [operation]: "fail" });
      await expect(readAppointmentDraft(fake.item, createFakeMailbox(fake.item))).rejects.toThrow(
        /Could not read the/,
      );
    }
  });

  it("a client before Mailbox 1.8 (no enhancedLocation) reads the Location text alone", async () => {
    const fake = createFakeAppointment({ required: [TAYLOR], location: "Room 4" });
    delete (fake.item as { enhancedLocation?: unknown }).enhancedLocation;
    const draft = await readAppointmentDraft(fake.item, createFakeMailbox(fake.item));
    expect(draft.location).toBe("Room 4");
    expect(draft).not.toHaveProperty("locations");
  });
});

describe("readAppointmentContent (what the pane re-reads while the author types)", () => {
  it("reads subject, Location, body and attachment names: four calls", async () => {
    const fake = createFakeAppointment({
      subject: "Dinner",
      location: "The Ivy",
      body: "<p>Hi</p>",
      attachments: [{ name: "menu.pdf" }],
    });
    const content = await readAppointmentContent(fake.item);
    expect(content).toEqual({
      subject: "Dinner",
      location: "The Ivy",
      body: { format: "html", content: "<p>Hi</p>" },
      attachments: ["menu.pdf"],
      onlineMeeting: undefined,
    });
    expect([...fake.calls].sort()).toEqual(
      ["attachments", "body.get", "location.get", "subject.get"].sort(),
    );
  });
});

describe("readAppointmentReadDraft (an invitation being read)", () => {
  it("puts the organiser first, then the attendees; the mailbox owner is the author", async () => {
    const item = createFakeAppointmentRead({
      subject: "Site visit",
      organizer: DAN,
      required: [ORGANISER, DAN],
      optional: [TAYLOR],
      location: "Whitaker yard",
      enhancedLocations: [{ displayName: "Whitaker yard" }],
      body: "<p>See you there.</p>",
    });
    const draft = await readAppointmentReadDraft(item, createFakeMailbox(null));
    expect(draft).toEqual({
      kind: "appointment",
      from: { address: FAKE_USER.emailAddress, name: FAKE_USER.displayName },
      recipients: [
        { address: DAN.emailAddress, name: "Dan Whitaker", kind: "required" },
        { address: ORGANISER.emailAddress, name: "Alex Morgan", kind: "required" },
        { address: DAN.emailAddress, name: "Dan Whitaker", kind: "required" },
        { address: TAYLOR.emailAddress, name: "Taylor Kim", kind: "optional" },
      ],
      subject: "Site visit",
      location: "Whitaker yard",
      locations: ["Whitaker yard"],
      start: APPOINTMENT_START.toISOString(),
      end: APPOINTMENT_END.toISOString(),
      body: { format: "html", content: "<p>See you there.</p>" },
      attachments: [],
    });
  });
});

describe("onlineMeetingInBody: what Office.js lets an add-in see of the Teams toggle", () => {
  it("finds the block Teams inserts (heading and meetup-join link)", () => {
    expect(onlineMeetingInBody(TEAMS_BLOCK)?.platform).toBe("teams");
    expect(
      onlineMeetingInBody(
        "Microsoft Teams Need help?\nJoin the meeting now https://teams.live.com/meet/9876543210",
      ),
    ).toEqual({ platform: "teams", url: "https://teams.live.com/meet/9876543210" });
  });

  it("is not fooled by a Teams link without the block, the words alone, or another platform", () => {
    expect(
      onlineMeetingInBody(
        '<p>Recording: <a href="https://teams.microsoft.com/l/meetup-join/abc">link</a></p>',
      ),
    ).toBeUndefined();
    expect(
      onlineMeetingInBody("<p>We use Microsoft Teams meetings internally.</p>"),
    ).toBeUndefined();
    // Zoom's block is a link the checks read themselves; a signature's Zoom room is no meeting.
    expect(
      onlineMeetingInBody("<p>Join Zoom Meeting</p><p>https://zoom.us/j/5551234567</p>"),
    ).toBeUndefined();
  });

  it("takes unclosed tags after the words for no heading (and stays linear on them)", () => {
    const hostile =
      "Microsoft Teams <".repeat(50_000) + "https://teams.microsoft.com/l/meetup-join/x";
    expect(onlineMeetingInBody(hostile)).toBeUndefined();
  });
});

describe("an invitation whose body Outlook answers without (office-js #4822, #1264)", () => {
  const failed = {
    name: "OfficeCallError",
    operation: "read the invitation's body",
    message: "Could not read the invitation's body: Outlook answered without the body (undefined)",
  };

  it("is a failed read on Send, never an empty invitation checked as clean", async () => {
    const fake = createFakeAppointment({
      required: [TAYLOR],
      body: undefined as unknown as string,
    });
    await expect(readAppointmentContent(fake.item)).rejects.toMatchObject(failed);
    await expect(
      readAppointmentDraft(fake.item, createFakeMailbox(fake.item)),
    ).rejects.toMatchObject(failed);
  });

  it("read mode too; an empty string is still an empty body", async () => {
    const read = createFakeAppointmentRead({ body: undefined as unknown as string });
    await expect(readAppointmentReadDraft(read, createFakeMailbox(read))).rejects.toMatchObject(
      failed,
    );
    const empty = createFakeAppointment({ required: [TAYLOR], body: "" });
    expect((await readAppointmentContent(empty.item)).body).toEqual({
      format: "html",
      content: "",
    });
  });
});
