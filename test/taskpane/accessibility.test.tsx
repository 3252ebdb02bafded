/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen } from "@testing-library/react";
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
