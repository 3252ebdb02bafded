import * as competitorMention from "../../../src/core/checks/competitor-mention";
import { at, COKE, FORD, MEGGE, MICROSOFT, runRuleTests, UPS } from "./rule-tester";

const SUN = { matchKey: "@microsoft.example", competitors: ["Sun", "Apple", "Zoom"] };
// Brands that are also words, places or surnames; none of them is in any list in the code.
const RETAIL = {
  matchKey: "@retail.example",
  clientName: "Retail Co",
  competitors: ["Target", "Discover", "Chase", "Dove", "Fox", "Tango", "Beacon Home", "Orvane"],
};
const R = "buyer@retail.example";
// Brands that are names (not ordinary words), which letters alone do not tell from a person, a
// place, a case or a word; all invented here.
const MILLS = {
  matchKey: "@grantley.example",
  clientName: "Grantley Mills Ltd",
  competitors: ["Kendrick", "Marlowe", "Tamsin", "Pelham", "Corvid", "Lattice", "Tarrant"],
};
const G = "ops@grantley.example";
const tradeBody =
  "Kendrick Logistics won the tender. Pelham's prices fell. We hold a stake in Tamsin.";
const hostBody = "Invoices go to ap@marlowe.example. Kendrick v Harrow settled last week.";
const hostJoinedBody = "Their terms (https://www.brambleyarns.example/terms) are shorter.";
const YARNS = { matchKey: "@grantley.example", competitors: ["Brackwater Yarns"] };
const shortBody = "Brackwater undercut our price last year, and Brackwater Mills followed.";
const lowerBody = "Corvid quoted less; ask corvid for its terms.";
const pepsiBody = "Hi Megge,\n\nPepsiCo's latest filing mentions the same clause.";
const fordBody = "Jim, the CHEVROLET dealer network filed too.";
const upsBody = "We compared rates on fedex.com last week.";

// A client's rivals that are parties to its own matters (docs/checks.md, "Parties to the
// client's matter"); all invented here.
const HALDEN = {
  matchKey: "@halden.example",
  clientName: "Halden Foods Ltd",
  competitors: ["Norvik", "Vantrell", "Brightwell Dairies", "Pellion", "Harrowgate"],
};
const H = "legal@halden.example";
const partyAndPraise =
  "Norvik's solicitors have written again. Vantrell won a similar case last year with a much leaner team.";
const authorityCaption =
  "Vantrell v Pellion held that the clause was a penalty, and we rely on it.";

// Round 11: a brand that is a river, and a brand whose name has an apostrophe, run into a host.
const SHOPCO = {
  matchKey: "@shopco.example",
  competitors: ["Amazon", "Young's Seafood", "Young's"],
};
const S = "buyer@shopco.example";
const riverBodies = [
  "The Amazon rainforest is shrinking every year.",
  "Our trip up the Amazon was wonderful.",
  "A cruise down the Amazon next spring, perhaps.",
  "The banks of the Amazon were flooded.",
  "Timber from the Amazon basin and the Amazon delta.",
  "We met the founders at youngsters.example last week.",
];
const brandBodies: [string, string][] = [
  ["We shot up the Amazon rankings this week.", "Amazon"],
  ["Amazon is selling more groceries than ever.", "Amazon"],
  // Round 19: a run-together name's evidence is its token, not the whole host.
  ["Order it from youngsseafood.example today.", "youngsseafood"],
  ["Their shop is at youngsfish.example now.", "youngsfish.example"],
];

