/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen, waitFor } from "@testing-library/react";
import type { Draft } from "../../src/core/draft";
import type { ItemChange } from "../../src/office/item-adapter";
import type { Policy } from "../../src/core/policy";
import type { ClientProfile } from "../../src/core/profile";
import { RapportApp } from "../../src/taskpane/App";
import { CONTENT_POLL_MS } from "../../src/taskpane/use-rapport-check";
import { DAN, draftTo, fakeEvaluate, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

// Outlook raises no event when the subject or body changes, so the pane notices edits itself
// (it reads the item while it is open) and re-counts the warnings once typing pauses.
const NOW = new Date(2026, 10, 23);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function renderPane(
  adapter: FakeItemAdapter,
  extra: Partial<Parameters<typeof RapportApp>[0]> = {},
) {
  const source = new InMemoryProfileSource();
  const evaluations: Draft[] = [];
  const evaluateDraft = (
    draft: Draft,
    found: ReadonlyMap<string, ClientProfile | undefined>,
    policy?: Policy,
  ) => {
    evaluations.push(draft);
    return fakeEvaluate(draft, found, policy);
  };
  render(
    <RapportApp
      adapter={adapter}
      profiles={source}
      now={NOW}
      evaluateDraft={evaluateDraft}
      {...extra}
    />,
  );
  return { source, evaluations };
}

describe("warnings follow what is typed", () => {
  it("re-counts the warnings as the body is typed, with the profiles already fetched", async () => {
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hello,\n\nBest regards"));
    const { source } = renderPane(adapter);
    await screen.findByRole("article", { name: "Megge Anderson" });
    expect(screen.getByRole("tab", { name: "Warnings (0)" })).toBeInTheDocument();
    const lookups = source.lookups;

    adapter.edit({ body: "Hi Meg,\n\nPepsi filed today.\n\nBest regards" });
    expect(await screen.findByRole("tab", { name: "Warnings (2)" })).toBeInTheDocument();
    expect(screen.getByRole("status", { name: "Check result" })).toHaveTextContent(
      "2 warnings for Megge Anderson",
    );

    adapter.edit({ body: "Hi Megge,\n\nPepsi filed today.\n\nBest regards" });
    expect(await screen.findByRole("tab", { name: "Warnings (1)" })).toBeInTheDocument();
    expect(source.lookups).toBe(lookups);
  });

  it("re-counts them when the subject changes", async () => {
    const adapter = new FakeItemAdapter(draftTo([MEGGE]));
    // A stand-in engine that reads the subject: a competitor named there is a warning.
    const evaluateDraft = (draft: Draft) =>
      draft.subject.includes("Pepsi")
        ? [
            {
              check: "competitor-mention",
              messageId: "mention",
              severity: "warning" as const,
              recipient: MEGGE.address,
              recipientName: MEGGE.name,
              message: "The Coca-Cola Company competes with Pepsi.",
              evidence: { field: "subject" as const, text: "Pepsi", start: 0, end: 5 },
            },
          ]
        : [];
    renderPane(adapter, { evaluateDraft });
    await screen.findByRole("article", { name: "Megge Anderson" });
    expect(screen.getByRole("tab", { name: "Warnings (0)" })).toBeInTheDocument();
    adapter.edit({ subject: "Pepsi comparison" });
    expect(await screen.findByRole("tab", { name: "Warnings (1)" })).toBeInTheDocument();
  });

  it("does not evaluate again while nothing changes", async () => {
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hi Meg,\n\nBest regards"));
    const { evaluations } = renderPane(adapter);
    await screen.findByRole("tab", { name: "Warnings (1)" });
    const count = evaluations.length;
    await pause(CONTENT_POLL_MS * 5);
    expect(evaluations).toHaveLength(count);
  });

  it("waits for the recipients' own event before looking up a recipient it has not seen", async () => {
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hello"));
    const { source } = renderPane(adapter);
    await screen.findByRole("article", { name: "Megge Anderson" });
    const lookups = source.lookups;

    adapter.setRecipientsQuietly([MEGGE, DAN]);
    adapter.edit({ body: "Hi Meg" });
    await pause(CONTENT_POLL_MS * 5);
    expect(source.lookups).toBe(lookups);

    adapter.notify();
    expect(await screen.findByRole("article", { name: "Dan Whitaker" })).toBeInTheDocument();
    expect(source.lookups).toBe(lookups + 1);
    expect(screen.getByRole("tab", { name: "Warnings (1)" })).toBeInTheDocument();
  });

  it("does not read a message being read over and over: it cannot change", async () => {
    const adapter = new FakeItemAdapter(draftTo([MEGGE]), "read");
    renderPane(adapter);
    await screen.findByRole("article", { name: "Megge Anderson" });
    // Check again is disabledFocusable while a check runs (audit 49c, 5): aria-disabled.
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Check again" })).not.toHaveAttribute(
        "aria-disabled",
        "true",
      ),
    );
    const reads = adapter.reads;
    await pause(CONTENT_POLL_MS * 4);
    expect(adapter.reads).toBe(reads);
  });

  it("re-reads only the content between recipient events, not the whole item", async () => {
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hello"));
    renderPane(adapter);
    await screen.findByRole("tab", { name: "Warnings (0)" });
    const fullReads = adapter.reads;

    adapter.edit({ body: "Hi Meg" });
    await screen.findByRole("tab", { name: "Warnings (1)" });

    expect(adapter.reads).toBe(fullReads);
    expect(adapter.contentReads).toBeGreaterThanOrEqual(2);
  });

  it("reads nothing while the pane is hidden, and catches up when it is shown again", async () => {
    let visibility: DocumentVisibilityState = "visible";
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, "visibilityState");
    Object.defineProperty(document, "visibilityState", {
      configurable: true,
      get: () => visibility,
    });
    try {
      const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hello"));
      renderPane(adapter);
      await screen.findByRole("tab", { name: "Warnings (0)" });

      visibility = "hidden";
      document.dispatchEvent(new Event("visibilitychange"));
      await pause(CONTENT_POLL_MS * 2); // a read already scheduled may still run once
      const reads = adapter.reads + adapter.contentReads;
      adapter.edit({ body: "Hi Meg" });
      await pause(CONTENT_POLL_MS * 4);
      expect(adapter.reads + adapter.contentReads).toBe(reads);
      expect(screen.getByRole("tab", { name: "Warnings (0)" })).toBeInTheDocument();

      visibility = "visible";
      document.dispatchEvent(new Event("visibilitychange"));
      await screen.findByRole("tab", { name: "Warnings (1)" });
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      if (descriptor) expect(document.visibilityState).toBe("visible");
    }
  });
});

