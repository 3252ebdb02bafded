import { runListenTests } from "./listen-tester";

// Round 21 (listen-21a, lh18 headline 1; the lead's decision of 4 December, docs/listen.md, Names):
// a client spelling out their own given name, which the From header carries modulo accents,
// hyphens and case, has told us how their name is written: fullName is the header's full name
// with the given name as they write it, the misspelling the message shows is a name to avoid, and
// there is no preferredName. A correction of capitals only, a short form or another name chosen,
// someone else's name, a header with no display name or with another name stay as they were.
// Written for this table (not from a corpus or a blind set).
const SIGRUN = "Sigrún Haugland <sigrun.haugland@fjordlys.example>";
const SIGRUN_PLAIN = "Sigrun Haugland <sigrun.haugland@fjordlys.example>";
const MARC = "Marc Andre Dubois <marc.dubois@lacroix-vins.example>";
const HARPREET = "Harpreet Singh <harpreet.singh@sutlej-foods.example>";
const AOIFE = "Aoife Brennan <aoife.brennan@tullow-farms.example>";
const DESHAWN = "Deshawn Carter <deshawn.carter@carter-logistics.example>";
const TOBY = "Toby Lindqvist <toby@fernhill-robotics.example>";
const LIZ = "Elizabeth Hart <elizabeth.hart@hart-interiors.example>";
const THANDIWE = "Thandiwe Mokoena <thandiwe.mokoena@kestrel-bay.example>";
const NAMES = ["fullName", "preferredName", "avoidNames"] as const;
const mail = (text: string, name: string) => `Hi Jo,\n\n${text}\n\nBest,\n${name}`;

runListenTests("round 21a: a client spelling out their own given name gives their full name", {
  silent: [
    {
      name: "capitals only stay a form of address, never a full name",
      from: DESHAWN,
      body: mail("Name's DeShawn - capital S.", "DeShawn"),
      fields: ["fullName", "avoidNames"],
    },
    {
      name: "a short form chosen is no full name",
      from: LIZ,
      body: mail("It's Liz, not Elizabeth.", "Liz"),
      fields: ["fullName"],
    },
    {
      name: "a shortening refused (a few letters off the end) is no misspelling, no full name",
      from: THANDIWE,
      body: mail("I'm Thandiwe, not Thandi.", "Thandiwe"),
      fields: ["fullName"],
    },
    {
      name: "the longer form refused beside a spelling note is no full name",
      from: TOBY,
      body: mail("It's Toby, not Tobias, and definitely not Tobi with an i.", "Toby"),
      fields: ["fullName"],
    },
    {
      name: "someone else's name spelt out",
      from: SIGRUN,
      body: mail("My colleague's name is spelt Aoife, with an o.", "Sigrún"),
      fields: [...NAMES],
    },
    {
      name: "a header with no display name",
      from: "sigrun.haugland@fjordlys.example",
      body: mail("It's Sigrún, with the accent.", "Sigrún"),
      fields: ["fullName"],
    },
    {
      name: "a header with another person's name",
      from: "Karen Holt <k.holt@fjordlys.example>",
      body: mail("It's Sigrún, with the accent.", "Karen"),
      fields: ["fullName"],
    },
    {
      name: "writing is not spelling",
      from: LIZ,
      body: mail("Elizabeth in anything written, please - only my mother calls me Liz.", "E"),
      fields: ["fullName"],
    },
  ],
  heard: [
    {
      name: "an accent, the misspelling set against it",
      from: SIGRUN,
      body: mail("Sigrún, not Sigrun, please.", "Sigrún"),
      heard: [
        { field: "fullName", value: "Sigrún Haugland" },
        { field: "avoidNames", value: "Sigrun" },
      ],
    },
    {
      name: "written with the accent, the firm's spelling shown in the next sentence",
      from: SIGRUN,
      body: mail(
        "My name is written Sigrún, with the accent. In the last letter it was Sigrun.",
        "Sigrún",
      ),
      heard: [
        { field: "fullName", value: "Sigrún Haugland" },
        { field: "avoidNames", value: "Sigrun" },
      ],
    },
    {
      name: "a header without the accent takes the name as the client writes it",
      from: SIGRUN_PLAIN,
      body: mail("It's Sigrún, with the accent.", "Sigrún"),
      heard: [{ field: "fullName", value: "Sigrún Haugland" }],
    },
    {
      name: "a hyphen and an accent over two given names in the header",
      from: MARC,
      body: mail("It's Marc-André, with the hyphen and the accent.", "Marc-André"),
      heard: [{ field: "fullName", value: "Marc-André Dubois" }],
    },
    {
      name: "a misspelling refused, no accent",
      from: HARPREET,
      body: mail("its Harpreet not Harpeet", "Harpreet"),
      heard: [
        { field: "fullName", value: "Harpreet Singh" },
        { field: "avoidNames", value: "Harpeet" },
      ],
    },
    {
      name: "a letter spelt out",
      from: AOIFE,
      body: mail("Just so you know, it's Aoife with an o.", "Aoife"),
      heard: [{ field: "fullName", value: "Aoife Brennan" }],
    },
    {
      name: "relayed by an assistant: the principal's own name, on the principal's profile",
      from: "Ola Berg <ola.berg@fjordlys.example>",
      recipients: [SIGRUN_PLAIN],
      profiles: [{ matchKey: "sigrun.haugland@fjordlys.example", fullName: "Sigrun Haugland" }],
      body: "Dear Sam,\nMs Haugland would like you to note that her name is written Sigrún, with the accent.\nBest,\nOla\n\nOla Berg\nExecutive Assistant to Sigrun Haugland",
      heard: [
        {
          field: "fullName",
          value: "Sigrún Haugland",
          profile: "sigrun.haugland@fjordlys.example",
        },
      ],
    },
    {
      name: "relayed, a form of address asked for the principal stays one",
      from: "Ola Berg <ola.berg@fjordlys.example>",
      recipients: [SIGRUN_PLAIN],
      profiles: [{ matchKey: "sigrun.haugland@fjordlys.example", fullName: "Sigrun Haugland" }],
      body: "Dear Sam,\nMs Haugland would like to be addressed as Sigrún in future.\nBest,\nOla\n\nOla Berg\nExecutive Assistant to Sigrun Haugland",
      heard: [
        {
          field: "preferredName",
          value: "Sigrún",
          profile: "sigrun.haugland@fjordlys.example",
        },
      ],
    },
    {
      name: "asked for in so many words stays a form of address",
      from: SIGRUN_PLAIN,
      body: mail("Please call me Sigrún, with the accent.", "Sigrún"),
      heard: [{ field: "preferredName", value: "Sigrún" }],
    },
    {
      name: "a nickname refused in another sentence: a form of address chosen, as before",
      from: SIGRUN,
      body: mail('It is written Sigrún. But please not "Siggi".', "Sigrún"),
      heard: [
        { field: "preferredName", value: "Sigrún" },
        { field: "avoidNames", value: "Siggi" },
      ],
    },
    {
      name: "a shortening refused: the full form is the form of address, the short one avoided",
      from: THANDIWE,
      body: mail("I'm Thandiwe, not Thandi.", "Thandiwe"),
      heard: [
        { field: "preferredName", value: "Thandiwe" },
        { field: "avoidNames", value: "Thandi" },
      ],
    },
    {
      name: "capitals only stay a form of address",
      from: DESHAWN,
      body: mail("Name's DeShawn - capital S.", "DeShawn"),
      heard: [{ field: "preferredName", value: "DeShawn" }],
    },
  ],
});

