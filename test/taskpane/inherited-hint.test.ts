import { emptyProfile, PROFILE_FIELDS, type ProfileFieldInfo } from "../../src/core/profile";
import { inheritedHint } from "../../src/taskpane/ProfileEditor";

// What the editor says a person's profile takes from the organisation's, field by field: notes
// are read with the person's own (mergeProfiles joins them), single values apply while the
// person's is empty.
const field = (key: string): ProfileFieldInfo => PROFILE_FIELDS.find((f) => f.key === key)!;
const org = {
  ...emptyProfile("@coca-cola.example"),
  notes: "'Strikes' means industrial action.",
  billingDetail: "summary" as const,
};

describe("inheritedHint", () => {
  it.each([
    ["notes", "From @coca-cola.example (read with these): 'Strikes' means industrial action."],
    ["billingDetail", "From @coca-cola.example: Summary only"],
  ])("%s", (key, hint) => {
    expect(inheritedHint(field(key), org)).toBe(hint);
  });

  it("says nothing of notes the organisation does not have", () => {
    expect(inheritedHint(field("notes"), emptyProfile("@coca-cola.example"))).toBeUndefined();
  });
});
