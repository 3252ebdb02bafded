/**
 * The playground in a real browser: the real task pane and launch-event handlers over the
 * stand-in Office object. Waits on roles and text only; never on time.
 */
import type { Browser, Locator, Page } from "playwright-core";
import {
  audit,
  baseUrl,
  launchChromium,
  openPlayground,
  screenshot,
  type TestPage,
} from "./browser";

const MEGGE = "megge.anderson@coca-cola.example";

let browser: Browser;
let current: TestPage | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  if (!current) return;
  const { blocked, pageErrors, context } = current;
  current = undefined;
  await context.close();
  // The playground must work offline, and nothing may throw uncaught on the page.
  expect(blocked).toEqual([]);
  expect(pageErrors).toEqual([]);
});

async function open(path?: string): Promise<Page> {
  current = await openPlayground(browser, path);
  return current.page;
}

async function writeDraft(page: Page, draft: { to: string; subject: string; lines: string[] }) {
  await page.getByRole("textbox", { name: "To" }).fill(draft.to);
  await page.getByRole("textbox", { name: "Subject" }).fill(draft.subject);
  const body = page.getByRole("textbox", { name: "Message body" });
  await body.click();
  for (const [i, line] of draft.lines.entries()) {
    if (i > 0) await page.keyboard.press("Enter");
    if (line) await page.keyboard.type(line);
  }
}

const body = (page: Page) => page.getByRole("textbox", { name: "Message body" });

async function buttonNames(scope: Locator): Promise<string[]> {
  return (await scope.getByRole("button").allInnerTexts()).map((name) => name.trim());
}

async function loadSample(page: Page, label: string) {
  await page.getByRole("button", { name: "Sample drafts" }).click();
  await page.getByRole("menuitem", { name: label }).click();
  await body(page).filter({ hasText: "Alex" }).waitFor();
}

test("/ redirects to the playground page", async () => {
  const page = await open();
  expect(new URL(page.url()).pathname).toBe("/playground.html");
  const response = await fetch(`${baseUrl()}/`, { redirect: "manual" });
  expect(response.status).toBe(302);
  expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
});

test("Send stops 'Dear Meg' + Pepsi to Coca-Cola; Review warnings opens the fix that corrects the name", async () => {
  const page = await open();
  await writeDraft(page, {
    to: MEGGE,
    subject: "Distribution agreement",
    lines: [
      "Dear Meg,",
      "",
      "I compared the exclusivity clause with the one Pepsi signed last year.",
      "",
      "Kind regards,",
      "Alex",
    ],
  });
  // The pane counts the warnings as the draft is typed, before Send.
  await page.getByRole("tab", { name: "Warnings (2)" }).waitFor();
  await page.getByRole("button", { name: "Send" }).click();

  const dialog = page.getByRole("alertdialog", { name: "Rapport" });
  await dialog.waitFor();
  const message = await dialog.innerText();
  expect(message).toMatch(/\bMeg\b/);
  expect(message).toMatch(/Pepsi/);
  // Outlook on the web: Don't send stays, and cancelLabel names the button that opens the pane.
  expect(await buttonNames(dialog)).toEqual(["Send anyway", "Don't send", "Review warnings"]);
  await screenshot(page, "01-dialog.png");

  await dialog.getByRole("button", { name: "Review warnings" }).click();
  await dialog.waitFor({ state: "detached" });
  await page.getByRole("tab", { name: /Warnings/, selected: true }).waitFor();
  const fix = page.getByRole("button", { name: "Replace with Megge" });
  await fix.waitFor();
  await screenshot(page, "02-warnings.png");

  await fix.click();
  await body(page).filter({ hasText: "Dear Megge," }).waitFor();
  expect(await body(page).innerText()).toMatch(/^Dear Megge,/);
  // The message was not sent: it is still here, with the fix in it.
  expect(await page.getByRole("textbox", { name: "To" }).inputValue()).toBe(MEGGE);
  await screenshot(page, "03-fixed.png");
});

