/**
 * Sign-in for the add-in with MSAL.js: nested app authentication first (Outlook brokers the
 * token, no popup), the standard public client when the host has no NAA. In the task pane an
 * interactive popup follows a failed silent request, and when popups cannot open, the Office
 * dialog API. Launch-event handlers are silent only: they fail with "sign-in-needed" and the
 * message tells the user where to sign in. Tokens are never logged or put in messages.
 */
import type { AccountInfo, Configuration } from "@azure/msal-browser";
import { authorityOf, naaRedirectUri, type GraphConfig } from "./config";
import { SignInError } from "./errors";
import type { OfficeCallRunner, OfficeDialogHost, SignInDialog } from "./office-dialog";
import type { TokenProvider, TokenRequestOptions } from "./token-provider";

/** The part of MSAL's IPublicClientApplication used here (tests supply a fake). */
export interface PublicClientLike {
  acquireTokenSilent(request: {
    scopes: string[];
    account?: AccountInfo;
    forceRefresh?: boolean;
  }): Promise<TokenResult>;
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string }): Promise<TokenResult>;
  getActiveAccount(): AccountInfo | null;
  getAllAccounts(): AccountInfo[];
  setActiveAccount(account: AccountInfo | null): void;
}

interface TokenResult {
  accessToken: string;
  account?: AccountInfo | null;
}

export interface MsalFactories {
  createNestable(configuration: Configuration): Promise<PublicClientLike>;
  createStandard(configuration: Configuration): Promise<PublicClientLike>;
}

export interface NaaTokenProviderOptions {
  /** Where the code runs: only the task pane may show sign-in UI. */
  runtime: "taskpane" | "launchevent";
  /** The add-in's origin: NAA redirects to brk-multihub://<its host>, the popup to the origin. */
  origin?: string;
  /**
   * The page signing in (the task pane's location); the Office dialog fallback opens
   * auth-dialog.html beside it unless the config names a `dialogUrl`.
   */
  pageUrl?: string;
  msal?: MsalFactories;
  /** Office.js, or a stand-in; needed for the NAA requirement check and the dialog fallback. */
  office?: OfficeLike;
  /** Runs Office async calls (opening the dialog) through the caller's Office call queue. */
  officeCalls?: OfficeCallRunner;
  /**
   * The Office-dialog fallback when a popup cannot open (`OFFICE_SIGN_IN_DIALOG`); the task pane
   * passes it. Without it a blocked popup ends the sign-in; the launch event never gets that far.
   */
  dialog?: SignInDialog;
}

/**
 * Who is signed in to Outlook for this mailbox, as Office.auth.getAuthContext() tells it
 * (NestedAppAuth 1.1; learn.microsoft.com/javascript/api/office/office.authcontext).
 */
export interface AuthContextLike {
  userObjectId?: string;
  tenantId?: string;
  userPrincipalName?: string;
  loginHint?: string;
}

/** The bits of Office.js used here. */
export interface OfficeLike {
  auth?: { getAuthContext?(): Promise<AuthContextLike> };
  context?: {
    requirements?: { isSetSupported(name: string, version?: string): boolean };
    /** Whose mailbox this is: the standard client uses only that person's cached account. */
    mailbox?: { userProfile?: { emailAddress?: unknown } };
  } & OfficeDialogHost["context"];
}

/**
 * MSAL is imported when a token is first asked for: in the task pane it is a chunk of its own,
 * not part of the first paint (in the launch event's single file it is inlined). A failed fetch
 * rejects getClient, which reports "Sign-in could not start" with the cause.
 */
export const msalBrowser: MsalFactories = {
  createNestable: async (configuration) => {
    const pca = await (await importMsal()).createNestablePublicClientApplication(configuration);
    // Without a NAA bridge MSAL does not throw: it returns a standard client built with the
    // nestable configuration (brk-multihub redirect, sessionStorage), which can never finish a
    // sign-in (msal-js #7723: OWA reported NestedAppAuth 1.1 with no window.nestedAppAuthBridge).
    // Only a client that really brokers through Outlook is kept.
    if (!brokered(pca))
      throw Object.assign(new Error(NAA_UNAVAILABLE), { errorCode: NAA_UNAVAILABLE });
    return pca;
  },
  createStandard: async (configuration) =>
    (await importMsal()).createStandardPublicClientApplication(configuration),
};

/** The two factories only: webpackExports leaves MSAL's other exports out, as a static import did. */
function importMsal() {
  return import(
    /* webpackChunkName: "msal" */
    /* webpackExports: ["createNestablePublicClientApplication", "createStandardPublicClientApplication"] */
    "@azure/msal-browser"
  );
}

