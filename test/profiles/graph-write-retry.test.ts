/**
 * Audit 47, finding 5: a write is not sent again after a 504 or no answer (it may have been
 * applied, and a retry with the old If-Match would blame the lawyer's own change on someone else);
 * it is read back instead. Two "Add to profile" clicks for one profile are saved one after the
 * other, the second with the eTag the first returned. Real source, Graph stand-in.
 */
import type { ClientMessage, Suggestion } from "../../src/core/listen";
import { SuggestionRecorder, storedProfilesFor } from "../../src/taskpane/listening";
import { ProfileConflictError, ProfileSourceError } from "../../src/profiles/source";
import { GraphStandIn, type StandInList } from "../helpers/graph-stand-in";
import { sampleProfiles, seedList, sourceFor } from "./graph-fixtures";

const MEGGE = "megge.anderson@coca-cola.example";
let standIn: GraphStandIn;

beforeEach(async () => {
  standIn = new GraphStandIn();
  await standIn.start();
});

afterEach(async () => {
  await standIn.stop();
});

const isPatch = (method: string, path: string) => method === "PATCH" && path.includes("/items/");
const patches = () => standIn.topLevel.filter((r) => r.method === "PATCH");
const itemOf = (list: StandInList, key: string) =>
  list.items.find((i) => i.fields.MatchKey === key)!;

describe("a write answered 504 is read back, never sent again", () => {
  it("applied before the 504: the save resolves with the stored version, one PATCH", async () => {
    const list = seedList(standIn);
    const source = sourceFor(standIn);
    const stored = (await source.get("@ups.example"))!;
    standIn.faults.push({ status: 504, where: "top", match: isPatch, applyFirst: true });

    const saved = await source.save(
      { ...stored.profile, competitors: ["FedEx", "DHL", "Amazon"] },
      stored.origin,
    );

    expect(patches()).toHaveLength(1);
    expect(itemOf(list, "@ups.example").fields.Competitors).toBe("FedEx\nDHL\nAmazon");
    expect(saved.profile.competitors).toEqual(["FedEx", "DHL", "Amazon"]);
    expect(saved.origin?.etag).not.toBe(stored.origin?.etag);
  });

  it("not applied: says nothing was saved, not that someone else changed it", async () => {
    const list = seedList(standIn);
    const source = sourceFor(standIn);
    const stored = (await source.get("@ups.example"))!;
    standIn.faults.push({ status: 504, where: "top", match: isPatch });

    const error = await source
      .save({ ...stored.profile, competitors: ["FedEx"] }, stored.origin)
      .catch((e: unknown) => e);

    expect(patches()).toHaveLength(1);
    expect(error).toBeInstanceOf(ProfileSourceError);
    expect(error).not.toBeInstanceOf(ProfileConflictError);
    // Not "unchanged, save again": the gateway may still apply it after the read-back.
    expect((error as Error).message).toMatch(
      /As far as Rapport can see, the profile for @ups\.example was not saved \(SharePoint may still apply it late\); reload it before saving again: the reload shows what SharePoint holds\.$/,
    );
    expect((error as Error).message).not.toMatch(/save again\.$|unchanged/);
    expect(itemOf(list, "@ups.example").fields.Competitors).toBe("FedEx\nDHL");
  });

  it("an item gone when read back is reported not found, never as someone else's change", async () => {
    const list = seedList(standIn);
    const source = sourceFor(standIn);
    const stored = (await source.get("@ups.example"))!;
    standIn.faults.push({
      status: 504,
      where: "top",
      // An admin deletes the item while the PATCH is on its way; the gateway answers 504.
      match: (method, path) => {
        if (!isPatch(method, path)) return false;
        list.items.splice(list.items.indexOf(itemOf(list, "@ups.example")), 1);
        return true;
      },
    });

    const error = await source
      .save({ ...stored.profile, competitors: ["FedEx"] }, stored.origin)
      .catch((e: unknown) => e);

    expect(patches()).toHaveLength(1);
    expect(error).toBeInstanceOf(ProfileSourceError);
    expect(error).not.toBeInstanceOf(ProfileConflictError);
    expect((error as Error).message).toMatch(
      /The profile for @ups\.example could not be found \(deleted meanwhile\?\), so nothing was saved\.$/,
    );
    expect((error as Error).message).not.toMatch(/Someone else changed/);
  });

  it("a create answered 504 after it was made resolves with the new item, one POST", async () => {
    const list = seedList(standIn);
    const source = sourceFor(standIn);
    standIn.faults.push({
      status: 504,
      where: "top",
      match: (method, path) => method === "POST" && path.endsWith("/items"),
      applyFirst: true,
    });

    const created = await source.save({ ...sampleProfiles()[3]!, matchKey: "@dhl.example" });

    // One create; the reads before and after it are $batch POSTs (get() reads as lookup() does).
    const creates = standIn.topLevel.filter((r) => r.method === "POST" && r.path !== "/$batch");
    expect(creates).toHaveLength(1);
    expect(list.items.filter((i) => i.fields.MatchKey === "@dhl.example")).toHaveLength(1);
    expect(created.profile.matchKey).toBe("@dhl.example");
  });

  it("429 and 503 with Retry-After are refused before processing: still retried", async () => {
    const list = seedList(standIn);
    const source = sourceFor(standIn);
    const stored = (await source.get("@ups.example"))!;
    standIn.faults.push({ status: 429, retryAfter: 0, where: "top", match: isPatch });
    standIn.faults.push({ status: 503, retryAfter: 0, where: "top", match: isPatch });

    await source.save({ ...stored.profile, competitors: ["FedEx"] }, stored.origin);

    expect(patches()).toHaveLength(3);
    expect(itemOf(list, "@ups.example").fields.Competitors).toBe("FedEx");
  });

  it("reads are still retried after a 504", async () => {
    seedList(standIn);
    standIn.faults.push({ status: 504, where: "top" });
    const stored = await sourceFor(standIn).get("@ups.example");
    expect(stored?.profile.competitors).toEqual(["FedEx", "DHL"]);
  });
});

describe("two 'Add to profile' clicks for one profile", () => {
  const message: ClientMessage = {
    from: { address: MEGGE, name: "Megge Anderson" },
    date: "2026-11-20T09:30:00.000Z",
    subject: "Re: Board pack",
    body: { format: "text", content: "No sports, please. And no golf." },
  };
  const topic = (value: string): Suggestion => ({
    profile: MEGGE,
    field: "avoidTopics",
    op: "add",
    value,
    quote: `no ${value}`,
    start: 0,
    end: 9,
    alreadyKnown: false,
  });

  it("are saved one after the other, the second with the first's returned eTag", async () => {
    const list = seedList(standIn);
    const source = sourceFor(standIn);
    const recorder = new SuggestionRecorder(source, await storedProfilesFor(source, MEGGE));

    const first = recorder.record(topic("sports"), message);
    const second = recorder.record(topic("golf"), message);
    const [a, b] = await Promise.all([first.outcome, second.outcome]);

    expect(a.ok && b.ok).toBe(true);
    const [p1, p2] = patches();
    expect(p2!.headers["if-match"]).toBe(a.ok ? a.stored.origin?.etag : "");
    expect(p1!.headers["if-match"]).not.toBe(p2!.headers["if-match"]);
    expect(itemOf(list, MEGGE).fields.AvoidTopics).toBe("sports\ngolf");
    expect(JSON.parse(String(itemOf(list, MEGGE).fields.Sources))).toHaveLength(2);
  });
});
