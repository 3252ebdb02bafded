import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_LAUNCH_EVENT_CONFIG } from "../../src/launchevent/deps";
import { manifestValidator, webpackConfig } from "./webpack-config";

const ROOT = join(__dirname, "..", "..");
const SCHEMAS = join(ROOT, "test/fixtures/outlook-manifest-xsd");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const PRODUCTION = "https://rapport.contoso.example";

/** The manifest's extension point of this type, up to the next one. */
function surface(type: string): string {
  const start = manifest.indexOf(`<ExtensionPoint xsi:type="${type}">`);
  if (start < 0) throw new Error(`no ${type} in manifest.xml`);
  const end = manifest.indexOf("</ExtensionPoint>", start);
  return manifest.slice(start, end);
}

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

  it("sends messages and invitations with SoftBlock, each naming the button of its own surface", () => {
    expect(manifest).toMatch(
      /<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="SoftBlock"\/>/,
    );
    expect(manifest).toMatch(
      /<LaunchEvent Type="OnAppointmentSend" FunctionName="onAppointmentSendHandler" SendMode="SoftBlock"\/>/,
    );
    expect(surface("MessageComposeCommandSurface")).toContain(
      `<Control xsi:type="Button" id="${DEFAULT_LAUNCH_EVENT_CONFIG.commandId}">`,
    );
    expect(surface("AppointmentOrganizerCommandSurface")).toContain(
      `<Control xsi:type="Button" id="${DEFAULT_LAUNCH_EVENT_CONFIG.appointmentCommandId}">`,
    );
  });

  it("puts the Client profile button on every surface: reading and writing mail, organising and attending a meeting", () => {
    for (const type of [
      "MessageReadCommandSurface",
      "MessageComposeCommandSurface",
      "AppointmentOrganizerCommandSurface",
      "AppointmentAttendeeCommandSurface",
    ]) {
      const part = surface(type);
      expect(part).toContain('<Label resid="TaskpaneButton.Label"/>');
      expect(part).toContain('<SourceLocation resid="Taskpane.Url"/>');
    }
    // Control and group ids are unique across the manifest.
    const ids = [...manifest.matchAll(/<(?:Control|Group)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // The base manifest activates on appointments too (older clients read these rules).
    expect(manifest).toContain('<Rule xsi:type="ItemIs" ItemType="Appointment" FormType="Edit"/>');
    expect(manifest).toContain('<Rule xsi:type="ItemIs" ItemType="Appointment" FormType="Read"/>');
  });

  it("declares launch events by the names Microsoft documents (the XSDs accept any string)", () => {
    // "Configure your Outlook add-in for event-based activation", supported events (XML manifest names).
    const documented = new Set([
      "OnNewMessageCompose",
      "OnNewAppointmentOrganizer",
      "OnMessageAttachmentsChanged",
      "OnAppointmentAttachmentsChanged",
      "OnMessageRecipientsChanged",
      "OnAppointmentAttendeesChanged",
      "OnAppointmentTimeChanged",
      "OnAppointmentRecurrenceChanged",
      "OnInfoBarDismissClicked",
      "OnMessageSend",
      "OnAppointmentSend",
      "OnMessageCompose",
      "OnAppointmentOrganizer",
      "OnMessageFromChanged",
      "OnAppointmentFromChanged",
      "OnSensitivityLabelChanged",
    ]);
    const events = [...manifest.matchAll(/<LaunchEvent Type="([^"]+)" FunctionName="([^"]+)"/g)];
    expect(events.map((m) => [m[1], m[2]])).toEqual([
      ["OnMessageRecipientsChanged", "onMessageRecipientsChangedHandler"],
      ["OnMessageSend", "onMessageSendHandler"],
      ["OnAppointmentAttendeesChanged", "onAppointmentAttendeesChangedHandler"],
      ["OnAppointmentSend", "onAppointmentSendHandler"],
    ]);
    for (const [, type] of events) expect(documented.has(type!)).toBe(true);
    // Only one of each send event per add-in (Smart Alerts limitations).
    expect(events.filter((m) => m[1] === "OnAppointmentSend")).toHaveLength(1);
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

  it("still validates, with the appointment surfaces and launch events", async () => {
    await expect(
      manifestValidator.validateManifestText(built, "manifest.xml", SCHEMAS),
    ).resolves.toEqual([]);
    expect(built).toContain('<ExtensionPoint xsi:type="AppointmentOrganizerCommandSurface">');
    expect(built).toContain('<ExtensionPoint xsi:type="AppointmentAttendeeCommandSurface">');
    expect(built).toMatch(/<LaunchEvent Type="OnAppointmentSend" [^>]*SendMode="SoftBlock"\/>/);
    expect(built).toMatch(/<LaunchEvent Type="OnAppointmentAttendeesChanged" /);
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