runRuleTests(competitorMention, {
  valid: [
    ...riverBodies.map((body) => ({
      name: `round 11 a river or another word, not the brand: ${body}`,
      to: S,
      profiles: [SHOPCO],
      body,
    })),
    // Round 10 (brand-affixes.ts): a brand inside a longer word, a host that is "discovery bay",
    // an ordinary-word brand run into an ordinary word, a mailbox, a path, the client's own host.
    {
      name: "round 10 brand with an affix: Meet at upshot.example or in the upstairs.example ",
      to: "ops@ups.example",
      body: "Meet at upshot.example or in the upstairs.example room.",
    },
    {
      name: "round 10 brand with an affix: The vendor is at pepsinogen.example",
      to: "buyer@coca-cola.example",
      body: "The vendor is at pepsinogen.example",
    },
    {
      name: "round 10 brand with an affix: Write to jo.pepsidrinks@firm.example or see docs/p",
      to: "buyer@coca-cola.example",
      body: "Write to jo.pepsidrinks@firm.example or see docs/pepsidrinks.example/x",
    },
    {
      name: "round 10 brand with an affix: See discoverybay.example and targetdates.example a",
      to: "buyer@retail.example",
      profiles: [
        {
          matchKey: "@retail.example",
          clientName: "Retail Co",
          competitors: ["Target", "Discover", "Chase"],
        },
      ],
      body: "See discoverybay.example and targetdates.example and chasefield.example and #targetpractice",
    },
    {
      name: "round 10 brand with an affix: Our portal is at portal.tidewaterbrands.example",
      to: "legal@tidewaterbrands.example",
      profiles: [
        {
          matchKey: "@tidewaterbrands.example",
          clientName: "Tidewater Brands",
          competitors: ["Tidewater"],
        },
      ],
      body: "Our portal is at portal.tidewaterbrands.example",
    },
    {
      name: "round 10 brand with an affix: The C# code and the #1 issue, and email #12345.",
      to: "buyer@coca-cola.example",
      body: "The C# code and the #1 issue, and email #12345.",
    },
    {
      name: "speed-31 hosts holding no brand of either recipient's list",
      to: ["ops@grantley.example", "legal@halden.example"],
      profiles: [
        {
          matchKey: "@grantley.example",
          clientName: "Grantley Mills Ltd",
          competitors: ["Ashcombe"],
        },
        { matchKey: "@halden.example", clientName: "Halden Foods Ltd", competitors: ["Kestrel"] },
      ],
      body: "Prices are listed at hawkdirect.example and at @FalconShop for now.",
    },
    { name: "no competitor named", body: "Hi Megge,\n\nThe agreement is attached." },
    { name: "pepsin is not Pepsi", body: "The lab report mentions pepsin levels." },
    {
      name: "Ford is the client, not a competitor",
      to: FORD,
      body: "Fordham law review cites Ford.",
    },
    { name: "GMT is not GM", to: FORD, body: "Call at 10:00 GMT." },
    { name: "lower-case gm is a unit, not General Motors", to: FORD, body: "Add 5 gm of sugar." },
    { name: "a competitor of someone else's", to: UPS, body: "PepsiCo signed the lease." },
    { name: "zoom as a verb", to: MICROSOFT, body: "Let's zoom in on clause 4." },
    {
      name: "Zoom starting a sentence as a verb",
      to: MICROSOFT,
      body: "Zoom in on clause 4, please.",
    },
    { name: "slack as a word", to: MICROSOFT, body: "Cut them some slack on the deadline." },
    {
      name: "quoted history is skipped",
      body: "Thanks.\n\n-----Original Message-----\nFrom: Megge\nPepsi called again.",
    },
    {
      name: "GM grain is genetically modified",
      to: FORD,
      body: "Zambia may accept milled GM grain.",
    },
    {
      name: "a defined abbreviation",
      to: FORD,
      body: "They accept genetically modified (GM) crops.",
    },
    {
      name: "the GM of the plant is a general manager",
      to: FORD,
      body: "I met the GM of the plant today.",
    },
    {
      name: "a camera's zoom",
      to: MICROSOFT,
      body: "Olympus Camedia D-40 Zoom\n• 2.8x optical zoom",
    },
    {
      name: "apples and oranges",
      to: MICROSOFT,
      profiles: [SUN],
      body: "We are comparing apples and oranges.",
    },
    {
      name: "a weekday",
      to: MICROSOFT,
      profiles: [SUN],
      body: "On Sun, 8 Sep 2002 the server restarted.",
    },
    {
      name: "a newspaper's title",
      to: MICROSOFT,
      profiles: [SUN],
      body: "The Sun and The Express both reported it.",
    },
    { name: "a signature's quotation", body: 'Thanks.\n-- \nJo\n"Pepsi is fine" - nobody' },
    { name: "recipient without a profile", to: "a@other.example", body: "Pepsi" },
    {
      name: "ordinary words in lower case",
      to: R,
      profiles: [RETAIL],
      body: "You will discover that our target date holds; please chase the payment. It takes two to tango.",
    },
    {
      name: "a defined term in a contract",
      to: R,
      profiles: [RETAIL],
      body: 'The Buyer acquires the shares of Harbor Ltd (the "Target"). The Target\'s accounts are attached.',
    },
    {
      name: "a person's surname and a place",
      to: R,
      profiles: [RETAIL],
      body: "Sarah Fox at the regulator called. The mediation is at Dove Cottage, near Chevy Chase.",
    },
    {
      name: "a title before the name",
      to: R,
      profiles: [RETAIL],
      body: "We wrote to Ms Fox yesterday.",
    },
    {
      name: "a sentence opening with the word, nothing saying it is the company",
      to: R,
      profiles: [RETAIL],
      body: "Chase them for the signed copy. Discover what the other side knows first.",
    },
    {
      name: "an ordinary word in a file name",
      to: R,
      profiles: [RETAIL],
      body: "Attached.",
      attachments: ["target dates.xlsx"],
    },
    {
      name: "an ordinary word in a link's path, not its host",
      to: R,
      profiles: [RETAIL],
      html: '<p>See <a href="https://www.example.com/target/plan">the plan</a>.</p>',
    },
    {
      name: "a name in lower case after a determiner is a common noun",
      to: R,
      profiles: [
        {
          matchKey: "@retail.example",
          competitors: ["Helix", "Oracle"],
        },
      ],
      body: "The protein forms a helix; our partner is the oracle on these rules.",
    },
    {
      name: "a weekday among times",
      to: MICROSOFT,
      profiles: [SUN],
      body: "Repeats (9pm, Sun, BBC2) and (8pm, Sat & Sun).",
    },
    {
      name: "a person's mailbox that holds the brand's letters",
      to: G,
      profiles: [MILLS],
      body: "Their valuer is Joe Marlowe (joe.marlowe@valuers.example).",
    },
    {
      name: "a reported case and its short form",
      to: G,
      profiles: [MILLS],
      body: "The rule in Tarrant Inc. v. Ohio, 611 U.S. 52 (2021), narrowed the test; after Tarrant, states may tax remote sellers. See too Boyle v Tarrant [2019] EWHC 88.",
    },
    {
      name: "the client's own dispute with the rival",
      to: G,
      profiles: [MILLS],
      subject: "Grantley v Kendrick: disclosure",
      body: "Kendrick's list of documents is late, and Kendrick has asked for more time.",
    },
    {
      name: "a place: an address, a place noun, a public body, a preposition of place",
      to: G,
      profiles: [MILLS],
      subject: "The Old Forge, Pelham: searches",
      body: "The unit at 9 Canal Street, Pelham, Leeds LS9 2QT is in the Pelham conservation area; the Pelham Borough Council decides.",
    },
    {
      name: "a brand's first word alone, with nothing saying it is the company",
      to: G,
      profiles: [YARNS],
      body: "The Brackwater estuary floods each spring; Brackwater is a pretty town.",
    },
    {
      name: "a country: a word of location before it, a public body after it",
      to: G,
      profiles: [{ matchKey: "@grantley.example", competitors: ["Marlowe", "Tarrant"] }],
      body: "The distributor holds exclusivity in Marlowe; a licence is needed to sell in Marlowe, granted by the Marlowe Medicines Agency.",
    },
    {
      name: "a person: a role before, a first name before, a surname after",
      to: G,
      profiles: [MILLS],
      body: "My paralegal, Tamsin Oduya, will send it. Ask Priya Kendrick on site. Dr Tarrant signed as witness.",
    },
    {
      name: "a town named with its county or state, and then bare",
      to: G,
      profiles: [MILLS],
      body: "The warehouse at Tarrant, Ohio completes in May; the Kendrick, Buckinghamshire site follows. Tarrant has good road links.",
    },
    {
      name: "a settlement system or register in capitals, for brands that are words",
      to: R,
      profiles: [{ ...RETAIL, competitors: ["Crest", "Swift", "Chaps"] }],
      body: "The shares are held in CREST; the price is paid by CHAPS against a SWIFT confirmation.",
    },
    {
      name: "a person: a title and a first name that is also a word",
      to: G,
      profiles: [MILLS],
      body: "The court appointed its expert, Dr Grace Marlowe, a food chemist.",
    },
    {
      name: "a name in lower case in capitalised prose is a word",
      to: G,
      profiles: [MILLS],
      body: "The crystal forms a lattice; we deny the allegations and put them to proof.",
    },
    ...[
      ["its solicitors have written", "Norvik's solicitors have written rejecting our proposal."],
      ["the claimant, served", "The claimant, Norvik Ltd, served its particulars of claim today."],
      [
        "co-defendants listed together",
        "The amended complaint joins Vantrell and Pellion as co-defendants.",
      ],
      [
        "a contract with it under review",
        "Under the supply agreement with Brightwell Dairies, the price review falls in May.",
      ],
      [
        "a defined party of a deal",
        'Vantrell Holdings plc (the "Purchaser") pays the deposit on exchange.',
      ],
      [
        "the owner of a patent we assess",
        "Our opinion covers Pellion's '451 patent; should Pellion ever assert it, we would counterclaim.",
      ],
      [
        "its acts as a party",
        "Harrowgate has terminated the distribution agreement and says you were in breach.",
      ],
      ["we act against it", "We act against Norvik in the High Court."],
      [
        "proceedings against it",
        "We issued proceedings against Norvik in the High Court on Monday.",
      ],
      [
        "the landlord in apposition",
        "The landlord, Harrowgate, refuses consent to the assignment.",
      ],
      ["a lease from it", "The three warehouses are leased from Norvik on ten-year terms."],
      [
        "once a party, every mention",
        "A letter before action from Vantrell arrived today. Vantrell wants an answer within 14 days.",
      ],
      ["a matter named after it", "I attach our note on the Pellion arbitration for Thursday."],
      [
        "its lawyers acting for it",
        "The solicitors acting for Harrowgate have asked for an extension.",
      ],
      [
        "a caption with our side in it",
        "In Pellion v Vantrell our client is a Part 20 defendant, and we serve on Friday.",
      ],
      // A counterparty's moves in the negotiation, towards us or the deal's papers.
      ["it comes back on a term", "Norvik has come back on the liability cap at last."],
      ["it rejects our mark-up", "Vantrell rejected our mark-up of the licence this morning."],
      ["it pushes back", "Pellion is still pushing back on the non-compete."],
      ["it asks us for more", "Harrowgate has asked us for a longer exclusivity period."],
      ["it has sent papers over", "Norvik have sent over their comments, which I attach."],
      ["its mark-up", "Pellion's latest mark-up arrived overnight; most changes are cosmetic."],
      ["its obligations", "Vantrell's obligations under clause 7 end on expiry."],
      ["an NDA named after it", "I attach the Norvik NDA with our comments."],
      ["a deal named after it", "The Harrowgate deal should complete on Friday."],
      ["our negotiations with it", "We are negotiating with Brightwell Dairies on the renewal."],
      ["our call with it", "Our call with Pellion is at 3pm; I will take a note."],
      [
        "a short name defined for it",
        'Norvik Foods Limited ("Norvik") must deliver within 30 days of the order.',
      ],
      // The other side named by its role elsewhere in the paragraph.
      [
        "the other side, then its name",
        "We have heard from the other side at last. Norvik will accept a 12-month cap if the indemnity goes.",
      ],
      // The roles are read only as far as a mention asks: a later mention reads on from there.
      [
        "named first far from any role, then after the other side",
        `Norvik launched a new range in Leeds.\n\n${"The timetable stands. ".repeat(40)}\n\nWe have heard from the other side at last. Nothing from Norvik on the cap yet.`,
      ],
      [
        "opposing counsel, then its name",
        "Opposing counsel rang this morning. Harrowgate will not move on price before the hearing.",
      ],
      ["it has sued you", "Vantrell has sued you over the recall notice."],
      [
        "its counsel with a pronoun, later in its sentence",
        "We met Pellion's finance director and their outside counsel to discuss a settlement.",
      ],
      // The brand the subject, or the one made to act, of a clause about the client's matter.
      ["it owes you money", "Norvik still owes you £240,000 under the March invoices."],
      ["it is in breach of a clause", "Vantrell is in breach of clause 12.3."],
      ["the court orders it to act", "The court has ordered Pellion to pay your costs by Friday."],
      ["we expect it to appeal", "We expect Harrowgate to appeal the decision on liability."],
      [
        "a condition on its failure",
        "You may terminate the agreement if Norvik fails to remedy the breach within 30 days.",
      ],
      ["a term of the deal", "Vantrell will pay the deferred consideration on completion."],
      ["under the licence", "Under the licence, Pellion can inspect your books twice a year."],
      ["our counter-proposal to it", "Our counter-proposal to Harrowgate went out yesterday."],
      ["a hearing against it", "We have a hearing against Norvik on 12 May."],
      ["the patent's owner", "Pellion owns the patent, so you need a licence before launch."],
      ["the lender", "Vantrell lent you £5m under the 2024 facility."],
      // Round 11: roles of carriage, charter and insurance; filings and actions by name; a
      // party's surveyors; what is said to infringe the client's rights.
      [
        "the carrier, with as",
        "Norvik as carrier under the bill of lading is liable for the shortfall.",
      ],
      ["the carrier, in apposition", "Norvik, the carrier, has asked for more time."],
      ["the charterer, before it", "The charterer, Norvik, has not paid hire since March."],
      ["the shipowner", "Pellion is the shipowner, so the arrest goes ahead."],
      [
        "the co-insurer, by its act",
        "Vantrell, which co-insured 14 of the units, will share the costs.",
      ],
      ["the carrier, by its act", "Norvik carried the cargo from Ningbo to Felixstowe."],
      ["a counterstatement filed", "Norvik has filed its counterstatement in the opposition."],
      [
        "a claim served, with words before it",
        "Norvik have served their final account claim on you.",
      ],
      ["its revocation action", "Norvik's revocation action is listed for March."],
      ["its IPR petition by name", "The Norvik IPR petition is due for a decision in May."],
      ["its surveyors", "Norvik's surveyors have now inspected the windows."],
      ["its product said to infringe", "Norvik's product infringes claims 1 and 4 of your patent."],
      ["its range within the client's mark", "Norvik's new range falls within your registration."],
      [
        "the grantee of a letting the client contests",
        "The landlord wants to let unit 9 to Norvik, which would breach your exclusivity covenant.",
      ],
      [
        "its name, then their solicitors",
        "Vantrell still has not paid the May invoice. Their solicitors say a cheque is in the post.",
      ],
    ].map(([name, body]) => ({
      name: `a party to the matter: ${name}`,
      to: H,
      profiles: [HALDEN],
      body,
    })),
    {
      name: "an ordinary word in lower case inside a camelCase file name is the word",
      to: R,
      profiles: [RETAIL],
      attachments: ["targetDates_chaseList.xlsx"],
      body: "The targetDates_chaseList.xlsx sheet is attached.",
    },
    {
      name: "a party to the matter: a caption in the subject",
      to: H,
      profiles: [HALDEN],
      subject: "Norvik v Pellion - third-party disclosure",
      body: "Both sides have agreed the timetable.",
    },
    {
      name: "a party to the matter: its name in an attachment too",
      to: H,
      profiles: [HALDEN],
      attachments: ["Norvik letter before action.pdf"],
      body: "Norvik's solicitors have written again; their letter is attached.",
    },
    {
      name: "a party to the matter: a brand that is a word, as the other side's counsel",
      to: R,
      profiles: [RETAIL],
      body: "Target's counsel have asked for an extension, and we will agree.",
    },
    {
      name: "a party to the matter: a brand that is a word, as the lender",
      to: R,
      profiles: [RETAIL],
      body: "The revolving facility with Chase runs to 2028.",
    },
  ],
  invalid: [
    // Round 38: the rival's own deal, a matter held up as a comparator, and the rival's news and
    // products named like a matter (a guard for "the X trial" as the client's matter silenced
    // these and was withdrawn) are still its name.
    ...[
      ["Norvik's acquisition of Lindqvist Farms closed last week, at 14x EBITDA.", "Norvik's"],
      ["The Norvik litigation is the obvious comparator for your claim.", "Norvik"],
      ["Have you seen the Norvik merger? They will be twice your size by spring.", "Norvik"],
      ["I signed up for the Norvik free trial yesterday and the dashboard is slick.", "Norvik"],
      [
        "Norvik's appeal to younger shoppers keeps growing, so we should talk about your packaging.",
        "Norvik's",
      ],
    ].map(([body, text]) => ({
      name: `round 38 not the client's matter: ${body}`,
      to: H,
      profiles: [HALDEN],
      body,
      findings: [{ messageId: "mention", recipient: H, evidence: at("body", body!, text!) }],
    })),
    ...brandBodies.map(([body, text]) => ({
      name: `round 11 the brand, not the river: ${body}`,
      to: S,
      profiles: [SHOPCO],
      body,
      findings: [{ messageId: "mention", recipient: S, evidence: at("body", body, text) }],
    })),
    // Round 10: a brand run together with a trade or web word in a host or a handle.
    {
      ...{
        name: "round 10 brand with an affix: Have a look at pepsico-careers.com for the roles.",
        to: "buyer@coca-cola.example",
        body: "Have a look at pepsico-careers.com for the roles.",
      },
      findings: [
        { messageId: "mention", evidence: { field: "body", text: "pepsico", start: 15, end: 22 } },
      ],
    },
    {
      ...{
        name: "round 10 brand with an affix: They tweet as @PepsiUK about it.",
        to: "buyer@coca-cola.example",
        body: "They tweet as @PepsiUK about it.",
      },
      findings: [
        { messageId: "mention", evidence: { field: "body", text: "Pepsi", start: 15, end: 20 } },
      ],
    },
    {
      ...{
        name: "round 10 brand with an affix: The #pepsichallenge campaign ran again.",
        to: "buyer@coca-cola.example",
        body: "The #pepsichallenge campaign ran again.",
      },
      findings: [
        {
          messageId: "mention",
          evidence: { field: "body", text: "#pepsichallenge", start: 4, end: 19 },
        },
      ],
    },
    {
      ...{
        name: "round 10 brand with an affix: See shop.pepsibrand.example for the range.",
        to: "buyer@coca-cola.example",
        body: "See shop.pepsibrand.example for the range.",
      },
      findings: [
        {
          messageId: "mention",
          evidence: { field: "body", text: "shop.pepsibrand.example", start: 4, end: 27 },
        },
      ],
    },
    {
      ...{
        name: "round 10 brand with an affix: See pepsidrinks.com for the range.",
        to: "buyer@coca-cola.example",
        body: "See pepsidrinks.com for the range.",
      },
      findings: [
        {
          messageId: "mention",
          evidence: { field: "body", text: "pepsidrinks.com", start: 4, end: 19 },
        },
      ],
    },
    {
      ...{
        name: "round 10 brand with an affix: See gatoradeofficial.com for the range.",
        to: "buyer@coca-cola.example",
        body: "See gatoradeofficial.com for the range.",
      },
      findings: [
        {
          messageId: "mention",
          evidence: { field: "body", text: "gatoradeofficial.com", start: 4, end: 24 },
        },
      ],
    },
    {
      ...{
        name: "round 10 brand with an affix: Their feed @GatoradeUK posted it.",
        to: "buyer@coca-cola.example",
        body: "Their feed @GatoradeUK posted it.",
      },
      findings: [
        {
          messageId: "mention",
          evidence: { field: "body", text: "Gatorade", start: 12, end: 20 },
        },
      ],
    },
    {
      ...{
        name: "round 10 brand with an affix: Compare fedexcareers.com and dhlexpress.co.uk.",
        to: "ops@ups.example",
        body: "Compare fedexcareers.com and dhlexpress.co.uk.",
      },
      findings: [
        {
          messageId: "mention",
          evidence: { field: "body", text: "fedexcareers.com", start: 8, end: 24 },
        },
        {
          messageId: "mention",
          evidence: { field: "body", text: "dhlexpress.co.uk", start: 29, end: 45 },
        },
      ],
    },
    {
      ...{
        name: "round 10 brand with an affix: Follow @FedExUK and #dhlexpress.",
        to: "ops@ups.example",
        body: "Follow @FedExUK and #dhlexpress.",
      },
      findings: [
        { messageId: "mention", evidence: { field: "body", text: "@FedExUK", start: 7, end: 15 } },
        {
          messageId: "mention",
          evidence: { field: "body", text: "#dhlexpress", start: 20, end: 31 },
        },
      ],
    },
    {
      ...{
        name: "round 10 brand with an affix: Write to jo@pepsidrinks.example",
        to: "buyer@coca-cola.example",
        body: "Write to jo@pepsidrinks.example",
      },
      findings: [
        {
          messageId: "mention",
          evidence: { field: "body", text: "pepsidrinks.example", start: 12, end: 31 },
        },
      ],
    },
    {
      ...{
        name: "round 10 brand with an affix: <p>See <a href='https://pepsicareers.example/jobs'",
        to: "buyer@coca-cola.example",
        html: "<p>See <a href='https://pepsicareers.example/jobs'>their jobs page</a>.</p>",
      },
      findings: [
        {
          messageId: "mention",
          evidence: { field: "body", text: "their jobs page", start: 4, end: 19 },
        },
      ],
    },
    // Round 31 (speed-31): which hosts and handles hold a brand with an affix is read once per
    // draft and brand, shared by the recipients who name it; each recipient's finding still
    // names the first brand of its own list that the host holds, and a list none of whose
    // brands is in any host finds nothing there.
    {
      name: "speed-31 one host holding two brands: each recipient's list, in its own order",
      to: ["ops@grantley.example", "legal@halden.example"],
      profiles: [
        {
          matchKey: "@grantley.example",
          clientName: "Grantley Mills Ltd",
          competitors: ["Brightmoor", "Kestrel"],
        },
        {
          matchKey: "@halden.example",
          clientName: "Halden Foods Ltd",
          competitors: ["Kestrel", "Brightmoor"],
        },
      ],
      body: "Orders now go through kestreldirect.brightmoorshop.example instead.",
      findings: [
        {
          messageId: "mention",
          recipient: "ops@grantley.example",
          message: ["counts Brightmoor as a competitor"],
          evidence: {
            field: "body",
            text: "kestreldirect.brightmoorshop.example",
            start: 22,
            end: 58,
          },
        },
        {
          messageId: "mention",
          recipient: "legal@halden.example",
          message: ["counts Kestrel as a competitor"],
          evidence: {
            field: "body",
            text: "kestreldirect.brightmoorshop.example",
            start: 22,
            end: 58,
          },
        },
      ],
    },
    {
      name: "speed-31 a host with one recipient's brand: the other recipient's list finds nothing",
      to: ["ops@grantley.example", "legal@halden.example"],
      profiles: [
        {
          matchKey: "@grantley.example",
          clientName: "Grantley Mills Ltd",
          competitors: ["Ashcombe"],
        },
        {
          matchKey: "@halden.example",
          clientName: "Halden Foods Ltd",
          competitors: ["Ashcombe", "Kestrel"],
        },
      ],
      body: "Prices are listed at kestreldirect.example for now.",
      findings: [
        {
          messageId: "mention",
          recipient: "legal@halden.example",
          message: ["counts Kestrel as a competitor"],
          evidence: { field: "body", text: "kestreldirect.example", start: 21, end: 42 },
        },
      ],
    },
    // Round 18: the draft"s hosts, handles and links are read once (a draft memo); only the
    // recipient’s own host is left out, per recipient, whichever recipient comes first.
    {
      name: "perf-18 a host that is one recipient’s own and another’s rival (its own host first)",
      to: ["legal@tidewaterbrands.example", "ops@grantley.example"],
      profiles: [
        {
          matchKey: "@tidewaterbrands.example",
          clientName: "Tidewater Brands",
          competitors: ["Tidewater"],
        },
        {
          matchKey: "@grantley.example",
          clientName: "Grantley Mills Ltd",
          competitors: ["Tidewater"],
        },
      ],
      body: "Our portal is at portal.tidewaterbrands.example",
      findings: [
        {
          messageId: "mention",
          recipient: "ops@grantley.example",
          evidence: { field: "body", text: "portal.tidewaterbrands.example", start: 17, end: 47 },
        },
      ],
    },
    // Round 18: the draft"s hosts, handles and links are read once (a draft memo); only the
    // recipient’s own host is left out, per recipient, whichever recipient comes first.
    {
      name: "perf-18 a host that is one recipient’s own and another’s rival (the rival’s first)",
      to: ["ops@grantley.example", "legal@tidewaterbrands.example"],
      profiles: [
        {
          matchKey: "@tidewaterbrands.example",
          clientName: "Tidewater Brands",
          competitors: ["Tidewater"],
        },
        {
          matchKey: "@grantley.example",
          clientName: "Grantley Mills Ltd",
          competitors: ["Tidewater"],
        },
      ],
      body: "Our portal is at portal.tidewaterbrands.example",
      findings: [
        {
          messageId: "mention",
          recipient: "ops@grantley.example",
          evidence: { field: "body", text: "portal.tidewaterbrands.example", start: 17, end: 47 },
        },
      ],
    },
    {
      ...{
        name: "round 10 brand with an affix: See targetstores.com",
        to: "buyer@retail.example",
        profiles: [
          {
            matchKey: "@retail.example",
            clientName: "Retail Co",
            competitors: ["Target", "Discover", "Chase"],
          },
        ],
        body: "See targetstores.com",
      },
      findings: [
        {
          messageId: "mention",
          evidence: { field: "body", text: "targetstores.com", start: 4, end: 20 },
        },
      ],
    },
    {
      ...{
        name: "round 10 brand with an affix: See @TargetUK",
        to: "buyer@retail.example",
        profiles: [
          {
            matchKey: "@retail.example",
            clientName: "Retail Co",
            competitors: ["Target", "Discover", "Chase"],
          },
        ],
        body: "See @TargetUK",
      },
      findings: [
        { messageId: "mention", evidence: { field: "body", text: "Target", start: 5, end: 11 } },
      ],
    },
    {
      ...{
        name: "round 10 brand with an affix: See chasebank.com",
        to: "buyer@retail.example",
        profiles: [
          {
            matchKey: "@retail.example",
            clientName: "Retail Co",
            competitors: ["Target", "Discover", "Chase"],
          },
        ],
        body: "See chasebank.com",
      },
      findings: [
        {
          messageId: "mention",
          evidence: { field: "body", text: "chasebank.com", start: 4, end: 17 },
        },
      ],
    },
    {
      name: "a brand shortened to its first word, with a company's action or trade after it",
      to: G,
      profiles: [YARNS],
      body: shortBody,
      findings: [
        {
          messageId: "mention",
          evidence: at("body", shortBody, "Brackwater"),
          message: ["counts Brackwater Yarns as a competitor"],
        },
        { messageId: "mention", evidence: at("body", shortBody, "Brackwater", 1) },
      ],
    },
    {
      name: "a brand of two words run together as a host's name",
      to: G,
      profiles: [{ matchKey: "@grantley.example", competitors: ["Bramble Yarns"] }],
      body: hostJoinedBody,
      findings: [
        {
          messageId: "mention",
          evidence: at("body", hostJoinedBody, "brambleyarns"),
        },
      ],
    },
    {
      name: "a brand of two words run together as the host of a link behind other words",
      to: G,
      profiles: [{ matchKey: "@grantley.example", competitors: ["Bramble Yarns"] }],
      html: '<p>See <a href="https://www.brambleyarns.example/news">their announcement</a>. Or <a href="mailto:press@brambleyarns.example">www.brambleyarns.example</a>.</p>',
      findings: [
        {
          messageId: "mention",
          evidence: { field: "body", text: "their announcement", start: 4, end: 22 },
        },
        {
          messageId: "mention",
          evidence: { field: "body", text: "brambleyarns", start: 31, end: 43 },
        },
      ],
    },
    {
      name: "'in' alone does not make a place: one works in a product",
      to: G,
      profiles: [MILLS],
      body: "The macro only runs in Corvid.",
      findings: [
        { messageId: "mention", evidence: at("body", "The macro only runs in Corvid.", "Corvid") },
      ],
    },
    {
      name: "a name brand next to a trade word, with a possessive, or after a word of investment",
      to: G,
      profiles: [MILLS],
      body: tradeBody,
      findings: [
        { messageId: "mention", evidence: at("body", tradeBody, "Kendrick") },
        { messageId: "mention", evidence: at("body", tradeBody, "Pelham's") },
        { messageId: "mention", evidence: at("body", tradeBody, "Tamsin") },
      ],
    },
    {
      name: "a brand's host in a mail address counts; a dispute that is not the client's counts",
      to: G,
      profiles: [MILLS],
      body: hostBody,
      findings: [
        { messageId: "mention", evidence: at("body", hostBody, "marlowe") },
        { messageId: "mention", evidence: at("body", hostBody, "Kendrick") },
      ],
    },
    {
      name: "a name in lower case counts when the draft names the brand with its capital",
      to: G,
      profiles: [MILLS],
      body: lowerBody,
      findings: [
        { messageId: "mention", evidence: at("body", lowerBody, "Corvid") },
        { messageId: "mention", evidence: at("body", lowerBody, "corvid") },
      ],
    },
    {
      name: "Pepsi to Coca-Cola, possessive",
      body: pepsiBody,
      findings: [
        {
          messageId: "mention",
          evidence: at("body", pepsiBody, "PepsiCo's"),
          message: ["Megge Anderson (The Coca-Cola Company)", "PepsiCo", "Remove or rephrase"],
        },
      ],
    },
    {
      name: "capitals in the subject, organisation profile",
      to: COKE,
      subject: "PEPSI comparison",
      body: "See attached.",
      findings: [
        {
          messageId: "mention",
          recipient: COKE,
          evidence: at("subject", "PEPSI comparison", "PEPSI"),
        },
      ],
    },
    {
      name: "Chevy to Ford, any case",
      to: FORD,
      subject: "Chevy",
      body: fordBody,
      findings: [
        { messageId: "mention", evidence: at("subject", "Chevy", "Chevy") },
        { messageId: "mention", evidence: at("body", fordBody, "CHEVROLET") },
      ],
    },
    {
      name: "GM in capitals",
      to: FORD,
      body: "GM announced a recall.",
      findings: [{ messageId: "mention", evidence: at("body", "GM announced a recall.", "GM") }],
    },
    {
      name: "FedEx to UPS as a domain",
      to: UPS,
      body: upsBody,
      findings: [{ messageId: "mention", evidence: at("body", upsBody, "fedex") }],
    },
    {
      name: "an attachment name",
      to: UPS,
      body: "Attached.",
      attachments: ["notes.pdf", "DHL-rates.xlsx"],
      findings: [
        {
          messageId: "mention",
          evidence: { field: "attachment", index: 1, text: "DHL", start: 0, end: 3 },
          message: ['the attachment "DHL-rates.xlsx"'],
        },
      ],
    },
    {
      name: "a link whose address names the brand",
      to: MEGGE,
      html: '<p>See <a href="https://www.pepsico.com/news">this article</a>.</p>',
      findings: [
        {
          messageId: "mention",
          evidence: { field: "body", text: "this article", start: 4, end: 16 },
          message: ["https://www.pepsico.com/news"],
        },
      ],
    },
    {
      name: "a multi-word brand with a hyphen",
      body: "Mountain-Dew sponsorship terms.",
      findings: [
        {
          messageId: "mention",
          evidence: at("body", "Mountain-Dew sponsorship terms.", "Mountain-Dew"),
        },
      ],
    },
    {
      name: "an everyday-word brand where the words around make it the brand",
      to: MICROSOFT,
      profiles: [SUN],
      body: "Apple's results beat Sun.",
      findings: [
        { messageId: "mention", evidence: at("body", "Apple's results beat Sun.", "Apple's") },
        // Capitalised mid-sentence: the company.
        { messageId: "mention", evidence: at("body", "Apple's results beat Sun.", "Sun") },
      ],
    },
    {
      name: "an ordinary-word brand capitalised mid-sentence",
      to: R,
      profiles: [RETAIL],
      body: "Their stores compete with Target on price.",
      findings: [
        {
          messageId: "mention",
          recipient: R,
          evidence: at("body", "Their stores compete with Target on price.", "Target"),
        },
      ],
    },
    {
      name: "opening a sentence with a company's verb, and in capitals",
      to: R,
      profiles: [RETAIL],
      body: "Discover has launched a rival card. CHASE said nothing.",
      findings: [
        {
          messageId: "mention",
          recipient: R,
          evidence: at("body", "Discover has launched", "Discover"),
        },
        {
          messageId: "mention",
          recipient: R,
          evidence: at("body", "Discover has launched a rival card. CHASE", "CHASE"),
        },
      ],
    },
    {
      name: "a host name and a capitalised file name",
      to: R,
      profiles: [RETAIL],
      html: '<p>See <a href="https://corporate.target.com/brands">their brands</a>.</p>',
      attachments: ["Tango_price_list.pdf"],
      findings: [
        {
          messageId: "mention",
          recipient: R,
          evidence: { field: "body", text: "their brands", start: 4, end: 16 },
        },
        {
          messageId: "mention",
          recipient: R,
          evidence: { field: "attachment", index: 0, text: "Tango", start: 0, end: 5 },
        },
      ],
    },
    {
      name: "a brand of ordinary words, capitalised, even opening a sentence",
      to: R,
      profiles: [RETAIL],
      body: "Beacon Home opened a store next door.",
      findings: [
        {
          messageId: "mention",
          recipient: R,
          evidence: at("body", "Beacon Home opened", "Beacon Home"),
        },
      ],
    },
    {
      name: "a name-only brand counts in lower case and opening a sentence",
      to: R,
      profiles: [RETAIL],
      body: "Orvane is cheaper; ask orvane for terms.",
      findings: [
        { messageId: "mention", recipient: R, evidence: at("body", "Orvane is", "Orvane") },
        {
          messageId: "mention",
          recipient: R,
          evidence: at("body", "Orvane is cheaper; ask orvane", "orvane"),
        },
      ],
    },
    {
      name: "Slack named mid-sentence to Microsoft",
      to: MICROSOFT,
      body: "We moved the team to Slack last year.",
      findings: [
        {
          messageId: "mention",
          evidence: at("body", "We moved the team to Slack last year.", "Slack"),
        },
      ],
    },
    ...[
      ["a benchmark", "Norvik's new line sells at half our price; we should match it.", "Norvik's"],
      ["a precedent", "We could structure it like the Vantrell settlement last year.", "Vantrell"],
      ["praise", "Pellion handled its recall brilliantly.", "Pellion"],
      [
        "another client of ours",
        "We also act for Harrowgate, so we know the market well.",
        "Harrowgate",
      ],
      [
        "a comparison",
        "Their terms are better than Brightwell Dairies' standard contract.",
        "Brightwell Dairies",
      ],
      ["competing against it", "You compete against Norvik in every region.", "Norvik"],
      ["a description of its trade", "Norvik, a supplier of oat milk, has grown fast.", "Norvik"],
      [
        "news of its contract with someone else",
        "Government ditches contract with Norvik, says minister",
        "Norvik",
      ],
      ["news of its own lawsuit", "Pellion sued Acme last year and lost.", "Pellion"],
      ["claims and contracts as its verbs", "Norvik claims to be the cheapest grower.", "Norvik"],
      ["a market of lenders", "Lenders, Norvik among them, quote lower rates.", "Norvik"],
      ["what it offers", "Norvik's loans are cheaper than ours.", "Norvik's"],
      ["its response to the market", "Norvik's response to the price war was clever.", "Norvik's"],
      [
        "a neighbouring unit let to it, under the client's exclusivity covenant",
        "The landlord has let unit 4 to Norvik.",
        "Norvik",
      ],
      [
        "a dispute of its own, as a precedent",
        "Unlike the Vantrell litigation, ours should settle early.",
        "Vantrell",
      ],
      [
        "another client, though our lawyers act for it",
        "We are also counsel for Harrowgate on an unrelated lease.",
        "Harrowgate",
      ],
      [
        "a deal of its own with someone else",
        "Pellion signed a huge deal with a German retailer.",
        "Pellion",
      ],
      [
        "its own business, not our deal's papers",
        "Norvik rejected the takeover approach from a private equity house.",
        "Norvik",
      ],
      [
        "talks of its own, not ours",
        "The regulator said talks with Vantrell are at an early stage.",
        "Vantrell",
      ],
      [
        "someone else negotiating with it",
        "Their supplier is negotiating with Pellion on volume.",
        "Pellion",
      ],
      [
        "a comparison in a paragraph about the other side",
        "Opposing counsel rang this morning. Unlike Harrowgate, they seem keen to settle.",
        "Harrowgate",
      ],
      [
        "a rumour in a paragraph about the other side",
        "The other side has gone quiet. I hear Vantrell is about to launch a rival range.",
        "Vantrell",
      ],
      [
        "our other client in a paragraph about the other side",
        "Their solicitors have written again. We also act for Norvik, who faced the same point.",
        "Norvik",
      ],
      [
        "the other side's expert, who used to work for it",
        "The other side's expert used to work at Harrowgate, which is odd.",
        "Harrowgate",
      ],
      [
        "a role that names someone else, then it",
        "Norvik, the claimant, has served its reply. Separately, Vantrell has settled all its own disputes.",
        "Vantrell",
      ],
      ["its own lawsuit, a company sued", "Pellion has sued the supermarket chain.", "Pellion"],
      [
        "its own lease of a neighbouring unit, in a draft about our lease",
        "Helpfully for us, the minute also records that Norvik have taken a lease of the unit opposite.",
        "Norvik",
      ],
      [
        "its own enforcement notice, in a draft about our labelling",
        "Vantrell faced an enforcement notice in 2024 for the same claim; we should keep records.",
        "Vantrell",
      ],
      [
        "its product, not a participant, in a clause about our contract",
        "Clause 9 would oblige you to match every Pellion multibuy promotion, which we cannot recommend.",
        "Pellion",
      ],
      ["supplying the client's customer", "Norvik now supplies your biggest customer.", "Norvik"],
      [
        "its dispute with another company",
        "Harrowgate is in a dispute with Acme over the same clause.",
        "Harrowgate",
      ],
      [
        "its settlement, as a precedent",
        "Norvik settled a claim like this for £2m last year.",
        "Norvik",
      ],
      // Round 11: look-alikes of the roles above, which are the rival's own business.
      ["its own filing", "Norvik filed its annual accounts late again.", "Norvik"],
      [
        "its surveyors, as market news",
        "Norvik's surveyors priced the whole high street, apparently.",
        "Norvik's",
      ],
      [
        "its product, said to infringe no one in particular",
        "Norvik's new phone infringes nobody's rights, I suspect.",
        "Norvik's",
      ],
      [
        "its own IPR against another company",
        "The Norvik IPR against Masimo was reported today.",
        "Norvik",
      ],
      ["its carriage as a trade", "Norvik carried 12 million containers last year.", "Norvik"],
      [
        "an owner of something else",
        "Norvik is the owner of the best brand in the market.",
        "Norvik",
      ],
      [
        "its standard terms, as a benchmark",
        "Vantrell's standard terms cap liability at 100% of the fees.",
        "Vantrell's",
      ],
      [
        "the other side in another paragraph",
        "The other side has gone quiet.\n\nNorvik is opening three new depots in the north.",
        "Norvik",
      ],
    ].map(([name, body, text]) => ({
      name: `not a party, named gratuitously: ${name}`,
      to: H,
      profiles: [HALDEN],
      body,
      findings: [{ messageId: "mention", recipient: H, evidence: at("body", body!, text!) }],
    })),
    {
      name: "a brand that is a word still counts as the company, beside the system's acronym",
      to: R,
      profiles: [{ ...RETAIL, competitors: ["Crest", "Swift"] }],
      body: "We lost the tender to Swift, though the shares settle in CREST.",
      findings: [
        {
          messageId: "mention",
          recipient: R,
          evidence: at("body", "We lost the tender to Swift, though", "Swift"),
        },
      ],
    },
    {
      name: "a brand followed by a state that is its own description counts",
      to: G,
      profiles: [MILLS],
      body: "Tarrant, Ohio-based and cheaper, won the tender.",
      findings: [
        {
          messageId: "mention",
          recipient: G,
          evidence: at("body", "Tarrant, Ohio-based", "Tarrant"),
        },
      ],
    },
    {
      name: "a capitalised two-letter word opening a sentence is not a first name",
      to: G,
      profiles: [MILLS],
      body: "As Tarrant did last year, they will cut prices.",
      findings: [
        {
          messageId: "mention",
          recipient: G,
          evidence: at("body", "As Tarrant did", "Tarrant"),
        },
      ],
    },
    {
      name: "a brand run together with other words in a camelCase attachment name",
      to: H,
      profiles: [HALDEN],
      attachments: ["BrightwellDairies_SupplyTerms_v2.docx", "NorvikPricing2026.xlsx"],
      body: "Both attached.",
      findings: [
        {
          messageId: "mention",
          recipient: H,
          evidence: { field: "attachment", index: 0, text: "BrightwellDairies", start: 0, end: 17 },
        },
        {
          messageId: "mention",
          recipient: H,
          evidence: { field: "attachment", index: 1, text: "Norvik", start: 0, end: 6 },
        },
      ],
    },
    {
      name: "a brand run together in a camelCase file name in the text",
      to: H,
      profiles: [HALDEN],
      body: "See VantrellRateCard.pdf before we speak.",
      findings: [
        {
          messageId: "mention",
          recipient: H,
          evidence: at("body", "See VantrellRateCard.pdf", "Vantrell"),
        },
      ],
    },
    {
      name: "a party is silent, another rival praised in the same draft is not",
      to: H,
      profiles: [HALDEN],
      body: partyAndPraise,
      findings: [
        { messageId: "mention", recipient: H, evidence: at("body", partyAndPraise, "Vantrell") },
      ],
    },
    {
      name: "a caption cited as an authority is not our matter",
      to: H,
      profiles: [HALDEN],
      body: authorityCaption,
      findings: [
        { messageId: "mention", recipient: H, evidence: at("body", authorityCaption, "Vantrell") },
        { messageId: "mention", recipient: H, evidence: at("body", authorityCaption, "Pellion") },
      ],
    },
  ],
});

