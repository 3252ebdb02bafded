/**
 * auth throws its own SignInError (it may not import profiles); the Graph profile source must
 * still report it as ProfileSourceError "sign-in-needed" with auth's words, which is what the
 * task pane's "Sign in" button and the send handler's notice key on.
 */
import type { AccountInfo } from "@azure/msal-browser";
import { SignInError } from "../../src/auth/errors";
import { createNaaTokenProvider, type PublicClientLike } from "../../src/auth/naa";
import { tokenGetter } from "../../src/auth/token-provider";
import { GraphProfileSource } from "../../src/profiles/graph-source";
import { ProfileSourceError } from "../../src/profiles/source";
import { GraphStandIn } from "../helpers/graph-stand-in";

const CLIENT_ID = "11111111-2222-3333-4444-555555555555";
const SECRET = "eyJ-secret-token";

let standIn: GraphStandIn;

beforeEach(async () => {
  standIn = new GraphStandIn();
  await standIn.start();
});

afterEach(async () => {
  await standIn.stop();
});

function sourceWith(getToken: (scopes: string[]) => Promise<string>): GraphProfileSource {
  return new GraphProfileSource({
    siteHostname: standIn.hostname,
    sitePath: standIn.sitePath,
    list: "Client Profiles",
    graphBaseUrl: standIn.baseUrl,
    getToken,
    defaultRetryMs: 10,
  });
}

async function lookupError(source: GraphProfileSource): Promise<ProfileSourceError> {
  try {
    await source.lookup(["megge.anderson@coca-cola.example"]);
  } catch (error) {
    if (error instanceof ProfileSourceError) return error;
    throw error;
  }
  throw new Error("expected the lookup to fail");
}

/** MSAL with no account: every silent request needs interaction. */
const noAccount: PublicClientLike = {
  acquireTokenSilent: async () => {
    throw Object.assign(new Error(`interaction_required for ${SECRET}`), {
      errorCode: "interaction_required",
    });
  },
  acquireTokenPopup: async () => ({ accessToken: SECRET }),
  getActiveAccount: () => null,
  getAllAccounts: (): AccountInfo[] => [],
  setActiveAccount: () => {},
};

describe("SignInError reaching the profile source", () => {
  it("becomes ProfileSourceError sign-in-needed with auth's message and no request", async () => {
    const signIn = new SignInError("Sign-in was cancelled.");
    const error = await lookupError(sourceWith(() => Promise.reject(signIn)));

    expect(error.kind).toBe("sign-in-needed");
    expect(error.message).toBe("Sign-in was cancelled.");
    expect(error.options.cause).toBe(signIn);
    expect(standIn.requestCount).toBe(0);
  });

  it("tells the send handler where to sign in, without the token library's words", async () => {
    const provider = createNaaTokenProvider(
      { clientId: CLIENT_ID },
      {
        runtime: "launchevent",
        msal: { createNestable: async () => noAccount, createStandard: async () => noAccount },
        // NAA, so the silent request is made (since round 47 the standard client makes none
        // without the mailbox's own cached account: test/auth/naa.test.ts).
        office: { context: { requirements: { isSetSupported: () => true } } },
      },
    );
    const error = await lookupError(sourceWith(tokenGetter(provider, { interactive: false })));

    expect(error.kind).toBe("sign-in-needed");
    expect(error.message).toBe("Sign in from the Rapport task pane (interaction_required).");
    expect(error.message).not.toContain(SECRET);
  });

  it("still reduces any other token failure to its name", async () => {
    const error = await lookupError(
      sourceWith(() => Promise.reject(new TypeError(`bad token ${SECRET}`))),
    );
    expect(error.kind).toBe("sign-in-needed");
    expect(error.message).toContain("(TypeError)");
    expect(error.message).not.toContain(SECRET);
  });
});
