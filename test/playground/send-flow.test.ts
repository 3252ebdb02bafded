import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MANIFEST_SEND_MODE, type LaunchEvent } from "../../src/playground/office-standin";
import {
  alertButtons,
  failureAlert,
  markdownToBlocks,
  runSendHandler,
  optionsUnderstoodBy,
  smartAlertFrom,
} from "../../src/playground/send-flow";
import { outlookClientFromQuery } from "../../src/playground/outlook-clients";

describe("Smart Alerts buttons", () => {
  const review = { cancelLabel: "Review warnings", commandId: "RapportComposeTaskpaneButton" };

  // Outlook on the web, new Outlook, classic Outlook on Windows from Version 2412.
  it.each([
    ["SoftBlock", {}, ["dont-send"]],
    ["SoftBlock", review, ["dont-send", "take-action"]],
    [
      "SoftBlock",
      { ...review, sendModeOverride: "promptUser" },
      ["send-anyway", "dont-send", "take-action"],
    ],
    ["PromptUser", {}, ["send-anyway", "dont-send"]],
    ["Block", { ...review, sendModeOverride: "promptUser" }, ["dont-send", "take-action"]],
    // A label without a command to open has nothing to do: Outlook ignores it.
    ["SoftBlock", { cancelLabel: "Review warnings" }, ["dont-send"]],
    // A command without a label still gets its button, with Outlook's own text.
    ["SoftBlock", { commandId: "RapportComposeTaskpaneButton" }, ["dont-send", "take-action"]],
  ] as const)("%s with %j shows %j", (mode, options, expected) => {
    expect(alertButtons(mode, options)).toEqual(expected);
    expect(alertButtons(mode, options, "take-action")).toEqual(expected);
  });

  // Classic Outlook on Windows before Version 2412: no Take Action button; Don't Send is relabelled.
  it.each([
    ["SoftBlock", review, ["dont-send"]],
    ["SoftBlock", { ...review, sendModeOverride: "promptUser" }, ["send-anyway", "dont-send"]],
    ["PromptUser", {}, ["send-anyway", "dont-send"]],
  ] as const)("classic Outlook: %s with %j shows %j", (mode, options, expected) => {
    expect(alertButtons(mode, options, "relabelled-dont-send")).toEqual(expected);
  });

  it("puts cancelLabel on Take action, which opens the pane; Don't send keeps its text", () => {
    const alert = smartAlertFrom("SoftBlock", { ...review, sendModeOverride: "promptUser" });
    expect(alert.buttons.map((b) => alert.labels[b])).toEqual([
      "Send anyway",
      "Don't send",
      "Review warnings",
    ]);
    expect(alert.opensPane).toBe("take-action");
  });

  it("replaces Don't send with cancelLabel in classic Outlook before 2412, and that button opens the pane", () => {
    const alert = smartAlertFrom(
      "SoftBlock",
      { ...review, sendModeOverride: "promptUser" },
      "relabelled-dont-send",
    );
    expect(alert.buttons.map((b) => alert.labels[b])).toEqual(["Send anyway", "Review warnings"]);
    expect(alert.opensPane).toBe("dont-send");
  });

  it("opens no pane without a commandId, whatever the client", () => {
    for (const style of ["take-action", "relabelled-dont-send"] as const) {
      const alert = smartAlertFrom("SoftBlock", { cancelLabel: "Review warnings" }, style);
      expect(alert.opensPane).toBeUndefined();
    }
    // Classic Outlook still shows the label on Don't Send; there it only cancels.
    const classic = smartAlertFrom(
      "SoftBlock",
      { cancelLabel: "Review warnings" },
      "relabelled-dont-send",
    );
    expect(classic.labels["dont-send"]).toBe("Review warnings");
  });

  it("labels a Take action button that came without a cancelLabel with Outlook's own text", () => {
    const alert = smartAlertFrom("SoftBlock", { commandId: "RapportComposeTaskpaneButton" });
    expect(alert.labels["take-action"]).toBe("Take action");
    expect(alert.opensPane).toBe("take-action");
  });

  it("picks the client from ?client=, keeping ?outlook=classic for classic Outlook before 2412", () => {
    expect(outlookClientFromQuery("?outlook=classic").smartAlertsStyle).toBe(
      "relabelled-dont-send",
    );
    expect(outlookClientFromQuery("?client=mac").id).toBe("mac");
    expect(outlookClientFromQuery("").id).toBe("web");
    expect(outlookClientFromQuery("?client=nonsense").id).toBe("web");
  });

  it("ignores options from a later requirement set than the client's, as Outlook does", () => {
    const answer = {
      allowEvent: false,
      errorMessage: "plain",
      errorMessageMarkdown: "**md**",
      cancelLabel: "Review warnings",
      commandId: "RapportComposeTaskpaneButton",
      contextData: "{}",
      sendModeOverride: "promptUser",
    };
    expect(optionsUnderstoodBy(answer, "1.15")).toEqual(answer);
    expect(optionsUnderstoodBy(answer, "1.14")).not.toHaveProperty("errorMessageMarkdown");
    expect(optionsUnderstoodBy(answer, "1.13")).toEqual({
      allowEvent: false,
      errorMessage: "plain",
    });
    // Before 1.14 a SoftBlock add-in's stop has no Send anyway: only Don't send.
    expect(smartAlertFrom("SoftBlock", optionsUnderstoodBy(answer, "1.13")).buttons).toEqual([
      "dont-send",
    ]);
  });

  it("offers Send anyway after a failed check unless the add-in blocks", () => {
    expect(failureAlert("boom", "SoftBlock").buttons).toEqual(["send-anyway", "dont-send"]);
    expect(failureAlert("boom", "Block").buttons).toEqual(["dont-send"]);
    expect(failureAlert("boom", "SoftBlock").opensPane).toBeUndefined();
  });

  it("prefers the Markdown message and cuts texts to Outlook's limits", () => {
    const alert = smartAlertFrom("SoftBlock", {
      errorMessage: "plain",
      errorMessageMarkdown: "**Megge** prefers Megge. " + "x".repeat(600),
      cancelLabel: "Review all the warnings now please",
      commandId: "c",
      contextData: { findings: [] },
    });
    expect(alert.markdown).toBe(true);
    expect(alert.message.startsWith("**Megge**")).toBe(true);
    expect(alert.message).toHaveLength(500);
    expect(alert.cancelLabel).toHaveLength(20);
    expect(alert.labels["take-action"]).toHaveLength(20);
    expect(alert.contextData).toBe('{"findings":[]}');
  });
});