/**
 * Whether MSAL's client brokers through Outlook: its controller runs in MSAL's nested-app
 * operating context (an id string, so it survives minification); when that cannot be read, whether
 * the host put the NAA bridge on the page (what MSAL itself requires).
 */
function brokered(pca: unknown): boolean {
  type Inner = { controller?: { operatingContext?: { getId?: () => string } } };
  const id = (pca as Inner).controller?.operatingContext?.getId?.();
  return id
    ? id === "NestedAppOperatingContext"
    : !!(globalThis as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge;
}

const NAA_UNAVAILABLE = "nested_app_auth_unavailable";

export const SIGN_IN_FROM_TASK_PANE = "Sign in from the Rapport task pane";

export function createNaaTokenProvider(
  config: GraphConfig,
  options: NaaTokenProviderOptions,
): TokenProvider {
  const msal = options.msal ?? msalBrowser;
  const office = options.office ?? (globalThis as unknown as { Office?: OfficeLike }).Office;
  const origin =
    options.origin ??
    (globalThis as { location?: { origin?: string } }).location?.origin ??
    "https://localhost";
  const base = { clientId: config.clientId, authority: authorityOf(config) };
  // The broker scheme is only for nested app authentication; the standard client's popup needs
  // a web redirect URI (the add-in's own origin, registered as an SPA redirect).
  const nestableConfiguration: Configuration = {
    auth: { ...base, redirectUri: config.redirectUri ?? naaRedirectUri(new URL(origin).host) },
  };
  // localStorage, not MSAL's default sessionStorage: sessionStorage is one window's and ends with
  // it, and the pane's window ends whenever the pane closes (so lawyers would sign in each time it
  // opens), and the launch event, a page of its own, could never use the pane's sign-in. That
  // cache is the browser profile's, shared by whoever uses it: hence the account choice below.
  const standardConfiguration: Configuration = {
    auth: { ...base, redirectUri: origin },
    cache: { cacheLocation: "localStorage" },
  };
  const dialog = options.dialog;
  const dialogUrl = dialog && (config.dialogUrl ?? besidePage(dialog, options.pageUrl));
  let client: Promise<PublicClientLike> | undefined;
  /** The client is the standard one, whose account cache is shared by the browser's users. */
  let standard = false;
  /** Outlook said it brokers (NAA) but its bridge did not work: the standard client from now on. */
  let naaBroken = false;
  const dialogTokens = new Map<string, { token: string; expiresAt: number }>();
  /** When a token was last forced fresh, per scopes: a second "Sign in" soon after goes interactive. */
  const forcedAt = new Map<string, number>();

  function naaSupported(): boolean {
    try {
      return office?.context?.requirements?.isSetSupported("NestedAppAuth", "1.1") ?? false;
    } catch {
      return false;
    }
  }

  function getClient(): Promise<PublicClientLike> {
    client ??= (async () => {
      standard = false; // from the client this attempt returns, not an earlier failed one
      if (naaSupported() && !naaBroken) {
        try {
          return await msal.createNestable(nestableConfiguration);
        } catch (error) {
          // The host advertised NAA but could not broker: fall back to the standard client; for
          // good when there is no bridge at all, else (MSAL failed to start) NAA again next time.
          if (errorCode(error) === NAA_UNAVAILABLE) fellBack(error);
        }
      }
      standard = true;
      return msal.createStandard(standardConfiguration);
    })();
    client.catch(() => {
      client = undefined; // let the next call try again
    });
    return client;
  }

  /** Once: the NAA client is dropped for the standard one, and the console says why. */
  function fellBack(error: unknown): void {
    naaBroken = true;
    console.warn(
      `Rapport: Outlook advertises nested app authentication but it does not work here (${errorCode(error) || "no code"}); using the standard sign-in.`,
    );
  }

  async function getToken(scopes: string[], request: TokenRequestOptions): Promise<string> {
    try {
      return await tokenFor(scopes, request);
    } catch (error) {
      // The NAA client was made but its bridge fails (disabled, timed out, no answer): one retry
      // with the standard client, whose rules (mailbox account, localStorage) then apply.
      const cause = error instanceof SignInError ? error.options.cause : error;
      if (standard || naaBroken || !BRIDGE_BROKEN.test(errorCode(cause))) throw error;
      fellBack(cause);
      client = undefined;
      return tokenFor(scopes, request);
    }
  }

  async function tokenFor(scopes: string[], request: TokenRequestOptions): Promise<string> {
    const scopeKey = [...scopes].sort().join(" ");
    const fromDialog = dialogTokens.get(scopeKey);
    if (!request.forceRefresh && fromDialog && fromDialog.expiresAt > Date.now() + 60_000) {
      return fromDialog.token;
    }

    let pca: PublicClientLike;
    try {
      pca = await getClient();
    } catch (error) {
      throw signInNeeded("Sign-in could not start", error);
    }
    // NAA's accounts are the ones Outlook brokers, but MSAL's cache (sessionStorage) is shared by
    // every pane of this origin in the window, and another mailbox's pane may have left its account
    // active (msal-js #7356: two accounts, a token for the wrong one). So, as Microsoft's Outlook
    // NAA sample does, the account is the one Office's auth context names (object id and tenant,
    // else UPN); without one, no account is passed and Outlook's own account context decides.
    // The standard client's accounts are whoever signed in on this browser: only the mailbox's own
    // is used, never the active or first one, which may be another person's: the account signed in
    // interactively from this mailbox before (its homeAccountId is kept per mailbox address), else
    // one whose sign-in name or e-mail claims are the mailbox address (case-insensitive). Without
    // one, sign in.
    const user = mailboxUser(office);
    const context = standard ? undefined : await authContext(office);
    const bound = standard && binding(user); // never set for "" (no mailbox address)
    const accounts = pca.getAllAccounts();
    const account = standard
      ? (accounts.find((a) => a.homeAccountId === bound) ?? accounts.find((a) => isUser(a, user)))
      : context && accounts.find((a) => sameAccount(a, context));
    /** A token is used only for this mailbox's account (NAA: the auth context's, when known). */
    const mine = (result: TokenResult) =>
      !context || !result.account || sameAccount(result.account, context);
    // "Sign in" after Graph refused a token: MSAL would answer from its cache again (it skips the
    // cache only for forceRefresh or claims), so the first press forces a fresh token and a second
    // within ten minutes (the fresh one was refused too) goes straight to the sign-in window.
    const now = Date.now();
    const forceInteractive =
      !!request.forceRefresh &&
      request.interactive &&
      now - (forcedAt.get(scopeKey) ?? -Infinity) < 600_000;
    if (request.forceRefresh) forcedAt.set(scopeKey, now);
    let silentError: unknown;
    if ((account || !standard) && !forceInteractive) {
      try {
        const result = await pca.acquireTokenSilent({
          scopes,
          ...(account ? { account } : {}),
          ...(request.forceRefresh ? { forceRefresh: true } : {}),
        });
        if (mine(result)) {
          if (result.account) pca.setActiveAccount(result.account);
          return result.accessToken;
        }
        silentError = otherAccount();
      } catch (error) {
        silentError = error;
      }
    }
    if (!request.interactive || options.runtime !== "taskpane") {
      throw signInNeeded(failure(silentError) ?? SIGN_IN_FROM_TASK_PANE, silentError);
    }

    try {
      const result = await pca.acquireTokenPopup({
        scopes,
        // Only a hint: the account the lawyer picks is used (a sign-in name other than the
        // mailbox address, or a shared mailbox's user) and bound to this mailbox below. On NAA
        // the hint is the auth context's, as in Microsoft's Outlook NAA sample.
        loginHint:
          (standard ? user : context?.loginHint || context?.userPrincipalName) || undefined,
      });
      if (!mine(result)) throw otherAccount();
      if (result.account) {
        pca.setActiveAccount(result.account);
        if (standard && user) binding(user, result.account.homeAccountId);
      }
      return result.accessToken;
    } catch (popupError) {
      const known = failure(popupError);
      if (known) throw signInNeeded(known, popupError);
      // NAA's window is Outlook's own (no popup blocker): a failure there is not fixed by
      // Rapport's dialog, and a bridge failure falls back to the standard client instead.
      const dialogHost = office as OfficeDialogHost | undefined;
      if (!standard || !dialog || !dialogUrl || !dialogHost?.context?.ui?.displayDialogAsync) {
        throw signInNeeded(
          standard ? "Sign-in could not open a window" : "Sign-in through Outlook failed",
          popupError,
        );
      }
      const token = await dialog.open(dialogHost, dialogUrl, scopes, options.officeCalls);
      dialogTokens.set(scopeKey, { token: token.accessToken, expiresAt: token.expiresAt });
      return token.accessToken;
    }
  }

  return { getToken };
}

/** MSAL codes for a bridge that does not work (msal-browser's WebBrokerBridgeErrorMap). */
const BRIDGE_BROKEN = /^(nested_app_auth_bridge_disabled|bridge_)/;
/** Ours: MSAL answered for an account that is not this mailbox's. */
const OTHER_ACCOUNT = "other_account";
const otherAccount = () => Object.assign(new Error(OTHER_ACCOUNT), { errorCode: OTHER_ACCOUNT });

/**
 * What a sign-in failure means for the lawyer, for the codes that have a clearer message than
 * "sign in": both spellings of cancel (the standard client's BrowserAuthError "user_cancelled",
 * NAA's ClientAuthError "user_canceled"), and NAA's other broker answers mapped by MSAL.
 */
function failure(error: unknown): string | undefined {
  switch (errorCode(error)) {
    case "user_cancelled":
    case "user_canceled":
      return "Sign-in was cancelled";
    case "no_network_connectivity":
      return "Sign-in needs a network connection: check it, then sign in from the Rapport task pane";
    case "no_account_found":
      return "Outlook has no account for this mailbox that Rapport may use: check the account signed in to Outlook, then sign in from the Rapport task pane";
    case OTHER_ACCOUNT:
      return "The account signed in is not this mailbox's: sign in from the Rapport task pane as the mailbox's owner";
    default:
      return undefined;
  }
}

/** How long Office.auth.getAuthContext() may take before Rapport goes on without it. */
const AUTH_CONTEXT_WAIT_MS = 1500;

/**
 * Office.auth.getAuthContext() (NestedAppAuth 1.1), or undefined where it fails, is absent, is
 * slow, or names nobody: a context without an object id or user principal name (the docs call
 * its fields optional) would match no account and refuse every token, the right one's too.
 */
async function authContext(office: OfficeLike | undefined): Promise<AuthContextLike | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const asked = office?.auth?.getAuthContext?.();
    if (!asked) return undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), AUTH_CONTEXT_WAIT_MS);
    });
    const context = await Promise.race([asked, late]);
    return context && (context.userObjectId || context.userPrincipalName) ? context : undefined;
  } catch {
    return undefined;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/**
 * Whether a cached or returned account is the one Outlook signed in for this mailbox: by object
 * id and tenant when the context has them (a guest account elsewhere shares the user name, not
 * the object id), else by user principal name.
 */
function sameAccount(account: AccountInfo, context: AuthContextLike): boolean {
  if (context.userObjectId) {
    return (
      account.localAccountId === context.userObjectId &&
      (!context.tenantId || account.tenantId === context.tenantId)
    );
  }
  const upn = (context.userPrincipalName || "").toLowerCase();
  return !!upn && (account.username || "").toLowerCase() === upn;
}

/** The mailbox's own address (Office.context.mailbox.userProfile), lower case, or "". */
function mailboxUser(office: OfficeLike | undefined): string {
  type WithUser = { context: { mailbox: { userProfile: { emailAddress?: unknown } } } };
  try {
    // A try, not optional chaining: far smaller in the launch event's ES5 bundle.
    return String(
      (office as WithUser).context.mailbox.userProfile.emailAddress || "",
    ).toLowerCase();
  } catch {
    return "";
  }
}

/** Whether a cached account is the mailbox user's: its username or an e-mail claim. */
function isUser(account: AccountInfo, user: string): boolean {
  const claims = (account.idTokenClaims || {}) as Record<string, unknown>;
  return (
    !!user &&
    [account.username, claims.preferred_username, claims.upn, claims.email].some(
      (name) => typeof name === "string" && name.toLowerCase() === user,
    )
  );
}

/**
 * The homeAccountId of the account signed in from a mailbox, or with `id`, keeps it: in
 * localStorage beside MSAL's cache, the only place the standard client's accounts are (for the
 * pane and the launch event alike). One function, not two: fewer bytes in the launch event.
 */
function binding(user: string, id?: string): string | null {
  const key = "rapport.signin.account:" + user;
  try {
    if (id) localStorage.setItem(key, id);
    return localStorage.getItem(key);
  } catch {
    return null; // no localStorage: no MSAL cache to choose from either, nothing kept
  }
}

/** auth-dialog.html beside the given page, or beside the current one when it is a web page. */
function besidePage(dialog: SignInDialog, pageUrl: string | undefined): string | undefined {
  const here =
    pageUrl ?? (globalThis as { location?: { href?: string; protocol?: string } }).location?.href;
  if (!here || !/^https?:/i.test(here)) return undefined;
  return dialog.besidePage(here);
}

function errorCode(error: unknown): string {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === "string" ? code : "";
}

/** MSAL messages can carry request details; only its error code goes into ours. */
function signInNeeded(message: string, cause: unknown): SignInError {
  const code = errorCode(cause);
  return new SignInError(code ? `${message} (${code}).` : `${message}.`, { cause });
}
