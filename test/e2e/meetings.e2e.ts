/**
 * Meeting invitations in the playground ("New meeting"), in a real browser: the real task pane
 * and launch-event handlers (OnAppointmentSend, OnAppointmentAttendeesChanged) over the
 * stand-in's Office.AppointmentCompose. Waits on roles and text only; never on time.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { audit, launchChromium, openPlayground, screenshot, type TestPage } from "./browser";

const TAYLOR = "taylor.kim@microsoft.example";
const ZOOM_LINK = "https://zoom.us/j/5551234567";
const TEAMS_LINK = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk3ZmM2%40thread.v2/0";

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
  expect(blocked).toEqual([]);
  expect(pageErrors).toEqual([]);
});

async function open(path?: string): Promise<Page> {
  current = await openPlayground(browser, path);
  return current.page;
}

async function buttonNames(scope: Locator): Promise<string[]> {
  return (await scope.getByRole("button").allInnerTexts()).map((name) => name.trim());
}

/** "New meeting", then the invitation's fields, as an author fills them in. */
async function newMeeting(page: Page, invitation: { required: string; location: string }) {
  await page.getByRole("button", { name: "New meeting" }).click();
  const form = page.getByRole("region", { name: "New meeting" });
  await form.waitFor();
  await form.getByRole("textbox", { name: "Required" }).fill(invitation.required);
  await form.getByRole("textbox", { name: "Subject" }).fill("Licensing review");
  await form.getByRole("textbox", { name: "Location" }).fill(invitation.location);
  const body = form.getByRole("textbox", { name: "Message body" });
  await body.click();
  await page.keyboard.type("Hello Taylor, let us go through the licensing review.");
  return form;
}

async function callStats(page: Page): Promise<{ maxInFlight: number; refused: number }> {
  return page.evaluate(() =>
    (
      window as unknown as {
        rapportPlayground: { callStats(): { maxInFlight: number; refused: number } };
      }
    ).rapportPlayground.callStats(),
  );
}

test("New meeting to the Microsoft contact with a Zoom link as location: Send shows Rapport's dialog about Teams; the fix removes the link", async () => {
  const page = await open();
  const form = await newMeeting(page, { required: TAYLOR, location: ZOOM_LINK });
  for (const label of ["Required", "Optional", "Subject", "Location", "Start", "End"]) {
    expect(await form.getByLabel(label, { exact: true }).count()).toBe(1);
  }
  // The pane checks the invitation as it is written, before Send.
  await page.getByRole("tab", { name: "Warnings (1)" }).waitFor();
  await form.getByRole("button", { name: "Send" }).click();

  const dialog = page.getByRole("alertdialog", { name: "Rapport" });
  await dialog.waitFor();
  const message = await dialog.innerText();
  expect(message).toMatch(/Microsoft Teams/);
  expect(message).toMatch(/Zoom link in the location/);
  expect(message).toMatch(/this invitation/);
  expect(await buttonNames(dialog)).toEqual(["Send anyway", "Don't send", "Review warnings"]);
  await screenshot(page, "20-meeting-dialog.png");

  await dialog.getByRole("button", { name: "Review warnings" }).click();
  await dialog.waitFor({ state: "detached" });
  await page.getByRole("tab", { name: /Warnings/, selected: true }).waitFor();
  const pane = page.getByTestId("rapport-task-pane");
  await pane.getByText(`In the location: “${ZOOM_LINK}”`).waitFor();
  const fix = pane.getByRole("button", { name: "Remove the Zoom link" });
  await screenshot(page, "21-meeting-warnings.png");

  await fix.click();
  await page.getByRole("tab", { name: "Warnings (0)" }).waitFor();
  expect(await form.getByRole("textbox", { name: "Location" }).inputValue()).toBe("");
  // Not sent: the invitation is still open, with the fix in it.
  expect(await form.getByRole("textbox", { name: "Required" }).inputValue()).toBe(TAYLOR);
});

test("New meeting to the same contact with a Teams link as location: it sends", async () => {
  const page = await open();
  const form = await newMeeting(page, { required: TAYLOR, location: TEAMS_LINK });
  await form.getByRole("button", { name: "Send" }).click();
  await page.getByText(`Invitation sent to ${TAYLOR}.`).waitFor();
  expect(await page.getByRole("alertdialog").count()).toBe(0);
  // A new, empty invitation is open.
  expect(await form.getByRole("textbox", { name: "Required" }).inputValue()).toBe("");
  await screenshot(page, "22-meeting-sent.png");
});

