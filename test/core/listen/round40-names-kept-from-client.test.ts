/**
 * Round 40 (listen-40): a name refused to the client themselves ("to us in writing", "to anyone
 * here", "your memos to the board") is kept out of all the client hears, as "in anything you send
 * us" is (mentions.ts TO_THE_CLIENT; round 38's commit 6d0fb8ee). Rows written before measuring:
 * six the reading must hear, eight look-alikes it must not (someone else's wish, a question, a
 * one-off, a hypothetical, a past event, a person, a name welcomed, a lift, another audience).
 */
import { COKE, letter, runListenTests } from "./listen-tester";

runListenTests("round 40: a name kept from the client themselves", {
  silent: [
    {
      name: "one document stays one document",
      body: letter("Please don't mention Westons in the cover email."),
      fields: ["competitors"],
    },
    {
      name: "a person kept from us is no rival",
      body: letter("Please don't mention Sarah to anyone here, she has left."),
      fields: ["competitors"],
    },
    {
      name: "someone else's audience: the regulator",
      body: letter("Please don't mention Westons to anyone at the regulator until we have filed."),
      fields: ["competitors"],
    },
    {
      name: "a question",
      body: letter("Do you think we should not mention Westons to anyone here?"),
      fields: ["competitors"],
    },
    {
      name: "a hypothetical",
      body: letter("If the bid goes ahead, please don't mention Westons to anyone here."),
      fields: ["competitors"],
    },
    {
      name: "a past event",
      body: letter("You didn't mention Westons to us in writing last time, which was wise."),
      fields: ["competitors"],
    },
    {
      name: "a name welcomed",
      body: letter("Do mention Westons in your memos to the board; they are our benchmark."),
      fields: ["competitors"],
    },
    {
      name: "a lift",
      body: letter("You no longer need to avoid mentioning Westons to us in writing."),
      fields: ["competitors"],
    },
    {
      name: "a section of an act, not a rival",
      body: letter("Please don't cite Section 12 to us in writing; it has been repealed."),
      fields: ["competitors"],
    },
  ],
  heard: [
    {
      name: "to us in writing",
      body: letter("We'd prefer you didn't mention Westons or Thatchers to us in writing."),
      heard: [
        { field: "competitors", value: "Westons", profile: COKE },
        { field: "competitors", value: "Thatchers", profile: COKE },
      ],
    },
    {
      name: "to anyone here",
      body: letter("And please don't mention Dalegarth Dairies to anyone here."),
      heard: [{ field: "competitors", value: "Dalegarth Dairies", profile: COKE }],
    },
    {
      name: "the firm's memos to the board",
      body: letter(
        "We'd ask that your memos to the board not name Brakwell Foods as a comparator.",
      ),
      heard: [{ field: "competitors", value: "Brakwell Foods", profile: COKE }],
    },
    {
      name: "in writing alone",
      body: letter("Please never refer to Orbis Retail in writing."),
      heard: [{ field: "competitors", value: "Orbis Retail", profile: COKE }],
    },
    {
      name: "to any of us here",
      body: letter("Kindly do not mention Halden Mills to any of us here."),
      heard: [{ field: "competitors", value: "Halden Mills", profile: COKE }],
    },
    {
      name: "your reports to the trustees",
      body: letter("Please don't name Vellum Group in your reports to the trustees."),
      heard: [{ field: "competitors", value: "Vellum Group", profile: COKE }],
    },
  ],
});
