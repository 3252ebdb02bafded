/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RapportApp } from "../../src/taskpane/App";
import { draftTo, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

// The pane with the real core engine (no stand-in evaluator): what a lawyer sees in Outlook.
describe("task pane with the core engine", () => {
  it("warns about Megge's avoided name, the competitor and the phone call, and fixes the name", async () => {
    const user = userEvent.setup({ delay: null });
    const adapter = new FakeItemAdapter(
      draftTo([MEGGE], "Hi Meg,\n\nPepsi filed today. Can I phone you?\n\nBest"),
    );
    render(
      <RapportApp
        adapter={adapter}
        profiles={new InMemoryProfileSource()}
        policy={{ internalDomains: ["firm.example"] }}
        initialView="warnings"
      />,
    );
    const group = await screen.findByRole("region", { name: /Megge Anderson/ });
    expect(within(group).getAllByRole("listitem")).toHaveLength(3);
    expect(screen.getByRole("tab", { name: "Warnings (3)" })).toBeInTheDocument();
    expect(within(group).getByText(/counts Pepsi as a competitor/)).toBeInTheDocument();

    await user.click(within(group).getByRole("button", { name: "Replace with Megge" }));
    expect(adapter.fixes[0]).toMatchObject({ original: "Meg", replacement: "Megge" });
    expect(await screen.findByRole("tab", { name: "Warnings (2)" })).toBeInTheDocument();
    expect(adapter.draft.body.content.startsWith("Hi Megge,")).toBe(true);
    expect(screen.getByRole("status")).toHaveTextContent("2 warnings for Megge Anderson");
  });
});
