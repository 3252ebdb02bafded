import { ItemNotifier } from "../../src/office/notifications";
import { OfficeCallError, officeCall } from "../../src/office/office-call";
import { OfficeItemAdapter } from "../../src/office/office-item-adapter";
import { OfficeCallQueue, officeQueue } from "../../src/office/office-queue";
import type { OfficeCallback } from "../../src/office/office-call";
import type { ComposeItemLike, MailboxLike } from "../../src/office/office-types";
import { readComposeDraft } from "../../src/office/read-item";
import { loadSendSummary } from "../../src/office/send-summary";

/**
 * A compose item like Outlook on the web's: every async call stays in flight until the test
 * answers it, and a call started while three are in flight fails, as Outlook fails it.
 */
function onDemandItem() {
  const waiting: { operation: string; answer: () => void }[] = [];
  const stats = { inFlight: 0, maxInFlight: 0, refused: 0, calls: 0 };
  const call =
    <T>(operation: string, value: T) =>
    (...args: unknown[]) => {
      // The callback is the last function (addHandlerAsync's first one is the handler).
      const callback = args.filter((arg) => typeof arg === "function").pop() as OfficeCallback<T>;
      stats.calls++;
      if (stats.inFlight >= 3) {
        stats.refused++;
        callback({ status: "failed", value: undefined as T, error: { name: "TooMany" } });
        return;
      }
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      waiting.push({
        operation,
        answer: () => {
          stats.inFlight--;
          callback({ status: "succeeded", value });
        },
      });
    };
  const recipients = (address: string) => ({
    getAsync: call("recipients", [{ emailAddress: address, displayName: "" }]),
  });
  const item = {
    to: recipients("megge.anderson@coca-cola.example"),
    cc: recipients("dan@whitakerbuilding.example"),
    bcc: recipients(""),
    subject: { getAsync: call("subject", "Pepsi"), setAsync: call("subject.set", undefined) },
    body: {
      getAsync: call("body", "<p>Dear Meg,</p>"),
      setAsync: call("body.set", undefined),
    },
    from: { getAsync: call("from", { emailAddress: "alex@lawfirm.example" }) },
    getAttachmentsAsync: call("attachments", []),
    notificationMessages: {
      replaceAsync: call("notification", undefined),
      removeAsync: call("notification.remove", undefined),
    },
    sessionData: {
      getAsync: call("sessionData", ""),
      setAsync: call("sessionData.set", undefined),
    },
    getInitializationContextAsync: call("context", ""),
    addHandlerAsync: call("addHandler", undefined),
    removeHandlerAsync: call("removeHandler", undefined),
  } as unknown as ComposeItemLike;
  /** Answer the oldest call still in flight, then let the queue start the next ones. */
  const answerOne = async () => {
    waiting.shift()?.answer();
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return { item, stats, waiting, answerOne };
}

async function settle(fake: ReturnType<typeof onDemandItem>, work: Promise<unknown>[]) {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  for (let turns = 0; fake.waiting.length > 0 && turns < 200; turns++) await fake.answerOne();
  return Promise.allSettled(work);
}

describe("the Office call queue", () => {
  it("keeps at most three Office calls in flight while the draft is read twice, a notice shows and the pane loads", async () => {
    const fake = onDemandItem();
    const mailbox: MailboxLike = {
      item: fake.item,
      userProfile: { emailAddress: "alex@lawfirm.example" },
    };
    const work = [
      readComposeDraft(fake.item, mailbox), // the send handler: seven calls
      readComposeDraft(fake.item, mailbox), // the pane's check at the same moment
      new ItemNotifier(fake.item.notificationMessages).showCouldNotCheck("test"),
      loadSendSummary(fake.item),
    ];
    new OfficeItemAdapter(mailbox).onChange(() => undefined); // registers a handler: one more call

    const results = await settle(fake, work);

    expect(fake.stats.calls).toBeGreaterThanOrEqual(18);
    expect(fake.stats.maxInFlight).toBe(3);
    expect(fake.stats.refused).toBe(0);
    expect(results.map((r) => r.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "fulfilled",
    ]);
    const draft = (results[0] as PromiseFulfilledResult<Awaited<(typeof work)[0]>>).value;
    expect(draft).toMatchObject({ subject: "Pepsi", from: { address: "alex@lawfirm.example" } });
    expect(officeQueue.running).toBe(0);
    expect(officeQueue.queued).toBe(0);
  });

  it("without the queue the same work exceeds Outlook's limit (the fake really enforces it)", async () => {
    const fake = onDemandItem();
    const unlimited = new OfficeCallQueue(100);
    const work = [
      officeCall("read the subject", (done) => fake.item.subject.getAsync(done), unlimited),
      officeCall("read the body", (done) => fake.item.body.getAsync("html", done), unlimited),
      officeCall("read To", (done) => fake.item.to!.getAsync(done), unlimited),
      officeCall("read Cc", (done) => fake.item.cc!.getAsync(done), unlimited),
    ];
    const results = await settle(fake, work);
    expect(fake.stats.refused).toBe(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
  });

  it("gives a slot back when Outlook never answers, so later calls are not stalled for good", async () => {
    jest.useFakeTimers();
    try {
      const queue = new OfficeCallQueue(1, 30_000);
      const lost = officeCall<string>("read the subject", () => undefined, queue);
      const next = officeCall<string>(
        "read the body",
        (done) => done({ status: "succeeded", value: "body" }),
        queue,
      );
      const lostResult = expect(lost).rejects.toBeInstanceOf(OfficeCallError);
      expect(queue.queued).toBe(1);
      await jest.advanceTimersByTimeAsync(30_000);
      await lostResult;
      await expect(next).resolves.toBe("body");
      expect(queue.running).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it("runs calls in the order they were asked for", async () => {
    const queue = new OfficeCallQueue(1);
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3].map((n) =>
        queue.run(async () => {
          order.push(n);
        }),
      ),
    );
    expect(order).toEqual([1, 2, 3]);
  });
});
