import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createFakeComposeItem,
  createFakeEvent,
  createFakeMailbox,
  createFakeOffice,
  flushMicrotasks,
  FAKE_USER,
} from "../helpers/fake-office";
import { failuresKey } from "../../src/office/check-failures";

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
    expect(names).toEqual([
      "onMessageRecipientsChangedHandler",
      "onMessageSendHandler",
      "onAppointmentAttendeesChangedHandler",
      "onAppointmentSendHandler",
    ]);
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

  /** Load index.ts with the checks' module failing as `error`, on a client with `mailboxVersion`. */
  async function withBrokenRuntime(
    error: Error,
    mailboxVersion: string,
    run: (
      office: ReturnType<typeof createFakeOffice>,
      fake: ReturnType<typeof createFakeComposeItem>,
    ) => Promise<void>,
  ) {
    const fake = createFakeComposeItem();
    const office = createFakeOffice(createFakeMailbox(fake.item), mailboxVersion);
    const stored = new Map<string, string>();
    const globals = globalThis as { Office?: unknown; OfficeRuntime?: unknown };
    globals.Office = office;
    globals.OfficeRuntime = {
      storage: {
        getItem: async (key: string) => stored.get(key) ?? null,
        setItem: async (key: string, value: string) => void stored.set(key, value),
        removeItem: async (key: string) => void stored.delete(key),
      },
    };
    try {
      await jest.isolateModulesAsync(async () => {
        jest.doMock("../../src/launchevent/runtime", () => {
          throw error;
        });
        await import("../../src/launchevent/index");
      });
      await run(office, fake);
      return stored;
    } finally {
      jest.dontMock("../../src/launchevent/runtime");
      delete globals.Office;
      delete globals.OfficeRuntime;
    }
  }

  it("stops with the Send anyway prompt when this Outlook's engine cannot load the checks", async () => {
    const stored = await withBrokenRuntime(
      new SyntaxError("Invalid regular expression: /(?<!x)y/: Invalid group"),
      "1.15",
      async (office, fake) => {
        const event = createFakeEvent();
        office.associations.get("onMessageSendHandler")!(event);
        await flushMicrotasks();

        expect(event.completions).toEqual([
          {
            allowEvent: false,
            errorMessage:
              "Rapport could not check this message: this version of Outlook cannot run it; please update Outlook",
            sendModeOverride: "promptUser",
          },
        ]);
        expect(fake.notifications.get("rapport-status")?.message).toBe(
          "Rapport could not check this message: this version of Outlook cannot run it; please update Outlook",
        );
      },
    );
    expect(JSON.parse(stored.get(failuresKey(FAKE_USER.emailAddress))!)[0]).toMatchObject({
      reason: "runtime-unavailable",
      told: true,
    });
  });

  it("on a client without the prompt (Mailbox 1.13) lets mail go and keeps the reason for the next compose", async () => {
    const stored = await withBrokenRuntime(
      new TypeError("x is undefined"),
      "1.13",
      async (office) => {
        const event = createFakeEvent();
        office.associations.get("onMessageSendHandler")!(event);
        await flushMicrotasks();
        expect(event.completions).toEqual([{ allowEvent: true }]);
      },
    );
    expect(JSON.parse(stored.get(failuresKey(FAKE_USER.emailAddress))!)[0]).toMatchObject({
      reason: "wiring-failed:TypeError",
      text: "the add-in failed to start; please tell your IT team",
      told: false,
    });
  });

  it("tells the author while they write when the recipients handler cannot start", async () => {
    await withBrokenRuntime(new TypeError("x is undefined"), "1.15", async (office, fake) => {
      const event = createFakeEvent();
      office.associations.get("onMessageRecipientsChangedHandler")!(event);
      await flushMicrotasks();
      expect(event.completions).toEqual([undefined]);
      expect(fake.notifications.get("rapport-status")?.message).toBe(
        "Rapport could not check this message: the add-in failed to start; please tell your IT team",
      );
    });
  });
});
