import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_LAUNCH_EVENT_CONFIG } from "../../src/launchevent/deps";
import { manifestValidator, webpackConfig } from "./webpack-config";

const ROOT = join(__dirname, "..", "..");
const SCHEMAS = join(ROOT, "test/fixtures/outlook-manifest-xsd");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const PRODUCTION = "https://rapport.contoso.example";

describe("manifest.xml", () => {
  it("validates against the official add-in-only manifest schemas", async () => {
    await expect(
      manifestValidator.validateManifestText(manifest, "manifest.xml", SCHEMAS),
    ).resolves.toEqual([]);
  }, 30_000);

  it("is rejected by the schemas when it breaks them (the check can fail)", async () => {
    const broken = manifest.replace('SendMode="SoftBlock"', 'SendMode="Sometimes"');
    const problems = await manifestValidator.validateManifestText(broken, "manifest.xml", SCHEMAS);
    expect(problems.join("\n")).toMatch(/SendMode.*Sometimes/);
  }, 30_000);

  it("resolves every resid to a resource", () => {
    expect(manifestValidator.unresolvedResourceIds(manifest)).toEqual([]);
    expect(
      manifestValidator.unresolvedResourceIds(
        manifest.replace('resid="Taskpane.Url"', 'resid="Nope"'),
      ),
    ).toEqual(['resid "Nope" is not defined in Resources']);
  });

  it("sends with SoftBlock and names the compose button the send handler opens", () => {
    expect(manifest).toMatch(
      /<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="SoftBlock"\/>/,
    );
    const composeSurface = manifest.slice(
      manifest.indexOf('xsi:type="MessageComposeCommandSurface"'),
      manifest.indexOf('xsi:type="LaunchEvent"'),
    );
    expect(composeSurface).toContain(
      `<Control xsi:type="Button" id="${DEFAULT_LAUNCH_EVENT_CONFIG.commandId}">`,
    );
  });

  it("runs in shared and delegated mailboxes too (SupportsSharedFolders, first in DesktopFormFactor)", () => {
    expect(manifest).toMatch(
      /<DesktopFormFactor>\s*(<!--[\s\S]*?-->\s*)?<SupportsSharedFolders>true<\/SupportsSharedFolders>/,
    );
  });

  it("has a UUID for the app registration placeholder and reads profiles with the narrowest scope", () => {
    expect(manifest).toMatch(/<WebApplicationInfo>\s*<Id>[0-9a-f-]{36}<\/Id>/);
    expect([...manifest.matchAll(/<Scope>([^<]+)<\/Scope>/g)].map((m) => m[1])).toEqual([
      "Sites.Read.All",
    ]);
  });
});

describe("the production manifest", () => {
  const built = webpackConfig.rewriteManifest(manifest, webpackConfig.resolveBaseUrl(PRODUCTION));

  it("points every URL at ADDIN_BASE_URL and leaves no localhost", () => {
    expect(built).not.toMatch(/localhost/i);
    expect(built).toContain(
      `<bt:Url id="LaunchEvent.Js.Url" DefaultValue="${PRODUCTION}/launchevent.js"/>`,
    );
    expect(built).toContain(`<Resource>api://rapport.contoso.example/`);
  });

  it("keeps a sub-path in the base URL", () => {
    const underPath = webpackConfig.rewriteManifest(
      manifest,
      webpackConfig.resolveBaseUrl(`${PRODUCTION}/rapport/`),
    );
    expect(underPath).toContain(`DefaultValue="${PRODUCTION}/rapport/taskpane.html"`);
    expect(underPath).toContain("api://rapport.contoso.example/rapport/");
  });

  it("still validates", async () => {
    await expect(
      manifestValidator.validateManifestText(built, "manifest.xml", SCHEMAS),
    ).resolves.toEqual([]);
  }, 30_000);

  it("refuses a base URL Outlook would not load", () => {
    expect(() => webpackConfig.resolveBaseUrl("http://rapport.contoso.example")).toThrow(
      "must use https",
    );
    expect(() => webpackConfig.resolveBaseUrl("rapport.contoso.example")).toThrow("is not a URL");
    expect(webpackConfig.resolveBaseUrl(undefined)).toBe("https://localhost:3000");
  });

  it("lists the launch-event script in the well-known file", () => {
    expect(JSON.parse(webpackConfig.wellKnownFile(PRODUCTION))).toEqual({
      allowed: [`${PRODUCTION}/launchevent.js`],
    });
  });
});
