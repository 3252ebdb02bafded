import { runListenTests } from "./listen-tester";

const ROBERT = "Robert Hale <robert.hale@hale-foods.example>";
const MARGARET = "Margaret Ossei <m.ossei@ossei-law.example>";
const RENEE = "Renée Dubois <renee.dubois@lacroix-vins.example>";

runListenTests("names", {
  silent: [
    { name: "an ordinary sign-off", from: ROBERT, body: "Hi Jo,\nThe lease is signed.\n\nBob" },
    {
      name: "someone else's name (our MD)",
      from: ROBERT,
      body: "Jo,\nOur MD really can't stand being called Tony. It's Anthony, always, in the board pack.\nRob",
    },
    {
      name: "the lawyer's own name",
      from: ROBERT,
      body: "Jo, sorry for spelling your name Joe in my last note.\nRobert",
    },
    {
      name: "a permission, not a correction",
      from: ROBERT,
      body: "Jo, feel free to call me Robert, everyone here does.\nRobert",
    },
    {
      name: "two forms offered as equal",
      from: MARGARET,
      body: "Dear Jo,\nMargaret or Maggie, whichever comes naturally.\nMargaret",
    },
    {
      name: "a hypothetical change of name",
      from: MARGARET,
      body: "Dear Jo,\nIf I do marry next year I might take his name, but that is for another day.\nMargaret",
    },
    {
      name: "the children's names",
      from: MARGARET,
      body: "Dear Jo,\nPlease make sure my daughter is Katherine in the will, never Kate.\nMargaret",
    },
    {
      name: "a name in the quoted history",
      from: ROBERT,
      body: "Thanks.\n\nOn Mon, 3 Mar 2025 at 10:00, Jo Lawyer <jo@firm.example> wrote:\n> Please call me Jo, not Joanna.\n",
    },
    {
      name: "a self-introduction",
      from: "events@hale-foods.example",
      body: "Hello,\nMy name is Priya and I run events for Hale Foods.\nPriya",
    },
    {
      name: "a headline in title case",
      from: ROBERT,
      body: "Jo,\nFYI the newsletter headline: We Will Never Forget Bob's Famous Pies.\nRob",
    },
  ],
  heard: [
    {
      name: "call me, not the formal name",
      from: ROBERT,
      body: "Hi Jo,\nPlease call me Rob - Robert only ever appears on my tax return, and I'd rather not see it here.\nRob",
      heard: [{ field: "preferredName", value: "Rob", quote: "call me Rob" }],
    },
    {
      name: "it's X, not Y",
      from: ROBERT,
      body: "Jo,\nIt's Robbie, not Bob.\nRobbie",
      heard: [
        { field: "preferredName", value: "Robbie" },
        { field: "avoidNames", value: "Bob" },
      ],
    },
    {
      name: "I go by",
      from: MARGARET,
      body: "Dear Jo,\nI go by Meg these days.\nMeg",
      heard: [{ field: "preferredName", value: "Meg" }],
    },
    {
      name: "US: stop addressing me as",
      from: MARGARET,
      body: 'Jo -\nCould your team please stop addressing me as "Mrs Ossei"? It\'s Ms Ossei.\nMargaret',
      heard: [
        { field: "avoidNames", value: "Mrs Ossei" },
        { field: "preferredName", value: "Ms Ossei" },
      ],
    },
    {
      name: "the accent matters",
      from: RENEE,
      body: "Bonjour Jo,\nMy name is spelt Renée, with the accent; Renee reads as a different person here.\nRenée",
      // Round 21 (decided 4 December, docs/listen.md, Names): the writer's own given name spelt
      // out is their full name as the header gives it, not a form of address.
      heard: [
        { field: "fullName", value: "Renée Dubois" },
        { field: "avoidNames", value: "Renee" },
      ],
    },
    {
      name: "a misspelling, not correct",
      from: RENEE,
      body: 'Jo,\n"Rene" is not correct, I\'m afraid; it has appeared twice now.\nRenée',
      heard: [{ field: "avoidNames", value: "Rene" }],
    },
    {
      name: "only the bank calls me",
      from: MARGARET,
      body: "Jo,\nMaggie is fine. Only my bank calls me Margaret.\nMaggie",
      heard: [
        { field: "preferredName", value: "Maggie" },
        { field: "avoidNames", value: "Margaret" },
      ],
    },
    {
      name: "I hate the short form",
      from: MARGARET,
      body: "Jo,\nA small thing: I really hate 'Peggy'. Margaret, please.\nMargaret",
      heard: [
        { field: "avoidNames", value: "Peggy" },
        { field: "preferredName", value: "Margaret" },
      ],
    },
  ],
});