describe("runSendHandler", () => {
  const quick = { sendMode: "SoftBlock" as const, slowAfterMs: 1000, giveUpAfterMs: 2000 };

  it("sends when the handler allows the event", async () => {
    const outcome = await runSendHandler(
      (e: LaunchEvent) => e.completed({ allowEvent: true }),
      quick,
    );
    expect(outcome).toEqual({ kind: "send" });
  });

  it("turns a blocked answer into a dialog, and ignores a second completed call", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const outcome = await runSendHandler(async (e: LaunchEvent) => {
      await Promise.resolve();
      e.completed({ allowEvent: false, errorMessage: "Megge prefers Megge." });
      e.completed({ allowEvent: true });
    }, quick);
    expect(outcome).toMatchObject({ kind: "alert", alert: { message: "Megge prefers Megge." } });
    await new Promise((r) => setTimeout(r, 0));
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it("reports a handler that throws, rejects, is missing or never answers", async () => {
    await expect(
      runSendHandler(() => {
        throw new Error("boom");
      }, quick),
    ).resolves.toMatchObject({ kind: "failed", reason: expect.stringContaining("boom") });
    await expect(
      runSendHandler(() => Promise.reject(new Error("nope")), quick),
    ).resolves.toMatchObject({ kind: "failed", reason: expect.stringContaining("nope") });
    await expect(runSendHandler(undefined, quick)).resolves.toMatchObject({ kind: "failed" });
    jest.useFakeTimers();
    const onSlow = jest.fn();
    const pending = runSendHandler(() => undefined, { ...quick, onSlow });
    jest.advanceTimersByTime(1000);
    expect(onSlow).toHaveBeenCalled();
    jest.advanceTimersByTime(1000);
    await expect(pending).resolves.toMatchObject({
      kind: "failed",
      reason: expect.stringMatching(/2 s/),
    });
    jest.useRealTimers();
  });
});

describe("markdownToBlocks", () => {
  it("ends a list item at \\r, as Smart Alerts Markdown does", () => {
    expect(
      markdownToBlocks("**Head**\n\n- one\r- two\r\n- three\r").map((b) => [
        b.kind,
        b.spans.map((span) => span.text).join(""),
      ]),
    ).toEqual([
      ["paragraph", "Head"],
      ["bullet", "one"],
      ["bullet", "two"],
      ["bullet", "three"],
    ]);
  });

  it("reads bullets, bold and links as text, leaving markup inert", () => {
    expect(
      markdownToBlocks(
        "Check before sending:\n- **Megge** prefers *Megge*\n- See [profile](https://x) <b>hi</b>",
      ),
    ).toEqual([
      { kind: "paragraph", spans: [{ text: "Check before sending:", strong: false }] },
      {
        kind: "bullet",
        spans: [
          { text: "Megge", strong: true },
          { text: " prefers Megge", strong: false },
        ],
      },
      { kind: "bullet", spans: [{ text: "See profile <b>hi</b>", strong: false }] },
    ]);
  });
});

describe("the playground follows the manifest", () => {
  it("uses the manifest's SendMode for OnMessageSend", () => {
    const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    const sendEvent = /<LaunchEvent\s+Type="OnMessageSend"[^>]*SendMode="(\w+)"/.exec(manifest);
    expect(sendEvent?.[1]).toBe(MANIFEST_SEND_MODE);
  });
});