// Round 33 (listen-33b): a misspelt whole name is not cut to its first word when that word is
// the writer's own as they write it ("Brennan Walsh" for Brennan-Walsh: "Brennan" alone is a
// correct part of their name), nor when the whole name is refused in quotation marks ('not
// "Ciaran O'Daly"'). When the rest is the writer's own as written, the first word is the form
// (round 15). Written for this table.
const CIARAN = "Ciarán Ó Dálaigh <ciaran.odalaigh@aerlinn-leasing.example>";
const ORLA = "Orla Brennan-Walsh <orla.bw@kinsale-marine.example>";

runListenTests("round 33: a misspelt whole name is kept whole", {
  silent: [
    {
      name: "a colleague's whole name quoted is not the writer's form",
      from: SIGRUN,
      body: mail('The invoice went to "Ingrid Berg" in our finance team, which is fine.', "Sigrún"),
    },
    {
      name: "a colleague's name after the writer's own given name is no form of theirs",
      from: ORLA,
      body: mail(
        "Your letter had Orla Byrne on the cover page, it is wrong and it keeps happening.",
        "Orla",
      ),
      fields: ["avoidNames"],
    },
  ],
  heard: [
    {
      name: "the given name misspelt, the surname as written: the given name is the form (round 15)",
      from: SIGRUN,
      body: mail(
        'It is Sigrún, with the accent. The last contract said "Sigrun Haugland" throughout, which is wrong.',
        "Sigrún",
      ),
      heard: [
        { field: "fullName", value: "Sigrún Haugland" },
        { field: "avoidNames", value: "Sigrun" },
      ],
    },
    {
      name: "the given name alone without its accent is still the form shown",
      from: SIGRUN,
      body: mail("It is Sigrún, with the accent; in the last contract it was Sigrun.", "Sigrún"),
      heard: [
        { field: "fullName", value: "Sigrún Haugland" },
        { field: "avoidNames", value: "Sigrun" },
      ],
    },
    {
      name: "a whole name refused in quotation marks is refused whole",
      from: CIARAN,
      body: mail(
        'My name is Ciarán Ó Dálaigh, with the fadas, not "Ciaran O\'Daly" as the lease had it.',
        "Ciarán",
      ),
      heard: [
        { field: "fullName", value: "Ciarán Ó Dálaigh" },
        { field: "avoidNames", value: "Ciaran O'Daly" },
      ],
    },
    {
      name: "a double-barrelled surname without its hyphen is one written form, never its first half",
      from: ORLA,
      body: mail('Your invoices keep printing "Brennan Walsh", which is wrong.', "Orla"),
      heard: [{ field: "avoidNames", value: "Brennan Walsh" }],
    },
  ],
});
