import { runListenTests } from "./listen-tester";

// Round 12 (listen-12b), names: the formal given name kept by family, a casual spelling
// correction, misspellings the firm's letters carried, a quoted form no longer to be
// written, a whole wrong form refused beside the full name, and informality about someone else.
// Written from the kinds of the brief (invented names), each beside its look-alikes.
const mail = (text: string, signature = "Tom") => `Hi Sam,\n\n${text}\n\nThanks,\n${signature}`;
const TOM = "Thomas Reid <tom.reid@glenmor-energy.example>";
const WILLIAM = "William Hart <william.hart@hart-logistics.example>";
const PATRICIA = "Patricia Delaney <p.delaney@sablewood.example>";
const GURDEEP = "Gurdeep Singh <gurdeep.singh@lathe-works.example>";
const YUSUF = "Yusuf Demir <yusuf.demir@lathe-works.example>";
const KWAME = "Kwame Owusu <kwame.owusu@lathe-works.example>";
const SIOBHAN = "Siobhan Brien <s.brien@lathe-works.example>";
const PA = "Jo Bright <jo.bright@hale-foods.example>";

runListenTests("round 12b: names", {
  silent: [
    {
      name: "the header's given name used only by family is not refused",
      from: TOM,
      body: mail("Only my mother calls me Thomas."),
      fields: ["avoidNames"],
    },
    {
      name: "the same, said with nobody … except",
      from: TOM,
      body: mail("Nobody calls me Thomas except my gran."),
      fields: ["avoidNames"],
    },
    {
      name: "the firm's letters said a word that is no form of the writer's name",
      from: YUSUF,
      body: mail("Your last two letters said Friday, but the meeting is on Monday.", "Yusuf"),
    },
    {
      name: "the firm's letters said the name as it is spelt",
      from: YUSUF,
      body: mail(
        "Your last two letters said Yusuf Demir on the envelope, which is right.",
        "Yusuf",
      ),
      fields: ["avoidNames"],
    },
    {
      name: "a quoted word that is no name is not a form to stop writing",
      from: KWAME,
      body: mail("Please stop writing 'Draft' on the signed copies.", "Kwame"),
    },
    {
      name: "a question asked of everyone without 'please' is still a question",
      from: KWAME,
      body: mail("Could people stop writing 'Mr Owusu' if they find it odd?", "Kwame"),
      fields: ["avoidNames"],
    },
    {
      name: "a quoted form the writer asks to be written is no refusal",
      from: KWAME,
      body: mail("Please use 'Mr Owusu' on the formal letters.", "Kwame"),
      fields: ["avoidNames"],
    },
    {
      name: "an assistant's 'first name is fine' about the principal is not the assistant's",
      from: PA,
      body: mail(
        "Dr Okafor is not one for formality. First name is fine in any case.",
        "Jo Bright\nPA to Dr Okafor",
      ),
    },
    {
      name: "the same after a pronoun for the principal",
      from: PA,
      body: mail(
        "I'm writing about the lease. She is very informal. First names are fine.",
        "Jo Bright\nPA to Dr Okafor",
      ),
      fields: ["preferredName"],
    },
  ],
  heard: [
    {
      name: "a short form is fine, said in passing",
      from: TOM,
      body: mail("Tom is fine, by the way."),
      heard: [{ field: "preferredName", value: "Tom" }],
    },
    {
      name: "the short form asked for, the formal name kept by family not refused",
      from: TOM,
      body: mail("Tom is fine, by the way. Only my mother calls me Thomas."),
      heard: [{ field: "preferredName", value: "Tom" }],
    },
    {
      name: "a pet form used only by family is still refused",
      from: WILLIAM,
      body: mail("Only my mother calls me Billy, so please stick to William.", "William"),
      heard: [
        { field: "preferredName", value: "William" },
        { field: "avoidNames", value: "Billy" },
      ],
    },
    {
      name: "the given name used only by an office is still refused",
      from: PATRICIA,
      body: mail("It's Trish, please. Only the IRS calls me Patricia.", "Trish"),
      heard: [
        { field: "preferredName", value: "Trish" },
        { field: "avoidNames", value: "Patricia" },
      ],
    },
    {
      // The dev corpus's writers record the right spelling too ("It's Catriona, not Katrina",
      // "it's Kirsty with a y, not Kirstie"), so it is kept beside the misspelling.
      name: "a spelling corrected against the header's own name, written casually",
      from: GURDEEP,
      body: mail("fyi its Gurdeep not Gurdep", "G"),
      // Round 21 (decided 4 December, docs/listen.md, Names): the writer's own given name spelt
      // out is their full name as the header gives it, not a form of address.
      heard: [
        { field: "fullName", value: "Gurdeep Singh" },
        { field: "avoidNames", value: "Gurdep" },
      ],
    },
    {
      name: "a short form set against the formal name is still both",
      from: TOM,
      body: mail("It's Tom, not Thomas."),
      heard: [
        { field: "preferredName", value: "Tom" },
        { field: "avoidNames", value: "Thomas" },
      ],
    },
    {
      name: "what the firm's last letters said: a misspelling of the writer's name",
      from: YUSUF,
      body: mail("Small thing: my name is Yusuf - your last two letters said Yusef.", "Yusuf"),
      // Round 21 (decided 4 December, docs/listen.md, Names): the writer's own given name spelt
      // out is their full name as the header gives it, not a form of address.
      heard: [
        { field: "fullName", value: "Yusuf Demir" },
        { field: "avoidNames", value: "Yusef" },
      ],
    },
    {
      name: "what the firm's letter had",
      from: YUSUF,
      body: mail("Your letter of Monday had Yusef again.", "Yusuf"),
      heard: [{ field: "avoidNames", value: "Yusef" }],
    },
    {
      name: "a quoted form no longer to be written",
      from: KWAME,
      body: mail("Please stop writing 'Mr Owusu'. Kwame is fine.", "Kwame"),
      heard: [
        { field: "avoidNames", value: "Mr Owusu" },
        { field: "preferredName", value: "Kwame" },
      ],
    },
    {
      name: "the same asked of everyone, as a polite question",
      from: KWAME,
      body: mail("Could people please stop writing 'Mr Owusu'? Kwame is fine.", "Kwame"),
      heard: [
        { field: "avoidNames", value: "Mr Owusu" },
        { field: "preferredName", value: "Kwame" },
      ],
    },
    {
      name: "a form asked for beats the given name merely stated beside a misrendering",
      from: "Hiroshi Takeda <h.takeda@kaneshiro.example>",
      body: mail(
        'My family name is Takeda and my given name is Hiroshi. In your e-mail you kindly wrote "Mr. Hiroshi", but please address me as "Mr. Takeda".',
        "Hiroshi Takeda",
      ),
      heard: [
        { field: "avoidNames", value: "Mr. Hiroshi" },
        { field: "preferredName", value: "Mr. Takeda" },
      ],
    },
    {
      name: "a quoted greeting not to be written",
      from: KWAME,
      body: mail("And please don't put 'Dear Kwam' on anything again.", "Kwame"),
      heard: [{ field: "avoidNames", value: "Kwam" }],
    },
    {
      name: "the full name given, the whole wrong form refused, not its first word",
      from: SIOBHAN,
      body: mail("My name is Siobhán Ní Bhriain, not 'Siobhan Brien'.", "Siobhán"),
      heard: [
        { field: "fullName", value: "Siobhán Ní Bhriain" },
        { field: "avoidNames", value: "Siobhan Brien" },
      ],
    },
    {
      name: "informality asked for by the writer themself",
      from: TOM,
      body: mail("No need for the Mr Reid. First name is fine.", "Thomas"),
      heard: [{ field: "preferredName", value: "Thomas" }],
    },
  ],
});
