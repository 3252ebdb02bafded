/**
 * Audit 50f, finding 4, through the real send path (createOutlookDeps → readComposeDraft →
 * handleMessageSend): Outlook answers the body read "succeeded" with no value (office-js #4822,
 * #1264). Before, the body was checked as "", nothing was found and the message went with no
 * check, no word to the author and no record. Now it is a failed read: the could-not-check policy
 * answers (Send anyway / Don't send by default), says so and records why.
 */
import { handleMessageSend } from "../../src/launchevent/on-message-send";
import { createOutlookDeps } from "../../src/launchevent/wiring";
import { StaticPolicySource } from "../../src/office/policy-source";
import { MemoryStore } from "../../src/office/storage";
import { FileProfileSource } from "../../src/profiles/file-profile-source";
import { sampleProfiles } from "../core/checks/rule-tester";
import {
  createFakeComposeItem,
  createFakeEvent,
  createFakeMailbox,
  createFakeOffice,
  flushMicrotasks,
} from "../helpers/fake-office";

type Options = Office.SmartAlertsEventCompletedOptions;

async function send(body: string) {
  const fake = createFakeComposeItem({
    subject: "Lease",
    body,
    to: [{ emailAddress: "megge.anderson@coca-cola.example", displayName: "Megge Anderson" }],
    from: { emailAddress: "jo.miller@lawfirm.example", displayName: "Jo Miller" },
  });
  const office = createFakeOffice(createFakeMailbox(fake.item));
  const store = new MemoryStore();
  const deps = createOutlookDeps(office, {
    store,
    profiles: new FileProfileSource(sampleProfiles()),
    policy: new StaticPolicySource({}),
    logger: { event: () => undefined },
  });
  const failures: string[] = [];
  const recordFailure = deps.recordFailure.bind(deps);
  deps.recordFailure = (failure) => {
    failures.push(failure.code);
    return recordFailure(failure);
  };
  const event = createFakeEvent<Options>();
  await handleMessageSend(event, deps);
  await flushMicrotasks();
  return { answer: event.completions[0] as Options, failures, fake };
}

describe("send path: a body read that succeeds without a body (audit 50f, 4)", () => {
  beforeEach(() => {
    jest.spyOn(console, "log").mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it("is not checked as an empty message: the author is told it could not be checked, and it is recorded", async () => {
    const { answer, failures, fake } = await send(undefined as unknown as string);
    expect(answer).toEqual({
      allowEvent: false,
      errorMessage:
        "Rapport could not check this message: Outlook did not provide the message's details",
      sendModeOverride: "promptUser",
    });
    expect(failures).toEqual(["office:NoBodyValue:-"]);
    expect(fake.notifications.get("rapport-status")?.message).toContain(
      "Rapport could not check this message",
    );
  });

  it("an empty body is still checked (and passes)", async () => {
    const { answer, failures } = await send("");
    expect(answer).toEqual({ allowEvent: true });
    expect(failures).toEqual([]);
  });
});
