import { runListenTests } from "./listen-tester";

// Name statements as frames × polarity × who, written for this table (not from the corpus).
const HUGH = "Andrew Hugh Lennox <a.lennox@lennox-mills.example>";
const TAN = "Tan Mei Lin <meilin.tan@harbourline.example>";
const PATEL = "Dr Rajesh Patel <r.patel@patel-clinics.example>";
const ROBERT = "Robert Hale <robert.hale@hale-foods.example>";
const MALCOLM = "Malcolm Reid <malcolm.reid@reid-estates.example>";

runListenTests("name frames", {
  silent: [
    {
      name: "keeping the title is no informality",
      from: PATEL,
      body: "Dear Jo,\nPlease don't drop the Dr in letters to the clinic's patients.\nRajesh",
      fields: ["preferredName", "avoidNames"],
    },
    {
      name: "someone else's name is not the writer's father's",
      from: ROBERT,
      body: "Jo,\nThe buyer is Dennis Marsh. His father's firm handled the first sale.\nRob",
      fields: ["preferredName", "avoidNames"],
    },
    {
      name: "'just' before an ordinary word",
      from: ROBERT,
      body: "Jo,\nJust Monday works for the signing.\nRob",
      fields: ["preferredName", "avoidNames"],
    },
  ],
  heard: [
    {
      name: "I go by my middle name",
      from: HUGH,
      body: "Dear Jo,\nSmall thing: I go by my middle name, Hugh.\nHugh",
      heard: [{ field: "preferredName", value: "Hugh" }],
    },
    {
      name: "just the first name",
      from: ROBERT,
      body: "Jo,\nNo need for anything formal. Just Rob, please.\nRob",
      heard: [{ field: "preferredName", value: "Rob" }],
    },
    {
      name: "drop the Mr",
      from: ROBERT,
      body: "Hi Jo,\nYou can drop the Mr Hale, we'll be working together for months.\nRob",
      heard: [{ field: "preferredName", value: "Rob" }],
    },
    {
      name: "the name is someone else's: my father's",
      from: ROBERT,
      body: "Hi Jo,\nRob is fine. Robert's my dad.\nRob",
      heard: [
        { field: "preferredName", value: "Rob" },
        { field: "avoidNames", value: "Robert" },
      ],
    },
    {
      name: "what I can't bear",
      from: ROBERT,
      body: "Hi Jo,\nRob or Robert, either is fine. What I can't bear is Bobby.\nRob",
      heard: [{ field: "avoidNames", value: "Bobby" }],
    },
    {
      name: "two forms, never a third",
      from: ROBERT,
      body: "Hi Jo,\nIt's Robert or Rob, never Bob.\nRob",
      heard: [{ field: "avoidNames", value: "Bob" }],
    },
    {
      name: "an honorific with the first name, asked for",
      from: MALCOLM,
      body: "Dear Jo,\nSince the investiture it's Sir Malcolm, please.\nMalcolm Reid",
      heard: [{ field: "preferredName", value: "Sir Malcolm" }],
    },
    {
      name: "title and surname asked for is not a refusal of the surname",
      from: TAN,
      body: "Dear Jo,\nTan is my family name, so Mrs Tan, please - not Mrs Mei.\nMei Lin",
      heard: [
        { field: "preferredName", value: "Mrs Tan" },
        { field: "avoidNames", value: "Mrs Mei" },
      ],
    },
    {
      name: "not Dr X asks for informality, not a disliked name",
      from: PATEL,
      body: "Hi Jo,\nRaj, please - not Dr Patel, we're on the same side.\nRaj",
      heard: [{ field: "preferredName", value: "Raj" }],
    },
    {
      name: "a questionnaire answered inline with Q and A",
      from: ROBERT,
      body: "Hi Jo,\nMy answers:\nQ: How would you like us to address you?\nA: Rob\nRob",
      heard: [{ field: "preferredName", value: "Rob" }],
    },
    {
      name: "a labelled answer",
      from: HUGH,
      body: "Dear Jo,\nPreferred name: Hugh\nBest,\nHugh",
      heard: [{ field: "preferredName", value: "Hugh" }],
    },
  ],
});