test("the Warnings count follows the subject and body as they are typed, before Send", async () => {
  const page = await open();
  await page.getByRole("textbox", { name: "To" }).fill(MEGGE);
  await page.getByRole("textbox", { name: "Subject" }).click(); // leave the To line
  const pane = page.getByTestId("rapport-task-pane");
  await pane.getByText("Megge Anderson", { exact: true }).first().waitFor();
  await page.getByRole("tab", { name: "Warnings (0)" }).waitFor();

  await body(page).click();
  await page.keyboard.type("Dear Meg,");
  await page.getByRole("tab", { name: "Warnings (1)" }).waitFor();
  await page.getByRole("textbox", { name: "Subject" }).fill("Pepsi distribution terms");
  await page.getByRole("tab", { name: "Warnings (2)" }).click();
  await pane.getByText(/Pepsi/).first().waitFor();
  await screenshot(page, "08-typing.png");

  // Taking the words out takes the warnings away again.
  await page.getByRole("textbox", { name: "Subject" }).fill("Distribution terms");
  await body(page).click();
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("ge,");
  await page.getByRole("tab", { name: "Warnings (0)" }).waitFor();
  expect(await page.getByRole("alertdialog").count()).toBe(0); // nothing was sent or stopped
});

test("a clean draft to Megge sends with no dialog", async () => {
  const page = await open();
  await writeDraft(page, {
    to: MEGGE,
    subject: "Board pack",
    lines: [
      "Dear Megge,",
      "",
      "Here is the summary for the board pack.",
      "",
      "Kind regards,",
      "Alex",
    ],
  });
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByText(/^Message sent/).waitFor();
  expect(await page.getByRole("alertdialog").count()).toBe(0);
  expect(await page.getByRole("textbox", { name: "To" }).inputValue()).toBe("");
  expect((await body(page).innerText()).trim()).toBe("");
  await screenshot(page, "04-sent.png");
});

test("the task pane shows the recipient's preferences as soon as the recipient is entered", async () => {
  const page = await open();
  await page.getByRole("textbox", { name: "To" }).fill(MEGGE);
  await page.getByRole("textbox", { name: "Subject" }).click(); // leave the To line
  const pane = page.getByTestId("rapport-task-pane");
  await pane.getByText("Megge Anderson", { exact: true }).first().waitFor();
  const text = await pane.innerText();
  for (const expected of ["Megge", "Meg", /phone/i, "Pepsi", "PepsiCo"]) {
    expect(text).toMatch(expected);
  }
  await screenshot(page, "05-profile.png");

  // Narrow windows stack the task pane below the compose window.
  await page.setViewportSize({ width: 760, height: 900 });
  const composeBox = await page.getByRole("region", { name: "New message" }).boundingBox();
  const paneBox = await pane.boundingBox();
  expect(paneBox!.y).toBeGreaterThanOrEqual(composeBox!.y + composeBox!.height);
  await screenshot(page, "06-narrow.png");
});

// Each sample draft shows what it is there to show; the words come from the sample clients.
const SAMPLE_OUTCOMES: [label: string, expected: RegExp | "sent"][] = [
  ["Dear Meg + Pepsi to Coca-Cola", /Pepsi/],
  ["Clean note to Megge", "sent"],
  ["Zoom link to Microsoft", /Zoom/],
  ["Baseball tickets for Dan", /baseball|tickets/i],
  ["Time entries to Coca-Cola", /Review of file/],
  ["Fees paragraph to Coca-Cola", /Review of file/],
  ["Dear Meg, with the firm's logo", /Meg/],
  ["Chevy to Ford", /Chevy/],
];

