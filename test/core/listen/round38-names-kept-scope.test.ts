/**
 * Round 38 (listen-38): a name refused to the client themselves ("to us in writing", "to anyone
 * here", "your memos to the board") is kept out of all the client hears, as "in anything you send
 * us" is (mentions.ts TO_THE_CLIENT). Measured and not wired: docs/listen.md, round 38.
 */
import { COKE, letter, runListenTests } from "./listen-tester";

runListenTests("round 38: a name kept from the client themselves", {
  silent: [
    {
      name: "one document stays one document",
      body: letter("Please don't mention Westons in the cover email."),
    },
    {
      name: "a person kept from us is no rival",
      body: letter("Please don't mention Sarah to anyone here, she has left."),
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
  ],
});
