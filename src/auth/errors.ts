/**
 * Sign-in's own error. auth may import only core (ARCHITECTURE §1), so it cannot throw the
 * profile layer's ProfileSourceError; the Graph client in src/profiles recognises this error by
 * its `kind` (no import either way) and reports it as ProfileSourceError "sign-in-needed" with
 * this message unchanged.
 *
 * The message is shown to the user as it is: it never carries a token or request details, only
 * what happened and, for MSAL failures, MSAL's error code.
 */
export class SignInError extends Error {
  readonly kind = "sign-in-needed" as const;

  constructor(
    message: string,
    readonly options: { cause?: unknown } = {},
  ) {
    super(message);
    this.name = "SignInError";
  }
}
