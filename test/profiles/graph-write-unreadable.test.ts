/**
 * Audit 47, finding 1: a save must not clear what Rapport could not read. Through the real
 * WritableGraphProfileSource (and listening's recordSuggestion) against the Graph stand-in, each
 * test asserts what SharePoint holds after the save, not only what was sent.
 */
import type { ClientMessage, Suggestion } from "../../src/core/listen";
import { recordSuggestion } from "../../src/taskpane/listening";
import { ProfileConflictError } from "../../src/profiles/source";
import { GraphStandIn, type StandInList } from "../helpers/graph-stand-in";
import { seedList, sourceFor } from "./graph-fixtures";

const MEGGE = "megge.anderson@coca-cola.example";
const GOOD = {
  field: "preferredName",
  value: "Megge",
  from: MEGGE,
  date: "2026-03-03",
  quote: "it's Megge",
};
// A hand edit in SharePoint's own form: one entry's date is not yyyy-mm-dd, so parseSources
// refuses the whole history and the item is read without its sources.
const SOURCES = JSON.stringify([GOOD, GOOD, { ...GOOD, date: "3 March 2026" }]);

let standIn: GraphStandIn;

beforeEach(async () => {
  standIn = new GraphStandIn();
  await standIn.start();
});

afterEach(async () => {
  await standIn.stop();
});

/** The sample list, with Megge's item holding a Sources history and an admin-added choice. */
function listWithUnreadable(): StandInList {
  const list = seedList(standIn);
  // An admin added "In person" to the choices in SharePoint; Rapport does not know it.
  list.columns.find((c) => c.name === "MeetingPlatform")!.choice!.choices.push("In person");
  standIn.touch(list, meggeItem(list).id, { Sources: SOURCES, MeetingPlatform: "In person" });
  return list;
}

function meggeItem(list: StandInList) {
  return list.items.find((i) => i.fields.MatchKey === MEGGE)!;
}

function patches() {
  return standIn.topLevel.filter((r) => r.method === "PATCH");
}

function patchBody(index = 0): Record<string, unknown> {
  const body = patches()[index]!.body;
  return (typeof body === "string" ? JSON.parse(body) : body) as Record<string, unknown>;
}

describe("saving a profile with fields Rapport could not read", () => {
  it("reads the item with Sources and MeetingPlatform listed as unreadable", async () => {
    listWithUnreadable();
    const stored = (await sourceFor(standIn).get(MEGGE))!;
    expect(stored.profile.sources).toBeUndefined();
    expect(stored.profile.meetingPlatform).toBeUndefined();
    expect(stored.profile.unreadable?.map((u) => u.field).sort()).toEqual([
      "meetingPlatform",
      "sources",
    ]);
  });

  it("an edit writes only the changed column and leaves the unreadable ones as they are", async () => {
    const list = listWithUnreadable();
    const source = sourceFor(standIn);
    const stored = (await source.get(MEGGE))!;

    const saved = await source.save({ ...stored.profile, preferredName: "Meggie" }, stored.origin);

    expect(Object.keys(patchBody())).toEqual(["PreferredName"]);
    const fields = meggeItem(list).fields;
    expect(fields.PreferredName).toBe("Meggie");
    expect(fields.Sources).toBe(SOURCES);
    expect(fields.MeetingPlatform).toBe("In person");
    expect(fields.FullName).toBe("Megge Anderson");
    // What the save hands back still says which fields are unreadable, for the next save.
    expect(saved.profile.unreadable?.map((u) => u.field).sort()).toEqual([
      "meetingPlatform",
      "sources",
    ]);
    expect(saved.origin?.etag).not.toBe(stored.origin?.etag);
  });

  it("'Confirmed with the client today' writes LastConfirmed alone", async () => {
    const list = listWithUnreadable();
    const source = sourceFor(standIn);
    const stored = (await source.get(MEGGE))!;

    await source.save({ ...stored.profile, lastConfirmed: "2026-12-07" }, stored.origin);

    expect(Object.keys(patchBody())).toEqual(["LastConfirmed"]);
    expect(meggeItem(list).fields.Sources).toBe(SOURCES);
    expect(meggeItem(list).fields.MeetingPlatform).toBe("In person");
  });

  it("never writes an unreadable column, even when the saved profile sets it, and says so", async () => {
    const list = listWithUnreadable();
    const source = sourceFor(standIn);
    const stored = (await source.get(MEGGE))!;

    const saved = await source.save(
      { ...stored.profile, meetingPlatform: "teams", competitors: ["Pepsi"] },
      stored.origin,
    );

    expect(Object.keys(patchBody())).toEqual(["Competitors"]);
    expect(meggeItem(list).fields.MeetingPlatform).toBe("In person");
    expect(saved.withheld).toEqual(["meetingPlatform"]);
    expect(saved.profile.meetingPlatform).toBeUndefined();
  });

  it("an unchanged save sends nothing", async () => {
    const list = listWithUnreadable();
    const source = sourceFor(standIn);
    const stored = (await source.get(MEGGE))!;
    const version = meggeItem(list).version;

    const saved = await source.save(stored.profile, stored.origin);

    expect(patches()).toHaveLength(0);
    expect(meggeItem(list).version).toBe(version);
    expect(saved.origin?.etag).toBe(stored.origin?.etag);
  });

  it("without the profile as loaded, reads the item and still writes only the change", async () => {
    const list = listWithUnreadable();
    const source = sourceFor(standIn);
    const stored = (await source.get(MEGGE))!;
    const origin = { itemId: stored.origin!.itemId!, etag: stored.origin!.etag! };

    await source.save({ ...stored.profile, preferredName: "Meggie" }, origin);

    expect(Object.keys(patchBody())).toEqual(["PreferredName"]);
    expect(meggeItem(list).fields.Sources).toBe(SOURCES);
    expect(meggeItem(list).fields.MeetingPlatform).toBe("In person");
  });

  it("a conflict (412) reloads, and re-applying sends only the lawyer's own change", async () => {
    const list = listWithUnreadable();
    const source = sourceFor(standIn);
    const stored = (await source.get(MEGGE))!;
    // A colleague changes the notes meanwhile.
    standIn.touch(list, meggeItem(list).id, { Notes: "Prefers mornings." });

    const edited = { ...stored.profile, preferredName: "Meggie" };
    const error = await source.save(edited, stored.origin).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProfileConflictError);
    const current = (error as ProfileConflictError).current!;
    expect(current.profile.notes).toBe("Prefers mornings.");

    // "Re-apply my changes": the lawyer's changed field over their version, with its eTag.
    await source.save({ ...current.profile, preferredName: "Meggie" }, current.origin);

    expect(Object.keys(patchBody(patches().length - 1))).toEqual(["PreferredName"]);
    const fields = meggeItem(list).fields;
    expect(fields.Notes).toBe("Prefers mornings.");
    expect(fields.PreferredName).toBe("Meggie");
    expect(fields.Sources).toBe(SOURCES);
    expect(fields.MeetingPlatform).toBe("In person");
  });

  it("a save without the loaded profile refuses when the item changed since its eTag", async () => {
    const list = listWithUnreadable();
    const source = sourceFor(standIn);
    const stored = (await source.get(MEGGE))!;
    standIn.touch(list, meggeItem(list).id, { Notes: "Prefers mornings." });
    const origin = { itemId: stored.origin!.itemId!, etag: stored.origin!.etag! };

    const error = await source
      .save({ ...stored.profile, preferredName: "Meggie" }, origin)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProfileConflictError);
    expect(patches()).toHaveLength(0);
    expect(meggeItem(list).fields.PreferredName).toBe("Megge");
  });
});