test("the pane shows the attendee's profile and follows the location as it is typed", async () => {
  const page = await open();
  await page.getByRole("button", { name: "New meeting" }).click();
  const form = page.getByRole("region", { name: "New meeting" });
  await form.getByRole("textbox", { name: "Required" }).fill(`Taylor Kim <${TAYLOR}>`);
  await form.getByRole("textbox", { name: "Subject" }).click(); // leave the attendees' line
  const pane = page.getByTestId("rapport-task-pane");
  await pane.getByText("Taylor Kim", { exact: true }).first().waitFor();
  expect(await pane.innerText()).toMatch(/Microsoft Teams/);
  await page.getByRole("tab", { name: "Warnings (0)" }).waitFor();
  await screenshot(page, "23-meeting-profile.png");

  await form.getByRole("textbox", { name: "Location" }).fill("Zoom");
  await page.getByRole("tab", { name: "Warnings (1)" }).waitFor();
  await form.getByRole("textbox", { name: "Location" }).fill("Microsoft Teams Meeting");
  await page.getByRole("tab", { name: "Warnings (0)" }).waitFor();
});

// What each sample invitation is there to show (src/playground/sample-invitations.ts).
const SAMPLE_OUTCOMES: [label: string, expected: RegExp | "sent"][] = [
  ["Zoom invitation to Microsoft", /Microsoft Teams/],
  ["Teams invitation to Microsoft", "sent"],
  ["Phone call booked with Megge", /by phone/],
  ["Dinner with Dan", /entertainment/],
];

test("every sample invitation loads from the menu and gets its outcome on Send", async () => {
  const page = await open();
  for (const [label, expected] of SAMPLE_OUTCOMES) {
    await page.getByRole("button", { name: "Sample drafts" }).click();
    await page.getByRole("menuitem", { name: label }).click();
    const form = page.getByRole("region", { name: "New meeting" });
    await form.getByRole("textbox", { name: "Message body" }).filter({ hasText: "Alex" }).waitFor();
    await form.getByRole("button", { name: "Send" }).click();
    if (expected === "sent") {
      await page.getByText(/^Invitation sent to /).waitFor();
      continue;
    }
    const dialog = page.getByRole("alertdialog", { name: "Rapport" });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(expected);
    await dialog.getByRole("button", { name: "Don't send" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await form.getByRole("textbox", { name: "Required" }).inputValue()).not.toBe("");
  }
});

/** Each imitated Outlook client's dialog for the Zoom invitation (outlook-clients.ts). */
const CLIENT_DIALOGS: [id: string, buttons: string[]][] = [
  ["web", ["Send anyway", "Don't send", "Review warnings"]],
  ["classic", ["Send anyway", "Don't send", "Review warnings"]],
  ["classic-2404", ["Send anyway", "Review warnings"]],
  ["classic-2402", ["Don't send"]],
  ["mac", ["Send anyway", "Don't send", "Review warnings"]],
];

test.each(CLIENT_DIALOGS)(
  "as %s: the Zoom invitation stops with that client's dialog, the Teams one sends",
  async (id, buttons) => {
    const page = await open(`/playground.html?client=${id}`);
    let form = await newMeeting(page, { required: TAYLOR, location: ZOOM_LINK });
    await form.getByRole("button", { name: "Send" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Rapport" });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/Microsoft Teams/);
    expect(await buttonNames(dialog)).toEqual(buttons);
    await page.keyboard.press("Escape"); // closing counts as Don't send
    await dialog.waitFor({ state: "detached" });

    form = await newMeeting(page, { required: TAYLOR, location: TEAMS_LINK });
    await form.getByRole("button", { name: "Send" }).click();
    await page.getByText(`Invitation sent to ${TAYLOR}.`).waitFor();

    // Every Office call went through Rapport's queue: none refused, three at most on the web.
    const stats = await callStats(page);
    expect(stats.refused).toBe(0);
    if (id === "web") expect(stats.maxInFlight).toBeLessThanOrEqual(3);
  },
);

test("axe: no accessibility violations in the invitation form, its dialog and the pane", async () => {
  const page = await open();
  await newMeeting(page, { required: TAYLOR, location: ZOOM_LINK });
  await page.getByRole("tab", { name: "Warnings (1)" }).waitFor();
  const found: string[] = [];
  found.push(...(await audit(page, "invitation form")).all);
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByRole("alertdialog", { name: "Rapport" }).waitFor();
  found.push(...(await audit(page, "Smart Alerts dialog for an invitation")).all);
  await page.getByRole("button", { name: "Review warnings" }).click();
  await page.getByRole("alertdialog").waitFor({ state: "detached" });
  await page.getByRole("tab", { name: /Warnings/, selected: true }).waitFor();
  found.push(...(await audit(page, "warnings for an invitation")).all);
  expect(found).toEqual([]);
});
