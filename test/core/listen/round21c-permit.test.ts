/**
 * Round 21 (listen-21c, analysis-lh19 ranked change 2): leave to use what the profile avoids is a
 * withdrawal with any time word of a change ("now", "once more", "these days"), not only "again",
 * or with a bare "feel free to" / "you're welcome to". Look-alikes beside them: leave about a value
 * not on file, a hypothetical, a one-off, a question, someone else's leave.
 */
import { COKE, expectWithdrawals, hear, letter, MEGGE, type WithdrawalCase } from "./listen-tester";

const ON_FILE = [
  { matchKey: MEGGE, avoidChannels: ["sms", "phone", "post"], avoidTopics: ["politics"] },
];
const ORG_ON_FILE = [{ matchKey: COKE, avoidChannels: ["whatsapp"] }];
const removed = (field: "avoidChannels" | "avoidTopics", value: string, profile = MEGGE) => [
  { field, value, profile },
];

const lifts: WithdrawalCase[] = [
  {
    name: "'again' keeps a purpose after it: 'happy to take calls again for the rest of the matter'",
    body: letter("Happy to take calls again for the rest of the matter."),
    profiles: ON_FILE,
    removed: removed("avoidChannels", "phone"),
  },
  {
    name: "'now that' gives the reason for the change (lead, round 21)",
    body: letter("You can call me now that I have my own office."),
    profiles: ON_FILE,
    removed: removed("avoidChannels", "phone"),
  },
  {
    name: "'y'all can text me now' (a plural 'you', the time word 'now')",
    body: letter("Cole honey y'all can text me now."),
    profiles: ON_FILE,
    removed: removed("avoidChannels", "sms"),
  },
  {
    name: "'you can ring me now' after the earlier refusal",
    body: letter("I know I said no phone calls, but you can ring me now."),
    profiles: ON_FILE,
    removed: removed("avoidChannels", "phone"),
  },
  {
    name: "'happy to receive originals by post once more'",
    body: letter("We're happy to receive originals by post once more."),
    profiles: ON_FILE,
    removed: removed("avoidChannels", "post"),
  },
  {
    name: "'you can text me these days'",
    body: letter("You can text me these days."),
    profiles: ON_FILE,
    removed: removed("avoidChannels", "sms"),
  },
  {
    name: "a bare 'feel free to talk politics with me'",
    body: letter("I've stopped being precious about it: feel free to talk politics with me."),
    profiles: ON_FILE,
    removed: removed("avoidTopics", "politics"),
  },
  {
    name: "a bare 'you're welcome to send things by post'",
    body: letter("You're welcome to send things by post."),
    profiles: ON_FILE,
    removed: removed("avoidChannels", "post"),
  },
  {
    name: "the organisation's value: 'feel free to use WhatsApp with any of us'",
    body: letter("Feel free to use WhatsApp with any of us."),
    profiles: ORG_ON_FILE,
    removed: removed("avoidChannels", "whatsapp", COKE),
  },
  {
    name: "'again' is still read ('happy to take calls again')",
    body: letter("Happy to take calls again."),
    profiles: ON_FILE,
    removed: removed("avoidChannels", "phone"),
  },
];

const traps: WithdrawalCase[] = [
  {
    name: "leave about a value not on file ('feel free to email me')",
    body: letter("Feel free to email me."),
    profiles: ON_FILE,
    removed: [],
  },
  {
    name: "leave about a topic not on file ('feel free to talk about the weather')",
    body: letter("Feel free to talk about the weather."),
    profiles: ON_FILE,
    removed: [],
  },
  {
    name: "a hypothetical: 'if the board agrees, feel free to talk politics with me'",
    body: letter("If the board agrees, feel free to talk politics with me."),
    profiles: ON_FILE,
    removed: [],
  },
  {
    name: "a hypothetical: 'if the policy changes, y'all can text me now'",
    body: letter("If the policy changes, y'all can text me now."),
    profiles: ON_FILE,
    removed: [],
  },
  {
    name: "a condition after: 'feel free to text me if anything changes'",
    body: letter("Feel free to text me if anything changes."),
    profiles: ON_FILE,
    removed: [],
  },
  {
    name: "a one-off: 'feel free to call today'",
    body: letter("Feel free to call today."),
    profiles: ON_FILE,
    removed: [],
  },
  {
    name: "a one-off: 'feel free to ring me this afternoon'",
    body: letter("Feel free to ring me this afternoon."),
    profiles: ON_FILE,
    removed: [],
  },
  {
    name: "the moment, not a change: 'you can ring me now about the draft' (lead, round 21)",
    body: letter("The board has finished, so you can ring me now about the draft."),
    profiles: ON_FILE,
    removed: [],
  },
  {
    name: "the moment, not a change: 'you can call me now for ten minutes' (lead, round 21)",
    body: letter("You can call me now for ten minutes before my flight."),
    profiles: ON_FILE,
    removed: [],
  },
  {
    name: "a question: 'can y'all text me now?'",
    body: letter("Can y'all text me now?"),
    profiles: ON_FILE,
    removed: [],
  },
  {
    name: "a number given: 'you can ring me on 0207 946 0000'",
    body: letter("You can ring me on 0207 946 0000."),
    profiles: ON_FILE,
    removed: [],
  },
  {
    name: "someone else's leave: 'my colleague says you can text him now'",
    body: letter("My colleague says you can text him now."),
    profiles: ON_FILE,
    removed: [],
  },
];

describe("round 21: leave to use what the profile avoids", () => {
  for (const c of lifts) it(c.name, () => expectWithdrawals(hear(c), c, false));
  for (const c of traps) it(c.name, () => expectWithdrawals(hear(c), c, false));
});
