/**
 * Round 45 (docs/listen.md, round 45): the helper reviews' messages on which main is right and a
 * branch that did not ship was not. Each row fails on its branch (verified by the lead, not kept
 * there) and passes on main.
 *
 * listen-45c (listen-44c3 on today's main: main's welcome after "no need to keep inviting me" dropped
 * when the same or the next sentence gives a reason for staying away): the reasons were read as
 * words, so "too busy to RSVP", "I never come late", "now that I've retired I have all the time in
 * the world" and "our policy doesn't forbid it" dropped welcomes the writers still meant ("Put me
 * down for the whole season"). Main hears the welcome; the branch heard nothing. Every
 * suggestion is compared (one row's writer also asks for e-mail, which both trees hear); "us" is
 * the organisation's wish, so that row's welcome is on its profile.
 */
import { runListenTests } from "./listen-tester";

const welcome = (profile: string) => (text: string) => ({
  name: text,
  from: "Ana <ana@client.example>",
  body: `Dear Tom,\n\n${text}\n\nBest wishes,\nAna`,
  heard: [{ field: "entertainment" as const, value: "welcome", profile }],
});
const welcomes = welcome("ana@client.example");
const welcomesForClient = welcome("@client.example");

runListenTests("round 45: no need to keep inviting me, and what looks like a reason is not one", {
  silent: [],
  heard: [
    welcomes(
      "I'm far too busy to RSVP to each one, so you don't need to keep inviting me individually. Put me down for the whole season.",
    ),
    welcomes(
      "No need to keep inviting me to the lunches - I never come late, I promise, and I'd hate to miss one.",
    ),
    welcomes(
      "Our hospitality policy doesn't forbid it at all, so no need to keep asking me whether I can accept. Just send the dates.",
    ),
    welcomes(
      "Now that I've retired I have all the time in the world, so no need to keep asking me to the concerts. Just send the tickets over.",
    ),
    welcomes(
      "You don't need to keep inviting me to the dinners, I won't make it hard for you. Just pencil me in.",
    ),
    welcomesForClient(
      "No need to keep inviting us to the lunches; we're not going to stop coming any time soon.",
    ),
    welcomes(
      "I'm not one for formality, so no need to keep inviting me formally. Just text me the date.",
    ),
    // Main also hears email as a channel the writer prefers; the branch kept it.
    {
      ...welcomes(
        "I'm usually too busy to check the post, so no need to keep inviting me by letter. Email me the dates instead.",
      ),
      heard: [
        { field: "entertainment" as const, value: "welcome", profile: "ana@client.example" },
        { field: "preferredChannels" as const, value: "email", profile: "ana@client.example" },
      ],
    },
    welcomes(
      "Our relationship isn't strictly professional any more, so no need to keep inviting me so formally. A quick email with the date does the job.",
    ),
    welcomes(
      "You don't need to keep inviting me by card, I'm not a fan of paper. An email with the date is plenty.",
    ),
    welcomes(
      "I stopped going to the other firms' events, but you don't need to keep inviting me to yours. Just assume I'm in.",
    ),
    welcomes(
      "No need to keep inviting me - I never come as a guest, I come as a friend! Save me a seat at the next lunch.",
    ),
    welcomes(
      "I don't manage to reply promptly, so no need to keep asking me to RSVP for the lunches. Pencil me in for every one.",
    ),
    welcomes(
      "No need to keep inviting me to the match days; I can't get away with missing one now that my son is hooked. Keep a seat for me.",
    ),
    welcomes(
      "You don't have to keep inviting me to the Wimbledon day, I never go a summer without it. Same again this year please.",
    ),
    welcomes(
      "No need to keep inviting me to the concerts. I'm too busy to say no, ha! Keep them coming.",
    ),
  ],
});

/*
 * listen-45b (listen-44b's requests to change how often the firm reports, third version: limits by
 * an event or a date, retractions in the next sentences, someone else's request): the review found
 * the new readings still hear the client's own reports (to its board, its lender, its regulator),
 * a condition ("if the other side responds"), a reminder that is not a progress update, a phase
 * ("during the negotiation"), and retractions or limits worded otherwise ("Actually, leave it
 * weekly for now", "Let me check with the board first", "for the rest of this year"). Main hears
 * nothing; the branch heard a cadence. Only statusUpdates is compared.
 */
const onCadence = (text: string) => ({
  name: text,
  from: "Ana Ruiz <ana@client.example>",
  body: `Hi Tom,\n\n${text}\n\nBest,\nAna`,
  fields: ["statusUpdates" as const],
});

runListenTests(
  "round 45: a change of cadence that is not the firm's, not standing or not decided",
  {
    heard: [],
    silent: [
      onCadence(
        "I'd suggest the following for the board: a short written update monthly, from me to the directors. Does that wording work for the minutes?",
      ),
      onCadence("Could we move your updates to monthly? Actually, leave it weekly for now."),
      onCadence(
        "Could we move your updates to monthly? Let me check with the board first and come back to you.",
      ),
      onCadence("Could you drop me a line weekly if the other side responds? Otherwise no need."),
      onCadence(
        "Please drop us a line quarterly to confirm the insurance has been renewed. Our broker forgets.",
      ),
      onCadence(
        "Can we agree on the format: a one-page summary quarterly for our lender, which our CFO will send. Please review the draft.",
      ),
      onCadence(
        "Could we switch the regular reports to quarterly? These are the ones we file with the regulator.",
      ),
      onCadence(
        "Let's shift the updates to fortnightly during the negotiation. Quiet times can be monthly.",
      ),
      onCadence(
        "Could we move your updates to monthly for the rest of this year? We'll review in January.",
      ),
    ],
  },
);
