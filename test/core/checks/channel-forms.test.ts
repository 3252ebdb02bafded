/**
 * Channels named in the forms people write them (channel-proposals.ts, channel-lexicon.ts): a
 * platform as a verb in small letters, a channel by its device or a slang verb, and lines in
 * capitals, where case tells nothing. Each with look-alikes in other senses.
 */
import * as meetingPlatform from "../../../src/core/checks/meeting-platform";
import * as unwantedChannel from "../../../src/core/checks/unwanted-channel";
import type { Check } from "../../../src/core/checks/context";
import { runCheck } from "./rule-tester";

// All invented here: one client on Teams who avoids phone, texts and video, one on Zoom.
const TEAMS_CLIENT = {
  matchKey: "@harbourline.example",
  clientName: "Harbourline",
  meetingPlatform: "teams",
  avoidChannels: ["phone", "sms", "whatsapp"],
};
const ZOOM_CLIENT = {
  matchKey: "@fenwick-mills.example",
  clientName: "Fenwick Mills",
  meetingPlatform: "zoom",
};
const ON_TEAMS = "sam@harbourline.example";
const ON_ZOOM = "ana@fenwick-mills.example";

function evidence(check: Check, to: string, body: string, subject = "Update"): string[] {
  return runCheck(check, {
    to,
    subject,
    body: body === "" ? "" : `Dear Sam,\n\n${body}\n\nKind regards,\nJo`,
    profiles: [TEAMS_CLIENT, ZOOM_CLIENT],
  }).map((f) => f.evidence?.text ?? "");
}

describe("a meeting platform as a verb in small letters", () => {
  test.each([
    [ON_TEAMS, "Shall we zoom on Friday?", "we zoom"],
    [ON_TEAMS, "Could we zoom at 3?", "we zoom"],
    [ON_TEAMS, "Happy to zoom if easier.", "Happy to zoom"],
    [ON_TEAMS, "Let's zoom tomorrow.", "Let's zoom"],
    [ON_TEAMS, "Shall we webex on Friday?", "we webex"],
    [ON_ZOOM, "Can we teams tomorrow?", "we teams"],
    [ON_ZOOM, "Happy to teams if that is easier.", "Happy to teams"],
    // Round 13: with "do" before it, a person after it, and Hangouts.
    [ON_ZOOM, "Shall we do Hangouts on Thursday?", "we do Hangouts"],
    [ON_ZOOM, "I'll Teams you at 3.", "I'll Teams you"],
    [ON_TEAMS, "Happy to do Zoom tomorrow if easier.", "Happy to do Zoom"],
    [ON_ZOOM, "Could we hangout on Friday?", "we hangout"],
  ])("meeting-platform finds it for %s in %j", (to, body, found) => {
    expect(evidence(meetingPlatform, to, body)).toEqual([found]);
  });

  test.each([
    [ON_TEAMS, "Let's zoom in on clause 4."],
    [ON_TEAMS, "Can we zoom out and look at the whole deal?"],
    [ON_TEAMS, "Costs zoomed last year."],
    [ON_TEAMS, "Prices are expected to zoom this year."],
    [ON_TEAMS, "Shall we zoom through the list?"],
    [ON_TEAMS, "We zoomed yesterday and it went well."],
    [ON_TEAMS, "I'll zoom you the link."],
    [ON_ZOOM, "Both teams agreed the draft."],
    [ON_ZOOM, "Can the teams meet tomorrow?"],
    [ON_ZOOM, "We teamed up with them last year."],
    [ON_ZOOM, "Shall we team up on this?"],
    [ON_ZOOM, "We do teams of three on every matter."],
    [ON_ZOOM, "I'll teams you the agenda."],
    [ON_ZOOM, "We hang out on Fridays."],
  ])("meeting-platform stays silent for %s on %j", (to, body) => {
    expect(evidence(meetingPlatform, to, body)).toEqual([]);
  });
});

