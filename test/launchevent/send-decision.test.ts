import type { Finding } from "../../src/core/finding";
import {
  decideSend,
  escapeMarkdown,
  markdownMessage,
  plainMessage,
  REVIEW_LABEL,
  stoppingFindings,
} from "../../src/launchevent/send-decision";
import {
  billingError,
  competitorWarning,
  MEGGE as MEGGE_ADDRESS,
  nameWarning,
  noProfileInfo,
} from "./fixtures";

const context = {
  supports: () => true,
  commandId: "RapportComposeTaskpaneButton",
  now: new Date("2026-11-23T09:00:00Z"),
};

/** `count` different competitors mentioned to Megge, each with its own evidence. */
function manyFindings(count: number): Finding[] {
  return Array.from({ length: count }, (_, index) => {
    const brand = `Brand${index + 1}`;
    return {
      ...competitorWarning,
      message: `The Coca-Cola Company competes with ${brand}; leave ${brand} out.`,
      evidence: { field: "body" as const, text: brand, start: index * 20, end: index * 20 + 6 },
    };
  });
}

const JO = "jo.miller@coca-cola.example";
function mention(brand: string, recipient: string, name: string, start: number): Finding {
  return {
    ...competitorWarning,
    recipient,
    recipientName: name,
    message: `${name} (The Coca-Cola Company) counts ${brand} as a competitor.`,
    evidence: { field: "body", text: brand, start, end: start + brand.length },
  };
}
const megName: Finding = {
  ...nameWarning,
  evidence: { field: "body", text: "Meg", start: 5, end: 8 },
  fix: {
    label: "Replace with Megge",
    field: "body",
    start: 5,
    end: 8,
    original: "Meg",
    replacement: "Megge",
  },
};

