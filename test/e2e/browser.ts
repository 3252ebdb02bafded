/**
 * Debian's Chromium through playwright-core, with every request beyond localhost blocked, so
 * the tests prove the playground needs no network.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const SCREENSHOT_DIR = join(__dirname, "screenshots");

export function baseUrl(): string {
  const url = process.env.RAPPORT_E2E_URL;
  if (!url) throw new Error("RAPPORT_E2E_URL is not set: run through `npm run test:e2e`.");
  return url;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave localhost (all aborted). */
  blocked: string[];
  /** Uncaught exceptions on the page. */
  pageErrors: string[];
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Open the playground at `path` ("/" redirects to playground.html; a query string selects options). */
export async function openPlayground(browser: Browser, path = "/"): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  context.setDefaultTimeout(30_000);
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const local = LOCAL_HOSTS.has(url.hostname) || url.protocol === "data:";
    if (local) return route.continue();
    blocked.push(`${url.protocol}//${url.host}${url.pathname}`);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole("heading", { name: "Rapport playground" }).waitFor();
  return { context, page, blocked, pageErrors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Fluent fades dialogs in: finish animations so the picture shows the settled state.
  await page.screenshot({
    path: join(SCREENSHOT_DIR, name),
    fullPage: true,
    animations: "disabled",
  });
}

export interface AxeReport {
  serious: string[];
  all: string[];
}

/**
 * Fluent UI's focus manager (tabster) puts aria-hidden, focusable "dummy" elements around
 * toolbars and tab lists that hand focus on at once; axe reports them as aria-hidden-focus.
 * A known false positive (microsoft/tabster#288; Accessibility Insights suppresses the same
 * nodes, microsoft/accessibility-insights-web#7605): only those nodes are dropped, nothing else.
 */
function isTabsterDummy(ruleId: string, html: string): boolean {
  return ruleId === "aria-hidden-focus" && html.includes("data-tabster-dummy");
}

/** axe-core on the page (or part of it); every violation printed, serious and critical returned. */
export async function audit(page: Page, label: string, include?: string): Promise<AxeReport> {
  let builder = new AxeBuilder({ page }).withTags([
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "best-practice",
  ]);
  if (include) builder = builder.include(include);
  // Audit the settled page: mid-animation (a dialog fading in or out) axe measures half-transparent
  // text as low contrast and sees half-removed dialogs.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== "running"),
  );
  const results = await builder.analyze();
  const violations = results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0);
  const describe = (v: (typeof violations)[number]) =>
    `${v.impact ?? "?"} ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(" "))
      .join(" | ")})`;
  const all = violations.map(describe);
  if (all.length > 0) console.log(`axe (${label}):\n  ${all.join("\n  ")}`);
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(describe);
  return { serious, all };
}
