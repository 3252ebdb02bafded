/**
 * One draft model for messages and meeting invitations: how an invitation is analysed, ordered,
 * worded and fixed. The checks' own invitation tables are in test/core/checks/invitations/.
 */
import { analyseDraft, locationText } from "../../src/core/analysis";
import type { Draft } from "../../src/core/draft";
import { evaluate } from "../../src/core/engine";
import { applyFixToDraft, LOCATION_PLACE_FIX } from "../../src/core/fixes";
import { indexProfiles, resolveProfiles } from "../../src/core/profile";
import { FIRM, sampleProfiles } from "./checks/rule-tester";

const TAYLOR = "taylor.kim@microsoft.example";

function invitation(fields: Partial<Draft>): Draft {
  return {
    kind: "appointment",
    from: { address: FIRM },
    recipients: [{ address: TAYLOR, kind: "required" }],
    subject: "Licence review",
    body: { format: "text", content: "" },
    attachments: [],
    ...fields,
  };
}

function check(draft: Draft) {
  const profiles = resolveProfiles(
    draft.recipients.map((r) => r.address),
    indexProfiles(sampleProfiles()),
  );
  return evaluate(draft, profiles);
}

describe("an invitation's location", () => {
  it("is the typed text, then the enhanced locations it does not already name", () => {
    expect(locationText({ location: "Room 4", locations: ["room 4", "Main Street office"] })).toBe(
      "Room 4; Main Street office",
    );
    expect(locationText({ locations: ["Room 4", " ", "Room 4"] })).toBe("Room 4");
    expect(locationText({})).toBe("");
  });

  it("is a text field of an invitation, and not of a message", () => {
    const analysed = analyseDraft(invitation({ location: "https://zoom.us/j/1" }));
    expect(analysed.kind).toBe("appointment");
    expect(analysed.location.text).toBe("https://zoom.us/j/1");
    const message = analyseDraft({
      ...invitation({ location: "https://zoom.us/j/1" }),
      kind: undefined,
    });
    expect(message.kind).toBe("message");
    expect(message.location.text).toBe("");
  });

  it("keeps a meeting link below a line of underscores readable (not a footer)", () => {
    const body =
      "Agenda.\n\n" + "_".repeat(80) + "\nJoin: https://teams.microsoft.com/l/meetup-join/1\n";
    const asInvitation = analyseDraft(invitation({ body: { format: "text", content: body } }));
    expect(asInvitation.body.scan).toContain("teams.microsoft.com");
    const asMessage = analyseDraft({
      ...invitation({ body: { format: "text", content: body } }),
      kind: "message",
    });
    // Issue 10: a line of underscores ends nothing, in a message either.
    expect(asMessage.body.scan).toContain("teams.microsoft.com");
  });
});

describe("findings on an invitation", () => {
  it("are ordered subject, location, body and worded for an invitation", () => {
    const findings = check(
      invitation({
        subject: "Zoom call",
        location: "Slack channel",
        body: { format: "text", content: "We could also use Google Meet." },
      }),
    ).filter((f) => f.evidence);
    expect(findings.map((f) => f.evidence!.field)).toEqual(
      [...findings.map((f) => f.evidence!.field)].sort(
        (a, b) =>
          ["subject", "location", "body"].indexOf(a) - ["subject", "location", "body"].indexOf(b),
      ),
    );
    expect(findings.map((f) => f.evidence!.field)).toEqual(
      expect.arrayContaining(["subject", "location", "body"]),
    );
    for (const finding of findings) {
      expect(finding.message).not.toContain("this e-mail");
      expect(finding.message).not.toMatch(/\{\{|\}\}/);
    }
  });

  it("the Zoom URL as location to the Microsoft sample contact: meeting-platform, fixed by removing it", () => {
    const draft = invitation({ location: "https://us02web.zoom.us/j/85123456789; Room 4" });
    const finding = check(draft).find((f) => f.check === "meeting-platform");
    expect(finding?.messageId).toBe("invitationLink");
    expect(finding?.fix?.label).toBe("Remove the Zoom link");
    const fixed = applyFixToDraft(draft, finding!.fix!);
    expect(fixed).toEqual({ ok: true, draft: { ...draft, location: "Room 4" } });
    if (fixed.ok)
      expect(check(fixed.draft).filter((f) => f.check === "meeting-platform")).toEqual([]);
  });

  it("refuses to rewrite an enhanced location as text, and says where to remove it", () => {
    const draft = invitation({ location: "Room 4", locations: ["Zoom"] });
    const finding = check(draft).find((f) => f.check === "meeting-platform");
    expect(finding?.evidence).toEqual({ field: "location", text: "Zoom", start: 8, end: 12 });
    expect(applyFixToDraft(draft, finding!.fix!)).toEqual({
      ok: false,
      reason: LOCATION_PLACE_FIX,
    });
  });

  it("refuses a location fix once the location changed", () => {
    const draft = invitation({ location: "Zoom" });
    const finding = check(draft).find((f) => f.check === "meeting-platform")!;
    const changed = applyFixToDraft({ ...draft, location: "Room 4" }, finding.fix!);
    expect(changed.ok).toBe(false);
  });

  it("checks optional attendees like required ones", () => {
    const draft = invitation({
      recipients: [
        { address: "dan@whitakerbuilding.example", kind: "required" },
        { address: TAYLOR, kind: "optional" },
      ],
      location: "Zoom",
    });
    expect(check(draft).map((f) => [f.check, f.recipient])).toEqual(
      expect.arrayContaining([["meeting-platform", TAYLOR]]),
    );
  });
});
