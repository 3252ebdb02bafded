import * as avoidedTopic from "../../../src/core/checks/avoided-topic";
import { expandTopics, topicSpec } from "../../../src/core/checks/avoided-topic";
import { at, DAN, MEGGE, runCheck, runRuleTests } from "./rule-tester";

const POLITICS = { matchKey: "p@acme.example", avoidTopics: ["politics"] };

// Topics in a client's sense (issue 10), one client per topic.
const TOPICS: Record<string, string> = {
  strikes: "strikes",
  election: "the election",
  health: "her health",
  divorce: "the divorce",
  merger: "the merger",
  recall: "the recall",
  departure: "the founder's departure",
  religion: "religion",
  lawsuit: "the Meridian lawsuit",
  sports: "sports",
  closure: "the Leiden site closure",
  bankruptcy: "her brother's bankruptcy",
  coverage: "press coverage of the estate",
  spill: "the Kilcarra spill",
  fire: "the fire at the warehouse",
  arbitration: "the Smith arbitration",
  alcohol: "alcohol",
  family: "family",
  footballTopic: "football",
  politics: "politics",
  healthTopic: "health",
  sharePrice: "the share price",
  councilElections: "the council elections",
  religionTopic: "religion",
  brexitTopic: "Brexit",
  cryptoTopic: "crypto",
  sportsTopic: "sport",
  layoffs: "the layoffs",
  warTopic: "the war",
  incidentNamed: "the Brackley fire",
  coverageTopic: "press coverage",
  bankruptcyTopic: "bankruptcy",
  deathTopic: "his death",
  climateTopic: "climate change",
  hunting: "hunting",
  namedFund: "the Harland fund",
  pregnancy: "her pregnancy",
  drinkingProblem: "his drinking problem",
  takeover: "the Halden takeover",
  jobLosses: "job losses",
  marlowMerger: "the failed Marlow merger",
  redundancies: "redundancies",
  // Round 7: specific happenings named by their parts.
  dealTopic: "the Brambleford Lane deal",
  codeTopic: "the OSPREY trial results",
  codeDigits: "the VX-220 results",
  kinDispute: "the dispute with her cousin",
  driveTopic: "the union recognition drive",
  inquiryTopic: "the Dunmore inquiry",
  wildfire: "the Carrow wildfire losses",
  fundClosure: "the Pellham fund closure",
  acronymTopic: "the GDPR audit",
  // Round 8: the world's vocabulary of an area, and the senses of a document.
  jobCuts: "job cuts",
  rugbyTopic: "rugby",
};
const PROFILES = Object.entries(TOPICS).map(([key, topic]) => ({
  matchKey: `${key}@topics.example`,
  avoidTopics: [topic],
}));
const to = (key: keyof typeof TOPICS) => ({ to: `${key}@topics.example`, profiles: PROFILES });
const quiet = (key: keyof typeof TOPICS, name: string, body: string) => ({
  name,
  ...to(key),
  body,
});
const found = (
  key: keyof typeof TOPICS,
  name: string,
  body: string,
  ...texts: (string | [string, number])[]
) => ({
  name,
  ...to(key),
  body,
  findings: texts.map((text) => ({
    messageId: "topic",
    evidence: typeof text === "string" ? at("body", body, text) : at("body", body, ...text),
    message: [`asked not to discuss ${TOPICS[key]}`],
  })),
});

// Round 11: topics raised by allusion (an outcome, a place or an act standing for the topic), in
// small talk only, and words of the topic in another sense. Profiles invented here.
const ALLUDE = {
  matchKey: "@allude.example",
  avoidTopics: ["Brexit", "the election", "piracy", "sports"],
};
const A = "md@allude.example";
const allusions: [string, string][] = [
  ["Still can't believe we voted to leave!", "voted to leave"],
  ["Hope you're coping now that we voted to leave.", "voted to leave"],
  ["What did you make of the result of the vote?", "the result of the vote"],
  ["Hope you're well. Any idea who wins in November?", "who wins"],
  ["Hope the crew are safe after the ship was taken off Somalia.", "taken off"],
  ["Awful news about the Gulf of Aden boardings.", "Gulf of Aden"],
  ["Sorry to hear the tanker was hijacked last week.", "hijacked"],
  ["Hope the pirates are caught soon.", "pirates"],
  // A guarded opening ("since we left", small talk only) must not hide the explicit words after it.
  [
    "Frankly, ever since we left the EU the whole supply chain has been a mess.",
    "since we left the EU",
  ],
  ["The market has been flat after the vote to leave.", "after the vote to leave"],
];
const notAllusions = [
  // The legal substance of the client's matter: a policy's exclusion, a transit in advice.
  "The piracy exclusion in your hull policy needs review before renewal.",
  "Vessels transiting the Gulf of Aden must comply with BMP5 under clause 4.",
  "Please confirm whether the owners paid a ransom under the K&R cover.",
  // Another vote, another boarding, another thing taken off or hijacked.
  "Hope the vote of the board goes your way on Friday.",
  "Hope the creditors' vote goes well tomorrow.",
  "Glad the members voted to leave the pension scheme.",
  "Who wins the tender is still open, I hope it's you.",
  "We will know who wins in May, when the judgment is handed down.",
  "Hope your flight was fine and you boarded on time.",
  "Sorry, the file was taken off the list yesterday.",
  "Hope the meeting was not hijacked by the lawyers again!",
  "How are you coping with the new system?",
  // An allusion's words outside small talk are not aimed at the reader.
  "After the vote, the directors will sign the accounts.",
  // Election as a doctrine or a choice of remedies; sport as a good loser.
  "Under the doctrine of election, you must choose one remedy.",
  "This is a classic election of remedies problem.",
  "The claimant's election between remedies must be unequivocal.",
  "She was a good sport about the delay.",
  "Thanks for being a good sport about the late change.",
  "There is a sporting chance the judge agrees.",
];

// Round 11: a relative's affair asked after is the family; a relative's estate or will handled
// as the work is the client's own matter.
const KIN = { matchKey: "@kin.example", avoidTopics: ["family matters"] };
const K = "exec@kin.example";
const kinAffairs: [string, string][] = [
  ["Hope your brother's claim is settling down.", "brother's"],
  ["How is your mum's case going?", "mum's"],
  ["Hope your father's estate is sorted soon.", "father's"],
];
const kinWork = [
  "Your father's estate accounts are attached.",
  "I have sent your mother's will to the registry.",
  "The sister company will sign the deed.",
];

