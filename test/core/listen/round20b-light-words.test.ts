/**
 * Round 20 (listen-20b, from analysis-lh17 group A; the "filler" perturbation kind): light words
 * that do not change a stated preference ("please just use Signal", "Always email me", "for any
 * of us", "its Megge", "rather not be 'X'", "Only this email address please"), each reading beside
 * look-alikes in other senses.
 */
import { withoutFiller } from "../../../src/core/listen/tolerance";
import { COKE, letter, MEGGE, runListenTests } from "./listen-tester";

describe("round 20: light words said plainly (withoutFiller)", () => {
  it.each([
    ["please just use Signal for anything quick", "please use Signal for anything quick"],
    ["Please do send Teams invites", "Please send Teams invites"],
    ["Please always use email only", "Please use email only"],
    ["Please, please use Zoom", "Please, use Zoom"],
    ["Just text me", "text me"],
    ["so just call me Kate", "so call me Kate"],
    ["please just don't call", "please don't call"],
    ["we just use Teams", "we use Teams"],
    ["Teams will not work for any of us", "Teams will not work for us"],
    ["its Gary with one r", "it's Gary with one r"],
    ["so its Margaret Adebayo from now on", "so it's Margaret Adebayo from now on"],
    ["I'd rather not be 'Mr Whitfield'", "I'd rather not be called 'Mr Whitfield'"],
    ["Only this email address please", "Only email please"],
  ])("%s → %s", (written, read) => {
    expect(withoutFiller(written)).toBe(read);
  });
  it.each([
    // "do" before "not" is the refusal's auxiliary.
    "please do not phone me",
    // Before a condition the light word says when or only.
    "Please always call me if it is urgent",
    "just tell me when something moves",
    // Not before a verb with its object: a noun, a one-off, a name.
    "Just a total is fine",
    "Just this once",
    "Just Gary, please",
    // A name after "please, just" is a verbless wish, not a verb.
    "please, just Hiroshi",
    // "both of us" is the writer and the reader, not the organisation.
    "It would be simplest for both of us if invitations were not sent",
    // "always" opening a clause may be the sense itself ("always keen on a round of golf").
    "always keen on a round of golf",
    "Always email me, I read it at lunch",
    // After a subject, "do" may be the verb itself and "always" makes a complaint.
    "as I do with every invitation",
    "can we always use Teams?",
    "Do you prefer Teams",
    // "its" as a possessive, not at a clause's head.
    "the company and its Board",
    "Acme, its Board and staff",
    // An address that is not restricted to.
    "please send it to this email address",
  ])("left as written: %s", (written) => {
    expect(withoutFiller(written)).toBe(written);
  });
});

runListenTests("round 20: light words", {
  heard: [
    {
      name: "'please just use Signal' is the wish 'please use Signal' is",
      body: letter("Please just use Signal for anything quick."),
      heard: [{ field: "preferredChannels", value: "signal", profile: MEGGE }],
    },
    {
      name: "'please do send Teams invites' names the platform",
      body: letter("Please do send Teams invites."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "'Always email me' opening the sentence",
      body: letter("Always email me, I read it at lunch."),
      heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
    },
    {
      name: "'will not work for any of us' is the organisation's refusal",
      body: letter("Teams invitations will not work for any of us."),
      heard: [{ field: "avoidChannels", value: "teams", profile: COKE }],
    },
    {
      name: "'will not work for either of us' is the organisation's refusal too",
      body: letter("Zoom links will not work for either of us."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
    {
      name: "'I'd rather not be \"Mrs Anderson\"' refuses the form",
      body: letter("I'd rather not be 'Mrs Anderson'."),
      heard: [{ field: "avoidNames", value: "Mrs Anderson", profile: MEGGE }],
    },
    {
      name: "'its Megge …, not Meg' without the apostrophe",
      body: letter("its Megge with two g's, not Meg."),
      heard: [
        { field: "preferredName", value: "Megge", profile: MEGGE },
        { field: "avoidNames", value: "Meg", profile: MEGGE },
      ],
    },
    {
      name: "'Only this email address please' (no verb) restricts to email",
      body: letter("Only this email address please."),
      heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
    },
  ],
  silent: [
    {
      name: "'works for none of us' says the opposite: no wish for Teams",
      body: letter("Honestly, Teams works for none of us."),
      fields: ["meetingPlatform", "preferredChannels"],
    },
    {
      name: "'please do not phone me' is no wish for the phone",
      body: letter("Please do not phone me."),
      fields: ["preferredChannels"],
    },
    {
      name: "'Please always call me if it is urgent' stays a condition",
      body: letter("Please always call me if it is urgent."),
      fields: ["preferredChannels"],
    },
    {
      name: "'Just call me the moment the money is in tomorrow' is a one-off",
      body: letter("Just call me the moment the money is in the client account tomorrow."),
      fields: ["preferredChannels"],
    },
    {
      name: "'please send it to this email address' is one document",
      body: letter("Please send the signed copy to this email address."),
      fields: ["preferredChannels"],
    },
  ],
});
