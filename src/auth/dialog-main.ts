/**
 * Entry of auth-dialog.html (webpack.config.js), the page the Office dialog fallback opens
 * (SIGN_IN_DIALOG_PAGE in office-dialog.ts). Office.js is loaded by the page.
 */
import { startSignInDialog } from "./dialog-page";

declare const __RAPPORT_GRAPH_CONFIG__: unknown;

async function fetchBesidePage(url: string): Promise<string | undefined> {
  const response = await fetch(url, { cache: "no-store", credentials: "omit" });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

function say(text: string): void {
  const root = document.getElementById("root");
  if (root) root.textContent = text;
}

if (typeof Office === "undefined") {
  say("This page signs in to Rapport inside Outlook. Open it from the Rapport task pane.");
} else {
  say("Signing in to Rapport…");
  void Office.onReady().then(() =>
    startSignInDialog({
      office: Office,
      pageUrl: window.location.href,
      fetchText: fetchBesidePage,
      built: typeof __RAPPORT_GRAPH_CONFIG__ === "undefined" ? undefined : __RAPPORT_GRAPH_CONFIG__,
    }),
  );
}
