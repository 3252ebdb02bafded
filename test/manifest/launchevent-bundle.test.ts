/**
 * Builds the launch-event bundle with the production config (twice: with the bundled sample
 * profiles, and with tenant settings, as a firm deploys it) into a temporary folder, and runs
 * the BUILT file the way classic Outlook on Windows before Version 2403 would: one classic
 * ES2016 script in a bare JavaScript context with no DOM, none of the built-ins added after
 * ECMAScript 2016 and a RegExp that rejects every newer pattern feature (bare-runtime.ts).
 * Every path must answer Outlook exactly once. The regular expressions the file can construct
 * are checked against ES2016's grammar too, each named by its source file (regex-syntax.ts).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "acorn";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";
import webpack from "webpack";
import { SAMPLE_DRAFTS } from "../../src/playground/sample-drafts";
import { createBareRuntime, POST_ES2016_BUILT_INS, type BareRuntimeOptions } from "./bare-runtime";
import { es2016RegexError, regexSites } from "./regex-syntax";
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
        // The code is the same; the map names each pattern's source file.
        sourceMaps: true,
      }),
      webpackConfig.createLaunchEventConfig({
        mode: "production",
        outputPath: tenantPath,
        baseUrl: PRODUCTION,
        graphConfig: TENANT,
        sourceMaps: true,
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

  // Round 45: the Graph SDK's index re-exports its $batch builder and large-file upload tasks,
  // which Rapport never calls (src/profiles/graph-http.ts uses Client and ResponseType); webpack
  // kept them, 3.8 KiB gzip, until webpack.config.js declared the SDK free of side effects.
  it.each([
    ["the $batch builder (BatchRequestContent)", "Duplicate RequestId Error"],
    ["the large-file upload task", "Large file upload slice response is null"],
    ["OneDrive's upload task", "@microsoft.graph.conflictBehavior"],
  ])("leaves out %s, which the send path never calls", (_name, text) => {
    expect(bundle.includes(text)).toBe(false);
  });

  it("keeps the Graph SDK's client and the middleware it does call", () => {
    // The telemetry middleware's header, sent on every Graph request the profiles make; only the
    // Graph SDK writes it ("client-request-id", which it also sends, is in MSAL too).
    expect(bundle.includes("SdkVersion")).toBe(true);
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

    // Round 16: polyfills for what nothing bundled calls are left out (webpack.config.js).
    it("keeps the engine's own JSON.parse and adds no ES2023 array or typed-array methods", async () => {
      const runtime = run({ draft: CLEAN });
      runtime.fire("onMessageSendHandler");
      await runtime.settle();
      expect(runtime.evaluate("/\\[native code\\]/.test(String(JSON.parse))")).toBe(true);
      expect(runtime.evaluate("typeof Array.prototype.toSorted")).toBe("undefined");
      expect(runtime.evaluate("typeof Array.prototype.findLast")).toBe("undefined");
      // JSON.stringify keeps its polyfill (well-formed output, ES2019).
      expect(runtime.evaluate("JSON.stringify('\\uD800')")).toBe('"\\ud800"');
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
      // This mailbox's records (round 50: one key per mailbox, a short list).
      const key = "rapport.checkFailures:alex.morgan@lawfirm.example";
      expect(JSON.parse(runtime.storage()[key]!)).toMatchObject([
        { reason: "watchdog", told: true },
      ]);
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
      expect(next.notifications()["rapport-previous"]).toMatch(
        /^Rapport could not check your message sent just now( \(“.*”\))?: the client profile list could not be reached\.$/,
      );
    });
  });

  describe("regular expressions: only what an ECMAScript 2016 engine accepts", () => {
    // bare-runtime.ts's RegExp rejects every pattern feature newer than ES2016.
    const run = (options: Partial<BareRuntimeOptions> = {}) =>
      createBareRuntime(bundle, {
        mailboxVersion: "1.15",
        draft: MEG_PEPSI,
        files: FILES,
        ...options,
      });
    /** Where in our sources (or a dependency's) an offset of a built file comes from. */
    function sourceOf(path: string, code: string, offset: number): string {
      const map = new TraceMap(readFileSync(join(path, "launchevent.js.map"), "utf8"));
      const before = code.slice(0, offset);
      const line = before.split("\n").length;
      const column = offset - (before.lastIndexOf("\n") + 1);
      const original = originalPositionFor(map, { line, column });
      return original.source
        ? `${original.source.replace(/^webpack:\/\/[^/]*\//, "")}:${original.line}`
        : "an unknown source";
    }

    it.each([
      ["sample profiles", () => [samplesPath, bundle] as const],
      ["tenant settings", () => [tenantPath, tenantBundle] as const],
    ])(
      "no literal or RegExp(...) string in the file (%s) uses lookbehind, named groups, the s flag or \\p{…}",
      (_, built) => {
        const [path, code] = built();
        const sites = regexSites(code);
        // The file is full of patterns; an empty scan would prove nothing.
        expect(sites.filter((site) => site.kind !== "dynamic").length).toBeGreaterThan(500);
        const rejected = sites.flatMap((site) => {
          if (site.pattern === undefined) return [];
          const error = es2016RegexError(site.pattern, site.flags);
          if (!error) return [];
          return [`${sourceOf(path, code, site.start)}: /${site.pattern}/${site.flags}: ${error}`];
        });
        expect(rejected).toEqual([]);
      },
    );

    it("the scan would name a lookbehind and where it came from", () => {
      const code = 'var a = /(?<!x)y/g; var b = new RegExp("(?<name>z)", "s"); var c = RegExp(d);';
      const sites = regexSites(code);
      expect(sites.map((site) => site.kind)).toEqual(["literal", "constructor", "dynamic"]);
      expect(es2016RegexError(sites[0]!.pattern!, sites[0]!.flags)).toMatch(/Invalid/);
      expect(es2016RegexError(sites[1]!.pattern!, sites[1]!.flags)).toMatch(/Invalid/);
      expect(es2016RegexError("(?=x)y\\d+", "giuy")).toBeUndefined();
      expect(es2016RegexError("\\p{L}", "u")).toMatch(/Invalid/);
      expect(sourceOf(samplesPath, bundle, bundle.indexOf("onMessageSendHandler"))).toMatch(
        /^src\/launchevent\/index\.ts:\d+$/,
      );
    });

    it("the bare engine rejects every newer pattern feature, however the pattern is built", () => {
      const runtime = run({ draft: CLEAN });
      const rejected = (source: string, flags = "") =>
        runtime.evaluate<string | null>(
          `__rejectedRegExp(${JSON.stringify(source)}, ${JSON.stringify(flags)})`,
        );
      expect(rejected("(?<=a)b")).toBe("SyntaxError");
      expect(rejected("(?<!a)b", "g")).toBe("SyntaxError");
      expect(rejected("(?<year>\\d+)")).toBe("SyntaxError");
      expect(rejected("(a)\\k<a>", "u")).toBe("SyntaxError");
      expect(rejected("a.b", "s")).toBe("SyntaxError");
      expect(rejected("\\p{L}", "u")).toBe("SyntaxError");
      expect(rejected("[(?<=]\\(\\?<=a", "")).toBeNull();
      expect(rejected("(?=a)(?!b)\\bc[\\u00e9-\\u00ff]+", "gimuy")).toBeNull();
      expect(
        runtime.evaluate(
          "(function () { try { RegExp('(?<=a)b'); return 'ran'; } catch (e) { return e.name; } })()",
        ),
      ).toBe("SyntaxError");
    });

    it("runs the checks there: the Meg + Pepsi draft stops with ONE completion naming both problems", async () => {
      const runtime = run();
      runtime.fire("onMessageSendHandler");
      await runtime.settle();
      const completions = runtime.completions() as Office.SmartAlertsEventCompletedOptions[];
      expect(completions).toHaveLength(1);
      expect(completions[0]!.allowEvent).toBe(false);
      expect(completions[0]!.errorMessage).toMatch(
        /^Rapport found 2 things to check before sending:/,
      );
      expect(completions[0]!.errorMessage).toMatch(/Meg\b/);
      expect(completions[0]!.errorMessage).toMatch(/Pepsi/);
      expect(completions[0]!.errorMessage).not.toMatch(/could not check/);
    });

    it("runs the channel, billing and entertainment checks there on a draft that uses every rewritten pattern", async () => {
      const runtime = run({
        draft: {
          to: [MEGGE],
          subject: "Next steps",
          bodyHtml:
            "<p>Dear Megge,</p><p>Quick call tomorrow? Or text me. Lunch at Rules on Friday? " +
            "Do come along to our drinks.</p><p>Platform: Zoom</p><p>2.5 hrs @ $300</p>",
        },
      });
      runtime.fire("onMessageSendHandler");
      await runtime.settle();
      const completions = runtime.completions() as Office.SmartAlertsEventCompletedOptions[];
      expect(completions).toHaveLength(1);
      // Whatever the sample profile asks, the checks ran: findings or a clean send, never "could not".
      expect(JSON.stringify(completions[0])).not.toMatch(/could not check/);
    });

    it("an engine that cannot run something else in the checks still answers once: update Outlook", async () => {
      // An engine older still, without the u flag: the checks' patterns fail as they load.
      const runtime = run({ alsoRejectRegExpFlags: "u" });
      expect(runtime.evaluate("__handlerNames()")).toHaveLength(4);
      runtime.fire("onMessageSendHandler");
      await runtime.settle();
      await runtime.advance(60_000, 1000);
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
});