// Round 12: a rival as a party to the client's own proceedings or deal, named through its legal
// entity, its filings or the deal's verbs of transfer; and a brand that is also a mountain, a
// river or a place, used as the place or in an idiom. All names invented or used in their
// geographic sense; each kind has look-alikes in which the brand is the brand.
const R12 = {
  matchKey: "@client12.example",
  clientName: "Client Co Ltd",
  competitors: [
    "Vela",
    "Northwind",
    "Everest",
    "Thames",
    "Severn",
    "Olympus",
    "Avon",
    "Kingston",
    "Patagonia",
    "Fuji",
    "Corvane",
    "Corvane Energy",
    "Brackwater Yarns",
  ],
};
const C12 = "gc@client12.example";
const round12Parties: [string, string][] = [
  // 1. Trade-mark, patent and registry proceedings; the trading-name frame.
  [
    "the trading name of the opponent, in brackets",
    "Bravo Moda SA (which trades as Vela) has filed its notice of opposition against our application.",
  ],
  ["the trading name after a comma", "Northwind Ltd, trading as Vela, has served its defence."],
  ["the opponent in apposition", "The opponent, Vela, relies on three earlier marks."],
  ["its earlier marks", "Vela's earlier marks are all registered for class 25."],
  ["an action brought by it", "The cancellation action brought by Vela will be heard in June."],
  ["an invalidity action filed by it", "The invalidity action filed by Vela relies on bad faith."],
  ["its evidence in reply", "Vela's evidence in reply is due on 4 March."],
  ["it applies to strike the client's right", "Vela has applied to invalidate your registration."],
  ["our opposition to its application", "Our opposition to Vela's application was filed today."],
  ["the opposition by it", "The opposition by Vela rests on likelihood of confusion."],
  ["a cease and desist to it", "We'll send the cease and desist to Vela today."],
  // 2. The other side of the client's own deal, by the deal's verbs.
  ["a novation from it", "The novation of MSN 1234 from Vela completes on Friday."],
  [
    "a definite thing transferring from it",
    "The aircraft transferring from Vela will be delivered in Dublin.",
  ],
  ["an assignment by it", "The lease assignment by Vela needs the lessor's consent."],
  ["a transfer from it", "The transfer of the shares from Vela closes on completion."],
  ["our purchase from it", "We will buy the aircraft from Vela under the SPA."],
  ["as lessor, after a comma", "Vela, as lessor, has approved the return conditions."],
  ["the SPA with it", "The SPA with Vela is nearly agreed."],
  [
    "a brand listed in full and shortened: a party under either name",
    "The Corvane Energy well is the source, and Corvane's counsel want 30 days.",
  ],
  // 3. The place, the river, the mountain, the idiom.
  ["a metaphor for a task", "This will be our Everest."],
  ["a mountain to climb", "We have an Everest to climb before the hearing."],
  ["a river in a town's name", "The office is in Kingston upon Thames."],
  ["a river in a hyphenated town's name", "Stratford-upon-Avon is lovely in May."],
  ["a mountain's head", "We climbed Mount Olympus in July."],
  ["a mountain's parts", "We walked up to Everest base camp."],
  ["a lake's head", "The plant draws water from Lake Fuji."],
];
const partyThenComparison =
  "Vela's counsel have written again. Vela's new range is far better than yours, frankly.";
