/**
 * Round 22 (listen-22a, analysis-lh19 group F): a form of the writer's name that the firm (its
 * people, its letters, its invoices) has used, reported with displeasure said in any way, is a
 * form to avoid. Look-alikes: the firm's use reported approvingly or neutrally, a company, someone
 * else's name, the firm's own words in quoted history, a form the writer asks for or signs with.
 */
import { runListenTests } from "./listen-tester";

const MARGARET = "Margaret Okafor <margaret.okafor@cedarlight.example>";
const RHODRI = "Rhodri ap Gwilym <rhodri@slatequarry.example>";
const GARY = "Gary Bell <gary.bell@brackenridge.example>";
const DESHAWN = "DeShawn Miles <deshawn.miles@brightwater.example>";
const CATRIONA = "Catriona MacLeod <catriona.macleod@rootwise.example>";
const DEIRDRE = "Deirdre Lynch <deirdre@rebelharbour.example>";
const OLUWASEUN = "Oluwaseun Adebayo <oluwaseun.adebayo@kestrel.example>";

const note = (text: string, sign: string) => `Hi Jo,\n\n${text}\n\nBest,\n${sign}`;

runListenTests("round 22: a form of the writer's name the firm used, complained of", {
  heard: [
    {
      name: "the dislike said through 'it' in the next sentence, the right form given after",
      from: MARGARET,
      body: note(
        'Your team has been writing to me as "Maggie" in every email. Nobody has called me that since school and I have never liked it. Margaret, please.',
        "Margaret",
      ),
      heard: [
        { field: "avoidNames", value: "Maggie" },
        { field: "preferredName", value: "Margaret" },
      ],
    },
    {
      name: "a titled form of the surname, misjoined, that the invoices keep making (sentence-initial 'Your')",
      from: RHODRI,
      body: note('Your invoices keep making me "Mr Apgwilym".', "Rhodri"),
      heard: [{ field: "avoidNames", value: "Mr Apgwilym" }],
    },
    {
      name: "a misspelling the letter says twice",
      from: GARY,
      body: note("Your letter of Monday says Garry twice.", "Gary"),
      heard: [{ field: "avoidNames", value: "Garry" }],
    },
    {
      name: "the capitals wrong throughout the letter",
      from: DESHAWN,
      body: note('The letter had "Deshawn" throughout.', "DeShawn"),
      heard: [{ field: "avoidNames", value: "Deshawn" }],
    },
    {
      name: "a spelling seen on the invoice, and it hurt",
      from: CATRIONA,
      body: note("Seeing Katrina on the invoice hurt, I have to say.", "Catriona"),
      heard: [{ field: "avoidNames", value: "Katrina" }],
    },
    {
      name: "a shortening the trainee has started using, 'Please no'",
      from: OLUWASEUN,
      body: note("Your new trainee has started calling me Olu. Please no.", "Oluwaseun"),
      heard: [{ field: "avoidNames", value: "Olu" }],
    },
    {
      name: "a greeting the firm wrote, disliked: the name, not 'Dear'",
      from: MARGARET,
      body: note('Your letter opened "Dear Maggie" and I really dislike that.', "Margaret"),
      heard: [{ field: "avoidNames", value: "Maggie" }],
    },
    {
      name: "the name of the letter the given name begins with ('Dee'), corrected in the paragraph",
      from: DEIRDRE,
      body: note(
        "Small thing - the cover letter says 'Dear Dee'. I know Paul calls me that but he's my brother-in-law. Deirdre, please, from everyone else.",
        "Deirdre",
      ),
      heard: [
        { field: "avoidNames", value: "Dee" },
        { field: "preferredName", value: "Deirdre" },
      ],
    },
  ],
  silent: [
    {
      name: "a letter's name that is not the given name's initial ('Jay' to Deirdre)",
      from: DEIRDRE,
      body: note("The cover letter says 'Dear Jay' twice.", "Deirdre"),
      fields: ["avoidNames"],
    },
    {
      name: "the letter's form reported, with no correction, displeasure or repetition",
      from: DEIRDRE,
      body: note("The cover letter says Dee at the top; the rest looks right.", "Deirdre"),
      fields: ["avoidNames"],
    },
    {
      name: "the firm's use approved: 'which is fine'",
      from: MARGARET,
      body: note("Your letter calls me Maggie, which is fine.", "Margaret"),
      fields: ["avoidNames"],
    },
    {
      name: "the firm's use approved in the next sentence: 'I don't mind at all'",
      from: MARGARET,
      body: note("Your team keeps calling me Maggie. I don't mind at all.", "Margaret"),
      fields: ["avoidNames"],
    },
    {
      name: "the firm's use reported neutrally, once",
      from: MARGARET,
      body: note("Your trainee called me Maggie on the phone yesterday.", "Margaret"),
      fields: ["avoidNames"],
    },
    {
      name: "a form the writer asks to keep: 'and I love it'",
      from: MARGARET,
      body: note("Your team has been calling me Maggie, and I love it.", "Margaret"),
      fields: ["avoidNames"],
    },
    {
      name: "a form the writer asks for: 'could your team write to me as Maggie'",
      from: MARGARET,
      body: note("Could your team write to me as Maggie from now on?", "Margaret"),
      fields: ["avoidNames"],
    },
    {
      name: "a form the writer signs with",
      from: MARGARET,
      body: note("Your team keeps calling me Maggie.", "Maggie"),
      fields: ["avoidNames"],
    },
    {
      name: "a company on the invoice: 'Garry Ltd'",
      from: GARY,
      body: note("The invoice says Garry Ltd twice, but we are Bell Holdings.", "Gary"),
      fields: ["avoidNames"],
    },
    {
      name: "someone else's name: 'your letter calls my husband Gaz'",
      from: GARY,
      body: note("Your letter calls my husband Gaz twice.", "Gary"),
      fields: ["avoidNames"],
    },
    {
      name: "someone else's name on the paper: 'your letter to Tom says Tommy twice'",
      from: MARGARET,
      body: note("Your letter to Tom says Tommy twice.", "Margaret"),
      fields: ["avoidNames"],
    },
    {
      name: "the writer's own name as the header writes it: 'your letter says Margaret Okafor'",
      from: MARGARET,
      body: note("Your letter says Margaret Okafor at the top, twice.", "Margaret"),
      fields: ["avoidNames"],
    },
    {
      name: "the firm's greeting and words in quoted history, not the writer's",
      from: MARGARET,
      body: "Thanks Jo, see below.\n\nMargaret\n\nOn 3 May 2026, Jo Smith wrote:\n> Dear Maggie,\n> Your invoice is attached. We keep writing to you as Maggie, sorry.\n> Jo",
      fields: ["avoidNames"],
    },
    {
      name: "a spelling seen on the invoice, no displeasure said",
      from: CATRIONA,
      body: note("Seeing Katrina on the invoice, I checked the address too.", "Catriona"),
      fields: ["avoidNames"],
    },
    {
      name: "a question: 'Why does your team keep calling me Maggie?' (round 11b)",
      from: MARGARET,
      body: note("Why does your team keep calling me Maggie?", "Margaret"),
      fields: ["avoidNames"],
    },
    {
      name: "a question about the firm's use",
      from: MARGARET,
      body: note("If your team keeps calling me Maggie, is that a problem?", "Margaret"),
      fields: ["avoidNames"],
    },
  ],
});
