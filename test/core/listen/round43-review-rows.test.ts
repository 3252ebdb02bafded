/**
 * Round 43 (listen-43c, not shipped; docs/listen.md, round 43): the review's messages on which
 * main is right and the branch's readings were not. A client who asks that a name never be named
 * in what the firm writes is not always naming a rival: a former employee, a customer or
 * supplier under a confidential contract, a joint-venture partner under NDA, a landlord, the
 * auditors, the other side's firm, a whistleblower, a place whose closure is unannounced, one
 * letter, a wish denied ("It's not that we never want…"), or a line in capitals about the writer's
 * family. Main records no competitor in any of them; the branch recorded each.
 */
import { runListenTests } from "./listen-tester";

const silentOn = (text: string) => ({
  name: text,
  from: "Ana Ruiz <ana@client.example>",
  body: `Hi Tom,\n\n${text}\n\nThanks,\nAna`,
  fields: ["competitors" as const],
});

runListenTests("round 43: a name kept out of the firm's letters for a reason that is not rivalry", {
  heard: [],
  silent: [
    silentOn(
      "We don't want Patel mentioned in anything you send us. He left on bad terms and it is still raw.",
    ),
    silentOn(
      "We never want Okonkwo named in any document you send us. The settlement terms are confidential.",
    ),
    silentOn(
      "We'd never want Leeds mentioned in anything you write for us. The site closure there has not been announced.",
    ),
    silentOn(
      "We never want Halden Foods mentioned in anything you send us. They are our biggest customer and the supply contract is confidential.",
    ),
    silentOn(
      "We don't want Norcastle Steel named in any correspondence while our dispute with them is live. They are still a key supplier.",
    ),
    silentOn(
      "We'd never want Vireo Partners mentioned in anything you send us; the joint venture with them is still under NDA.",
    ),
    silentOn(
      "We never want Redfern Estates named in Monday's letter for us. I'll explain why on the call.",
    ),
    silentOn(
      "It's not that we never want Aldwych Partners mentioned in anything for us. Just keep them out of the headline of the release.",
    ),
    silentOn(
      "I never want Fenwick mentioned in anything you send me. It's my ex-husband's surname and I've gone back to my own.",
    ),
    silentOn(
      "We don't want Tamsin Oduya named in any document you send us; she has asked for privacy during her leave.",
    ),
    silentOn("WE NEVER WANT ADOPTED SONS NAMED IN ANYTHING YOU SEND US, FOR THEIR PRIVACY."),
    silentOn(
      "We don't want Carter Lowe LLP mentioned in any public statement for us; we'd rather our choice of counsel stays private.",
    ),
    silentOn(
      "Our partners never want Marlow & Sons named in anything you send us. They are our landlords and the lease talks are delicate.",
    ),
    silentOn(
      "We don't want Hollins and Sons mentioned in any document you send us while the audit is ongoing. They are our auditors.",
    ),
    silentOn(
      "We don't want Westbury Council named in any correspondence with us. The planning appeal is still live.",
    ),
    silentOn(
      "Please add Lindqvist to the names you keep out of our documents. He is our former finance director and left under a settlement.",
    ),
    silentOn(
      "We will never want Abernethy & Partners cited in anything for us, since they act for the other side in the arbitration.",
    ),
    silentOn(
      "We don't want Pemberton mentioned in any email to us. Mr Pemberton is the whistleblower and his identity is protected.",
    ),
  ],
});

/*
 * And from listen-43b's two reviews (an assistant's relay read in the principal's voice, not
 * shipped): an errand that names another person ("send over Mrs Rowe's passport copy, and…"),
 * a namesake's title taken for the principal's, a one-off or a third party's instruction read
 * through "he's" as "I've" ("he's asked his accountant to avoid email", "for the duration of the
 * trip only"): main hears nothing on the principal. And the principal's own wish beside a titled
 * namesake of the other sex ("Mr Rowe, her husband", "Mrs Rowe is copied"): main hears it, the
 * branch dropped it.
 */
const SHAH = "Priya Shah <priya.shah@lawfirm.example>";
const TOM = "Tom Reeve <tom.reeve@firm.example>";
/** An assistant's letter to the firm, its principal copied, signed "PA to …". */
const relayed =
  (from: string, recipients: string[], greeting: string, signature: string) => (text: string) => ({
    name: text,
    from,
    recipients,
    body: `${greeting},\n\n${text}\n\n${signature}`,
  });
