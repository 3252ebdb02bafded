/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
// axe-core comes with @axe-core/playwright (the browser tests); here it checks the jsdom render.
import axe from "axe-core";
import { RapportApp } from "../../src/taskpane/App";
import { draftTo, fakeEvaluate, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

const PAT = { address: "pat@newclient.example", name: "Pat Doe", kind: "cc" as const };

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    // jsdom does no layout, so contrast cannot be measured here (the browser tests do).
    rules: { "color-contrast": { enabled: false } },
  });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

function renderApp(view: "profile" | "warnings") {
  render(
    <RapportApp
      adapter={new FakeItemAdapter(draftTo([MEGGE, PAT], "Hi Meg,\n\nPepsi filed today."))}
      profiles={new InMemoryProfileSource()}
      now={new Date(2026, 10, 23)}
      evaluateDraft={fakeEvaluate}
      initialView={view}
    />,
  );
}

/** The heading levels in document order, as assistive technology reads them. */
function headingLevels(): number[] {
  return screen
    .getAllByRole("heading")
    .map((heading) => Number(heading.getAttribute("aria-level") ?? heading.tagName.slice(1)));
}

/** axe's heading-order: one h1 first, and no level skipped on the way down. */
function expectNoSkippedLevel(levels: number[]): void {
  expect(levels[0]).toBe(1);
  levels.slice(1).forEach((level, i) => expect(level).toBeLessThanOrEqual(levels[i]! + 1));
}

describe("heading outline", () => {
  it("the profile view goes h1, h2, then an h3 per card", async () => {
    renderApp("profile");
    await screen.findByRole("article", { name: "Pat Doe" });
    expect(headingLevels()).toEqual([1, 2, 3, 3]);
  });

  it("the warnings view goes h1, h2, then an h3 per warning", async () => {
    renderApp("warnings");
    await screen.findByRole("button", { name: "Replace with Megge" });
    expect(headingLevels()).toEqual([1, 2, 3, 3]);
  });

  it("notes and ignored warnings sit under their own h3, their cards at h4", async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE, PAT], "Hi Meg,\n\nPepsi filed today."))}
        profiles={new InMemoryProfileSource()}
        now={new Date(2026, 10, 23)}
        evaluateDraft={(draft, profiles) => [
          ...fakeEvaluate(draft, profiles),
          {
            check: "no-profile",
            messageId: "none",
            severity: "info",
            recipient: PAT.address,
            message: "Nobody has asked Pat Doe yet.",
          },
        ]}
        initialView="warnings"
      />,
    );
    const pepsi = (await screen.findAllByTestId("warning-card"))[1]!;
    await user.click(within(pepsi).getByRole("button", { name: /Ignore for this message/ }));
    await user.click(screen.getByRole("button", { name: "Ignore this warning" }));
    await screen.findByTestId("ignored-card");
    expect(headingLevels()).toEqual([1, 2, 3, 3, 4, 3, 4]);
    expect(await violations()).toEqual([]);
  });

  it("the pane opened from Smart Alerts (send-time findings) keeps the outline", async () => {
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE], "Hi Meg"), "compose")}
        profiles={new InMemoryProfileSource()}
        now={new Date(2026, 10, 23)}
        evaluateDraft={fakeEvaluate}
        initialView="warnings"
        initialFindings={[
          {
            check: "name-spelling",
            messageId: "avoided",
            severity: "warning",
            recipient: MEGGE.address,
            message: "Megge Anderson asked not to be called Meg.",
          },
        ]}
      />,
    );
    expectNoSkippedLevel(headingLevels());
    await screen.findByRole("button", { name: "Replace with Megge" });
    expectNoSkippedLevel(headingLevels());
  });

  it("read mode and the editor keep the outline", async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE, PAT]), "read")}
        profiles={new InMemoryProfileSource()}
        now={new Date(2026, 10, 23)}
        evaluateDraft={fakeEvaluate}
      />,
    );
    await screen.findByRole("article", { name: "Megge Anderson" });
    expectNoSkippedLevel(headingLevels());
    await user.click(screen.getByRole("tab", { name: /Warnings/ }));
    expectNoSkippedLevel(headingLevels());
    await user.click(screen.getByRole("tab", { name: "Client profile" }));
    await user.click(await screen.findByRole("button", { name: "Create profile for Pat Doe" }));
    await screen.findByRole("form", { name: "New profile for Pat Doe" });
    expect(headingLevels()).toEqual([1, 2]);
  });
});

describe("accessibility (axe)", () => {
  it("the profile view has no violations", async () => {
    renderApp("profile");
    await screen.findByRole("article", { name: "Megge Anderson" });
    expect(await violations()).toEqual([]);
  });

  it("the warnings view has no violations", async () => {
    renderApp("warnings");
    await screen.findByRole("button", { name: "Replace with Megge" });
    expect(await violations()).toEqual([]);
  });

  it("the editor has no violations, also while showing validation errors", async () => {
    const user = userEvent.setup({ delay: null });
    renderApp("profile");
    await user.click(await screen.findByRole("button", { name: "Create profile for Pat Doe" }));
    const form = await screen.findByRole("form", { name: "New profile for Pat Doe" });
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole("textbox", { name: /Last confirmed/ }));
    await user.paste("yesterday");
    await user.click(screen.getByRole("button", { name: "Save profile" }));
    expect(form).toHaveTextContent(/must be a real date/);
    expect(await violations()).toEqual([]);
  });
});
