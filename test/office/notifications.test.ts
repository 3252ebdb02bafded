import {
  ItemNotifier,
  NOTIFICATION_KEY,
  couldNotCheckMessage,
} from "../../src/office/notifications";
import { createFakeComposeItem } from "../helpers/fake-office";

describe("ItemNotifier", () => {
  it("replaces Rapport's one notice with an error-style message", async () => {
    const fake = createFakeComposeItem();
    const notifier = new ItemNotifier(fake.item.notificationMessages);

    await notifier.showCouldNotCheck("the check took too long");
    await notifier.showCouldNotCheck("the client profile list could not be reached");

    expect([...fake.notifications.entries()]).toEqual([
      [
        NOTIFICATION_KEY,
        {
          type: "errorMessage",
          message:
            "Rapport could not check this message: the client profile list could not be reached",
        },
      ],
    ]);
  });

  it("keeps notices within Office's 150 characters", () => {
    const message = couldNotCheckMessage("x".repeat(400));
    expect(message).toHaveLength(150);
    expect(message.endsWith("…")).toBe(true);
  });

  it("clears quietly, even when there was nothing to clear", async () => {
    const fake = createFakeComposeItem({}, { "notification.remove": "fail" });
    await expect(new ItemNotifier(fake.item.notificationMessages).clear()).resolves.toBeUndefined();
    await expect(new ItemNotifier(undefined).showCouldNotCheck("x")).resolves.toBeUndefined();
  });
});
