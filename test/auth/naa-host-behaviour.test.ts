/**
 * Sign-in as Outlook and MSAL really behave (audit 49a findings 1, 2, 3 and 5): a host that
 * advertises NAA but cannot broker, two accounts in one Outlook, NAA's own error codes, and a
 * "Sign in" after Graph refused MSAL's cached token. The fake clients return the codes that the
 * installed @azure/msal-browser produces (WebBrokerBridgeErrorMap, ClientAuthErrorCodes).
 */
import type { AccountInfo } from "@azure/msal-browser";
import { ClientAuthErrorCodes } from "@azure/msal-common";
import { createNaaTokenProvider, type PublicClientLike } from "../../src/auth/naa";
import { SignInError } from "../../src/auth/errors";
import { OFFICE_SIGN_IN_DIALOG, type DialogLike } from "../../src/auth/office-dialog";
import { createTaskpaneProfiles } from "../../src/taskpane/config";
import { GraphStandIn } from "../helpers/graph-stand-in";
import { seedList } from "../profiles/graph-fixtures";

const CONFIG = {
  clientId: "11111111-2222-3333-4444-555555555555",
  tenantId: "contoso.onmicrosoft.com",
  dialogUrl: "https://localhost:3000/auth-dialog.html",
};
const READ = ["https://graph.microsoft.com/Sites.Read.All"];
const MAILBOX = "lawyer@contoso.example";

const lawyer = {
  homeAccountId: "oid-lawyer.tid-contoso",
  localAccountId: "oid-lawyer",
  tenantId: "tid-contoso",
  username: MAILBOX,
} as AccountInfo;
const partner = {
  homeAccountId: "oid-partner.tid-other",
  localAccountId: "oid-partner",
  tenantId: "tid-other",
  username: "partner@other-tenant.example",
} as AccountInfo;
/** What Office.auth.getAuthContext() says for this mailbox. */
const LAWYER_CONTEXT = {
  userObjectId: "oid-lawyer",
  tenantId: "tid-contoso",
  userPrincipalName: MAILBOX,
  loginHint: MAILBOX,
};

type Answer = () => Promise<{ accessToken: string; account?: AccountInfo }>;
type SilentRequest = { scopes: string[]; account?: AccountInfo; forceRefresh?: boolean };

class Fake implements PublicClientLike {
  silent: SilentRequest[] = [];
  popups: Array<{ scopes: string[]; loginHint?: string }> = [];
  active: AccountInfo | null = null;
  all: AccountInfo[] = [];
  constructor(
    private readonly silentAnswer: (request: SilentRequest) => ReturnType<Answer>,
    private readonly popupAnswer: Answer = () => Promise.reject(err("popup_window_error")),
  ) {}
  acquireTokenSilent(request: SilentRequest) {
    this.silent.push(request);
    return this.silentAnswer(request);
  }
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string }) {
    this.popups.push(request);
    return this.popupAnswer();
  }
  getActiveAccount() {
    return this.active;
  }
  getAllAccounts() {
    return this.all;
  }
  setActiveAccount(account: AccountInfo | null) {
    this.active = account;
  }
}

const err = (code: string) => Object.assign(new Error(code), { errorCode: code });