runRuleTests(avoidedTopic, {
  valid: [
    // Round 13: "fire" as the verb of sending, sport as the client's own work, leaving a room.
    quiet(
      "fire",
      "round 13 fire across a note (send)",
      "Could you fire across a note to the team?",
    ),
    quiet(
      "fire",
      "round 13 fire over the draft (send)",
      "I'll fire over the revised draft tonight.",
    ),
    quiet(
      "sports",
      "round 13 the sports memoir is the work",
      "We are advising on the sports memoir's serialisation rights.",
    ),
    quiet(
      "strikes",
      "round 13 walking out of a meeting",
      "Hope you got home OK - the drivers walked out of the meeting at 5pm to catch their train.",
    ),
    quiet(
      "strikes",
      "round 13 out over pay in advice is a sum",
      "The claimants are out over pay by £2,000 on our figures.",
    ),
    ...kinWork.map((body) => ({
      name: `round 11 a relative's estate as the work: ${body}`,
      to: K,
      profiles: [KIN],
      body,
    })),
    ...notAllusions.map((body) => ({
      name: `round 11 not an allusion or another sense: ${body}`,
      to: A,
      profiles: [ALLUDE],
      body,
    })),
    // Round 10: the instances of politics, health, family and strikes in their other senses: a
    // board's vote, a minister's consent, a church's minister, a plant's operation, a hospital
    // tenant, a funeral director, divorce proceedings, a board seat's ballot.
    {
      name: "round 10 (politics): The vote of the board approved the plan.",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
      body: "The vote of the board approved the plan.",
    },
    {
      name: "round 10 (politics): Each party to the contract must sign.",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
      body: "Each party to the contract must sign.",
    },
    {
      name: "round 10 (politics): The minister's consent is needed under section 4 of the",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
      body: "The minister's consent is needed under section 4 of the Act.",
    },
    {
      name: "round 10 (politics): Please vote on the resolution at the AGM.",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
      body: "Please vote on the resolution at the AGM.",
    },
    {
      name: "round 10 (health): The hospital is the client's largest tenant at the site",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["health"] }],
      body: "The hospital is the client's largest tenant at the site.",
    },
    {
      name: "round 10 (health): The operation of the plant is covered by clause 9.",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["health"] }],
      body: "The operation of the plant is covered by clause 9.",
    },
    {
      name: "round 10 (health): The recovery of the debt is under way.",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["health"] }],
      body: "The recovery of the debt is under way.",
    },
    {
      name: "round 10 (health): The NHS trust's hospital wing lease is attached.",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["health"] }],
      body: "The NHS trust's hospital wing lease is attached.",
    },
    {
      name: "round 10 (family): The funeral director's lease is up for renewal.",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["family"] }],
      body: "The funeral director's lease is up for renewal.",
    },
    {
      name: "round 10 (family): The wedding venue's licence is attached.",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["family"] }],
      body: "The wedding venue's licence is attached.",
    },
    {
      name: "round 10 (strikes): The ballot for the board seat closes on Friday.",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["strikes"] }],
      body: "The ballot for the board seat closes on Friday.",
    },
    {
      name: "round 10 (politics): Hope the vote of the board goes your way.",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
      body: "Hope the vote of the board goes your way.",
    },
    {
      name: "round 10 (politics): Glad the government contract was renewed!",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
      body: "Glad the government contract was renewed!",
    },
    {
      name: "round 10 (politics): Hope the minister at your church is well.",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
      body: "Hope the minister at your church is well.",
    },
    {
      name: "round 10 (politics): How did the vote go on the scheme at the creditors' mee",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
      body: "How did the vote go on the scheme at the creditors' meeting?",
    },
    {
      name: "round 10 (health): How did the procedure go on the share transfer?",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["health"] }],
      body: "How did the procedure go on the share transfer?",
    },
    {
      name: "round 10 (health): The operation went live on Monday; the clause 4 reporti",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["health"] }],
      body: "The operation went live on Monday; the clause 4 reporting starts now.",
    },
    {
      name: "round 10 (family): The divorce proceedings are listed for March; the petit",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["family"] }],
      body: "The divorce proceedings are listed for March; the petition is attached.",
    },
    {
      name: "round 10 (family): The funeral directors' group has agreed the heads of te",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["family"] }],
      body: "The funeral directors' group has agreed the heads of terms.",
    },
    {
      name: "round 10 (strikes): Hope the ballot for the board seat goes your way!",
      to: "p@acme.example",
      profiles: [{ matchKey: "p@acme.example", avoidTopics: ["strikes"] }],
      body: "Hope the ballot for the board seat goes your way!",
    },
    // Round 8: a club that is a town, a ground that is a street, a common-word nickname: places.
    quiet(
      "footballTopic",
      "clubs that are towns, as places",
      "Our Leeds office will hold the originals; the Reading hearing is on Monday.",
    ),
    quiet(
      "footballTopic",
      "a ground named like a street, as an address",
      "The unit at 14 Carrow Road is let to a tenant on a ten-year lease.",
    ),
    quiet(
      "footballTopic",
      "a common-word nickname with no game near",
      "The Eagles played in Hyde Park last summer, I gather.",
    ),
    quiet(
      "footballTopic",
      "a Derby with a capital is the city",
      "I am in Derby on Tuesday for the site visit.",
    ),
    quiet(
      "footballTopic",
      "a game word in another sport's sentence",
      "Did you see the rugby match on Saturday? What a game at Twickenham.",
    ),
    quiet(
      "politics",
      "a politics word in a clause or a policy's part",
      "The political risk exclusion in the policy is wide, and the election form is attached.",
    ),
    quiet(
      "strikes",
      "a definition and a clause heading",
      '"Strike" means any concerted stoppage of work, as clause 14.2 (Strikes) provides.',
    ),
    quiet(
      "rugbyTopic",
      "a town that shares the sport's name",
      "The new depot is in Rugby, just off the M6, and the lease is agreed.",
    ),
    quiet(
      "religionTopic",
      "a capitalised word before a place word",
      "The buyer's solicitors are on Chapel Street, near the Church Road roundabout.",
    ),
    quiet(
      "jobCuts",
      "cuts that are not to people",
      "The price cuts apply to the spring range, and the cut-off date is Friday.",
    ),
    quiet(
      "hunting",
      "searching",
      "We are hunting for the signed copy; it is a fishing expedition on their part.",
    ),
    // Round 7: a happening's parts in another thing, or its code name as the client's own.
    quiet(
      "dealTopic",
      "the name beside a noun of other work",
      "We act for you on the Brambleford lease renewal; the lease is attached.",
    ),
    quiet(
      "dealTopic",
      "the name going on into a product's",
      "You qualify for a discount on the purchase of Brambleford Lane Software Suite.",
    ),
    quiet(
      "codeTopic",
      "a code name before a noun of the work on the asset",
      "Please find attached the OSPREY licence agreement for signature.",
    ),
    quiet(
      "codeTopic",
      "a code name in capitals written as a company's name",
      "Osprey Logistics have sent the invoice for the March deliveries.",
    ),
    {
      name: "a code name that is the client's own",
      to: "heron@topics.example",
      profiles: [
        {
          matchKey: "heron@topics.example",
          clientName: "Heron Foods",
          avoidTopics: ["the HERON launch"],
        },
      ],
      body: "HERON has signed the lease, so completion can go ahead on Friday.",
    },
    quiet(
      "acronymTopic",
      "an institution's acronym alone",
      "The GDPR requires a lawful basis for each use.",
    ),
    quiet(
      "kinDispute",
      "a family word beside a word of the family of the topic's head, but not in its phrase",
      "Her cousin's signature is needed on the deed of variation, and the argument on clause 4 is weak.",
    ),
    quiet(
      "driveTopic",
      "the modifier beside another word than the head's family",
      "We should push on with the union consultation under clause 3.",
    ),
    quiet(
      "fundClosure",
      "the modifier in another capitalised name",
      "We look forward to the Fund VI final closing next week.",
    ),
    quiet(
      "wildfire",
      "the modifier in the legal work",
      "The wildfire exclusion in clause 7 does not apply.",
    ),
    // A numbered reference abbreviated as drafters write it; the topic naming a clause.
    quiet(
      "redundancies",
      "in a sentence with an abbreviated clause reference",
      "The redundancies wage cap (cl. 8.2) applies from June.",
    ),
    quiet(
      "strikes",
      "in a sentence with an abbreviated paragraph reference",
      "Please see para. 14 on strikes before Friday.",
    ),
    quiet("strikes", "as the name of a clause", "The strikes clause survives the amendment."),
    quiet("inquiryTopic", "a place name as a place", "I hope you enjoyed your weekend in Dunmore!"),
    quiet(
      "inquiryTopic",
      "a place name after from, outside an event frame",
      "We received the signed deeds from Dunmore on Monday.",
    ),
    quiet(
      "inquiryTopic",
      "a name after about in advice, with no small talk",
      "The clause 4 notice says nothing about Dunmore Holdings Ltd.",
    ),
    // Round 6: seats of government, law-makers, the firm's banner, the matter in the subject.
    quiet(
      "politics",
      "a capital city as a place of business",
      "Our Brussels office will file the notification, and the hearing in Paris is listed for May.",
    ),
    quiet(
      "politics",
      "Congress as the law-maker",
      "The statute is silent on confidentiality: Congress delegated that question to the agency.",
    ),
    quiet(
      "footballTopic",
      "a sport in the firm's signature banner",
      "The lease is ready to sign.\n\nKind regards,\nTom\n\nTom Hale\nAssociate\nHale Brook LLP\nProud sponsor of the Premier League Kicks programme",
    ),
    {
      name: "the topic as the matter named in the subject line",
      to: "redundancies@topics.example",
      profiles: PROFILES,
      subject: "ACME/0042 - redundancy programme: consultation timetable",
      body: "Here is the timetable for the next phase of the redundancy programme. The redundancies will be notified on the HR1 form.",
    },
    quiet(
      "merger",
      "a happening's noun as the deal's defined term",
      "On the Closing Date the Merger becomes effective and the shares are cancelled.",
    ),
    quiet(
      "strikes",
      "disruption with no workforce",
      "Expect some disruption to the data room on Friday.",
    ),
    { name: "ordinary business", to: DAN, body: "Dan, the permit was granted." },
    { name: "a game of chance is not the big game", to: DAN, body: "Litigation is not a game." },
    { name: "a match of records", to: DAN, body: "The signatures match the records." },
    { name: "no topics for Megge", to: MEGGE, body: "Great baseball game." },
    quiet(
      "strikes",
      "strike in its other senses",
      "It strikes me that the clause is too wide. We may apply to strike out the defence, and the strike-out hearing is listed. The strike price is fixed. A bird strike damaged the engine. We must strike a balance.",
    ),
    quiet(
      "strikes",
      "a force majeure clause listing strikes",
      "Clause 18 (force majeure) covers strikes, lock-outs and other industrial action.",
    ),
    // Round 21 (h20 diagnosis, P1): legal drafting with no recurrence of the happening itself.
    ...(
      [
        [
          "strikes",
          "a force majeure definition of strikes, no recurrence marker",
          "Force majeure means any event beyond a party's control, including strikes, lock-outs and industrial action.",
        ],
        [
          "strikes",
          "another clause, not another strike",
          "We need another clause on strikes and lock-outs in the force majeure schedule.",
        ],
        [
          "strikes",
          "another strike clause is a clause",
          "Please add another strike clause to the force majeure schedule.",
        ],
        [
          "strikes",
          "again about the checking",
          "I have checked the force majeure clause again: it covers strikes and lock-outs.",
        ],
        [
          "strikes",
          "again about the listing, before the hit",
          "Clause 12 (force majeure) again lists strikes, as in the last agreement.",
        ],
        [
          "strikes",
          "again about the listing, after the hit",
          "The force majeure clause lists strikes again, as in the last agreement.",
        ],
        [
          "strikes",
          "another ballot of the members is a vote",
          "Another ballot of the members is needed to approve the new articles.",
        ],
        [
          "strikes",
          "a ballot again with an object is a vote",
          "The trustees will ballot the scheme members again on the pension change under clause 4.",
        ],
        [
          "strikes",
          "ballot again on a resolution",
          "The board will ballot again on the resolution under clause 4.",
        ],
        ["strikes", "it strikes me again", "It strikes me again that the clause is too wide."],
        [
          "politics",
          "a second election of directors",
          "A second election of directors is due under article 12.",
        ],
        [
          "election",
          "a second procedural election",
          "The claimant may make a second election under Rule 23 if the first lapses.",
        ],
      ] as const
    ).map(([key, name, body]) => quiet(key, `round 21 (recurrence): ${name}`, body)),
    // Round 23 (the lead's decision on h21 M1): inside legal work, only a definite, current
    // instance of the event is raised; the category, a hypothetical, a quantifier, another
    // thing's name and the object of the work itself stay quiet.
    ...(
      [
        [
          "strikes",
          "the category in a force majeure list",
          "The force majeure clause covers the usual strikes, lock-outs and other industrial action under clause 14.",
        ],
        [
          "strikes",
          "a hypothetical strike, even with a day",
          "If the strike goes ahead on Friday, clause 14 (force majeure) will apply and no damages can be claimed.",
        ],
        [
          "strikes",
          "a quantifier makes it the category",
          "Any strike will be a force majeure event and the charterer cannot claim damages under clause 14.",
        ],
        [
          "strikes",
          "an indefinite walkout scenario is a drafting device",
          "Given the timing, I'd add a walkout scenario to the force majeure clause so the charterer can't claim damages.",
        ],
        [
          "strikes",
          "the clause excludes the strike: the object of the work",
          "The Charterer excludes the strike from clause 14 (force majeure) so no damages can be claimed.",
        ],
        [
          "strikes",
          "a bare article outside a premise frame",
          "The failure happened two days before the strike began, so the exclusion in clause 19 does not help the terminal's defence.",
        ],
        [
          "strikes",
          "a contractor walking off the job is no workforce's action",
          "The contractor walked off the job on Friday, so we can terminate under clause 14 for abandonment.",
        ],
        [
          "strikes",
          "shareholders balloting is a vote",
          "The shareholders are balloting on the resolution under clause 4 of the articles.",
        ],
        [
          "redundancies",
          "the event's word naming another thing",
          "The redundancies wage cap (cl. 8.2) applies from June.",
        ],
        [
          "politics",
          "a tax election that still stands",
          "If HMRC later challenge the value, the election still stands but any income tax is calculated on the corrected value.",
        ],
        [
          "politics",
          "a party's own election under a statute",
          "The company will make its election under section 431 before the deadline in clause 4.",
        ],
      ] as const
    ).map(([key, name, body]) => quiet(key, `round 23 (live instance): ${name}`, body)),
    quiet(
      "election",
      "tax and procedural elections",
      "The 83(b) election must be filed within 30 days. If she makes the election, tax is due now. Each holder signs a joint section 431 election, and the elections are not filed with HMRC. The claimant's election to proceed under Rule 23 stands.",
    ),
    quiet(
      "health",
      "health that is not hers",
      "The health and safety file is attached. The financial health of the fund is good, and the Health Secretary's consultation closes soon.",
    ),
    quiet(
      "divorce",
      "a joint venture's divorce provisions",
      "The JV agreement has no divorce provisions; deadlock and divorce are dealt with in clause 9.",
    ),
    quiet(
      "merger",
      "a merger clause and another merger",
      "Clause 14.6 is a merger clause. The pre-merger certificate was issued for a cross-border merger of Alpha BV into Alpha Ltd.",
    ),
    quiet(
      "recall",
      "remembering",
      "As I recall, the deadline is Friday. Please recall that the notice period is 30 days; you may recall the figures.",
    ),
    quiet(
      "departure",
      "a departure from terms",
      "Any departure from the standard terms needs approval.",
    ),
    quiet(
      "religion",
      "good faith, a metaphor and a street",
      "We negotiated in good faith; the practitioner's bible agrees. The Church Street office is closed for the Easter holidays.",
    ),
    quiet(
      "lawsuit",
      "another lawsuit, and a hotel of the same name",
      "We met at the Meridian Hotel. The distributor lawsuit settled last week.",
    ),
    quiet(
      "sports",
      "idioms of games",
      "Litigation is not a game. The signatures match the records, and the ball is in their court. We kick off the consultation on Monday; it is a whole other ball game.",
    ),
    quiet("closure", "another closure", "Closure of the data room is set for Friday."),
    quiet(
      "namedFund",
      "a defined term of the deal at hand, written with its capital",
      "The Tidebrook Opportunities Fund closes on Friday, and the Fund's LPA is attached; the Fund will invest in three regions.",
    ),
    quiet("bankruptcy", "a routine search", "The bankruptcy search against the buyer is clear."),
    quiet("coverage", "an ordinary phrase", "We will press ahead with the sale of the estate."),
    quiet("spill", "an idiom", "The hearing may spill over into next week."),
    quiet(
      "fire",
      "fire in other senses, without the warehouse",
      "We need to fire off a reply; the partners came under fire.",
    ),
    quiet(
      "arbitration",
      "another person and another arbitration",
      "Please ask John Smith to sign. The Jones arbitration settled.",
    ),
    quiet("sports", "a long effort, not a race", "This is a marathon, not a sprint."),
    quiet(
      "alcohol",
      "alcohol as evidence, policy and trade",
      "The site's drugs and alcohol policy requires random breath tests; the alcohol-testing log and his blood alcohol reading are in tab 4. Alcohol duty rises in August.",
    ),
    quiet(
      "family",
      "family as a kind of home, court or business",
      "Plot 7 is a single family dwelling; the family court listing is unaffected, and the family business relief point is in my note.",
    ),
    quiet(
      "footballTopic",
      "winning and losing in business and in court",
      "If Halvard win on Monday, the stay lifts. Corvin won against the council last week, and the credit score looked fine.",
    ),
    quiet(
      "politics",
      "political risk insurance, a lenders' coalition and a contractual election",
      "The political risk policy responds to expropriation. A coalition of lenders opposes the plan, and the tenant's election to extend is due by June.",
    ),
    quiet(
      "family",
      "children as an institution's, and the children of a party",
      "The children's nursery lease renews in May; the children of the deceased are beneficiaries.",
    ),
    quiet(
      "sharePrice",
      "a property's market value and a price in a contract",
      "The market value of the freehold is in the valuation; the share purchase price is fixed.",
    ),
    quiet(
      "healthTopic",
      "ops and op as other things",
      "The ops team will send the op-ed draft; the op amp spec is in the data room.",
    ),
    quiet(
      "sports",
      "a ground's name as a district, an office and a court",
      "The Wimbledon office lease renews in May; the hearing at Wembley on Monday is adjourned, and Twickenham Council has the plans.",
    ),
    quiet(
      "sports",
      "sport as a place, and a goal as an aim",
      "The sports hall lease and the tennis courts' licence are agreed. Our goal is to sign by Friday.",
    ),
    quiet(
      "healthTopic",
      "a health warranty and a health rating",
      "The health warranty in clause 9 survives; the tenant's food hygiene and health rating is fine.",
    ),
    quiet(
      "religion",
      "faith in someone, and faith that something will happen",
      "Our faith in the counterparty is limited; I have faith that the lender will sign.",
    ),
    quiet(
      "election",
      "a board's or committee's election",
      "The board election of officers is at the AGM; the committee election follows article 12.",
    ),
    quiet(
      "lawsuit",
      "another lawsuit by what it is against",
      "The lawsuit against Brenner Holdings has settled.",
    ),
    quiet(
      "sports",
      "sport as an investment sector",
      "The fund's sports-media stake sits outside the sports sector exclusion.",
    ),
    quiet(
      "strikes",
      "a creditors' ballot under a plan",
      "Ballots on the plan are due by 5 pm on 12 March; the voting agent will tabulate each ballot.",
    ),
    {
      name: "quoted history",
      to: DAN,
      body: "Noted.\n\nOn Mon, 1 Sep 2026, Sam wrote:\n> Did you watch the baseball?",
    },
    // Allusions' words in their other senses (issue 10).
    quiet(
      "healthTopic",
      "treatment of a thing, not a person",
      "The tax treatment of the deposit is unchanged, and fair treatment of creditors is required. The treatment plant lease is attached.",
    ),
    quiet(
      "politics",
      "Parliament and Congress making the law",
      "The Bill is before Parliament, and Congress passed a similar statute last year.",
    ),
    quiet(
      "politics",
      "whichever party of a contract",
      "Whichever party is the Seller must deliver the certificate.",
    ),
    quiet(
      "councilElections",
      "whoever wins a tender, polling lenders",
      "Whoever wins the tender will need to sign the NDA. We are polling the lenders on the waiver.",
    ),
    quiet(
      "sharePrice",
      "an exchange's listing rules",
      "The Nasdaq listing rules require a majority of independent directors, and the FTSE 250 index rules are attached.",
    ),
    quiet(
      "merger",
      "a negotiation that broke down, not a deal",
      "The lease negotiations broke down over the rent review.",
    ),
    quiet(
      "strikes",
      "disruption and a walk out with no workforce",
      "There was some disruption to the timetable because of the snow. Please walk out to the car park and call me.",
    ),
    quiet(
      "footballTopic",
      "a political football",
      "The issue has become a political football between the agencies.",
    ),
    quiet(
      "politics",
      "politically exposed persons, political donations, a statute",
      "Her husband is a politically exposed person, so enhanced checks apply; the political donations policy is attached.",
    ),
    quiet(
      "councilElections",
      "re-election of directors, the electoral roll",
      "The re-election of directors is item 4, and the electoral roll check confirmed the address.",
    ),
    quiet(
      "healthTopic",
      "a claimant's health, a cancer charity, critical illness cover, a surgery's lease",
      "The claimant's mental health is the issue in the claim. The cancer charity's grant is approved. Critical illness cover is excluded. The GP surgery premises lease is signed.",
    ),
    quiet(
      "religionTopic",
      "religion in employment law and the Inns of Court",
      "Religion or belief is a protected characteristic; counsel's chambers are in Inner Temple.",
    ),
    quiet(
      "strikes",
      "industrial action beside the notice the law requires",
      "The union must give 14 days' notice of industrial action under section 234A, or the action is unlawful.",
    ),
    quiet(
      "footballTopic",
      "the client's team at work",
      "Your team did a great job on the disclosure, and your side of the deal is ready to sign.",
    ),
    quiet(
      "strikes",
      "industrial action in a notice the client needs",
      "The notice relies on the industrial action at the Leeds plant, and the supply agreement lists it as a force majeure event under clause 19.",
    ),
    quiet(
      "brexitTopic",
      "Brexit in customs advice",
      "Since the end of the Brexit transition period, each consignment needs an import declaration and the duty is payable at the border.",
    ),
    quiet(
      "sportsTopic",
      "a sport in a company's name",
      "The facility is to Riverside Athletics Holdings, the owner of the ground.",
    ),
    quiet(
      "politics",
      "a medical congress",
      "The European Cardiology Congress is in Madrid this year.",
    ),
    quiet(
      "cryptoTopic",
      "a token of thanks, cryptography, digital assets in a will",
      "By the same token, the access token expires daily. The digital assets clause of the will covers the online accounts.",
    ),
    quiet(
      "politics",
      "the Congress of a draft about a named conference",
      "We reviewed the Nordic Haematology Congress sponsorship terms. The Congress organiser wants the logo by June.",
    ),
    quiet(
      "arbitration",
      "another arbitration, under named rules",
      "For the new joint venture we recommend arbitration under the LCIA Rules, seated in London.",
    ),

    // Fifth round: instances and the world's vocabulary, in their other senses.
    quiet(
      "politics",
      "a risk-factor heading",
      "Risk factors\n\nPolitical:\nChanges in government policy may affect demand.\n\nCurrency:\nRates may move.",
    ),
    quiet(
      "sportsTopic",
      "the title of a work the client publishes",
      'Thank you for the proofs of "Sport and the City: Ten Years On"; the licence terms are agreed.',
    ),
    quiet(
      "hunting",
      "a compound with the topic's word as its second half",
      "Good luck with the house-hunting; the lease search is done.",
    ),
    quiet(
      "climateTopic",
      "a climate of conditions, not the weather",
      "In the current climate, and given the investment climate in Spain, we would wait.",
    ),
    quiet(
      "healthTopic",
      "the health of a fund",
      "The health of the fund is good and the portfolio is sound.",
    ),
    quiet(
      "lawsuit",
      "a trial worked on, not raised as small talk",
      "The trial bundle for the Hartley claim is due on 4 March under the directions order.",
    ),

    quiet(
      "sportsTopic",
      "a case caption is no fixture",
      "As the Court of Appeal held in Smith v Jones [2021] EWCA Civ 12, and in R v Leeds, the duty is strict. Ireland v Commission is on point too.",
    ),
    quiet(
      "sportsTopic",
      "fixtures and fittings, a kick-off meeting, a league table of firms",
      "The fixtures and fittings stay with the landlord. The kick-off meeting is on Monday, and the M&A league table for law firms came out.",
    ),
    quiet(
      "sportsTopic",
      "a win and a defeat in court",
      "It was a clear win for the claimant and a defeat for the regulator; the ruling was relegated to a footnote.",
    ),
    quiet(
      "politics",
      "Labour costs, the Governor of the Bank",
      "Labour costs rose 4%. The Vice-Chancellor signed the lease, and the Governor of the Bank of England spoke on rates. The Chancellor of the High Court listed it.",
    ),
    quiet(
      "politics",
      "a debate in the team, a project manager",
      "We had a lively debate about the indemnity cap, and the Cabinet Office framework applies.",
    ),
    quiet(
      "religionTopic",
      "Massachusetts, a mass tort, a loan, the prayer for relief",
      "The plaintiff, of Boston, Mass., filed a Mass tort claim. The bank lent the sums. Thank God the prayer for relief was narrow; parish council minutes attached.",
    ),
    quiet(
      "divorce",
      "a hard negotiation with a company",
      "The last round with Harcourt Capital Partners has been tough, but the term sheet is close.",
    ),
    quiet(
      "divorce",
      "custody of assets, a break-up fee, separated accounts",
      "The custodian holds the assets in safe custody; the break-up fee is 1%, and the client monies are separated from the firm's.",
    ),
    quiet(
      "layoffs",
      "the redundancy process as the work itself",
      "We attach the timetable for the collective consultation and the draft at-risk letters for your review.",
    ),
    quiet(
      "layoffs",
      "letting go of a point",
      "We are happy to let go of the point on interest if they agree the cap.",
    ),
    quiet(
      "incidentNamed",
      "a fire door and a flood of emails beside the name",
      "The Brackley lease requires fire doors, and we have had a flood of emails about the Brackley rent review.",
    ),
    quiet(
      "sharePrice",
      "shares transferred, not how they did",
      "The shares were transferred to the trustee on completion, and the stock was counted at the warehouse.",
    ),
    quiet(
      "alcohol",
      "soft drinks and a pub lease",
      "The soft drinks supplier signed, and the pub lease renewal is with the landlord.",
    ),
    quiet(
      "family",
      "a sister company",
      "The sister company will guarantee the lease, and the twins clause in the JV is standard.",
    ),
  ],
  invalid: [
    // Round 21 (h20 diagnosis, P1): the client's own happening raised as coming back, whatever
    // legal words surround it (h12-055, h16-036, h19-054, h20-019 in other words).
    ...(
      [
        [
          "strikes",
          "ballot again, no workforce word",
          "On that point, are the musicians likely to ballot again in the spring?",
          "ballot",
        ],
        [
          "strikes",
          "another walkout beside force majeure",
          "If there's any prospect of another walkout, I'd want the force majeure language to cover it expressly.",
          "walkout",
        ],
        [
          "strikes",
          "out again over pay",
          "Any sign of the lads going out again over pay?",
          "out again over pay",
        ],
        [
          "strikes",
          "walk out again like last autumn, in force majeure drafting",
          "If the crew walk out again like last autumn, I've said we'll cover it in the force majeure drafting.",
          "walk out",
        ],
        [
          "strikes",
          "likely to strike again",
          "Are the musicians likely to strike again?",
          "strike",
        ],
        [
          "strikes",
          "strike again beside a force majeure clause",
          "If the drivers strike again, clause 14 (force majeure) will apply.",
          "strike",
        ],
        [
          "politics",
          "a second referendum in change-in-law wording",
          "If there's a second independence referendum, the change-in-law wording must cover it.",
          "referendum",
        ],
        [
          "election",
          "another election in a change-in-law clause",
          "If there is another election in the spring, the change-in-law clause must cover it.",
          "election",
        ],
      ] as const
    ).map(([key, name, body, text]) => found(key, `round 21 (recurrence): ${name}`, body, text)),
    // Round 23 (the lead's decision on h21 M1): a definite, current instance of the event named
    // as the premise of advice, raised even inside legal work (h17-042, h19-039, h21-007 in
    // other words).
    ...(
      [
        [
          "strikes",
          "a union's ballot with a moment, beside force majeure",
          "Given the crew union's ballot for strike action next week, I'd suggest we invoke the force majeure clause.",
          "ballot",
          "strike action",
        ],
        [
          "strikes",
          "a named workforce walking off the job on a day",
          "With the harbour drivers walking off the job on Friday, the emergency-cover clause in your contract lets you take their runs.",
          "walking off the job",
        ],
        [
          "strikes",
          "a progressive with its auxiliary",
          "The crew are balloting on the pay offer, so the force majeure clause may be needed.",
          "balloting",
        ],
        [
          "strikes",
          "an article in a premise frame",
          "Given the strike, I'd suggest we invoke the force majeure clause and reserve the claim for damages.",
          "strike",
        ],
        [
          "strikes",
          "a named union's ballot",
          "Following the RMT ballot, we should serve notice under clause 14 (force majeure).",
          "ballot",
        ],
        [
          "strikes",
          "their walkout, a possessive",
          "Their walkout means the charterer can rely on clause 14 (force majeure) and claim no damages.",
          "walkout",
        ],
        [
          "politics",
          "the general election on a day, in change-in-law advice",
          "Given the general election on Thursday, the change-in-law clause should be reviewed before signing.",
          "general election",
        ],
      ] as const
    ).map(([key, name, body, ...texts]) =>
      found(key, `round 23 (live instance): ${name}`, body, ...texts),
    ),
    // Round 13: industrial action in its everyday words, in small talk; the fire after a
    // preposition is still the happening.
    found(
      "strikes",
      "round 13 a crew out again over pay",
      "Hope you are well - the crew are out again over pay, what a week.",
      "out again over pay",
    ),
    found(
      "strikes",
      "round 13 drivers walking out again",
      "Hope all is well - the drivers walked out again on Monday, what a mess.",
      "walked out",
    ),
    found(
      "fire",
      "round 13 the verb and then the fire at the warehouse",
      "Hope everyone is OK - you must fire over your news after the fire at the warehouse.",
      "fire at the warehouse",
    ),
    found(
      "sports",
      "round 13 the sports at the weekend",
      "Did you catch the sports at the weekend?",
      "sports",
    ),
    ...kinAffairs.map(([body, text]) => ({
      name: `round 11 a relative's affair asked after: ${body}`,
      to: K,
      profiles: [KIN],
      body,
      findings: [{ messageId: "topic", evidence: at("body", body, text) }],
    })),
    ...allusions.map(([body, text]) => ({
      name: `round 11 an allusion in small talk: ${body}`,
      to: A,
      profiles: [ALLUDE],
      body,
      findings: [{ messageId: "topic", evidence: at("body", body, text) }],
    })),
    // Round 10: a topic raised by an instance in small talk: a minister, a vote, an operation,
    // hospital, a funeral, a divorce, a union's ballot.
    {
      ...{
        name: "round 10 (politics): Hope the minister listens to you at the select committe",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
        body: "Hope the minister listens to you at the select committee next week.",
      },
      findings: [
        {
          messageId: "topic",
          evidence: { field: "body", text: "the minister", start: 5, end: 17 },
        },
        {
          messageId: "topic",
          evidence: { field: "body", text: "the select committee", start: 36, end: 56 },
        },
      ],
    },
    {
      ...{
        name: "round 10 (politics): What did you make of the vote in the Commons last night",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
        body: "What did you make of the vote in the Commons last night?",
      },
      // Round 11: "what did you make of" asks the reader's view, small talk, so "the vote" (the
      // first word of the mention) is reported; "the Commons" after it is the same mention.
      findings: [
        {
          messageId: "topic",
          evidence: { field: "body", text: "the vote", start: 21, end: 29 },
        },
      ],
    },
    {
      ...{
        name: "round 10 (politics): Quite a week in Westminster - who do you think the new ",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
        body: "Quite a week in Westminster - who do you think the new chancellor will be?",
      },
      findings: [
        {
          messageId: "topic",
          evidence: { field: "body", text: "Westminster", start: 16, end: 27 },
        },
      ],
    },
    {
      ...{
        name: "round 10 (politics): The polls look grim for the government.",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
        body: "The polls look grim for the government.",
      },
      findings: [
        { messageId: "topic", evidence: { field: "body", text: "polls", start: 4, end: 9 } },
      ],
    },
    {
      ...{
        name: "round 10 (health): How did the operation go? Hope you are home from hospit",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["health"] }],
        body: "How did the operation go? Hope you are home from hospital now.",
      },
      findings: [
        { messageId: "topic", evidence: { field: "body", text: "operation", start: 12, end: 21 } },
        { messageId: "topic", evidence: { field: "body", text: "hospital", start: 49, end: 57 } },
      ],
    },
    {
      ...{
        name: "round 10 (health): Hope the recovery is going well and you are up and abou",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["health"] }],
        body: "Hope the recovery is going well and you are up and about again.",
      },
      findings: [
        { messageId: "topic", evidence: { field: "body", text: "recovery", start: 9, end: 17 } },
      ],
    },
    {
      ...{
        name: "round 10 (health): Glad to hear you're on the mend after the op.",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["health"] }],
        body: "Glad to hear you're on the mend after the op.",
      },
      findings: [
        { messageId: "topic", evidence: { field: "body", text: "mend", start: 27, end: 31 } },
        { messageId: "topic", evidence: { field: "body", text: "op", start: 42, end: 44 } },
      ],
    },
    {
      ...{
        name: "round 10 (health): Sorry to hear about the diagnosis; thinking of you.",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["health"] }],
        body: "Sorry to hear about the diagnosis; thinking of you.",
      },
      findings: [
        { messageId: "topic", evidence: { field: "body", text: "diagnosis", start: 24, end: 33 } },
      ],
    },
    {
      ...{
        name: "round 10 (family): So sorry to hear about the funeral on Friday; thinking ",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["family"] }],
        body: "So sorry to hear about the funeral on Friday; thinking of you all.",
      },
      findings: [
        { messageId: "topic", evidence: { field: "body", text: "funeral", start: 27, end: 34 } },
      ],
    },
    {
      ...{
        name: "round 10 (family): Congratulations on the wedding! How was the honeymoon?",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["family"] }],
        body: "Congratulations on the wedding! How was the honeymoon?",
      },
      findings: [
        { messageId: "topic", evidence: { field: "body", text: "wedding", start: 23, end: 30 } },
        { messageId: "topic", evidence: { field: "body", text: "honeymoon", start: 44, end: 53 } },
      ],
    },
    {
      ...{
        name: "round 10 (family): I heard about the divorce; I hope you're doing okay.",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["family"] }],
        body: "I heard about the divorce; I hope you're doing okay.",
      },
      findings: [
        { messageId: "topic", evidence: { field: "body", text: "divorce", start: 18, end: 25 } },
      ],
    },
    {
      ...{
        name: "round 10 (sports): Did you see the result on Saturday? What a match.",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["sports"] }],
        body: "Did you see the result on Saturday? What a match.",
      },
      findings: [
        { messageId: "topic", evidence: { field: "body", text: "result", start: 16, end: 22 } },
        { messageId: "topic", evidence: { field: "body", text: "match", start: 43, end: 48 } },
      ],
    },
    {
      ...{
        name: "round 10 (sports): Great win for the Lions at the weekend!",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["sports"] }],
        body: "Great win for the Lions at the weekend!",
      },
      findings: [
        { messageId: "topic", evidence: { field: "body", text: "Lions", start: 18, end: 23 } },
      ],
    },
    {
      ...{
        name: "round 10 (strikes): Hope the picket lines haven't made the week too hard.",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["strikes"] }],
        body: "Hope the picket lines haven't made the week too hard.",
      },
      findings: [
        {
          messageId: "topic",
          evidence: { field: "body", text: "picket lines", start: 9, end: 21 },
        },
      ],
    },
    {
      ...{
        name: "round 10 (strikes): a union's ballot asked after",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["strikes"] }],
        body: "Fingers crossed the ballot goes your way and the depots stay open.",
      },
      findings: [
        {
          messageId: "topic",
          evidence: { field: "body", text: "the ballot", start: 16, end: 26 },
        },
      ],
    },
    {
      ...{
        name: "round 10 (Brexit): Has leaving the EU made the customs side harder for you",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["Brexit"] }],
        body: "Has leaving the EU made the customs side harder for you?",
      },
      findings: [
        {
          messageId: "topic",
          evidence: { field: "body", text: "leaving the EU", start: 4, end: 18 },
        },
      ],
    },
    {
      ...{
        name: "round 10 (politics): The referendum result surprised everyone.",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
        body: "The referendum result surprised everyone.",
      },
      findings: [
        { messageId: "topic", evidence: { field: "body", text: "referendum", start: 4, end: 14 } },
      ],
    },
    {
      ...{
        name: "round 10 (politics): The polls look grim for the government.",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
        body: "The polls look grim for the government.",
      },
      findings: [
        { messageId: "topic", evidence: { field: "body", text: "polls", start: 4, end: 9 } },
      ],
    },
    {
      ...{
        name: "round 10 (politics): Did you see the government has changed its mind on the ",
        to: "p@acme.example",
        profiles: [{ matchKey: "p@acme.example", avoidTopics: ["politics"] }],
        body: "Did you see the government has changed its mind on the tariffs? What a week!",
      },
      findings: [
        {
          messageId: "topic",
          evidence: { field: "body", text: "the government", start: 12, end: 26 },
        },
      ],
    },
    // Round 8: the world's vocabulary of an area.
    found(
      "footballTopic",
      "a ground known only as one, a nickname that is no common word",
      "Were you at Molineux for that? The Toffees were awful.",
      "Molineux",
      "Toffees",
    ),
    found(
      "footballTopic",
      "a club that is a town, in a sports frame; a derby",
      "Did Reading get on all right at the weekend? The north London derby was tense.",
      "Reading",
      "derby",
    ),
    found(
      "footballTopic",
      "a common-word nickname in a sports frame, a ground visited, a club's manager",
      "Were the Blues unlucky on Saturday? I was at Elland Road. Their new manager is a worry.",
      "Blues",
      "Elland Road",
    ),
    found(
      "footballTopic",
      "a club's manager, a fan group",
      "I hear the Celtic manager wants a new striker. The Toon Army were loud.",
      "manager",
      "Toon Army",
    ),
    found(
      "jobCuts",
      "the employer's euphemisms",
      "How are people coping with the cuts to the install teams and the voluntary redundancies?",
      "cuts",
      "voluntary redundancies",
    ),
    found(
      "hunting",
      "a day's shooting",
      "How was the shooting on Saturday? Many pheasants?",
      "shooting",
      "pheasants",
    ),
    // Round 7: a specific happening without the profile's words.
    found(
      "dealTopic",
      "the name shortened, the head a near-synonym",
      "I hope the Brambleford transaction is not keeping you up at night.",
      "Brambleford transaction",
    ),
    found(
      "dealTopic",
      "a near-synonym with the name in a phrase after it",
      "Any news on the purchase at Brambleford Lane?",
      "purchase at Brambleford",
    ),
    found(
      "codeTopic",
      "a code name alone",
      "Sorry to hear the OSPREY readout was a disappointment.",
      "OSPREY",
    ),
    found(
      "codeTopic",
      "a trial's phase for the trial",
      "Sorry the Phase 3 data were not what you hoped.",
      "Phase 3 data",
    ),
    found("codeDigits", "a drug code alone", "Great to hear VX-220 is back on track!", "VX-220"),
    found(
      "kinDispute",
      "the person it is with and a near-synonym",
      "I hope the falling-out with your cousin has eased.",
      "falling-out with your cousin",
    ),
    found(
      "driveTopic",
      "a modifier and a near-synonym of the head",
      "How is the union campaign going at the depot?",
      "union campaign",
    ),
    found(
      "driveTopic",
      "a modifier in another form beside its own near-synonym",
      "I gather the unionisation push has picked up at the depot.",
      "unionisation push",
    ),
    found(
      "inquiryTopic",
      "the name with a broader word",
      "I hope the Dunmore hearings were not too bruising.",
      "Dunmore hearings",
    ),
    found(
      "inquiryTopic",
      "the name as the happening in small talk",
      "Sorry to hear about Dunmore.",
      "Dunmore",
    ),
    found(
      "inquiryTopic",
      "the name in a frame that makes it a happening",
      "The board has moved on from Dunmore and tightened its controls.",
      "Dunmore",
    ),
    found(
      "inquiryTopic",
      "a name made a time by post-",
      "Post-Dunmore, the mood is better.",
      "Dunmore",
    ),
    found(
      "sportsTopic",
      "a tournament",
      "Are you off to the tournament at Carnoustie next month?",
      "tournament",
    ),
    found(
      "wildfire",
      "a modifier that is a happening, by its own family",
      "I hope the Carrow blaze is behind you all now.",
      "Carrow blaze",
    ),
    found(
      "redundancies",
      "those let go",
      "She was among those let go last month, I hear; I am so sorry.",
      "let go",
    ),
    // Round 6: instances, families and allusions.
    found("pregnancy", "a pregnancy", "Congratulations on the pregnancy!", "pregnancy"),
    found(
      "lawsuit",
      "the lawsuit the profile names, in a sentence of legal work",
      "Agenda: the chronology, the Meridian lawsuit and its disclosure obligations under the SPA.",
      "Meridian lawsuit",
    ),
    found(
      "drinkingProblem",
      "a vague head named by the word before it",
      "Shall we grab a pint after the meeting?",
      "a pint",
    ),
    found("takeover", "a takeover is a merger", "Shame about the merger, but onwards.", "merger"),
    found(
      "jobLosses",
      "people made redundant",
      "I heard forty people were made redundant in March.",
      "made redundant",
    ),
    found(
      "strikes",
      "stoppages where a workforce works",
      "Hopefully no repeat of the stoppages at the plant.",
      "stoppages",
    ),
    found(
      "marlowMerger",
      "a failed deal described by its counterparty",
      "Pity the deal with the Leeds consortium fell through.",
      "fell through",
    ),
    found(
      "bankruptcyTopic",
      "a capitalised name of the concept is no defined term",
      "Sorry to hear they filed for Chapter 11 last week.",
      "Chapter 11",
    ),
    found(
      "namedFund",
      "the topic itself, capitalised as a name",
      "Is there any news on the Harland Fund?",
      "Harland Fund",
    ),
    found(
      "namedFund",
      "its noun at a sentence's start, and with its capital beside its name",
      "Fund investors called again. Since Harland closed, the Fund has been quiet.",
      "Fund",
      "Harland closed, the Fund",
    ),
    // Fifth round: instances and the world's vocabulary of a topic.
    found(
      "lawsuit",
      "a trial raised as small talk",
      "Good luck with the trial next week; I hope the jury is kind.",
      "the trial",
      "the jury",
    ),
    found(
      "climateTopic",
      "the weather's vocabulary",
      "What a heatwave! Climate change is hard to ignore now.",
      "heatwave",
      "Climate change",
    ),

    found(
      "sportsTopic",
      "a fixture between two clubs, and league-table talk",
      "Are you going to Leeds v Chelsea? A 2-1 win would lift them out of the bottom of the league and help them escape the drop.",
      "v",
      "win",
      "bottom of the league",
      "the drop",
    ),
    found(
      "footballTopic",
      "a fixture with a match day, a club's name with a suffix",
      "Good luck to Bristol Rovers v Exeter on Saturday, and a clean sheet for once!",
      ["v", 1],
      "clean sheet",
    ),
    found(
      "sportsTopic",
      "a player, a ground, a golf major",
      "Did you see Haaland's hat-trick? We watched the cricket at Lord's on Sunday, and the Open was brilliant.",
      "Haaland's",
      // ("the cricket at Lord's" is one mention.)
      "cricket",
      "the Open",
    ),
    found(
      "politics",
      "offices, a programme, a chamber and a party by name",
      "Did you catch Question Time? The Home Secretary had a rough night, the Commons will be furious, and I suspect Labour will lose the seat.",
      "Question Time",
      "Home Secretary",
      "the Commons",
      "Labour",
    ),
    found(
      "politics",
      "a televised debate and a named senator",
      "What did you make of the presidential debate? Senator Warren was on form.",
      "debate",
      "Senator",
    ),
    found(
      "election",
      "election-night vocabulary",
      "Were you up for election night? The postal votes took forever and the recount in Hartlepool ran to 4am.",
      "election night",
      "postal votes",
      "recount",
    ),
    found(
      "religionTopic",
      "services and sacraments",
      "I hope you enjoyed Mass on Sunday and the christening; we'll speak after Ramadan.",
      "Mass",
      "christening",
      "Ramadan",
    ),
    found(
      "divorce",
      "the vocabulary of a divorce, and things with a person",
      "I hope things with Mark are settling down and that the custody battle is behind you; the financial remedy hearing must be exhausting.",
      "things with",
      "custody battle",
      "financial remedy",
    ),
    found(
      "divorce",
      "a hard time with someone named",
      "I know the last few months with Tomasz have been hard, so take your time.",
      "been hard",
    ),
    found(
      "family",
      "kin and family events",
      "How is your sister? Congratulations on your wedding, and good luck to the twins with their exam results.",
      "sister",
      "wedding",
      "twins",
      "exam results",
    ),
    found(
      "layoffs",
      "the notices and processes of layoffs",
      "Sorry to hear about the WARN notices; I gather forty people were let go, and the people you are having to let go in March too.",
      "WARN notices",
      "let go",
      ["let go", 1],
    ),
    found(
      "lawsuit",
      "litigation by its acronym and procedure",
      "Hope the MDL is not taking over your life, and that the class action settles.",
      "MDL",
      "class action",
    ),
    found(
      "incidentNamed",
      "what happened at a named place, and an allusion noun beside it",
      "I was so sorry about what happened at Brackley. The Brackley tragedy must have shaken everyone.",
      "what happened at Brackley",
      "tragedy",
    ),
    found(
      "fire",
      "what happened at the place the topic is about",
      "I hope everyone is recovering after what happened at the warehouse last month.",
      "what happened",
    ),
    found(
      "sharePrice",
      "shares and the stock by how they moved",
      "Rough week: your shares are down 12% and the stock hit a 52-week low.",
      "shares are down",
      "52-week low",
    ),
    found(
      "coverageTopic",
      "newspapers by name, the papers",
      "I hope the piece in the Guardian didn't spoil the weekend; the papers were unfair.",
      // ("the piece in the Guardian" is one mention.)
      "piece",
      "the papers",
    ),
    found(
      "bankruptcyTopic",
      "going bust in plain words",
      "Sad news that Harlow Retail went bust; the Chapter 11 filing was a shock.",
      "went bust",
      "Chapter 11",
    ),
    found(
      "healthTopic",
      "an illness and a procedure by name",
      "I hope the knee replacement went well and that the flu has gone.",
      "knee replacement",
      "the flu",
    ),
    found(
      "deathTopic",
      "mourning words",
      "Thinking of you and of your late husband; the eulogy was beautiful.",
      "Thinking of you",
      "late husband",
      "eulogy",
    ),
    found(
      "alcohol",
      "drinks, and a word for not drinking",
      "Shall we have drinks on Friday? I know you're teetotal, so there's tea too.",
      "drinks",
      "teetotal",
    ),
    found(
      "warTopic",
      "a war by the situation in a place",
      "I hope your family are safe given the situation in Kharkiv, and the shelling has eased.",
      "the situation in",
      "shelling",
    ),
    found(
      "strikes",
      "a union by name with its action",
      "Hope the RMT action doesn't wreck the week; the pay offer looked close.",
      "RMT",
      "pay offer",
    ),

    found(
      "strikes",
      "a hope about industrial action in a sentence with a clause",
      "I hope the industrial action ends before the clause 19 notice is due.",
      "industrial action",
    ),
    found(
      "arbitration",
      "a named arbitration by an allusion noun",
      "After the Smith saga, I would avoid an institution with a long timetable.",
      "Smith saga",
    ),
    found("footballTopic", "what a game", "What a game on Sunday!", "game"),
    found("religionTopic", "a festival greeting", "Happy Eid to you and your family.", "Happy Eid"),
    found(
      "brexitTopic",
      "Brexit without its name",
      "Ever since the UK left the EU, the paperwork has doubled.",
      "left the EU",
    ),
    found(
      "cryptoTopic",
      "crypto in other words",
      "With bitcoin back above its peak, the stablecoin market is busy again.",
      "bitcoin",
      "stablecoin",
    ),
    found(
      "footballTopic",
      "the side they support, asked after",
      "How did your lot get on at the weekend?",
      "your lot",
    ),
    found(
      "councilElections",
      "how they voted",
      "I won't ask how you voted last time.",
      "how you voted",
    ),
    found(
      "strikes",
      "industrial action as small talk beside legal work",
      "Attached is the revised clause. I hope the industrial action at the depot is over soon.",
      "industrial action",
    ),
    // Topics raised by allusion, not by their word (issue 10).
    found(
      "healthTopic",
      "treatment and recovery, said of the client",
      "I hope the treatment is going well and that you are back on your feet soon.",
      "treatment",
      "back on your feet",
    ),
    found(
      "healthTopic",
      "everything they have been through",
      "After everything you've been through, please take the deadline as flexible.",
      "everything you've been through",
    ),
    found(
      "merger",
      "a deal that fell through",
      "Shame the deal with the Harbour group fell through in the spring.",
      "fell through",
    ),
    found(
      "merger",
      "an aborted combination",
      "I know last year's aborted combination still stings.",
      "aborted combination",
    ),
    found(
      "strikes",
      "a workforce walking out, a pay dispute",
      "Let's hope the drivers aren't walking out again before Christmas. The pay dispute at the terminal is still unresolved.",
      "walking out",
      "pay dispute",
    ),
    found(
      "councilElections",
      "the result by its month, the exit polls",
      "Whoever wins in November, the rules will change. Any news from the exit polls?",
      "Whoever wins",
      "exit polls",
    ),
    found(
      "politics",
      "Parliament as politics",
      "I expect Parliament will be in chaos again this week.",
      "Parliament",
    ),
    found(
      "sharePrice",
      "an index named for a rough week",
      "A rough week on the FTSE for you, I'm afraid.",
      "FTSE",
    ),
    found(
      "footballTopic",
      "a side's result without the word",
      "Saw Rovers went down 2-0 on Saturday.",
      "went down",
    ),
    found(
      "sportsTopic",
      "the season's talk",
      "Good luck in the relegation battle this season.",
      "relegation battle",
    ),
    {
      name: "baseball to Dan (listed topic and sports)",
      to: DAN,
      body: "Dan, hope you enjoyed the baseball. Big World Series weekend.",
      findings: [
        {
          messageId: "topic",
          evidence: at("body", "Dan, hope you enjoyed the baseball", "baseball"),
          message: ["asked not to discuss baseball"],
        },
        {
          messageId: "topic",
          evidence: at(
            "body",
            "Dan, hope you enjoyed the baseball. Big World Series",
            "World Series",
          ),
          message: ["asked not to discuss sports"],
        },
      ],
    },
    {
      name: "a plural of an expanded sport word",
      to: DAN,
      subject: "Playoffs and football",
      body: "",
      findings: [
        { messageId: "topic", evidence: at("subject", "Playoffs and football", "Playoffs") },
        { messageId: "topic", evidence: at("subject", "Playoffs and football", "football") },
      ],
    },
    found(
      "strikes",
      "industrial action in other words",
      "Hope the rail strike doesn't affect your trip. Things are calmer since the walkout, though the pilots have voted for industrial action.",
      "strike",
      "walkout",
      "industrial action",
    ),
    found(
      "election",
      "an election in the political sense",
      "With the general election next month, who knows. Did you see the midterms?",
      "general election",
      "midterms",
    ),
    found(
      "health",
      "how people ask after someone's health",
      "I hope you're feeling better. How's the knee?",
      "feeling better",
      "knee",
    ),
    found(
      "merger",
      "the merger named by its other party",
      "I was so sorry the Vantor merger fell through.",
      "merger",
    ),
    found(
      "recall",
      "the recall as a noun",
      "How is the battery recall going? Last summer's recall was hard.",
      "recall",
      ["recall", 1],
    ),
    found(
      "lawsuit",
      "the lawsuit by its name and a word of litigation",
      "How is the Meridian case going? I saw that Meridian won its motion.",
      "Meridian case",
      "Meridian won its motion",
    ),
    found(
      "spill",
      "the spill in other words",
      "I read the report on the oil spill. How is the clean-up at Kilcarra Bay?",
      "oil spill",
      "clean-up",
    ),
    found(
      "coverage",
      "press coverage without the word",
      "I saw the article in Sunday's paper about the estate.",
      "article",
    ),
    found(
      "departure",
      "a departure in other words",
      "It must have been hard since Gregor stepped down.",
      "stepped down",
    ),
    found(
      "fire",
      "a topic's head beside what it is about",
      "I was sorry to hear about the fire at your warehouse.",
      "fire",
    ),
    found(
      "arbitration",
      "a named arbitration in other words",
      "The Smith hearing is next week, and the tribunal in Smith may rule soon.",
      "Smith hearing",
      "tribunal in Smith",
    ),
    found(
      "sports",
      "a team and a race",
      "Did you see the Lakers last night? Congratulations on the marathon!",
      "Lakers",
      "marathon",
    ),
    found(
      "alcohol",
      "drinks and a drink named",
      "There's champagne on ice for signing, and the first round of pints is mine.",
      "champagne",
      "pints",
    ),
    found(
      "alcohol",
      "a bottle and a nightcap, never called alcohol",
      "I'll bring a bottle of red to celebrate, and a nightcap afterwards.",
      "a bottle of red",
      "a nightcap",
    ),
    found(
      "politics",
      "another country's parliament by name",
      "I see the National Assembly has stalled the budget again.",
      "National Assembly",
    ),
    found(
      "family",
      "the little ones and a grandson",
      "How are the little ones? Your grandson must be walking by now.",
      "little ones",
      "grandson",
    ),
    found(
      "sharePrice",
      "the market's view of the company",
      "Tough day: your shares tumbled after the results, and the stock market is jittery.",
      "shares tumbled",
      "stock market",
    ),
    found(
      "sports",
      "a day at a ground known for one sport",
      "Hope you enjoyed yourself at Murrayfield on Saturday, and see you at Headingley for the test?",
      "Murrayfield",
      "Headingley",
    ),
    found(
      "sports",
      "a goal scored, and a race by name",
      "What a goal on Saturday! Are you watching the Grand National?",
      "goal",
      "Grand National",
    ),
    found("alcohol", "a toast", "We'll raise a glass when this completes.", "raise a glass"),
    found(
      "sports",
      "a sport and its match as one mention",
      "Did you see the rugby match on Saturday?",
      "rugby",
    ),
    found(
      "family",
      "asking after the family",
      "Give my best to the family, and I hope the kids enjoyed the school holidays.",
      "family",
      "kids",
      "school holidays",
    ),
    found(
      "footballTopic",
      "a team's result at the weekend, and a scoreline",
      "Shame Leeds lost at the weekend. Did Celtic win 3-1?",
      // (The side, a club that is also a city, is named in a sports frame: the same mention.)
      "Leeds",
      "Celtic",
    ),
    found(
      "politics",
      "a parliament and a coalition government",
      "Quite a week in the Bundestag; I doubt the coalition government lasts the winter.",
      "Bundestag",
      "coalition government",
    ),
    found(
      "healthTopic",
      "how someone is looking, and an operation",
      "You're looking a lot better than in March. Back at your desk soon after the op?",
      "better",
      "op",
    ),
    found(
      "strikes",
      "a ballot with the union named",
      "I gather the union ballot closes Friday; if the drivers' ballot goes ahead, the timetable slips.",
      "union ballot",
      ["ballot", 1],
    ),
    found(
      "sports",
      "a game being played",
      "Did you watch the match on Saturday? I'll be at the England game tomorrow.",
      "match",
      "game",
    ),
    {
      name: "a topic outside the expansion table matches itself",
      to: "p@acme.example",
      profiles: [POLITICS],
      body: "Politics aside, the political row is ugly; the political risk cover is an insurance product.",
      findings: [
        { messageId: "topic", evidence: at("body", "Politics aside", "Politics") },
        { messageId: "topic", evidence: at("body", "Politics aside, the political", "political") },
      ],
    },
  ],
});

