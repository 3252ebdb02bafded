/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen, waitFor } from "@testing-library/react";
import { OfficeItemAdapter } from "../../src/office/office-item-adapter";
import { RapportApp } from "../../src/taskpane/App";
import { createFakeComposeItem, createFakeMailbox } from "../helpers/fake-office";
import { fakeEvaluate, InMemoryProfileSource, MEGGE } from "./fakes";

// Audit 50f, finding 4: Outlook answered the body read "succeeded" with no value (office-js
// #4822, #1264). The pane checked an empty message and said "No problems found for these
// recipients"; it now says it could not read the message.
const NOW = new Date(2026, 10, 23);

function paneFor(body: string) {
  const fake = createFakeComposeItem({
    subject: "Lease",
    body,
    to: [{ emailAddress: MEGGE.address, displayName: MEGGE.name }],
  });
  render(
    <RapportApp
      adapter={new OfficeItemAdapter(createFakeMailbox(fake.item))}
      profiles={new InMemoryProfileSource()}
      now={NOW}
      evaluateDraft={fakeEvaluate}
    />,
  );
}

describe("the pane when Outlook answers a body read without a body (audit 50f, 4)", () => {
  it("says the message could not be read, never that no problems were found", async () => {
    paneFor(undefined as unknown as string);
    // Announced in the live region, and shown in the error bar with Outlook's answer.
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "Check result" })).toHaveTextContent(
        "The message could not be read.",
      ),
    );
    expect(screen.getByText(/Outlook answered without the body/)).toBeInTheDocument();
    expect(screen.queryByText("No problems found for these recipients.")).not.toBeInTheDocument();
  });

  it("an empty body is checked as usual", async () => {
    paneFor("");
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "Check result" })).toHaveTextContent(
        "No problems found for these recipients.",
      ),
    );
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });
});
