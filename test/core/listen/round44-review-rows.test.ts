/**
 * Round 44 (docs/listen.md, round 44): the helper reviews' messages on which main is right and a
 * branch that did not ship was not. Each row fails on its branch (verified by the lead, not kept
 * there) and passes on main.
 *
 * listen-44b (a request to change how often the firm reports; two versions, each reviewed): a
 * request withdrawn in the next sentence ("Actually…", "Forget it", "Ignore that"), limited in
 * time ("just for the two weeks before the hearing", "until the injunction is lifted") or asked
 * for someone else ("I'm asking for my colleague Ben") was stored as the writer's standing
 * cadence. The first four rows fail on the first version (7c4b64f4), which the second (1f717481)
 * mended; the last six fail on both. The second review's seventh ("…weekly until exchange? Then we
 * can relax.") is left out: its reviewer called it borderline.
 */
import { runListenTests } from "./listen-tester";

/** A short letter from Ana around `text`; only statusUpdates is compared. */
const onCadence = (text: string) => ({
  name: text,
  from: "Ana Ruiz <ana@client.example>",
  body: `Dear Sam,\n\n${text}\n\nBest regards,\nAna`,
  fields: ["statusUpdates" as const],
});
/**
 * The listen-44a2 reviewer's one-line note, "Hi, <text> Ana", kept as written: two of its rows
 * (the daughter's, his privacy) go wrong on the branch only when the wish follows "Hi," on the
 * same line. Only avoidChannels is compared.
 */
const onThePhone = (text: string) => ({
  name: text,
  from: "Ana Silva <ana@client.example>",
  body: `Hi, ${text} Ana`,
  fields: ["avoidChannels" as const],
});

runListenTests(
  "round 44: a change of cadence withdrawn, limited in time or asked for someone else",
  {
    heard: [],
    silent: [
      onCadence(
        "Could we move your updates to monthly? Actually, on reflection, let's keep them weekly as they are.",
      ),
      onCadence(
        "Could we move your updates to monthly? On second thoughts, no, weekly is better while the sale is live.",
      ),
      onCadence("Could we switch the updates to weekly just for the two weeks before the hearing?"),
      onCadence(
        "Could we move your updates to monthly once the trial is over? Until then weekly please.",
      ),
      onCadence(
        "Could we move your updates to weekly until the completion date? After that, monthly.",
      ),
      onCadence("Let's switch your updates to weekly until the injunction is lifted."),
      onCadence("Could you drop me a line monthly? Sorry, I meant the bank, not you. Ignore that."),
      onCadence("Could you drop me a line weekly? Forget it, my assistant will chase instead."),
      onCadence(
        "Could we move your updates to monthly? I'm asking for my colleague Ben, who runs the Leeds matter; I'm happy with weekly.",
      ),
      onCadence(
        "Could we move your updates to monthly? That's what our insurer asked of us, anyway; I'll let you know if we want it too.",
      ),
    ],
  },
);

/*
 * listen-44a2 (the phone refused on a mobile phone or at a place of work): the wish limited or
 * withdrawn in the next sentence, someone else's wish reported, "called" meaning "addressed as".
 */
runListenTests("round 44: the phone refused for a while, for someone else, or a name called", {
  heard: [],
  silent: [
    onThePhone(
      "I prefer not to be called on my mobile phone. That's only while the trial is on, though.",
    ),
    onThePhone("he told me he doesn't want to be called on my personal mobile. It's his privacy."),
    onThePhone("my daughter would rather not be rung on my mobile phone. She has her own."),
    onThePhone(
      "please don't ring the workshop. Next week I'll be there every day so it's fine then.",
    ),
    onThePhone("I'd prefer not to be called on my mobile phone 'Mr Smith' — I'm Dr Smith."),
  ],
});

/*
 * listen-44c2 (main's welcome dropped after a denied need, "no need to keep inviting me"): the
 * review found 21 wordings in which the writer still wants the invitations ("don't bother asking,
 * I'm coming"), so the denied need alone does not decide. Main hears the welcome; the branch heard
 * nothing. ("us" is the organisation's wish, so that row's welcome is on its profile.)
 */
const welcome = (profile: string) => (text: string) => ({
  name: text,
  from: "Ana Ruiz <ana@client.example>",
  body: `Hi Tom,\n\nThanks for the note about the event. ${text}\n\nBest,\nAna`,
  heard: [{ field: "entertainment" as const, value: "welcome", profile }],
});
const welcomes = welcome("ana@client.example");
const welcomesForClient = welcome("@client.example");

runListenTests("round 44: no need to keep inviting me, because I am coming anyway", {
  silent: [],
  heard: [
    welcomes("No need to keep inviting me formally — just tell me when the box is free."),
    welcomes("You needn't keep inviting me by letter; a quick email will do and I'll come."),
    welcomesForClient(
      "You don't need to keep asking us, consider us permanent guests at your hospitality events.",
    ),
    welcomes("No need to keep inviting me to lunches. Just book the table and I'll turn up."),
    welcomes("No need to keep asking me to the concerts. Assume I'm coming to every one."),
    welcomes(
      "You don't have to keep inviting me each time; take it as read that I'll come to the Wimbledon day every year.",
    ),
    welcomes(
      "You needn't keep inviting me with such ceremony. Any excuse for a long lunch suits me.",
    ),
    welcomes(
      "There's no need to keep inviting me through my assistant. Send the invitations to me and I'll come along.",
    ),
    welcomes("No need to keep inviting me to dinners. I'll come to every one you host."),
    welcomes("No need to keep inviting me to the golf days - I'll be at every one."),
    welcomes(
      "You don't have to keep inviting me personally, just put me down for the lunches as a regular.",
    ),
    welcomes("No need to keep asking me to lunch, the answer never changes and I'll be there."),
    welcomes(
      "No need to keep inviting me so far in advance — a day's notice is plenty and I'll join.",
    ),
    welcomes(
      "You don't have to keep inviting me by post. Invitations by email are fine and I'll come to as many as I can.",
    ),
    welcomes("No need to keep asking me to dinner — treat it as a standing invitation accepted."),
    welcomes(
      "You don't have to keep asking me to the football: I'm there for every home game you have tickets for.",
    ),
    welcomes("No need to keep inviting me formally. Tell me the date and I'll come."),
    welcomes(
      "There's no need to keep inviting me through Marta, I'll come to any of your dinners if you ask me.",
    ),
    welcomes(
      "You don't feel you have to keep inviting me, I hope — I'd be sorry to miss the dinners.",
    ),
    welcomes("No need to keep asking me if I want to come to the golf. I do, every time."),
    welcomes(
      "No need to keep inviting me to the lunches by phone; an email does the job and I'll accept.",
    ),
  ],
});