// Round 24 (listen-24a; analysis-lh21 G3 and its closing notes): the writer spelling out their
// own name is how it is written, not a new form of address, when the name is the header's given
// name or surname: a half of a double-barrelled surname refused with a title, a half of a
// compound given name misspelt, or the name set against its own misspelling beside a nickname
// refused, no longer turn it into a preferredName; a surname of several words ("Ó Dálaigh") is
// the surname, like one of one word. A nickname or a half of the name refused beside a note only,
// and a surname asked for, stay forms of address. Written for this table.
const ELODIE = "Élodie Marchetti-Vance <elodie.marchetti-vance@quillon-press.example>";
const ERIK = "Erik-Johan Lindqvist <erik-johan.lindqvist@fjellhavn.example>";
const YASMIN = "Yasmin Haddad-Ortiz <yasmin.haddad-ortiz@tidemark-films.example>";
const CIARAN = "Ciarán Ó Dálaigh <ciaran.odalaigh@bracken-air.example>";
const own = (text: string, signed: string) => `Hi Jo,\n\n${text}\n\nThanks,\n${signed}`;

runListenTests("names: the writer's own name spelt out", {
  silent: [
    {
      name: "a surname of several words spelt against its misspelling is no form of address",
      from: CIARAN,
      body: own("It's Ó Dálaigh, not O'Daly.", "Ciarán"),
      fields: ["preferredName", "fullName"],
    },
    {
      name: "a half of a compound given name refused beside a note is no misspelling",
      from: ERIK,
      body: own('It\'s Erik-Johan, with the hyphen, please not "Erik".', "Erik-Johan"),
      fields: ["fullName"],
    },
    {
      name: "a nickname refused beside a spelling note keeps the form of address",
      from: YASMIN,
      body: own("It's Yasmin, with an i. Please not Yaz.", "Yasmin"),
      fields: ["fullName"],
    },
  ],
  heard: [
    {
      name: "an accent noted, a half of the double-barrelled surname refused with a title",
      from: ELODIE,
      body: own('It is Élodie, with the accent. "Ms Marchetti" is my aunt, not me.', "Élodie"),
      heard: [
        { field: "fullName", value: "Élodie Marchetti-Vance" },
        { field: "avoidNames", value: "Ms Marchetti" },
      ],
    },
    {
      name: "a half of a compound given name misspelt and refused",
      from: ERIK,
      body: own('It\'s Erik-Johan (hyphen, k not c), please not "Eric".', "Erik-Johan"),
      heard: [
        { field: "fullName", value: "Erik-Johan Lindqvist" },
        { field: "avoidNames", value: "Eric" },
      ],
    },
    {
      name: "set against its misspelling, a nickname refused beside it",
      from: YASMIN,
      body: own("It's Yasmin, not Yasmeen, and please not Yaz either.", "Yasmin"),
      heard: [
        { field: "fullName", value: "Yasmin Haddad-Ortiz" },
        { field: "avoidNames", value: "Yasmeen" },
        { field: "avoidNames", value: "Yaz" },
      ],
    },
    {
      name: "a surname of several words set against its misspelling: only the form to avoid",
      from: CIARAN,
      body: own("It's Ó Dálaigh, not O'Daly.", "Ciarán"),
      heard: [{ field: "avoidNames", value: "O'Daly" }],
    },
    {
      name: "a half of a compound given name refused beside a note: a form of address chosen",
      from: ERIK,
      body: own('It\'s Erik-Johan, with the hyphen, please not "Erik".', "Erik-Johan"),
      heard: [
        { field: "preferredName", value: "Erik-Johan" },
        { field: "avoidNames", value: "Erik" },
      ],
    },
    {
      name: "a nickname refused beside a spelling note: a form of address chosen",
      from: YASMIN,
      body: own("It's Yasmin, with an i. Please not Yaz.", "Yasmin"),
      heard: [
        { field: "preferredName", value: "Yasmin" },
        { field: "avoidNames", value: "Yaz" },
      ],
    },
    {
      name: "a surname of several words asked for stays a form of address",
      from: CIARAN,
      body: own("I prefer to be called Ó Dálaigh.", "Ciarán"),
      heard: [{ field: "preferredName", value: "Ó Dálaigh" }],
    },
  ],
});

