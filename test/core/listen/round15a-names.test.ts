import { runListenTests } from "./listen-tester";

// Round 15 (listen-15a), names gates: "X, please." and "A or B is fine" asked when the message
// refuses or corrects a form; a first-person refusal ("please don't call me X") standing without
// a form to use instead; a colon lead-in read as a clause of its own for the name that opens the
// rest; "address him as" in a relay. Invented names, each beside its look-alikes.
const mail = (text: string, signature: string) => `Hi Sam,\n\n${text}\n\nThanks,\n${signature}`;
const CALLUM = "Callum Ferrier-Osei <callum.fo@braeside.example>";
const EVANGELOS = "Evangelos Markou <e.markou@kestrel-tankers.example>";
const SIAN = "Siân Pryce <sian.pryce@garthwen.example>";
const CATRIONA = "Catriona Baillie Ndlovu <c.bn@forthvale.example>";
const RAJESH = "Rajesh Pillai <r.pillai@selatan-marine.example>";
const PA = "Jo Bright <jo.bright@hale-foods.example>";
const SEUN = "oluwaseun.hale@hale-foods.example";

runListenTests("round 15a: names gates", {
  silent: [
    {
      name: "'X, please.' alone, nothing refused or corrected, is an introduction",
      from: CALLUM,
      body: mail("Callum, please.", "Callum"),
      fields: ["preferredName"],
    },
    {
      name: "two forms fine, nothing refused: no one form to record",
      from: EVANGELOS,
      body: mail("Evangelos or Evan is fine.", "Evangelos"),
    },
    {
      name: "a refusal of someone else's form does not make the two forms asked",
      from: EVANGELOS,
      body: mail("My brother hates being called Jim. Evangelos or Evan is fine.", "Evangelos"),
      fields: ["preferredName"],
    },
    {
      name: "'don't call me' about a time is no name refused",
      from: EVANGELOS,
      body: mail("Please don't call me after six.", "Evangelos"),
      fields: ["avoidNames", "preferredName"],
    },
    {
      name: "a bare 'don't call me X' with no 'please' is a quip, not a request",
      from: EVANGELOS,
      body: mail("Barely, but don't call me Shirley. ;-)", "Evangelos"),
    },
    {
      name: "'don't call me' a day is no name refused",
      from: EVANGELOS,
      body: mail("Please don't call me Monday, I am travelling.", "Evangelos"),
      fields: ["avoidNames", "preferredName"],
    },
    {
      name: "'don't call him' from the writer about no one relayed",
      from: EVANGELOS,
      body: mail("Please don't call him Jim when you meet my brother.", "Evangelos"),
      fields: ["avoidNames", "preferredName"],
    },
    {
      name: "a colon lead-in before someone else's name and a verdict on a plan",
      from: SIAN,
      body: mail("About the board meeting: Gareth is fine with the plan.", "Siân"),
      profiles: [{ matchKey: "sian.pryce@garthwen.example", avoidNames: ["Sian"] }],
    },
    {
      name: "a relay's 'call him' about a time is no name",
      from: PA,
      recipients: [`Oluwaseun Hale <${SEUN}>`],
      body: mail("I'm Mr Hale's PA. Please call him tomorrow about the lease.", "Jo"),
      fields: ["avoidNames", "preferredName"],
    },
    {
      name: "a quoted whole name written right, beside the correction, is no form to avoid",
      from: CATRIONA,
      body: mail(
        'The invoice went out to "Catriona Baillie Ndlovu". It\'s Catriona, with a C.',
        "C",
      ),
      fields: ["avoidNames"],
    },
    {
      name: "a quoted misspelt whole name with nothing said about names",
      from: CATRIONA,
      body: mail('The invoice went out to "Katrina Baillie Ndlovu".', "C"),
    },
    {
      name: "a quoted name that is someone else's whole name",
      from: CATRIONA,
      body: mail('We met "Katrina Wells" at the hearing. It\'s Catriona, with a C.', "C"),
      fields: ["avoidNames"],
    },
    {
      // Round 27: "Not" is no name ("Not Rajesh." once gave preferredName "Not").
      name: "a refused form alone on its line asks for no 'Not'",
      from: RAJESH,
      body: mail("Thanks for the bundle. Not Rajesh.", "R"),
      fields: ["preferredName"],
    },
    {
      name: "a refused form with 'Never' asks for no 'Never'",
      from: RAJESH,
      body: mail("Never Raj.", "R"),
      fields: ["preferredName"],
    },
    {
      name: "the given name fine for one occasion only",
      from: RAJESH,
      body: mail("Rajesh is fine at the site visit.", "R"),
    },
  ],
  heard: [
    {
      // Round 27 (decided 5 December): one's own given name found fine asks for it.
      name: "the given name found fine, with no informality asked",
      from: RAJESH,
      body: mail("Rajesh is fine.", "R"),
      heard: [{ field: "preferredName", value: "Rajesh" }],
    },
    {
      name: "a quoted whole name misspelt, the correction in the next sentence",
      from: CATRIONA,
      body: mail(
        'The invoice went out to "Katrina Baillie Ndlovu". It\'s Catriona, with a C.',
        "C",
      ),
      // Round 21 (decided 4 December, docs/listen.md, Names): the writer's own given name spelt
      // out is their full name as the header gives it, not a form of address.
      heard: [
        { field: "avoidNames", value: "Katrina" },
        { field: "fullName", value: "Catriona Baillie Ndlovu" },
      ],
    },
    {
      name: "the given name named beside informality asked",
      from: RAJESH,
      body: mail("Rajesh is fine in emails, no need for the formalities.", "R"),
      heard: [{ field: "preferredName", value: "Rajesh" }],
    },
    {
      name: "'X, please.' beside a formal form that 'makes me feel'",
      from: CALLUM,
      body: mail("Callum, please. 'Mr Ferrier-Osei' makes me feel I'm in the dock.", "Callum"),
      heard: [
        { field: "preferredName", value: "Callum" },
        { field: "avoidNames", value: "Mr Ferrier-Osei" },
      ],
    },
    {
      name: "a first-person refusal stands alone",
      from: EVANGELOS,
      body: mail("Please don't call me Jim.", "Evangelos"),
      heard: [{ field: "avoidNames", value: "Jim" }],
    },
    {
      name: "a first-person refusal with 'please' after it",
      from: EVANGELOS,
      body: mail("Don't call me Jim, please.", "Evangelos"),
      heard: [{ field: "avoidNames", value: "Jim" }],
    },
    {
      name: "a first-person refusal, then two forms fine: the first is recorded",
      from: EVANGELOS,
      body: mail("Please don't call me Jim. Evangelos or Evan is fine.", "Evangelos"),
      heard: [
        { field: "avoidNames", value: "Jim" },
        { field: "preferredName", value: "Evangelos" },
      ],
    },
    {
      name: "a colon lead-in: the name opening the rest lifts the form on file",
      from: SIAN,
      body: mail("Please don't worry about the circumflex on my name: 'Sian' is fine.", "Siân"),
      profiles: [{ matchKey: "sian.pryce@garthwen.example", avoidNames: ["Sian"] }],
      heard: [
        { field: "preferredName", value: "Sian" },
        { field: "avoidNames", value: "Sian" },
      ],
    },
    {
      name: "a relay: 'please don't address him as' a form",
      from: PA,
      recipients: [`Oluwaseun Hale <${SEUN}>`],
      body: mail("I'm Mr Hale's PA. Please don't address him as Oluwaseun.", "Jo"),
      profiles: [{ matchKey: SEUN, fullName: "Oluwaseun Hale" }],
      heard: [{ field: "avoidNames", value: "Oluwaseun", profile: SEUN }],
    },
  ],
});
