import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createFakeComposeItem,
  createFakeEvent,
  createFakeMailbox,
  createFakeOffice,
  flushMicrotasks,
} from "../helpers/fake-office";

const ROOT = join(__dirname, "..", "..");

function manifestFunctionNames(): string[] {
  const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  return [...manifest.matchAll(/<LaunchEvent\s[^>]*FunctionName="([^"]+)"/g)].map((m) => m[1]!);
}

describe("launch-event registration", () => {
  beforeEach(() => {
    jest.spyOn(console, "log").mockImplementation(() => undefined); // the handlers' own log lines
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it("associates a handler for every FunctionName in manifest.xml, and no other", () => {
    const source = readFileSync(join(ROOT, "src/launchevent/index.ts"), "utf8");
    const associated = [...source.matchAll(/Office\.actions\.associate\(\s*"([^"]+)"/g)].map(
      (m) => m[1],
    );
    const names = manifestFunctionNames();
    expect(names).toEqual(["onMessageRecipientsChangedHandler", "onMessageSendHandler"]);
    expect([...associated].sort()).toEqual([...names].sort());
  });

  it("registers working handlers with Office when the bundle loads", async () => {
    const fake = createFakeComposeItem({ to: [{ emailAddress: "", displayName: "Unresolved" }] });
    const office = createFakeOffice(createFakeMailbox(fake.item));
    const globals = globalThis as { Office?: unknown };
    globals.Office = office;
    try {
      await jest.isolateModulesAsync(async () => {
        await import("../../src/launchevent/index");
      });
      expect([...office.associations.keys()].sort()).toEqual(manifestFunctionNames().sort());

      // Nobody resolved to look up: the handler answers at once, exactly once.
      const event = createFakeEvent();
      office.associations.get("onMessageRecipientsChangedHandler")!(event);
      for (let i = 0; i < 50 && event.completions.length === 0; i++) await flushMicrotasks();
      expect(event.completions).toHaveLength(1);
    } finally {
      delete globals.Office;
    }
  });

  it("still answers Outlook when wiring fails before a handler can run", async () => {
    const office = createFakeOffice(createFakeMailbox(null));
    // A mailbox without context makes createOutlookDeps throw.
    (office as { context: unknown }).context = undefined;
    const globals = globalThis as { Office?: unknown };
    globals.Office = office;
    try {
      await jest.isolateModulesAsync(async () => {
        await import("../../src/launchevent/index");
      });
      const event = createFakeEvent();
      office.associations.get("onMessageSendHandler")!(event);
      expect(event.completions).toEqual([{ allowEvent: true }]);
    } finally {
      delete globals.Office;
    }
  });

  it("lets mail go with a notice when this Outlook's engine cannot load the checks", async () => {
    const fake = createFakeComposeItem();
    const office = createFakeOffice(createFakeMailbox(fake.item));
    const globals = globalThis as { Office?: unknown };
    globals.Office = office;
    try {
      await jest.isolateModulesAsync(async () => {
        jest.doMock("../../src/launchevent/runtime", () => {
          throw new SyntaxError("Invalid regular expression: /(?<!x)y/: Invalid group");
        });
        await import("../../src/launchevent/index");
      });
      const event = createFakeEvent();
      office.associations.get("onMessageSendHandler")!(event);
      await flushMicrotasks();

      expect(event.completions).toEqual([{ allowEvent: true }]);
      expect(fake.notifications.get("rapport-status")?.message).toBe(
        "Rapport could not check this message: this version of Outlook cannot run it; please update Outlook",
      );
    } finally {
      jest.dontMock("../../src/launchevent/runtime");
      delete globals.Office;
    }
  });
});