// Round 25 (listen-25a, analysis-lh22 groups B and C). The first word of the writer's double
// given name refused after "not just / only / simply", beside the whole name it opens, which is
// the form asked for; and a middle initial with its full stop inside a full name. Written for
// this table.
const MARIA_JOSE = "Maria José Ferreira <mj.ferreira@ferreira-vinhos.example>";
const TOMAS = "Tomás Garrido <t.garrido@garrido-tiles.example>";
const MARIA_ALONE = "Maria Ferreira <m.ferreira@ferreira-vinhos.example>";

runListenTests("names: the first word alone, and a middle initial", {
  silent: [
    {
      name: "not just me: no name",
      from: MARIA_JOSE,
      body: "Hi Jo,\nPlease copy in my deputy on the lease, not just me.\nMaria José",
    },
    {
      name: "another Maria, not the writer's double name",
      from: MARIA_ALONE,
      body: "Hi Jo,\nPlease write to Maria Santos as well, not just Maria.\nMaria",
      fields: ["avoidNames", "preferredName"],
    },
    {
      name: "no talk of names: a signature, not a form",
      from: MARIA_JOSE,
      body: "Hi Jo,\nMaria José Ferreira signed for us, not only Maria.\nMaria José",
      fields: ["avoidNames", "preferredName"],
    },
  ],
  heard: [
    {
      name: "both names, not just the first",
      from: MARIA_JOSE,
      body: "Hi Jo,\nIn your letters I'd like Maria José, both names, not just Maria.\nMaria José",
      heard: [
        { field: "preferredName", value: "Maria José" },
        { field: "avoidNames", value: "Maria" },
      ],
    },
    {
      name: "call me the whole name, not simply the first",
      from: MARIA_JOSE,
      body: "Hi Jo,\nPlease call me Maria José, not simply Maria.\nMaria José",
      heard: [
        { field: "preferredName", value: "Maria José" },
        { field: "avoidNames", value: "Maria" },
      ],
    },
    {
      name: "a middle initial inside the full name",
      from: TOMAS,
      body: "Hi Jo,\nFor the deed, please write my full name as Tomás P. Garrido.\nTomás",
      heard: [{ field: "fullName", value: "Tomás P. Garrido" }],
    },
    {
      name: "an initial of someone else's after the full name is no part of it",
      from: TOMAS,
      body: "Hi Jo,\nPlease write my full name as Tomás Garrido, and copy in Ana P. from finance.\nTomás",
      heard: [{ field: "fullName", value: "Tomás Garrido" }],
    },
  ],
});

// Round 26 (listen-26b, analysis-lh23 W3): a form "without" its accent or letter is refused, unless
// the writer says that form is fine. Written for this table.
const SEAMUS = "Séamus Byrne <seamus.byrne@byrne-farms.example>";
runListenTests("names: a form without its accent, accepted", {
  silent: [
    {
      name: "without the fada is grand",
      from: SEAMUS,
      body: "Hi Jo,\nSeamus without the fada is grand, no bother.\nSéamus",
      fields: ["avoidNames"],
    },
    {
      name: "without the fada is perfectly fine",
      from: SEAMUS,
      body: "Hi Jo,\nSeamus without the fada is perfectly fine in emails.\nSéamus",
      fields: ["avoidNames"],
    },
  ],
  heard: [
    {
      name: "without the fada is wrong",
      from: SEAMUS,
      body: "Hi Jo,\nSeamus without the fada is wrong, please fix it.\nSéamus",
      heard: [{ field: "avoidNames", value: "Seamus" }],
    },
    {
      name: "not the form without the fada",
      from: SEAMUS,
      body: "Hi Jo,\nPlease, not Seamus without the fada.\nSéamus",
      heard: [{ field: "avoidNames", value: "Seamus" }],
    },
  ],
});

