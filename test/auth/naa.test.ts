import { createNaaTokenProvider, type PublicClientLike } from "../../src/auth/naa";
import {
  OFFICE_SIGN_IN_DIALOG,
  openSignInDialog,
  SIGN_IN_DIALOG_PAGE,
  type DialogLike,
} from "../../src/auth/office-dialog";
import { parseGraphConfig, authorityOf, naaRedirectUri } from "../../src/auth/config";
import { SignInError } from "../../src/auth/errors";
import type { AccountInfo, Configuration } from "@azure/msal-browser";

const CONFIG = {
  clientId: "11111111-2222-3333-4444-555555555555",
  tenantId: "contoso.onmicrosoft.com",
  dialogUrl: "https://localhost:3000/auth-dialog.html",
};
const READ = ["https://graph.microsoft.com/Sites.Read.All"];
const SECRET = "eyJ-secret-token";

const account = { homeAccountId: "h", username: "lawyer@contoso.example" } as AccountInfo;

class FakeClient implements PublicClientLike {
  silent: Array<{ scopes: string[]; account?: AccountInfo }> = [];
  popups = 0;
  active: AccountInfo | null = null;
  constructor(
    readonly kind: string,
    private readonly behaviour: { silent?: "ok" | "fail"; popup?: "ok" | "blocked" | "cancel" },
  ) {}
  async acquireTokenSilent(request: { scopes: string[]; account?: AccountInfo }) {
    this.silent.push(request);
    if (this.behaviour.silent === "ok") return { accessToken: `${SECRET}-${this.kind}`, account };
    throw Object.assign(new Error(`interaction_required for ${SECRET}`), {
      errorCode: "interaction_required",
    });
  }
  popupRequests: Array<{ scopes: string[]; loginHint?: string }> = [];
  /** Accounts in the browser's MSAL cache besides the active one (others who signed in here). */
  others: AccountInfo[] = [];
  async acquireTokenPopup(request: { scopes: string[]; loginHint?: string }) {
    this.popupRequests.push(request);
    this.popups++;
    if (this.behaviour.popup === "ok") return { accessToken: `${SECRET}-popup`, account };
    const code = this.behaviour.popup === "cancel" ? "user_cancelled" : "popup_window_error";
    throw Object.assign(new Error(code), { errorCode: code });
  }
  getActiveAccount() {
    return this.active;
  }
  getAllAccounts() {
    return [...(this.active ? [this.active] : []), ...this.others];
  }
  setActiveAccount(a: AccountInfo | null) {
    this.active = a;
  }
}

function factories(nestable: FakeClient | Error, standard: FakeClient) {
  const created: Array<{ kind: string; configuration: Configuration }> = [];
  return {
    created,
    msal: {
      createNestable: async (configuration: Configuration) => {
        created.push({ kind: "nestable", configuration });
        if (nestable instanceof Error) throw nestable;
        return nestable;
      },
      createStandard: async (configuration: Configuration) => {
        created.push({ kind: "standard", configuration });
        return standard;
      },
    },
  };
}

