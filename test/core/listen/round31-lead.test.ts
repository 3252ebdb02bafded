/**
 * Round 31 (lead, from analysis-lh29): a time the wish starts from, before the subject, leaves the
 * subject the holder (and after a relay lead, the principal's); answers marked with initials the
 * writer announces, a hyphenated surname's initials, or an announced symbol.
 */
import { letter, MEGGE, runListenTests, underQuestions } from "./listen-tester";

const ASSISTANT = "Tom Reed <tom.reed@coca-cola.example>";
const TO_BOTH = ["Jo Price <jo.price@firm.example>", `Megge Anderson <${MEGGE}>`];

runListenTests("round 31: lead", {
  silent: [
    {
      name: "a time before someone else's wish keeps it theirs ('From what I hear, he prefers…')",
      body: letter("From what I hear, the other side's director prefers phone calls."),
      fields: ["preferredChannels"],
    },
    {
      name: "a bracketed acronym without announced answers is no marker",
      body: `Hi Jo, see the board note (BN).${underQuestions("BN: Teams please, it is all we use.")}`,
      fields: ["meetingPlatform"],
    },
    {
      name: "a quoted message whose every line opens with the announced mark is quoting",
      body: `Hi Jo, answers below, marked >>.\n\nOn Monday Jo Price wrote:\n>> Which platform suits you for the kick-off?\n>> Teams or Zoom, you choose.`,
      fields: ["meetingPlatform"],
    },
  ],
  heard: [
    {
      name: "'From next week I would like …' is the writer's wish, not the organisation's",
      body: letter("From next week I would like our matter updates every Friday, a short email."),
      heard: [{ field: "statusUpdates", value: "every Friday" }],
    },
    {
      name: "'asked me to let you know that from now on she would like …' is the principal's",
      from: ASSISTANT,
      recipients: TO_BOTH,
      body: "Hi Jo,\n\nMegge Anderson asked me to let you know that from now on she would like a short update every Friday.\n\nKind regards,\nTom Reed\nAssistant to Megge Anderson",
      heard: [{ field: "statusUpdates", value: "every Friday", profile: MEGGE }],
    },
    {
      name: "answers announced with bracketed initials ('Answers inline below (MO)') are theirs",
      from: "Megge Owusu-Anderson <megge.anderson@coca-cola.example>",
      body: `Hi Jo,\n\nAnswers inline below (MO).\n\nMegge${underQuestions("MO: Teams please, it is all we use.")}`,
      heard: [{ field: "meetingPlatform", value: "teams", profile: "@coca-cola.example" }],
    },
    {
      name: "a hyphenated surname's initials mark answers both ways (MO for Megge Owusu-Anderson)",
      from: "Megge Owusu-Anderson <megge.anderson@coca-cola.example>",
      body: `Hi Jo, my answers are initialled below.${underQuestions("MO: Teams please, it is all we use.")}`,
      heard: [{ field: "meetingPlatform", value: "teams", profile: "@coca-cola.example" }],
    },
    {
      name: "answers marked with an announced symbol ('marked >>') are theirs",
      body: `Hi Jo, answers below, marked >>.${underQuestions(">> Teams please, it is all we use.")}`,
      heard: [{ field: "meetingPlatform", value: "teams", profile: "@coca-cola.example" }],
    },
  ],
});