/**
 * Outlook answers each read when it answers: the watcher's content read can still be out when a
 * recipients event's check has read the new recipients and finished. Here the test decides when
 * each content read answers (with what the draft holds then, as Outlook would).
 */
class SlowContentAdapter extends FakeItemAdapter {
  holding = false;
  private held: (() => void)[] = [];

  override readContent(previous: Draft): Promise<Draft> {
    if (!this.holding) return super.readContent(previous);
    return new Promise((resolve) => {
      this.held.push(() => resolve(super.readContent(previous)));
    });
  }

  get waiting(): number {
    return this.held.length;
  }

  /** Answers the oldest read still waiting. */
  answer(): void {
    this.held.shift()?.();
  }
}

const SAM: Draft["recipients"][number] = {
  address: "sam.partner@firm.example",
  name: "Sam Partner",
  kind: "cc",
};

describe("a content read that straddles a recipients check (audit 47, finding 3)", () => {
  /**
   * The author types (read A sees the new text), then changes the recipients while read B, begun
   * with the old recipients, is still out; the recipients' check finishes first; then B answers
   * with the text A saw, so it looks like typing has paused.
   */
  async function straddle(adapter: SlowContentAdapter, recipients: Draft["recipients"]) {
    await screen.findByRole("tab", { name: "Warnings (0)" });
    adapter.holding = true;
    adapter.edit({ body: "Hello Megge,\n\nThe filing is done.\n\nBest regards" });
    await waitFor(() => expect(adapter.waiting).toBe(1), { timeout: CONTENT_POLL_MS * 4 });
    adapter.answer(); // read A: the new text, not yet checked
    await waitFor(() => expect(adapter.waiting).toBe(1), { timeout: CONTENT_POLL_MS * 4 });
    adapter.setRecipients(recipients); // read B is out: the recipients' event and its check
    for (const recipient of recipients)
      expect(await screen.findByRole("article", { name: recipient.name })).toBeInTheDocument();
    adapter.holding = false;
    adapter.answer(); // read B, built on the old recipients, answers last
    await pause(CONTENT_POLL_MS * 3);
  }

  it("keeps following the body with the new recipients", async () => {
    const adapter = new SlowContentAdapter(draftTo([MEGGE], "Hello,\n\nBest regards"));
    renderPane(adapter);
    await straddle(adapter, [MEGGE, DAN]);

    adapter.edit({ body: "Hi Meg,\n\nPepsi filed today.\n\nBest regards" });
    expect(
      await screen.findByRole("tab", { name: "Warnings (2)" }, { timeout: CONTENT_POLL_MS * 6 }),
    ).toBeInTheDocument();
    expect(screen.getByRole("status", { name: "Check result" })).toHaveTextContent(
      "2 warnings for Megge Anderson",
    );
    expect(screen.getByRole("article", { name: "Dan Whitaker" })).toBeInTheDocument();
  });

  it("does not bring the old recipients back when the clients looked up are the same", async () => {
    // A colleague added: no new lookup, so the stale read would be evaluated, not left aside.
    const adapter = new SlowContentAdapter(draftTo([MEGGE], "Hello,\n\nBest regards"));
    renderPane(adapter);
    await straddle(adapter, [MEGGE, SAM]);
    expect(screen.getByRole("article", { name: "Sam Partner" })).toBeInTheDocument();

    adapter.edit({ body: "Hi Meg,\n\nBest regards" });
    expect(
      await screen.findByRole("tab", { name: "Warnings (1)" }, { timeout: CONTENT_POLL_MS * 6 }),
    ).toBeInTheDocument();
    expect(screen.getByRole("article", { name: "Sam Partner" })).toBeInTheDocument();
  });
});