const round12Brands: [string, string, string[]][] = [
  ["its new collection", "Vela's new collection is cheaper.", ["Vela's"]],
  ["its ad", "We saw Vela's ad on the tube.", ["Vela's"]],
  ["a comparison", "Like Vela, you could open a pop-up.", ["Vela"]],
  ["its hospitality box", "The Vela hospitality box was excellent.", ["Vela"]],
  ["its site", "See vela.example for the range.", ["vela"]],
  [
    "a trading name with the company's own news",
    "Bravo Moda SA (trading as Vela) launched a new collection in May.",
    ["Vela"],
  ],
  [
    "a party compared with the client",
    "The opponent, Vela, has a far stronger brand than yours.",
    ["Vela"],
  ],
  ["a party's lawyers praised", "Vela's lawyers did a great job in the Acme case.", ["Vela's"]],
  ["a rival's own sale", "Vela sold its regional business to Acme last year.", ["Vela"]],
  ["a rival's own purchase", "Acme bought the brand from Vela last year.", ["Vela"]],
  ["customers switching", "Customers are switching from Vela to us.", ["Vela"]],
  [
    "a role with a comparison",
    "Vela, as seller, is cheaper than anyone else in the market.",
    ["Vela"],
  ],
  ["a possessive after the idiom's frame", "This will be our Vela account.", ["Vela"]],
  ["on a panel", "We are on the Vela panel now.", ["Vela"]],
  ["a company after a place's frame", "Olympus cameras are cheaper.", ["Olympus"]],
  ["a possessive brand", "We saw Everest's ad on TV.", ["Everest's"]],
  ["a product range", "Columbia's range aside, Avon's new brochure arrived.", ["Avon's"]],
  ["a trip to its offices", "Our trip to Kingston's head office went well.", ["Kingston's"]],
  ["a trip to it, with no place signal", "Our trip to Patagonia was wonderful.", ["Patagonia"]],
];

runRuleTests(competitorMention, {
  valid: [
    ...round12Parties.map(([name, body]) => ({
      name: `round 12 silent: ${name}`,
      to: C12,
      profiles: [R12],
      body,
    })),
    {
      name: "round 12 silent: a subject line naming the parties of an opposition",
      to: C12,
      profiles: [R12],
      subject: "UKIPO opposition - OUR MARK (Bravo / Vela)",
      body: "Please find the hearing date below.",
    },
    {
      name: "round 12 silent: a subject line naming the parties of a novation",
      to: C12,
      profiles: [R12],
      subject: "Novation MSN 1234 - Vela / Northwind",
      body: "Please see the CP checklist.",
    },
  ],
  invalid: [
    ...round12Brands.map(([name, body, texts]) => ({
      name: `round 12 the brand: ${name}`,
      to: C12,
      profiles: [R12],
      body,
      findings: texts.map((text) => ({
        messageId: "mention",
        recipient: C12,
        evidence: at("body", body, text),
      })),
    })),
    {
      name: "round 12 the brand: a party, then a comparison in another sentence",
      to: C12,
      profiles: [R12],
      body: partyThenComparison,
      findings: [
        {
          messageId: "mention",
          recipient: C12,
          evidence: at("body", partyThenComparison, "Vela's", 1),
        },
      ],
    },
    {
      name: "round 12 the brand: a subject line with no proceedings",
      to: C12,
      profiles: [R12],
      subject: "Vela pricing (comparison)",
      body: "Please see the table.",
      findings: [
        {
          messageId: "mention",
          recipient: C12,
          evidence: { field: "subject", text: "Vela", start: 0, end: 4 },
        },
      ],
    },
  ],
});

// Round 13: brands that are ordinary words, streets, districts, surnames or the start of another
// proper name, used in those senses; and a brand named as a comparison (all invented here).
const R13 = {
  matchKey: "@r13.example",
  clientName: "Lindqvist Retail Ltd",
  competitors: ["Perennial", "Crescent", "Holborn", "Brandt", "Kestrel", "Monzo", "Tesco", "Uber"],
};
const C13 = "ops@r13.example";
const quiet13 = [
  "Please send the originals to 14 Harbour Crescent, Leith EH6 6LN.",
  "They have moved to Kings Crescent near the station.",
  "Our Holborn office will host the completion meeting.",
  "Meet me at Holborn Viaduct at noon.",
  "Dr Anna Brandt of the regulator called this morning.",
  "We went to hear the Kestrel Café Orchestra on Saturday.",
  "The Kestrel Primary School appeal is listed for May.",
];
const flagged13: [string, string][] = [
  ["Crescent launched a rival range last week.", "Crescent"],
  ["Holborn won the tender last year.", "Holborn"],
  ["Holborn offices are opening across the north.", "Holborn"],
  ["It's basically a Monzo clone.", "Monzo"],
  ["A Tesco-style offer would help the shops.", "Tesco"],
  ["They want to be the Uber of logistics.", "Uber"],
  ["The Uber row over drivers' rights rumbles on.", "Uber"],
  ["Kestrel Café is their new coffee brand.", "Kestrel"],
  ["Please check the perennial renewal clause. Perennial has cut its prices.", "Perennial"],
];

runRuleTests(competitorMention, {
  valid: [
    ...quiet13.map((body) => ({
      name: `round 13 not the brand: ${body}`,
      to: C13,
      profiles: [R13],
      body,
    })),
  ],
  invalid: [
    ...flagged13.map(([body, text]) => ({
      name: `round 13 the brand: ${body}`,
      to: C13,
      profiles: [R13],
      body,
      findings: [{ messageId: "mention", evidence: at("body", body, text) }],
    })),
    {
      name: "round 13 the brand: a file name with no use of the word in the draft",
      to: C13,
      profiles: [R13],
      body: "Please check the renewal clause in the attached.",
      attachments: ["Perennial pricing - markup.docx"],
      findings: [
        {
          messageId: "mention",
          evidence: { field: "attachment", text: "Perennial", start: 0, end: 9, index: 0 },
        },
      ],
    },
  ],
});

// Round 15: a competitor's sense by its role. A place the word filter takes for a word is a
// name ("the Zurich wording" is the insurer); a seat, a hearing's venue or a base is a place
// ("seated in Zurich"); an ordinary-word brand after "the" and before a noun ("the Boots
// approach") is the brand only where the draft names it elsewhere (round 16: only a word that
// ordinary text capitalises in its own sense, "the Sun"; see below); a lower-case name is a word
// where the writer capitalises anywhere in its paragraph. Profile and sentences invented here.
const R15 = {
  matchKey: "@harwick-insurance.example",
  clientName: "Harwick Insurance",
  competitors: ["Zurich", "Boots", "Sun", "Evergreen"],
};
const C15 = "claims@harwick-insurance.example";
const longLower =
  "Thanks for sending this over. I have been through the whole of the second schedule this " +
  "morning and on balance the rollover language works well enough for the renewal, subject to " +
  "our own evergreen drafting being kept in the final version that goes across to them.";
const quiet15 = [
  "The arbitration is seated in Zurich under the Swiss Rules.",
  "The seat is Zurich, and the language of the arbitration is English.",
  "The hearing will be held in Zurich next May.",
  "We watched the Sun rise over the bay before the meeting.",
  longLower,
];
const flagged15: [string, string][] = [
  ["We compared the Zurich commercial combined wording with ours.", "Zurich"],
  ["Please ask Zurich for their wording before the seat is agreed.", "Zurich"],
  ["ok will check evergreen pricing and revert tmrw", "evergreen"],
];
runRuleTests(competitorMention, {
  valid: quiet15.map((body) => ({
    name: `round 15 not the brand: ${body.slice(0, 70)}`,
    to: C15,
    profiles: [R15],
    body,
  })),
  invalid: [
    ...flagged15.map(([body, text]) => ({
      name: `round 15 the brand: ${body}`,
      to: C15,
      profiles: [R15],
      body,
      findings: [{ messageId: "mention", evidence: at("body", body, text) }],
    })),
    {
      name: "round 15 the brand: the Boots approach, in a draft that links boots.com",
      to: C15,
      profiles: [R15],
      body: "I liked the Boots approach to the launch; their range is at https://www.boots.com today.",
      findings: [
        {
          messageId: "mention",
          evidence: at(
            "body",
            "I liked the Boots approach to the launch; their range is at https://www.boots.com today.",
            "Boots",
          ),
        },
        {
          messageId: "mention",
          evidence: at(
            "body",
            "I liked the Boots approach to the launch; their range is at https://www.boots.com today.",
            "boots",
          ),
        },
      ],
    },
  ],
});

// Round 16: an ordinary-word brand capitalised after a determiner and before a lower-case noun,
// where nothing asks for a capital, is the brand on its own ("the Next litigation"); a word that
// ordinary text capitalises in its own sense (the Sun, a defined "Target") still needs the draft
// to name the brand elsewhere. Profile and sentences invented here.
const R16 = {
  matchKey: "@harwick-retail.example",
  clientName: "Harwick Retail",
  competitors: ["Next", "Discover", "Boots", "Sun", "Target", "Sky"],
};
const C16 = "legal@harwick-retail.example";
const flagged16: [string, string][] = [
  ["The Panorama piece on the Next rebrand was hard to miss.", "Next"],
  ["We have seen our Discover rollout slip by a month.", "Discover"],
  ["I liked the Boots approach to the launch, if nothing else.", "Boots"],
  ["Their Sky bundle pricing is aggressive this year.", "Sky"],
  // Round 29 (analysis-h28 H): a brand's site in a named place.
  ["The Boots at Brent Cross took the same lease terms last year.", "Boots"],
];
const quiet16 = [
  // Lower case, or no noun after it, or a verb after it.
  "The next litigation step is disclosure.",
  "We will discover the answer at trial.",
  "Please click the Next button to continue.",
  "Thank you for the Next, it helped.",
  "I think the Next is where we go from here.",
  "We watched the Sun rise over the bay before the meeting.",
  "The case turns on what the Sun printed about the claimant.",
  // Capitalised in its own sense: the sun, a paper, a defined term.
  "The Sun newspaper has not yet replied to our letter.",
  "The Target board minutes are in the data room.",
  "We have checked the Target disclosure letter.",
  // A heading in title case.
  "Update On The Next Steps",
  // Round 29: a word ordinary text capitalises in its own sense, in a named place.
  "The Sun in Leo is the theme of the hotel's new restaurant.",
  "We stayed at the Target in March, as agreed with the board.",
];
runRuleTests(competitorMention, {
  valid: quiet16.map((body) => ({
    name: `round 16 not the brand: ${body.slice(0, 70)}`,
    to: C16,
    profiles: [R16],
    body,
  })),
  invalid: flagged16.map(([body, text]) => ({
    name: `round 16 the brand: ${body}`,
    to: C16,
    profiles: [R16],
    body,
    findings: [{ messageId: "mention", evidence: at("body", body, text) }],
  })),
});

