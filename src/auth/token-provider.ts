/** What the rest of Rapport needs from sign-in: a bearer token for some Graph scopes. */

export interface TokenRequestOptions {
  /**
   * May the user be asked to sign in (popup or dialog)? Only the task pane may; the send handler
   * and the recipients-changed handler must stay silent.
   */
  interactive: boolean;
  /**
   * Skip MSAL's cached token and get a fresh one: the pane's "Sign in" after Graph refused the
   * cached one (HTTP 401). A second forced request soon after goes to the sign-in window.
   */
  forceRefresh?: boolean;
}

export interface TokenProvider {
  getToken(scopes: string[], options: TokenRequestOptions): Promise<string>;
}

/** Adapts a provider to the plain `getToken(scopes)` the Graph profile source takes. */
export function tokenGetter(
  provider: TokenProvider,
  options: TokenRequestOptions,
): (scopes: string[]) => Promise<string> {
  return (scopes) => provider.getToken(scopes, options);
}

/** A fixed token (automation, tests). The token never appears in any message. */
export function staticTokenProvider(token: string): TokenProvider {
  return { getToken: async () => token };
}