describe("a channel by its device or a slang verb", () => {
  test.each([
    ["I'll ping your mobile later.", "I'll ping your mobile", "text message"],
    ["I'll message your cell tonight.", "I'll message your cell", "text message"],
    ["I'll drop you a line on your cell.", "I'll drop you a line on your cell", "text message"],
    [
      "I'll send a quick message to your mobile.",
      "I'll send a quick message to your mobile",
      "text message",
    ],
    ["I'll leave a message on your mobile.", "I'll leave a message on your mobile", "phone"],
    ["I'll hit your cell later.", "I'll hit your cell", "phone"],
    ["I'll reach you on your mobile after lunch.", "I'll reach you on your mobile", "phone"],
    ["I'll give your mobile a ring.", "I'll give your mobile a ring", "phone"],
    ["I'll holler at you tomorrow.", "I'll holler at you", "phone"],
  ])("unwanted-channel finds %j", (body, found, channel) => {
    const findings = runCheck(unwantedChannel, {
      to: ON_TEAMS,
      body: `Dear Sam,\n\n${body}\n\nKind regards,\nJo`,
      profiles: [TEAMS_CLIENT],
    });
    expect(findings.map((f) => f.evidence?.text)).toEqual([found]);
    expect(findings[0]!.message).toContain(channel);
  });

  test.each([
    "I pinged your mobile yesterday but got no answer.",
    "I left a message on your mobile yesterday.",
    "He messaged my mobile last night.",
    "Did you get the message on your mobile?",
    "Please send your mobile number to Sarah.",
    "I'll ping your phone bill to accounts.",
    "They give your mobile a ring every day.",
    "I'll drop you a line next week.",
  ])("unwanted-channel stays silent on %j", (body) => {
    expect(evidence(unwantedChannel, ON_TEAMS, body)).toEqual([]);
  });

  test("the signature's numbers are no proposal", () => {
    expect(
      evidence(
        unwantedChannel,
        ON_TEAMS,
        "The draft is attached.\n\nJo Lawyer\nMobile: 07700 900123",
      ),
    ).toEqual([]);
  });
});

describe("lines in capitals", () => {
  test.each([
    [ON_TEAMS, "SHALL WE ZOOM ON FRIDAY?", "WE ZOOM"],
    [ON_TEAMS, "LET'S JOIN ON ZOOM AT 3.", "LET'S JOIN ON ZOOM"],
    [ON_TEAMS, "ZOOM CALL AT 3 TOMORROW.", "ZOOM CALL"],
    [ON_ZOOM, "THE TEAMS MEETING IS AT 3.", "TEAMS MEETING"],
    [ON_ZOOM, "JOIN ON MS TEAMS AT 3.", "ON MS TEAMS"],
  ])("meeting-platform finds it for %s in %j", (to, body, found) => {
    expect(evidence(meetingPlatform, to, body)).toEqual([found]);
  });

  test("in a subject in capitals too", () => {
    expect(evidence(meetingPlatform, ON_ZOOM, "", "RE: TEAMS MEETING ON FRIDAY")).toEqual([
      "TEAMS MEETING",
    ]);
  });

  test.each([
    [ON_ZOOM, "BOTH TEAMS AGREED THE DRAFT."],
    [ON_ZOOM, "WE WORK IN TEAMS OF TWO."],
    [ON_ZOOM, "YOUR TEAMS HAVE DONE WELL."],
    [ON_TEAMS, "LET'S ZOOM IN ON CLAUSE 4."],
    [ON_TEAMS, "COSTS ZOOMED LAST YEAR."],
  ])("meeting-platform stays silent for %s on %j", (to, body) => {
    expect(evidence(meetingPlatform, to, body)).toEqual([]);
  });

  test.each([
    ["CALL ME RE CONTRACT", "", "CALL ME"],
    ["Update", "PLEASE CALL ME TOMORROW ABOUT THE LEASE.", "PLEASE CALL ME"],
    ["Update", "I'LL TEXT YOU THE CODE.", "I'LL TEXT YOU"],
  ])("unwanted-channel finds it in %j / %j", (subject, body, found) => {
    expect(evidence(unwantedChannel, ON_TEAMS, body, subject)).toEqual([found]);
  });
});
