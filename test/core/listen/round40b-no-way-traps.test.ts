/**
 * Round 40b: a verbless "no <way>" closed by a standing time, a scope or a reason (listen-40b's
 * reading, withdrawn after the round's third review) heard refusals in reported wording, other
 * people's rules and a passing condition. Main hears none of these; a future reading must keep it
 * so. The first eight are the review's sentences, the last three listen-40b's own.
 */
import { letter, runListenTests } from "./listen-tester";

runListenTests("round 40b: a verbless 'no <way>' that refuses nothing", {
  heard: [],
  silent: [
    {
      name: "No Zoom any more, according to the new IT policy from head o",
      body: letter(
        "No Zoom any more, according to the new IT policy from head office, which I think is silly.",
      ),
      fields: ["avoidChannels"],
    },
    {
      name: "We tell our contractors: no texts about the rota please.",
      body: letter("We tell our contractors: no texts about the rota please."),
      fields: ["avoidChannels"],
    },
    {
      name: "The problem isn't the phone - no phone calls about the heari",
      body: letter(
        "The problem isn't the phone - no phone calls about the hearing please is what the judge said.",
      ),
      fields: ["avoidChannels"],
    },
    {
      name: "His note said - no texts from now on.",
      body: letter("His note said - no texts from now on."),
      fields: ["avoidChannels"],
    },
    {
      name: "No video for the hearing in future, according to the tribuna",
      body: letter(
        "No video for the hearing in future, according to the tribunal's practice direction.",
      ),
      fields: ["avoidChannels"],
    },
    {
      name: "No texts, they only come through when I'm back in Lisbon, so",
      body: letter(
        "No texts, they only come through when I'm back in Lisbon, so bear that in mind this week.",
      ),
      fields: ["avoidChannels"],
    },
    {
      name: "We said in the staff handbook: no WhatsApp for work matters ",
      body: letter("We said in the staff handbook: no WhatsApp for work matters please."),
      fields: ["avoidChannels"],
    },
    {
      name: "For the tender, the rules are: no phone calls about the bid ",
      body: letter(
        "For the tender, the rules are: no phone calls about the bid please, all questions in writing.",
      ),
      fields: ["avoidChannels"],
    },
    {
      name: "No post, they never deliver on Saturdays.",
      body: letter("No post, they never deliver on Saturdays."),
      fields: ["avoidChannels"],
    },
    {
      name: "No email, I'm afraid - the server is down until noon.",
      body: letter("No email, I'm afraid - the server is down until noon."),
      fields: ["avoidChannels"],
    },
    {
      name: "Any calls? No calls, I never heard a thing all day.",
      body: letter("Any calls? No calls, I never heard a thing all day."),
      fields: ["avoidChannels"],
    },
  ],
});
