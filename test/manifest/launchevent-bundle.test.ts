/**
 * Builds the launch-event bundle with the production config into a temporary folder and checks
 * what classic Outlook's JavaScript-only runtime needs: one classic script that parses as
 * ECMAScript 2016 (so no async/await, no import), with no development URL left in it.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "acorn";
import webpack from "webpack";
import {
  createFakeComposeItem,
  createFakeEvent,
  createFakeMailbox,
  createFakeOffice,
} from "../helpers/fake-office";
import { webpackConfig } from "./webpack-config";

const PRODUCTION = "https://rapport.contoso.example";

describe("launchevent.js (production build)", () => {
  let outputPath: string;

  beforeAll(async () => {
    outputPath = mkdtempSync(join(tmpdir(), "rapport-launchevent-"));
    const config = webpackConfig.createLaunchEventConfig({
      mode: "production",
      outputPath,
      baseUrl: PRODUCTION,
    });
    await new Promise<void>((resolve, reject) => {
      webpack(config, (error, stats) => {
        if (error) return reject(error);
        if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
        resolve();
      });
    });
  }, 480_000);

  afterAll(() => {
    if (outputPath) rmSync(outputPath, { recursive: true, force: true });
  });

  it("is a single script: no other chunks to load", () => {
    const scripts = readdirSync(outputPath).filter((name) => name.endsWith(".js"));
    expect(scripts).toEqual(["launchevent.js"]);
  });

  it("parses as an ECMAScript 2016 classic script (no async/await, no import)", () => {
    const code = readFileSync(join(outputPath, "launchevent.js"), "utf8");
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
    expect(/\bimport\s*\(/.test(code)).toBe(false);
    expect(/\basync function\b/.test(code)).toBe(false);
  });

  it("registers both handlers and knows the production address, not the development one", () => {
    const code = readFileSync(join(outputPath, "launchevent.js"), "utf8");
    // Booleans, not toContain: a failure would otherwise print the whole bundle.
    expect(code.includes("onMessageSendHandler")).toBe(true);
    expect(code.includes("onMessageRecipientsChangedHandler")).toBe(true);
    expect(code.includes(PRODUCTION)).toBe(true);
    expect(code.includes("localhost:3000")).toBe(false);
  });

  it("comes with an HTML page that loads office.js before the handlers", () => {
    const html = readFileSync(join(outputPath, "launchevent.html"), "utf8");
    const officeJs = html.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const bundle = html.indexOf("launchevent.js");
    expect(officeJs).toBeGreaterThan(-1);
    expect(bundle).toBeGreaterThan(officeJs);
    expect(html).toContain("Content-Security-Policy");
  });

  it("loads and answers a send in a bare JavaScript runtime: no window, document or fetch", async () => {
    const code = readFileSync(join(outputPath, "launchevent.js"), "utf8");
    const fake = createFakeComposeItem({
      to: [{ emailAddress: "megge.anderson@coca-cola.example", displayName: "Megge Anderson" }],
      subject: "Quarterly update",
      body: "<p>Hi Megge</p>",
    });
    const office = createFakeOffice(createFakeMailbox(fake.item));
    const logged: unknown[][] = [];
    const context = createContext({
      Office: office,
      console: { log: (...args: unknown[]) => logged.push(args) },
      setTimeout,
      clearTimeout,
    });

    runInContext(code, context);
    expect([...office.associations.keys()].sort()).toEqual([
      "onMessageRecipientsChangedHandler",
      "onMessageSendHandler",
    ]);

    const event = createFakeEvent<Office.SmartAlertsEventCompletedOptions>();
    office.associations.get("onMessageSendHandler")!(event);
    for (let waited = 0; event.completions.length === 0 && waited < 5000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    // No fetch here: the sample profiles cannot load, so the message goes with a notice.
    expect(event.completions).toEqual([{ allowEvent: true }]);
    expect(fake.notifications.get("rapport-status")?.message).toBe(
      "Rapport could not check this message: the client profile list could not be reached",
    );
    expect(JSON.stringify(logged)).not.toContain("Hi Megge");
  });

  it("still loads and lets mail go in an engine without regular-expression lookbehind", async () => {
    const code = readFileSync(join(outputPath, "launchevent.js"), "utf8");
    const fake = createFakeComposeItem({
      to: [{ emailAddress: "dan@whitakerbuilding.example", displayName: "Dan Whitaker" }],
    });
    const office = createFakeOffice(createFakeMailbox(fake.item));
    const context = createContext({
      Office: office,
      console: { log: () => undefined },
      setTimeout,
      clearTimeout,
    });
    // Like classic Outlook's ES2016 engine: lookbehind patterns are a SyntaxError.
    runInContext(
      `RegExp = new Proxy(RegExp, {
        construct(target, args) {
          if (/\\(\\?<[=!]/.test(String(args[0]))) throw new SyntaxError("Invalid regular expression: invalid group");
          return Reflect.construct(target, args);
        },
      });`,
      context,
    );

    runInContext(code, context);
    expect(office.associations.size).toBe(2);

    const event = createFakeEvent<Office.SmartAlertsEventCompletedOptions>();
    office.associations.get("onMessageSendHandler")!(event);
    for (let waited = 0; event.completions.length === 0 && waited < 2000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    expect(event.completions).toEqual([{ allowEvent: true }]);
    expect(fake.notifications.get("rapport-status")?.message).toBe(
      "Rapport could not check this message: this version of Outlook cannot run it; please update Outlook",
    );
  });
});
