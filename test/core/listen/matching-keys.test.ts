/**
 * Listening files a heard wish under the stored profile that covers the writer, by the rule
 * lookups match with (harm audit 49b): "megge+deal@" is Megge's own profile when there is no
 * profile for the tagged address, and a writer at a sub-domain speaks for the nearest stored
 * organisation profile. With no such profile, the keys are the address and its @domain, as before.
 */
import { listen } from "../../../src/core/listen";
import { parseProfile, type ClientProfile } from "../../../src/core/profile";

const profile = (raw: Record<string, unknown>): ClientProfile => parseProfile(raw, "test").profile;
const MEGGE = profile({ matchKey: "megge.anderson@coca-cola.example", preferredName: "Megge" });
const COKE = profile({ matchKey: "@coca-cola.example", clientName: "The Coca-Cola Company" });
const COKE_UK = profile({ matchKey: "@uk.coca-cola.example", clientName: "Coca-Cola UK" });

const BODY =
  "Jo,\nI'd rather you didn't phone me. We're a Teams shop, so please send Teams invites.\nMegge";

function heard(from: string, profiles: ClientProfile[]) {
  return listen(
    {
      from: { address: from, name: "Megge Anderson" },
      subject: "Re: Bottling agreement",
      body: { format: "text", content: BODY },
    },
    profiles,
  ).map((s) => `${s.field}=${s.value} -> ${s.profile}`);
}

describe("listening's keys follow matching", () => {
  it.each([
    [
      "a +tag: the person's own profile (was: the tagged address)",
      "megge.anderson+deal@coca-cola.example",
      [MEGGE, COKE],
      [
        "avoidChannels=phone -> megge.anderson@coca-cola.example",
        "meetingPlatform=teams -> @coca-cola.example",
      ],
    ],
    [
      "a +tag with a profile of its own: that one (the exact address wins)",
      "megge.anderson+deal@coca-cola.example",
      [MEGGE, COKE, profile({ matchKey: "megge.anderson+deal@coca-cola.example" })],
      [
        "avoidChannels=phone -> megge.anderson+deal@coca-cola.example",
        "meetingPlatform=teams -> @coca-cola.example",
      ],
    ],
    [
      "a sub-domain: the parent organisation's profile (was: @uk.coca-cola.example)",
      "megge.anderson@uk.coca-cola.example",
      [COKE],
      [
        "avoidChannels=phone -> megge.anderson@uk.coca-cola.example",
        "meetingPlatform=teams -> @coca-cola.example",
      ],
    ],
    [
      "a sub-domain with its own profile: the nearer one",
      "megge.anderson@uk.coca-cola.example",
      [COKE, COKE_UK],
      [
        "avoidChannels=phone -> megge.anderson@uk.coca-cola.example",
        "meetingPlatform=teams -> @uk.coca-cola.example",
      ],
    ],
    [
      "nothing on file: the address and its own @domain, as before",
      "megge.anderson+deal@uk.coca-cola.example",
      [],
      [
        "avoidChannels=phone -> megge.anderson+deal@uk.coca-cola.example",
        "meetingPlatform=teams -> @uk.coca-cola.example",
      ],
    ],
    [
      "a domain that only ends like the client's is not the client",
      "megge@notcoca-cola.example",
      [COKE],
      [
        "avoidChannels=phone -> megge@notcoca-cola.example",
        "meetingPlatform=teams -> @notcoca-cola.example",
      ],
    ],
    [
      "a Unicode domain: under the key written in Unicode",
      "jan@xn--mller-kva.example",
      () => [profile({ matchKey: "@müller.example" })],
      [
        "avoidChannels=phone -> jan@xn--mller-kva.example",
        "meetingPlatform=teams -> @xn--mller-kva.example",
      ],
    ],
  ])("%s", (_what, from, profiles, expected) => {
    const onFile = typeof profiles === "function" ? profiles() : profiles;
    expect(heard(from, onFile)).toEqual(expected);
  });
});
