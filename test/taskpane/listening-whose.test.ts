/**
 * Harm audit 48a, findings 1, 2 and 7, through the read pane's own path (hearMessage, targetKey):
 * a home ISP's mailbox is heard for the person, a relayed wish never lands on the firm's lawyer,
 * and "Still true" on a principal's relayed confirmation refreshes the principal's profile.
 */
import { listen, type ClientMessage } from "../../src/core/listen";
import { parseProfiles } from "../../src/core/profile";
import type { ItemAdapter } from "../../src/office/item-adapter";
import { FileProfileSource } from "../../src/profiles/file-source";
import type { StoredProfile } from "../../src/profiles/source";
import { hearMessage, targetKey } from "../../src/taskpane/listening";

function adapterFor(message: ClientMessage): ItemAdapter {
  return { readMessage: async () => message } as unknown as ItemAdapter;
}

function text(content: string): ClientMessage["body"] {
  return { format: "text", content };
}

describe("hearMessage: whose profile", () => {
  it("a wish from a home ISP mailbox is for the person, not everyone at the ISP", async () => {
    const { profiles } = parseProfiles([{ matchKey: "otto@t-online.de", fullName: "Otto Client" }]);
    const heard = await hearMessage(
      adapterFor({
        from: { address: "otto@t-online.de", name: "Otto Client" },
        subject: "Re",
        body: text(
          "Hi Dan,\n\nJust so you know, we're a Teams shop, so please send Teams invites rather than Zoom.\n\nOtto",
        ),
      }),
      new FileProfileSource(profiles),
      ["firm.example"],
    );
    expect(heard.kind === "heard" && heard.suggestions.map((s) => s.profile)).toEqual([
      "otto@t-online.de",
    ]);
  });

  it("a relayed wish never lands on the firm's lawyer of the same name", async () => {
    const source = new FileProfileSource([]);
    const heard = await hearMessage(
      adapterFor({
        from: { address: "pat@acme.example" },
        recipients: [{ address: "dan.wright@firm.example", name: "Dan Wright" }],
        subject: "Re",
        body: text("Hi Dan,\n\nI'm Mr Wright's PA. He would rather you did not phone him.\n\nPat"),
      }),
      source,
      ["firm.example"],
    );
    expect(heard.kind).toBe("heard");
    expect(
      heard.kind === "heard" &&
        heard.suggestions.filter((s) => s.profile.endsWith("@firm.example")),
    ).toEqual([]);
  });
});

describe("targetKey", () => {
  it("Still true on a principal's relayed confirmation refreshes the principal's profile", () => {
    const { profiles } = parseProfiles([
      { matchKey: "jo.bright@acme.example", fullName: "Jo Bright", avoidChannels: ["phone"] },
      { matchKey: "sam.hale@acme.example", fullName: "Sam Hale", avoidChannels: ["phone"] },
    ]);
    const message: ClientMessage = {
      from: { address: "jo.bright@acme.example", name: "Jo Bright" },
      recipients: [
        { address: "dan@firm.example", name: "Dan" },
        { address: "sam.hale@acme.example", name: "Sam Hale" },
      ],
      subject: "x",
      body: text(
        "Hi Dan,\n\nI'm Sam Hale's PA. Sam would rather not be phoned; email is best.\n\nJo",
      ),
    };
    const s = listen(message, profiles).find(
      (x) => x.profile === "sam.hale@acme.example" && x.field === "avoidChannels",
    );
    expect(s?.alreadyKnown).toBe(true);
    const stored = new Map<string, StoredProfile | undefined>([
      ["jo.bright@acme.example", { profile: profiles[0]! } as StoredProfile],
      ["@acme.example", undefined],
      ["sam.hale@acme.example", { profile: profiles[1]! } as StoredProfile],
    ]);
    expect(targetKey(s!, stored)).toBe("sam.hale@acme.example");
  });

  it("a person's confirmation of their organisation's value still refreshes the organisation's", () => {
    const { profiles } = parseProfiles([
      { matchKey: "@acme.example", clientName: "Acme", meetingPlatform: "teams" },
    ]);
    const stored = new Map<string, StoredProfile | undefined>([
      ["pat@acme.example", undefined],
      ["@acme.example", { profile: profiles[0]! } as StoredProfile],
    ]);
    const suggestion = {
      profile: "pat@acme.example",
      field: "meetingPlatform",
      op: "set",
      value: "teams",
      alreadyKnown: true,
    } as unknown as Parameters<typeof targetKey>[0];
    expect(targetKey(suggestion, stored)).toBe("@acme.example");
  });
});
