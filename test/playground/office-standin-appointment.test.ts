/** @jest-environment jsdom */
// The stand-in's invitation (after "New meeting"): Office.AppointmentCompose, as the real
// adapters and handlers read it.
import { ComposeModel } from "../../src/playground/compose-model";
import { createOfficeStandin, memoryStorage } from "../../src/playground/office-standin";
import { OUTLOOK_CLIENTS } from "../../src/playground/outlook-clients";
import { readAppointmentDraft } from "../../src/office/read-appointment";
import type { ComposeItemLike, MailboxLike } from "../../src/office/office-types";
import { OfficeItemAdapter } from "../../src/office/office-item-adapter";

const TAYLOR = "Taylor Kim <taylor.kim@microsoft.example>";

function setup(kind: "message" | "appointment" = "appointment") {
  const model = new ComposeModel({
    kind,
    required: TAYLOR,
    optional: "dan@whitakerbuilding.example",
    subject: "Licensing review",
    location: "https://zoom.us/j/5551234567; Room 4",
    start: "2025-03-12T10:00",
    end: "2025-03-12T10:30",
    bodyHtml: "<p>Agenda to follow.</p>",
  });
  const client = OUTLOOK_CLIENTS.find((c) => c.id === "web");
  const standin = createOfficeStandin({ model, storage: memoryStorage(), client });
  const mailbox = (standin.Office.context as { mailbox: MailboxLike }).mailbox;
  return { model, standin, mailbox };
}

describe("office stand-in: an invitation being organised", () => {
  it("is the mailbox's item once the compose window holds a meeting, the message otherwise", () => {
    const { model, mailbox } = setup("message");
    expect(mailbox.item?.itemType).toBe("message");
    model.replaceMessage({ kind: "appointment" });
    expect(mailbox.item?.itemType).toBe("appointment");
    expect("to" in (mailbox.item as object)).toBe(false);
  });

  it("reads as the real adapters read Outlook's: attendees, location, places, times, organiser", async () => {
    const { mailbox } = setup();
    const draft = await readAppointmentDraft(mailbox.item as ComposeItemLike, mailbox);
    expect(draft).toMatchObject({
      kind: "appointment",
      from: { address: "alex.morgan@lawfirm.example", name: "Alex Morgan" },
      recipients: [
        { address: "taylor.kim@microsoft.example", name: "Taylor Kim", kind: "required" },
        { address: "dan@whitakerbuilding.example", kind: "optional" },
      ],
      subject: "Licensing review",
      location: "https://zoom.us/j/5551234567; Room 4",
      locations: ["https://zoom.us/j/5551234567", "Room 4"],
      start: new Date("2025-03-12T10:00").toISOString(),
      end: new Date("2025-03-12T10:30").toISOString(),
      body: { format: "html", content: "<p>Agenda to follow.</p>" },
    });
  });

  it("writes the Location (a fix) and raises EnhancedLocationsChanged with the places", async () => {
    const { model, mailbox } = setup();
    const adapter = new OfficeItemAdapter(mailbox);
    const changes: unknown[] = [];
    adapter.onChange((change) => changes.push(change));
    const original = "https://zoom.us/j/5551234567; ";
    await expect(
      adapter.applyFix({
        label: "Remove the Zoom link",
        field: "location",
        start: 0,
        end: original.length,
        original,
        replacement: "",
      }),
    ).resolves.toEqual({ ok: true });
    expect(model.getSnapshot().location).toBe("Room 4");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(changes).toContainEqual({ kind: "values", values: { locations: ["Room 4"] } });
  });

  it("raises AppointmentTimeChanged and RecipientsChanged for the attendees", async () => {
    const { standin, mailbox } = setup();
    const adapter = new OfficeItemAdapter(mailbox);
    const changes: unknown[] = [];
    adapter.onChange((change) => changes.push(change));
    await new Promise((resolve) => setTimeout(resolve, 10)); // registrations go through the queue
    standin.fireAppointmentTimeChanged();
    standin.fireRecipientsChanged({ required: true });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(changes).toEqual([
      {
        kind: "values",
        values: {
          start: new Date("2025-03-12T10:00").toISOString(),
          end: new Date("2025-03-12T10:30").toISOString(),
        },
      },
      { kind: "recipients" },
    ]);
  });

  it("an empty time is an error Office reports, not a made-up date", async () => {
    const { model, mailbox } = setup();
    model.setTime("start", "");
    const item = mailbox.item as ComposeItemLike;
    const result = await new Promise<{ status: unknown }>((resolve) =>
      item.start!.getAsync((r) => resolve(r)),
    );
    expect(String(result.status)).toBe("failed");
  });
});
