import type { Finding } from "../../src/core/finding";
import {
  loadSendSummary,
  MAX_SUMMARY_FINDINGS,
  parseSendSummary,
  saveSendSummary,
  LEGACY_STORE_KEY,
  SESSION_KEY,
  summariseFindings,
} from "../../src/office/send-summary";
import { MemoryStore } from "../../src/office/storage";
import { createFakeComposeItem } from "../helpers/fake-office";

const finding: Finding = {
  check: "competitor-mention",
  messageId: "mention",
  severity: "warning",
  recipient: "megge.anderson@coca-cola.example",
  recipientName: "Megge Anderson",
  message: "The Coca-Cola Company competes with Pepsi.",
  evidence: { field: "body", text: "Pepsi", start: 10, end: 15 },
};

const at = new Date("2026-11-23T09:00:00Z");

describe("send summary", () => {
  it("keeps what the pane needs and leaves evidence offsets out", () => {
    const summary = summariseFindings([finding], at);
    expect(summary).toEqual({
      kind: "rapport.send-check",
      version: 1,
      checkedAt: "2026-11-23T09:00:00.000Z",
      findings: [
        {
          check: "competitor-mention",
          severity: "warning",
          recipient: "megge.anderson@coca-cola.example",
          recipientName: "Megge Anderson",
          message: "The Coca-Cola Company competes with Pepsi.",
        },
      ],
      omitted: 0,
    });
  });

  it("caps the findings it carries and counts the rest", () => {
    const summary = summariseFindings(Array(MAX_SUMMARY_FINDINGS + 5).fill(finding), at);
    expect(summary.findings).toHaveLength(MAX_SUMMARY_FINDINGS);
    expect(summary.omitted).toBe(5);
  });

  it("stores on the item only, so it goes with its draft, and the pane reads it back", async () => {
    const fake = createFakeComposeItem();
    const store = new MemoryStore();
    await store.set(LEGACY_STORE_KEY, "{}"); // what an earlier version kept for good
    const summary = summariseFindings([finding], at);

    await saveSendSummary(summary, fake.item, store);

    expect(parseSendSummary(fake.sessionData.get(SESSION_KEY))).toEqual(summary);
    expect(store.size).toBe(0);
    // No Smart Alerts context (pane opened from the ribbon): the item's copy is used.
    fake.behave("initializationContext", "fail");
    await expect(loadSendSummary(fake.item)).resolves.toEqual(summary);
  });

  it("finds nothing for another draft: the summary is not kept beside the item", async () => {
    const store = new MemoryStore();
    await saveSendSummary(summariseFindings([finding], at), createFakeComposeItem().item, store);
    const next = createFakeComposeItem({}, { initializationContext: "fail" });
    await expect(loadSendSummary(next.item)).resolves.toBeUndefined();
  });

  it("prefers the Smart Alerts contextData when the pane was opened from the dialog", async () => {
    const fromDialog = summariseFindings([{ ...finding, message: "from the dialog" }], at);
    const fake = createFakeComposeItem({ initializationContext: JSON.stringify(fromDialog) });
    const store = new MemoryStore();
    await saveSendSummary(summariseFindings([finding], at), fake.item, store);

    const loaded = await loadSendSummary(fake.item);
    expect(loaded?.findings[0]?.message).toBe("from the dialog");
  });

  it("ignores values that are not Rapport summaries", () => {
    expect(parseSendSummary("not json")).toBeUndefined();
    expect(parseSendSummary('{"kind":"other","findings":[]}')).toBeUndefined();
    expect(parseSendSummary(undefined)).toBeUndefined();
  });
});
