import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MANIFEST_SEND_MODE, type LaunchEvent } from "../../src/playground/office-standin";
import {
  alertButtons,
  markdownToBlocks,
  runSendHandler,
  smartAlertFrom,
} from "../../src/playground/send-flow";

describe("Smart Alerts buttons", () => {
  const review = { cancelLabel: "Review warnings", commandId: "RapportComposeTaskpaneButton" };

  it.each([
    ["SoftBlock", {}, ["dont-send"]],
    ["SoftBlock", review, ["dont-send", "cancel-label"]],
    [
      "SoftBlock",
      { ...review, sendModeOverride: "promptUser" },
      ["send-anyway", "dont-send", "cancel-label"],
    ],
    ["PromptUser", {}, ["send-anyway", "dont-send"]],
    ["Block", { ...review, sendModeOverride: "promptUser" }, ["dont-send", "cancel-label"]],
    // A label without a command to open has nothing to do: Outlook ignores it.
    ["SoftBlock", { cancelLabel: "Review warnings" }, ["dont-send"]],
  ] as const)("%s with %j shows %j", (mode, options, expected) => {
    expect(alertButtons(mode, options)).toEqual(expected);
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
