/** Shared set-up for tests against the Graph stand-in: a provisioned list with the sample clients. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseProfiles, type ClientProfile } from "../../src/core/profile";
import type { GraphProfileSourceOptions } from "../../src/profiles/graph-source";
import { WritableGraphProfileSource } from "../../src/profiles/graph-write";
import { profileColumnDefinitions, profileToNewItemFields } from "../../src/profiles/list-mapping";
import { GraphStandIn, type StandInList } from "../helpers/graph-stand-in";

export const LIST_NAME = "Client Profiles";

export function sampleProfiles(): ClientProfile[] {
  const raw = JSON.parse(
    readFileSync(join(__dirname, "..", "..", "assets", "sample-profiles.json"), "utf8"),
  ) as unknown;
  const { profiles, errors } = parseProfiles(raw);
  if (errors.length > 0) throw new Error(`sample profiles invalid: ${JSON.stringify(errors)}`);
  return profiles;
}

/** A list shaped like "rapport provision" makes it, holding the given profiles. */
export function seedList(
  standIn: GraphStandIn,
  profiles: readonly ClientProfile[] = sampleProfiles(),
  name = LIST_NAME,
): StandInList {
  const list = standIn.createList(name, profileColumnDefinitions());
  for (const profile of profiles) standIn.addItem(list, profileToNewItemFields(profile));
  return list;
}

export function sourceFor(
  standIn: GraphStandIn,
  extra: Partial<GraphProfileSourceOptions> = {},
): WritableGraphProfileSource {
  return new WritableGraphProfileSource(sourceOptionsFor(standIn, extra));
}

export function sourceOptionsFor(
  standIn: GraphStandIn,
  extra: Partial<GraphProfileSourceOptions> = {},
): GraphProfileSourceOptions {
  return {
    siteHostname: standIn.hostname,
    sitePath: standIn.sitePath,
    list: LIST_NAME,
    graphBaseUrl: standIn.baseUrl,
    getToken: async () => standIn.token,
    defaultRetryMs: 10,
    ...extra,
  };
}