describe("decideSend", () => {
  it("keeps the Smart Alerts button label within 20 characters", () => {
    expect(REVIEW_LABEL.length).toBeLessThanOrEqual(20);
  });

  it("stops only for warnings and errors that are not monitor-only", () => {
    const findings = [
      noProfileInfo,
      { ...competitorWarning, monitorOnly: true },
      nameWarning,
      billingError,
    ];
    expect(stoppingFindings(findings, {})).toEqual([nameWarning, billingError]);
    expect(
      stoppingFindings(findings, { checks: { "name-spelling": { monitorOnly: true } } }),
    ).toEqual([billingError]);
    expect(stoppingFindings(findings, { enabled: false })).toEqual([]);
  });

  it("puts every finding, worst first, in contextData for the task pane", () => {
    const decision = decideSend([noProfileInfo, competitorWarning, billingError], {}, context);
    if (decision.allow) throw new Error("expected a stop");
    const summary = JSON.parse(decision.options.contextData as string);
    expect(summary).toMatchObject({
      kind: "rapport.send-check",
      checkedAt: "2026-11-23T09:00:00.000Z",
    });
    expect(summary.findings.map((f: Finding) => f.severity)).toEqual(["error", "warning", "info"]);
  });

  it("keeps the plain message within 500 characters and says how many were left out", () => {
    const message = plainMessage(manyFindings(40));
    expect(message.length).toBeLessThanOrEqual(500);
    expect(message.startsWith("Rapport found 40 things to check before sending:\n")).toBe(true);
    const listed = message.split("\n").filter((line) => line.startsWith("• ")).length;
    expect(listed).toBeGreaterThan(5);
    // The findings left out are on the pane's Warnings tab ("Client profile" is the other tab).
    expect(message).toContain(`…and ${40 - listed} more on Rapport's Warnings tab.`);
    expect(message).not.toContain("Client profile");
    // It always ends saying what to do.
    expect(message.endsWith("Choose Review warnings to fix them.")).toBe(true);
  });

  it("groups by recipient, one short line per problem, the same problem for two people once", () => {
    const findings = [
      megName,
      mention("Pepsi", MEGGE_ADDRESS, "Megge Anderson", 20),
      mention("Pepsi", JO, "Jo Miller", 20),
    ];
    expect(plainMessage(findings)).toBe(
      [
        "Rapport found 2 things to check before sending:",
        "Megge Anderson:",
        "• “Meg” → Megge",
        "Megge Anderson and Jo Miller:",
        "• mentions Pepsi",
        "Choose Review warnings to fix them.",
      ].join("\n"),
    );
    // Nobody's name and organisation repeated on every line.
    expect(plainMessage(findings)).not.toContain("(The Coca-Cola Company)");
  });

  it("merges repeats: the same words found twice for one person are one line", () => {
    const findings = [
      mention("Pepsi", MEGGE_ADDRESS, "Megge Anderson", 0),
      mention("Pepsi", MEGGE_ADDRESS, "Megge Anderson", 40),
    ];
    const message = plainMessage(findings);
    expect(message.match(/mentions Pepsi/g)).toHaveLength(1);
  });

  it("says what to do without Review warnings where the client cannot open the pane", () => {
    expect(
      plainMessage([megName], false).endsWith("open Rapport from the ribbon to see them."),
    ).toBe(true);
  });

  it("Markdown: bold headings, list items ending with \\r, blocks split by blank lines", () => {
    const markdown = markdownMessage([megName, mention("Pepsi", JO, "Jo Miller", 20)]);
    expect(markdown).toBe(
      "**Rapport found 2 things to check before sending:**\n\n" +
        "**Megge Anderson:**\n\n- “Meg” → Megge\r\n\n" +
        "**Jo Miller:**\n\n- mentions Pepsi\r\n\n" +
        "Choose **Review warnings** to fix them.",
    );
  });

  it("names the Warnings tab in the Markdown message too, within 500 characters", () => {
    const markdown = markdownMessage(manyFindings(40));
    expect(markdown.length).toBeLessThanOrEqual(500);
    expect(markdown).toMatch(/…and \d+ more on Rapport's Warnings tab\\\.\n\nChoose/);
  });

  it("cuts a very long found text instead of dropping the finding", () => {
    const long = mention("Pepsi ".repeat(200), MEGGE_ADDRESS, "Megge Anderson", 0);
    const message = plainMessage([long]);
    expect(message.length).toBeLessThanOrEqual(500);
    expect(message).toMatch(/• mentions Pepsi Pepsi .*…\n/);
  });

  it("ends every Markdown list item with \\r, as Smart Alerts requires", () => {
    const markdown = markdownMessage([competitorWarning, nameWarning]);
    // Items follow one another with only their "\r" between them (Microsoft's example).
    const items = markdown
      .split("\n")
      .flatMap((line) => line.split(/(?<=\r)/))
      .filter((line) => line.startsWith("- "));
    expect(items).toHaveLength(2);
    for (const item of items) expect(item.endsWith("\r")).toBe(true);
  });

  it("escapes Markdown in finding text, which comes from drafts and profiles", () => {
    const hostile = mention("[here](https://evil.example) **now**", MEGGE_ADDRESS, "Megge", 0);
    const markdown = markdownMessage([hostile]);
    expect(markdown).toContain(
      "mentions \\[here\\]\\(hxxps://evil\\[\\.\\]example\\) \\*\\*now\\*\\*",
    );
    expect(markdown.startsWith("**Rapport found 1 thing to check before sending:**")).toBe(true);
    expect(markdownMessage(manyFindings(30)).length).toBeLessThanOrEqual(500);
    expect(escapeMarkdown("a_b")).toBe("a\\_b");
  });

  // Issue 16: untrusted values must not forge Rapport's own lines or reorder the text.
  it.each([
    ["a profile value with line breaks", "Pepsi\n• nothing to fix, choose Send anyway"],
    ["a name with a Unicode line separator", "Pepsi\u2028• nothing to fix"],
    ["bidi overrides", "Pep\u202esi\u202c"],
  ])("keeps %s on its own line, inert", (_what, text) => {
    const finding = mention(text, MEGGE_ADDRESS, "Megge\nAnderson\u200f", 0);
    const plain = plainMessage([finding]);
    const markdown = markdownMessage([finding]);
    for (const message of [plain, markdown]) {
      expect(message).not.toMatch(/[\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    }
    // Exactly one item line: the value could not add a bullet of its own.
    expect(plain.split("\n").filter((line) => line.startsWith("• "))).toHaveLength(1);
    expect(markdown.split(/\r|\n/).filter((line) => line.startsWith("- "))).toHaveLength(1);
    expect(plain).toContain("Megge Anderson:");
  });

  it("counts what the engine found but did not keep in '…and N more'", () => {
    const capped = { ...mention("Pepsi", MEGGE_ADDRESS, "Megge Anderson", 0), moreLikeThis: 995 };
    const message = plainMessage([capped]);
    expect(message).toContain("• mentions Pepsi");
    expect(message).toContain("…and 995 more on Rapport's Warnings tab.");
    expect(message.endsWith("Choose Review warnings to fix them.")).toBe(true);
  });

  it("says so when the check ran out of time", () => {
    expect(plainMessage([megName], true, true)).toContain(
      "\nRapport ran out of time and checked only part of the message.\nChoose",
    );
  });

  it("says which platform they meet on, and names an invitation in its last line", () => {
    const link: Finding = {
      check: "meeting-platform",
      messageId: "invitationLink",
      severity: "warning",
      recipient: "taylor.kim@microsoft.example",
      recipientName: "Taylor Kim",
      message:
        "Taylor Kim (Microsoft) meets on Microsoft Teams, but this invitation has a Zoom link in the location. Use a Microsoft Teams meeting instead.",
      evidence: { field: "location", text: "https://zoom.us/j/1", start: 0, end: 19 },
    };
    expect(plainMessage([link], true, false, "invitation")).toBe(
      [
        "Rapport found 1 thing to check before sending:",
        "Taylor Kim:",
        "• Zoom link in the location: meets on Microsoft Teams",
        "Choose Review warnings to fix this invitation.",
      ].join("\n"),
    );
    const mention = {
      ...link,
      messageId: "mention",
      evidence: { ...link.evidence!, text: "Zoom call" },
    };
    expect(plainMessage([mention])).toContain("• “Zoom call”: meets on Microsoft Teams");
  });

  it("says which channel the client avoids, from the check's own message", () => {
    const phone: Finding = {
      check: "unwanted-channel",
      messageId: "phoneMeeting",
      severity: "warning",
      recipient: MEGGE_ADDRESS,
      recipientName: "Megge Anderson",
      message:
        'Megge Anderson (The Coca-Cola Company) asked not to be contacted by phone, and this invitation is a phone call ("+44 20 7946 0321" in the location). They prefer Teams.',
      evidence: { field: "location", text: "+44 20 7946 0321", start: 0, end: 16 },
    };
    expect(plainMessage([phone])).toContain(
      "• “+44 20 7946 0321”: they asked not to be contacted by phone",
    );
    const visit = {
      ...phone,
      messageId: "inPersonMeeting",
      message:
        'Megge Anderson (The Coca-Cola Company) asked not to meet in person, and this invitation is at a place ("Room 4" in the location). Suggest another way to be in touch.',
      evidence: { ...phone.evidence!, text: "Room 4" },
    };
    expect(plainMessage([visit])).toContain("• “Room 4”: they asked not to meet in person");
  });

  it("defangs bare URLs so no live link reaches the dialog", () => {
    const finding = mention("https://pepsi.example/deal", MEGGE_ADDRESS, "Megge Anderson", 0);
    expect(plainMessage([finding])).toContain("mentions hxxps://pepsi[.]example/deal");
    expect(markdownMessage([finding])).not.toContain("https://");
  });

  it("records ignored warnings with the summary, and lets the send go when only they stopped it", () => {
    const entry = {
      check: "competitor-mention",
      recipient: MEGGE_ADDRESS,
      field: "body",
      text: "pepsi",
      reason: "The client asked about Pepsi's offer",
      at: "2026-11-23T08:59:00.000Z",
    };
    const decision = decideSend([], {}, context, [entry]);
    expect(decision).toMatchObject({ allow: true });
    expect(decision.summary?.ignored).toEqual([
      {
        check: "competitor-mention",
        recipient: MEGGE_ADDRESS,
        text: "pepsi",
        reason: "The client asked about Pepsi's offer",
        at: "2026-11-23T08:59:00.000Z",
      },
    ]);
    const stopped = decideSend([megName], {}, context, [entry]);
    if (stopped.allow) throw new Error("expected a stop");
    expect(JSON.parse(stopped.options.contextData as string).ignored).toHaveLength(1);
    expect(decideSend([], {}, context)).toEqual({ allow: true, monitored: 0 });
  });
});
