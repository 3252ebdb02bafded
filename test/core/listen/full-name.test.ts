import { runListenTests } from "./listen-tester";
import { holds } from "../../../src/core/listen/listen";
import { emptyProfile } from "../../../src/core/profile";

// Corrections of the full name (round 9), written for this table (not from the corpus): the
// surname re-spelt, re-capitalised, changed or put in order is fullName, with the given names from
// the From header; a given name corrected stays a form of address; someone else's name, a
// company's, a question and a spelling note about a place are no correction of the writer's name.
const NIAMH = "Niamh O Briain <niamh.obriain@ardcarn.example>";
const FIONA = "Fiona Mcleod <fiona.mcleod@glenmore.example>";
const CLAIRE = "Claire Henderson <claire.henderson@pike-hall.example>";
const LAN = "Lan Nguyen <lan.nguyen@saigon-trade.example>";
const AOIFE = "Aoife Bryan <aoife.bryan@tullow-farms.example>";
const RENEE = "Renee Dubois <renee.dubois@lacroix.example>";
const COMMA = "Mcleod, Fiona <fiona.mcleod@glenmore.example>";
const NAMES = ["fullName", "preferredName", "avoidNames"] as const;
const mail = (text: string, name: string) => `Hi Jo,\n\n${text}\n\nBest,\n${name}`;

runListenTests("full name corrected", {
  silent: [
    {
      name: "someone else's surname",
      from: CLAIRE,
      body: mail("My husband's surname is Pike, with an i.", "Claire"),
      fields: [...NAMES],
    },
    {
      name: "a company's name spelt",
      from: CLAIRE,
      body: mail("The company is spelt Henderson Holdings, with an s.", "Claire"),
      fields: [...NAMES],
    },
    {
      name: "a question about the spelling",
      from: CLAIRE,
      body: mail("Is it Henderson with an s on the deed?", "Claire"),
      fields: [...NAMES],
    },
    {
      name: "a place with a capital",
      from: FIONA,
      body: mail("Dublin is spelt with a capital D, obviously.", "Fiona"),
      fields: [...NAMES],
    },
    {
      name: "a sentence opening with a common word beside a name change",
      from: CLAIRE,
      body: mail("Since the wedding things have been hectic.", "Claire"),
      fields: [...NAMES],
    },
    {
      name: "a new surname that is a common word is not guessed",
      from: CLAIRE,
      body: mail("Since the wedding I'm Baker.", "Claire"),
      fields: ["fullName"],
    },
    {
      name: "an organisation naming itself in a disclaimer",
      from: "The Motley Fool <fool@motley-fool.example>",
      body: "It is provided with the understanding that The Motley Fool is not engaged in rendering advice, as written.",
      fields: [...NAMES],
    },
    {
      name: "a contrast between platforms is no name",
      from: CLAIRE,
      body: mail("Teams, not Zoom, for the call with Henderson Holdings please.", "Claire"),
      fields: ["fullName"],
    },
    {
      name: "a sender that is no person",
      from: "CNET Download.com for PC <news@cnet.example>",
      body: "It's CNET Download.com for PC, written for you.",
      fields: [...NAMES],
    },
  ],
  heard: [
    {
      name: "an accent restored to a surname of two words",
      from: NIAMH,
      body: mail("It's Ó Briain, with the accent.", "Niamh"),
      heard: [{ field: "fullName", value: "Niamh Ó Briain" }],
    },
    {
      name: "a capital inside the surname",
      from: FIONA,
      body: mail("Small thing - McLeod, capital L.", "Fiona"),
      heard: [{ field: "fullName", value: "Fiona McLeod" }],
    },
    {
      name: "the header in surname-first order",
      from: COMMA,
      body: mail("Small thing - McLeod, capital L.", "Fiona"),
      heard: [{ field: "fullName", value: "Fiona McLeod" }],
    },
    {
      name: "a new double-barrelled surname since the wedding",
      from: CLAIRE,
      body: mail("I'm Henderson-Pike since the wedding.", "Claire"),
      heard: [{ field: "fullName", value: "Claire Henderson-Pike" }],
    },
    {
      name: "the family name first",
      from: LAN,
      body: mail("For your records, family name first: Nguyen Thi Lan.", "Lan"),
      heard: [{ field: "fullName", value: "Nguyen Thi Lan" }],
    },
    {
      name: "spell my surname",
      from: AOIFE,
      body: mail("Please spell my surname Ní Bhriain in the deed.", "Aoife"),
      heard: [{ field: "fullName", value: "Aoife Ní Bhriain" }],
    },
    {
      name: "the whole name with its accent asks for no part of it",
      from: RENEE,
      body: mail("It's Renée Dubois, with the accent.", "Renee"),
      heard: [{ field: "fullName", value: "Renée Dubois" }],
    },
    {
      name: "the misspelling is avoided only when disliked",
      from: NIAMH,
      body: mail("It's Ó Briain, with the accent - I really can't stand 'O Brian'.", "Niamh"),
      heard: [
        { field: "fullName", value: "Niamh Ó Briain" },
        { field: "avoidNames", value: "O Brian" },
      ],
    },
    {
      name: "a given name asked for beside the surname corrected",
      from: FIONA,
      body: mail("Small thing - McLeod, capital L. And please call me Fi.", "Fiona"),
      heard: [
        { field: "fullName", value: "Fiona McLeod" },
        { field: "preferredName", value: "Fi" },
      ],
    },
    {
      name: "the surname set against its misspelling",
      from: "Ines Martinez <ines.martinez@ribera-olive.example>",
      body: mail("It's Martínez, not Martinez, on the share certificates please.", "Inés"),
      heard: [
        { field: "fullName", value: "Ines Martínez" },
        { field: "avoidNames", value: "Martinez" },
      ],
    },
    {
      name: "my name is spelt, the whole name",
      from: "Pawel Kowalczyk <pawel.kowalczyk@wisla-freight.example>",
      body: mail("For the deed: my name is spelt Paweł Kowalczyk.", "Paweł"),
      heard: [{ field: "fullName", value: "Paweł Kowalczyk" }],
    },
    {
      name: "write my name as, in another order",
      from: "Sato Haruto <haruto.sato@kobe-games.example>",
      body: mail("Please write my name as Haruto Sato in the agreement.", "Haruto"),
      heard: [{ field: "fullName", value: "Haruto Sato" }],
    },
    {
      name: "a new surname given with the given name is not doubled",
      from: "Grace Mensah <grace.mensah@volta-pharma.example>",
      body: mail("I married in June, so it's Grace Boateng from now on.", "Grace"),
      heard: [{ field: "fullName", value: "Grace Boateng" }],
    },
    {
      // Round 21 (decided 4 December, docs/listen.md, Names): until then a given name corrected
      // stayed a form of address; spelt out, it is the full name as the header gives it.
      name: "a given name spelt out is the full name with that given name",
      from: "Siobhan Keane <siobhan.keane@brightwater.example>",
      body: mail("Please note it's Siobhán, with the accent.", "S."),
      heard: [{ field: "fullName", value: "Siobhán Keane" }],
    },
    {
      name: "a given name asked for with its accent stays a form of address",
      from: "Siobhan Keane <siobhan.keane@brightwater.example>",
      body: mail("Please call me Siobhán, with the accent.", "S."),
      heard: [{ field: "preferredName", value: "Siobhán" }],
    },
  ],
});

