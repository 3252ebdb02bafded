/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen, within } from "@testing-library/react";
import { lazy } from "react";
import { RapportApp } from "../../src/taskpane/App";
import { LoadedPart } from "../../src/taskpane/LoadedPart";
import { ChunkLoadFailure, chunkLoader } from "../../src/taskpane/lazy-chunks";
import { draftTo, fakeEvaluate, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

// What the first paint does not need is fetched on demand (webpack chunks); a chunk that cannot
// be fetched must say so in the pane, never leave it blank or a check silently undone.
describe("parts of the pane loaded on demand", () => {
  it("shares one fetch while it is in flight and once loaded", async () => {
    const load = jest.fn(() => Promise.resolve({ value: 1 }));
    const loader = chunkLoader("the part", load);
    const [a, b] = await Promise.all([loader(), loader()]);
    expect(a).toBe(b);
    await loader();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("a failed fetch says what could not be loaded and what to do; the next call tries again", async () => {
    const load = jest
      .fn<Promise<{ value: number }>, []>()
      .mockRejectedValueOnce(new Error("Loading chunk 318 failed."))
      .mockResolvedValueOnce({ value: 2 });
    const loader = chunkLoader("its checks", load);
    const failure = await loader().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChunkLoadFailure);
    expect((failure as Error).message).toBe(
      "Rapport could not load its checks (Loading chunk 318 failed.). Check the connection, then press Check again or reopen the pane.",
    );
    await expect(loader()).resolves.toEqual({ value: 2 });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("shows a spinner while a part loads, then the part", async () => {
    let resolve: (module: { default: () => JSX.Element }) => void = () => undefined;
    const Part = lazy(
      () => new Promise<{ default: () => JSX.Element }>((done) => (resolve = done)),
    );
    render(
      <LoadedPart what="the warnings" loadingLabel="Loading the warnings…">
        <Part />
      </LoadedPart>,
    );
    expect(screen.getByText("Loading the warnings…")).toBeInTheDocument();
    resolve({ default: () => <p>The warnings</p> });
    expect(await screen.findByText("The warnings")).toBeInTheDocument();
    expect(screen.queryByText("Loading the warnings…")).not.toBeInTheDocument();
  });

  it("a part whose chunk cannot be fetched is replaced by an error that says so", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const Part = lazy(() => Promise.reject(new Error("Loading chunk 526 failed.")));
    render(
      <main>
        <h1>Rapport</h1>
        <LoadedPart what="the warnings" loadingLabel="Loading the warnings…">
          <Part />
        </LoadedPart>
      </main>,
    );
    expect(await screen.findByText("Rapport could not show the warnings.")).toBeInTheDocument();
    expect(
      screen.getByText(/Loading chunk 526 failed\. Check the connection, then close and reopen/),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Rapport" })).toBeInTheDocument();
    errors.mockRestore();
  });

  it("checks that cannot be loaded leave the send-time warnings and say the check could not run", async () => {
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hi Meg"));
    const source = new InMemoryProfileSource();
    const sendTime = fakeEvaluate(adapter.draft, await source.lookup([MEGGE.address]));
    expect(sendTime.length).toBeGreaterThan(0);
    render(
      <RapportApp
        adapter={adapter}
        profiles={source}
        initialFindings={sendTime}
        evaluateDraft={() =>
          Promise.reject(new ChunkLoadFailure("its checks", new Error("Loading chunk 1 failed.")))
        }
      />,
    );
    const panel = screen.getByRole("tabpanel");
    expect(await within(panel).findByText("The check could not run.")).toBeInTheDocument();
    expect(within(panel).getByText(/Rapport could not load its checks/)).toBeInTheDocument();
    expect(within(panel).getAllByTestId("warning-card")).toHaveLength(sendTime.length);
  });

  it("evaluates with checks that arrive later", async () => {
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hi Meg"));
    const source = new InMemoryProfileSource();
    const expected = fakeEvaluate(adapter.draft, await source.lookup([MEGGE.address])).length;
    expect(expected).toBeGreaterThan(0);
    render(
      <RapportApp
        adapter={adapter}
        profiles={source}
        initialView="warnings"
        evaluateDraft={async (draft, found, policy) => {
          await new Promise((done) => setTimeout(done, 20));
          return fakeEvaluate(draft, found, policy);
        }}
      />,
    );
    expect(await screen.findAllByTestId("warning-card")).toHaveLength(expected);
  });
});
