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
    const list = await screen.findByRole("list", { name: "Warnings" });
    expect(within(list).getAllByTestId("warning-card")).toHaveLength(3);
    expect(screen.getByRole("tab", { name: "Warnings (3)" })).toBeInTheDocument();
    expect(within(list).getByText(/counts Pepsi as a competitor/)).toBeInTheDocument();

    await user.click(within(list).getByRole("button", { name: "Replace with Megge" }));
    expect(adapter.fixes[0]).toMatchObject({ original: "Meg", replacement: "Megge" });
    expect(await screen.findByRole("tab", { name: "Warnings (2)" })).toBeInTheDocument();
    expect(adapter.draft.body.content.startsWith("Hi Megge,")).toBe(true);
    expect(screen.getByRole("status", { name: "Check result" })).toHaveTextContent(
      "2 warnings for Megge Anderson",
    );
  });

  it("a real Zoom link to the Microsoft sample contact: one card, counted once, unique keys", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const adapter = new FakeItemAdapter({
      ...draftTo([{ address: "satya@microsoft.example", name: "Satya", kind: "to" }]),
      body: {
        format: "html",
        content:
          '<p>Shall we talk on Thursday? Here is my Zoom link: <a href="https://us02web.zoom.us/j/85?pwd=x">https://us02web.zoom.us/j/85?pwd=x</a></p>',
      },
    });
    render(
      <RapportApp
        adapter={adapter}
        profiles={new InMemoryProfileSource()}
        policy={{ internalDomains: ["firm.example"] }}
        initialView="warnings"
      />,
    );
    const list = await screen.findByRole("list", { name: "Warnings" });
    const cards = within(list).getAllByTestId("warning-card");
    expect(cards).toHaveLength(1);
    expect(screen.getByRole("tab", { name: "Warnings (1)" })).toBeInTheDocument();
    expect(cards[0]).toHaveTextContent("“Zoom link: https://us02web.zoom.us/j/85?pwd=x”");
    // The fix says what it will do, and never "Here is my Microsoft Teams link: https://zoom…".
    expect(cards[0]).toHaveTextContent(
      "AfterShall we talk on Thursday? Here is my [Microsoft Teams meeting link]",
    );
    expect(errors.mock.calls.flat().join(" ")).not.toMatch(/same key/);
    errors.mockRestore();
  });
});
