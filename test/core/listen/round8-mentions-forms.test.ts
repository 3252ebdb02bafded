/**
 * Round 8's readings for topics, brands, hospitality and names (listen-8b), one row each, in
 * sentences written for this table (not taken from the corpus): the look-alikes first (a tactic
 * for dealing with someone else, weariness said in passing, the writer's own practice, a question
 * reported, a name kept for the firm's own documents, a name-shaped word in technical mail), then
 * the statements (a terse "Ever." after a ban, the wish not to see a brand named, a sore subject
 * kept out of everything, a gracious refusal of seasonal gifts, "I prefer X" after what others
 * call the writer, a changed name, a name kept for identity papers, a form called and disliked).
 */
import { COKE, MEGGE, runListenTests } from "./listen-tester";

const mail = (text: string) => `Hi Jo,\n\n${text}\n\nThanks,\nMegge`;
const signed = (text: string, name: string) => `Hi Jo,\n\n${text}\n\nBest,\n${name}`;

const forwardOf = (intro: string, from: string, body: string) =>
  `${intro}\n\nMegge\n\n---------- Forwarded message ---------\nFrom: ${from}\nDate: Wed, 11 Nov 2026 at 16:02\nSubject: Supplier code\nTo: All staff <staff@coca-cola.example>\n\n${body}\n`;
const CODE =
  "4. Gifts and hospitality\n4.1 Employees may not accept meals, tickets or other hospitality from advisers.";