// Round 28 (listen-28b, analysis-lh25 D): the writer's own names on file (the profile's fullName)
// are forms of their name as the From header's are: "nobody calls me Dom" from "DJ Mensah" whose
// profile says Dominic Mensah refuses a form of his own name.
const DJ = "DJ Mensah <dj.mensah@mensah-tiles.example>";
const HICKEY = "Ciarán Hickey <ciaran.hickey@hickey-marine.example>";
const DOMINIC_ON_FILE = [
  { matchKey: "dj.mensah@mensah-tiles.example", fullName: "Dominic Mensah" },
];

runListenTests("names: the writer's names on file (round 28)", {
  silent: [
    {
      name: "my name on a document said to be wrong is no name given",
      from: HICKEY,
      body: "Jo,\nMy name on the invoice is wrong again.\nCiarán",
      fields: ["fullName", "preferredName"],
    },
    {
      name: "capitals that are not the writer's own initials",
      from: DJ,
      body: "Jo,\nJust call me JD.\nDJ",
      fields: ["preferredName"],
    },
    {
      name: "without the name on file, 'Dom' is nobody's form",
      from: DJ,
      body: "Jo,\nNobody calls me Dom, the last firm did that for months.\nDJ",
      fields: ["avoidNames"],
    },
    {
      name: "someone else's name, with the writer's name on file",
      from: DJ,
      profiles: DOMINIC_ON_FILE,
      body: "Jo,\nNobody calls my brother Dom any more.\nDJ",
      fields: ["avoidNames"],
    },
  ],
  heard: [
    {
      name: "the full name for formal papers, an Irish surname with its h-",
      from: HICKEY,
      body: "Jo,\nFor the deed: my name on anything official is Ciarán Ó hUiginn.\nCiarán",
      heard: [{ field: "fullName", value: "Ciarán Ó hUiginn" }],
    },
    {
      name: "a t-mutated surname after 'Mac an'",
      from: HICKEY,
      body: "Jo,\nMy full name is Ciarán Mac an tSionnaigh, as on the passport.\nCiarán",
      heard: [{ field: "fullName", value: "Ciarán Mac an tSionnaigh" }],
    },
    {
      name: "the writer's own initials, as the From header writes them",
      from: DJ,
      body: "Jo,\nDJ is fine, honestly.\nDJ",
      heard: [{ field: "preferredName", value: "DJ" }],
    },
    {
      name: "a short form of the full name on file, refused",
      from: DJ,
      profiles: DOMINIC_ON_FILE,
      body: "Jo,\nNobody calls me Dom, the last firm did that for months.\nDJ",
      heard: [{ field: "avoidNames", value: "Dom" }],
    },
  ],
});

runListenTests("names: a leading 'And' or 'So' before a form said to be fine (round 30)", {
  silent: [
    {
      name: "someone else fine with something",
      body: "Hi Jo,\n\nAnd Bob is fine with that.\n\nBest,\nMegge",
      fields: ["preferredName"],
    },
  ],
  heard: [
    {
      name: "'And Meg is fine'",
      body: "Hi Jo,\n\nThanks for the draft. And Meg is fine, no need for the full name.\n\nBest,\nMegge",
      heard: [{ field: "preferredName", value: "Meg" }],
    },
    {
      name: "'So Meg is fine'",
      body: "Hi Jo,\n\nSo Meg is fine in emails.\n\nBest,\nMegge",
      heard: [{ field: "preferredName", value: "Meg" }],
    },
  ],
});