function office(naa: boolean, dialogAnswer?: string, mailbox = "Lawyer@Contoso.example") {
  const opened: string[] = [];
  return {
    opened,
    context: {
      mailbox: { userProfile: { emailAddress: mailbox } },
      requirements: { isSetSupported: (name: string) => naa && name === "NestedAppAuth" },
      ui: {
        displayDialogAsync(
          url: string,
          _options: unknown,
          callback: (r: { status: string; value: DialogLike }) => void,
        ) {
          opened.push(url);
          const handlers = new Map<string, (arg: { message?: string; error?: number }) => void>();
          const dialog: DialogLike = {
            addEventHandler: (type, handler) => void handlers.set(type, handler),
            close: () => {},
          };
          callback({ status: "succeeded", value: dialog });
          queueMicrotask(() => {
            if (dialogAnswer === undefined) handlers.get("dialogEventReceived")?.({ error: 12006 });
            else handlers.get("dialogMessageReceived")?.({ message: dialogAnswer });
          });
        },
      },
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<SignInError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SignInError) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("createNaaTokenProvider", () => {
  it("uses nested app authentication when Outlook supports it, with the brk-multihub redirect", async () => {
    const nestable = new FakeClient("naa", { silent: "ok" });
    const { msal, created } = factories(nestable, new FakeClient("std", { silent: "ok" }));
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "taskpane",
      dialog: OFFICE_SIGN_IN_DIALOG,
      origin: "https://localhost:3000",
      msal,
      office: office(true),
    });

    expect(await provider.getToken(READ, { interactive: false })).toBe(`${SECRET}-naa`);
    expect(created.map((c) => c.kind)).toEqual(["nestable"]);
    expect(created[0]!.configuration.auth.redirectUri).toBe("brk-multihub://localhost:3000");
    expect(created[0]!.configuration.auth.authority).toBe(
      "https://login.microsoftonline.com/contoso.onmicrosoft.com",
    );
    expect(nestable.silent[0]!.scopes).toEqual(READ);
  });

  it("falls back to the standard client when NAA is unsupported or fails to start", async () => {
    const standard = new FakeClient("std", { silent: "ok" });
    standard.others = [account]; // the lawyer signed in on this browser before
    const first = factories(new FakeClient("naa", {}), standard);
    await createNaaTokenProvider(CONFIG, {
      runtime: "taskpane",
      dialog: OFFICE_SIGN_IN_DIALOG,
      msal: first.msal,
      office: office(false),
    }).getToken(READ, { interactive: false });
    expect(first.created.map((c) => c.kind)).toEqual(["standard"]);
    expect(first.created[0]!.configuration.auth.redirectUri).toBe("https://localhost");

    const second = factories(new Error("bridge unavailable"), standard);
    const token = await createNaaTokenProvider(CONFIG, {
      runtime: "taskpane",
      dialog: OFFICE_SIGN_IN_DIALOG,
      msal: second.msal,
      office: office(true),
    }).getToken(READ, { interactive: false });
    expect(second.created.map((c) => c.kind)).toEqual(["nestable", "standard"]);
    expect(token).toBe(`${SECRET}-std`);
  });

  it("is silent only in a launch event: no popup, and it says where to sign in", async () => {
    const nestable = new FakeClient("naa", { silent: "fail", popup: "ok" });
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "launchevent",
      msal: factories(nestable, nestable).msal,
      office: office(true),
    });

    const error = await rejection(provider.getToken(READ, { interactive: true }));

    expect(error.kind).toBe("sign-in-needed");
    expect(error.message).toMatch(/^Sign in from the Rapport task pane/);
    expect(error.message).not.toContain(SECRET);
    expect(nestable.popups).toBe(0);
  });

  it("does not show UI in the task pane unless asked to", async () => {
    const client = new FakeClient("naa", { silent: "fail", popup: "ok" });
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "taskpane",
      dialog: OFFICE_SIGN_IN_DIALOG,
      msal: factories(client, client).msal,
      office: office(true),
    });
    await expect(provider.getToken(READ, { interactive: false })).rejects.toMatchObject({
      kind: "sign-in-needed",
    });
    expect(client.popups).toBe(0);
  });

  it("signs in with a popup in the task pane and remembers the account", async () => {
    const client = new FakeClient("naa", { silent: "fail", popup: "ok" });
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "taskpane",
      dialog: OFFICE_SIGN_IN_DIALOG,
      msal: factories(client, client).msal,
      office: office(true),
    });
    expect(await provider.getToken(READ, { interactive: true })).toBe(`${SECRET}-popup`);
    expect(client.active).toBe(account);
  });

  it("opens the Office dialog when the popup is blocked, and reuses its token", async () => {
    const client = new FakeClient("std", { silent: "fail", popup: "blocked" });
    const host = office(
      false,
      JSON.stringify({
        status: "success",
        accessToken: `${SECRET}-dialog`,
        expiresOn: Date.now() + 3600_000,
      }),
    );
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "taskpane",
      dialog: OFFICE_SIGN_IN_DIALOG,
      msal: factories(client, client).msal,
      office: host,
    });

    expect(await provider.getToken(READ, { interactive: true })).toBe(`${SECRET}-dialog`);
    expect(await provider.getToken(READ, { interactive: false })).toBe(`${SECRET}-dialog`);
    expect(host.opened).toHaveLength(1);
    expect(host.opened[0]).toBe(`${CONFIG.dialogUrl}?scopes=${encodeURIComponent(READ.join(" "))}`);
  });

  it("opens auth-dialog.html beside the task pane when no dialogUrl is set", async () => {
    const client = new FakeClient("std", { silent: "fail", popup: "blocked" });
    const answer = JSON.stringify({
      status: "success",
      accessToken: `${SECRET}-dialog`,
      expiresOn: Date.now() + 3600_000,
    });
    const { dialogUrl: _unset, ...withoutDialogUrl } = CONFIG;
    const host = office(false, answer);
    const provider = createNaaTokenProvider(withoutDialogUrl, {
      runtime: "taskpane",
      dialog: OFFICE_SIGN_IN_DIALOG,
      pageUrl: "https://rapport.contoso.example/addin/taskpane.html?et=1",
      msal: factories(client, client).msal,
      office: host,
    });
    expect(await provider.getToken(READ, { interactive: true })).toBe(`${SECRET}-dialog`);
    expect(host.opened).toEqual([
      `https://rapport.contoso.example/addin/${SIGN_IN_DIALOG_PAGE}?scopes=${encodeURIComponent(READ.join(" "))}`,
    ]);

    // Not on a web page (no location): no dialog to open.
    const blocked = new FakeClient("std", { silent: "fail", popup: "blocked" });
    const nowhere = createNaaTokenProvider(withoutDialogUrl, {
      runtime: "taskpane",
      dialog: OFFICE_SIGN_IN_DIALOG,
      msal: factories(blocked, blocked).msal,
      office: office(false, answer),
    });
    const error = await rejection(nowhere.getToken(READ, { interactive: true }));
    expect(error.message).toBe("Sign-in could not open a window (popup_window_error).");
  });

  // Round 16: the dialog is passed in, so the launch event's bundle does not carry it.
  it("opens no dialog unless the surface passes one: a blocked popup then ends the sign-in", async () => {
    const answer = JSON.stringify({
      status: "success",
      accessToken: `${SECRET}-dialog`,
      expiresOn: Date.now() + 3600_000,
    });
    const blocked = new FakeClient("std", { silent: "fail", popup: "blocked" });
    const host = office(false, answer);
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "taskpane",
      msal: factories(blocked, blocked).msal,
      office: host,
    });
    const error = await rejection(provider.getToken(READ, { interactive: true }));
    expect(error.message).toBe("Sign-in could not open a window (popup_window_error).");
    expect(host.opened).toEqual([]);
  });

  it("reports a closed dialog or a cancelled popup as sign-in-needed", async () => {
    const blocked = new FakeClient("std", { silent: "fail", popup: "blocked" });
    const closed = createNaaTokenProvider(CONFIG, {
      runtime: "taskpane",
      dialog: OFFICE_SIGN_IN_DIALOG,
      msal: factories(blocked, blocked).msal,
      office: office(false),
    });
    await expect(closed.getToken(READ, { interactive: true })).rejects.toMatchObject({
      kind: "sign-in-needed",
      message: "Sign-in was cancelled.",
    });

    const cancelled = new FakeClient("std", { silent: "fail", popup: "cancel" });
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "taskpane",
      dialog: OFFICE_SIGN_IN_DIALOG,
      msal: factories(cancelled, cancelled).msal,
      office: office(false),
    });
    const error = await rejection(provider.getToken(READ, { interactive: true }));
    expect(error.message).toBe("Sign-in was cancelled (user_cancelled).");
  });
});

