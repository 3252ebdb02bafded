/**
 * The Office-dialog sign-in fallback opens auth-dialog.html beside the task pane. This fails when
 * the build stops declaring that page, declares it under another name than the auth code opens,
 * or lets its script into the task pane's initial load.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Configuration } from "webpack";
import { defaultDialogUrl, SIGN_IN_DIALOG_PAGE } from "../../src/auth/office-dialog";

interface WebpackConfigFactory {
  (env?: Record<string, unknown>, argv?: Record<string, unknown>): Configuration[];
  CONTENT_SECURITY_POLICY: string;
  SIGN_IN_DIALOG_PAGE: string;
  rewriteManifest(xml: string, baseUrl: string): string;
}

interface HtmlPage {
  filename: string;
  chunks: string[];
  templateContent: string;
}

const ROOT = join(__dirname, "..", "..");
const webpackConfig = jest.requireActual<WebpackConfigFactory>("../../webpack.config.js");

function webConfig(mode: "production" | "development"): Configuration {
  // A production config without ADDIN_BASE_URL warns that the manifest points at localhost.
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  try {
    const web = webpackConfig({}, { mode }).find((config) => config.name === "web");
    if (!web) throw new Error("webpack.config.js has no web configuration");
    return web;
  } finally {
    warn.mockRestore();
  }
}

function pagesOf(config: Configuration): HtmlPage[] {
  return (config.plugins ?? [])
    .filter((plugin) => plugin?.constructor.name === "HtmlWebpackPlugin")
    .map((plugin) => (plugin as unknown as { userOptions: HtmlPage }).userOptions);
}

function entryFile(config: Configuration, chunk: string): string | undefined {
  const entry = (config.entry as Record<string, unknown>)[chunk];
  return typeof entry === "string" ? entry : undefined;
}

describe.each(["production", "development"] as const)("the %s build", (mode) => {
  const config = webConfig(mode);
  const pages = pagesOf(config);
  const dialog = pages.find((page) => page.filename === SIGN_IN_DIALOG_PAGE);

  it(`builds ${SIGN_IN_DIALOG_PAGE}, the page the auth code opens, from the dialog entry`, () => {
    expect(pages.map((page) => page.filename)).toContain(SIGN_IN_DIALOG_PAGE);
    expect(dialog?.chunks).toHaveLength(1);
    const file = entryFile(config, dialog!.chunks[0]!);
    expect(file).toBe("./src/auth/dialog-main.ts");
    expect(existsSync(join(ROOT, file!))).toBe(true);
    expect(readFileSync(join(ROOT, file!), "utf8")).toContain("startSignInDialog");
  });

  it("gives the page the pages' Content-Security-Policy and Office.js", () => {
    expect(dialog?.templateContent).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${webpackConfig.CONTENT_SECURITY_POLICY}" />`,
    );
    expect(dialog?.templateContent).toContain(
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
    );
  });

  it("keeps the dialog's script out of the task pane's initial load", () => {
    const taskpane = pages.find((page) => page.filename === "taskpane.html");
    expect(taskpane?.chunks).toEqual(["taskpane"]);
    expect(dialog?.chunks).not.toContain("taskpane");
  });
});

describe("the dialog page's address", () => {
  it("is the same file name in the build and in src/auth", () => {
    expect(webpackConfig.SIGN_IN_DIALOG_PAGE).toBe(SIGN_IN_DIALOG_PAGE);
  });

  it("follows ADDIN_BASE_URL: beside the task pane the production manifest names", () => {
    const base = "https://rapport.contoso.example/addin";
    const manifest = webpackConfig.rewriteManifest(
      readFileSync(join(ROOT, "manifest.xml"), "utf8"),
      base,
    );
    const taskpaneUrl = /<bt:Url id="Taskpane\.Url" DefaultValue="([^"]+)"/.exec(manifest)?.[1];
    expect(taskpaneUrl).toBe(`${base}/taskpane.html`);
    expect(defaultDialogUrl(taskpaneUrl!)).toBe(`${base}/${SIGN_IN_DIALOG_PAGE}`);
  });
});
