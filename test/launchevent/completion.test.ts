import { completeOnce } from "../../src/launchevent/completion";
import { createFakeEvent } from "../helpers/fake-office";

describe("completeOnce", () => {
  it("passes only the first answer to Outlook and records the others", () => {
    const event = createFakeEvent<{ allowEvent: boolean }>();
    const logged: string[] = [];
    const completion = completeOnce(event, { event: (name) => logged.push(name) }, "send");

    expect(completion.done).toBe(false);
    expect(completion.complete({ allowEvent: false })).toBe(true);
    expect(completion.complete({ allowEvent: true })).toBe(false);

    expect(completion.done).toBe(true);
    expect(event.completions).toEqual([{ allowEvent: false }]);
    expect(logged).toEqual(["completion-ignored"]);
  });

  it("calls completed() without arguments when there are no options", () => {
    const completed = jest.fn();
    completeOnce({ completed }, { event: () => undefined }, "recipients-changed").complete();
    expect(completed).toHaveBeenCalledWith();
  });
});