describe("topicSpec", () => {
  it("reads a happening's parts: distinctive names, modifier stems, code names", () => {
    const results = topicSpec("the OSPREY trial results");
    // A trial's results are a clinical trial's, not a lawsuit's.
    expect(results.concept).toBeUndefined();
    expect(results.codes).toEqual(["OSPREY"]);
    const deal = topicSpec("the Brambleford Lane deal");
    expect(deal.cues.names).toEqual(["Brambleford"]);
    expect(deal.codes).toEqual([]);
    expect(topicSpec("the union organising drive").cues.stems).toEqual(["union", "organ"]);
    expect(topicSpec("the failed Marlow merger").cues.stems).toEqual([]);
  });

  it("reads a profile's topic into the family it belongs to", () => {
    expect(topicSpec("his drinking problem").concept?.id).toBe("alcohol");
    expect(topicSpec("the takeover").concept?.id).toBe("merger");
    expect(topicSpec("money troubles").concept?.id).toBe("bankruptcy");
    expect(topicSpec("the loss of his father").concept?.id).toBe("death");
    expect(topicSpec("the loss of the contract").concept).toBeUndefined();
    // Round 8: a breakdown of a family is a separation, a breakdown alone is ill health.
    expect(topicSpec("her family breakdown").concept?.id).toBe("divorce");
    expect(topicSpec("his breakdown").concept?.id).toBe("health");
    expect(topicSpec("the hospital stay").concept?.id).toBe("health");
    expect(topicSpec("hunting").concept?.id).toBe("fieldsports");
    expect(topicSpec("the downsizing").concept?.id).toBe("layoffs");
    const brexit = topicSpec("the Brexit fallout");
    expect(brexit.concept?.id).toBe("brexit");
    expect(brexit.names).toEqual([]);
  });
});