function officeHost(naa: boolean, context?: typeof LAWYER_CONTEXT) {
  const opened: string[] = [];
  return {
    opened,
    ...(context ? { auth: { getAuthContext: async () => context } } : {}),
    context: {
      mailbox: { userProfile: { emailAddress: MAILBOX } },
      requirements: { isSetSupported: (name: string) => naa && name === "NestedAppAuth" },
      ui: {
        displayDialogAsync(
          url: string,
          _options: unknown,
          callback: (r: { status: string; value: DialogLike }) => void,
        ) {
          opened.push(url);
          const handlers = new Map<string, (arg: { message?: string; error?: number }) => void>();
          callback({
            status: "succeeded",
            value: { addEventHandler: (t, h) => void handlers.set(t, h), close: () => {} },
          });
          queueMicrotask(() => handlers.get("dialogEventReceived")?.({ error: 12006 }));
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

let warn: jest.SpyInstance;
beforeEach(() => {
  warn = jest.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  jest.restoreAllMocks();
});

describe("a host that advertises NAA but whose bridge does not work (msal-js #7723)", () => {
  it("falls back once to the standard client, whose mailbox-account rules then apply", async () => {
    // The "nestable" client MSAL handed back cannot broker: its first request fails at the bridge.
    const broken = new Fake(() =>
      Promise.reject(err(ClientAuthErrorCodes.nestedAppAuthBridgeDisabled)),
    );
    const someoneElse = {
      homeAccountId: "z",
      username: "previous.user@contoso.example",
    } as AccountInfo;
    broken.all = [someoneElse];
    broken.active = someoneElse;
    const standard = new Fake(async () => ({ accessToken: "lawyer-token", account: lawyer }));
    standard.all = [someoneElse, lawyer];
    const created: string[] = [];
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "launchevent",
      origin: "https://rapport.contoso.example",
      msal: {
        createNestable: async () => (created.push("nestable"), broken),
        createStandard: async (configuration) => {
          created.push(
            `standard ${configuration.auth.redirectUri} ${configuration.cache?.cacheLocation}`,
          );
          return standard;
        },
      },
      office: officeHost(true),
    });

    expect(await provider.getToken(READ, { interactive: false })).toBe("lawyer-token");
    expect(standard.silent[0]!.account).toBe(lawyer); // the mailbox's, not the previous user's
    expect(await provider.getToken(READ, { interactive: false })).toBe("lawyer-token");
    expect(created).toEqual(["nestable", "standard https://rapport.contoso.example localStorage"]); // once, and NAA is not tried again
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain("nested_app_auth_bridge_disabled");
  });

  it("a factory that finds no bridge (nested_app_auth_unavailable) is not asked again", async () => {
    const standard = new Fake(async () => ({ accessToken: "lawyer-token", account: lawyer }));
    standard.all = [lawyer];
    let nestableCalls = 0;
    let standardCalls = 0;
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "launchevent",
      msal: {
        createNestable: async () => {
          nestableCalls++;
          throw err("nested_app_auth_unavailable");
        },
        // The first start of the standard client fails (its chunk did not load): the next
        // request starts over, and must not try the bridgeless NAA again.
        createStandard: async () => {
          if (++standardCalls === 1) throw new Error("chunk failed to load");
          return standard;
        },
      },
      office: officeHost(true),
    });
    await rejection(provider.getToken(READ, { interactive: false }));
    expect(await provider.getToken(READ, { interactive: false })).toBe("lawyer-token");
    expect(nestableCalls).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe("two accounts in one Outlook, on NAA (msal-js #7356)", () => {
  it("asks for the account Office's auth context names, not the active one another pane left", async () => {
    const naa = new Fake(async (request) => ({ accessToken: "t", account: request.account }));
    naa.active = partner;
    naa.all = [partner, lawyer];
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "launchevent",
      msal: { createNestable: async () => naa, createStandard: async () => naa },
      office: officeHost(true, LAWYER_CONTEXT),
    });
    await provider.getToken(READ, { interactive: false });
    expect(naa.silent[0]!.account).toBe(lawyer);
  });

  it("without an auth context passes no account, so Outlook's own account decides", async () => {
    const naa = new Fake(async () => ({ accessToken: "t", account: lawyer }));
    naa.active = partner;
    naa.all = [partner];
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "launchevent",
      msal: { createNestable: async () => naa, createStandard: async () => naa },
      office: officeHost(true),
    });
    await provider.getToken(READ, { interactive: false });
    expect(naa.silent[0]!.account).toBeUndefined();
  });

  it.each([
    ["empty strings", { userObjectId: "", tenantId: "", userPrincipalName: "", loginHint: "" }],
    ["only a login hint", { loginHint: MAILBOX }],
    ["nothing", {}],
  ])(
    "a context that names nobody (%s) counts as none: the right account's token is used (review of harm-49a, B1)",
    async (_label, context) => {
      const naa = new Fake(async () => ({ accessToken: "lawyer-token", account: lawyer }));
      naa.all = [lawyer];
      const provider = createNaaTokenProvider(CONFIG, {
        runtime: "launchevent",
        msal: { createNestable: async () => naa, createStandard: async () => naa },
        office: officeHost(true, context as typeof LAWYER_CONTEXT),
      });
      expect(await provider.getToken(READ, { interactive: false })).toBe("lawyer-token");
      expect(naa.silent[0]!.account).toBeUndefined();
    },
  );

  it("does not wait for an auth context that never answers", async () => {
    jest.useFakeTimers();
    try {
      const naa = new Fake(async () => ({ accessToken: "lawyer-token", account: lawyer }));
      const host = {
        ...officeHost(true),
        auth: { getAuthContext: () => new Promise<typeof LAWYER_CONTEXT>(() => {}) },
      };
      const provider = createNaaTokenProvider(CONFIG, {
        runtime: "launchevent",
        msal: { createNestable: async () => naa, createStandard: async () => naa },
        office: host,
      });
      const token = provider.getToken(READ, { interactive: false });
      await jest.advanceTimersByTimeAsync(1600);
      await expect(token).resolves.toBe("lawyer-token");
    } finally {
      jest.useRealTimers();
    }
  });

  it("never uses a token for another account: the launch event says so, the pane signs in with a hint", async () => {
    const naa = new Fake(
      async () => ({ accessToken: "partner-token", account: partner }),
      async () => ({ accessToken: "lawyer-token", account: lawyer }),
    );
    const factories = { createNestable: async () => naa, createStandard: async () => naa };
    const silentOnly = createNaaTokenProvider(CONFIG, {
      runtime: "launchevent",
      msal: factories,
      office: officeHost(true, LAWYER_CONTEXT),
    });
    const error = await rejection(silentOnly.getToken(READ, { interactive: false }));
    expect(error.message).toMatch(/not this mailbox's/);

    const pane = createNaaTokenProvider(CONFIG, {
      runtime: "taskpane",
      msal: factories,
      office: officeHost(true, LAWYER_CONTEXT),
    });
    expect(await pane.getToken(READ, { interactive: true })).toBe("lawyer-token");
    expect(naa.popups[0]!.loginHint).toBe(MAILBOX);
  });

  it("refuses a popup answer for another account", async () => {
    const naa = new Fake(
      () => Promise.reject(err("interaction_required")),
      async () => ({ accessToken: "partner-token", account: partner }),
    );
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "taskpane",
      msal: { createNestable: async () => naa, createStandard: async () => naa },
      office: officeHost(true, LAWYER_CONTEXT),
    });
    const error = await rejection(provider.getToken(READ, { interactive: true }));
    expect(error.message).toMatch(/not this mailbox's/);
    expect(naa.active).toBeNull();
  });
});

describe("NAA's error codes", () => {
  function naaPane(popupError: string) {
    const naa = new Fake(
      () => Promise.reject(err("interaction_required")),
      () => Promise.reject(err(popupError)),
    );
    const host = officeHost(true, LAWYER_CONTEXT);
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "taskpane",
      dialog: OFFICE_SIGN_IN_DIALOG,
      msal: { createNestable: async () => naa, createStandard: async () => naa },
      office: host,
    });
    return { provider, host };
  }

  it("a cancel spelled 'user_canceled' (NAA) is a cancel: no second sign-in window", async () => {
    expect(ClientAuthErrorCodes.userCanceled).toBe("user_canceled");
    const { provider, host } = naaPane(ClientAuthErrorCodes.userCanceled);
    const error = await rejection(provider.getToken(READ, { interactive: true }));
    expect(error.message).toBe("Sign-in was cancelled (user_canceled).");
    expect(host.opened).toEqual([]);
  });

  it.each([
    [ClientAuthErrorCodes.noNetworkConnectivity, /network connection/],
    [ClientAuthErrorCodes.noAccountFound, /account signed in to Outlook/],
    ["PERSISTENT_ERROR", /Sign-in through Outlook failed/],
  ])("%s gets its own message and no Office dialog", async (code, message) => {
    const { provider, host } = naaPane(code);
    const error = await rejection(provider.getToken(READ, { interactive: true }));
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`(${code})`);
    expect(host.opened).toEqual([]);
  });

  it("offline, the send path says so instead of 'sign in from the pane'", async () => {
    const naa = new Fake(() => Promise.reject(err(ClientAuthErrorCodes.noNetworkConnectivity)));
    const provider = createNaaTokenProvider(CONFIG, {
      runtime: "launchevent",
      msal: { createNestable: async () => naa, createStandard: async () => naa },
      office: officeHost(true, LAWYER_CONTEXT),
    });
    const error = await rejection(provider.getToken(READ, { interactive: false }));
    expect(error.message).toMatch(/network connection/);
  });
});

