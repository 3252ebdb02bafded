/** @jest-environment jsdom */
/**
 * Audit 50s, 6: unsaved profile edits survive the pane closing. Office gives a pane no close
 * event; closing it (X, selecting another message in an unpinned pane, Outlook reloading it)
 * ends the page, which the tests stand in for by unmounting the pane and mounting a new one over
 * the same browser storage.
 */
import "./dom-setup";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RapportApp } from "../../src/taskpane/App";
import {
  DRAFT_TTL_MS,
  MAX_DRAFTS,
  ProfileDrafts,
  type DraftStorage,
} from "../../src/taskpane/profile-drafts";
import { draftTo, fakeEvaluate, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

/** 11:00 on the day; drafts are written at 10:42 unless a test moves the clock. */
const NOW = new Date(2026, 10, 23, 11, 0);
const AT_10_42 = new Date(2026, 10, 23, 10, 42).getTime();
const ALEX = "alex.counsel@firm.example";
const SAM = "sam.partner@firm.example";
const TENANT = "tenant-1";
const NOTE = "Agreed 3 Dec: no calls before 10am.";

/** localStorage as the pane's browser keeps it, shared by every pane on the machine. */
class FakeStorage implements DraftStorage {
  readonly values = new Map<string, string>();
  get length() {
    return this.values.size;
  }
  key(index: number) {
    return [...this.values.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
  removeItem(key: string) {
    this.values.delete(key);
  }
}

/** Storage that refuses everything (blocked, or full). */
class ThrowingStorage implements DraftStorage {
  calls = 0;
  get length(): number {
    this.calls++;
    throw new Error("SecurityError");
  }
  key(): string | null {
    this.calls++;
    throw new Error("SecurityError");
  }
  getItem(): string | null {
    this.calls++;
    throw new Error("SecurityError");
  }
  setItem(): void {
    this.calls++;
    throw new DOMException("full", "QuotaExceededError");
  }
  removeItem(): void {
    this.calls++;
    throw new Error("SecurityError");
  }
}

function draftsFor(storage: DraftStorage, account = ALEX, clock = () => AT_10_42) {
  return new ProfileDrafts({ tenant: TENANT, account: () => account }, storage, clock);
}

function openPane(source: InMemoryProfileSource, drafts: ProfileDrafts) {
  return render(
    <RapportApp
      adapter={new FakeItemAdapter(draftTo([MEGGE]), "read")}
      profiles={source}
      now={NOW}
      evaluateDraft={fakeEvaluate}
      drafts={drafts}
    />,
  );
}

async function openMeggeEditor(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Edit profile for Megge Anderson" }));
  return screen.findByRole("form", { name: "Edit profile: Megge Anderson" });
}

const keyOf = (account: string) => `rapport.profileDrafts.v1:${TENANT}:${account}`;

/** Types a note in Megge's profile, waits until it is kept, and closes the pane. */
async function typeAndClose(source: InMemoryProfileSource, storage: FakeStorage) {
  const user = userEvent.setup({ delay: null });
  const pane = openPane(source, draftsFor(storage));
  const form = await openMeggeEditor(user);
  const notes = within(form).getByRole("textbox", { name: "Notes" });
  await user.clear(notes);
  await user.paste(NOTE);
  await waitFor(() => expect(storage.getItem(keyOf(ALEX))).toContain("no calls before 10am"));
  pane.unmount();
  return user;
}

const lastAction = () => screen.getByRole("status", { name: "Last action" });

describe("unsaved profile edits when the pane closes (audit 50s, 6)", () => {
  it("are offered on the next open, restored into the editor, and Save stores them", async () => {
    const source = new InMemoryProfileSource();
    const storage = new FakeStorage();
    const user = await typeAndClose(source, storage);
    expect(source.saved).toHaveLength(0);

    openPane(source, draftsFor(storage));
    const offer = await screen.findByText(
      /^You have unsaved changes to Megge Anderson’s profile from 10:42/,
    );
    expect(offer).toBeInTheDocument();
    await waitFor(() =>
      expect(lastAction()).toHaveTextContent(
        /You have unsaved changes to Megge Anderson’s profile from 10:42/,
      ),
    );
    await user.click(
      screen.getByRole("button", { name: "Restore your changes to Megge Anderson’s profile" }),
    );
    const form = await screen.findByRole("form", { name: "Edit profile: Megge Anderson" });
    expect(await within(form).findByRole("textbox", { name: "Notes" })).toHaveValue(NOTE);
    await waitFor(() => expect(lastAction()).toHaveTextContent(/Restored your unsaved changes/));

    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(await screen.findByText(`Saved the profile for ${MEGGE.address}.`)).toBeInTheDocument();
    expect(source.stored.get(MEGGE.address)?.profile.notes).toBe(NOTE);
    // Saved: nothing is kept, and nothing is offered any more.
    expect(storage.getItem(keyOf(ALEX))).toBeNull();
    expect(screen.queryByText(/You have unsaved changes/)).not.toBeInTheDocument();
  });

  it("opening the profile from its card offers them in the editor; Discard removes them", async () => {
    const source = new InMemoryProfileSource();
    const storage = new FakeStorage();
    const user = await typeAndClose(source, storage);

    openPane(source, draftsFor(storage));
    const form = await openMeggeEditor(user);
    expect(
      await within(form).findByText(
        /^You have unsaved changes to Megge Anderson’s profile from 10:42/,
      ),
    ).toBeInTheDocument();
    // Offered, not applied unasked; no field to type in (nor Save) until it is answered: typing
    // then would be neither kept nor restored over (review of harm-50e, B1).
    expect(within(form).queryByRole("textbox", { name: "Notes" })).not.toBeInTheDocument();
    expect(within(form).queryByRole("button", { name: "Save profile" })).not.toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Discard" }));
    expect(storage.getItem(keyOf(ALEX))).toBeNull();
    expect(within(form).queryByText(/You have unsaved changes/)).not.toBeInTheDocument();
    expect(within(form).getByRole("textbox", { name: "Notes" })).not.toHaveValue(NOTE);
    await waitFor(() => expect(lastAction()).toHaveTextContent(/Discarded your unsaved changes/));
  });

  it("the pane's Discard removes them without opening the editor", async () => {
    const source = new InMemoryProfileSource();
    const storage = new FakeStorage();
    const user = await typeAndClose(source, storage);
    openPane(source, draftsFor(storage));
    await user.click(
      await screen.findByRole("button", {
        name: "Discard your changes to Megge Anderson’s profile",
      }),
    );
    expect(storage.getItem(keyOf(ALEX))).toBeNull();
    // The bar is gone (the live region may still be saying the earlier announcement).
    expect(
      screen.queryByRole("button", { name: /your changes to Megge Anderson’s profile/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
  });

  it("Cancel → Discard changes removes what was kept", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    const storage = new FakeStorage();
    openPane(source, draftsFor(storage));
    const form = await openMeggeEditor(user);
    await user.type(within(form).getByRole("textbox", { name: "Notes" }), " Extra.");
    await waitFor(() => expect(storage.getItem(keyOf(ALEX))).toContain("Extra."));
    await user.click(within(form).getByRole("button", { name: "Cancel" }));
    await user.click(screen.getByRole("button", { name: "Discard changes" }));
    expect(storage.getItem(keyOf(ALEX))).toBeNull();
  });

  it("the page being hidden writes at once, without waiting for typing to pause", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    const storage = new FakeStorage();
    openPane(source, draftsFor(storage));
    const form = await openMeggeEditor(user);
    await user.type(within(form).getByRole("textbox", { name: "Notes" }), "X");
    act(() => {
      window.dispatchEvent(new Event("pagehide"));
    });
    expect(storage.getItem(keyOf(ALEX))).toContain('"to":');
  });

  it("another mailbox on the same machine is not offered them", async () => {
    const source = new InMemoryProfileSource();
    const storage = new FakeStorage();
    const user = await typeAndClose(source, storage);

    openPane(source, draftsFor(storage, SAM));
    const form = await openMeggeEditor(user);
    expect(within(form).getByRole("textbox", { name: "Notes" })).not.toHaveValue(NOTE);
    expect(screen.queryByText(/You have unsaved changes/)).not.toBeInTheDocument();
    expect(draftsFor(storage, SAM).list()).toEqual([]);
    // And no mailbox known: nothing kept, nothing offered.
    expect(draftsFor(storage, "").list()).toEqual([]);
    expect(draftsFor(storage, ALEX).list()).toHaveLength(1);
  });

  it("are gone after a day, for every mailbox", async () => {
    const source = new InMemoryProfileSource();
    const storage = new FakeStorage();
    await typeAndClose(source, storage);
    // Sam's pane opens a day and a minute later: Alex's expired draft is removed as well.
    const later = () => AT_10_42 + DRAFT_TTL_MS + 60_000;
    openPane(source, draftsFor(storage, SAM, later));
    await screen.findByRole("button", { name: "Edit profile for Megge Anderson" });
    expect(storage.getItem(keyOf(ALEX))).toBeNull();
    expect(draftsFor(storage, ALEX, later).list()).toEqual([]);
    expect(screen.queryByText(/You have unsaved changes/)).not.toBeInTheDocument();
  });

  it("restoring over a profile a colleague changed since keeps the lawyer's changes over theirs, unsaved", async () => {
    const source = new InMemoryProfileSource();
    const storage = new FakeStorage();
    const user = await typeAndClose(source, storage);
    const stored = source.stored.get(MEGGE.address)!;
    source.put({ ...stored.profile, notes: "Colleague's note.", statusUpdates: "weekly" });

    openPane(source, draftsFor(storage));
    await user.click(
      await screen.findByRole("button", {
        name: "Restore your changes to Megge Anderson’s profile",
      }),
    );
    const form = await screen.findByRole("form", { name: "Edit profile: Megge Anderson" });
    expect(
      await within(form).findByText(
        /Someone else saved this profile after your unsaved changes from 10:42/,
      ),
    ).toBeInTheDocument();
    expect(within(form).getByText(/Your changes are kept over their version/)).toBeInTheDocument();
    expect(within(form).getByText(/Notes: now “Colleague's note\.”/)).toBeInTheDocument();
    expect(within(form).getByRole("textbox", { name: "Notes" })).toHaveValue(NOTE);
    expect(within(form).getByRole("textbox", { name: "Status updates" })).toHaveValue("weekly");
    expect(source.saved).toHaveLength(0);

    // Saved against their version, with both changes.
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(await screen.findByText(`Saved the profile for ${MEGGE.address}.`)).toBeInTheDocument();
    expect(source.saved).toHaveLength(1);
    expect(source.stored.get(MEGGE.address)?.profile).toMatchObject({
      notes: NOTE,
      statusUpdates: "weekly",
    });
  });

  it("storage that throws is never a reason for an error: the editor types and saves", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    const storage = new ThrowingStorage();
    openPane(source, draftsFor(storage));
    const form = await openMeggeEditor(user);
    await user.type(within(form).getByRole("textbox", { name: "Notes" }), " More.");
    act(() => {
      window.dispatchEvent(new Event("pagehide"));
    });
    expect(storage.calls).toBeGreaterThan(0);
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(await screen.findByText(`Saved the profile for ${MEGGE.address}.`)).toBeInTheDocument();
    expect(screen.queryByText(/could not/i)).not.toBeInTheDocument();
  });

  it("names from storage are shown as text, never as markup", async () => {
    const storage = new FakeStorage();
    const drafts = draftsFor(storage);
    drafts.put({
      matchKey: "x@evil.example",
      mode: "edit",
      recipient: { address: "x@evil.example", displayName: '<img src=x onerror="alert(1)">' },
      changes: { notes: { from: "", to: "<b>bold</b>" } },
    });
    const { container } = openPane(new InMemoryProfileSource(), drafts);
    expect(
      await screen.findByText(/You have unsaved changes to <img src=x onerror="alert\(1\)">’s/),
    ).toBeInTheDocument();
    expect(container.querySelector("img")).toBeNull();
  });
});

describe("ProfileDrafts", () => {
  it("keeps at most MAX_DRAFTS per mailbox, the newest", () => {
    const storage = new FakeStorage();
    let now = AT_10_42;
    const drafts = draftsFor(storage, ALEX, () => now);
    for (let i = 0; i < MAX_DRAFTS + 2; i++) {
      now += 1000;
      drafts.put({
        matchKey: `p${i}@client.example`,
        mode: "edit",
        recipient: { address: `p${i}@client.example`, displayName: `P${i}` },
        changes: { notes: { from: "", to: `note ${i}` } },
      });
    }
    const kept = drafts.list().map((d) => d.matchKey);
    expect(kept).toHaveLength(MAX_DRAFTS);
    expect(kept[0]).toBe(`p${MAX_DRAFTS + 1}@client.example`);
    expect(kept).not.toContain("p0@client.example");
  });

  it("a damaged or foreign value is no draft, and unknown fields are dropped", () => {
    const storage = new FakeStorage();
    storage.setItem(keyOf(ALEX), "{not json");
    expect(draftsFor(storage).list()).toEqual([]);
    storage.setItem(
      keyOf(ALEX),
      JSON.stringify([
        { matchKey: "a@b.example", mode: "edit", savedAt: AT_10_42, changes: {} },
        {
          matchKey: "c@d.example",
          mode: "edit",
          savedAt: AT_10_42,
          recipient: { address: "c@d.example", displayName: "C" },
          changes: { notes: { from: "", to: "n" }, sources: { from: "", to: "[]" }, x: 1 },
        },
      ]),
    );
    const list = draftsFor(storage).list();
    expect(list).toHaveLength(1);
    expect(Object.keys(list[0]!.changes)).toEqual(["notes"]);
  });

  it("a full storage is swallowed", () => {
    const storage = new FakeStorage();
    storage.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    const drafts = draftsFor(storage);
    expect(() =>
      drafts.put({
        matchKey: "a@b.example",
        mode: "edit",
        recipient: { address: "a@b.example", displayName: "A" },
        changes: { notes: { from: "", to: "n" } },
      }),
    ).not.toThrow();
    expect(drafts.list()).toEqual([]);
  });
});