it("uses NAA's account once a retry gets the nested client (no standard-client rules left over)", async () => {
  const nested = new FakeClient("naa", { silent: "ok" });
  nested.active = { homeAccountId: "o", username: "brokered@contoso.example" } as AccountInfo;
  let attempts = 0;
  const msal = {
    createNestable: async () => {
      if (++attempts === 1) throw new Error("broker not ready");
      return nested;
    },
    createStandard: async () => Promise.reject(new Error("chunk failed to load")),
  };
  const provider = createNaaTokenProvider(CONFIG, {
    runtime: "launchevent",
    msal,
    office: office(true),
  });
  await rejection(provider.getToken(READ, { interactive: false }));
  expect(await provider.getToken(READ, { interactive: false })).toBe(`${SECRET}-naa`);
});

describe("the standard client on a shared browser (no NAA)", () => {
  const alice = { homeAccountId: "a", username: "alice@contoso.example" } as AccountInfo;
  const lawyer = { homeAccountId: "l", username: "lawyer@contoso.example" } as AccountInfo;

  it("uses the mailbox's own account, not the active or first one", async () => {
    const standard = new FakeClient("std", { silent: "ok" });
    standard.active = alice; // someone else signed in here last
    standard.others = [lawyer];
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "launchevent",
      msal: factories(new FakeClient("naa", {}), standard).msal,
      office: office(false, undefined, "LAWYER@contoso.example"),
    });

    expect(await provider.getToken(READ, { interactive: false })).toBe(`${SECRET}-std`);
    expect(standard.silent.map((r) => r.account)).toEqual([lawyer]);
  });

  it("with only someone else's account cached, asks the lawyer to sign in (hinting their address)", async () => {
    const standard = new FakeClient("std", { silent: "ok", popup: "ok" });
    standard.active = alice;
    const make = (runtime: "taskpane" | "launchevent") =>
      createNaaTokenProvider(CONFIG, {
        runtime,
        dialog: OFFICE_SIGN_IN_DIALOG,
        msal: factories(new FakeClient("naa", {}), standard).msal,
        office: office(false),
      });

    const error = await rejection(make("launchevent").getToken(READ, { interactive: false }));
    expect(error.message).toMatch(/^Sign in from the Rapport task pane/);
    expect(await make("taskpane").getToken(READ, { interactive: true })).toBe(`${SECRET}-popup`);
    expect(standard.silent).toEqual([]); // alice's account was never used
    expect(standard.popupRequests).toEqual([{ scopes: READ, loginHint: "lawyer@contoso.example" }]);
  });

  describe("a sign-in name other than the mailbox address (UPN, shared mailbox)", () => {
    const stored = new Map<string, string>();
    const g = globalThis as { localStorage?: unknown };
    beforeEach(() => {
      stored.clear();
      g.localStorage = {
        getItem: (k: string) => stored.get(k) ?? null,
        setItem: (k: string, v: string) => void stored.set(k, v),
        removeItem: (k: string) => void stored.delete(k),
      };
    });
    afterEach(() => delete g.localStorage);

    /** The standard client where the popup signs in as `signedIn`, MSAL's cache holding `cached`. */
    function client(signedIn: AccountInfo, cached: AccountInfo[]) {
      const standard = new FakeClient("std", { silent: "ok", popup: "ok" });
      standard.others = cached;
      standard.acquireTokenPopup = async (request) => {
        standard.popupRequests.push(request);
        standard.popups++;
        if (!standard.others.includes(signedIn)) standard.others.push(signedIn);
        return { accessToken: `${SECRET}-popup`, account: signedIn };
      };
      return standard;
    }
    const make = (standard: FakeClient, runtime: "taskpane" | "launchevent", mailbox: string) =>
      createNaaTokenProvider(CONFIG, {
        runtime,
        msal: factories(new FakeClient("naa", {}), standard).msal,
        office: office(false, undefined, mailbox),
      });

    it("signs in once, then the launch event's silent request uses that account", async () => {
      const jdoe = { homeAccountId: "j", username: "jdoe@corp.example" } as AccountInfo;
      const standard = client(jdoe, [alice]);
      const mailbox = "Jane.Doe@contoso.example";
      expect(await make(standard, "taskpane", mailbox).getToken(READ, { interactive: true })).toBe(
        `${SECRET}-popup`,
      );
      standard.active = null; // a new page: the launch event
      expect(
        await make(standard, "launchevent", mailbox).getToken(READ, { interactive: false }),
      ).toBe(`${SECRET}-std`);
      expect(standard.popups).toBe(1);
      expect(standard.silent.map((r) => r.account)).toEqual([jdoe]);
    });

    it("matches the mailbox address in the account's upn or email claims", async () => {
      const claims = { homeAccountId: "c", username: "jdoe@corp.example" } as AccountInfo;
      claims.idTokenClaims = { upn: "JDOE@corp.example", email: "jane.doe@contoso.example" };
      const standard = client(claims, [alice, claims]);
      await make(standard, "launchevent", "jane.doe@contoso.example").getToken(READ, {
        interactive: false,
      });
      expect(standard.silent.map((r) => r.account)).toEqual([claims]);
    });

    it("in a shared mailbox, uses the account signed in from it, not another cached one", async () => {
      const standard = client(lawyer, [alice]);
      const shared = "litigation@contoso.example";
      await make(standard, "taskpane", shared).getToken(READ, { interactive: true });
      // alice is cached too (and active); only the account bound to this mailbox is used
      standard.active = alice;
      await make(standard, "launchevent", shared).getToken(READ, { interactive: false });
      expect(standard.silent.map((r) => r.account)).toEqual([lawyer]);
      // another mailbox bound to nobody uses neither
      const error = await rejection(
        make(standard, "launchevent", "other@contoso.example").getToken(READ, {
          interactive: false,
        }),
      );
      expect(error.message).toMatch(/^Sign in from the Rapport task pane/);
      expect(standard.silent).toHaveLength(1);
    });
  });

  it("keeps MSAL's cache in localStorage, so a sign-in outlives the pane and reaches Send", async () => {
    const { msal, created } = factories(
      new FakeClient("naa", {}),
      new FakeClient("std", { silent: "ok" }),
    );
    await createNaaTokenProvider(CONFIG, {
      runtime: "taskpane",
      msal,
      office: office(false),
    })
      .getToken(READ, { interactive: false })
      .catch(() => undefined);
    expect(created[0]!.configuration.cache?.cacheLocation).toBe("localStorage");
  });
});

