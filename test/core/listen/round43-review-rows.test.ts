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
runListenTests(
  "round 43: an assistant's relay beside another person's errand, a namesake or a one-off",
  {
    silent: [
      {
        name: "Sam has asked me to send over Mrs Rowe's passport copy, and to let you know that she'd prefer calls to her mobile. He sends his regards.",
        from: "Nell Gartside <nell.gartside@harrowgate.example>",
        recipients: [
          "Priya Shah <priya.shah@lawfirm.example>",
          "Sam Rowe <sam.rowe@harrowgate.example>",
        ],
        body: "Dear Ms Shah,\n\nSam has asked me to send over Mrs Rowe's passport copy, and to let you know that she'd prefer calls to her mobile. He sends his regards.\n\nBest,\nNell Gartside\nPA to Sam Rowe\nHarrowgate Organ Builders",
        fields: ["preferredChannels"],
      },
      {
        name: "Sam has asked me to pass on the forms from Mr Rowe, and to let you know that he prefers phone calls.",
        from: "Nell Gartside <nell.gartside@harrowgate.example>",
        recipients: [
          "Priya Shah <priya.shah@lawfirm.example>",
          "Sam Rowe <sam.rowe@harrowgate.example>",
        ],
        body: "Dear Ms Shah,\n\nSam has asked me to pass on the forms from Mr Rowe, and to let you know that he prefers phone calls.\n\nBest,\nNell Gartside\nPA to Sam Rowe\nHarrowgate Organ Builders",
        fields: ["preferredChannels"],
      },
      {
        name: "Mr Hartwell has asked me to forward the contract to Mr Obi, and to let you know that he prefers Teams.",
        from: "Nell Gartside <nell.gartside@harrowgate.example>",
        recipients: [
          "Priya Shah <priya.shah@lawfirm.example>",
          "George Hartwell <george.hartwell@harrowgate.example>",
          "Kwame Obi <kwame.obi@harrowgate.example>",
        ],
        body: "Dear Ms Shah,\n\nMr Hartwell has asked me to forward the contract to Mr Obi, and to let you know that he prefers Teams.\n\nKind regards,\nNell Gartside\nPA to Mr Hartwell",
        fields: ["meetingPlatform"],
      },
      {
        name: "Mr Hartwell has asked me to send Mr Obi's invoice back to him, and to let you know that he has stopped using WhatsApp.",
        from: "Nell Gartside <nell.gartside@harrowgate.example>",
        recipients: [
          "Priya Shah <priya.shah@lawfirm.example>",
          "George Hartwell <george.hartwell@harrowgate.example>",
        ],
        body: "Dear Ms Shah,\n\nMr Hartwell has asked me to send Mr Obi's invoice back to him, and to let you know that he has stopped using WhatsApp.\n\nKind regards,\nNell Gartside\nPA to Mr Hartwell",
        fields: ["avoidChannels"],
      },
      {
        name: "Mr Quayle has asked me to thank you for the papers, and to let you know that he's had a call from the Revenue and would rather you didn't phone this week.",
        from: "Jenny Marsh <jenny.marsh@quayle.example>",
        recipients: [
          "Tom Reeve <tom.reeve@firm.example>",
          "Bartholomew Quayle <bartholomew.quayle@quayle.example>",
        ],
        body: "Dear Tom,\n\nMr Quayle has asked me to thank you for the papers, and to let you know that he's had a call from the Revenue and would rather you didn't phone this week.\n\nKind regards,\nJenny Marsh\nPA to Bartholomew Quayle\nQuayle Organ Builders",
        fields: ["avoidChannels"],
      },
      {
        name: "Mr Quayle has asked me to chase the completion statement, and to mention that he's asked his accountant to avoid email.",
        from: "Jenny Marsh <jenny.marsh@quayle.example>",
        recipients: [
          "Tom Reeve <tom.reeve@firm.example>",
          "Bartholomew Quayle <bartholomew.quayle@quayle.example>",
        ],
        body: "Dear Tom,\n\nMr Quayle has asked me to chase the completion statement, and to mention that he's asked his accountant to avoid email.\n\nKind regards,\nJenny Marsh\nPA to Bartholomew Quayle\nQuayle Organ Builders",
        fields: ["avoidChannels"],
      },
      {
        name: "Mr Quayle has asked me to forward the lease, and to let you know that he's stopped using WhatsApp for the duration of the trip only.",
        from: "Jenny Marsh <jenny.marsh@quayle.example>",
        recipients: [
          "Tom Reeve <tom.reeve@firm.example>",
          "Bartholomew Quayle <bartholomew.quayle@quayle.example>",
        ],
        body: "Dear Tom,\n\nMr Quayle has asked me to forward the lease, and to let you know that he's stopped using WhatsApp for the duration of the trip only.\n\nKind regards,\nJenny Marsh\nPA to Bartholomew Quayle\nQuayle Organ Builders",
        fields: ["avoidChannels"],
      },
    ],
    heard: [
      {
        name: "Alex Rowe has asked me to send the deeds, and to let you know that she prefers Teams. Mr Rowe, her husband, says he prefers Zoom.",
        from: "Jenny Marsh <jenny.marsh@quayle.example>",
        recipients: ["Tom Reeve <tom.reeve@firm.example>", "Alex Rowe <alex.rowe@quayle.example>"],
        body: "Dear Tom,\n\nAlex Rowe has asked me to send the deeds, and to let you know that she prefers Teams. Mr Rowe, her husband, says he prefers Zoom.\n\nBest,\nJenny Marsh\nPA to Alex Rowe",
        heard: [
          {
            field: "meetingPlatform",
            value: "teams",
            profile: "alex.rowe@quayle.example",
          },
        ],
      },
      {
        name: "A. Rowe has asked me to let you know that he prefers Zoom. Mrs Rowe is copied for information.",
        from: "Jenny Marsh <jenny.marsh@quayle.example>",
        recipients: ["Tom Reeve <tom.reeve@firm.example>", "Alex Rowe <alex.rowe@quayle.example>"],
        body: "Dear Tom,\n\nA. Rowe has asked me to let you know that he prefers Zoom. Mrs Rowe is copied for information.\n\nBest,\nJenny Marsh\nPA to Alex Rowe",
        heard: [
          {
            field: "meetingPlatform",
            value: "zoom",
            profile: "alex.rowe@quayle.example",
          },
        ],
      },
      {
        name: "Ms Rowe will join the call. Alex Rowe has asked me to let you know that he prefers Zoom.",
        from: "Jenny Marsh <jenny.marsh@quayle.example>",
        recipients: ["Tom Reeve <tom.reeve@firm.example>", "Alex Rowe <alex.rowe@quayle.example>"],
        body: "Dear Tom,\n\nMs Rowe will join the call. Alex Rowe has asked me to let you know that he prefers Zoom.\n\nBest,\nJenny Marsh\nPA to Alex Rowe",
        heard: [
          {
            field: "meetingPlatform",
            value: "zoom",
            profile: "alex.rowe@quayle.example",
          },
        ],
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
runListenTests(
  "round 43: a marked name asked for once or left to the firm, a look-alike disowned that is no name",
  {
    heard: [],
    silent: [
      {
        name: "It's Henrik Ødegaard with the Ø or Odegaard, whichever your system manages is fine by me.",
        from: "Henrik Ødegaard <henrik.odegaard@client.example>",
        body: "Hi,\n\nIt's Henrik Ødegaard with the Ø or Odegaard, whichever your system manages is fine by me.\n\nHenrik",
        profiles: [
          {
            title: "Henrik Odegaard",
            matchKey: "henrik.odegaard@client.example",
            fullName: "Henrik Odegaard",
          },
        ],
        fields: ["fullName"],
      },
      {
        name: "For the Polish court filing please use the Polish letters in my name – Marta Wróbel – as the registry insists on it.",
        from: "Marta Wróbel <marta.wrobel@client.example>",
        body: "Dear Tom,\n\nFor the Polish court filing please use the Polish letters in my name – Marta Wróbel – as the registry insists on it.\n\nRegards,\nMarta",
        profiles: [
          {
            title: "Marta Wrobel",
            matchKey: "marta.wrobel@client.example",
            fullName: "Marta Wrobel",
          },
        ],
        fields: ["fullName"],
      },
      {
        name: "On the German notarial deed please write my name with the umlauts, Jürgen Müller, exactly as in my passport.",
        from: "Jürgen Müller <jurgen.muller@client.example>",
        body: "Dear Sarah,\n\nOn the German notarial deed please write my name with the umlauts, Jürgen Müller, exactly as in my passport.\n\nJürgen",
        profiles: [
          {
            title: "Jurgen Muller",
            matchKey: "jurgen.muller@client.example",
            fullName: "Jurgen Muller",
          },
        ],
        fields: ["fullName"],
      },
      {
        name: "It's Jürgen Müller with the umlauts, please. Muller is how the brewery spells its beer, not my name, and that's fine for the beer.",
        from: "Jürgen Müller <jurgen.muller@client.example>",
        body: "Dear Sarah,\n\nIt's Jürgen Müller with the umlauts, please. Muller is how the brewery spells its beer, not my name, and that's fine for the beer.\n\nJürgen",
        profiles: [
          {
            title: "Jurgen Muller",
            matchKey: "jurgen.muller@client.example",
            fullName: "Jurgen Muller",
          },
        ],
        fields: ["avoidNames"],
      },
      {
        name: "Please keep the accents in my name, Begoña Fernández. Fernandez is how my colleague Ana spells her own name, not me, so don't mix us up.",
        from: "Begoña Fernández <begona.fernandez@client.example>",
        body: "Hi,\n\nPlease keep the accents in my name, Begoña Fernández. Fernandez is how my colleague Ana spells her own name, not me, so don't mix us up.\n\nBegoña",
        profiles: [
          {
            title: "Begona Fernandez",
            matchKey: "begona.fernandez@client.example",
            fullName: "Begona Fernandez",
          },
        ],
        fields: ["avoidNames"],
      },
      {
        name: "Please write my name with the Ø – Henrik Ødegaard. Odegaard is how the ferry company spells the boat, not me – it's the MS Odegaard.",
        from: "Henrik Ødegaard <henrik.odegaard@client.example>",
        body: "Hi,\n\nPlease write my name with the Ø – Henrik Ødegaard. Odegaard is how the ferry company spells the boat, not me – it's the MS Odegaard.\n\nHenrik",
        profiles: [
          {
            title: "Henrik Odegaard",
            matchKey: "henrik.odegaard@client.example",
            fullName: "Henrik Odegaard",
          },
        ],
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
        name: "Please write my name with plain English letters in your emails, it's simpler: José García confuses your billing system.",
        from: "José García <jose.garcia@client.example>",
        body: "Hi Tom,\nPlease write my name with plain English letters in your emails, it's simpler: José García confuses your billing system.\nThanks,\nJosé",
        profiles: [
          {
            matchKey: "jose.garcia@client.example",
            fullName: "Jose Garcia",
            title: "Jose Garcia",
          },
        ],
        fields: ["fullName"],
      },
      {
        name: "On the power of attorney please write my name with the Polish letters – Łukasz Wróbel – as the Kraków notary insists.",
        from: "Łukasz Wróbel <lukasz.wrobel@client.example>",
        body: "Dear Sarah,\nOn the power of attorney please write my name with the Polish letters – Łukasz Wróbel – as the Kraków notary insists.\nKind regards,\nŁukasz",
        profiles: [
          {
            matchKey: "lukasz.wrobel@client.example",
            fullName: "Lukasz Wrobel",
            title: "Lukasz Wrobel",
          },
        ],
        fields: ["fullName"],
      },
      {
        name: "For the Czech land register extract, please write my name with the háček – Zdeněk Horák. Everywhere else Zdenek Horak is perfectly fine.",
        from: "Zdeněk Horák <zdenek.horak@client.example>",
        body: "Dear Anna,\nFor the Czech land register extract, please write my name with the háček – Zdeněk Horák. Everywhere else Zdenek Horak is perfectly fine.\nBest,\nZdeněk",
        profiles: [
          {
            matchKey: "zdenek.horak@client.example",
            fullName: "Zdenek Horak",
            title: "Zdenek Horak",
          },
        ],
        fields: ["fullName"],
      },
      {
        name: "Please write my name with the accents – it's José García. Garcia is how my company writes it, not me, and you should keep using that on anything for the company.",
        from: "José García <jose.garcia@client.example>",
        body: "Hi Tom,\nPlease write my name with the accents – it's José García. Garcia is how my company writes it, not me, and you should keep using that on anything for the company.\nThanks,\nJosé",
        profiles: [
          {
            matchKey: "jose.garcia@client.example",
            fullName: "Jose Garcia",
            title: "Jose Garcia",
          },
        ],
        fields: ["avoidNames"],
      },
      {
        name: "Please write my name with the accents on the Spanish escritura – José García – as the notario requires. Jose Garcia is how our English papers spell it, not me personally, but that's fine there.",
        from: "José García <jose.garcia@client.example>",
        body: "Hi Tom,\nPlease write my name with the accents on the Spanish escritura – José García – as the notario requires. Jose Garcia is how our English papers spell it, not me personally, but that's fine there.\nThanks,\nJosé",
        profiles: [
          {
            matchKey: "jose.garcia@client.example",
            fullName: "Jose Garcia",
            title: "Jose Garcia",
          },
        ],
        fields: ["fullName", "avoidNames"],
      },
      {
        name: "My name has an accent – it's Renée Dubois. Renee is not my name in France, but in London everyone writes it that way and I like it.",
        from: "Renée Dubois <renee.dubois@client.example>",
        body: "Dear Mark,\nMy name has an accent – it's Renée Dubois. Renee is not my name in France, but in London everyone writes it that way and I like it.\nBest wishes,\nRenée",
        profiles: [
          {
            matchKey: "renee.dubois@client.example",
            fullName: "Renee Dubois",
            title: "Renee Dubois",
          },
        ],
        fields: ["avoidNames"],
      },
    ],
    heard: [
      {
        name: "Please write my name with no accents – José García trips up the US bank's forms – it's Jose Garcia over there.",
        from: "José García <jose.garcia@client.example>",
        body: "Hi Tom,\nPlease write my name with no accents – José García trips up the US bank's forms – it's Jose Garcia over there.\nThanks,\nJosé",
        profiles: [
          {
            matchKey: "jose.garcia@client.example",
            fullName: "Jose Garcia",
            title: "Jose Garcia",
          },
        ],
        heard: [
          {
            field: "fullName",
            value: "Jose Garcia",
            profile: "jose.garcia@client.example",
          },
        ],
      },
    ],
  },
);

/*
 * And from listen-43e's review (a call placed on an app is not the phone, not shipped): a complaint
 * about calls over an app before a request to ring a landline or a number keeps the phone, and a
 * call on video allowed "if you must" beside "I would much rather you just phone me" adds no video.
 */
runListenTests("round 43: calls over an app complained of, the phone asked for", {
  silent: [],
  heard: [
    {
      name: "Calls over WhatsApp keep dropping, so please ring my landline instead.",
      from: "Ana Silva <ana@client.example>",
      body: "Dear Tom,\n\nCalls over WhatsApp keep dropping, so please ring my landline instead.\n\nBest regards,\nAna",
      heard: [
        {
          field: "preferredChannels",
          value: "phone",
          profile: "ana@client.example",
        },
      ],
    },
    {
      name: "Calls over Zoom freeze on my laptop; please ring me on 020 7946 0000.",
      from: "Ana Silva <ana@client.example>",
      body: "Dear Tom,\n\nCalls over Zoom freeze on my laptop; please ring me on 020 7946 0000.\n\nBest regards,\nAna",
      heard: [
        {
          field: "preferredChannels",
          value: "phone",
          profile: "ana@client.example",
        },
      ],
    },
    {
      name: "Do call me via video if you must, but I would much rather you just phone me.",
      from: "Ana Silva <ana@client.example>",
      body: "Dear Tom,\n\nDo call me via video if you must, but I would much rather you just phone me.\n\nBest regards,\nAna",
      heard: [
        {
          field: "preferredChannels",
          value: "phone",
          profile: "ana@client.example",
        },
      ],
    },
  ],
});
