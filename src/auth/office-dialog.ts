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
        callback: (result: DialogOpenResult) => void,
      ): void;
    };
  };
}

/** What displayDialogAsync calls back with. */
export interface DialogOpenResult {
  status: string;
  error?: { code: number; message: string };
  value: DialogLike;
}

export interface DialogLike {
  addEventHandler(
    eventType: string,
    handler: (arg: { message?: string; origin?: string; error?: number }) => void,
  ): void;
  close(): void;
}

/**
 * Runs one Office async call; the task pane passes its Office call queue (src/office, which this
 * layer may not import), so opening the dialog takes one of the three slots like any other call.
 */
export type OfficeCallRunner = <T>(call: () => Promise<T>) => Promise<T>;

const runDirectly: OfficeCallRunner = (call) => call();

/** What the dialog page posts to the task pane with messageParent. */
export type DialogMessage =
  { status: "success"; accessToken: string; expiresOn: number } | { status: "error"; code: string };

/** Office's code when the user closes the dialog window. */
const DIALOG_CLOSED = 12006;

/**
 * Opens the sign-in page in an Office dialog and resolves with the token it posts back. Only a
 * message from the sign-in page's own origin counts: Office reports the sender's origin
 * (DialogOrigin 1.1), and anything else, such as a page the dialog was navigated to, is ignored.
 * Clients without DialogOrigin 1.1 report no origin; they deliver messageParent only from a page
 * of the dialog's own domain (Office dialog API, cross-domain messaging).
 */
export function openSignInDialog(
  office: OfficeDialogHost,
  dialogUrl: string,
  scopes: readonly string[],
  run: OfficeCallRunner = runDirectly,
): Promise<{ accessToken: string; expiresAt: number }> {
  const url = `${dialogUrl}${dialogUrl.includes("?") ? "&" : "?"}scopes=${encodeURIComponent(scopes.join(" "))}`;
  const expectedOrigin = new URL(dialogUrl).origin;
  return new Promise((resolve, reject) => {
    const ui = office.context?.ui;
    if (!ui) {
      reject(new SignInError("Sign-in needs Office's dialog support."));
      return;
    }
    // The slot is held until Office answers the open; the handlers are attached in that same
    // callback, before any message from the dialog can arrive.
    run(
      () =>
        new Promise<void>((answered) =>
          ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
            answered();
            listen(result);
          }),
        ),
    ).catch((error: unknown) =>
      reject(new SignInError("The sign-in window could not open.", { cause: error })),
    );

    function listen(result: DialogOpenResult): void {
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
        if (arg.origin !== undefined && arg.origin !== expectedOrigin) return; // not our page
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
    }
  });
}

/**
 * The Office-dialog sign-in as one value, for `createNaaTokenProvider`'s `dialog` option: the
 * task pane passes it; the launch event, which never shows sign-in UI, does not, so its bundle
 * does not carry the dialog (round 16).
 */
export interface SignInDialog {
  open: typeof openSignInDialog;
  /** auth-dialog.html beside the given page. */
  besidePage: typeof defaultDialogUrl;
}

export const OFFICE_SIGN_IN_DIALOG: SignInDialog = {
  open: openSignInDialog,
  besidePage: defaultDialogUrl,
};