describe("parseGraphConfig", () => {
  it("accepts a full config", () => {
    const { config, errors } = parseGraphConfig({
      ...CONFIG,
      site: "https://contoso.sharepoint.com/sites/clients",
      list: "Client Profiles",
      sitesSelected: true,
    });
    expect(errors).toEqual([]);
    expect(config?.sitesSelected).toBe(true);
  });

  it("lists every problem", () => {
    const { config, errors } = parseGraphConfig({
      clientId: "abc",
      site: "http://contoso.sharepoint.com",
      lsit: "x",
      sitesSelected: "yes",
    });
    expect(config).toBeUndefined();
    expect(errors).toEqual([
      'Unknown setting "lsit".',
      '"clientId" must be a GUID, not "abc".',
      '"site" must be an https:// address, not "http://contoso.sharepoint.com".',
      '"sitesSelected" must be true or false.',
    ]);
  });

  it("builds authorities and redirect URIs", () => {
    expect(authorityOf({})).toBe("https://login.microsoftonline.com/organizations");
    expect(authorityOf({ authority: "https://login.microsoftonline.us/tenant/" })).toBe(
      "https://login.microsoftonline.us/tenant",
    );
    expect(naaRedirectUri("rapport.contoso.example")).toBe(
      "brk-multihub://rapport.contoso.example",
    );
  });
});

