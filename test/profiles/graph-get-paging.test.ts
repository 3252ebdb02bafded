/**
 * get() (the pane, the editor, save's "is there an item yet?") reads every page of its filtered
 * query, as lookup() does: Graph may answer a filter with an empty page and an @odata.nextLink
 * (learn.microsoft.com/graph/paging: continue until no @odata.nextLink is returned; the Graph
 * docs' note on empty pages with a next link; msgraph-sdk-dotnet #2700). Audit 49a finding 6.
 */
import { emptyProfile } from "../../src/core/profile";
import { GraphStandIn } from "../helpers/graph-stand-in";
import { seedList, sourceFor } from "./graph-fixtures";

let standIn: GraphStandIn;
beforeEach(async () => {
  standIn = new GraphStandIn();
  await standIn.start();
  seedList(standIn);
});
afterEach(async () => {
  await standIn.stop();
});

const MEGGE = "megge.anderson@coca-cola.example";

/**
 * fetch to the stand-in that answers the first page of every filtered item query, alone or in a
 * $batch, with no items and a next link to the real first page ($skiptoken=0).
 */
function emptyFirstPages(): typeof fetch {
  const firstPage = (url: string) =>
    url.includes("/items?") && url.includes("filter") && !url.includes("skiptoken");
  const emptyPage = (url: string) => ({
    value: [],
    "@odata.nextLink": `${url.startsWith("http") ? "" : standIn.baseUrl}${url}&$skiptoken=0`,
  });
  return async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? "GET";
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    if (method === "GET" && firstPage(url)) return json(emptyPage(url));
    if (method === "POST" && url.endsWith("/$batch")) {
      const sent = JSON.parse(String(init?.body)) as {
        requests: Array<{ id: string; url: string }>;
      };
      const answer = await fetch(url, init);
      const body = (await answer.json()) as {
        responses: Array<{ id: string; status: number; body?: unknown }>;
      };
      for (const response of body.responses) {
        const request = sent.requests.find((r) => r.id === response.id);
        if (request && response.status === 200 && firstPage(request.url)) {
          response.body = emptyPage(request.url);
        }
      }
      return json(body);
    }
    return fetch(input, init);
  };
}

it("get() finds a profile behind an empty first page, as lookup() does", async () => {
  const source = sourceFor(standIn, { fetch: emptyFirstPages() });
  expect((await source.lookup([MEGGE])).get(MEGGE)?.preferredName).toBe("Megge");
  const stored = await source.get(MEGGE);
  expect(stored?.profile.preferredName).toBe("Megge");
  expect(stored?.origin?.itemId).toBeDefined();
});

it("a save of a 'new' profile for a client who has one is a conflict, not a second item", async () => {
  const source = sourceFor(standIn, { fetch: emptyFirstPages() });
  const error = await source
    .save({ ...emptyProfile(MEGGE), preferredName: "Meg" })
    .then(() => undefined)
    .catch((e: Error) => e);
  const list = [...standIn.lists.values()][0]!;
  const items = list.items.filter(
    (i) => String((i.fields as Record<string, unknown>).MatchKey).toLowerCase() === MEGGE,
  );
  const creates = standIn.topLevel.filter(
    (r) => r.method === "POST" && /\/items$/.test(r.path.split("?")[0]!),
  );
  expect(creates).toHaveLength(0); // no create was attempted
  expect(items).toHaveLength(1);
  expect(items[0]!.fields.PreferredName).toBe("Megge");
  expect(error?.name).toBe("ProfileConflictError");
});
