/**
 * Last-resort interactive sign-in: an Office dialog (a separate window Office opens even where
 * popups are blocked) runs dialog-page.ts, which signs in and posts the token back once.
 */
import { SignInError } from "./errors";

/**
 * The sign-in page's file name: webpack.config.js builds it from dialog-main.ts next to
 * taskpane.html (test/auth/dialog-page-build.test.ts keeps the two in step).
 */
export const SIGN_IN_DIALOG_PAGE = "auth-dialog.html";

/** The sign-in page beside the page at `pageUrl` (the task pane), when `dialogUrl` is not set. */
export function defaultDialogUrl(pageUrl: string): string {
  return new URL(SIGN_IN_DIALOG_PAGE, pageUrl).href;
}

/** The slice of Office.js the dialog needs. */
export interface OfficeDialogHost {
  context?: {
    ui?: {
      displayDialogAsync(
        startAddress: string,
        options: { height: number; width: number; promptBeforeOpen?: boolean },
        callback: (result: {
          status: string;
          error?: { code: number; message: string };
          value: DialogLike;
        }) => void,
      ): void;
    };
  };
}

export interface DialogLike {
  addEventHandler(
    eventType: string,
    handler: (arg: { message?: string; error?: number }) => void,
  ): void;
  close(): void;
}

/** What the dialog page posts to the task pane with messageParent. */
export type DialogMessage =
  { status: "success"; accessToken: string; expiresOn: number } | { status: "error"; code: string };

/** Office's code when the user closes the dialog window. */
const DIALOG_CLOSED = 12006;

export function openSignInDialog(
  office: OfficeDialogHost,
  dialogUrl: string,
  scopes: readonly string[],
): Promise<{ accessToken: string; expiresAt: number }> {
  const url = `${dialogUrl}${dialogUrl.includes("?") ? "&" : "?"}scopes=${encodeURIComponent(scopes.join(" "))}`;
  return new Promise((resolve, reject) => {
    const ui = office.context?.ui;
    if (!ui) {
      reject(new SignInError("Sign-in needs Office's dialog support."));
      return;
    }
    ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
      if (result.status !== "succeeded") {
        reject(
          new SignInError(
            `The sign-in window could not open (Office error ${result.error?.code ?? "unknown"}).`,
          ),
        );
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler("dialogMessageReceived", (arg) => {
        dialog.close();
        let message: DialogMessage | undefined;
        try {
          message = JSON.parse(arg.message ?? "") as DialogMessage;
        } catch {
          message = undefined;
        }
        if (message?.status === "success" && typeof message.accessToken === "string") {
          resolve({ accessToken: message.accessToken, expiresAt: Number(message.expiresOn) || 0 });
        } else {
          const code = message?.status === "error" ? message.code : "unreadable answer";
          reject(new SignInError(`Sign-in did not finish (${code}).`));
        }
      });
      dialog.addEventHandler("dialogEventReceived", (arg) => {
        reject(
          new SignInError(
            arg.error === DIALOG_CLOSED
              ? "Sign-in was cancelled."
              : `Sign-in window failed (${arg.error}).`,
          ),
        );
      });
    });
  });
}