// Round 17 (h16 diagnosis, rec. 4, the cheap half): a brand that grants the client a licence is a
// party to the client's matter, as one it is "licensed from" already was: "the licence from X",
// "under licence from X", "licensed by X". A licence from someone else, or the brand beside a
// licence it does not grant, is still the brand.
const licenceQuiet = [
  "On the licence from Norvik: as licensor they can audit us once a year.",
  "We make the range under licence from Pellion until 2028.",
  "The recipes are licensed by Harrowgate for the UK only.",
  "The software licences from Vantrell expire in March.",
  "Your licence granted by Norvik allows sub-licensing to affiliates.",
];
const licenceFlagged: [string, string][] = [
  ["We renewed the licence from the council; Pellion has a cheaper range now.", "Pellion"],
  ["We have a licence from the regulator, unlike Vantrell with its new range.", "Vantrell"],
  ["Our licence fee is already lower than Norvik charges for its range.", "Norvik"],
];
runRuleTests(competitorMention, {
  valid: licenceQuiet.map((body) => ({
    name: `round 17 a licensor: ${body.slice(0, 70)}`,
    to: H,
    profiles: [HALDEN],
    body,
  })),
  invalid: licenceFlagged.map(([body, text]) => ({
    name: `round 17 not the licensor: ${body}`,
    to: H,
    profiles: [HALDEN],
    body,
    findings: [{ messageId: "mention", evidence: at("body", body, text) }],
  })),
});

// Round 17 (rec. 3): a capital that any word takes where it stands (a sentence's or a line's
// start, after a bullet, a heading mark, a quotation mark or a number) is no evidence of a brand;
// the same word capitalised mid-sentence before a noun still is.
const capitalQuiet17 = [
  "Next week we will send the draft.",
  "- Next week we will send the draft.",
  "Notes:\n- Next week we send the draft.\n* Discover what the other side knows.",
  '"Next time," she said, "we sign first."',
  "## Next week\nWe sign on Tuesday.",
  "1. Next week we sign.\n2. Boots on the ground from Monday.",
  "Hi all,\nNext month the team moves floors.",
  "Thanks. Next quarter looks busier.",
  "'Next month' is the plan, I gather.",
  "**Next** week we sign.",
  "(Next week we sign.)",
];
const capitalFlagged17: [string, string][] = [
  ["Our Discover rollout slipped by a month.", "Discover"],
  ["The Boots approach to the launch was clever.", "Boots"],
  ["- We liked the Next rebrand, if nothing else.", "Next"],
  ["Next week we look at the Next rebrand again.", "Next"],
];
runRuleTests(competitorMention, {
  valid: capitalQuiet17.map((body) => ({
    name: `round 17 a capital by position: ${body.slice(0, 70)}`,
    to: C16,
    profiles: [R16],
    body,
  })),
  invalid: capitalFlagged17.map(([body, text]) => ({
    name: `round 17 a capital mid-sentence: ${body}`,
    to: C16,
    profiles: [R16],
    body,
    findings: [
      { messageId: "mention", evidence: at("body", body, text, body.split(text).length - 2) },
    ],
  })),
});

// Round 19: a competitor listed by its registry name ("name + trade word") and written by its
// short name, bare or with a possessive, judged as a one-word name is; a run-together name as a
// token anywhere. All invented here.
const R19 = {
  matchKey: "@kelda.example",
  clientName: "Kelda Foods Ltd",
  competitors: [
    "Corran Logistics",
    "Halvard Marine",
    "Pelworth Re",
    "Tarsk Mobile",
    "Red Hat",
    "Blue Bird",
  ],
};
const K = "gc@kelda.example";
const shortQuiet19: [string, string][] = [
  ["a preposition of place", "The ferry calls off Halvard on Sundays."],
  ["a travel verb and its preposition", "We fly to Corran on Monday for the site visit."],
  ["a geographic adjective", "The upper Corran floods each spring."],
  ["the brand's other word an abbreviation", "Pelworth is lovely in spring."],
  ["opening another capitalised name", "The survey of Corran Point is attached."],
  ["a title or a ship after 'the'", "We sailed on the Halvard last week."],
  ["a person by title", "Ms Corran will sign as witness."],
  ["a place elsewhere in the draft", "The Corran estuary floods; Corran is a pretty town."],
  ["a party by its role", "Corran's solicitors have written again about the claim."],
  ["a run-together word in lower case", "The bluebird sang all morning."],
  ["a run-together name in a mailbox", "Write to ops.redhat@example.com for access."],
  ["a run-together name that is a word, capitalised", "Bluebird is the codename for phase two."],
];
const shortFlagged19: [string, string, string][] = [
  ["bare, no company signal", "Corran went through the same audit last year.", "Corran"],
  ["with a possessive", "Corran's new depot opens in May.", "Corran"],
  ["after 'the' before a noun", "We lost the Corran tender on price.", "Corran"],
  ["to, without a travel verb", "We lost the work to Halvard in the end.", "Halvard"],
  ["a run-together name in prose", "RedHat moved its licensing again.", "RedHat"],
  ["a run-together name capitalised", "Frankly, Redhat's pricing is opaque.", "Redhat"],
  [
    "a run-together name in a link's path",
    "See https://news.example.com/tarskmobile-network-sharing for details.",
    "tarskmobile",
  ],
  ["a run-together word with the brand's capitals", "BlueBird raised fares again.", "BlueBird"],
];
// Round 22: the run-together tokens are read by character code (runs of ASCII letters and
// digits), not by a regular expression: where a token starts and ends.
const tokenQuiet22: [string, string][] = [
  ["digits run on into the token", "RedHat2026 is the codename for phase two."],
  ["letters run on into the token", "RedHatter is the codename for phase two."],
  ["a plural of another length", "Redhatss are everywhere."],
];
const tokenFlagged22: [string, string, string][] = [
  ["an underscore ends the token", "See RedHat_roadmap for the plan.", "RedHat"],
  ["a letter outside ASCII ends the token", "See RedHaté for the plan.", "RedHat"],
  ["the token ends the text", "We lost the bid to RedHat", "RedHat"],
  ["a plural with a capital S", "REDHATS moved its licensing again.", "REDHATS"],
];
// Round 30 (speed-30): a text field whose words are all ASCII has its tokens taken from the words
// the matchers read (each a run of ASCII letters and digits; "&" a word of its own, no token);
// a field with a word outside ASCII is read by character code. Each sentence both ways: the same.
const tokenQuiet30: [string, string][] = [
  ["letters run on after an ampersand", "Ask AT&TRedHatter about it."],
  ["digits run on before the token", "Our 2026RedHat plan is ready."],
];
const tokenFlagged30: [string, string, string][] = [
  ["an ampersand before the token", "Ask AT&RedHat about it.", "RedHat"],
  ["an ampersand after the token", "Ask RedHat&Co about it.", "RedHat"],
  ["a hyphen after the token", "The RedHat-led bid won.", "RedHat"],
  ["an apostrophe after the token", "RedHat's bid won.", "RedHat"],
];
const outsideAscii30 = (body: string): string => `${body} Lunch at the café.`;
runRuleTests(competitorMention, {
  valid: tokenQuiet30.flatMap(([name, body]) =>
    [body, outsideAscii30(body)].map((text) => ({
      name: `round 30 not a run-together token (${name}): ${text}`,
      to: K,
      profiles: [R19],
      body: text,
    })),
  ),
  invalid: tokenFlagged30.flatMap(([name, body, token]) =>
    [body, outsideAscii30(body)].map((text) => ({
      name: `round 30 a run-together token (${name}): ${text}`,
      to: K,
      profiles: [R19],
      body: text,
      findings: [{ messageId: "mention", evidence: at("body", text, token), message: ["counts"] }],
    })),
  ),
});
runRuleTests(competitorMention, {
  valid: [
    ...shortQuiet19.map(([name, body]) => ({
      name: `round 19 not the short name's brand (${name}): ${body}`,
      to: K,
      profiles: [R19],
      body,
    })),
    ...tokenQuiet22.map(([name, body]) => ({
      name: `round 22 not a run-together token of the brand (${name}): ${body}`,
      to: K,
      profiles: [R19],
      body,
    })),
    {
      name: "round 19 a short name opening another name in an attachment's name",
      to: K,
      profiles: [R19],
      body: "Attached.",
      attachments: ["Option_Agreement_Halvard_Sound_comments.docx"],
    },
  ],
  invalid: [
    ...shortFlagged19.map(([name, body, text]) => ({
      name: `round 19 the short name's brand (${name}): ${body}`,
      to: K,
      profiles: [R19],
      body,
      findings: [{ messageId: "mention", evidence: at("body", body, text), message: ["counts"] }],
    })),
    ...tokenFlagged22.map(([name, body, text]) => ({
      name: `round 22 a run-together token of the brand (${name}): ${body}`,
      to: K,
      profiles: [R19],
      body,
      findings: [{ messageId: "mention", evidence: at("body", body, text), message: ["counts"] }],
    })),
    {
      name: "round 19 a short name in an attachment's name",
      to: K,
      profiles: [R19],
      body: "Attached.",
      attachments: ["Comparables - Corran and others - June 2026.xlsx"],
      findings: [
        {
          messageId: "mention",
          evidence: { field: "attachment", index: 0, text: "Corran", start: 14, end: 20 },
          message: ["counts Corran Logistics as a competitor"],
        },
      ],
    },
    {
      name: "round 19 a short name read as a party is silent, and the full name elsewhere still counts",
      to: K,
      profiles: [R19],
      body: "Corran's solicitors have written again about the claim.",
      attachments: ["Kelda v Corran Logistics - pricing comparison.pdf"],
      findings: [
        {
          messageId: "mention",
          evidence: { field: "attachment", index: 0, text: "Corran Logistics", start: 8, end: 24 },
        },
      ],
    },
  ],
});

// Round 19 (h17 rec. 3): a brand in its capacity in the client's own deal, read by frame with
// nouns no list in the code holds ("retrocessionaire", "escrow holder", "paying agent", "JV
// partner", "co-venturer"), and the brand modifying a document or step of the deal ("the X
// transfer deed"). Its other mentions in the draft, the subject line too, are the same party.
// Not a capacity: an adverb or idiom after "as", a rank in a market, a rival named as a rival, a
// dated deal or one with a third party.
const capacityQuiet: { body: string; subject?: string }[] = [
  { body: "Pellion, as retrocessionaire, has until 30 June to respond." },
  { body: "Norvik, as escrow holder, will release the funds on Friday." },
  { body: "Vantrell, as the paying agent, has confirmed the timetable." },
  { body: "Harrowgate's comments as JV partner arrived this morning." },
  { body: "Norvik's views as co-venturer are due by Friday." },
  { body: "Brightwell Dairies' role as offtaker ends at completion." },
  { body: "The Vantrell transfer deed is attached for signature." },
  { body: "Please chase the Pellion consent before Friday." },
  { body: "The Harrowgate disclosure letter runs to 40 pages." },
  {
    subject: "Retro dispute - Pellion",
    body: "Pellion, as retrocessionaire, has until 30 June. Pellion may argue the notice was late.",
  },
];
const capacityFlagged: [string, string][] = [
  ["Pellion, as usual, has cut its prices again.", "Pellion"],
  ["Norvik, as the largest dairy, sets the tone for everyone.", "Norvik"],
  ["Vantrell, as our main competitor, will watch this closely.", "Vantrell"],
  ["Pellion, as a result, has lost ground this year.", "Pellion"],
  ["Vantrell's reputation as an innovator is well deserved.", "Vantrell's"],
  ["The 2025 Harrowgate deal with a US mid-cap closed at 12x EBITDA.", "Harrowgate"],
  ["I gather the Norvik supply agreement with a German retailer has been signed.", "Norvik"],
  // A brand's own papers are no document of the client's deal.
  ["The Pellion fund documents are on their website.", "Pellion"],
];
runRuleTests(competitorMention, {
  valid: capacityQuiet.map(({ body, subject }) => ({
    name: `round 19 a party in its capacity: ${body.slice(0, 70)}`,
    to: H,
    profiles: [HALDEN],
    subject,
    body,
  })),
  invalid: capacityFlagged.map(([body, text]) => ({
    name: `round 19 not a party: ${body}`,
    to: H,
    profiles: [HALDEN],
    body,
    findings: [{ messageId: "mention", evidence: at("body", body, text) }],
  })),
});

// Round 22 (analysis-h21 P1 and P4): the rival bidder a contract of the client's own tender was
// awarded to, a capacity with a possessive and a tail of its own, a Nordic suffix ("A/S") inside
// the brand's name. Still flagged: an award that is dated history.
const round22Quiet = [
  "The award of the Route 44 contract to Vantrell is what we are challenging.",
  "The contract has been awarded to Pellion, and we have ten days to object.",
  "Norvik, as the terminating fund's manager under the merger agreement, will sign on Friday.",
  "Harrowgate A/S, as carrier, has admitted liability for the damaged containers.",
];
const round22Flagged: [string, string][] = [
  ["The Route 12 contract was awarded to Vantrell in 2024, at a lower price.", "Vantrell"],
  ["Pellion, as the market leader in dairy, has cut prices again.", "Pellion"],
];
runRuleTests(competitorMention, {
  valid: round22Quiet.map((body) => ({
    name: `round 22 a party in the client's own matter: ${body}`,
    to: H,
    profiles: [HALDEN],
    body,
  })),
  invalid: round22Flagged.map(([body, text]) => ({
    name: `round 22 not a party: ${body}`,
    to: H,
    profiles: [HALDEN],
    body,
    findings: [{ messageId: "mention", evidence: at("body", body, text) }],
  })),
});