describe("a full name on file", () => {
  const onFile = {
    ...emptyProfile("hamish.mcleod@glenmore.example"),
    fullName: "Hamish Mcleod",
    preferredName: "Hamish",
  };

  it("is changed by a correction of its capitals, which are part of its spelling", () => {
    expect(holds(onFile, "fullName", "Hamish McLeod")).toBe(false);
    expect(holds(onFile, "fullName", "Hamish  Mcleod")).toBe(true);
  });

  it("leaves other names the same whatever their case", () => {
    expect(holds(onFile, "preferredName", "hamish")).toBe(true);
  });
});

// Round 32 (listen-32a): the whole name for the formal record, in words written for this table:
// the name tied to an identity paper, to anything formal or official, or to letters "in full",
// right after a verb that writes it or says the writer is it. A single word, someone else's name,
// a name sent to rather than written, a question and a report are not it.
const TOMAS = "Tomas Varga <tomas.varga@keszthely-wine.example>";
const HELGA = "Helga Brandt <helga.brandt@nordfjell.example>";
runListenTests("whole name for the formal record", {
  silent: [
    {
      name: "a single given name for formal papers",
      from: TOMAS,
      body: mail("Tamás is fine on the formal papers, Tom in emails.", "Tom"),
      fields: ["fullName"],
    },
    {
      name: "papers sent to the writer, the name not written",
      from: TOMAS,
      body: mail("Please send the formal letters to Tomas Varga at the winery.", "Tom"),
      fields: ["fullName"],
    },
    {
      name: "a colleague's name as in her passport",
      from: TOMAS,
      body: mail("For the visa forms please write Eszter Kovacs, as in her passport.", "Tom"),
      fields: ["fullName"],
    },
    {
      name: "a question about the name on the passport",
      from: HELGA,
      body: mail("For anything official, is it Helga M. Brandt?", "Helga"),
      fields: ["fullName"],
    },
    {
      name: "a company's name for official documents",
      from: HELGA,
      body: mail("For anything official it's Brandt Holdings, not me personally.", "Helga"),
      fields: ["fullName"],
    },
  ],
  heard: [
    {
      name: "the name as the passport has it, after 'write'",
      from: TOMAS,
      body: mail("For the share transfer please write Tamás Varga, as in my passport.", "Tom"),
      heard: [{ field: "fullName", value: "Tamás Varga" }],
    },
    {
      name: "the name for anything formal, after 'it's'",
      from: HELGA,
      body: mail("For everything formal it's Helga Marie Brandt.", "Helga"),
      heard: [{ field: "fullName", value: "Helga Marie Brandt" }],
    },
    {
      name: "a new surname from a date on official papers",
      from: HELGA,
      body: mail("From March I'll be Helga Brandt-Olsen on anything official.", "Helga"),
      heard: [{ field: "fullName", value: "Helga Brandt-Olsen" }],
    },
    {
      name: "letters addressed to the whole name in full, the title left out",
      from: HELGA,
      body: mail("Kindly address the letters to Ms Helga Marie Brandt in full.", "Helga"),
      heard: [{ field: "fullName", value: "Helga Marie Brandt" }],
    },
    {
      name: "the name after a colon, as on an identity card",
      from: TOMAS,
      body: mail("On the deed it must be my name exactly as on my ID card: Tamás J. Varga.", "Tom"),
      heard: [{ field: "fullName", value: "Tamás J. Varga" }],
    },
  ],
});
