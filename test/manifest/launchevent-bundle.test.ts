/**
 * Builds the launch-event bundle with the production config into a temporary folder and checks
 * what classic Outlook's JavaScript-only runtime needs: one classic script that parses as
 * ECMAScript 2016 (so no async/await, no import), with no development URL left in it.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "acorn";
import webpack from "webpack";
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
  }, 240_000);

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
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toMatch(/\basync function\b/);
  });

  it("registers both handlers and knows the production address", () => {
    const code = readFileSync(join(outputPath, "launchevent.js"), "utf8");
    expect(code).toContain("onMessageSendHandler");
    expect(code).toContain("onMessageRecipientsChangedHandler");
    expect(code).toContain(PRODUCTION);
    expect(code).not.toMatch(/localhost/);
  });

  it("comes with an HTML page that loads office.js before the handlers", () => {
    const html = readFileSync(join(outputPath, "launchevent.html"), "utf8");
    const officeJs = html.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const bundle = html.indexOf("launchevent.js");
    expect(officeJs).toBeGreaterThan(-1);
    expect(bundle).toBeGreaterThan(officeJs);
    expect(html).toContain("Content-Security-Policy");
  });
});
