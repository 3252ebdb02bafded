/**
 * Listening and asking in the playground (issue 14, points 1, 4 and 7): a message Megge sent,
 * opened in the read view, whose two preferences the pane hears; one is added and her profile
 * shows it with where it came from. In a new message to Dan, "Ask Dan" puts the missing question
 * at the cursor and leaves every other word of the draft where it was.
 */
import type { Browser, Page } from "playwright-core";
import { audit, launchChromium, openPlayground, screenshot, type TestPage } from "./browser";

let browser: Browser;
let current: TestPage | undefined;
let consoleErrors: string[] = [];

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
  expect(blocked).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(consoleErrors.filter((e) => /same key|Warning:/.test(e))).toEqual([]);
});

async function open(): Promise<Page> {
  current = await openPlayground(browser);
  consoleErrors = [];
  current.page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  return current.page;
}

const pane = (page: Page) => page.getByTestId("rapport-task-pane");
const body = (page: Page) => page.getByRole("textbox", { name: "Message body" });

/** The definition-list row for a term in a card, read as its value. */
async function valueOf(page: Page, cardName: string, term: string): Promise<string> {
  const card = pane(page).getByRole("article", { name: cardName });
  const dt = card.locator("dt", { hasText: new RegExp(`^${term}$`) });
  return (await dt.locator("xpath=following-sibling::dd[1]").innerText()).trim();
}

test("Megge's message: the pane hears two preferences, adds one, and her profile shows its source", async () => {
  const page = await open();
  await page.getByRole("button", { name: "Sample drafts" }).click();
  await page.getByRole("menuitem", { name: "From Megge: no texts, no sports talk" }).click();
  await page.getByRole("heading", { name: "Re: Distribution agreement: next steps" }).waitFor();

  const heard = pane(page).getByRole("region", { name: "Heard in this message" });
  const suggestions = heard.getByRole("article");
  await suggestions.first().waitFor();
  expect(await suggestions.count()).toBe(2);
  const texts = await suggestions.allInnerTexts();
  expect(texts.join("\n")).toContain("Text messages (SMS)");
  expect(texts.join("\n")).toContain("sports");
  // The lawyer's quoted question about Zoom is not Megge speaking.
  expect(texts.join("\n")).not.toMatch(/Zoom/);
  expect(await valueOf(page, "Megge Anderson", "Topics to avoid")).toBe("Not asked yet");
  await screenshot(page, "40-heard.png");
  const report = await audit(page, "heard in this message", '[data-testid="rapport-task-pane"]');
  expect(report.all).toEqual([]);

  await heard.getByRole("button", { name: /^Add to profile: Topics to avoid → sports/ }).click();
  await heard.getByText(/^Added to Megge Anderson’s profile: Topics to avoid → sports/).waitFor();
  // The other suggestion is still only a suggestion: nothing is written without its click.
  await heard.getByRole("button", { name: /^Add to profile: Channels to avoid/ }).waitFor();

  await page.waitForFunction(() =>
    [...document.querySelectorAll("dt")].some(
      (dt) =>
        dt.textContent === "Topics to avoid" && dt.nextElementSibling?.textContent === "sports",
    ),
  );
  expect(await valueOf(page, "Megge Anderson", "Channels to avoid")).toBe("Phone calls");
  const sources = pane(page)
    .getByRole("article", { name: "Megge Anderson" })
    .getByRole("list", { name: "Heard from the client" });
  expect(await sources.innerText()).toMatch(
    /Topics to avoid → sports, from Megge Anderson’s e-mail of 26 November 2026 \(“Re: Distribution agreement: next steps”\): “And please don.t ask me about sports/,
  );
  await sources.scrollIntoViewIfNeeded();
  await screenshot(page, "41-added-with-source.png");
});

test("Ask Dan: the missing question goes in at the cursor, and nothing else in the draft moves", async () => {
  const page = await open();
  await page.getByRole("button", { name: "New message" }).click();
  await page
    .getByRole("textbox", { name: "To" })
    .fill("Dan Whitaker <dan@whitakerbuilding.example>");
  await page.getByRole("textbox", { name: "Subject" }).fill("Site visit");
  await body(page).click();
  await page.keyboard.type("Hi Dan,");
  await page.keyboard.press("Enter");
  await page.keyboard.type("The revised plans are attached.");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Best, Alex");
  // The cursor at the end of "Hi Dan,".
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("End");

  const ask = pane(page).getByRole("button", { name: "Ask Dan" });
  await ask.waitFor();
  const description = await ask.evaluate(
    (el) => document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent ?? "",
  );
  expect(description).toContain("meeting platform");
  await ask.click();
  await pane(page)
    .getByText("Inserted the questions for Dan at your cursor: edit them as you like.")
    .waitFor();

  const text = await body(page).innerText();
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  expect(lines[0]).toBe("Hi Dan,");
  expect(lines[1]).toMatch(/^So that we can look after you the way you prefer, Dan, may I ask/);
  expect(lines[1]).toContain("Which platform do you prefer for video meetings?");
  // Only what is missing (meeting platform, updates): his name and billing are known.
  expect(lines[1]).not.toMatch(/address you|invoices/);
  expect(lines.slice(2)).toEqual(["The revised plans are attached.", "Best, Alex"]);
  await screenshot(page, "42-ask-inserted.png");

  // The inserted words are the author's to edit, like anything they typed.
  // The paragraph wraps, and End goes to the end of a visual line: click at its last line's end.
  const inserted = body(page).getByText(/^So that we can look after you/);
  const box = (await inserted.boundingBox())!;
  await inserted.click({ position: { x: box.width - 2, y: box.height - 3 } });
  await page.keyboard.press("End");
  await page.keyboard.type(" Thanks!");
  expect(await body(page).innerText()).toContain("thank you. Thanks!");
});

test("Dan's message lifts a preference on file: the pane offers its removal, and his profile no longer lists it", async () => {
  const page = await open();
  await page.getByRole("button", { name: "Sample drafts" }).click();
  await page.getByRole("menuitem", { name: "From Dan: calls are fine again" }).click();
  await page.getByRole("heading", { name: "Re: Site lease: landlord's reply" }).waitFor();
  expect(await valueOf(page, "Dan Whitaker", "Channels to avoid")).toBe("Phone calls");

  const heard = pane(page).getByRole("region", { name: "Heard in this message" });
  const suggestions = heard.getByRole("article");
  await suggestions.first().waitFor();
  expect(await suggestions.count()).toBe(1);
  expect(await suggestions.first().innerText()).toMatch(/Phone calls: no longer avoided/);
  // A withdrawal offers removal only: adding the value it lifts would be the opposite.
  await expect(heard.getByRole("button", { name: /^Add to profile/ }).count()).resolves.toBe(0);
  await screenshot(page, "43-withdrawal-heard.png");
  const report = await audit(page, "withdrawal heard", '[data-testid="rapport-task-pane"]');
  expect(report.all).toEqual([]);

  await heard.getByRole("button", { name: /^Remove from profile: / }).click();
  await heard.getByText(/^Removed from Dan Whitaker’s profile: /).waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll("dt")].some(
      (dt) =>
        dt.textContent === "Channels to avoid" &&
        !/Phone calls/.test(dt.nextElementSibling?.textContent ?? ""),
    ),
  );
  // Emptied by the client's own words: an answer, not a gap to ask about again.
  expect(await valueOf(page, "Dan Whitaker", "Channels to avoid")).toBe(
    "None: the client withdrew the last one",
  );
  await screenshot(page, "44-withdrawal-removed.png");
});