// Round 23 (detect-23a, analysis-h21 §3 item 3): the draft's matter read from its subject line.
// A brand that is an argument of that matter (a part of the subject of its own beside the matter,
// or after the matter's noun and a party's preposition, in the subject or, for the subject's own
// noun, in the body) is the party in each subject and body mention whose sentence has no cue.
// Still flagged: a subject with no matter noun or with a cue, a brand not in the matter's frame,
// a mention whose own sentence compares, praises, reports the market or holds up a model, and
// attachments and links.
const matterQuiet: { subject: string; body: string }[] = [
  {
    subject: "Pellion - short payment claim",
    body: "Pellion has short-paid the October deliveries by $214,000, claiming the goods were below grade.",
  },
  {
    subject: "RE: MV Aurora – transfer in from Vantrell",
    body: "She is currently registered with Vantrell. The owners apply to Vantrell for a deletion certificate.",
  },
  {
    subject: "Projet Lys - due diligence update",
    body: "Due diligence on the fragrance division of Norvik is about two-thirds done. Norvik has sent the data room index.",
  },
  {
    subject: "Harrowgate Ltd: lease renewal",
    body: "Harrowgate wants five more years at the passing rent.",
  },
  {
    subject: "Opposition to application 3,456,789 by Pellion",
    body: "Pellion relies on two earlier registrations.",
  },
];
const matterFlagged: { subject: string; body: string; text: string }[] = [
  // No matter noun in the subject.
  {
    subject: "Pellion - quick question",
    body: "Pellion has short-paid the deliveries.",
    text: "Pellion",
  },
  // A cue in the subject: a benchmark, a model.
  {
    subject: "Eyewear licence – royalty benchmark (cf. Norvik)",
    body: "Norvik pays 8% on net sales.",
    text: "Norvik",
  },
  {
    subject: "Restrictive covenants - Vantrell model?",
    body: "Vantrell uses a 12-month non-compete.",
    text: "Vantrell",
  },
  // The brand is no argument of the matter: a modifier of something else in its part.
  {
    subject: "Pellion slush machines - licence question",
    body: "Pellion has installed machines at the cinema.",
    text: "Pellion",
  },
  // A body mention in the matter's frame whose sentence holds up a model.
  {
    subject: "Sponsorship licence - draft terms",
    body: "We could copy the licence of Norvik with the rugby club.",
    text: "Norvik",
  },
  // An idea of a deal with the rival is no matter; nor is a model to learn from.
  {
    subject: "Joint venture with Pellion - first thoughts",
    body: "A joint venture with Pellion would give us their cold chain.",
    text: "Pellion",
  },
  {
    subject: "Grant application - lessons from Vantrell",
    body: "The panel liked the launch by Vantrell last spring.",
    text: "Vantrell",
  },
  // Another noun than the subject's own: the body's frame is the subject's matter.
  {
    subject: "Lease renewal - unit 4",
    body: "The acquisition of Harrowgate closed on Friday.",
    text: "Harrowgate",
  },
];
// The subject names the party by the first words of its listed name, which no hit finds there.
const SEAFOODS = {
  matchKey: "@halden.example",
  clientName: "Halden Foods Ltd",
  competitors: ["Tarrow Ridge Seafoods"],
};
const shortSubjectBody =
  "Tarrow Ridge Seafoods has short-paid the October deliveries, claiming the salmon was below grade.";
runRuleTests(competitorMention, {
  valid: [
    {
      name: "round 23 the party shortened in the subject beside its matter",
      to: H,
      profiles: [SEAFOODS],
      subject: "Tarrow Ridge - short payment claim",
      body: shortSubjectBody,
    },
  ],
  invalid: [
    {
      name: "round 23 the brand shortened in a subject with no matter",
      to: H,
      profiles: [SEAFOODS],
      subject: "Tarrow Ridge - quick question",
      body: shortSubjectBody,
      findings: [
        {
          messageId: "mention",
          evidence: at("body", shortSubjectBody, "Tarrow Ridge Seafoods"),
        },
      ],
    },
  ],
});

// The party named, then in a sentence of its own compared or held up as a model: that mention counts.
const matterCued = [
  "Pellion has short-paid the deliveries. Like the market leader, Pellion prices low.",
  "Pellion has short-paid the deliveries. We should learn from how Pellion handles complaints.",
];
runRuleTests(competitorMention, {
  valid: matterQuiet.map(({ subject, body }) => ({
    name: `round 23 an argument of the draft's matter: ${subject}`,
    to: H,
    profiles: [HALDEN],
    subject,
    body,
  })),
  invalid: [
    ...matterFlagged.map(({ subject, body, text }) => ({
      name: `round 23 not the matter's argument: ${subject} / ${body}`,
      to: H,
      profiles: [HALDEN],
      subject,
      body,
      findings: [
        ...(subject.includes(text)
          ? [{ messageId: "mention", evidence: at("subject", subject, text) }]
          : []),
        { messageId: "mention", evidence: at("body", body, text) },
      ],
    })),
    ...matterCued.map((body) => ({
      name: `round 23 a party's cued mention: ${body}`,
      to: H,
      profiles: [HALDEN],
      subject: "Pellion - short payment claim",
      body,
      findings: [{ messageId: "mention", evidence: at("body", body, "Pellion", 1) }],
    })),
    {
      name: "round 23 the party's attachment still counts",
      to: H,
      profiles: [HALDEN],
      subject: "Pellion - short payment claim",
      body: "Pellion has short-paid the deliveries.",
      attachments: ["Pellion statement.pdf"],
      findings: [
        {
          messageId: "mention",
          evidence: { field: "attachment", index: 0, start: 0, end: 7, text: "Pellion" },
        },
      ],
    },
  ],
});

// Round 20: the run-together tokens are read once per draft for every recipient's names (not
// once per recipient); each recipient still gets its own brands, and nobody else's.
const ALDER = { matchKey: "@alder.example", competitors: ["Red Hat", "Tarsk Mobile"] };
const BIRCH = { matchKey: "@birch.example", competitors: ["Blue Bird", "Orchard Systems"] };
const CEDAR = { matchKey: "@cedar.example", competitors: ["Slate Rock"] };
const A = "gc@alder.example";
const B = "gc@birch.example";
const C = "gc@cedar.example";
const sharedBody = "RedHat and BlueBird both bid; Redhats are everywhere.";
const sharedLink =
  '<p>See <a href="https://news.example/tarskmobile/redhat-orchardsystems">their note</a>.</p>';
const sharedRows: {
  name: string;
  to: string[];
  body?: string;
  html?: string;
  findings: { recipient: string; text: string; start: number; end: number }[];
}[] = [
  {
    name: "each recipient its own run-together brands, in the recipients' order",
    to: [A, B, C],
    body: sharedBody,
    findings: [
      { recipient: A, text: "RedHat", start: 0, end: 6 },
      { recipient: A, text: "Redhats", start: 30, end: 37 },
      { recipient: B, text: "BlueBird", start: 11, end: 19 },
    ],
  },
  {
    name: "the same draft to one recipient alone",
    to: [B],
    body: sharedBody,
    findings: [{ recipient: B, text: "BlueBird", start: 11, end: 19 }],
  },
  {
    name: "a link's address gives each recipient one hit at its words",
    to: [C, B, A],
    html: sharedLink,
    findings: [
      { recipient: B, text: "their note", start: 4, end: 14 },
      { recipient: A, text: "their note", start: 4, end: 14 },
    ],
  },
];
runRuleTests(competitorMention, {
  valid: [
    { name: "round 20 a recipient whose brands are not written", to: [C], body: sharedBody },
  ].map((c) => ({ ...c, profiles: [ALDER, BIRCH, CEDAR] })),
  invalid: sharedRows.map(({ name, to, body, html, findings }) => ({
    name: `round 20 ${name}`,
    to,
    profiles: [ALDER, BIRCH, CEDAR],
    ...(html !== undefined ? { html } : { body }),
    findings: findings.map(({ recipient, text, start, end }) => ({
      messageId: "mention",
      recipient,
      evidence: { field: "body" as const, text, start, end },
    })),
  })),
});

// Round 24 (detect-24b, analysis-h22 G2–G4): a brand as the client's counterparty read from the
// construction. A registered name's tail ("(Scotland) Ltd", "GmbH & Co. KG") is part of the name
// before the role; a role may be followed by where the party sits; a brand modifying the head of
// a matter (one list of heads: "adjudication", "expert determination", "subcontract", "JV" …) is
// that matter's party, unless the head modifies a word of comparison or is called one; a role said
// of a part of the brand; a relative clause about this matter; the other side's earlier rights.
const round24Quiet: { body: string; subject?: string }[] = [
  { body: "Vantrell (Scotland) Ltd, the incoming tenant, has signed the licence to assign." },
  { body: "Pellion GmbH & Co. KG, the supplier, has accepted the revised delivery schedule." },
  { body: "Norvik (Benelux) B.V. (the Buyer) must pay the deposit on exchange." },
  { body: "The current tenant in unit 7, Harrowgate, must vacate by March." },
  { body: "Items for Monday: the Pellion adjudication, the road upgrade, budget." },
  { body: "We are ready for the Vantrell expert determination on the valuation points." },
  { body: "I've marked up the Norvik subcontract and sent it to their site team." },
  { body: "The Harrowgate sub-lease has a break at year five." },
  { subject: "Pellion JV - board reserved matters", body: "Two points for Thursday's call." },
  { body: "Vantrell's procurement team are the counterparty, and they have sent a revised draft." },
  { body: "Norvik, who take the remaining 30% share of this risk, accept our view on cover." },
  { body: "The opponent relies on its earlier Harrowgate registrations, which we say are unused." },
];
const round24Flagged: { body: string; text: string; subject?: string }[] = [
  // The name's tail read, and no role after it.
  { body: "Vantrell (Europe) Ltd, the market leader, cut prices again.", text: "Vantrell" },
  // Another party, not a place, between the role and the name.
  { body: "The supplier to our rival, Harrowgate, cut prices in May.", text: "Harrowgate" },
  // The matter's noun modifies a word of comparison, or the phrase is called one.
  {
    body: "Can you pull together the Pellion lease comps before the rent review?",
    text: "Pellion",
  },
  { body: "Norvik subcontract rates are about 8% below ours.", text: "Norvik" },
  {
    body: "The Vantrell arbitration is the obvious comparator for the fee cap.",
    text: "Vantrell",
  },
  { subject: "Harrowgate lease benchmarks", body: "Figures to follow.", text: "Harrowgate" },
  // A role said of what is not a part of the brand.
  { body: "Norvik's biggest customer is the claimant in the Leeds case.", text: "Norvik's" },
  // A relative clause about the rival's own business.
  { body: "Pellion, which has a plant near Hull, is hiring again.", text: "Pellion" },
  // The rival's own rights, not the other side's in this matter.
  { body: "The Vantrell registrations were all renewed last year.", text: "Vantrell" },
];
runRuleTests(competitorMention, {
  valid: round24Quiet.map(({ body, subject }) => ({
    name: `round 24 a party read from the construction: ${subject ?? body}`,
    to: H,
    profiles: [HALDEN],
    subject,
    body,
  })),
  invalid: round24Flagged.map(({ body, text, subject }) => ({
    name: `round 24 not a party: ${subject ?? body}`,
    to: H,
    profiles: [HALDEN],
    subject,
    body,
    findings: [
      ...(subject?.includes(text)
        ? [{ messageId: "mention", evidence: at("subject", subject, text) }]
        : []),
      ...(body.includes(text) ? [{ messageId: "mention", evidence: at("body", body, text) }] : []),
    ],
  })),
});

// Round 25: a person's name the common-word filter swallows. A given name of the name table
// that is not an everyday word makes the brand after it a surname ("Amanda Kendrick"); a name
// that is an everyday word too ("Will") does not. A brand or a first name with letters outside
// ASCII meets the same guards as one in ASCII. All invented here.
const ACCENTED = {
  matchKey: "@grantley.example",
  competitors: ["Béranger", "Lütjens"],
};
const personQuiet25: [string, { matchKey: string; competitors: string[] }][] = [
  ["We have asked Amanda Kendrick to look at the expert report.", MILLS],
  ["Counsel's clerk says Peter Tarrant is free on the ninth.", MILLS],
  ["Dr Inès Béranger will give evidence on the crop yields.", ACCENTED],
  ["We spoke to Klaus Lütjens at the regulator this morning.", ACCENTED],
];
const personFlagged25: [string, { matchKey: string; competitors: string[] }, string][] = [
  ["Will Kendrick match our price this year?", MILLS, "Kendrick"],
  ["Amanda, Kendrick has cut its prices again.", MILLS, "Kendrick"],
  ["Béranger cut its prices again in the spring.", ACCENTED, "Béranger"],
  ["We lost the tender to Lütjens on price.", ACCENTED, "Lütjens"],
];
// Round 25: a case's caption in a litigation paper's file name names the client's opponent (a
// party, quiet); a comparison's file name with a "v" still counts, and so does a file name with
// no paper's word or with a word of a comparison.
const captionQuiet25 = [
  "Defence and Counterclaim - Halden v Vantrell.pdf",
  "Skeleton_Argument_Norvik_v_Halden_final.docx",
];
const captionFlagged25: [string, string][] = [
  ["Halden vs Pellion - supplier terms comparison.xlsx", "Pellion"],
  ["Pellion v Halden - margin review.xlsx", "Pellion"],
  ["Claims handling - Halden vs Pellion benchmark.xlsx", "Pellion"],
];
runRuleTests(competitorMention, {
  valid: [
    ...personQuiet25.map(([body, profile]) => ({
      name: `round 25 a person's name: ${body}`,
      to: G,
      profiles: [profile],
      body,
    })),
    ...captionQuiet25.map((name) => ({
      name: `round 25 a caption in a litigation paper's name: ${name}`,
      to: H,
      profiles: [HALDEN],
      body: "Our draft is attached for your comments.",
      attachments: [name],
    })),
  ],
  invalid: [
    ...personFlagged25.map(([body, profile, text]) => ({
      name: `round 25 not a person's name: ${body}`,
      to: G,
      profiles: [profile],
      body,
      findings: [{ messageId: "mention", evidence: at("body", body, text) }],
    })),
    ...captionFlagged25.map(([name, text]) => ({
      name: `round 25 not a caption: ${name}`,
      to: H,
      profiles: [HALDEN],
      body: "Our draft is attached for your comments.",
      attachments: [name],
      findings: [
        {
          messageId: "mention",
          evidence: {
            field: "attachment" as const,
            index: 0,
            text,
            start: name.indexOf(text),
            end: name.indexOf(text) + text.length,
          },
        },
      ],
    })),
  ],
});

// Round 26 (notes-parties.ts): a competitor the profile's notes name as a party to the client's
// own matter is that party in the draft, unless the draft's sentence compares, praises,
// recommends or offers it as an alternative. All names invented here.
const BRINDLE = "counsel@brindle.example";
const brindle = (notes: string) => ({
  matchKey: "@brindle.example",
  clientName: "Brindle Cider Ltd",
  competitors: ["Ostrava Drinks", "Kelmscott Orchards", "Tamberlane"],
  notes,
});
const respondentNote = brindle(
  "Prefers email. Ostrava Drinks is the respondent in the bottling-line arbitration we run for them.",
);
const againstNote = brindle(
  "We act for Brindle in the trade mark claim against Kelmscott Orchards.",
);
const namingNote = brindle(
  "Tamberlane is the licensee under the orchard-name licence; mentioning Tamberlane in that work is fine.",
);
const namingOnlyNote = brindle("Naming Tamberlane in the licence renewal is fine.");
// Round 29 (analysis-h28 I): the notes name the listed company by its short form.
const shortFormNote = brindle(
  "Prefers email. Ostrava is the respondent in the bottling-line arbitration we run for them.",
);
const shortFormMarketNote = brindle("Ostrava is the biggest supplier in the sector.");
const notPartyNotes: [string, string][] = [
  ["Tamberlane is the market leader and their fiercest rival.", "Tamberlane"],
  ["Ostrava Drinks is the biggest supplier in the sector.", "Ostrava Drinks"],
  ["They compete against Kelmscott Orchards in every supermarket.", "Kelmscott Orchards"],
  ["Ostrava Drinks is not the respondent in anything of ours.", "Ostrava Drinks"],
  ["Ostrava Drinks was the respondent in a claim we settled in 2019.", "Ostrava Drinks"],
];
const itemsBody =
  "Sam,\n\nThis week's note, as usual:\n\n- Bottling arbitration: Ostrava Drinks filed their response on Monday.\n- Lease renewal: nothing new.";