describe("expandTopics", () => {
  it("covers common sport words under sports and keeps unknown topics as written", () => {
    const terms = expandTopics(["Sports", "weather"]);
    expect(terms).toContainEqual({ term: "baseball", topic: "Sports" });
    expect(terms).toContainEqual({ term: "Super Bowl", topic: "Sports" });
    expect(terms).toContainEqual({ term: "weather", topic: "weather" });
  });
});

// Round 22 (analysis-h21 P2; h16 and h17 by two firms' writers): "divorce(d) from" a thing is the
// verb of separating two things; from a person it is still the marriage.
const DIVORCE_CLIENT = { matchKey: "p@acme.example", avoidTopics: ["divorce"] };
runRuleTests(avoidedTopic, {
  valid: [
    "The licence terms cannot be divorced from the clinical concerns the trust raised.",
    "We suggest you divorce the trust from the holding company before the sale.",
    "The pension question is divorced from the share transfer itself.",
  ].map((body) => ({
    name: `round 22 divorce as separating things: ${body}`,
    to: "p@acme.example",
    profiles: [DIVORCE_CLIENT],
    body,
  })),
  invalid: (
    [
      ["I hear she was divorced from her husband last spring.", "divorced"],
      ["Since his divorce from the actor, he has kept a low profile.", "divorce"],
    ] as [string, string][]
  ).map(([body, text]) => ({
    name: `round 22 divorce still a marriage: ${body}`,
    to: "p@acme.example",
    profiles: [DIVORCE_CLIENT],
    body,
    findings: [{ messageId: "topic", evidence: at("body", body, text) }],
  })),
});

