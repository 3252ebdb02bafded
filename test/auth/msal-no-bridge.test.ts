/**
 * @jest-environment jsdom
 *
 * The real @azure/msal-browser on a page without Outlook's NAA bridge (msal-js #7723: OWA said
 * isSetSupported("NestedAppAuth", "1.1") while window.nestedAppAuthBridge was undefined).
 * createNestablePublicClientApplication does not throw there: it returns a standard client with
 * the nestable configuration. Rapport's factory must not pass that off as a NAA client.
 */
import { createNestablePublicClientApplication } from "@azure/msal-browser";
import { webcrypto } from "node:crypto";
import { TextDecoder, TextEncoder } from "node:util";
import { msalBrowser } from "../../src/auth/naa";

Object.assign(globalThis, { TextEncoder, TextDecoder });
if (!window.crypto?.subtle) Object.defineProperty(window, "crypto", { value: webcrypto });

const configuration = {
  auth: {
    clientId: "11111111-2222-3333-4444-555555555555",
    authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
    redirectUri: "brk-multihub://rapport.contoso.example",
  },
};

it("MSAL itself hands back a standard client without a bridge (why Rapport probes)", async () => {
  const pca = await createNestablePublicClientApplication(configuration);
  const inner = (pca as unknown as { controller: { operatingContext: { getId(): string } } })
    .controller;
  expect(inner.operatingContext.getId()).toBe("StandardOperatingContext");
});

it("Rapport's factory refuses that client, so the standard configuration is used instead", async () => {
  await expect(msalBrowser.createNestable(configuration)).rejects.toMatchObject({
    errorCode: "nested_app_auth_unavailable",
  });
});