const forSamRowe = relayed(
  "Nell Gartside <nell.gartside@harrowgate.example>",
  [SHAH, "Sam Rowe <sam.rowe@harrowgate.example>"],
  "Dear Ms Shah",
  "Best,\nNell Gartside\nPA to Sam Rowe\nHarrowgate Organ Builders",
);
const hartwellSignature = "Kind regards,\nNell Gartside\nPA to Mr Hartwell";
const HARTWELL = "George Hartwell <george.hartwell@harrowgate.example>";
const forHartwell = relayed(
  "Nell Gartside <nell.gartside@harrowgate.example>",
  [SHAH, HARTWELL],
  "Dear Ms Shah",
  hartwellSignature,
);
const forHartwellWithObi = relayed(
  "Nell Gartside <nell.gartside@harrowgate.example>",
  [SHAH, HARTWELL, "Kwame Obi <kwame.obi@harrowgate.example>"],
  "Dear Ms Shah",
  hartwellSignature,
);
const forQuayle = relayed(
  "Jenny Marsh <jenny.marsh@quayle.example>",
  [TOM, "Bartholomew Quayle <bartholomew.quayle@quayle.example>"],
  "Dear Tom",
  "Kind regards,\nJenny Marsh\nPA to Bartholomew Quayle\nQuayle Organ Builders",
);
const forAlexRowe = relayed(
  "Jenny Marsh <jenny.marsh@quayle.example>",
  [TOM, "Alex Rowe <alex.rowe@quayle.example>"],
  "Dear Tom",
  "Best,\nJenny Marsh\nPA to Alex Rowe",
);
const alexRoweUses = (value: string) => [
  { field: "meetingPlatform" as const, value, profile: "alex.rowe@quayle.example" },
];

runListenTests(
  "round 43: an assistant's relay beside another person's errand, a namesake or a one-off",
  {
    silent: [
      {
        ...forSamRowe(
          "Sam has asked me to send over Mrs Rowe's passport copy, and to let you know that she'd prefer calls to her mobile. He sends his regards.",
        ),
        fields: ["preferredChannels"],
      },
      {
        ...forSamRowe(
          "Sam has asked me to pass on the forms from Mr Rowe, and to let you know that he prefers phone calls.",
        ),
        fields: ["preferredChannels"],
      },
      {
        ...forHartwellWithObi(
          "Mr Hartwell has asked me to forward the contract to Mr Obi, and to let you know that he prefers Teams.",
        ),
        fields: ["meetingPlatform"],
      },
      {
        ...forHartwell(
          "Mr Hartwell has asked me to send Mr Obi's invoice back to him, and to let you know that he has stopped using WhatsApp.",
        ),
        fields: ["avoidChannels"],
      },
      {
        ...forQuayle(
          "Mr Quayle has asked me to thank you for the papers, and to let you know that he's had a call from the Revenue and would rather you didn't phone this week.",
        ),
        fields: ["avoidChannels"],
      },
      {
        ...forQuayle(
          "Mr Quayle has asked me to chase the completion statement, and to mention that he's asked his accountant to avoid email.",
        ),
        fields: ["avoidChannels"],
      },
      {
        ...forQuayle(
          "Mr Quayle has asked me to forward the lease, and to let you know that he's stopped using WhatsApp for the duration of the trip only.",
        ),
        fields: ["avoidChannels"],
      },
    ],
    heard: [
      {
        ...forAlexRowe(
          "Alex Rowe has asked me to send the deeds, and to let you know that she prefers Teams. Mr Rowe, her husband, says he prefers Zoom.",
        ),
        heard: alexRoweUses("teams"),
      },
      {
        ...forAlexRowe(
          "A. Rowe has asked me to let you know that he prefers Zoom. Mrs Rowe is copied for information.",
        ),
        heard: alexRoweUses("zoom"),
      },
      {
        ...forAlexRowe(
          "Ms Rowe will join the call. Alex Rowe has asked me to let you know that he prefers Zoom.",
        ),
        heard: alexRoweUses("zoom"),
      },
    ],
  },
);

/*
 * And from listen-43d's review ("I/we would prefer <platform>" read as the meeting platform, not
 * shipped): a preference for one deposition, hearing or week, a wish the writer cannot have ("Were
 * it up to me", "Given the choice", "Personally … our IT department insists on Teams"), meetings
 * that are not with the firm (staff webinars, internal calls, customer demos, the AGM), a past
 * habit, sarcasm and a denial. Main records no meeting platform in any of them.
 */
const preferLetter = (text: string) => ({
  name: text,
  from: "Ana <ana@client.example>",
  body: `Dear Tom,\n\n${text} Thanks for arranging things.\n\nBest regards,\nAna`,
  fields: ["meetingPlatform" as const],
});

