/**
 * partial-check.ts: whom a time-out left unchecked, and whether the message's length is to blame
 * (audit 49b, finding 8). The send handler's side is in send-timeout-names.test.ts.
 */
import { PARTIAL_REASON } from "../../src/launchevent/on-message-send";
import {
  describePartial,
  partialDialogNote,
  partialNoticeText,
  partialRecordText,
} from "../../src/launchevent/partial-check";
import { DAN, MEGGE } from "./fixtures";
import type { Draft } from "../../src/core/draft";

const DRAFT: Pick<Draft, "recipients"> = {
  recipients: [
    { address: MEGGE, name: "Megge Anderson", kind: "to" },
    { address: DAN, name: "Dan Whitaker", kind: "cc" },
  ],
};

describe("what a time-out left unchecked, in words", () => {
  it("blames the message's length only when a check stopped part-way through it and nobody was left out", () => {
    const tooLong = describePartial(
      {
        notRun: [{ recipient: DAN, checks: ["avoided-topic"], partly: true }],
        stoppedEarly: { recipient: DAN, check: "competitor-mention" },
      },
      DRAFT,
    );
    expect(tooLong).toEqual({
      notChecked: [{ recipient: DAN, recipientName: "Dan Whitaker", kind: "cc", partly: true }],
      messageTooLong: true,
    });
    expect(partialRecordText(tooLong)).toBe(PARTIAL_REASON.text);
    expect(partialDialogNote(tooLong)[0]).toBe(
      "Rapport ran out of time and checked only part of the message for Dan Whitaker.",
    );

    // Stopped part-way for Megge, and Dan never started: the recipients are the story.
    const both = describePartial(
      {
        notRun: [
          { recipient: MEGGE, checks: ["avoided-topic"], partly: true },
          { recipient: DAN, checks: ["name-spelling", "avoided-topic"] },
        ],
        stoppedEarly: { recipient: MEGGE, check: "competitor-mention" },
      },
      DRAFT,
    );
    expect(both.messageTooLong).toBe(false);
    expect(partialRecordText(both)).toBe("time ran out before 2 recipients were checked in full");
    expect(partialNoticeText(both)).toBe(
      "time ran out before 2 recipients were checked in full: Megge Anderson and Dan Whitaker",
    );
    expect(partialNoticeText(both, "invitation")).toContain("Megge Anderson and Dan Whitaker");
  });

  it("names a recipient Outlook gave no display name by address, and a long name cut short", () => {
    const check = describePartial(
      {
        notRun: [
          { recipient: "x@client.example", checks: ["name-spelling"] },
          { recipient: "y@client.example", checks: ["name-spelling"] },
        ],
      },
      {
        recipients: [
          { address: "X@Client.example", kind: "to" },
          { address: "y@client.example", name: "Ю".repeat(120), kind: "cc" },
        ],
      },
    );
    expect(check.notChecked.map((entry) => entry.recipientName)).toEqual([
      undefined,
      "Ю".repeat(120),
    ]);
    expect(partialDialogNote(check)[0]).toBe(
      `Rapport ran out of time: 2 recipients not checked in full: x@client.example and ${"Ю".repeat(39)}….`,
    );
  });
});