// Round 26 (analysis-h24 §2 B): gambling and animal testing by their kinds, through the topic's
// usual gates. Sentences written for these rows.
const BETS_CLIENT = { matchKey: "p@acme.example", avoidTopics: ["gambling"] };
const BETS_WORK_CLIENT = {
  matchKey: "p@acme.example",
  avoidTopics: ["gambling"],
  notes: "Their own licensing compliance work is fine.",
};
const LAB_CLIENT = { matchKey: "p@acme.example", avoidTopics: ["animal testing"] };
const kindsQuiet26: [string, typeof BETS_CLIENT, string?][] = [
  ["I felt a flutter of nerves before the hearing.", BETS_CLIENT],
  ["I'm betting the buyer signs by Friday.", BETS_CLIENT],
  ["He kept a poker face through the whole meeting.", BETS_CLIENT],
  ["We have two slots free on Thursday for the call.", BETS_CLIENT],
  ["The new licensing compliance rules for casino operators start in May.", BETS_WORK_CLIENT],
  ["Please order twelve wireless mice for the new starters.", LAB_CLIENT],
  ["The warehouse survey found mice near the loading bay.", LAB_CLIENT],
  ["The primates at the zoo were the highlight of our weekend.", LAB_CLIENT],
];
const kindsFlagged26: [string, typeof BETS_CLIENT, string][] = [
  ["Fancy a flutter on the big race this weekend?", BETS_CLIENT, "a flutter"],
  ["The sponsor talks are now with two bookmakers.", BETS_CLIENT, "bookmakers"],
  ["Their venue income leans on the pokies in the back bar.", BETS_CLIENT, "pokies"],
  ["A casino chain has asked about the naming rights.", BETS_CLIENT, "casino"],
  ["The regulator wants the minipig tox data before the next meeting.", LAB_CLIENT, "minipig tox"],
  ["Can we send the rat studies to the reviewer on Monday?", LAB_CLIENT, "rat studies"],
  ["The mice were dosed twice before the readout.", LAB_CLIENT, "mice"],
  // The same work, without the notes' permission.
  ["The new licensing compliance rules for casino operators start in May.", BETS_CLIENT, "casino"],
];
runRuleTests(avoidedTopic, {
  valid: kindsQuiet26.map(([body, profile]) => ({
    name: `round 26 not a kind of the topic: ${body}`,
    to: "p@acme.example",
    profiles: [profile],
    body,
  })),
  invalid: kindsFlagged26.map(([body, profile, text]) => ({
    name: `round 26 a kind of the topic: ${body}`,
    to: "p@acme.example",
    profiles: [profile],
    body,
    findings: [{ messageId: "topic", evidence: at("body", body, text) }],
  })),
});

