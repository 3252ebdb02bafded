/** The sign-in page inside the Office dialog: settings, redirect, and what it posts back. */
import type { AuthenticationResult, Configuration } from "@azure/msal-browser";
import {
  loadDialogConfig,
  runSignInDialogPage,
  startSignInDialog,
  type RedirectClientLike,
} from "../../src/auth/dialog-page";
import type { DialogMessage } from "../../src/auth/office-dialog";

const CLIENT_ID = "11111111-2222-3333-4444-555555555555";
const PAGE = "https://rapport.contoso.example/addin/auth-dialog.html";
const READ = "https://graph.microsoft.com/Sites.Read.All";
const SECRET = "eyJ-secret-token";

function officeHost() {
  const posted: DialogMessage[] = [];
  return {
    posted,
    office: {
      context: { ui: { messageParent: (m: string) => void posted.push(JSON.parse(m)) } },
    },
  };
}

class FakeRedirectClient implements RedirectClientLike {
  redirects: Array<{ scopes: string[] }> = [];
  handled: Array<{ navigateToLoginRequestUrl?: boolean } | undefined> = [];
  constructor(private readonly answer: AuthenticationResult | null | Error) {}
  async handleRedirectPromise(options?: { navigateToLoginRequestUrl?: boolean }) {
    this.handled.push(options);
    if (this.answer instanceof Error) throw this.answer;
    return this.answer;
  }
  async acquireTokenRedirect(request: { scopes: string[] }) {
    this.redirects.push(request);
  }
}

function factory(client: FakeRedirectClient) {
  const configurations: Configuration[] = [];
  return {
    configurations,
    createClient: async (configuration: Configuration) => {
      configurations.push(configuration);
      return client;
    },
  };
}

describe("runSignInDialogPage", () => {
  it("redirects to sign in for the scopes in its address, coming back to the page itself", async () => {
    const client = new FakeRedirectClient(null);
    const { configurations, createClient } = factory(client);
    const { office, posted } = officeHost();

    await runSignInDialogPage(
      { clientId: CLIENT_ID, tenantId: "contoso.onmicrosoft.com" },
      { office, pageUrl: `${PAGE}?scopes=${encodeURIComponent(READ)}`, createClient },
    );

    expect(configurations[0]!.auth).toEqual({
      clientId: CLIENT_ID,
      authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
      redirectUri: PAGE,
    });
    expect(client.handled).toEqual([{ navigateToLoginRequestUrl: false }]);
    expect(client.redirects).toEqual([{ scopes: [READ] }]);
    expect(posted).toEqual([]);
  });

  it("posts the token once it is back from sign-in", async () => {
    const expiresOn = new Date(Date.now() + 3_600_000);
    const client = new FakeRedirectClient({
      accessToken: SECRET,
      expiresOn,
    } as AuthenticationResult);
    const { office, posted } = officeHost();

    await runSignInDialogPage(
      { clientId: CLIENT_ID },
      { office, pageUrl: `${PAGE}#code=abc`, ...factory(client) },
    );

    expect(posted).toEqual([
      { status: "success", accessToken: SECRET, expiresOn: expiresOn.getTime() },
    ]);
    expect(client.redirects).toEqual([]);
  });

  it("posts MSAL's error code only, never its message", async () => {
    const failing = new FakeRedirectClient(
      Object.assign(new Error(`state mismatch for ${SECRET}`), { errorCode: "state_mismatch" }),
    );
    const { office, posted } = officeHost();
    await runSignInDialogPage(
      { clientId: CLIENT_ID },
      { office, pageUrl: PAGE, ...factory(failing) },
    );
    expect(posted).toEqual([{ status: "error", code: "state_mismatch" }]);
    expect(JSON.stringify(posted)).not.toContain(SECRET);
  });

  it("says so when opened without scopes instead of signing in for nothing", async () => {
    const client = new FakeRedirectClient(null);
    const { office, posted } = officeHost();
    await runSignInDialogPage(
      { clientId: CLIENT_ID },
      { office, pageUrl: PAGE, ...factory(client) },
    );
    expect(posted).toEqual([{ status: "error", code: "no_scopes" }]);
    expect(client.redirects).toEqual([]);
  });
});

describe("loadDialogConfig", () => {
  it("reads the graph settings from config.json beside the page before the built ones", async () => {
    const asked: string[] = [];
    const { config, problems } = await loadDialogConfig({
      pageUrl: `${PAGE}?scopes=x`,
      fetchText: async (url) => {
        asked.push(url);
        return JSON.stringify({ graph: { clientId: CLIENT_ID, tenantId: "fabrikam.example" } });
      },
      built: { clientId: "99999999-2222-3333-4444-555555555555" },
    });
    expect(asked).toEqual(["https://rapport.contoso.example/addin/config.json"]);
    expect(problems).toEqual([]);
    expect(config).toEqual({ clientId: CLIENT_ID, tenantId: "fabrikam.example" });
  });

  it("falls back to the built settings when there is no config.json", async () => {
    const { config } = await loadDialogConfig({
      pageUrl: PAGE,
      fetchText: async () => undefined,
      built: { clientId: CLIENT_ID },
    });
    expect(config?.clientId).toBe(CLIENT_ID);
  });

  it("reports missing or invalid settings", async () => {
    expect(await loadDialogConfig({ pageUrl: PAGE, fetchText: async () => undefined })).toEqual({
      problems: ["No tenant settings: sign-in is not set up."],
    });
    const invalid = await loadDialogConfig({
      pageUrl: PAGE,
      fetchText: async () => undefined,
      built: { clientId: "nope" },
    });
    expect(invalid.config).toBeUndefined();
    expect(invalid.problems).toEqual(['"clientId" must be a GUID, not "nope".']);
  });
});

describe("startSignInDialog", () => {
  it("tells the task pane when sign-in is not set up, without trying", async () => {
    const client = new FakeRedirectClient(null);
    const { configurations, createClient } = factory(client);
    const { office, posted } = officeHost();
    const error = jest.spyOn(console, "error").mockImplementation(() => {});
    try {
      await startSignInDialog({
        office,
        pageUrl: `${PAGE}?scopes=${encodeURIComponent(READ)}`,
        fetchText: async () => undefined,
        createClient,
      });
    } finally {
      error.mockRestore();
    }
    expect(posted).toEqual([{ status: "error", code: "invalid_config" }]);
    expect(configurations).toEqual([]);
  });

  it("signs in with the loaded settings", async () => {
    const client = new FakeRedirectClient(null);
    const { configurations, createClient } = factory(client);
    await startSignInDialog({
      ...officeHost(),
      pageUrl: `${PAGE}?scopes=${encodeURIComponent(READ)}`,
      fetchText: async () => undefined,
      built: { clientId: CLIENT_ID },
      createClient,
    });
    expect(configurations[0]!.auth.clientId).toBe(CLIENT_ID);
    expect(client.redirects).toEqual([{ scopes: [READ] }]);
  });
});