describe("recordSuggestion on a profile with an unreadable Sources history", () => {
  const message: ClientMessage = {
    from: { address: MEGGE, name: "Megge Anderson" },
    date: "2026-11-20T09:30:00.000Z",
    subject: "Re: Board pack",
    body: { format: "text", content: "And I'm not a sports fan, I'm afraid." },
  };
  const sports: Suggestion = {
    profile: MEGGE,
    field: "avoidTopics",
    op: "add",
    value: "sports",
    quote: "I'm not a sports fan",
    start: 4,
    end: 24,
    alreadyKnown: false,
  };

  it("'Add to profile' adds the value and leaves Sources and MeetingPlatform as they are", async () => {
    const list = listWithUnreadable();
    const source = sourceFor(standIn);
    const stored = await source.get(MEGGE);

    const outcome = await recordSuggestion(source, stored, sports, message, MEGGE);

    expect(outcome.ok).toBe(true);
    expect(Object.keys(patchBody())).toEqual(["AvoidTopics"]);
    const fields = meggeItem(list).fields;
    expect(fields.AvoidTopics).toBe("sports");
    expect(fields.Sources).toBe(SOURCES);
    expect(fields.MeetingPlatform).toBe("In person");
    if (outcome.ok) expect(outcome.stored.withheld).toEqual(["sources"]);
  });

  it("'Still true' moves LastConfirmed and leaves Sources as they are", async () => {
    const list = listWithUnreadable();
    const source = sourceFor(standIn);
    const stored = await source.get(MEGGE);
    const stillTrue: Suggestion = {
      ...sports,
      field: "preferredName",
      op: "set",
      value: "Megge",
      quote: "it's Megge",
      alreadyKnown: true,
    };

    const outcome = await recordSuggestion(source, stored, stillTrue, message, MEGGE);

    expect(outcome.ok).toBe(true);
    expect(Object.keys(patchBody())).toEqual(["LastConfirmed"]);
    expect((await source.get(MEGGE))?.profile.lastConfirmed).toBe("2026-11-20");
    expect(meggeItem(list).fields.Sources).toBe(SOURCES);
  });

  it("refuses a suggestion for a field that could not be read, writing nothing", async () => {
    const list = listWithUnreadable();
    const source = sourceFor(standIn);
    const stored = await source.get(MEGGE);
    const teams: Suggestion = { ...sports, field: "meetingPlatform", op: "set", value: "teams" };

    const outcome = await recordSuggestion(source, stored, teams, message, MEGGE);

    expect(outcome).toMatchObject({ ok: false, conflict: false });
    if (!outcome.ok) expect(outcome.reason).toMatch(/Meeting platform could not be read/);
    expect(patches()).toHaveLength(0);
    expect(meggeItem(list).fields.MeetingPlatform).toBe("In person");
  });
});