// Round 31 (analysis-lh28 M9), written for this table: a Spanish honorific with the surname,
// refused beside a given name asked for, is a form refused like "Mr X", not a held title set
// aside as "not Dr X" is.
const ROSARIO = "Rosario Quintana <rosario.quintana@quintana-olivos.example>";
runListenTests("round 31: honorifics of other languages beside a name asked for", {
  silent: [
    {
      name: "a held title set aside beside the given name is formality declined",
      from: ROSARIO,
      body: own("Rosario, please - not Dr Quintana.", "Rosario"),
      fields: ["avoidNames"],
    },
  ],
  heard: [
    {
      name: "'Sra.' with the surname waved off beside the given name",
      from: ROSARIO,
      body: own('Call me Rosario, and enough of the "Sra. Quintana", please.', "Rosario"),
      heard: [
        { field: "preferredName", value: "Rosario" },
        { field: "avoidNames", value: "Sra. Quintana" },
      ],
    },
    {
      name: "'Señora' with the surname refused beside the given name",
      from: ROSARIO,
      body: own("Rosario, please - not Señora Quintana.", "Rosario"),
      heard: [
        { field: "preferredName", value: "Rosario" },
        { field: "avoidNames", value: "Señora Quintana" },
      ],
    },
  ],
});

// Round 34 (listen-34a): a misspelling of one's own name reported where the writer also says the
// firm's record already has the name right ("as you have it on file") is a duplicate of the full
// name on file (the names check compares drafts with it, marks and capitals included), not a new
// form to avoid. Refused in so many words, reported without that statement, with other letters,
// or when the file holds no such name, it is still a form to avoid. Written for this table.
const ASA = "Åsa Lindgren <asa.lindgren@norrsken-bygg.example>";
const ASA_ON_FILE = { matchKey: "asa.lindgren@norrsken-bygg.example", fullName: "Åsa Lindgren" };
const BJORN = "Bjørn Kæstel <bjorn.kaestel@fjordkraft-marine.example>";
const BJORN_ON_FILE = {
  matchKey: "bjorn.kaestel@fjordkraft-marine.example",
  fullName: "Bjørn Kæstel",
};
const writes = (text: string, name: string) => `Hi Jo,\n\n${text}\n\nThanks,\n${name}`;

runListenTests("round 34: a misspelling reported beside the record said to be right", {
  silent: [
    {
      name: "the given name without its ring, the record said to have it",
      from: ASA,
      profiles: [ASA_ON_FILE],
      body: writes("The engagement letter says Asa; it's Åsa, as you have it on file.", "Åsa"),
      fields: ["avoidNames"],
    },
    {
      name: "plain letters for ø, the firm's records said to be right",
      from: BJORN,
      profiles: [BJORN_ON_FILE],
      body: writes("The other side's draft says Bjorn; your records have it right.", "Bjørn"),
      fields: ["avoidNames"],
    },
    {
      name: "the right form beside the other side's spelling, the record said to have it",
      from: BJORN,
      profiles: [BJORN_ON_FILE],
      body: writes(
        "Note it is Kæstel with æ, as you have it in your system - their draft says Kaestel.",
        "Bjørn",
      ),
      fields: ["avoidNames"],
    },
  ],
  heard: [
    {
      name: "called wrong in so many words beside the record said to be right",
      from: ASA,
      profiles: [ASA_ON_FILE],
      body: writes('"Asa" is wrong, it\'s Åsa, as you have it on file.', "Åsa"),
      heard: [
        { field: "fullName", value: "Åsa Lindgren" },
        { field: "avoidNames", value: "Asa" },
      ],
    },
    {
      name: "the same report without a word about the record",
      from: ASA,
      profiles: [ASA_ON_FILE],
      body: writes("The engagement letter says Asa; it should be Åsa.", "Åsa"),
      heard: [{ field: "avoidNames", value: "Asa" }],
    },
    {
      name: "refused in so many words beside the record said to have it",
      from: BJORN,
      profiles: [BJORN_ON_FILE],
      body: writes("It's Bjørn, with the ø, not Bjorn - as you have it on file.", "Bjørn"),
      heard: [
        { field: "fullName", value: "Bjørn Kæstel" },
        { field: "avoidNames", value: "Bjorn" },
      ],
    },
    {
      name: "the record said to be right, no full name on file",
      from: ASA,
      body: writes("The engagement letter says Asa; it's Åsa, as you have it on file.", "Åsa"),
      heard: [
        { field: "fullName", value: "Åsa Lindgren" },
        { field: "avoidNames", value: "Asa" },
      ],
    },
  ],
});