describe("the Office dialog sign-in", () => {
  function hostAnswering(messages: { message: string; origin?: string }[]) {
    const closed: number[] = [];
    return {
      closed,
      context: {
        ui: {
          displayDialogAsync(
            _url: string,
            _options: unknown,
            callback: (r: { status: string; value: DialogLike }) => void,
          ) {
            const handlers = new Map<
              string,
              (arg: { message?: string; origin?: string }) => void
            >();
            callback({
              status: "succeeded",
              value: {
                addEventHandler: (type, handler) => void handlers.set(type, handler),
                close: () => void closed.push(1),
              },
            });
            queueMicrotask(() => {
              for (const m of messages) handlers.get("dialogMessageReceived")?.(m);
            });
          },
        },
      },
    };
  }
  const token = (value: string) =>
    JSON.stringify({ status: "success", accessToken: value, expiresOn: Date.now() + 3600_000 });

  it("takes the token only from the sign-in page's own origin", async () => {
    const host = hostAnswering([
      { message: token("forged"), origin: "https://evil.example" },
      { message: token(`${SECRET}-real`), origin: "https://rapport.contoso.example" },
    ]);
    const result = await openSignInDialog(
      host,
      "https://rapport.contoso.example/auth-dialog.html",
      READ,
    );
    expect(result.accessToken).toBe(`${SECRET}-real`);
    expect(host.closed).toHaveLength(1); // the forged message did not even close the dialog
  });

  it("accepts a message without an origin (clients before DialogOrigin 1.1 send only same-domain)", async () => {
    const host = hostAnswering([{ message: token(`${SECRET}-old-client`) }]);
    const result = await openSignInDialog(
      host,
      "https://rapport.contoso.example/auth-dialog.html",
      READ,
    );
    expect(result.accessToken).toBe(`${SECRET}-old-client`);
  });

  it("opens the dialog through the caller's Office call queue", async () => {
    const host = hostAnswering([
      { message: token("t"), origin: "https://rapport.contoso.example" },
    ]);
    const ran: string[] = [];
    await openSignInDialog(
      host,
      "https://rapport.contoso.example/auth-dialog.html",
      READ,
      (call) => {
        ran.push("queued");
        return call();
      },
    );
    expect(ran).toEqual(["queued"]);
  });
});
