/**
 * Sign-in for the admin commands: a token from RAPPORT_GRAPH_TOKEN (automation, CI), or an
 * interactive device-code sign-in with @azure/msal-node (the code and address go to stderr).
 * Tokens are never printed.
 */
import { singleLine } from "../core/text/single-line";
import type { AccountInfo } from "@azure/msal-node";
import { authorityOf } from "../auth/config";
import { staticTokenProvider, type TokenProvider } from "../auth/token-provider";
import { ProfileSourceError } from "../profiles/source";
import { UsageError, type CliIo } from "./context";

export const TOKEN_ENV = "RAPPORT_GRAPH_TOKEN";
export const CLIENT_ID_ENV = "RAPPORT_CLIENT_ID";
export const TENANT_ENV = "RAPPORT_TENANT_ID";

export interface CliAuthSettings {
  clientId?: string;
  tenant?: string;
  authority?: string;
}

/** The part of msal-node's PublicClientApplication used here (tests supply a fake). */
export interface DeviceCodeClient {
  acquireTokenByDeviceCode(request: {
    scopes: string[];
    deviceCodeCallback: (response: { message: string }) => void;
  }): Promise<{ accessToken: string; account: AccountInfo | null } | null>;
  acquireTokenSilent(request: {
    scopes: string[];
    account: AccountInfo;
  }): Promise<{ accessToken: string; account: AccountInfo | null }>;
}

export function createCliTokenProvider(
  settings: CliAuthSettings,
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
  createClient: (
    clientId: string,
    authority: string,
  ) => DeviceCodeClient | Promise<DeviceCodeClient> = async (clientId, authority) => {
    // msal-node is loaded only when a device-code sign-in is needed (not with a token in the
    // environment, and never just to print --help).
    const { PublicClientApplication } = await import("@azure/msal-node");
    return new PublicClientApplication({ auth: { clientId, authority } });
  },
): TokenProvider {
  const token = env[TOKEN_ENV]?.trim();
  if (token) return staticTokenProvider(token);

  const clientId = settings.clientId ?? env[CLIENT_ID_ENV];
  if (!clientId) {
    throw new UsageError(
      `signing in to Microsoft 365 needs --client-id (or ${CLIENT_ID_ENV}): the Application (client) ID of Rapport's app registration; or set ${TOKEN_ENV} to a Graph access token`,
    );
  }
  const authority = authorityOf({
    authority: settings.authority,
    tenantId: settings.tenant ?? env[TENANT_ENV],
  });
  let client: Promise<DeviceCodeClient> | undefined;
  let account: AccountInfo | null = null;

  return {
    async getToken(scopes) {
      client ??= Promise.resolve(createClient(clientId, authority));
      const pca = await client;
      if (account) {
        try {
          const result = await pca.acquireTokenSilent({ scopes, account });
          return result.accessToken;
        } catch {
          // Consent for these scopes is missing or the session ended: ask again below.
        }
      }
      try {
        const result = await pca.acquireTokenByDeviceCode({
          scopes,
          deviceCodeCallback: (response) => io.stderr(`${singleLine(response.message)}\n`),
        });
        if (!result) throw new Error("no token");
        account = result.account;
        return result.accessToken;
      } catch (error) {
        const code = (error as { errorCode?: unknown } | null)?.errorCode;
        throw new ProfileSourceError(
          "sign-in-needed",
          `Microsoft 365 sign-in did not complete${typeof code === "string" ? ` (${code})` : ""}.`,
          { cause: error },
        );
      }
    },
  };
}