runListenTests("round 8: topics, brands, hospitality and names", {
  silent: [
    {
      name: "a subject kept from the other side's agent",
      body: mail("Don't mention the Aldi offer when you call their agent."),
      fields: ["avoidTopics", "competitors"],
    },
    {
      name: "weariness of a subject said in passing",
      body: mail("I'm sick of hearing about the election, frankly. Anyway, the draft looks fine."),
      fields: ["avoidTopics"],
    },
    {
      name: "a name kept for documents the firm drafts",
      from: "Alasdair Munro <alasdair.munro@munro.example>",
      body: signed("Ally, please. Alasdair is for court papers.", "Ally"),
      fields: ["avoidNames"],
    },
    {
      name: "a name-shaped word in technical mail",
      from: "Dev List <dev@lists.example>",
      body: signed(
        "This makes it easier to use Unison in situations where a machine's name changes frequently.",
        "Dev",
      ),
    },
    {
      name: "the verb invite with whom, not an invitation",
      body: mail("Please don't invite the other side's counsel to the meeting."),
      fields: ["entertainment"],
    },
    {
      name: "where the tickets go, not whether",
      body: mail("Please don't send the tickets to my home address."),
      fields: ["entertainment"],
    },
    {
      name: "one occasion declined",
      body: mail("No drinks for me at the closing dinner - I'm driving."),
      fields: ["entertainment"],
    },
    {
      name: "a form of the writer's name fine with something else",
      from: "Robert Finch <robert.finch@finch-co.example>",
      body: signed("Rob is fine with the draft, by the way.", "Rob"),
    },
    {
      name: "comparing two drafts is no brand",
      body: mail("Please don't compare the two drafts line by line - just flag the big changes."),
      fields: ["competitors"],
    },
    {
      name: "a former rival",
      body: mail("Danone used to be our biggest rival, but they left the market in 2019."),
      fields: ["competitors"],
    },
    {
      name: "an invitation to tender is procurement",
      body: mail("We can't accept the invitation to tender this year; the timing is wrong."),
      fields: ["entertainment"],
    },
    {
      name: "the catchphrase",
      body: mail("Don't mention the war!"),
      fields: ["avoidTopics"],
    },
    {
      name: "a tool the firm is asked to use is no name",
      body: mail("I'd rather you used Dropbox for the files."),
    },
    {
      name: "a subject kept out of one lease",
      body: mail("Avoid any reference to the previous tenant's dispute in the lease."),
      fields: ["avoidTopics"],
    },
    {
      name: "a name introduced with 'here' and no correction",
      from: "James Carver <james.carver@carver.example>",
      body: signed("Jim here - just confirming the draft is fine.", "Jim"),
      fields: ["preferredName"],
    },
    {
      name: "a retort about the work, not a subject",
      body: mail("Please stop talking about the deadline and start meeting it!"),
      fields: ["avoidTopics"],
    },
    {
      name: "one reply is one document",
      body: mail("There's no need to mention the costs order in your reply."),
      fields: ["avoidTopics"],
    },
    {
      name: "a confidentiality rule for a public setting",
      body: mail("Never discuss client matters on social media."),
      fields: ["avoidTopics"],
    },
    {
      name: "the case kept out of public talk",
      body: mail("Please avoid talking about the case in public."),
      fields: ["avoidTopics"],
    },
    {
      name: "a forward from another organisation stays someone else's words",
      body: forwardOf(
        "Jo - our updated supplier code, FYI.",
        "Compliance <compliance@pepsico.example>",
        CODE,
      ),
    },
    {
      name: "a forward from the writer's organisation not introduced as its rules",
      body: forwardOf("Jo - see below.", "Compliance <compliance@coca-cola.example>", CODE),
    },
  ],
  heard: [
    {
      name: "the organisation's own policy, forwarded and introduced as ours",
      body: forwardOf(
        "Jo - our updated supplier code, effective January. Please circulate.",
        "Compliance <compliance@coca-cola.example>",
        CODE,
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "a form that is a relative's name",
      from: "William Ashdown <will@ashdown.example>",
      body: signed("I go by Will. Bill was my dad, and it still throws me.", "Will"),
      heard: [
        { field: "preferredName", value: "Will" },
        { field: "avoidNames", value: "Bill" },
      ],
    },
    {
      name: "never compared to a brand in anything published",
      body: mail("Please never compare us to Pret in anything you publish for us."),
      heard: [{ field: "competitors", value: "Pret", profile: COKE }],
    },
    {
      name: "not to be associated with a competitor",
      body: mail(
        "We'd rather not be associated with Greggs in any of our materials - they're a competitor.",
      ),
      heard: [{ field: "competitors", value: "Greggs", profile: COKE }],
    },
    {
      name: "a brand declared the enemy",
      body: mail(
        "Starbucks is the enemy as far as we're concerned, so no mention of them, please.",
      ),
      heard: [{ field: "competitors", value: "Starbucks", profile: COKE }],
    },
    {
      name: "nothing at all accepted from the firm's side, across an aside",
      body: mail("I can't accept anything - not even a coffee - from firms on the panel."),
      heard: [{ field: "entertainment", value: "avoid", profile: MEGGE }],
    },
    {
      name: "hospitality saved for other clients",
      body: mail("Honestly, save the hospitality for clients who enjoy it; I'd rather not."),
      heard: [{ field: "entertainment", value: "avoid", profile: MEGGE }],
    },
    {
      name: "a subject the writer is not able to talk about, after a lead-in",
      body: mail("A personal request: my son's illness is not something I'm able to talk about."),
      heard: [{ field: "avoidTopics", value: "son's illness", profile: MEGGE }],
    },
    {
      name: "a request with a refusal after 'but' keeps the request",
      from: "Katherine Doyle <k.doyle@doyle.example>",
      body: signed("Please call me Kate, but please never Katie.", "Kate"),
      heard: [
        { field: "preferredName", value: "Kate" },
        { field: "avoidNames", value: "Katie" },
      ],
    },
    {
      name: "what friends call the writer, then the form wanted",
      from: "Margaret Lowe <margaret.lowe@lowe-estates.example>",
      body: signed("My friends call me Maggie, though I'd rather you used Margaret.", "Margaret"),
      heard: [{ field: "preferredName", value: "Margaret" }],
    },
    {
      name: "a title corrected stands with the surname",
      from: "Anita Patel <anita.patel@patel.example>",
      body: signed("For the record, it's Ms, not Mrs.", "Anita"),
      heard: [
        { field: "preferredName", value: "Ms Patel" },
        { field: "avoidNames", value: "Mrs Patel" },
      ],
    },
    {
      name: "a short form that does nicely after the title is dropped",
      from: "Samuel Okoro <samuel.okoro@okoro.example>",
      body: signed("Please drop the 'Mr' - Sam does nicely.", "Samuel"),
      heard: [{ field: "preferredName", value: "Sam" }],
    },
    {
      name: "a name introduced with 'here' beside a correction",
      from: "James Carver <james.carver@carver.example>",
      body: signed("Jim here, by the way - nobody calls me James.", "Jim"),
      heard: [
        { field: "preferredName", value: "Jim" },
        { field: "avoidNames", value: "James" },
      ],
    },
    {
      name: "a capitalised refusal of a form",
      from: "Robert Finch <robert.finch@finch-co.example>",
      body: signed("Not keen on Bob, to be honest - Robert or Rob is fine.", "Robert"),
      heard: [{ field: "avoidNames", value: "Bob" }],
    },
    {
      name: "a subject the organisation does not comment on, then 'please don't ask'",
      body: mail(
        "We're not commenting on the takeover rumours, even privately, so please don't ask.",
      ),
      heard: [{ field: "avoidTopics", value: "takeover rumours", profile: COKE }],
    },
    {
      name: "a subject wished never to come up",
      body: mail("I'd be grateful if Brexit didn't come up again."),
      heard: [{ field: "avoidTopics", value: "Brexit", profile: COKE }],
    },
    {
      name: "comments about a personal subject refrained from",
      body: mail("Please refrain from any comments about my weight."),
      heard: [{ field: "avoidTopics", value: "weight", profile: MEGGE }],
    },
    {
      name: "nothing about a subject, please",
      body: mail("Let's keep things strictly professional - nothing about my family, please."),
      heard: [{ field: "avoidTopics", value: "family", profile: MEGGE }],
    },
    {
      name: "a personal subject not talked about at work",
      body: mail("My kids are not something I talk about at work."),
      heard: [{ field: "avoidTopics", value: "kids", profile: MEGGE }],
    },
    {
      name: "hospitality always welcome",
      body: mail("Drinks are always welcome!"),
      heard: [{ field: "entertainment", value: "welcome", profile: COKE }],
    },
    {
      name: "gone by a middle name",
      from: "Mary Ruth Evans <mary.evans@evans.example>",
      body: signed("I've always gone by my middle name, Ruth.", "Ruth"),
      heard: [{ field: "preferredName", value: "Ruth" }],
    },
    {
      name: "a standing welcome that names one party as an example",
      body: mail("I'd love to be kept on the list for the summer party and anything like it."),
      heard: [{ field: "entertainment", value: "welcome", profile: MEGGE }],
    },
    {
      name: "the hospitality budget not to be spent on them",
      body: mail("Please don't waste your hospitality budget on us."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "the talk refused, the subject after it",
      body: mail("Please, no talk of the divorce."),
      heard: [{ field: "avoidTopics", value: "divorce", profile: COKE }],
    },
    {
      name: "a neutral name to use instead of the brand",
      body: mail("Please refer to Danone only as 'a competitor'."),
      heard: [{ field: "competitors", value: "Danone", profile: COKE }],
    },
    {
      name: "brands never to be named in materials",
      body: mail("A reminder that Lidl and Aldi are never to be named in our materials."),
      heard: [
        { field: "competitors", value: "Lidl", profile: COKE },
        { field: "competitors", value: "Aldi", profile: COKE },
      ],
    },
    {
      name: "a brand's name not wanted anywhere near the documents",
      body: mail("We don't want Nestlé's name anywhere near our documents."),
      heard: [{ field: "competitors", value: "Nestlé", profile: COKE }],
    },
    {
      name: "letters addressed with a title",
      from: "Priya Shah <priya.shah@shah.example>",
      body: signed("Please address all letters to Dr Shah, not Mrs Shah.", "Priya"),
      heard: [
        { field: "preferredName", value: "Dr Shah" },
        { field: "avoidNames", value: "Mrs Shah" },
      ],
    },
    {
      name: "the preferred name stated",
      from: "Sunil Rao <sunil.rao@rao.example>",
      body: signed("My preferred name is Sunny.", "Sunil"),
      heard: [{ field: "preferredName", value: "Sunny" }],
    },
    {
      name: "an assistant relays a titled form after a sequencer, and the first name refused",
      from: "Rhian Price <rhian.price@glanmor.ac.example>",
      profiles: [
        {
          title: "Professor Ifeoma Nwosu",
          matchKey: "ifeoma.nwosu@glanmor.ac.example",
          fullName: "Ifeoma Nwosu",
        },
      ],
      body: signed(
        "I am writing on behalf of Professor Ifeoma Nwosu.\n\nFirst, she would prefer to be addressed as Professor Nwosu rather than by her first name.\n\nSecond, she does not accept hospitality from advisers.",
        "Rhian Price",
      ),
      heard: [
        {
          field: "preferredName",
          value: "Professor Nwosu",
          profile: "ifeoma.nwosu@glanmor.ac.example",
        },
        { field: "avoidNames", value: "Ifeoma", profile: "ifeoma.nwosu@glanmor.ac.example" },
        { field: "entertainment", value: "avoid", profile: "ifeoma.nwosu@glanmor.ac.example" },
      ],
    },
    {
      name: "a principal with a hyphenated surname, addressed 'as' a titled form",
      from: "Tom Reed <tom.reed@kestrel-ins.example>",
      profiles: [
        {
          title: "Dr Adaeze Obi-Lawson",
          matchKey: "adaeze.obi-lawson@kestrel-ins.example",
          fullName: "Adaeze Obi-Lawson",
        },
      ],
      body: signed(
        "I work for Dr Adaeze Obi-Lawson.\n\nShe has asked me to mention that she'd prefer your team address her as Dr Obi-Lawson.",
        "Tom Reed",
      ),
      heard: [
        {
          field: "preferredName",
          value: "Dr Obi-Lawson",
          profile: "adaeze.obi-lawson@kestrel-ins.example",
        },
      ],
    },
    {
      name: "asking the firm to address one by a form is not how the firm wrote it",
      from: "Ngozi Barr <ngozi.barr@barr.example>",
      body: signed("I'd prefer you address me as Dr Barr.", "Ngozi"),
      heard: [{ field: "preferredName", value: "Dr Barr" }],
    },
    {
      name: "a question reported, then answered the other way",
      body: mail(
        "Your colleague asked whether I'd prefer not to be invited to things. Quite the opposite: I'm always happy to be invited.",
      ),
      heard: [{ field: "entertainment", value: "welcome", profile: MEGGE }],
    },
    {
      name: "the writer's own practice on a rival adds nothing to the rivalry declared",
      body: mail("Kestrel Foods is our main rival. We never name them in our own board papers."),
      heard: [{ field: "competitors", value: "Kestrel Foods", profile: COKE }],
    },
    {
      name: "a capitalised place beside the declared rival is not a second rival",
      body: mail(
        "Nordfjell is our principal competitor in the Baltic feeder trade, and we ask that you do not mention them in any material about us.",
      ),
      heard: [{ field: "competitors", value: "Nordfjell", profile: COKE }],
    },
    {
      name: "a terse ban made absolute by the next sentence",
      body: mail("Don't name PepsiCo. Ever."),
      heard: [{ field: "competitors", value: "PepsiCo", profile: COKE }],
    },
    {
      name: "the wish not to see brands named in anything",
      body: mail("We would rather not see Red Bull or Monster mentioned in anything we sign off."),
      heard: [
        { field: "competitors", value: "Red Bull", profile: COKE },
        { field: "competitors", value: "Monster", profile: COKE },
      ],
    },
    {
      name: "the wish that a brand's name did not appear",
      body: mail("We'd rather Britvic's name didn't appear in anything you send to us."),
      heard: [{ field: "competitors", value: "Britvic", profile: COKE }],
    },
    {
      name: "a sore subject, then kept out of everything",
      body: mail(
        "The takeover bid is a painful subject here. Please keep it out of everything you send us.",
      ),
      heard: [{ field: "avoidTopics", value: "takeover bid", profile: COKE }],
    },
    {
      name: "weariness with a request to leave the subject out",
      body: mail("Honestly, I'm sick of hearing about Brexit - can we leave it out?"),
      heard: [{ field: "avoidTopics", value: "Brexit", profile: MEGGE }],
    },
    {
      name: "the wish in the past form",
      body: mail("I'd sooner you kept politics out of your emails and calls with me."),
      heard: [{ field: "avoidTopics", value: "politics", profile: MEGGE }],
    },
    {
      name: "seasonal gifts declined, a donation asked for instead",
      body: mail(
        "It's very kind of you, but please don't send us anything at Christmas - we'd much rather you gave to charity.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "a gracious refusal of invitations",
      body: mail("Please don't feel you need to invite me to things."),
      heard: [{ field: "entertainment", value: "avoid", profile: MEGGE }],
    },
    {
      name: "what others call the writer, then the form preferred",
      from: "Margaret Lowe <margaret.lowe@lowe-estates.example>",
      body: signed("Everyone calls me Maggie, but I prefer Margaret.", "Margaret"),
      heard: [{ field: "preferredName", value: "Margaret" }],
    },
    {
      name: "a titled form preferred",
      from: "Helen Okafor <helen.okafor@cityuni.example>",
      body: signed("In correspondence I'd prefer Professor Okafor, please.", "Helen"),
      heard: [{ field: "preferredName", value: "Professor Okafor" }],
    },
    {
      name: "a changed name",
      from: "Anne Kowalski <anne.kowalski@kowalski.example>",
      body: signed(
        "Since the divorce I've gone back to my maiden name, so it's Ms Byrne now, not Mrs Kowalski.",
        "Anne",
      ),
      heard: [
        { field: "fullName", value: "Anne Byrne" },
        { field: "preferredName", value: "Ms Byrne" },
        { field: "avoidNames", value: "Mrs Kowalski" },
      ],
    },
    {
      name: "a name kept for identity papers",
      from: "Katherine Doyle <k.doyle@doyle.example>",
      body: signed("Kate, please. Katherine is for my passport.", "Kate"),
      heard: [
        { field: "preferredName", value: "Kate" },
        { field: "avoidNames", value: "Katherine" },
      ],
    },
    {
      name: "a form the firm started using, then the verdict",
      from: "Siobhan Kelly <s.kelly@kelly.example>",
      body: signed(
        "Your team started calling me Shiv on the last matter, and I'm not a fan.",
        "Siobhan",
      ),
      heard: [{ field: "avoidNames", value: "Shiv" }],
    },
    {
      name: "a short form, then the long one kept for others",
      from: "Priyanka Shah <priyanka@ledgerly.example>",
      body: signed("Also it's Pree - only my mum and the tax office call me Priyanka.", "P"),
      heard: [
        { field: "preferredName", value: "Pree" },
        { field: "avoidNames", value: "Priyanka" },
      ],
    },
    {
      name: "a plain first name with informality asked for",
      from: "Morag Sutherland <morag.sutherland@highland.example>",
      body: signed(
        "It's Morag - we're not that formal up here. \"Mrs Sutherland\" makes me feel like I'm being summoned.",
        "Morag",
      ),
      heard: [
        { field: "preferredName", value: "Morag" },
        { field: "avoidNames", value: "Mrs Sutherland" },
      ],
    },
    {
      name: "a short form is fine, with the apostrophe",
      from: "Ravinder Singh <ravinder.singh@singh.example>",
      body: signed("Ravi’s fine. Nobody calls me Ravinder except the Home Office.", "Ravi"),
      heard: [
        { field: "preferredName", value: "Ravi" },
        { field: "avoidNames", value: "Ravinder" },
      ],
    },
  ],
});
