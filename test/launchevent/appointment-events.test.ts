/**
 * OnAppointmentSend and OnAppointmentAttendeesChanged: the message handlers over deps that read
 * the invitation (wiring.ts), with the real engine, the sample profiles and a fake appointment.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { handleMessageSend } from "../../src/launchevent/on-message-send";
import { handleRecipientsChanged } from "../../src/launchevent/on-recipients-changed";
import { createOutlookDeps, type SharedServices } from "../../src/launchevent/wiring";
import { DEFAULT_LAUNCH_EVENT_CONFIG } from "../../src/launchevent/deps";
import { StaticPolicySource } from "../../src/office/policy-source";
import { MemoryStore } from "../../src/office/storage";
import { FileProfileSource, parseProfileFile } from "../../src/profiles/file-source";
import type { LookupOptions } from "../../src/profiles/source";
import { createFakeAppointment, type FakeAppointment } from "../helpers/fake-appointment";
import { createFakeEvent, createFakeMailbox, createFakeOffice } from "../helpers/fake-office";

const TAYLOR = { emailAddress: "taylor.kim@microsoft.example", displayName: "Taylor Kim" };
const ORGANISER = { emailAddress: "alex.morgan@lawfirm.example", displayName: "Alex Morgan" };

const sample = parseProfileFile(
  readFileSync(join(__dirname, "../../assets/sample-profiles.json"), "utf8"),
  "sample-profiles.json",
);

function services(): SharedServices & { lookups: string[][] } {
  const source = new FileProfileSource(sample.profiles);
  const lookups: string[][] = [];
  return {
    lookups,
    store: new MemoryStore(),
    profiles: {
      lookup: (addresses: readonly string[], options?: LookupOptions) => {
        lookups.push([...addresses]);
        return source.lookup(addresses, options);
      },
    },
    policy: new StaticPolicySource({ internalDomains: ["lawfirm.example"] }),
    logger: { event: () => undefined },
  };
}

function invitationTo(location: string, body = "<p>Agenda to follow.</p>"): FakeAppointment {
  return createFakeAppointment({
    required: [TAYLOR],
    subject: "Licensing review",
    location,
    body,
    organizer: ORGANISER,
  });
}

async function send(fake: FakeAppointment, mailboxVersion = "1.15") {
  const office = createFakeOffice(createFakeMailbox(fake.item), mailboxVersion);
  const event = createFakeEvent<Office.SmartAlertsEventCompletedOptions>();
  await handleMessageSend(event, createOutlookDeps(office, services()));
  return event.completions;
}

describe("OnAppointmentSend", () => {
  beforeEach(() => jest.spyOn(console, "log").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("stops a Zoom invitation to the Microsoft contact with a Teams explanation, once", async () => {
    const completions = await send(invitationTo("https://zoom.us/j/5551234567"));
    expect(completions).toHaveLength(1);
    const answer = completions[0]!;
    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toMatch(/^Rapport found 1 thing to check before sending:/);
    expect(answer.errorMessage).toMatch(/Microsoft Teams/);
    expect(answer.errorMessage).toMatch(/this invitation/);
    expect(answer.sendModeOverride).toBe("promptUser");
    // "Review warnings" opens the pane from the appointment organizer surface's button.
    expect(answer.commandId).toBe(DEFAULT_LAUNCH_EVENT_CONFIG.appointmentCommandId);
    expect(JSON.parse(String(answer.contextData)).findings[0].check).toBe("meeting-platform");
  });

  it("sends a Teams invitation to the same contact", async () => {
    const completions = await send(invitationTo("Microsoft Teams Meeting"));
    expect(completions).toEqual([{ allowEvent: true }]);
  });

  it("an invitation Outlook cannot read is never skipped in silence: the prompt says so", async () => {
    const fake = invitationTo("https://zoom.us/j/5551234567");
    fake.behave("location.get", "fail");
    const completions = await send(fake);
    expect(completions).toEqual([
      {
        allowEvent: false,
        errorMessage: expect.stringMatching(/^Rapport could not check this invitation: /),
        sendModeOverride: "promptUser",
      },
    ]);
    // The notice is dispatched before the answer, not awaited: let Office take it (polled, not a
    // fixed wait: a loaded machine can take longer than any fixed few milliseconds).
    for (let waited = 0; !fake.notifications.has("rapport-status") && waited < 2000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(fake.notifications.get("rapport-status")?.message).toMatch(
      /^Rapport could not check this invitation: /,
    );
  });
});

describe("OnAppointmentAttendeesChanged", () => {
  beforeEach(() => jest.spyOn(console, "log").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("looks up the attendees' profiles ahead of Send, reading only the attendees", async () => {
    const fake = invitationTo("Room 4");
    fake.state.optional = [{ emailAddress: "dan@whitakerbuilding.example", displayName: "Dan" }];
    const shared = services();
    const event = createFakeEvent<never>();
    await handleRecipientsChanged(
      event,
      createOutlookDeps(createFakeOffice(createFakeMailbox(fake.item)), shared),
    );
    expect(event.completions).toHaveLength(1);
    expect(shared.lookups).toEqual([[TAYLOR.emailAddress, "dan@whitakerbuilding.example"]]);
    expect(fake.calls.filter((c) => !c.startsWith("notification"))).toEqual([
      "required",
      "optional",
    ]);
  });
});
