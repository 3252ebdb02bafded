/** What listening reads of a message, and whose each preference is. */
import { readMessage } from "../../../src/core/listen/message";
import {
  COKE,
  expectWithdrawals,
  hear,
  letter,
  MEGGE,
  runListenTests,
  type WithdrawalCase,
} from "./listen-tester";

const GMAIL = "Pat Doe <pat.doe@gmail.example>";

runListenTests("reading and attribution", {
  silent: [
    {
      name: "an out-of-office reply, by its subject",
      subject: "Automatic reply: Lease renewal",
      body: "I am away until Monday. Please call my mobile for anything urgent; email is best otherwise.",
    },
    {
      name: "an out-of-office reply, by its opening",
      subject: "Re: Lease renewal",
      body: "Thank you for your email. I am out of the office until 4 August with no access to email. For urgent matters please phone my deputy.",
    },
    {
      name: "a forwarded message's preferences are someone else's",
      body: "Jo, see below from their solicitors. Can you deal?\nMegge\n\n---------- Forwarded message ---------\nFrom: Bloggs & Co <x@bloggs.example>\nDate: Mon, 3 Mar 2025\nSubject: Claim\nTo: Megge\n\nWe prefer all correspondence by post and do not accept service by email.",
    },
    {
      name: "the client's own earlier words, quoted",
      body: "Agreed, thanks.\n\nOn Mon, 3 Mar 2025 at 09:00, Megge Anderson <megge.anderson@coca-cola.example> wrote:\n> Please don't phone me, and summary invoices from now on.\n",
    },
    {
      name: "a disclaimer",
      body: "Jo,\nSigned copy attached.\n\nMegge\n\nThis email is confidential and intended solely for the addressee. If you have received it in error please notify the sender by telephone and delete it.",
    },
    {
      name: "a signature's contact lines",
      body: "Jo,\nAgreed.\n\nKind regards,\nMegge Anderson\nHead of Legal\nM: +44 7700 900123 | WhatsApp +44 7700 900123 | Teams: megge@coca-cola.example",
    },
    {
      name: "sarcasm about a call is not a liking for calls",
      body: "Jo,\nNothing I love more than a 7am call with the regulator. Fine, I'll dial in.\nMegge",
    },
  ],
  heard: [
    {
      name: "'I' is the sender's own profile; 'we' the organisation's",
      body: "Jo,\nI'd rather you didn't phone me. We're a Teams shop, so please send Teams invites.\nMegge",
      heard: [
        { field: "avoidChannels", value: "phone", profile: MEGGE },
        { field: "meetingPlatform", value: "teams", profile: COKE },
      ],
    },
    {
      name: "an imperative after a statement is its holder's",
      body: "Jo,\nWe can't use WhatsApp for anything business-related. Use email instead.\nMegge",
      heard: [
        { field: "avoidChannels", value: "whatsapp", profile: COKE },
        { field: "preferredChannels", value: "email", profile: COKE },
      ],
    },
    {
      name: "the organisation named by its own name",
      body: "Jo,\nNo meals, events or gifts for any Coca-Cola employee, I'm afraid.\nMegge",
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "a personal mailbox keeps everything on the person",
      from: GMAIL,
      body: "Jo,\nSummary invoices only from now on, please. We're on Zoom at home.\nPat",
      heard: [
        { field: "billingDetail", value: "summary", profile: "pat.doe@gmail.example" },
        { field: "meetingPlatform", value: "zoom", profile: "pat.doe@gmail.example" },
      ],
    },
    {
      name: "an HTML body with a list",
      html: "<p>Hi Jo,</p><p>House rules:</p><ul><li>It's Megge, never Meg.</li><li>Summary invoices only.</li></ul><p>Megge</p>",
      heard: [
        { field: "preferredName", value: "Megge", profile: MEGGE },
        { field: "avoidNames", value: "Meg", profile: MEGGE },
        { field: "billingDetail", value: "summary", profile: COKE },
      ],
    },
    {
      name: "a message that opens with Thanks is read past it",
      body: "Hi Jo,\nThanks.\nPlease don't phone me, I work in an open-plan office and it is awkward.\nMegge",
      heard: [
        { field: "avoidChannels", value: "phone", profile: MEGGE, quote: "Please don't phone me" },
      ],
    },
    {
      name: "hard-wrapped text is read as sentences",
      body: "Jo,\nPlease could your team stop sending Zoom invitations to anyone at Coca-Cola? Our\nsecurity people block it on every laptop.\nMegge",
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
  ],
});

describe("readMessage", () => {
  it("keeps offsets into the analysed text and cuts at the sign-off", () => {
    const read = readMessage({
      from: { address: MEGGE, name: "Megge Anderson" },
      subject: "x",
      body: {
        format: "text",
        content: "Hi Jo,\n\nPlease call me Megge.\n\nBest wishes,\nMegge\nHead of Legal\n",
      },
    });
    expect(read.sentences.map((s) => s.text)).toEqual(["Hi Jo,", "Please call me Megge."]);
    for (const s of read.sentences) expect(read.text.slice(s.start, s.end)).toBe(s.text);
    expect(read.signOffNames).toEqual(["Megge"]);
    expect(read.automatic).toBe(false);
  });

  it("quotes are where they say they are, curly apostrophes and all", () => {
    const [heard] = hear({ name: "curly", body: "Hi Jo,\nI’d rather you didn’t phone me.\nMegge" });
    expect(heard).toMatchObject({
      field: "avoidChannels",
      quote: "I’d rather you didn’t phone me.",
    });
  });
});

// Round 24 (listen-24a): the one-off after news of the writer's day takes the bare refusal as
// lexicon.ts reads it (never, a courtesy, "no phone calls" too), and "never" says always.
// Written for this table.
const day = (text: string) => `Hi Jo,\n\n${text}\n\nBest,\nMegge`;

runListenTests("reading: a bare refusal after news of the day", {
  silent: [
    {
      name: "no phone calls, on a day at the tribunal",
      body: day("I'm at the tribunal all day. No phone calls."),
      fields: ["avoidChannels"],
    },
    {
      name: "a courtesy after the refusal, on a day of meetings",
      body: day("I'm stuck in meetings all day. Don't ring, thanks."),
      fields: ["avoidChannels"],
    },
  ],
  heard: [
    {
      name: "never is always, whatever the day",
      body: day("I'm at the tribunal all day. Never ring."),
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
    {
      name: "on a day of habit the refusal stands",
      body: day("I'm stuck in meetings all day, most days. Don't ring, thanks."),
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
  ],
});

// Round 26 (analysis-lh23 F): "now or later" says a request holds at any time, wherever in its
// sentence, so the occasion a lead names does not make it a one-off. Written for this table.
runListenTests("reading: a request said for any time behind an occasion lead", {
  silent: [
    {
      name: "the occasion alone: for one meeting",
      body: day(
        "Before the site visit on Tuesday: please don't raise the redundancies with the crew.",
      ),
      fields: ["avoidTopics"],
    },
    {
      name: "'now' alone is the moment",
      body: day("For the call on Monday: please don't raise the redundancies now."),
      fields: ["avoidTopics"],
    },
  ],
  heard: [
    {
      name: "'now or later' in its own clause after a dash",
      body: day(
        "Before the site visit on Tuesday: please don't raise the redundancies with the crew - now or later.",
      ),
      heard: [{ field: "avoidTopics", value: "redundancies", profile: COKE }],
    },
    {
      name: "'now or in future' inside the request",
      body: day(
        "For the call on Monday, please never bring up the redundancies, now or in future.",
      ),
      heard: [{ field: "avoidTopics", value: "redundancies", profile: COKE }],
    },
    {
      name: "'now or in future' with no comma does not join the topic",
      body: day("For the call on Monday, please never bring up the redundancies now or in future."),
      heard: [{ field: "avoidTopics", value: "redundancies", profile: COKE }],
    },
  ],
});

// Round 29 (listen-29a, analysis-lh26 M15): a topic ban behind an occasion lead stands when its
// sentence or the next says it outlasts the occasion: the whole of the writer's side as the
// audience, "not just this trip", a reason of state that lasts. A lead that names someone else
// met, or a reason that ends, keeps it a one-off. Written for this table.
runListenTests("reading: a topic ban that outlasts the occasion of its lead", {
  silent: [
    {
      name: "the occasion alone, dated",
      body: day(
        "When you come over for the plant tour next month, please don't mention the layoffs.",
      ),
      fields: ["avoidTopics"],
    },
    {
      name: "someone else met, whose reason it is",
      body: day(
        "At the dinner on Monday with Priya, please don't mention the merger. She is still sensitive about her role.",
      ),
      fields: ["avoidTopics"],
    },
    {
      name: "'to anyone' with no place of ours keeps one occasion quiet",
      body: day("At the signing on Friday, please don't mention the layoffs to anyone."),
      fields: ["avoidTopics"],
    },
    {
      name: "anyone at another side's place",
      body: day(
        "Before the meeting on Friday, please don't raise the layoffs with anyone at the bank.",
      ),
      fields: ["avoidTopics"],
    },
    {
      name: "a condition, not an occasion",
      body: day("If the bid fails, please don't raise the layoffs with anyone here."),
      fields: ["avoidTopics"],
    },
  ],
  heard: [
    {
      name: "UK: anyone here, behind a dated visit",
      body: day(
        "When you come over for the plant tour next month, please don't mention the layoffs to anyone here.",
      ),
      heard: [{ field: "avoidTopics", value: "layoffs", profile: COKE }],
    },
    {
      name: "US: a reason of state in the next sentence",
      body: day(
        "At the offsite on Friday, please don't bring up the layoffs. It's all still very raw for the team.",
      ),
      heard: [{ field: "avoidTopics", value: "layoffs", profile: COKE }],
    },
    {
      name: "not just this trip",
      body: day(
        "Ahead of your visit on the 12th: please steer clear of the layoffs, and not just on this trip.",
      ),
      heard: [{ field: "avoidTopics", value: "layoffs", profile: COKE }],
    },
  ],
});

// Round 27 (listen-27a): reported speech makes the wish the reported speaker's: a tag (", he
// says", "says our tenant", "or so I'm told"), a lead before a colon, "according to", or a person
// of another company named with its possessive. The writer ("as I said") and the organisation's
// own people ("our finance director says", "the board tells me") are no such speaker.
runListenTests("whose: reported speech and another company's people", {
  silent: [
    {
      name: "a tag after a verbless wish: the landlord's",
      body: letter(
        "Our landlord rang this morning. Post or email only, he says, because he is hardly ever at his desk.",
      ),
      fields: ["preferredChannels"],
    },
    {
      name: "an inverted tag with a person of the writer's dealings",
      body: letter("Email or post only, says our tenant."),
      fields: ["preferredChannels"],
    },
    {
      name: "'according to' another side's person",
      body: letter("According to their procurement lead, Zoom only."),
      fields: ["meetingPlatform"],
    },
    {
      name: "hearsay: 'or so I'm told'",
      body: letter("No texts please, or so I'm told."),
      fields: ["avoidChannels"],
    },
    {
      name: "a lead before a colon",
      body: letter("She says: post or email only."),
      fields: ["preferredChannels"],
    },
    {
      name: "a named company's person by its possessive",
      body: letter("Tesco's category manager has asked that we stop phoning their office."),
      fields: ["avoidChannels"],
    },
    {
      name: "a party of the writer's dealings and its person",
      body: letter("Our supplier's account manager wants summary invoices only."),
      fields: ["billingDetail"],
    },
  ],
  heard: [
    {
      name: "look-alike: the organisation's own officer in the tag",
      body: letter("Summary invoices only, our finance director says."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "look-alike: the organisation's own officer as the speaker",
      body: letter("Our CFO says no more itemised invoices, summary only."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "look-alike: 'according to' the organisation's own board",
      body: letter("According to our board, Teams is the only platform."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "look-alike: the organisation's own company with its possessive",
      body: letter("Our company's CFO wants summary invoices."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "look-alike: 'as I said' is the writer",
      body: letter("Zoom only, as I said."),
      heard: [{ field: "meetingPlatform", value: "zoom", profile: MEGGE }],
    },
    {
      name: "look-alike: the writer's own reason, not a tag",
      body: letter("Post or email only, because I am hardly ever at my desk."),
      heard: [
        { field: "preferredChannels", value: "post", profile: MEGGE },
        { field: "preferredChannels", value: "email", profile: MEGGE },
      ],
    },
  ],
});

// Round 28 (analysis-lh25 B): a channel allowed in the message that takes it off the avoid list is
// the lift restated, not a preference; a preference said in words stays, and so does the same
// permission when nothing on file is lifted.
describe("a permission after a lift is no preference (round 28)", () => {
  const avoided = { matchKey: COKE, avoidChannels: ["signal", "whatsapp"] };
  const rows: WithdrawalCase[] = [
    {
      name: "'X is grand … now' after the ban is lifted",
      body: "Compliance has lifted the ban on Signal, so Signal is grand for quick queries now.",
      profiles: [avoided],
      removed: [{ field: "avoidChannels", value: "signal", profile: COKE }],
    },
    {
      name: "'feel free to use X' after the ban is gone",
      body: "The WhatsApp ban is gone. Feel free to use WhatsApp with any of us.",
      profiles: [avoided],
      removed: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
    },
    {
      name: "kept: a preference said in words beside the lift",
      body: "The WhatsApp ban is gone, and WhatsApp is honestly the best way to get us.",
      profiles: [avoided],
      removed: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
      also: ["preferredChannels=whatsapp"],
    },
    {
      name: "kept: the permission of another channel than the one lifted",
      body: "The WhatsApp ban is gone. Signal is grand for quick queries now.",
      profiles: [{ matchKey: COKE, avoidChannels: ["whatsapp"] }],
      removed: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
      also: ["preferredChannels=signal"],
    },
  ];
  for (const c of rows) {
    it(c.name, () => expectWithdrawals(hear({ ...c, body: letter(c.body ?? "") }), c, true));
  }
});

runListenTests("whose: a pronoun for the writer's own officer (round 29)", {
  silent: [
    {
      name: "a counterparty's officer, then 'she wants'",
      body: letter(
        "Their finance director joined the call; she wants summary invoices from now on.",
      ),
      fields: ["billingDetail"],
    },
    {
      name: "another party named after our officer is the antecedent",
      body: letter("Our CFO met their general counsel on Friday, and he wants summary invoices."),
      fields: ["billingDetail"],
    },
    {
      name: "our officer's own taste in a personal field stays theirs",
      body: letter("Our chair started in May. She much prefers phone calls."),
      fields: ["preferredChannels"],
    },
    {
      name: "our officer named: a person whose wishes are their own",
      body: letter("Our CFO, Dana Whyte, started in March; she wants summary invoices."),
      fields: ["billingDetail"],
    },
    {
      name: "a pronoun with no officer before it",
      body: letter("The meeting ran long. She wants summary invoices from now on."),
      fields: ["billingDetail"],
    },
  ],
  heard: [
    {
      name: "'she' in the same sentence, after our officer",
      body: letter(
        "Our new finance director arrived in June and her first rule: she wants summary invoices, one total per matter.",
      ),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "'he' in the next sentence",
      body: letter("Our CFO started last month. He wants summary invoices from now on."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
  ],
});

runListenTests("whose: the organisation's body and officer (round 30)", {
  silent: [
    {
      name: "a pronoun after another company's board",
      body: letter("The Halden board met on Tuesday. They want a written update every month."),
      fields: ["statusUpdates"],
    },
    {
      name: "a pronoun after the other side's committee",
      body: letter(
        "The other side's committee met last week. They would rather not be invited to any hospitality.",
      ),
      fields: ["entertainment"],
    },
    {
      name: "a pronoun after their board",
      body: letter("Their board met on Tuesday. They want a written update every month."),
      fields: ["statusUpdates"],
    },
    {
      name: "our officer's own taste, with nothing said of the organisation",
      body: letter("Our CFO prefers Teams, I don't mind either way."),
      fields: ["meetingPlatform", "preferredChannels"],
    },
    {
      name: "another party's officer reporting a rule",
      body: letter("Their CFO says we should stop accepting invitations."),
      fields: ["entertainment"],
    },
    {
      name: "a reported decision, then reversed",
      body: letter(
        "Our compliance officer has decided that we no longer accept invitations. The board has since reversed that.",
      ),
      fields: ["entertainment"],
    },
    {
      name: "a decision reported as reversed in its own sentence",
      body: letter(
        "Our board had decided that we take no hospitality, but that has been reversed.",
      ),
      fields: ["entertainment"],
    },
  ],
  heard: [
    {
      name: "'they' for the trustees of the sentence before",
      body: letter(
        "The trustees went through the accounts at their spring meeting. They would like a short written report quarterly.",
      ),
      heard: [{ field: "statusUpdates", value: "quarterly", profile: COKE }],
    },
    {
      name: "'they' for the committee, on hospitality",
      body: letter(
        "The committee looked at the gifts register on Monday. They would rather not be invited to any more events.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "our officer's decision, the organisation by its own name as the complement's subject",
      from: "Ana Ruiz <ana.ruiz@halden.example>",
      body: "Hi Jo,\n\nOur head of compliance has decided that Halden no longer accepts invitations from its suppliers.\n\nAna",
      heard: [{ field: "entertainment", value: "avoid", profile: "@halden.example" }],
    },
    {
      name: "our board's decision, the organisation by its own name",
      from: "Ana Ruiz <ana.ruiz@halden.example>",
      body: "Hi Jo,\n\nOur board has decided that Halden only uses Teams from now on.\n\nAna",
      heard: [{ field: "meetingPlatform", value: "teams", profile: "@halden.example" }],
    },
    {
      name: "our officer says what 'we' do",
      body: letter("Our CFO says we no longer accept hospitality from advisers."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "a scope sentence after a ban in the writer's voice",
      body: letter(
        "So no more lunches or box seats, I'm sorry to say. It is for everybody at Coca-Cola, not only me.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "'that's a company-wide rule' after a refusal",
      body: letter("Please don't phone me. That's a company-wide rule."),
      heard: [{ field: "avoidChannels", value: "phone", profile: COKE }],
    },
  ],
});