const notedPartyQuiet: [string, ReturnType<typeof brindle>, string?][] = [
  ["Ostrava Drinks have until Friday to serve their reply.", respondentNote],
  [itemsBody, respondentNote],
  ["The letter to Kelmscott Orchards is attached for sign-off.", againstNote],
  ["Drafted changes to Tamberlane's royalty schedule.", namingNote],
  ["Tamberlane sent the renewal back on Tuesday.", namingOnlyNote],
  ["Ostrava Drinks have until Friday to serve their reply.", shortFormNote],
  [
    "Ostrava Drinks must file its reply ahead of the hearing, and I recommend we agree.",
    respondentNote,
  ],
];
const notedPartyFlagged: [string, ReturnType<typeof brindle>, string][] = [
  ["Ostrava Drinks has a far better label than yours.", respondentNote, "Ostrava Drinks"],
  ["You could switch to Ostrava Drinks instead for bottling.", respondentNote, "Ostrava Drinks"],
  ["Take the approach Ostrava Drinks used on its relaunch.", respondentNote, "Ostrava Drinks"],
  [
    "The new depot is a step up on what Ostrava Drinks built in Leeds.",
    respondentNote,
    "Ostrava Drinks",
  ],
  ["You could switch to Ostrava Drinks instead for bottling.", shortFormNote, "Ostrava Drinks"],
  ["Ostrava Drinks have until Friday to serve their reply.", shortFormMarketNote, "Ostrava Drinks"],
  // The note names one brand; another listed brand is still flagged.
  ["Tamberlane have until Friday to serve their reply.", respondentNote, "Tamberlane"],
  ...notPartyNotes.map(([notes, brand]): [string, ReturnType<typeof brindle>, string] => [
    `${brand} have until Friday to serve their reply.`,
    brindle(notes),
    brand,
  ]),
];
runRuleTests(competitorMention, {
  valid: [
    ...notedPartyQuiet.map(([body, profile]) => ({
      name: `round 26 a party the notes name: ${body}`,
      to: BRINDLE,
      profiles: [profile],
      body,
    })),
    {
      name: "round 26 a party the notes name, in the subject and an attachment",
      to: BRINDLE,
      profiles: [againstNote],
      subject: "Kelmscott Orchards - claim letter",
      body: "Revised draft attached.",
      attachments: ["Claim letter - Kelmscott Orchards - v2.docx"],
    },
  ],
  invalid: [
    ...notedPartyFlagged.map(([body, profile, text]) => ({
      name: `round 26 not a party's mention: ${body} (${profile.notes})`,
      to: BRINDLE,
      profiles: [profile],
      body,
      findings: [{ messageId: "mention", evidence: at("body", body, text) }],
    })),
    {
      name: "round 26 a party's name in a comparison's file name",
      to: BRINDLE,
      profiles: [againstNote],
      body: "Figures attached.",
      attachments: ["Brindle vs Kelmscott Orchards - price comparison.xlsx"],
      findings: [
        {
          messageId: "mention",
          evidence: {
            field: "attachment" as const,
            index: 0,
            text: "Kelmscott Orchards",
            start: 11,
            end: 29,
          },
        },
      ],
    },
  ],
});

// Round 27: a brand the sentence holds up as a model to copy is named gratuitously, even where the
// sentence also reads it as a party of the client's matter; copying a party's solicitors in,
// following their instructions, or a like-for-like settlement are no model.
const heldUp: [string, string][] = [
  [
    "On your point about the liability cap: Norvik's supply terms limit it to £50,000 per claim, and I'd suggest we mirror that wording in the new agreement.",
    "Norvik's",
  ],
  [
    "On the royalty cap in your licence: Norvik's licence caps it at 5%, and I would follow their approach.",
    "Norvik's",
  ],
  [
    "On your question about the cap, Norvik's distribution agreement limits it to the fees paid: I'd take a leaf out of their book.",
    "Norvik's",
  ],
  [
    "On the cap in the agreement, Norvik's terms limit it to the fees paid, and we could replicate the way they word it.",
    "Norvik's",
  ],
  [
    "On the cap in clause 9 of your agreement with Norvik, we should do what Vantrell did and refuse any carve-out.",
    "Vantrell",
  ],
];
runRuleTests(competitorMention, {
  valid: [
    "Norvik's solicitors have sent their mark-up of the agreement; please follow their instructions on the exhibits.",
    "Norvik's solicitors have sent their mark-up of the agreement; please copy that wording into the exhibits schedule.",
    "Please copy Norvik's solicitors in when you reply on the draft settlement agreement.",
    "Our claim against Norvik for breach of the supply agreement is listed for trial in May.",
    "Norvik's solicitors say they would take a settlement like the one in the draft agreement.",
    "Norvik's claims team has approved our draft letter, and as you follow Norvik's lead on this risk, it should go out jointly.",
  ].map((body) => ({
    name: `round 27 a party, no model: ${body}`,
    to: H,
    profiles: [HALDEN],
    body,
  })),
  invalid: heldUp.map(([body, text]) => ({
    name: `round 27 held up as a model: ${body}`,
    to: H,
    profiles: [HALDEN],
    body,
    findings: [{ messageId: "mention", evidence: at("body", body, text) }],
  })),
});

// Round 28 (detect-28a; analysis-h26 §2 E): the purchase or sale of a business is the client's
// deal, and a third party's objection or representations are acts in its proceeding; news, a
// market's event or a benchmark stays a finding. Sentences invented here.
const ownDeal: string[] = [
  "The Norvik asset purchase completes on 3 March, subject to the landlord's consent.",
  "Call to close the Norvik acquisition: confirm the escrow release and the funds flow.",
  "The Vantrell disposal completes on Friday.",
  "Pellion's objection has now been withdrawn.",
  "Pellion's objections to the variation are attached.",
  "Pellion's representations on the planning application are due on Friday.",
  "Pellion's challenge to the award of the ferry contract was lodged on Monday.",
];
const dealNews: [string, string][] = [
  ["The Norvik acquisition of Creel Dairies shows where the market is heading.", "Norvik"],
  ["The Vantrell sale shows what a strong brand can fetch.", "Vantrell"],
  ["I hear the Norvik acquisition was priced at ten times earnings, reportedly.", "Norvik"],
  ["Norvik's acquisition of Creel Dairies shows the market is consolidating.", "Norvik's"],
  ["We should do what Vantrell did with its acquisition and keep the brand.", "Vantrell"],
  ["Pellion's objection to the merger was in all the press this week.", "Pellion's"],
  ["Pellion's challenge to the merger was in all the press this week.", "Pellion's"],
  ["Their tasting panel is our answer to the Pellion challenge.", "Pellion"],
];
runRuleTests(competitorMention, {
  valid: ownDeal.map((body) => ({
    name: `round 28 the client's deal or proceeding: ${body}`,
    to: H,
    profiles: [HALDEN],
    body,
  })),
  invalid: dealNews.map(([body, text]) => ({
    name: `round 28 news or a benchmark: ${body}`,
    to: H,
    profiles: [HALDEN],
    body,
    findings: [{ messageId: "mention", evidence: at("body", body, text) }],
  })),
});

// Round 28 (detect-28a; analysis-h26 §2 F): a brand joined by "and" to a given name is a pair of
// people, as "Rebecca Tarrant" is one person; another listed brand, an everyday word or a word the
// filter merely does not know (another company) is not a given name. Sentences invented here.
runRuleTests(competitorMention, {
  valid: [
    "The Tarrant and Rebecca romance makes a good opening for the anniversary leaflet.",
    "Rebecca and Tarrant married at the abbey in 1402, so the legend goes.",
  ].map((body) => ({ name: `round 28 a pair of people: ${body}`, to: G, profiles: [MILLS], body })),
  invalid: [
    {
      name: "round 28 two listed brands joined by and",
      to: G,
      profiles: [MILLS],
      body: "Tarrant and Kendrick both quoted for the yarn contract.",
      findings: [
        {
          messageId: "mention",
          evidence: at(
            "body",
            "Tarrant and Kendrick both quoted for the yarn contract.",
            "Tarrant",
          ),
        },
        {
          messageId: "mention",
          evidence: at(
            "body",
            "Tarrant and Kendrick both quoted for the yarn contract.",
            "Kendrick",
          ),
        },
      ],
    },
    {
      name: "round 28 an unknown capitalised word: another company",
      to: G,
      profiles: [MILLS],
      body: "Quorvane and Tarrant both launched a wool range this week.",
      findings: [
        {
          messageId: "mention",
          evidence: at(
            "body",
            "Quorvane and Tarrant both launched a wool range this week.",
            "Tarrant",
          ),
        },
      ],
    },
    {
      name: "round 28 an everyday word, not a given name",
      to: G,
      profiles: [MILLS],
      body: "Tarrant and Grace Mill Supplies quoted less than us.",
      findings: [
        {
          messageId: "mention",
          evidence: at("body", "Tarrant and Grace Mill Supplies quoted less than us.", "Tarrant"),
        },
      ],
    },
  ],
});

// Round 29 (detect-29a; analysis-h27 G, h10, h25): a model to copy read as a construction: a verb
// of recommending or imitating whose object is a form noun the brand uses (a relative clause) or
// owns, even where the notes make the brand a party. A party's act stays one: its papers, a
// document it sends, its mark-up, a form used in the client's own deal. Sentences invented here.
const HALDEN_DEAL = { ...HALDEN, notes: "Norvik is the other side of our Carlow acquisition." };
const formToCopy: [string, string][] = [
  [
    "On the new labelling rules, I'd recommend adopting the format Norvik uses on its packs.",
    "Norvik",
  ],
  ["We could follow the structure Norvik adopted for its loyalty scheme.", "Norvik"],
  ["Adopting Norvik's pricing model would make the offer clearer to shoppers.", "Norvik's"],
  ["For the recall notices I would take the same approach Norvik took last spring.", "Norvik"],
  ["Why not switch to the layout Norvik uses for its online menus?", "Norvik"],
];
runRuleTests(competitorMention, {
  valid: [
    "At the board meeting you should adopt the resolution Norvik proposed on the Carlow acquisition timetable.",
    "Norvik adopted the board minutes on Tuesday, so the Carlow acquisition can complete.",
    "For the disclosure letter, please use the wording Norvik sent on the escrow release.",
    "We can adopt Norvik's wording on the escrow release in the Carlow acquisition agreement.",
    "We should follow the structure Norvik used for the Carlow acquisition.",
  ].map((body) => ({
    name: `round 29 a party's act, no model: ${body}`,
    to: H,
    profiles: [HALDEN_DEAL],
    body,
  })),
  invalid: formToCopy.map(([body, text]) => ({
    name: `round 29 a form to copy: ${body}`,
    to: H,
    profiles: [HALDEN_DEAL],
    body,
    findings: [{ messageId: "mention", evidence: at("body", body, text) }],
  })),
});

// Round 30 (detect-30a; analysis-h28 B): the model pointed at by a pronoun or a relative. The
// brand's possessive lease makes it a party of the draft, but the same or the next sentence has
// the writer copy it ("on theirs", "that we could borrow"). A party's papers that we refuse,
// obey or send on stay a party's. Sentences invented here.
const pointedModel: [string, string][] = [
  [
    "Norvik's leases for its vending sites cap the deposit neatly. I'd base our clause 7 on theirs.",
    "Norvik's",
  ],
  ["Vantrell's leases have a rent-review formula that we could happily borrow.", "Vantrell's"],
  ["Pellion's heads of terms handle break rights well; you may want to mirror them.", "Pellion's"],
  ["Norvik's leases are short and clear. Let's follow their approach.", "Norvik's"],
];
runRuleTests(competitorMention, {
  valid: [
    "Norvik's leases for the vending sites arrived today. We will not copy them.",
    "Vantrell's leases are in the data room; I'd send you a copy of them.",
    "Pellion's heads of terms are attached; we should copy them in on the reply.",
    "Norvik's leases require consent to assign. We will follow them.",
  ].map((body) => ({
    name: `round 30 a party's papers, no model: ${body}`,
    to: H,
    profiles: [HALDEN],
    body,
  })),
  invalid: pointedModel.map(([body, text]) => ({
    name: `round 30 a model pointed back at: ${body}`,
    to: H,
    profiles: [HALDEN],
    body,
    findings: [{ messageId: "mention", evidence: at("body", body, text) }],
  })),
});

// Round 31 (lead; analysis-h30 P1, the older h12-027, h16-005, h17-028 kind): a brand that is
// also a town or district, used as the place: where someone is, a named place inside it, a
// court named after it. Sentences invented here.
const TOWNS = {
  matchKey: "@ridgeway.example",
  clientName: "Ridgeway Building Society",
  competitors: ["Halifax", "Harrowgate", "Kendal"],
};
const RIDGEWAY = "treasury@ridgeway.example";
runRuleTests(competitorMention, {
  valid: [
    "I'm in Halifax on Wednesday to see the branch premises with the surveyor.",
    "We'll be in Harrowgate next week for the valuation.",
    "The lease of the depot at Millbrook in Kendal is now signed by both parties.",
    "The launch is at Corn Exchange House in Harrowgate, and the hire agreement is fine.",
    "The first hearing is listed at Kendal Magistrates' Court on 12 January.",
  ].map((body) => ({
    name: `round 31 a town, not the brand: ${body}`,
    to: RIDGEWAY,
    profiles: [TOWNS],
    body,
  })),
  invalid: [
    ["Halifax's new mortgage range undercuts ours by 0.2%.", "Halifax's"],
    ["I was at Harrowgate for six years before joining you.", "Harrowgate"],
    ["Their best rate is in Kendal's fixed-rate range.", "Kendal's"],
    ["We are in Halifax's sights for the savings market.", "Halifax's"],
  ].map(([body, text]) => ({
    name: `round 31 the brand: ${body}`,
    to: RIDGEWAY,
    profiles: [TOWNS],
    body: body!,
    findings: [{ messageId: "mention", evidence: at("body", body!, text!) }],
  })),
});

// Round 31 (detect-31a; analysis-h29 C1): a brand of two or three words, one of them no common
// word ("Old Granary", "Red Heron"), written wholly in lower case by a writer who capitalises is
// the words ("the old granary by the Mill Lane bridge"); capitalised, or typed in haste in an
// all-lower-case note, it is the brand. Profile and sentences invented here.
const R31 = {
  matchKey: "@bramblecider31.example",
  clientName: "Bramble Cider Ltd",
  competitors: ["Old Granary", "Red Heron"],
};
const C31 = "ops@bramblecider31.example";
runRuleTests(competitorMention, {
  valid: [
    "The survey of the old granary by the Mill Lane bridge is booked for Tuesday.",
    "Planning says the red heron sculpture at the roundabout can stay.",
  ].map((body) => ({
    name: `round 31 the words in lower case: ${body}`,
    to: C31,
    profiles: [R31],
    body,
  })),
  invalid: (
    [
      ["The Old Granary launch undercut our autumn range.", "Old Granary"],
      ["pls check old granary pricing tmrw", "old granary"],
    ] as [string, string][]
  ).map(([body, text]) => ({
    name: `round 31 the brand: ${body}`,
    to: C31,
    profiles: [R31],
    body,
    findings: [{ messageId: "mention", evidence: at("body", body, text) }],
  })),
});