test("every sample draft loads with one click and gets its outcome on Send", async () => {
  const page = await open();
  for (const [label, expected] of SAMPLE_OUTCOMES) {
    await loadSample(page, label);
    await page.getByRole("button", { name: "Send" }).click();
    if (expected === "sent") {
      await page.getByText(/^Message sent/).waitFor();
      continue;
    }
    const dialog = page.getByRole("alertdialog", { name: "Rapport" });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(expected);
    if (label === "Chevy to Ford") {
      // Advice only (PromptUser): the author may send anyway.
      await dialog.getByRole("button", { name: "Send anyway" }).click();
      await page.getByText(/^Message sent/).waitFor();
    } else {
      // Don't send: back to the draft, untouched.
      await dialog.getByRole("button", { name: "Don't send" }).click();
      await dialog.waitFor({ state: "detached" });
      expect(await page.getByRole("textbox", { name: "To" }).inputValue()).not.toBe("");
    }
  }
});

test("as classic Outlook on Windows before 2412 (?outlook=classic), Review warnings replaces Don't send", async () => {
  const page = await open("/playground.html?outlook=classic");
  await loadSample(page, "Dear Meg + Pepsi to Coca-Cola");
  await page.getByRole("button", { name: "Send" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Rapport" });
  await dialog.waitFor();
  expect(await buttonNames(dialog)).toEqual(["Send anyway", "Review warnings"]);
  await screenshot(page, "07-dialog-classic.png");

  await dialog.getByRole("button", { name: "Review warnings" }).click();
  await dialog.waitFor({ state: "detached" });
  await page.getByRole("tab", { name: /Warnings/, selected: true }).waitFor();
  await page.getByRole("button", { name: "Replace with Megge" }).waitFor();
  // Not sent: the draft is still there.
  expect(await page.getByRole("textbox", { name: "To" }).inputValue()).toContain(MEGGE);
});

/** What each imitated Outlook client's dialog offers for the Meg + Pepsi draft (outlook-clients.ts). */
const CLIENT_DIALOGS: [id: string, label: string, buttons: string[], markdown: boolean][] = [
  [
    "web",
    "Outlook on the web / new Outlook",
    ["Send anyway", "Don't send", "Review warnings"],
    true,
  ],
  [
    "classic",
    "Classic Outlook on Windows (current)",
    ["Send anyway", "Don't send", "Review warnings"],
    true,
  ],
  [
    "classic-2404",
    "Classic Outlook on Windows 2404–2411",
    ["Send anyway", "Review warnings"],
    false,
  ],
  // Mailbox 1.13: no Send-anyway override, so SoftBlock's Don't send is all there is.
  ["classic-2402", "Classic Outlook on Windows before 2403", ["Don't send"], false],
  ["mac", "Outlook for Mac", ["Send anyway", "Don't send", "Review warnings"], false],
];

test.each(CLIENT_DIALOGS)(
  "as %s: the send flow stops Meg + Pepsi with that client's dialog, and sends a clean draft",
  async (id, label, buttons, markdown) => {
    const page = await open(`/playground.html?client=${id}`);
    expect(await page.getByRole("combobox", { name: "Outlook client" }).inputValue()).toBe(id);
    await page.getByText(label, { exact: false }).last().waitFor();

    await loadSample(page, "Dear Meg + Pepsi to Coca-Cola");
    await page.getByRole("button", { name: "Send" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Rapport" });
    await dialog.waitFor();
    const message = await dialog.innerText();
    expect(message).toMatch(/\bMeg\b/);
    expect(message).toMatch(/Pepsi/);
    expect(await buttonNames(dialog)).toEqual(buttons);
    // Markdown (Mailbox 1.15) draws the headline (and the recipients' names) in bold; plain text
    // elsewhere.
    const strong = dialog.locator("strong");
    expect((await strong.count()) > 0).toBe(markdown);
    if (markdown) expect(await strong.first().innerText()).toMatch(/^Rapport found/);
    await screenshot(page, `09-dialog-${id}.png`);

    await page.keyboard.press("Escape"); // closing counts as Don't send
    await dialog.waitFor({ state: "detached" });
    await loadSample(page, "Clean note to Megge");
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText(/^Message sent/).waitFor();

    // Every Office call went through Rapport's queue: none refused, three at most on the web.
    const stats = await page.evaluate(() =>
      (
        window as unknown as {
          rapportPlayground: { callStats(): { maxInFlight: number; refused: number } };
        }
      ).rapportPlayground.callStats(),
    );
    expect(stats.refused).toBe(0);
    if (id === "web") expect(stats.maxInFlight).toBeLessThanOrEqual(3);
  },
);

test("the client selector switches the imitated Outlook", async () => {
  const page = await open("/playground.html?client=web");
  await page.getByRole("combobox", { name: "Outlook client" }).selectOption("mac");
  await page.waitForURL(/client=mac/);
  await page.getByRole("heading", { name: "Rapport playground" }).waitFor();
  expect(await page.getByRole("combobox", { name: "Outlook client" }).inputValue()).toBe("mac");
});

test("profile list down, Mailbox 1.14 and later: Smart Alerts asks Send anyway / Don't send", async () => {
  const page = await open("/playground.html?client=web&profiles=down");
  await loadSample(page, "Dear Meg + Pepsi to Coca-Cola");
  await page.getByRole("button", { name: "Send" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Rapport" });
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain(
    "Rapport could not check this message: the client profile list could not be reached",
  );
  expect(await buttonNames(dialog)).toEqual(["Send anyway", "Don't send"]);
  await screenshot(page, "10-outage-prompt.png");

  await dialog.getByRole("button", { name: "Don't send" }).click();
  await dialog.waitFor({ state: "detached" });
  expect(await page.getByRole("textbox", { name: "To" }).inputValue()).toContain(MEGGE);
});

test("profile list down, before Mailbox 1.14: the message goes, and the pane and the next compose say so", async () => {
  const page = await open("/playground.html?client=classic-2402&profiles=down");
  await loadSample(page, "Dear Meg + Pepsi to Coca-Cola");
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByText(/^Message sent/).waitFor();
  expect(await page.getByRole("alertdialog").count()).toBe(0);

  const pane = page.getByTestId("rapport-task-pane");
  await pane.getByText(/^Your message (“.*” )?was sent without a check\.$/).waitFor();

  await page.getByRole("textbox", { name: "To" }).fill("dan@whitakerbuilding.example");
  await page.getByRole("textbox", { name: "Subject" }).click(); // leave the To line
  await page
    .getByText(
      /Rapport could not check your message sent .*: the client profile list could not be reached/,
    )
    .first()
    .waitFor();
  await screenshot(page, "11-outage-older-client.png");
});

test("axe: no accessibility violations of any impact in the playground and the task pane", async () => {
  const page = await open();
  await page.getByRole("textbox", { name: "To" }).fill(MEGGE);
  await page.getByRole("textbox", { name: "Subject" }).click();
  await page
    .getByTestId("rapport-task-pane")
    .getByText("Megge Anderson", { exact: true })
    .first()
    .waitFor();
  // Moderate and minor findings fail too (a moderate heading-order once went unnoticed).
  const found: string[] = [];
  found.push(...(await audit(page, "playground with a client profile")).all);
  found.push(...(await audit(page, "task pane", '[data-testid="rapport-task-pane"]')).all);

  await body(page).click();
  await page.keyboard.type("Dear Meg, about Pepsi.");
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByRole("alertdialog", { name: "Rapport" }).waitFor();
  found.push(...(await audit(page, "Smart Alerts dialog")).all);

  await page.getByRole("button", { name: "Review warnings" }).click();
  await page.getByRole("tab", { name: /Warnings/, selected: true }).waitFor();
  // Audit the settled page, not the dialog's closing animation (axe then sees a half-removed dialog).
  await page.getByRole("alertdialog").waitFor({ state: "detached" });
  found.push(...(await audit(page, "warnings view")).all);

  await page.getByRole("tab", { name: "Client profile" }).click();
  await page
    .getByRole("button", { name: /^Edit profile for / })
    .first()
    .click();
  await page.getByRole("button", { name: "Save profile" }).waitFor();
  found.push(...(await audit(page, "profile editor", '[data-testid="rapport-task-pane"]')).all);
  expect(found).toEqual([]);
});
