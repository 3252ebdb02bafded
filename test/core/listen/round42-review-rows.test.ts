/**
 * Round 42 (listen-42, not shipped; docs/listen.md, round 42): the review's messages on which
 * main is right and the branch's readings were not. Silent: a one-off request in disguise, tied
 * to one occasion ("as the verdict comes in", "on arrival", "during the auction", "from the court
 * steps") with a promise to answer at once, or to one trip or closing ("I'm only in Lagos on
 * Monday"): main hears no standing channel wish; the branch read the promise and the "only" as a
 * habit. Heard: the writer's own reading routine given as the reason for a cadence the firm is
 * asked to keep ("…so please send the weekly update every Sunday morning"), which main hears and
 * the branch dropped. And from listen-42b's review (one way asked for with another set against
 * it by "not" or "instead of", not shipped either): someone else's words after a colon, a request
 * the writer only imagines, and a cause that lasts a few days ("The office is closed until
 * Thursday", "my laptop is in repair"), on which main stays silent or hears only what is right.
 * And from listen-42c's review (a one-off told in the sentence next to the wish, not shipped): a
 * standing wish beside a neighbour that limits something else, gives an incidental date, absence
 * or deadline, or widens the limit at once; main hears each wish, the branch dropped them.
 */
import type { ListenField } from "../../../src/core/listen";
import { runListenTests } from "./listen-tester";

const CLIENT = [{ title: "C", matchKey: "@client.example", clientName: "Client Ltd" }];
const ANA = "Ana <ana@client.example>";
/** listen-42's and listen-42b's reviews wrote to Tom; listen-42c's to Ms Reyes. */
const letter = (text: string) => `Hi Tom,\n\n${text} Many thanks.\n\nBest,\nAna`;
const reviewLetter = (text: string) => `Dear Ms Reyes,\n\n${text}\n\nKind regards,\nAna`;
const message = (text: string, wrap: (text: string) => string) => ({
  name: text,
  from: ANA,
  profiles: CLIENT,
  body: wrap(text),
});
const silentOn = (text: string) => ({
  ...message(text, letter),
  fields: ["preferredChannels" as const, "avoidChannels" as const],
});
const heardAs = (
  text: string,
  heard: [field: ListenField, value: string][],
  wrap = reviewLetter,
) => ({
  ...message(text, wrap),
  heard: heard.map(([field, value]) => ({ field, value, profile: "ana@client.example" })),
});

runListenTests("round 42: the review's one-offs and a cadence asked of the firm", {
  heard: [
    heardAs(
      "Please send everything by email rather than post. I'm in court tomorrow for the Smith hearing, so I'll reply on Wednesday.",
      [["preferredChannels", "email"]],
    ),
    heardAs(
      "Please don't call me; I'd much rather have things in writing. I'm away tomorrow, by the way, so the meeting can move to Thursday.",
      [["avoidChannels", "phone"]],
    ),
    heardAs(
      "Please call me rather than email; I find calls quicker. Also, our Leeds office is closed until Monday for the bank holiday, so send any post to London.",
      [["preferredChannels", "phone"]],
    ),
    heardAs(
      "Our phone system is being replaced by Teams. Please reach me on Teams rather than by phone.",
      [["preferredChannels", "teams"]],
    ),
    heardAs(
      "Please email me rather than phone. Just this week two of your calls went to the wrong number.",
      [["preferredChannels", "email"]],
    ),
    heardAs(
      "Please use WhatsApp rather than email to reach me. I'm travelling until the 30th, and for most of the year after that.",
      [["preferredChannels", "whatsapp"]],
    ),
    heardAs(
      "Please don't ring my mobile, email is far better for me. The system is down today, so the filing moves to Tuesday.",
      [
        ["avoidChannels", "phone"],
        ["preferredChannels", "email"],
      ],
    ),
    heardAs(
      "Please contact me by email, not phone. It's time-sensitive that you send the draft lease back by Friday.",
      [
        ["avoidChannels", "phone"],
        ["preferredChannels", "email"],
      ],
    ),
    heardAs(
      "Please email me rather than phone. I'm out of the office today, but that is not why: I simply prefer a written record.",
      [["preferredChannels", "email"]],
    ),
    heardAs(
      "Please don't text me. Just for this year's audit, I've asked Tom to collect the invoices.",
      [["avoidChannels", "sms"]],
    ),
    heardAs(
      "Please use email rather than WhatsApp. Just for this matter and every matter after it.",
      [["preferredChannels", "email"]],
    ),
    heardAs(
      "I could say please text me not email, but honestly email suits me.",
      [["preferredChannels", "email"]],
      letter,
    ),
    heardAs(
      "I only read my email on Sundays, so please send the weekly update every Sunday morning.",
      [["statusUpdates", "weekly, on Sundays"]],
      letter,
    ),
  ],
  silent: [
    silentOn("My boss said: please call me not email. I'll let him tell you himself."),
    silentOn("Please text me not email. The office is closed until Thursday for the move."),
    silentOn("Because my laptop is in repair, please text me not email."),
    silentOn("Text me as the verdict comes in and I'll answer straight away."),
    silentOn("Ring me on arrival at Heathrow and I'll pick up at once."),
    silentOn("Call me during the auction and I'll pick up right away."),
    silentOn("Text me from the court steps and I'll answer immediately."),
    silentOn("WhatsApp me, I'm only in Lagos on Monday and the hotel email is unreliable."),
    silentOn("WhatsApp is best, I'm only in Paris on Tuesday and won't check email."),
    silentOn("Text me, not email, as I'm only at the closing on Thursday."),
  ],
});
