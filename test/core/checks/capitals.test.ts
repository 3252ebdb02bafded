/**
 * Messages and lines written in capitals: the greeting is read there as anywhere ("HEY PAT!",
 * "GOOD MORNING PAT,"), and a word in capitals is not a name for being in capitals.
 */
import * as nameSpelling from "../../../src/core/checks/name-spelling";
import { runCheck } from "./rule-tester";

// Invented here.
const CLIENT = {
  matchKey: "patricia.lane@quarrybank.example",
  clientName: "Quarry Bank",
  fullName: "Patricia Lane",
  preferredName: "Patricia",
  avoidNames: ["Pat"],
};
const TO = "patricia.lane@quarrybank.example";

function names(body: string): string[] {
  return runCheck(nameSpelling, { to: TO, body, profiles: [CLIENT] }).map(
    (f) => f.evidence?.text ?? "",
  );
}

describe("name-spelling in capitals", () => {
  test.each([
    ["HEY PAT!\nSEE ATTACHED.\n\nJO", "PAT"],
    ["Hey Pat!\nSee attached.\n\nJo", "Pat"],
    ["GOOD MORNING PAT,\nTHE DRAFT IS ATTACHED.\n\nJO", "PAT"],
    ["HIYA PAT,\nTHE DRAFT IS ATTACHED.\n\nJO", "PAT"],
    ["DEAR PAT,\nTHE DRAFT IS ATTACHED.\n\nJO", "PAT"],
    ["PAT - PLEASE SEE ATTACHED.\n\nJO", "PAT"],
  ])("finds the refused name in %j", (body, found) => {
    expect(names(body)).toEqual([found]);
  });

  test.each([
    "HEY PATRICIA!\nSEE ATTACHED.\n\nJO",
    "GOOD MORNING ALL,\nTHE DRAFT IS ATTACHED.\n\nJO",
    "DEAR PATRICIA,\nNOTES FROM THE PAT TESTING MEETING ARE ATTACHED.\n\nJO",
    "DEAR PATRICIA,\nWE SHOULD PAT OURSELVES ON THE BACK.\n\nJO",
    "HEY THERE,\nTHE DRAFT IS ATTACHED.\n\nJO",
  ])("stays silent on %j", (body) => {
    expect(names(body)).toEqual([]);
  });
});