runListenTests(
  "round 43: 'would prefer' a platform that is no standing wish for meetings with the firm",
  {
    heard: [],
    silent: [
      preferLetter("I would prefer Zoom for my deposition."),
      preferLetter("Re the hearing: I would prefer Zoom."),
      preferLetter("As to next week's call, I would prefer Zoom."),
      preferLetter("Since I'll be in Lisbon next week, I would prefer Zoom."),
      preferLetter(
        "I'd prefer Zoom. I'm in Singapore this week and Teams is blocked on the hotel wifi.",
      ),
      preferLetter("Were it up to me, I would prefer Zoom. Our IT team decides these things."),
      preferLetter("Left to myself I'd prefer Zoom, yet group policy is Teams."),
      preferLetter("Given the choice, I'd prefer Zoom. We don't have the choice."),
      preferLetter("Personally I'd prefer Zoom; our IT department insists on Teams."),
      preferLetter("For our staff webinars we would prefer Zoom."),
      preferLetter("We would prefer Teams for internal calls; please don't worry about that."),
      preferLetter("I would prefer Zoom for our staff training sessions."),
      preferLetter(
        "For our annual general meeting we would prefer Zoom, as it copes with 300 shareholders.",
      ),
      preferLetter("We would prefer Zoom for customer demos."),
      preferLetter("For my own team's stand-ups I'd prefer Google Meet."),
      preferLetter("In the early days I would prefer Zoom, these days Teams is fine."),
      preferLetter("Back in 2020 I would prefer Zoom, now Teams suits me."),
      preferLetter("I would prefer Zoom, said no one at our company ever."),
      preferLetter("Sure, I'd prefer Zoom, right after a root canal."),
      preferLetter("Not once have I said I would prefer Zoom."),
    ],
  },
);

/*
 * And from listen-43a's first review (the writer's own name asked for with its marks): a spelling
 * left to the firm's choice ("whichever your system manages is fine by me"), a request for one
 * court filing or one deed, and a marks-off form said to be how a brewery spells its beer, a
 * colleague her own name, a ferry company its boat: main records no full name in the first three
 * and no avoided name in the last three.
 */
/** A client whose From name carries the marks and whose profile's full name lacks them. */
const markedName = (name: string, address: string, plain: string) =>
  ({
    from: `${name} <${address}>`,
    profiles: [{ title: plain, matchKey: address, fullName: plain }],
  }) as const;
const HENRIK = markedName("Henrik Ødegaard", "henrik.odegaard@client.example", "Henrik Odegaard");
const JURGEN = markedName("Jürgen Müller", "jurgen.muller@client.example", "Jurgen Muller");
const JOSE = markedName("José García", "jose.garcia@client.example", "Jose Garcia");
/** Their message: greeting, sentence and sign-off, `gap` apart (the second review used one line break). */
const writes = (
  writer: ReturnType<typeof markedName>,
  greeting: string,
  text: string,
  signOff: string,
  gap = "\n\n",
) => ({
  name: text,
  from: writer.from,
  profiles: [...writer.profiles],
  body: [greeting, text, signOff].join(gap),
});

runListenTests(
  "round 43: a marked name asked for once or left to the firm, a look-alike disowned that is no name",
  {
    heard: [],
    silent: [
      {
        ...writes(
          HENRIK,
          "Hi,",
          "It's Henrik Ødegaard with the Ø or Odegaard, whichever your system manages is fine by me.",
          "Henrik",
        ),
        fields: ["fullName"],
      },
      {
        ...writes(
          markedName("Marta Wróbel", "marta.wrobel@client.example", "Marta Wrobel"),
          "Dear Tom,",
          "For the Polish court filing please use the Polish letters in my name – Marta Wróbel – as the registry insists on it.",
          "Regards,\nMarta",
        ),
        fields: ["fullName"],
      },
      {
        ...writes(
          JURGEN,
          "Dear Sarah,",
          "On the German notarial deed please write my name with the umlauts, Jürgen Müller, exactly as in my passport.",
          "Jürgen",
        ),
        fields: ["fullName"],
      },
      {
        ...writes(
          JURGEN,
          "Dear Sarah,",
          "It's Jürgen Müller with the umlauts, please. Muller is how the brewery spells its beer, not my name, and that's fine for the beer.",
          "Jürgen",
        ),
        fields: ["avoidNames"],
      },
      {
        ...writes(
          markedName("Begoña Fernández", "begona.fernandez@client.example", "Begona Fernandez"),
          "Hi,",
          "Please keep the accents in my name, Begoña Fernández. Fernandez is how my colleague Ana spells her own name, not me, so don't mix us up.",
          "Begoña",
        ),
        fields: ["avoidNames"],
      },
      {
        ...writes(
          HENRIK,
          "Hi,",
          "Please write my name with the Ø – Henrik Ødegaard. Odegaard is how the ferry company spells the boat, not me – it's the MS Odegaard.",
          "Henrik",
        ),
        fields: ["avoidNames"],
      },
    ],
  },
);