// Round 28: a noun of a named happening right beside its name: the head of the topic's own
// wording, or a noun of its aftermath or outcome ("the <name> <noun>", "<name>'s <noun>").
const QUARRY = { matchKey: "p@acme.example", avoidTopics: ["the Brantmoor quarry collapse"] };
const TRUST_CUT = { matchKey: "p@acme.example", avoidTopics: ["the Harbour Trust funding cut"] };
const WATCHDOG = {
  matchKey: "p@acme.example",
  avoidTopics: ["the FCA motor finance investigation"],
};
const QUARRY_WORK = {
  ...QUARRY,
  notes:
    "Our insurance team acts on the Brantmoor claim; it is fine to discuss the collapse in that work.",
};
const besideQuiet28: [string, typeof QUARRY][] = [
  // The name as a place, the noun without the name, the noun as a verb or another thing's word.
  ["Hope the team at our Brantmoor depot enjoyed the barbecue.", QUARRY],
  ["Hope the clean-up after the office move went smoothly.", QUARRY],
  ["The Brantmoor clean-up crew has sent its invoice for your approval.", QUARRY],
  ["I see the Harbour Trust cut the ribbon on the new wing last week.", TRUST_CUT],
  ["I see the Harbour Trust cut funding for the choir.", TRUST_CUT],
  ["Our findings on the FCA rules are in the attached note.", WATCHDOG],
  // The client's own work, which the notes permit.
  ["We will send the insurer our schedule of the Brantmoor clean-up by Friday.", QUARRY_WORK],
];
const besideFlagged28: [string, typeof QUARRY, string][] = [
  ["Hope the Brantmoor clean-up has not eaten your whole summer.", QUARRY, "Brantmoor clean-up"],
  ["Hope the Harbour Trust cut hasn't hit the choir too hard.", TRUST_CUT, "Trust cut"],
  ["Are you ready for the FCA's final findings next month?", WATCHDOG, "FCA's final findings"],
  // The same work, without the notes' permission.
  [
    "We will send the insurer our schedule of the Brantmoor clean-up by Friday.",
    QUARRY,
    "Brantmoor clean-up",
  ],
];
runRuleTests(avoidedTopic, {
  valid: besideQuiet28.map(([body, profile]) => ({
    name: `round 28 no happening's noun beside its name: ${body}`,
    to: "p@acme.example",
    profiles: [profile],
    body,
  })),
  invalid: besideFlagged28.map(([body, profile, text]) => ({
    name: `round 28 a happening's noun beside its name: ${body}`,
    to: "p@acme.example",
    profiles: [profile],
    body,
    findings: [{ messageId: "topic", evidence: at("body", body, text) }],
  })),
});

