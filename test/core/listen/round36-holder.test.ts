/**
 * Round 36 (listen-holder-36): a topic kept out of the small talk is the sore point of the one who
 * talks, not the organisation's rule, when nothing else in the message says whose. Sentences
 * written for this table (not taken from the corpus), with look-alikes where the organisation
 * speaks and keeps the topic.
 */
import { COKE, MEGGE, runListenTests } from "./listen-tester";

const mail = (text: string) => `Hi Jo,\n\n${text}\n\nThanks,\nMegge`;

runListenTests("round 36: whose a small-talk topic is", {
  silent: [],
  heard: [
    {
      name: "leave it out of the small talk, with the firm's 'we': the writer's",
      body: mail("Could we keep the rugby out of the small talk from now on?"),
      heard: [{ field: "avoidTopics", value: "rugby", profile: MEGGE }],
    },
    {
      name: "out of our conversations, 'let's': the writer's",
      body: mail("Let's leave the election out of our conversations going forward."),
      heard: [{ field: "avoidTopics", value: "election", profile: MEGGE }],
    },
    {
      name: "look-alike: the organisation says why in the next sentence, the organisation's",
      body: mail(
        "Please, no crypto small talk in meetings. We are a bank and that is how it gets reported.",
      ),
      heard: [{ field: "avoidTopics", value: "crypto", profile: COKE }],
    },
    {
      name: "look-alike: no small talk in the clause, the topic stays the organisation's",
      body: mail("Please keep the redundancies out of your emails."),
      heard: [{ field: "avoidTopics", value: "redundancies", profile: COKE }],
    },
  ],
});
