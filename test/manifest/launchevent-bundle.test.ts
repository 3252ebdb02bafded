/**
 * Builds the launch-event bundle with the production config (twice: with the bundled sample
 * profiles, and with tenant settings, as a firm deploys it) into a temporary folder, and runs
 * the BUILT file the way classic Outlook on Windows before Version 2403 would: one classic
 * ES2016 script in a bare JavaScript context with no DOM and none of the built-ins added after
 * ECMAScript 2016 (bare-runtime.ts). Every path must answer Outlook exactly once.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "acorn";
import webpack from "webpack";
import { SAMPLE_DRAFTS } from "../../src/playground/sample-drafts";
import { createBareRuntime, POST_ES2016_BUILT_INS, type BareRuntimeOptions } from "./bare-runtime";
import { webpackConfig } from "./webpack-config";

const PRODUCTION = "https://rapport.contoso.example";
const ROOT = join(__dirname, "..", "..");
const TENANT = {
  clientId: "8a758edd-41ae-4638-a82d-469aee80dffc",
  tenantId: "contoso.example",
  site: "https://contoso.sharepoint.com/sites/clients",
};
const FILES = {
  "sample-profiles.json": readFileSync(join(ROOT, "assets/sample-profiles.json"), "utf8"),
  "policy.json": readFileSync(join(ROOT, "public/policy.json"), "utf8"),
};
const MEGGE = { emailAddress: "megge.anderson@coca-cola.example", displayName: "Megge Anderson" };

/** A sample draft (src/playground/sample-drafts.ts) as the stand-in's item. */
function sampleDraft(id: string): BareRuntimeOptions["draft"] {
  const sample = SAMPLE_DRAFTS.find((draft) => draft.id === id);
  if (!sample) throw new Error(`no sample draft ${id}`);
  const escape = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return {
    to: [MEGGE],
    subject: sample.subject,
    bodyHtml: sample.body
      .split("\n")
      .map((line) => `<p>${escape(line) || "<br>"}</p>`)
      .join(""),
  };
}

const MEG_PEPSI = sampleDraft("dear-meg-pepsi");
const CLEAN = sampleDraft("clean-megge");

const TAYLOR = { emailAddress: "taylor.kim@microsoft.example", displayName: "Taylor Kim" };
/** Invitations to the Microsoft sample contact (Teams; avoids Zoom), as Outlook holds them. */
const ZOOM_INVITATION = {
  required: [TAYLOR],
  subject: "Licensing review",
  location: "https://zoom.us/j/5551234567",
  bodyHtml: "<p>Agenda to follow.</p>",
};
const TEAMS_INVITATION = {
  required: [TAYLOR],
  subject: "Licensing review",
  location: "Microsoft Teams Meeting",
  bodyHtml:
    "<p>Agenda to follow.</p><div>________________</div><div>Microsoft Teams meeting</div>" +
    '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0">Click here to join the meeting</a></div>',
};