// Round 29 (detect-29a; analysis-h27 H): a US code cited as a code is a numbered reference, as
// "section 12 of the Tax Code" is, and "a political subdivision" is the law's term for a county
// or a district. A code of conduct, a dress code or a discount code is no law, and politics
// outside the term still counts. Sentences invented here.
const POLITICS29 = { matchKey: "@granite29.example", avoidTopics: ["politics"] };
const ELECTION29 = { matchKey: "@granite29.example", avoidTopics: ["the election"] };
const codeQuiet29: [string, typeof POLITICS29][] = [
  ["Oregon Code 215.283 settles it, whatever happens at the election.", ELECTION29],
  [
    "Cal. Civ. Code § 1542 bars a release of unknown claims, whatever the election brings.",
    ELECTION29,
  ],
  [
    "Tex. Bus. & Com. Code sets no cap here, so the election timetable does not matter.",
    ELECTION29,
  ],
  ["A grant to a 26 U.S.C. 501(c)(3) body may not fund political campaigns.", POLITICS29],
  ["The emission limits in 40 C.F.R. Part 60 apply before and after the election.", ELECTION29],
  [
    "Lane County is a political subdivision of the State, so it may levy the impact fee.",
    POLITICS29,
  ],
];
const codeFlagged29: [string, typeof POLITICS29, string][] = [
  ["Our new dress code is relaxed; what a week in politics, though!", POLITICS29, "politics"],
  ["Use Discount Code SPRING at checkout. Did you follow the election?", ELECTION29, "election"],
  ["Lane County has become a political battleground since the spring.", POLITICS29, "political"],
];
runRuleTests(avoidedTopic, {
  valid: codeQuiet29.map(([body, profile]) => ({
    name: `round 29 a code cited or a term of art: ${body}`,
    to: "p@granite29.example",
    profiles: [profile],
    body,
  })),
  invalid: codeFlagged29.map(([body, profile, text]) => ({
    name: `round 29 no code, no term of art: ${body}`,
    to: "p@granite29.example",
    profiles: [profile],
    body,
    findings: [{ messageId: "topic", evidence: at("body", body, text) }],
  })),
});

// Round 29 (detect-29b): concepts from general knowledge (genetic modification, natural
// disasters, disease and pests in farmed animals and crops), by their kinds and instances, with
// their words' ordinary and legal senses. Sentences written for these rows.
const GM_CLIENT = { matchKey: "p@acme.example", avoidTopics: ["GMOs"] };
const QUAKE_CLIENT = { matchKey: "p@acme.example", avoidTopics: ["the avalanche"] };
const FLOOD_CLIENT = { matchKey: "p@acme.example", avoidTopics: ["the floods"] };
const LICE_CLIENT = { matchKey: "p@acme.example", avoidTopics: ["sea lice"] };
const FLU_CLIENT = { matchKey: "p@acme.example", avoidTopics: ["bird flu"] };
const DEBATE_CLIENT = {
  matchKey: "p@acme.example",
  avoidTopics: ["abortion", "guns", "nuclear power", "his addiction"],
};
const HACK_CLIENT = {
  matchKey: "p@acme.example",
  avoidTopics: ["the 2024 cyber attack on Norlake"],
};
const worldQuiet29: [string, typeof GM_CLIENT][] = [
  ["The Licensee shall not use the seed for genetic modification without consent.", GM_CLIENT],
  ["The trial uses genetically modified T cells from each patient.", GM_CLIENT],
  ["We had an avalanche of paperwork after the audit.", QUAKE_CLIENT],
  ["Please send the slide on the next page to Priya.", QUAKE_CLIENT],
  ["Expect a flood of emails once the notice goes out.", FLOOD_CLIENT],
  ["It was a storm in a teacup and it has blown over.", FLOOD_CLIENT],
  ["The flood risk search came back clear for the site.", FLOOD_CLIENT],
  ["They won by a landslide at the AGM.", FLOOD_CLIENT],
  ["Rumours spread like wildfire after the board meeting.", FLOOD_CLIENT],
  ["Force majeure covers fire, flood, earthquake and storm under clause 18.", FLOOD_CLIENT],
  ["Both kids came home from school with head lice this week!", LICE_CLIENT],
  ["The council served a blight notice on the owners last year.", LICE_CLIENT],
  ["Hope you are well after the outbreak of flu in the office.", FLU_CLIENT],
  ["The BSE listing closes on Thursday in Mumbai.", FLU_CLIENT],
  ["I hacked together a spreadsheet for the completion figures.", HACK_CLIENT],
  ["The ransomware exclusion in the cyber policy needs rewording.", HACK_CLIENT],
  ["We played Quake 3 at the office party, badly.", QUAKE_CLIENT],
  ["The bank rode out the storm better than its rivals.", FLOOD_CLIENT],
  ["The board email is not the smoking gun they think it is.", DEBATE_CLIENT],
  ["Let's not jump the gun before the valuation lands.", DEBATE_CLIENT],
  ["Winding up is the nuclear option, and we are not there yet.", DEBATE_CLIENT],
  ["The rehab of the listed mill starts in spring.", DEBATE_CLIENT],
  ["My addiction to strong coffee is well known in the office.", DEBATE_CLIENT],
];
const worldFlagged29: [string, typeof GM_CLIENT, string][] = [
  [
    "I read a piece on gene-edited crops over the weekend - fascinating stuff.",
    GM_CLIENT,
    "gene-edited",
  ],
  [
    "Hope the genetically modified wheat debate has calmed down for you.",
    GM_CLIENT,
    "genetically modified",
  ],
  ["Thinking of you all after the slide down the mountain last winter.", QUAKE_CLIENT, "slide"],
  ["How is everyone doing after the landslide?", QUAKE_CLIENT, "landslide"],
  ["I hope the clean-up after the flooding is nearly done.", FLOOD_CLIENT, "flooding"],
  ["Hope the storm didn't do too much damage at the farm.", FLOOD_CLIENT, "storm"],
  ["Saw the lice counts in the paper - hang in there.", LICE_CLIENT, "lice"],
  ["Hope the outbreak at the Oban pens is under control now.", LICE_CLIENT, "outbreak"],
  ["Sorry to hear the avian flu reached your flocks.", FLU_CLIENT, "avian flu"],
  ["Hope things are calmer now after the ransomware business.", HACK_CLIENT, "ransomware"],
  ["It must have been a shock when your systems were hacked.", HACK_CLIENT, "hacked"],
  ["Did you see the pro-choice march on the news last night?", DEBATE_CLIENT, "pro-choice"],
  ["Hope the new gun laws don't spoil your season.", DEBATE_CLIENT, "gun laws"],
  ["Saw Sellafield in the papers again - what a saga.", DEBATE_CLIENT, "Sellafield"],
  ["Glad to hear he is out of rehab and doing well.", DEBATE_CLIENT, "rehab"],
];
runRuleTests(avoidedTopic, {
  valid: worldQuiet29.map(([body, profile]) => ({
    name: `round 29 another sense of a world word: ${body}`,
    to: "p@acme.example",
    profiles: [profile],
    body,
  })),
  invalid: worldFlagged29.map(([body, profile, text]) => ({
    name: `round 29 a world word of the topic: ${body}`,
    to: "p@acme.example",
    profiles: [profile],
    body,
    findings: [{ messageId: "topic", evidence: at("body", body, text) }],
  })),
});

// Round 30 (detect-30a): industrial action by its verb frame, "walk off" or "walk out" with a
// workforce as its subject or a place of work as its object. Leaving a room, a pitch, a deal or
// a ship as a passenger is not it. Sentences written for these rows.
const STRIKE30 = { matchKey: "p@harbour30.example", avoidTopics: ["strikes"] };
const walkQuiet30: string[] = [
  "Hope the passengers walking off the ferry found their cars quickly.",
  "Both captains walked off the pitch before the final whistle.",
  "I doubt the buyer will walk out on the deal at this stage.",
  "Half the delegates walked out of the meeting when the vote was called.",
  "The winning crew walked off with the regatta trophy again.",
  "There are lovely local walks out along the estuary.",
  "Sinead walked off the stage to a standing ovation.",
  "What a walk-off home run in the ninth last night!",
];
const walkFlagged30: [string, string][] = [
  [
    "Let's hope the engine-room crews aren't walking off the vessels again this winter.",
    "walking off",
  ],
  ["I gather the nurses walked off the wards at midday.", "walked off"],
  ["Hope nobody walks off the shop floor before the order ships.", "walks off"],
  ["Fingers crossed the local walks out some other year.", "walks out"],
  ["Word is the porters have threatened to walk out next week.", "walk out"],
  // The noun, written with its hyphen, needs no workforce.
  ["Good to see the quay busy again after the walk-offs last spring.", "walk-offs"],
];
runRuleTests(avoidedTopic, {
  valid: walkQuiet30.map((body) => ({
    name: `round 30 a walk that is no industrial action: ${body}`,
    to: "p@harbour30.example",
    profiles: [STRIKE30],
    body,
  })),
  invalid: walkFlagged30.map(([body, text]) => ({
    name: `round 30 a workforce walking off or out: ${body}`,
    to: "p@harbour30.example",
    profiles: [STRIKE30],
    body,
    findings: [{ messageId: "topic", evidence: at("body", body, text) }],
  })),
});

// Round 32 (detect-32a, analysis-h30 H1): a receivership is an insolvency, read with the
// bankruptcy concept's words and senses. Sentences written for these rows.
const RECEIVERSHIP32 = { matchKey: "p@foundry32.example", avoidTopics: ["the receivership"] };
runRuleTests(avoidedTopic, {
  valid: [
    {
      name: "round 32 a bankruptcy search is the work, not the receivership",
      to: "p@foundry32.example",
      profiles: [RECEIVERSHIP32],
      body: "The bankruptcy search against the buyer came back clear under section 3.",
    },
  ],
  invalid: [
    {
      name: "round 32 the receivership by the concept's own words",
      to: "p@foundry32.example",
      profiles: [RECEIVERSHIP32],
      body: "Awful that the family nearly went bust back then - glad it is all behind you.",
      findings: [
        {
          messageId: "topic",
          evidence: at(
            "body",
            "Awful that the family nearly went bust back then - glad it is all behind you.",
            "went bust",
          ),
        },
      ],
    },
  ],
});