// Round 32 (lead; analysis-h31 G6, the h23, h24, h30 kind): a brand that is also a town or an
// area, written as the place: a town "in" its county after a preposition of place, an area before
// "region", "district", "province", "hinterland" or "peninsula". Sentences invented here.
const AREAS = {
  matchKey: "@saltmarsh32.example",
  clientName: "Saltmarsh Oysters Ltd",
  competitors: ["Maldon", "Klein Karoo", "Fremont"],
};
const SALTMARSH = "ops@saltmarsh32.example";
runRuleTests(competitorMention, {
  valid: [
    "Our spat comes from Maldon in Essex, as it does every year.",
    "Our buyer drives out to Fremont in California every spring.",
    "The vineyards of the Klein Karoo region ship through the same port.",
    "Rainfall across the Fremont peninsula has delayed the survey.",
  ].map((body) => ({
    name: `round 32 a place, not the brand: ${body}`,
    to: SALTMARSH,
    profiles: [AREAS],
    body,
  })),
  invalid: [
    ["Maldon are pitching for the same supermarket tender.", "Maldon"],
    ["Maldon in Essex has cut its prices again.", "Maldon"],
    ["Klein Karoo's new range is on the shelves.", "Klein Karoo's"],
  ].map(([body, text]) => ({
    name: `round 32 the brand: ${body}`,
    to: SALTMARSH,
    profiles: [AREAS],
    body: body!,
    findings: [{ messageId: "mention", evidence: at("body", body!, text!) }],
  })),
});

// Round 32 (lead; analysis-h31 G7): a brand that is an office's word, written as the office of a
// body ("the President of the Law Society"). Sentences invented here.
const OFFICES = {
  matchKey: "@dairy32.example",
  clientName: "Fernhill Dairy Ltd",
  competitors: ["Président", "Chancellor"],
};
const FERNHILL = "legal@dairy32.example";
runRuleTests(competitorMention, {
  valid: [
    "Any dispute goes to an expert appointed by the President of the Law Society of Scotland.",
    "We wrote to the Chancellor of the University about the lease.",
  ].map((body) => ({
    name: `round 32 an office, not the brand: ${body}`,
    to: FERNHILL,
    profiles: [OFFICES],
    body,
  })),
  invalid: [
    ["President has cut the price of its brie again.", "President"],
    ["Shoppers still reach for President in the cheese aisle.", "President"],
  ].map(([body, text]) => ({
    name: `round 32 the brand: ${body}`,
    to: FERNHILL,
    profiles: [OFFICES],
    body: body!,
    findings: [{ messageId: "mention", evidence: at("body", body!, text!) }],
  })),
});

// Round 33 (detect-33b; the h23, h24, h31 kind): a brand that is also a port, a town on a river
// or a coast, written as a stop on a route: after a vessel's or a cargo's verb and its preposition
// ("calls at", "discharged at", "berthed in") or after "along", with time, another place or a
// bracketed place after it. Sentences invented here.
const PORTS = {
  matchKey: "@ferry33.example",
  clientName: "Ferrycroft Shipping Ltd",
  competitors: ["Azores", "Selby", "Amalfi", "Tesco"],
};
const FERRY = "ops@ferry33.example";
runRuleTests(competitorMention, {
  valid: [
    "The reefer calls at the Azores (Ponta Delgada) before it reaches Lisbon.",
    "The pallets were discharged at Selby on the Ouse and went on by road.",
    "Most of the tours run along the Italian Amalfi in June and July.",
    "The barge berthed in Selby, so the surveyor went there.",
  ].map((body) => ({
    name: `round 33 a port or a route, not the brand: ${body}`,
    to: FERRY,
    profiles: [PORTS],
    body,
  })),
  invalid: [
    ["Azores has undercut our crossing fares for the summer.", "Azores"],
    ["The pallets were loaded at the Tesco depot in Daventry.", "Tesco"],
    ["Last year our cargo was shipped in Selby containers.", "Selby"],
    ["The March figures were loaded into Selby before the audit.", "Selby"],
  ].map(([body, text]) => ({
    name: `round 33 the brand: ${body}`,
    to: FERRY,
    profiles: [PORTS],
    body: body!,
    findings: [{ messageId: "mention", evidence: at("body", body!, text!) }],
  })),
});

// Round 33 (lead, analysis-h32 043/044): the notes' party named by our acting verb ("We are
// opposing X's application"), and a measure against what the party does ("below what X pays"),
// which is still a comparison.
const WEAVERS = {
  matchKey: "@loomcraft33.example",
  clientName: "Loomcraft Weavers",
  competitors: ["Pennine Twill"],
  notes: "We are opposing Pennine Twill's trade mark application for TWILLWORKS (matter 7731).",
};
const LOOM = "ana@loomcraft33.example";
runRuleTests(competitorMention, {
  valid: [
    {
      name: "round 33 the party our notes oppose, in that matter",
      to: LOOM,
      profiles: [WEAVERS],
      body: "Pennine Twill's evidence is due on 4 March; I will send our reply draft the week after.",
    },
  ],
  invalid: [
    {
      name: "round 33 a measure against what the party pays",
      to: LOOM,
      profiles: [WEAVERS],
      body: "Your proposed royalty is well below what Pennine Twill pays its licensors, which helps.",
      findings: [
        {
          messageId: "mention",
          evidence: at(
            "body",
            "Your proposed royalty is well below what Pennine Twill pays its licensors, which helps.",
            "Pennine Twill",
          ),
        },
      ],
    },
  ],
});

// Round 40: a competitor's possessive with a noun that also names a party's paper in a matter
// ("X's claim", "X's letter", "X's notice") stays silent, as main has it. detect-40 made these
// nouns warn unless their clause tied them to the client's matter, to catch "Norvik's notice
// period is 30 days" (a benchmark main misses); the round's review of the merged change then
// wrote the last 28 of these sentences, routine correspondence with the other side that the tie
// list did not reach, and the change was withdrawn (docs/checks.md, round 40). Rows a future
// narrowing must keep silent.
runRuleTests(competitorMention, {
  valid: [
    "Norvik's claim against you is weak.",
    "Norvik's claim for £240,000 will be heard in May.",
    "Norvik's notice of termination arrived this morning.",
    "Norvik's notice under clause 12 is defective.",
    "Norvik's letter of 3 May threatens proceedings.",
    "Norvik's demand for payment was served on you on Monday.",
    "Norvik's complaint about your advertising has gone to the regulator.",
    "We have received Norvik's letter and will reply by Friday.",
    "Please bring the witness statements for Norvik's defamation claim to the meeting.",
    "Norvik's claim is weak on causation.",
    "Norvik's letter makes three points, none of them new.",
    "I attach Norvik's letter with my comments in the margin.",
    "Please find enclosed a copy of Norvik's notice.",
    "Norvik's demand is unrealistic; I suggest we offer half.",
    "Norvik's evidence on the 2019 sales figures is thin.",
    "Norvik's allegations are without merit.",
    "Norvik's disclosure runs to 4,000 documents.",
    "Norvik's breach is clear from the delivery logs.",
    "Norvik's undertakings expire at the end of the month.",
    "Norvik's latest letter is aggressive in tone.",
    "Norvik's complaint to the ASA was upheld in part.",
    "Can you look at Norvik's complaint tonight and tell me what you think?",
    "We think Norvik's claim will settle before trial.",
    "Did Norvik's letter say anything about costs?",
    "Summary: (1) Norvik's claim; (2) our counterclaim; (3) costs.",
    "Norvik's evidence shows they knew about the defect in 2021.",
    "I've read Norvik's letter twice and it doesn't change our advice.",
    "Norvik's notice cites the wrong clause number.",
    "Norvik's obligations are limited to delivery; installation is yours.",
    "Norvik's disclosure was late and incomplete.",
    "Norvik's allegations were repeated in the trade press this week.",
    "We expect Norvik's evidence to focus on the 2022 tests.",
    "Norvik's complaint should be answered by the end of the week.",
    "If Norvik's claim succeeds, the exposure is about £2m.",
    "Norvik's demand has now been paid under protest.",
    "Counsel thinks Norvik's submissions overstate the effect of the exclusion clause.",
    "Norvik's letter is attached; we will discuss it on Thursday's call.",
  ].map((body) => ({
    name: `round 40 the other side's paper: ${body}`,
    to: H,
    profiles: [HALDEN],
    body,
  })),
  invalid: [],
});

// Round 40 (lead): a party's paper with another noun after it ("Norvik's notice period under clause
// 14", "Norvik's claims team has offered £45,000 in full settlement of your policy claim") reads as
// the other side's as often as a benchmark's ("Norvik's notice period is 30 days"). A reading that
// warned on the noun as a modifier was withdrawn after a second review found these sentences
// (docs/checks.md, round 40): main is silent on them, as the firm's rule asks, and must stay so.
runRuleTests(competitorMention, {
  valid: [
    "Under clause 14, Norvik's notice period is 90 days, so the termination cannot take effect before June.",
    "Norvik's notice procedure under clause 22 requires service by hand at its registered office.",
    "Norvik's claims process under the warranty deed requires notification within 20 business days, which you met.",
    "Norvik's claims team has offered £45,000 in full settlement of your policy claim.",
    "Norvik's claims figures in its schedule of loss are overstated by about £200,000.",
    "Norvik's complaints team rejected your complaint on 4 March, which starts the six-month clock.",
    "Norvik's complaints department has until 12 May to issue its final response to your complaint.",
    "Norvik's disclosure team has produced only 40 documents against the agreed search terms.",
    "Norvik's disclosure portal went live today; we will start reviewing its documents tomorrow.",
    "Norvik's evidence base for the alleged overcharging is a single spreadsheet.",
  ].map((body) => ({
    name: `round 40 the other side's paper with a noun after it: ${body}`,
    to: H,
    profiles: [HALDEN],
    body,
  })),
  invalid: [],
});

// Round 41 (detect-41b, not shipped; docs/checks.md, round 41b): the other side's positions and
// papers compared in so many words, from its table written before the code. Main keeps them
// silent; a future comparison reading must too.
runRuleTests(competitorMention, {
  valid: [
    "Norvik, the buyer, has come back on the price. Norvik's valuation is well below ours.",
    "Norvik, the buyer, has come back on the price. Norvik's offer is below what you asked.",
    "Norvik, the buyer, has come back on the price. Compared with Norvik's first offer, this one is better.",
    "Norvik's notice period under your contract with them is 30 days.",
    "We act for you against Norvik in the supply dispute. By contrast, Norvik's witness was evasive.",
    "By comparison, Norvik's second letter is far more conciliatory.",
    "Norvik's solicitors have written again. Compared to Norvik's letter of 3 May, the new one drops the threat of proceedings.",
    "Norvik's solicitors have written again. In contrast to its first letter, Norvik's reply of 9 June accepts liability for the delay.",
    "Norvik's counter-offer is well below our opening figure.",
    "Norvik's claim is well above what the court is likely to award.",
    "By comparison, Norvik's evidence on quantum is thin.",
    "For comparison, Norvik's claim last year was for £40,000; this one is for £400,000.",
    "Norvik's notice of termination is a model of how not to draft a notice.",
    "Norvik's solicitors' letter is worth reading closely before the call.",
    "Norvik's demand is in line with what we expected.",
    "In contrast, Norvik's submissions barely mention the limitation point.",
    "Norvik's notice period under clause 14 is 90 days, compared with 30 days in the old agreement.",
    "Norvik's claims team has offered £45,000, compared with the £60,000 you asked for.",
    "Norvik's complaint is below the threshold for the ombudsman.",
    "Norvik's proposed wording in clause 9 is one we could accept.",
    "Norvik, the buyer, has come back on the price. By comparison with their opening position, Norvik's latest proposal is reasonable.",
    "Norvik, the buyer, has come back on the price. Norvik's valuation is above the market, as you would expect from a seller.",
    "Norvik's letter says our offer is well below the market.",
    "Norvik's allegations, by contrast, are vague.",
    "Norvik's disclosure is far below the standard the court expects.",
    "Norvik's expert puts the loss well above our own figure.",
    "We act for you against Norvik in the supply dispute. By comparison, Norvik's claims handler was far more helpful on the phone.",
    "Norvik, the buyer, has come back on the price. Norvik's notice period under the SPA is, by comparison, only 10 business days.",
    "Norvik's solicitors have written again. Norvik's letter is not one you should copy: it threatens proceedings it cannot bring.",
    "Norvik's solicitors have written again. Norvik's costs budget is, for comparison, £380,000 to trial.",
  ].map((body) => ({
    name: `round 41 the other side's position or paper, compared: ${body}`,
    to: H,
    profiles: [HALDEN],
    body,
  })),
  invalid: [],
});

// Round 42 (detect-42, not shipped; docs/checks.md, round 42): a listed name that is also a
// place, used as the brand in a place-shaped frame (a site word that is a verb or a website, "in",
// "on", "from the"), and brands after "lettings in" or "estate … in" with no note at all. Main
// warns on each, as a senior lawyer wants; the place reading the review tested silenced them.
const PLACE_NOTED = {
  matchKey: "@hemlock.example",
  competitors: ["Marlow Ropes", "Marlow"],
  notes: "NB Marlow is also the town next door to their Henley warehouse.",
};
const STREET_NOTED = {
  matchKey: "@kestrel-homes.example",
  competitors: ["Kingsway Lettings", "Kingsway"],
  notes: "Kingsway is a rival lettings agency but also the road their head office is on.",
};
const RIVER_NOTED = {
  matchKey: "@wharfside.example",
  competitors: ["Thames Clippers", "Thames"],
  notes: "Thames is a rival ferry brand but also the river their wharf is on.",
};
const AGENTS = { matchKey: "@lettings.example", competitors: ["Foxtons", "Savills"] };
const round42: [profile: { matchKey: string }, body: string, brand: string][] = [
  [PLACE_NOTED, "Honestly, Marlow works out 15% cheaper than your braid on every reel.", "Marlow"],
  [PLACE_NOTED, "The Marlow factory shop undercuts you on every line.", "Marlow"],
  [PLACE_NOTED, "The Marlow site converts far better than yours; I'd copy its checkout.", "Marlow"],
  [PLACE_NOTED, "Marlow depots deliver next day, which you should match.", "Marlow"],
  [PLACE_NOTED, "I'd model the new pitch around Marlow: they win on price every time.", "Marlow"],
  [STREET_NOTED, "We should model our fee structure on Kingsway.", "Kingsway"],
  [RIVER_NOTED, "Take a lesson from the Thames playbook: their fares undercut yours.", "Thames"],
  [AGENTS, "Lettings in Foxtons' new branches are up 20%, well ahead of yours.", "Foxtons"],
  [AGENTS, "Your lettings lag the lettings in Foxtons by a wide margin.", "Foxtons"],
  [
    AGENTS,
    "The estate managers in Savills are the best in the business; I'd poach one.",
    "Savills",
  ],
];
runRuleTests(competitorMention, {
  valid: [],
  invalid: round42.map(([profile, body, brand]) => ({
    name: `round 42 the brand in a place's frame: ${body}`,
    to: `ana${profile.matchKey}`,
    profiles: [profile],
    body,
    findings: [{ messageId: "mention", evidence: at("body", body, brand) }],
  })),
});