/*
 * And from listen-43a's second review: plain letters asked for ("with plain English letters",
 * "with no accents", where main hears the plain full name right), one power of attorney or land
 * register extract, and a marks-off form the writer disowns and accepts in the same breath ("Garcia
 * is how my company writes it, not me, and you should keep using that", "Renee is not my name in
 * France, but in London … I like it"): main records no wrong full name and no avoided name.
 */
runListenTests(
  "round 43: plain letters asked for, a marked name for one document, a form disowned and kept",
  {
    silent: [
      {
        ...writes(
          JOSE,
          "Hi Tom,",
          "Please write my name with plain English letters in your emails, it's simpler: José García confuses your billing system.",
          "Thanks,\nJosé",
          "\n",
        ),
        fields: ["fullName"],
      },
      {
        ...writes(
          markedName("Łukasz Wróbel", "lukasz.wrobel@client.example", "Lukasz Wrobel"),
          "Dear Sarah,",
          "On the power of attorney please write my name with the Polish letters – Łukasz Wróbel – as the Kraków notary insists.",
          "Kind regards,\nŁukasz",
          "\n",
        ),
        fields: ["fullName"],
      },
      {
        ...writes(
          markedName("Zdeněk Horák", "zdenek.horak@client.example", "Zdenek Horak"),
          "Dear Anna,",
          "For the Czech land register extract, please write my name with the háček – Zdeněk Horák. Everywhere else Zdenek Horak is perfectly fine.",
          "Best,\nZdeněk",
          "\n",
        ),
        fields: ["fullName"],
      },
      {
        ...writes(
          JOSE,
          "Hi Tom,",
          "Please write my name with the accents – it's José García. Garcia is how my company writes it, not me, and you should keep using that on anything for the company.",
          "Thanks,\nJosé",
          "\n",
        ),
        fields: ["avoidNames"],
      },
      {
        ...writes(
          JOSE,
          "Hi Tom,",
          "Please write my name with the accents on the Spanish escritura – José García – as the notario requires. Jose Garcia is how our English papers spell it, not me personally, but that's fine there.",
          "Thanks,\nJosé",
          "\n",
        ),
        fields: ["fullName", "avoidNames"],
      },
      {
        ...writes(
          markedName("Renée Dubois", "renee.dubois@client.example", "Renee Dubois"),
          "Dear Mark,",
          "My name has an accent – it's Renée Dubois. Renee is not my name in France, but in London everyone writes it that way and I like it.",
          "Best wishes,\nRenée",
          "\n",
        ),
        fields: ["avoidNames"],
      },
    ],
    heard: [
      {
        ...writes(
          JOSE,
          "Hi Tom,",
          "Please write my name with no accents – José García trips up the US bank's forms – it's Jose Garcia over there.",
          "Thanks,\nJosé",
          "\n",
        ),
        heard: [{ field: "fullName", value: "Jose Garcia", profile: "jose.garcia@client.example" }],
      },
    ],
  },
);

/*
 * And from listen-43e's review (a call placed on an app is not the phone, not shipped): a complaint
 * about calls over an app before a request to ring a landline or a number keeps the phone, and a
 * call on video allowed "if you must" beside "I would much rather you just phone me" adds no video.
 */
/** Ana's letter, in which she asks for the phone. */
const asksForThePhone = (text: string) => ({
  name: text,
  from: "Ana Silva <ana@client.example>",
  body: `Dear Tom,\n\n${text}\n\nBest regards,\nAna`,
  heard: [{ field: "preferredChannels" as const, value: "phone", profile: "ana@client.example" }],
});

runListenTests("round 43: calls over an app complained of, the phone asked for", {
  silent: [],
  heard: [
    asksForThePhone("Calls over WhatsApp keep dropping, so please ring my landline instead."),
    asksForThePhone("Calls over Zoom freeze on my laptop; please ring me on 020 7946 0000."),
    asksForThePhone("Do call me via video if you must, but I would much rather you just phone me."),
  ],
});