describe("'Sign in' after Graph refused MSAL's cached token (HTTP 401)", () => {
  let standIn: GraphStandIn;
  beforeEach(async () => {
    standIn = new GraphStandIn();
    await standIn.start();
    seedList(standIn);
    const original = globalThis.fetch;
    jest.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      return original(url.replace("https://graph.microsoft.com/v1.0", standIn.baseUrl), init);
    });
  });
  afterEach(async () => {
    await standIn.stop();
  });

  it("replaces a refused cached token silently, with no window", async () => {
    // MSAL's cache holds a token Graph refuses; only forceRefresh (or the window) replaces it.
    let cached = "cached-token-graph-refuses";
    const naa = new Fake(
      async (request) => {
        if (request.forceRefresh) cached = standIn.token;
        return { accessToken: cached, account: lawyer };
      },
      async () => ({ accessToken: standIn.token, account: lawyer }),
    );
    naa.all = [lawyer];
    const provider = createNaaTokenProvider(
      { ...CONFIG, site: standIn.siteUrl },
      {
        runtime: "taskpane",
        msal: { createNestable: async () => naa, createStandard: async () => naa },
        office: officeHost(true, LAWYER_CONTEXT),
      },
    );
    const { source } = createTaskpaneProfiles(
      { graph: { clientId: CONFIG.clientId, site: standIn.siteUrl } },
      {
        fetchText: async () => undefined,
        baseUrl: "https://x/",
        provider: () => provider,
        account: () => MAILBOX,
      },
    );
    const key = "megge.anderson@coca-cola.example";
    const found = await source.lookup([key]);
    expect(found.get(key)?.preferredName).toBe("Megge");
    expect(naa.silent.filter((s) => s.forceRefresh)).toHaveLength(1);
    expect(naa.popups).toHaveLength(0);
  });

  it("when the fresh token is refused too, 'Sign in' opens the window at once", async () => {
    // Graph refuses MSAL's tokens, cached and fresh alike; only the window's token is accepted.
    const naa = new Fake(
      async () => ({ accessToken: "token-graph-refuses", account: lawyer }),
      async () => ({ accessToken: standIn.token, account: lawyer }),
    );
    naa.all = [lawyer];
    const provider = createNaaTokenProvider(
      { ...CONFIG, site: standIn.siteUrl },
      {
        runtime: "taskpane",
        msal: { createNestable: async () => naa, createStandard: async () => naa },
        office: officeHost(true, LAWYER_CONTEXT),
      },
    );
    const { source, signIn } = createTaskpaneProfiles(
      { graph: { clientId: CONFIG.clientId, site: standIn.siteUrl } },
      {
        fetchText: async () => undefined,
        baseUrl: "https://x/",
        provider: () => provider,
        account: () => MAILBOX,
      },
    );
    const key = "megge.anderson@coca-cola.example";
    const first = await source.lookup([key]).catch((e: { kind?: string }) => e);
    expect((first as { kind?: string }).kind).toBe("sign-in-needed");
    expect(naa.silent.filter((s) => s.forceRefresh)).toHaveLength(1);
    expect(naa.popups).toHaveLength(0);

    await signIn!(); // a fresh token was refused minutes ago: straight to the window
    expect(naa.popups).toHaveLength(1);
    expect(naa.silent.filter((s) => s.forceRefresh)).toHaveLength(1);
  });
});
