/**
 * The advice each surface gives for each failure, from real errors: the Graph source talking to
 * the stand-in answering 401, 403 (tenant-wide permissions and Sites.Selected), 404 for a missing
 * list and for a missing site.
 */
import { adviceFor, type Surface } from "../../src/profiles/advice";
import { ProfileSourceError } from "../../src/profiles/source";
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

type Case = "401" | "403" | "403 sitesSelected" | "404 list" | "404 site";

async function failure(which: Case): Promise<ProfileSourceError> {
  const items = (_m: string, p: string) => p.includes("/items");
  let source = sourceFor(standIn);
  if (which === "401") source = sourceFor(standIn, { getToken: async () => "eyJ-expired" });
  if (which.startsWith("403")) {
    standIn.faults.push({ status: 403, where: "batch", times: Infinity, match: items });
    if (which === "403 sitesSelected") source = sourceFor(standIn, { sitesSelected: true });
  }
  if (which === "404 list") source = sourceFor(standIn, { list: "Nope" });
  if (which === "404 site") source = sourceFor(standIn, { sitePath: "/sites/nowhere" });
  try {
    await source.lookup(["dan@whitakerbuilding.example"]);
  } catch (error) {
    if (error instanceof ProfileSourceError) return error;
    throw error;
  }
  throw new Error("expected a failure");
}

const EXPECTED: Record<Case, Record<Surface, RegExp>> = {
  "401": {
    cli: /--client-id .* device code, or put a fresh Graph token in RAPPORT_GRAPH_TOKEN/,
    taskpane: /sign-in has expired\. Sign in again/,
    launchevent: /sign-in has expired; sign in again from the Client profile pane/,
  },
  "403": {
    cli: /account that has access to the site, or ask an admin to consent/,
    taskpane: /Your account may not read the client profile list\. Ask your administrator/,
    launchevent: /your account has no access to the client profile list/,
  },
  "403 sitesSelected": {
    cli: /grants the app read access to this site \(POST \/sites\/\{site-id\}\/permissions\)/,
    taskpane: /Rapport has not been given access to the client profile site/,
    launchevent: /Rapport has no access to the client profile site/,
  },
  "404 list": {
    cli: /--list, or create the list with "rapport provision"/,
    taskpane: /client profile list was not found/,
    launchevent: /client profile list was not found/,
  },
  "404 site": {
    cli: /site address given with --site/,
    taskpane: /client profile site was not found/,
    launchevent: /client profile site was not found/,
  },
};

describe.each(Object.keys(EXPECTED) as Case[])("Graph answers %s", (which) => {
  it.each(["cli", "taskpane", "launchevent"] as Surface[])(
    "%s gives its own advice",
    async (surface) => {
      const error = await failure(which);
      expect(adviceFor(error, surface)).toMatch(EXPECTED[which][surface]);
    },
  );

  it("no surface tells a command-line admin to use the task pane, or a lawyer to use a flag", async () => {
    const error = await failure(which);
    expect(adviceFor(error, "cli")).not.toMatch(/task pane|Client profile pane/);
    expect(`${adviceFor(error, "taskpane")} ${adviceFor(error, "launchevent")}`).not.toMatch(
      /--|RAPPORT_/,
    );
    expect(error.message).not.toMatch(/task pane|--[a-z]/);
  });
});

describe("the CLI's advice for a Graph failure that is not the network's (audit 48a, 9)", () => {
  it("an HTTP 500 is an answer: try again, not 'check the network connection'", () => {
    const answered = new ProfileSourceError("network", "Microsoft Graph answered HTTP 500", {
      status: 500,
    });
    expect(adviceFor(answered, "cli")).toBe(
      "The server answered with an error (Microsoft Graph, or a proxy on the way): try again later.",
    );
    const unreachable = new ProfileSourceError("network", "Microsoft Graph could not be reached");
    expect(adviceFor(unreachable, "cli")).toMatch(/Check the network connection/);
  });
});
