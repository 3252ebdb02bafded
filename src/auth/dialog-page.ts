/**
 * Runs inside the Office sign-in dialog (see office-dialog.ts), on its own page: auth-dialog.html,
 * built from dialog-main.ts (webpack.config.js). It signs in with a redirect on the standard MSAL
 * client and posts the token to the task pane once. The page's address must be registered as an
 * SPA redirect URI of the app registration (docs/graph.md).
 *
 * The dialog is a separate window, so it reads the tenant settings itself, from the same places
 * the task pane does that it can reach: the `graph` settings in config.json beside the page, else
 * the settings built in (RAPPORT_GRAPH_CONFIG). They must survive the round trip to the sign-in
 * page, which is why nothing comes from the dialog's query string except the scopes.
 */
import {
  createStandardPublicClientApplication,
  type AuthenticationResult,
  type Configuration,
} from "@azure/msal-browser";
import { authorityOf, parseGraphConfig, type GraphConfig } from "./config";
import type { DialogMessage } from "./office-dialog";

export interface DialogOffice {
  context: { ui: { messageParent(message: string): void } };
}

/** The part of MSAL's client the page uses (tests supply a fake). */
export interface RedirectClientLike {
  handleRedirectPromise(options?: {
    navigateToLoginRequestUrl?: boolean;
  }): Promise<AuthenticationResult | null>;
  acquireTokenRedirect(request: { scopes: string[] }): Promise<void>;
}

export interface DialogPageDeps {
  office: DialogOffice;
  /** The page's own address (location.href): its query carries the scopes. */
  pageUrl: string;
  createClient?: (configuration: Configuration) => Promise<RedirectClientLike>;
}

export async function runSignInDialogPage(
  config: GraphConfig,
  deps: DialogPageDeps,
): Promise<void> {
  const here = new URL(deps.pageUrl);
  const post = (message: DialogMessage): void =>
    deps.office.context.ui.messageParent(JSON.stringify(message));
  const createClient = deps.createClient ?? createStandardPublicClientApplication;
  try {
    const pca = await createClient({
      auth: {
        clientId: config.clientId,
        authority: authorityOf(config),
        // The page itself, without the query: the address registered as the redirect URI.
        redirectUri: `${here.origin}${here.pathname}`,
      },
    });
    // Handle the answer here, on the redirect page: no second navigation inside the dialog.
    const returned = await pca.handleRedirectPromise({ navigateToLoginRequestUrl: false });
    if (returned) {
      post({
        status: "success",
        accessToken: returned.accessToken,
        expiresOn: returned.expiresOn?.getTime() ?? 0,
      });
      return;
    }
    const scopes = (here.searchParams.get("scopes") ?? "").split(" ").filter(Boolean);
    if (scopes.length === 0) {
      post({ status: "error", code: "no_scopes" });
      return;
    }
    await pca.acquireTokenRedirect({ scopes });
  } catch (error) {
    // MSAL's message can carry request details: only its code goes to the task pane.
    const code = (error as { errorCode?: unknown } | null)?.errorCode;
    post({ status: "error", code: typeof code === "string" ? code : "sign_in_failed" });
  }
}

export interface DialogConfigDeps {
  /** The page's own address; config.json is looked up beside it. */
  pageUrl: string;
  /** Text of a file, or undefined when there is none (404). */
  fetchText(url: string): Promise<string | undefined>;
  /** The settings built in (RAPPORT_GRAPH_CONFIG), if any. */
  built?: unknown;
}

/** The tenant settings for the dialog, or why there are none (for the log; never a secret). */
export async function loadDialogConfig(
  deps: DialogConfigDeps,
): Promise<{ config?: GraphConfig; problems: string[] }> {
  let raw: unknown;
  try {
    const text = await deps.fetchText(new URL("config.json", deps.pageUrl).href);
    if (text !== undefined) raw = (JSON.parse(text) as { graph?: unknown } | null)?.graph;
  } catch (error) {
    return {
      problems: [
        `config.json could not be read (${error instanceof Error ? error.name : "error"}).`,
      ],
    };
  }
  raw ??= deps.built;
  if (raw === undefined) return { problems: ["No tenant settings: sign-in is not set up."] };
  const { config, errors } = parseGraphConfig(raw);
  return config ? { config, problems: [] } : { problems: errors };
}

/** The whole page: settings, then sign-in; every failure reaches the task pane as a code. */
export async function startSignInDialog(
  deps: DialogPageDeps & Omit<DialogConfigDeps, "pageUrl">,
): Promise<void> {
  const { config, problems } = await loadDialogConfig(deps);
  if (!config) {
    console.error(`Rapport sign-in: ${problems.join(" ")}`);
    const message: DialogMessage = { status: "error", code: "invalid_config" };
    deps.office.context.ui.messageParent(JSON.stringify(message));
    return;
  }
  await runSignInDialogPage(config, deps);
}
