/**
 * Runs inside the Office sign-in dialog (see office-dialog.ts): signs in with a redirect on the
 * standard MSAL client and posts the token to the task pane. Minimal on purpose: it needs its own
 * page (an entry in the webpack config) whose address is registered as an SPA redirect URI.
 */
import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { authorityOf, type GraphConfig } from "./config";
import type { DialogMessage } from "./office-dialog";

interface DialogOffice {
  context: { ui: { messageParent(message: string): void } };
}

export async function runSignInDialogPage(
  config: GraphConfig,
  office: DialogOffice,
): Promise<void> {
  const here = new URL(globalThis.location.href);
  const pca = await createStandardPublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: authorityOf(config),
      redirectUri: `${here.origin}${here.pathname}`,
    },
  });
  const post = (message: DialogMessage): void =>
    office.context.ui.messageParent(JSON.stringify(message));
  try {
    const returned = await pca.handleRedirectPromise();
    if (returned) {
      post({
        status: "success",
        accessToken: returned.accessToken,
        expiresOn: returned.expiresOn?.getTime() ?? 0,
      });
      return;
    }
    const scopes = (here.searchParams.get("scopes") ?? "").split(" ").filter(Boolean);
    await pca.acquireTokenRedirect({ scopes });
  } catch (error) {
    const code = (error as { errorCode?: unknown } | null)?.errorCode;
    post({ status: "error", code: typeof code === "string" ? code : "sign_in_failed" });
  }
}
