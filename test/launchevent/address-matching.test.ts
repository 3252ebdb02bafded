/**
 * Harm audit 49b, findings 4 and 7, through the real send path (createOutlookDeps →
 * readComposeDraft → handleMessageSend → the engine) with the sample profiles: a client at a
 * sub-domain, a +tagged address and an internationalised domain get their profiles; an unrelated
 * domain that ends the same way and a public suffix do not. Before, the first three sent
 * "Hi Meg, our Pepsi research" with nothing but "nobody has asked this client".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ClientProfile } from "../../src/core/profile";
import { handleMessageSend } from "../../src/launchevent/on-message-send";
import { createOutlookDeps } from "../../src/launchevent/wiring";
import { StaticPolicySource } from "../../src/office/policy-source";
import { MemoryStore } from "../../src/office/storage";
import { FileProfileSource } from "../../src/profiles/file-profile-source";
import { parseProfileJsonFile } from "../../src/profiles/profile-json";
import {
  createFakeComposeItem,
  createFakeEvent,
  createFakeMailbox,
  createFakeOffice,
  flushMicrotasks,
} from "../helpers/fake-office";

type Options = Office.SmartAlertsEventCompletedOptions;

const samples: ClientProfile[] = parseProfileJsonFile(
  readFileSync(join(__dirname, "../../assets/sample-profiles.json"), "utf8"),
).profiles;

const extra: ClientProfile[] = parseProfileJsonFile(
  JSON.stringify([
    { matchKey: "@müller.example", clientName: "Müller AG", competitors: ["Schmidt"] },
    { matchKey: "@xn--bcher-kva.example", clientName: "Bücher GmbH", competitors: ["Amazon"] },
    { matchKey: "@co.uk", clientName: "Every British company", competitors: ["Pepsi"] },
  ]),
).profiles;

const BODY = "<p>Hi Meg,</p><p>Our Pepsi research is attached. Schmidt and Amazon are next.</p>";

async function send(address: string, name = "Client") {
  const fake = createFakeComposeItem({
    subject: "Update",
    body: BODY,
    to: [{ emailAddress: address, displayName: name }],
    from: { emailAddress: "jo.miller@lawfirm.example", displayName: "Jo Miller" },
  });
  const office = createFakeOffice(createFakeMailbox(fake.item));
  const checked: string[] = [];
  const deps = createOutlookDeps(office, {
    store: new MemoryStore(),
    profiles: new FileProfileSource([...samples, ...extra]),
    policy: new StaticPolicySource({}),
    logger: { event: () => undefined },
  });
  const evaluate = deps.evaluate;
  deps.evaluate = (draft, profiles, policy, options) => {
    const result = evaluate(draft, profiles, policy, options);
    checked.push(...result.findings.map((f) => `${f.check} ${f.recipient}`));
    return result;
  };
  const event = createFakeEvent<Options>();
  await handleMessageSend(event, deps);
  await flushMicrotasks();
  return { answer: event.completions[0] as Options, findings: checked };
}

describe("send path: which profiles cover a recipient", () => {
  it.each([
    [
      "a country sub-domain gets the parent organisation's profile (was: no-profile only)",
      "megge.anderson@uk.coca-cola.example",
      ["competitor-mention megge.anderson@uk.coca-cola.example"],
    ],
    [
      "a +tag gets the person's own profile and the organisation's (was: organisation only)",
      "megge.anderson+deal@coca-cola.example",
      [
        "name-spelling megge.anderson+deal@coca-cola.example",
        "competitor-mention megge.anderson+deal@coca-cola.example",
      ],
    ],
    [
      "a Unicode address matches a key written in Unicode",
      "jan@müller.example",
      ["competitor-mention jan@xn--mller-kva.example"],
    ],
    [
      "a punycode address matches a key written in Unicode (was: never)",
      "jan@xn--mller-kva.example",
      ["competitor-mention jan@xn--mller-kva.example"],
    ],
    [
      "a Unicode address matches a key written in punycode (was: never)",
      "anna@bücher.example",
      ["competitor-mention anna@xn--bcher-kva.example"],
    ],
  ])("%s", async (_what, address, expected) => {
    const { answer, findings } = await send(address, "Megge Anderson");
    expect(answer.allowEvent).toBe(false);
    for (const finding of expected) expect(findings).toContain(finding);
    expect(findings.filter((f) => f.startsWith("no-profile"))).toEqual([]);
  });

  it.each([
    ["a domain that only ends like the client's", "megge@notcoca-cola.example"],
    ["a public suffix's profile (@co.uk) covers no company under it", "megge@coca-cola.co.uk"],
  ])("%s: no profile", async (_what, address) => {
    const { answer, findings } = await send(address);
    expect(answer.allowEvent).toBe(true);
    expect(findings).toEqual([`no-profile ${address}`]);
  });
});