/**
 * Like OfficeItemAdapter on an invitation: a recipients event re-reads the attendees alone and
 * keeps the rest of the draft it is given; the test decides when that read answers.
 */
class SlowAttendeesAdapter extends FakeItemAdapter {
  private changeListeners = new Set<(change?: ItemChange) => void>();
  private held: (() => void)[] = [];

  override onChange(listener: (change?: ItemChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  readChanges(previous: Draft): Promise<Draft> {
    return new Promise((resolve) => {
      this.held.push(() => resolve({ ...previous, recipients: [...this.draft.recipients] }));
    });
  }

  get waiting(): number {
    return this.held.length;
  }

  answer(): void {
    this.held.shift()?.();
  }

  changeRecipients(recipients: Draft["recipients"]): void {
    this.draft = { ...this.draft, recipients };
    for (const listener of this.changeListeners) listener({ kind: "recipients" });
  }
}

describe("a recipients re-check built on a draft the watcher has replaced", () => {
  it("never evaluates new recipients with text older than what was already checked", async () => {
    const adapter = new SlowAttendeesAdapter(draftTo([MEGGE], "Hello"));
    const { evaluations } = renderPane(adapter);
    await screen.findByRole("tab", { name: "Warnings (0)" });

    adapter.changeRecipients([MEGGE, DAN]); // its attendees read is out...
    await waitFor(() => expect(adapter.waiting).toBe(1));
    adapter.edit({ body: "Hi Meg" }); // ...while the watcher checks what was typed
    await screen.findByRole("tab", { name: "Warnings (1)" }, { timeout: CONTENT_POLL_MS * 6 });

    adapter.answer(); // built on the draft before "Hi Meg": read again, whole
    expect(
      await screen.findByRole(
        "article",
        { name: "Dan Whitaker" },
        { timeout: CONTENT_POLL_MS * 4 },
      ),
    ).toBeInTheDocument();
    await pause(CONTENT_POLL_MS * 3);
    expect(screen.getByRole("tab", { name: "Warnings (1)" })).toBeInTheDocument();
    const stale = evaluations.filter(
      (d) => d.recipients.length === 2 && d.body.content === "Hello",
    );
    expect(stale).toEqual([]);
  });
});

/** A profile source whose lookups the test answers, in any order. */
class HeldLookupSource extends InMemoryProfileSource {
  holding = false;
  held: (() => void)[] = [];

  override lookup(addresses: readonly string[]): Promise<Map<string, ClientProfile | undefined>> {
    if (!this.holding) return super.lookup(addresses);
    return new Promise((resolve, reject) => {
      this.held.push(() => void super.lookup(addresses).then(resolve, reject));
    });
  }
}

describe("an overtaken check's lookup that answers last (review of round 47)", () => {
  it("leaves the watcher the newest recipients' profiles, so typing is still checked", async () => {
    const adapter = new FakeItemAdapter(draftTo([MEGGE], "Hello,\n\nBest regards"));
    const source = new HeldLookupSource();
    render(
      <RapportApp adapter={adapter} profiles={source} now={NOW} evaluateDraft={fakeEvaluate} />,
    );
    await screen.findByRole("tab", { name: "Warnings (0)" });
    source.holding = true;
    adapter.setRecipients([MEGGE, DAN]); // check X: its lookup is held
    await waitFor(() => expect(source.held.length).toBe(1));
    const stranger = { address: "pat@stranger.example", name: "Pat Stranger", kind: "cc" as const };
    adapter.setRecipients([MEGGE, DAN, stranger]); // check Y: its lookup is held too
    await waitFor(() => expect(source.held.length).toBe(2));
    source.holding = false;
    source.held[1]!(); // Y's lookup answers first
    expect(await screen.findByRole("article", { name: "Dan Whitaker" })).toBeInTheDocument();
    source.held[0]!(); // the overtaken X's answers last
    await pause(CONTENT_POLL_MS);

    adapter.edit({ body: "Hi Meg,\n\nPepsi filed today.\n\nBest regards" });
    expect(
      await screen.findByRole("tab", { name: "Warnings (2)" }, { timeout: CONTENT_POLL_MS * 8 }),
    ).toBeInTheDocument();
  });
});