describe("launchevent.js (production build)", () => {
  let samplesPath: string;
  let tenantPath: string;
  let bundle: string;
  let tenantBundle: string;

  beforeAll(async () => {
    samplesPath = mkdtempSync(join(tmpdir(), "rapport-launchevent-"));
    tenantPath = mkdtempSync(join(tmpdir(), "rapport-launchevent-tenant-"));
    const configs = [
      webpackConfig.createLaunchEventConfig({
        mode: "production",
        outputPath: samplesPath,
        baseUrl: PRODUCTION,
      }),
      webpackConfig.createLaunchEventConfig({
        mode: "production",
        outputPath: tenantPath,
        baseUrl: PRODUCTION,
        graphConfig: TENANT,
      }),
    ];
    await new Promise<void>((resolve, reject) => {
      webpack(configs, (error, stats) => {
        if (error) return reject(error);
        if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
        resolve();
      });
    });
    bundle = readFileSync(join(samplesPath, "launchevent.js"), "utf8");
    tenantBundle = readFileSync(join(tenantPath, "launchevent.js"), "utf8");
  }, 600_000);

  afterAll(() => {
    for (const path of [samplesPath, tenantPath]) {
      if (path) rmSync(path, { recursive: true, force: true });
    }
  });

  it("is a single script: no other chunks to load", () => {
    const scripts = readdirSync(samplesPath).filter((name) => name.endsWith(".js"));
    expect(scripts).toEqual(["launchevent.js"]);
  });

  it("parses as an ECMAScript 2016 classic script (no async/await, no import)", () => {
    expect(() => parse(bundle, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
    expect(/\bimport\s*\(/.test(bundle)).toBe(false);
    expect(/\basync function\b/.test(bundle)).toBe(false);
  });

  it("registers the message and appointment handlers and knows the production address, not the development one", () => {
    // Booleans, not toContain: a failure would otherwise print the whole bundle.
    expect(bundle.includes("onMessageSendHandler")).toBe(true);
    expect(bundle.includes("onMessageRecipientsChangedHandler")).toBe(true);
    expect(bundle.includes("onAppointmentSendHandler")).toBe(true);
    expect(bundle.includes("onAppointmentAttendeesChangedHandler")).toBe(true);
    expect(bundle.includes(PRODUCTION)).toBe(true);
    expect(bundle.includes("localhost:3000")).toBe(false);
  });

  it("comes with an HTML page that loads office.js before the handlers", () => {
    const html = readFileSync(join(samplesPath, "launchevent.html"), "utf8");
    const officeJs = html.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const script = html.indexOf("launchevent.js");
    expect(officeJs).toBeGreaterThan(-1);
    expect(script).toBeGreaterThan(officeJs);
    expect(html).toContain("Content-Security-Policy");
  });

  describe("in a bare ES2016 context: no DOM, no post-ES2016 built-ins, faked clock", () => {
    const run = (options: Partial<BareRuntimeOptions> = {}, code = bundle) =>
      createBareRuntime(code, {
        mailboxVersion: "1.15",
        draft: MEG_PEPSI,
        files: FILES,
        ...options,
      });

    it("really lacks the newer built-ins until the bundle's polyfills install them", async () => {
      const context = createContext({});
      runInContext(
        `(function (root) { ${POST_ES2016_BUILT_INS.map(
          (name) =>
            `delete ${name.includes(".") ? `root.${name}` : `root[${JSON.stringify(name)}]`};`,
        ).join(" ")} })(this)`,
        context,
      );
      expect(runInContext("typeof Object.entries + typeof globalThis", context)).toBe(
        "undefinedundefined",
      );

      // The checks (and their polyfills) load with the first event, not with the file.
      const runtime = run({ draft: CLEAN });
      runtime.fire("onMessageSendHandler");
      await runtime.settle();
      // What Rapport's own code calls (deps.ts, send-summary.ts, storage.ts), now polyfilled.
      expect(runtime.evaluate("typeof Object.entries")).toBe("function");
      expect(runtime.evaluate("typeof Promise.allSettled")).toBe("function");
      expect(runtime.evaluate("typeof globalThis")).toBe("object");
      expect(runtime.evaluate("__handlerNames()")).toEqual([
        "onAppointmentAttendeesChangedHandler",
        "onAppointmentSendHandler",
        "onMessageRecipientsChangedHandler",
        "onMessageSendHandler",
      ]);
    });

    it("stops the Meg + Pepsi draft to Megge with ONE completion naming both problems", async () => {
      const runtime = run();
      runtime.fire("onMessageSendHandler");
      await runtime.settle();

      const completions = runtime.completions() as Office.SmartAlertsEventCompletedOptions[];
      expect(completions).toHaveLength(1);
      const answer = completions[0]!;
      expect(answer.allowEvent).toBe(false);
      expect(answer.errorMessage).toMatch(/^Rapport found 2 things to check before sending:/);
      expect(answer.errorMessage).toMatch(/“Megge”.*“Meg”|Meg\b/);
      expect(answer.errorMessage).toMatch(/Pepsi/);
      expect(answer.errorMessageMarkdown).toMatch(/Pepsi/);
      expect(answer.sendModeOverride).toBe("promptUser");
      expect(answer.commandId).toBe("RapportComposeTaskpaneButton");

      await runtime.advance(60_000, 1000); // nothing later answers a second time
      expect(runtime.completions()).toHaveLength(1);
      // The log carries event names and codes, never the message.
      expect(runtime.logs().join("\n")).not.toMatch(/Pepsi|Dear Meg|megge\.anderson/);
    });

    it("stops a Zoom invitation to taylor.kim@microsoft.example with ONE completion explaining Teams", async () => {
      const runtime = run({ invitation: ZOOM_INVITATION });
      runtime.fire("onAppointmentSendHandler");
      await runtime.settle();

      const completions = runtime.completions() as Office.SmartAlertsEventCompletedOptions[];
      expect(completions).toHaveLength(1);
      const answer = completions[0]!;
      expect(answer.allowEvent).toBe(false);
      expect(answer.errorMessage).toMatch(/^Rapport found 1 thing to check before sending:/);
      expect(answer.errorMessage).toMatch(/meets on Microsoft Teams/);
      expect(answer.errorMessage).toMatch(/Zoom/);
      expect(answer.sendModeOverride).toBe("promptUser");
      expect(answer.commandId).toBe("RapportAppointmentTaskpaneButton");
      // The invitation was read as one: attendees and location, never a To line.
      const calls = runtime.calls();
      expect(calls).toEqual(expect.arrayContaining(["required", "optional", "location"]));
      expect(calls).not.toContain("to");

      await runtime.advance(60_000, 1000);
      expect(runtime.completions()).toHaveLength(1);
      expect(runtime.logs().join("\n")).not.toMatch(/zoom\.us|taylor\.kim|Licensing/);
    });

    it("sends a Teams invitation to the same contact", async () => {
      const runtime = run({ invitation: TEAMS_INVITATION });
      runtime.fire("onAppointmentSendHandler");
      await runtime.settle();
      expect(runtime.completions()).toEqual([{ allowEvent: true }]);
    });

    it("prefetches the attendees' profiles when they change, answering once", async () => {
      const runtime = run({ invitation: ZOOM_INVITATION });
      runtime.fire("onAppointmentAttendeesChangedHandler");
      await runtime.settle();
      expect(runtime.completions()).toEqual([null]);
      expect(runtime.calls()).toEqual(expect.arrayContaining(["required", "optional"]));
      expect(runtime.notifications()).toEqual({});
    });

    it("an invitation whose location Outlook will not give: the prompt names the invitation", async () => {
      const runtime = run({ invitation: ZOOM_INVITATION, behaviours: { location: "fail" } });
      runtime.fire("onAppointmentSendHandler");
      await runtime.settle();
      expect(runtime.completions()).toEqual([
        {
          allowEvent: false,
          errorMessage: expect.stringMatching(/^Rapport could not check this invitation: /),
          sendModeOverride: "promptUser",
        },
      ]);
    });

    it("sends a clean draft to Megge", async () => {
      const runtime = run({ draft: CLEAN });
      runtime.fire("onMessageSendHandler");
      await runtime.settle();
      expect(runtime.completions()).toEqual([{ allowEvent: true }]);
    });

    it("an Office call failing: one completion, the Send anyway prompt, and the reason on the draft", async () => {
      const runtime = run({ behaviours: { body: "fail" } });
      runtime.fire("onMessageSendHandler");
      await runtime.settle();
      await runtime.advance(60_000, 1000);

      expect(runtime.completions()).toEqual([
        {
          allowEvent: false,
          errorMessage:
            "Rapport could not check this message: Outlook did not provide the message's details",
          sendModeOverride: "promptUser",
        },
      ]);
      expect(runtime.notifications()["rapport-status"]).toBe(
        "Rapport could not check this message: Outlook did not provide the message's details",
      );
    });

    it("an Office call that never answers: the watchdog answers once, inside the 5 seconds", async () => {
      const runtime = run({ behaviours: { body: "hang" } });
      runtime.fire("onMessageSendHandler");
      await runtime.settle({ maxMs: 10_000 });
      const answeredAt = runtime.evaluate<number>("__elapsed()");
      await runtime.advance(60_000, 1000);

      expect(answeredAt).toBeLessThan(5000);
      expect(runtime.completions()).toEqual([
        {
          allowEvent: false,
          errorMessage: "Rapport could not check this message: the check took too long",
          sendModeOverride: "promptUser",
        },
      ]);
      expect(JSON.parse(runtime.storage()["rapport.lastCheckFailure"]!)).toMatchObject({
        reason: "watchdog",
        told: true,
      });
    });

    it("the profile list unreachable (HTTP 503): one completion, the Send anyway prompt", async () => {
      const runtime = run({ fetchFailure: 503 });
      runtime.fire("onMessageSendHandler");
      await runtime.settle();
      await runtime.advance(60_000, 1000);
      expect(runtime.completions()).toEqual([
        {
          allowEvent: false,
          errorMessage:
            "Rapport could not check this message: the client profile list could not be reached",
          sendModeOverride: "promptUser",
        },
      ]);
    });

    it("no token (tenant build, nobody signed in, no way to sign in here): one completion pointing to the pane", async () => {
      const runtime = run({}, tenantBundle);
      runtime.fire("onMessageSendHandler");
      await runtime.settle();
      await runtime.advance(60_000, 1000);

      const completions = runtime.completions() as Office.SmartAlertsEventCompletedOptions[];
      expect(completions).toHaveLength(1);
      expect(completions[0]).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
      expect(completions[0]!.errorMessage).toMatch(
        /^Rapport could not check this message: (sign in to Rapport from the Client profile pane|the check took too long)$/,
      );
    });

    it("a throw during wiring: one completion, and the author is told", async () => {
      const runtime = run({ brokenMailbox: true });
      runtime.fire("onMessageSendHandler");
      await runtime.settle();
      await runtime.advance(60_000, 1000);
      expect(runtime.completions()).toEqual([
        {
          allowEvent: false,
          errorMessage:
            "Rapport could not check this message: the add-in failed to start; please tell your IT team",
          sendModeOverride: "promptUser",
        },
      ]);
    });

    it("on a client without the prompt (Mailbox 1.13) the message goes, and the next compose says why", async () => {
      const storage: Record<string, string> = {};
      const first = run({ mailboxVersion: "1.13", fetchFailure: "network", storage });
      first.fire("onMessageSendHandler");
      await first.settle();
      expect(first.completions()).toEqual([{ allowEvent: true }]);
      // Nothing on the item that is leaving.
      expect(first.notifications()).toEqual({});
      const kept = first.storage();

      // The next compose, in a new runtime over the same OfficeRuntime.storage.
      const next = run({ mailboxVersion: "1.13", draft: CLEAN, storage: kept });
      next.fire("onMessageRecipientsChangedHandler");
      await next.settle();
      expect(next.completions()).toEqual([null]);
      expect(next.notifications()["rapport-previous"]).toBe(
        "Rapport could not check the message you sent just now: the client profile list could not be reached",
      );
    });
  });

  it("still loads, and answers, in an engine without regular-expression lookbehind", async () => {
    // Like classic Outlook's ES2016 engine: lookbehind patterns are a SyntaxError.
    const lookbehindFails = `RegExp = new Proxy(RegExp, {
        construct(target, args) {
          if (/\\(\\?<[=!]/.test(String(args[0]))) throw new SyntaxError("Invalid regular expression: invalid group");
          return Reflect.construct(target, args);
        },
      });`;
    const runtime = createBareRuntime(`${lookbehindFails}\n${bundle}`, {
      mailboxVersion: "1.15",
      draft: MEG_PEPSI,
      files: FILES,
    });
    expect(runtime.evaluate("__handlerNames()")).toHaveLength(4);

    runtime.fire("onMessageSendHandler");
    await runtime.settle();

    expect(runtime.completions()).toEqual([
      {
        allowEvent: false,
        errorMessage:
          "Rapport could not check this message: this version of Outlook cannot run it; please update Outlook",
        sendModeOverride: "promptUser",
      },
    ]);
  });
});