// Round 32 (lead; analysis-h31 G1): a notes' name counts in a remark; the openings that say "this
// is not the advice" and a rueful verdict on the reader's weekend are remarks. Invented here.
describe("round 32 asides that make a notes' name a remark", () => {
  const FAN = {
    matchKey: "ewan@kilns32.example",
    avoidTopics: ["football"],
    notes: "Rovers obsessive since the relegation - steer well clear of football.",
  };
  const topics = (body: string) =>
    runCheck(avoidedTopic, { to: "ewan@kilns32.example", profiles: [FAN], body }).map(
      (f) => f.messageId,
    );
  it.each([
    "Grim result for the Rovers on Saturday - no idea how you keep going back.",
    "Between us, the Rovers look done for this year.",
    "Honestly, I don't know how you sit through the Rovers every week.",
    "As an aside, the Rovers must be testing your patience.",
  ])("flags %j", (sentence) => {
    expect(topics(`Hi Ewan,\n\nThe kiln lease is agreed.\n\n${sentence}\n\nBest,\nMaya`)).toEqual([
      "topic",
    ]);
  });
  it.each([
    // The name in the work: the Rovers' stadium lease is the matter.
    "Separately, the Rovers' ground lease needs your signature by Friday.",
    // Advice in the first person, not an aside.
    "I suspect the Rovers will object to the boundary plan.",
  ])("stays quiet on %j", (sentence) => {
    expect(topics(`Hi Ewan,\n\nThe kiln lease is agreed.\n\n${sentence}\n\nBest,\nMaya`)).toEqual(
      [],
    );
  });
});

// Round 33 (detect-33a): a topic named by the world's words for it, keyed by its head concept
// (artificial intelligence, league tables, a club's league position, a stomach illness, national
// sides by nickname). Sentences written for these rows; each positive has a negative beside it
// with the same words in another sense.
describe("round 33 the world's words for a topic's head concept", () => {
  const topics = (topic: string, sentence: string) =>
    runCheck(avoidedTopic, {
      to: "p@harbour33.example",
      profiles: [{ matchKey: "p@harbour33.example", avoidTopics: [topic] }],
      body: `Hi Sam,\n\nThe lease is agreed.\n\n${sentence}\n\nBest,\nJo`,
    }).map((f) => f.evidence?.text);
  it.each([
    ["generative AI", "Have you tried ChatGPT for the product descriptions?", "ChatGPT"],
    ["generative AI", "You could mock the logos up with one of those AI image tools.", "AI"],
    [
      "AI",
      "We should chat about large language models reading the back catalogue.",
      "large language models",
    ],
    [
      "league tables",
      "Congratulations on climbing the QS World University Rankings this year.",
      "QS World University Rankings",
    ],
    [
      "league tables",
      "I know the Complete University Guide made for a hard week.",
      "Complete University Guide",
    ],
    [
      "relegation",
      "Shame about Saturday - that puts the club in the drop zone again.",
      "drop zone",
    ],
    ["relegation", "Here's hoping you finish well clear of the bottom three!", "bottom three"],
    [
      "relegation",
      "Gutted the club went and got relegated to League Two on Saturday.",
      "relegated",
    ],
    ["norovirus", "Sorry to hear about the sickness bug going round the fleet.", "sickness bug"],
    ["rugby", "Unlucky for the Wallabies on Saturday - what a finish.", "Wallabies"],
    ["sport", "Hope the Lionesses do it again this summer!", "Lionesses"],
  ])("%s: flags %j", (topic, sentence, text) => {
    expect(topics(topic, sentence)).toEqual([text]);
  });
  it.each([
    // The law about it, and two letters inside a name.
    ["generative AI", "The AI Act obligations start in August."],
    ["generative AI", "Tell Kai the draft is attached."],
    // A law firm's directory and a search engine rank too.
    ["league tables", "The Legal 500 rankings put our team in tier one."],
    ["league tables", "Google rankings for the new site should improve once it is live."],
    // Another ranking's foot.
    ["relegation", "The bottom two of the shortlist have withdrawn."],
    ["relegation", "Every other item on the agenda was relegated to some later meeting."],
    ["relegation", "The bottom three suppliers by score will be released in March."],
    // The illness's own claims in the advice.
    [
      "norovirus",
      "The food poisoning claims under the Package Travel Regulations are time-barred after three years under section 11.",
    ],
    // A nickname's letters as a thing, without its capital.
    ["rugby", "The uniform order is for two hundred black caps and matching scarves."],
    // Words of games and drinks in a deal's senses.
    ["sport", "The match of the clause to the schedule is exact, and the team on the deal agrees."],
    ["AI", "Over a cup of tea the team on the deal agreed the fee."],
  ])("%s: stays quiet on %j", (topic, sentence) => {
    expect(topics(topic, sentence)).toEqual([]);
  });
});

// Round 33 (detect-33a, analysis-h31 G2): a happening with a concept alluded to by an allusion
// noun pointed at beside its name ("that business near X"), as a topic without a concept already
// was. Sentences written for these rows.
describe("round 33 a pointed allusion beside the name of a happening with a concept", () => {
  const topics = (topic: string, sentence: string) =>
    runCheck(avoidedTopic, {
      to: "p@quarry33.example",
      profiles: [{ matchKey: "p@quarry33.example", avoidTopics: [topic] }],
      body: `Hi Sam,\n\nThe lease is agreed.\n\n${sentence}\n\nBest,\nJo`,
    }).map((f) => f.evidence?.text);
  it.each([
    [
      "the Tarnbeck crash",
      "Nobody wants to go back over that business near Tarnbeck.",
      "business near Tarnbeck",
    ],
    ["the Tarnbeck crash", "Sorry to drag up the whole Tarnbeck saga again.", "Tarnbeck saga"],
    ["the Ollery spill", "This whole Ollery affair has been hard on the crew.", "Ollery affair"],
  ])("%s: flags %j", (topic, sentence, text) => {
    expect(topics(topic, sentence)).toEqual([text]);
  });
  it.each([
    // The name before a noun of the work, and "the matter" of a file.
    ["the Tarnbeck crash", "The Tarnbeck business rates appeal is listed for March."],
    ["the Tarnbeck crash", "The matter at Tarnbeck is the survey contract, due Friday."],
    ["the Tarnbeck crash", "That Tarnbeck business unit signs the renewal next week."],
  ])("%s: stays quiet on %j", (topic, sentence) => {
    expect(topics(topic, sentence)).toEqual([]);
  });
});

// Round 34 (detect-34b): subject areas with no concept until now, each heard by its ordinary
// synonyms and kinds, and a plural head whose singular names a concept. Sentences written for
// these rows.
describe("round 34 a topic's head heard by its ordinary synonyms and kinds", () => {
  const heard = (topic: string, body: string, notes?: string) =>
    runCheck(avoidedTopic, {
      to: "p@harbour34.example",
      profiles: [
        { matchKey: "p@harbour34.example", avoidTopics: [topic], ...(notes ? { notes } : {}) },
      ],
      body,
    }).map((f) => f.evidence?.text);
  const aside = (sentence: string) => `Hi Sam,\n\nThe lease is agreed.\n\n${sentence}\n\nBest,\nJo`;
  it.each([
    ["astrology", "Did the horoscopes warn you about this week?", "horoscopes"],
    ["astrology", "Typical Scorpio move - I looked up his star sign.", "star sign"],
    ["the Canadian tariffs", "Glad Ottawa finally lifted the duties on steel imports.", "duties"],
    ["tariffs", "Grim news on the trade war for the exporters, I'm afraid.", "trade war"],
    ["fish farming", "Saw the trout farms up the glen are growing again.", "trout farms"],
    ["euthanasia", "So sorry your old cat had to be put to sleep last week.", "put to sleep"],
    ["euthanasia", "Did you catch the assisted dying debate last night?", "assisted dying"],
    ["vaccines", "Have the children had their booster jabs yet?", "booster jabs"],
    ["fracking", "Quite a row over the shale gas wells near the village.", "shale gas"],
    ["privatisation", "Any news on the sell-off of the water company?", "sell-off"],
    ["smoking", "Have you managed to stay off the cigarettes since Christmas?", "cigarettes"],
    [
      "executive bonuses",
      "Quite the headlines about the golden parachute for your old CEO!",
      "golden parachute",
    ],
    // A plural head whose singular names a concept: a union's disputes are strikes.
    ["trade union disputes", "I hope the walkout at the depot ends soon.", "walkout"],
  ])("%s: flags %j", (topic, sentence, text) => {
    expect(heard(topic, aside(sentence))).toEqual([text]);
  });
  it.each([
    // The word in another sense: a person's duties, a meter's tariff, a customs heading, a
    // deposit put down, a market's sell-off.
    ["the Canadian tariffs", aside("The trustees' duties under the deed are set out in clause 4.")],
    ["tariffs", aside("The night tariff on the meter is cheaper for the tenant.")],
    ["tariffs", aside("The tariff heading for the bells is 8306 and the duty is nil.")],
    ["euthanasia", aside("Please put down the hearing date in your diary.")],
    ["privatisation", aside("The tech sell-off on Monday hit the fund's valuation.")],
    ["trade union disputes", aside("The boundary dispute with the neighbour is settled.")],
    ["smoking", aside("The lease has a no-smoking clause in schedule 3.")],
    ["smoking", aside("The smoking gun is the email of 4 May.")],
    ["executive bonuses", aside("The bonus for the sales team is paid in March.")],
    // The client's own words in the quoted history are never the draft's.
    [
      "astrology",
      "Hi Sam,\n\nThe lease is agreed.\n\nBest,\nJo\n\nOn 3 March 2026, Sam wrote:\n> My horoscope says this deal closes on Friday.",
    ],
  ])("%s: stays quiet on %j", (topic, body) => {
    expect(heard(topic, body)).toEqual([]);
  });
  it("stays quiet where the notes make the topic the matter's work", () => {
    expect(
      heard(
        "the China tariffs",
        "Hi Sam,\n\nThe duties on wine imports fall to zero from March under the new schedule, so the distribution agreement should price in the saving.\n\nBest,\nJo",
        "Tariff advice on their exports is our work and fine; never raise the tariffs socially.",
      ),
    ).toEqual([]);
  });
});

// Round 37 (speed): a recipient's topic roles are kept for the next evaluation with the same
// topics, and made anew when topic-senses.ts has let go of the specs they were made from.
describe("round 37 topic roles kept between evaluations", () => {
  const FAN = {
    matchKey: "ewan@kilns37.example",
    avoidTopics: ["football", "golf"],
    notes: "Rovers obsessive since the relegation - steer well clear of football.",
  };
  const body =
    "Hi Ewan,\n\nThe kiln lease is agreed. Grim result for the Rovers on Saturday - no idea how you " +
    "keep going back. Did you get your round of golf in?\n\nBest,\nMaya";
  const found = (avoidTopics: string[]) =>
    runCheck(avoidedTopic, {
      to: "ewan@kilns37.example",
      profiles: [{ ...FAN, avoidTopics }],
      body,
    }).map((f) => [f.messageId, f.evidence?.text]);

  it("finds the same again, for the same topics, and their own for others", () => {
    const first = found(["football", "golf"]);
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(found(["football", "golf"])).toEqual(first);
    // Another list is another key: golf's roles are not football's.
    const golfOnly = found(["golf"]);
    expect(golfOnly.length).toBeGreaterThan(0);
    expect(golfOnly.length).toBeLessThan(first.length);
    expect(found(["football", "golf"])).toEqual(first);
  });

  it("finds the same after topic-senses.ts has made its specs anew", () => {
    const first = found(["football", "golf"]);
    // More than its cache holds: every spec, "football"'s too, is made again after this.
    for (let i = 0; i < 600; i++) topicSpec(`kiln number ${i}`);
    expect(topicSpec("football")).toBe(topicSpec("football"));
    expect(found(["football", "golf"])).toEqual(first);
  });
});
