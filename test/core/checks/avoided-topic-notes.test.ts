import * as avoidedTopic from "../../../src/core/checks/avoided-topic";
import { notesHappeningPlaces, notesTerms } from "../../../src/core/checks/topic-notes";
import { readNotes, topicAbbreviations } from "../../../src/core/checks/topic-clauses";

// The work the notes permit, as the round-24 reading of their clauses gives it.
const permittedWorkWide = (notes: string, topics: readonly string[], client?: string) =>
  readNotes(notes, topics, client).work;
import { profileForChecks, senseOfTopic } from "../../../src/core/profile-annotations";
import type { ClientProfile } from "../../../src/core/profile";
import { runCheck, runRuleTests, topicRows } from "./rule-tester";

// Round 12: a topic through the instances the profile's own notes name (topic-notes.ts), counted
// only in a remark aimed at the reader or as the happening itself, never in the work. Profiles
// and drafts invented here.
const PROFILES = [
  {
    matchKey: "@plant.example",
    avoidTopics: ["the plant closure"],
    notes:
      "The 2025 closure of the Holbeck plant is raw; don't raise it. The new plant at Garforth is routine work.",
  },
  {
    matchKey: "@outage.example",
    avoidTopics: ["the outage"],
    notes: "The 12 March 2026 network outage is under investigation by the regulator.",
  },
  {
    matchKey: "@tables.example",
    avoidTopics: ["league tables"],
    notes: "League tables/rankings are a sore point with the partners.",
  },
  {
    matchKey: "@fleet.example",
    avoidTopics: ["the stranded fleet"],
    notes: "Keen sailor. Aircraft left in Moldova since the spring. Please don't raise it.",
  },
  {
    matchKey: "@self.example",
    avoidTopics: ["the Tarrow dispute"],
    notes: "He will raise the dispute at Kelso himself; other senses of dispute are fine.",
  },
];
const { found, quiet } = topicRows(PROFILES, (domain) => `client${domain}`);

runRuleTests(avoidedTopic, {
  valid: [
    // The notes' name in the work: a lease, the site's documents, a legal sentence.
    quiet("@plant.example", "Please find attached the Holbeck lease surrender for signature."),
    quiet(
      "@plant.example",
      "The Holbeck site transfer agreement is in clause 4 of the draft and needs the lender's consent.",
    ),
    // A name the notes say is routine work.
    quiet("@plant.example", "Hope the Garforth team had a lovely summer party!"),
    // A plain mention of the place that is neither small talk nor the happening.
    quiet("@plant.example", "The courier will collect the boxes in Holbeck on Tuesday."),
    quiet("@plant.example", "We opened the office in Holbeck in 2019 after the move."),
    // A date in small talk that is no happening's.
    quiet("@outage.example", "Hope you have a restful break; we are back on 12 March."),
    quiet("@outage.example", "Please file the response by 12 March."),
    // Rankings as the work.
    quiet(
      "@tables.example",
      "The rankings submission and the referee list are due under the directory's guidance.",
    ),
    // The notes' instance for another client.
    quiet("@outage.example", "Shame about what happened at Holbeck."),
    // "He will raise it himself": no terms.
    quiet("@self.example", "Hope the trip to Kelso was fun!"),
    // The aircraft as the work.
    quiet("@fleet.example", "The aircraft lease schedule is attached."),
  ],
  invalid: [
    found(
      "@plant.example",
      "the plant closure",
      "Shame about what happened at Holbeck.",
      "Holbeck",
    ),
    found(
      "@plant.example",
      "the plant closure",
      "It has been a quieter year since Holbeck shut.",
      "Holbeck",
    ),
    found(
      "@plant.example",
      "the plant closure",
      "We never did talk about what happened at Holbeck in 2025.",
      "Holbeck",
    ),
    found(
      "@outage.example",
      "the outage",
      "Hope things are calmer after the network going down on 12 March.",
      "12 March",
    ),
    found(
      "@outage.example",
      "the outage",
      "Sorry to hear about the chaos since March 12, it sounded awful.",
      "March 12",
    ),
    found(
      "@tables.example",
      "league tables",
      "I see the firm slipped in the rankings this year, what a shame.",
      "rankings",
    ),
    found(
      "@fleet.example",
      "the stranded fleet",
      "Any news on the aircraft in Moldova?",
      "aircraft",
    ),
    found(
      "@fleet.example",
      "the stranded fleet",
      "By the way, I read that Moldova has reopened its airspace.",
      "Moldova",
    ),
  ],
});

describe("notesTerms", () => {
  const terms = (topics: string[], notes: string) =>
    notesTerms(topics, notes).map((list) => list.map((t) => t.term));
  test.each<[string[], string, string[][]]>([
    // Names, dates, alternatives after "/" and "or", a leading noun phrase.
    // (Round 32: the year before the topic's own word is a term, counted only beside how it went.)
    [["the plant closure"], "The 2025 closure of the Wrexham plant is raw.", [["Wrexham", "2025"]]],
    [["the outage"], "The 4 May 2026 network outage is raw.", [["4 May", "May 4"]]],
    [["league tables"], "League tables/rankings are a sore point.", [["rankings"]]],
    [["the outage"], "The outage or the network failure is raw.", [["network failure"]]],
    [
      ["the stranded fleet"],
      "Aircraft left in Ukraine. Don't raise it.",
      [["Ukraine", "aircraft"]],
    ],
    // Clauses that say what is not the topic give nothing; nor a remark about it.
    [["the plant closure"], "The new plant in Leeds is routine work.", [[]]],
    [["the Tarrow dispute"], "He will raise the Tarrow dispute himself.", [[]]],
    [["the stranded fleet"], "Very sore, never mention it.", [[]]],
    // Several topics: a sentence speaks of the one whose word it has.
    [
      ["the plant closure", "golf"],
      "The closure at Wrexham is raw. Keen golfer, plays at Royal Lytham.",
      [["Wrexham"], ["Royal Lytham"]],
    ],
    // Another topic's sentence, sensitive or not, gives nothing to a topic not in it.
    [["the plant closure", "golf"], "Her divorce in Dorset is painful.", [[], []]],
    [["the plant closure"], "Prefers calls after 3pm; lives in Harrogate.", [[]]],
    // A person acting is the client or a colleague; so is a name after a title.
    [["football"], "Marcus finds football small talk tiresome.", [[]]],
    [["rugby"], "Mr Pendle's son was injured playing rugby.", [[]]],
    [["the Wrexham strike"], "The strike at Wrexham is handled where Priya instructs us.", [[]]],
    // The topic's own name with its other words, months, abbreviations: no instance.
    [["the Kilcarra spill"], "The Kilcarra Bay spill is raw.", [[]]],
    [["the strike"], "The strike at the Wichita plant (Aug-Oct 2026) is raw.", [["Wichita"]]],
    [["the Meridian lawsuit"], "The lawsuit (D. Del.) is raw.", [[]]],
    // Another topic's word is that topic's, not an instance of this one.
    [["football", "sport"], "Football or sport of any kind is a sore point.", [[], []]],
    // An office is a person named in everyday work, not an instance of the topic.
    [["league tables"], "The Principal is sensitive after the 2026 drop in the tables.", [[]]],
    [["league tables"], "The Principal is sensitive after the drop.", [[]]],
    [
      ["the strike"],
      "The strike at Wichita upset the Board and the Vice-Chancellor; it is raw.",
      [["Wichita"]],
    ],
    // An alternative that is a verb phrase stops at its verb.
    [["his retirement"], "Does not want retirement or handing over raised.", [["handing over"]]],
    // Round 29: the topic's own words joined by a hyphen open a sentence, no name; a compound
    // with another word is one ("Sea-Tech").
    [["sea lice"], "Sea-lice counts are a sore subject this year.", [[]]],
    [["sea lice"], "The lice came from the Sea-Tech pens next door; it is raw.", [["Sea-Tech"]]],
  ])("%j with %j", (topics, notes, expected) => {
    expect(terms(topics, notes)).toEqual(expected);
  });

  test("notes are bounded: a huge note is read only in part (what lies past the bound is not read)", () => {
    const notes = "The closure at Wrexham is raw. ".repeat(5000) + "The closure at Zennor.";
    expect(terms(["the plant closure"], notes)).toEqual([["Wrexham"]]);
  });
});

// Round 16: a topic whose note DEFINES its head ("ratings (viewing figures)") is the head in that
// sense only: a word before the head chooses a sense ("age ratings"), the topic's when it is the
// definition's; a bare head counts beside a word of the definition or in a remark aimed at the
// reader. A note that lists instances ("gambling (betting, casinos, odds)") chooses no sense, and
// a head with a concept keeps its own sense tests ("it strikes me"). Notes' "X itself is fine to
// discuss" clauses permit the work X. Profiles and drafts invented here.
describe("avoided-topic round 16: the note as a sense selector", () => {
  const profile = (topic: string, notes?: string) => ({
    matchKey: "@sense16.example",
    clientName: "Sense Sixteen",
    avoidTopics: [topic],
    ...(notes ? { notes } : {}),
  });
  const run = (topic: string, body: string, notes?: string) =>
    runCheck(avoidedTopic, {
      to: "c@sense16.example",
      profiles: [profile(topic, notes)],
      body,
    }).map((f) => f.evidence?.text);
  const GAMES = "ratings (age ratings of our games)";
  const VIEWING = "ratings (viewing figures)";
  const STRIKES = "strikes (industrial action)";
  const FOOTBALL = "football (matches, results, clubs)";
  const PERMIT = "The stadium construction contract itself is fine to discuss.";

  it.each([
    [GAMES, "The age ratings for the new title came back this week.", "ratings", ""],
    [GAMES, "The ratings for the new game came back this week.", "ratings", ""],
    [GAMES, "Did you see the ratings? Rough week for everyone.", "ratings", ""],
    [VIEWING, "Viewing ratings for the launch were well down on last year.", "ratings", ""],
    [VIEWING, "By the way, the ratings looked grim, I thought.", "ratings", ""],
    [VIEWING, "Sorry about the dismal ratings, what a week you've had.", "ratings", ""],
    [STRIKES, "Sorry to hear about the strikes at the port, hope it ends soon.", "strikes", ""],
    // A list of instances chooses no sense: the bare head counts as before.
    [
      "gambling (betting, casinos, odds)",
      "The sweepstakes terms say nothing about gambling losses.",
      "gambling",
      "",
    ],
    // The permitted work is the sentence's head noun; small talk beside it is still the topic.
    [FOOTBALL, "Did you see the football at the weekend?", "football", PERMIT],
  ])("%s: %j", (topic, body, text, notes) => {
    expect(run(topic, body, notes || undefined)).toEqual([text]);
  });

  it.each([
    // A modifier choosing another sense.
    [GAMES, "The viewing ratings for the show were poor.", ""],
    [VIEWING, "The BBFC age ratings are attached to the distribution agreement.", ""],
    [VIEWING, "Their credit ratings are set out in schedule 2.", ""],
    // The bare head in the work, with no word of the definition.
    [GAMES, "The ratings are attached to the licence.", ""],
    [VIEWING, "Please confirm the ratings in the supplier scorecard by Friday.", ""],
    // A head with its own concept keeps its sense tests.
    [STRIKES, "It strikes me that the lease terms are fair.", ""],
    // The work the notes permit.
    [FOOTBALL, "The football club's construction contract is attached for signature.", PERMIT],
  ])("stays quiet for %s: %j", (topic, body, notes) => {
    expect(run(topic, body, notes || undefined)).toEqual([]);
  });

  it("reads a note that defines its head, not one that lists instances or remarks", () => {
    const read = (entry: string) => {
      const checked = profileForChecks({
        ...profile(entry),
        competitors: [],
        bannedBillingPhrases: [],
      } as unknown as ClientProfile);
      return senseOfTopic(checked, checked.avoidTopics[0]!);
    };
    expect(read(GAMES)).toEqual(["age", "ratings", "our", "games"]);
    expect(read(VIEWING)).toEqual(["viewing", "figures"]);
    expect(read("ratings - viewing figures")).toEqual(["viewing", "figures"]);
    expect(read("gambling (betting, casinos, odds)")).toBeUndefined();
    expect(read("sport, e.g. football")).toBeUndefined();
    expect(read("sport such as football")).toBeUndefined();
    expect(read("ratings (sensitive)")).toBeUndefined();
    expect(read("ratings (client's request)")).toBeUndefined();
    expect(read("ratings - per the CEO")).toBeUndefined();
    expect(read("ratings (policy 4.2)")).toBeUndefined();
    expect(read("ratings")).toBeUndefined();
  });

  it("reads the work a note permits with 'itself'", () => {
    expect(permittedWorkWide(PERMIT, ["football"])).toContain("contract");
    expect(
      permittedWorkWide("The merger themselves are routine. Avoid the strike.", ["football"]),
    ).toEqual(["merg"]);
    expect(permittedWorkWide("Football is a sore point.", ["football"])).toEqual([]);
  });
});

// Round 17 (h16 diagnosis, rec. 3): most profiles define a topic in the notes, not the entry
// ("'Independence' = Scottish independence", "ratings means our age ratings"). The notes'
// definition selects the sense exactly as "X (gloss)" in the entry does; notes that only mention
// the word, give a rule about it or state a consequence ("the merger means more work") select
// nothing. Profiles and drafts invented here.
describe("avoided-topic round 17: a definition in the notes selects the sense", () => {
  const run = (topic: string, notes: string, body: string) =>
    runCheck(avoidedTopic, {
      to: "c@sense17.example",
      profiles: [
        { matchKey: "@sense17.example", clientName: "Sense 17", avoidTopics: [topic], notes },
      ],
      body,
    }).map((f) => f.evidence?.text);
  const read = (topic: string, notes: string) => {
    const checked = profileForChecks({
      matchKey: "@sense17.example",
      avoidTopics: [topic],
      competitors: [],
      bannedBillingPhrases: [],
      notes,
    } as unknown as ClientProfile);
    return senseOfTopic(checked, checked.avoidTopics[0]!);
  };
  const INDEPENDENCE = "'Independence' = Scottish independence / constitutional politics.";
  const SUCCESSION = "Keen golfer. Succession = who takes over from his father; avoid.";
  const RATINGS = "Ratings means our age ratings, not viewing figures.";
  const EXPERT = "We need to be satisfied about the independence of the expert before Friday.";
  const QUICK = "The two notices were served in quick succession last week.";
  const TRUST_PLAN = "The succession planning for the family trust is on Friday's agenda.";
  const VIEWING = "The viewing ratings for the show were poor this quarter.";

  it.each([
    ["independence", INDEPENDENCE, "How are you feeling about independence after the vote?"],
    [
      "independence",
      INDEPENDENCE,
      "Are you still following the constitutional independence debate?",
    ],
    ["succession", SUCCESSION, "Has your father said any more about the succession?"],
    ["ratings", RATINGS, "Sorry about the age ratings, what a week you've had."],
    // Notes that only mention the word select nothing: the bare head counts as before.
    ["independence", "Independence is a sore subject with her.", EXPERT],
    // (Round 25: "in quick succession" is never the topic, whatever the notes say.)
    ["succession", "Succession is raw since the funeral; don't raise it.", TRUST_PLAN],
    ["ratings", "The ratings are a sore point.", VIEWING],
  ])("%s (%j): finds %j", (topic, notes, body) => {
    expect(run(topic, notes, body)).toEqual([topic]);
  });

  it.each([
    ["independence", INDEPENDENCE, EXPERT],
    ["succession", SUCCESSION, QUICK],
    ["ratings", RATINGS, VIEWING],
    ["independence", "By 'independence' we mean the referendum.", EXPERT],
  ])("%s (%j): quiet for %j", (topic, notes, body) => {
    expect(run(topic, notes, body)).toEqual([]);
  });

  it.each<[string, string, string[] | undefined]>([
    ["strikes", "strikes = industrial action", ["industrial", "action"]],
    [
      "Strikes",
      "Keen sailor.\nStrikes = industrial action by port workers",
      ["industrial", "action", "port", "workers"],
    ],
    ["ratings", RATINGS, ["our", "age", "ratings"]],
    ["merger", "By 'the merger' we mean the Halden deal.", ["the", "halden", "deal"]],
    ["merger", "by the merger they mean the Halden deal", ["the", "halden", "deal"]],
    ["independence", INDEPENDENCE, ["scottish", "independence", "constitutional", "politics"]],
    ["succession", SUCCESSION, ["who", "takes", "over", "from", "his", "father"]],
    // Mentions, rules, lists, consequences and other topics define nothing.
    ["strikes", "Strikes are a sore point with the board.", undefined],
    ["strikes", "strikes = never mention", undefined],
    ["strikes", "strikes = sensitive", undefined],
    ["strikes", "strikes = client's request", undefined],
    ["gambling", "gambling = betting, casinos, odds", undefined],
    ["merger", "The merger means more work for everyone.", undefined],
    ["merger", "Talk of strikes means trouble", undefined],
    ["strikes", "Ratings means our age ratings.", undefined],
    ["strikes", "", undefined],
  ])("reads %s from %j", (topic, notes, words) => {
    expect(read(topic, notes)).toEqual(words);
  });

  it("keeps the entry's own note first", () => {
    expect(read("ratings (viewing figures)", "ratings means our age ratings")).toEqual([
      "viewing",
      "figures",
    ]);
  });
});

// Round 19 (h17 rec. 2, the part within the bundle budget): a notes name of two capitalised
// words counts by its first word too (a person's first name, a company's short name); a name is
// dropped as the client's only by its first word, so an ex-spouse who shares the client's surname
// counts; "now that …", "things with …", "… behind you" are remarks. Still never in the work.
describe("notesTerms round 19: first names", () => {
  const terms = (topics: string[], notes: string) =>
    notesTerms(topics, notes).map((list) => list.map((t) => t.term));
  test.each<[string[], string, string[][]]>([
    [
      ["her divorce"],
      "Her divorce from Karim Haddad was finalised in 2025.",
      [["Karim Haddad", "Karim"]],
    ],
    [["the merger"], "The merger with Vantor Systems is raw.", [["Vantor Systems", "Vantor"]]],
    // A first word that is an ordinary word, or the topic's own name, gives nothing alone.
    [["the strike"], "The strike at North Kensington is raw.", [["North Kensington"]]],
    [["the Kilcarra spill"], "The Kilcarra Bay spill is raw.", [[]]],
  ])("%j with %j", (topics, notes, expected) => {
    expect(terms(topics, notes)).toEqual(expected);
  });
});

const PROFILES_19 = [
  {
    matchKey: "@haddad19.example",
    clientName: "Lindqvist-Haddad Holdings",
    avoidTopics: ["her divorce"],
    notes: "Her divorce from Karim Haddad was finalised in 2025.",
  },
];
runRuleTests(avoidedTopic, {
  valid: [
    {
      ...quiet(
        "@haddad19.example",
        "Karim Haddad's solicitors have sent the consent order for signature.",
      ),
      profiles: PROFILES_19,
    },
    {
      ...quiet("@haddad19.example", "Hope Ms Lindqvist-Haddad had a lovely summer!"),
      profiles: PROFILES_19,
    },
  ],
  invalid: [
    {
      ...found(
        "@haddad19.example",
        "her divorce",
        "Glad things with Karim are behind you.",
        "Karim",
      ),
      profiles: PROFILES_19,
    },
    {
      ...found(
        "@haddad19.example",
        "her divorce",
        "Now that Karim Haddad has moved to Dubai, lunch soon?",
        "Karim Haddad",
      ),
      profiles: PROFILES_19,
    },
    {
      ...found(
        "@haddad19.example",
        "her divorce",
        "Hope Karim Haddad enjoyed the gala!",
        "Karim Haddad",
      ),
      profiles: PROFILES_19,
    },
  ],
});

// Round 20 (h19 diagnosis, P2): the notes permit work in the firm's own words ("… is our work and
// fine", "… is unrelated", "… are matters we run and must discuss it"), and a draft says what it
// is in its subject line. Profiles and drafts invented here.
describe("avoided-topic round 20: the notes' permitted work in any wording", () => {
  const FIRE =
    "The insurance claim and the HSE prosecution are matters we run and must discuss it.";
  const TRUST = "Matrimonial-protection drafting in the trust deeds is our work and fine.";
  const REMEDY =
    "Restitution as a legal remedy (unjust enrichment, return of a deposit) is unrelated.";
  const run = (topic: string, notes: string, body: string, subject = "Update") =>
    runCheck(avoidedTopic, {
      to: "c@permit20.example",
      subject,
      profiles: [
        { matchKey: "@permit20.example", clientName: "Permit Twenty", avoidTopics: [topic], notes },
      ],
      body,
    }).map((f) => f.evidence?.text);

  it.each([
    [FIRE, ["insur", "claim", "hse", "prosecut"]],
    [TRUST, ["matrimonial", "protect", "trust", "deed"]],
    [REMEDY, ["remedy", "unjust", "enrich", "return", "deposit"]],
    ["The stadium contract is our bread and butter and is fine.", ["stadium", "contract"]],
    ["Planning and regulatory process is not 'politics'.", ["plan", "regulatory", "process"]],
  ])("%s permits %j", (notes, stems) => {
    const read = permittedWorkWide(notes, ["the fire", "divorce", "restitution"], "Permit Twenty");
    expect(read.length).toBe(stems.length);
    stems.forEach((s, i) => expect(read[i]!.startsWith(s.slice(0, 4))).toBe(true));
  });

  it.each([
    "The fire is fine to mention only if they raise it; never the claim.",
    "Don't raise the claim unless they do.",
    "The claim is a sore point.",
    "Email is fine for updates.",
    `${"The insurance claim ".repeat(200)}is fine.`,
  ])("%s permits nothing", (notes) => {
    expect(permittedWorkWide(notes, ["the fire"], "Permit Twenty")).toEqual([]);
  });

  it.each([
    // In the hit's sentence.
    [
      "restitution",
      REMEDY,
      "The Trust has a claim in restitution for the deposit it paid.",
      "Update",
    ],
    [
      "divorce",
      TRUST,
      "Clause 9 keeps the trust fund safe if a beneficiary is going through a divorce.",
      "Update",
    ],
    // In the subject line.
    [
      "the fire",
      FIRE,
      "The adjusters' preliminary report on the March fire at the depot is attached.",
      "Depot claim – adjusters' report",
    ],
  ])("stays quiet for %s: %j", (topic, notes, body, subject) => {
    expect(run(topic, notes, body, subject)).toEqual([]);
  });

  it.each([
    // No permitted word in the sentence or the subject.
    [
      "the fire",
      FIRE,
      "The adjusters' preliminary report on the March fire at the depot is attached.",
      "Depot – adjusters' report",
      "fire",
    ],
    // Small talk under a subject of permitted work.
    [
      "the fire",
      FIRE,
      "So sorry to hear about the fire, I hope everyone is safe.",
      "Depot claim",
      "fire",
    ],
    // A clause that forbids as well permits nothing.
    [
      "the fire",
      "The insurance claim is fine, but never raise the fire itself.",
      "The adjusters' preliminary report on the March fire at the depot is attached.",
      "Depot claim",
      "fire",
    ],
  ])("still finds %s: %j", (topic, notes, body, subject, text) => {
    expect(run(topic, notes, body, subject)).toEqual([expect.stringContaining(text)]);
  });

  // Round 21 (h20 diagnosis, item 5): the notes' own wording of the topic is never its permitted
  // work. Notes invented here after the shape of an acronym topic spelled out.
  const GM =
    "Avoid topic = the public debate on genetically modified / gene-edited crops. Legal drafting that must mention genetic modification (MTAs) is fine.";
  const STRIKE =
    "The 2025 strike at the depot is raw; don't raise it. Redundancy consultation and tribunal work are fine.";
  it.each([
    // The definition's words leave the permitted work; the rest stays.
    [GM, ["GM crops"], ["mtas"]],
    [
      "The public debate on genetically modified crops is sore. Genetic modification licences are fine.",
      ["GM crops"],
      ["licenc"],
    ],
    // A sensitive clause that does not repeat the permitted words takes nothing away.
    [STRIKE, ["the strike"], ["redundancy", "consult", "tribunal"]],
    [`The fire is raw. ${TRUST}`, ["the fire"], ["matrimonial", "protect", "trust", "deed"]],
    // A clause that permits is no definition, even holding the topic's word.
    [REMEDY, ["restitution"], ["remedy", "unjust", "enrich", "return", "deposit"]],
  ])("%s with %j permits %j (round 21)", (notes, topics, stems) => {
    const read = permittedWorkWide(notes, topics, "Permit Twenty");
    expect(read.length).toBe(stems.length);
    stems.forEach((s, i) => expect(read[i]!.startsWith(s.slice(0, 4))).toBe(true));
  });

  it.each([
    // The topic beside the notes' own expansion of it fires, as the topic alone does (round 29:
    // the expansion is a word of the topic's concept, and fires too).
    [
      "Have they taken a view on GM crops and genetic modification generally?",
      ["GM crops", "genetic modification"],
    ],
    ["Have they taken a view on GM crops yet?", ["GM crops"]],
  ])("finds the topic beside its own definition's words: %j", (body, texts) => {
    expect(run("GM crops", GM, body)).toEqual(texts.map((t) => expect.stringContaining(t)));
  });

  it.each([
    // The permitted work that is not the definition still keeps a work sentence quiet.
    "The MTAs for the field trial of the GM crops are attached for signature.",
  ])("stays quiet in the permitted work: %j", (body) => {
    expect(run("GM crops", GM, body)).toEqual([]);
  });
});

// Round 24 (detect-24a): one reading of the notes' clauses, a polarity and a scope each
// (topic-clauses.ts). Notes and drafts invented here.
describe("avoided-topic round 24: the notes' clauses, polarity and scope", () => {
  const SENSE = "'Strikes' means walkouts by the club's players - not strikers or keepers.";
  const WORK =
    "Flooding = the 2024 estate floods, which are raw; flood-risk covenants in conveyancing are ordinary legal work.";
  const MATTER =
    "The 2025 Tarn bridge collapse: only in the liability claim matter, never in general correspondence.";
  const EXTENSION =
    "His divorce is being handled by other solicitors; never raise it, including the property settlement.";
  const run = (topic: string, notes: string, body: string, subject = "Update") =>
    runCheck(avoidedTopic, {
      to: "c@clauses24.example",
      subject,
      profiles: [
        { matchKey: "@clauses24.example", clientName: "Harlow Quay", avoidTopics: [topic], notes },
      ],
      body,
    }).map((f) => f.evidence?.text);

  it.each([
    [SENSE, ["strikes"], "not strikers or keepers", "permit", "sense", ["striker", "keeper"]],
    [
      WORK,
      ["flooding"],
      "flood-risk covenants",
      "permit",
      "work",
      ["risk", "covenant", "conveyanc"],
    ],
    [
      MATTER,
      ["the Tarn bridge collapse"],
      "only in the",
      "permit",
      "matter",
      ["liability", "claim"],
    ],
    [MATTER, ["the Tarn bridge collapse"], "never in general", "forbid", undefined, []],
    [EXTENSION, ["his divorce"], "including", "forbid", "extension", ["property", "settlement"]],
    // A work clause beside a ban on the topic by its own word permits nothing.
    [
      "The lease is fine, but never raise the flooding itself.",
      ["flooding"],
      "The lease",
      "none",
      undefined,
      [],
    ],
    // A sentence opening "Not a …" is a remark on the person, not a sense.
    ["Not a football fan at all.", ["football"], "Not a", "none", undefined, []],
    // "including" after no ban on the topic extends nothing.
    [
      "No gifts from suppliers, including advisers.",
      ["flooding"],
      "including",
      "none",
      undefined,
      [],
    ],
  ])("%s (%j): the clause %j is %s / %s %j", (notes, topics, opening, polarity, scope, words) => {
    const clause = readNotes(notes, topics).clauses.find((c) => c.text.startsWith(opening));
    expect(clause).toMatchObject({ polarity, scope, words });
  });

  it.each([
    // A look-alike sense the notes exclude.
    [
      "strikes",
      SENSE,
      "The club will pay the striker's housing allowance under the players' loan terms.",
      "Update",
    ],
    // Work the notes call ordinary legal work, named in the subject.
    [
      "flooding",
      WORK,
      "The seller's replies record flooding on the lower field in two recent winters.",
      "Flood-risk covenants - Mill Farm",
    ],
    // The matter the notes permit the topic in: the subject, or the hit's sentence.
    [
      "the Tarn bridge collapse",
      MATTER,
      "The expert report on the Tarn bridge collapse is attached.",
      "Liability claim - expert report",
    ],
    [
      "the Tarn bridge collapse",
      MATTER,
      "The expert report on the Tarn bridge collapse for the liability claim is attached.",
      "Update",
    ],
  ])("stays quiet for %s: %j", (topic, notes, body, subject) => {
    expect(run(topic, notes, body, subject)).toEqual([]);
  });

  it.each([
    // Without the exclusion, the defined sense's words beside it make it the topic.
    [
      "strikes",
      "'Strikes' means walkouts by the club's players.",
      "The club will pay the striker's housing allowance under the players' loan terms.",
      "Update",
      "striker's",
    ],
    // The topic itself, beside the excluded look-alikes.
    [
      "strikes",
      SENSE,
      "Are the players likely to go on strike again this spring?",
      "Update",
      "strike",
    ],
    // Without the permission, the same draft.
    [
      "flooding",
      "Flooding = the 2024 estate floods, which are raw.",
      "The seller's replies record flooding on the lower field in two recent winters.",
      "Flood-risk covenants - Mill Farm",
      "flooding",
    ],
    // Small talk under the permitted work.
    [
      "flooding",
      WORK,
      "Hope the flooding has eased at the estate.",
      "Flood-risk covenants - Mill Farm",
      "flooding",
    ],
    // Outside the permitted matter, or with a note that permits no matter.
    [
      "the Tarn bridge collapse",
      MATTER,
      "We will also cover the Tarn bridge collapse at the board meeting.",
      "Update",
      "Tarn bridge collapse",
    ],
    [
      "the Tarn bridge collapse",
      "The 2025 Tarn bridge collapse is raw.",
      "The expert report on the Tarn bridge collapse is attached.",
      "Liability claim - expert report",
      "Tarn bridge collapse",
    ],
    // The ban's extension holds inside the legal work.
    [
      "his divorce",
      EXTENSION,
      "The draft articles let the other shareholders buy back shares that a settlement in the divorce would transfer.",
      "Update",
      "divorce",
    ],
  ])("still finds %s: %j", (topic, notes, body, subject, text) => {
    expect(run(topic, notes, body, subject)).toEqual([expect.stringContaining(text)]);
  });

  it("keeps the legal work quiet without the ban's extension", () => {
    const notes = "His divorce is being handled by other solicitors; never raise it.";
    const body =
      "The draft articles let the other shareholders buy back shares that a settlement in the divorce would transfer.";
    expect(run("his divorce", notes, body)).toEqual([]);
  });
});

// Round 27 (detect-27b; analysis-h25 A, analysis-h24 D): where a permission found only in the
// subject line reaches. The subject names the draft's matter, so it covers the subject and the
// body's mentions made in that work, not a sentence that raises the topic's happening (again, one
// live instance, a moment of it) or names the topic as an instance. Notes and drafts invented here.
describe("avoided-topic round 27: the reach of the subject's permitted work", () => {
  const NOTES: Record<string, string> = {
    strikes:
      "The 2023 dock strike still rankles with the board; do not raise it. Cargo-damage claims and demurrage disputes are routine work.",
    "the Bramble Buggy recall":
      "The 2022 Bramble Buggy recall nearly sank the company - never raise it. The EN 1888 testing on the new pushchair range is unrelated work.",
  };
  const CLAIM = "Cargo-damage claim - MV Halden";
  const RANGE = "New pushchair range - EN 1888 results";
  const run = (topic: string, body: string, subject: string) =>
    runCheck(avoidedTopic, {
      to: "c@reach27.example",
      subject,
      profiles: [
        {
          matchKey: "@reach27.example",
          clientName: "Osprey Lines",
          avoidTopics: [topic],
          notes: NOTES[topic]!,
        },
      ],
      body,
    }).map((f) => f.evidence?.text);

  it.each([
    // The work itself, in a body sentence with no word of the notes' permitted work.
    [
      "strikes",
      "Their stevedores went on strike for a day, which explains the late discharge.",
      CLAIM,
    ],
    [
      "the Bramble Buggy recall",
      "The Bramble Buggy recall file from 2022 has the old test method.",
      RANGE,
    ],
    // The subject's own mention.
    ["strikes", "The surveyor's report is attached.", "Cargo-damage claim - strike damage"],
    // Work named in the hit's own sentence reaches even a moment of the happening.
    [
      "strikes",
      "The demurrage claim covers the days lost since the strike at the terminal.",
      "Update",
    ],
  ])("stays quiet for %s: %j under %j", (topic, body, subject) => {
    expect(run(topic, body, subject)).toEqual([]);
  });

  it.each([
    // The same sentences without the subject's permitted work.
    [
      "strikes",
      "Their stevedores went on strike for a day, which explains the late discharge.",
      "Update",
      "strike",
    ],
    // The happening coming back.
    [
      "strikes",
      "The crews are restless, and a repeat of last year's strike looks likely, so I'd add a clause.",
      CLAIM,
      "strike",
    ],
    // The happening as a moment.
    [
      "strikes",
      "Volumes through the port have never really recovered since the strike, which may colour the insurer's view.",
      CLAIM,
      "strike",
    ],
    // The topic named as an instance of something.
    [
      "the Bramble Buggy recall",
      "Please fix the harness buckle now; nobody wants another Bramble Buggy situation.",
      RANGE,
      "situation",
    ],
  ])("still finds %s: %j under %j", (topic, body, subject, text) => {
    expect(run(topic, body, subject)).toEqual([expect.stringContaining(text)]);
  });

  // One live instance: the work the notes permit is other work, unless it must name the topic.
  const FIRE = "The depot fire still upsets the staff - never raise it.";
  const LIVE = "The landlord's surveyor says the March fire destroyed the loading bay.";
  const fire = (notes: string, subject: string) =>
    runCheck(avoidedTopic, {
      to: "c@reach27.example",
      subject,
      profiles: [{ matchKey: "@reach27.example", avoidTopics: ["the fire"], notes }],
      body: LIVE,
    }).map((f) => f.evidence?.text);
  it("finds a live instance under a subject of other permitted work", () => {
    expect(fire(`${FIRE} Lease renewals are routine work.`, "Lease renewal - Unit 4")).toEqual([
      expect.stringContaining("fire"),
    ]);
  });
  it("keeps a live instance quiet under a subject of work that must discuss it", () => {
    expect(
      fire(`${FIRE} The insurance claim must discuss it.`, "Insurance claim - Unit 4"),
    ).toEqual([]);
  });
});

// Round 27 (detect-27b; analysis-h25 B, analysis-h24 I, analysis-h22 G1): how the notes word a
// permission, read as a structure: a clause whose subject is a pronoun takes its work from the
// clause before it (when that clause bans nothing), the matter that "needs" the topic after a ban,
// and a work that must name it. Notes and drafts invented here.
describe("avoided-topic round 27: the notes' permission in any wording", () => {
  const BACK_TO_WORK =
    "He is tired of Brexit chatter. The Dover customs appeal turns on the post-Brexit checks; that's the matter and plainly fine.";
  const NEEDS =
    "They cut a fifth of the warehouse staff in May - do not mention it unless the matter needs it (the Okafor claim does).";
  const MUST =
    "Their vendor-audit advice has to address it. Never raise the Ribble outage socially.";

  it.each([
    // After ";", ":" or a spaced dash, the clause before is the work.
    [
      BACK_TO_WORK,
      ["Brexit"],
      "that's the matter",
      "permit",
      "work",
      ["dover", "custom", "appeal", "turn", "check"],
    ],
    [
      "Brexit chatter is off limits. Seed-import licences for the Belfast depot: this is fine in that context.",
      ["Brexit"],
      "this is fine",
      "permit",
      "work",
      ["seed", "import", "licenc", "belfast", "depot"],
    ],
    [
      "Wolves are a sore point. The grazing-lease predator clause - it's our work.",
      ["wolves"],
      "it's our work",
      "permit",
      "work",
      ["graz", "leas", "predator", "claus"],
    ],
    // The matter that needs the topic, after a ban on "it".
    [NEEDS, ["layoffs"], "unless the matter", "permit", "matter", ["okafor"]],
    [
      "Never raise the layoffs, unless the Hale arbitration requires it.",
      ["layoffs"],
      "unless the Hale",
      "permit",
      "matter",
      ["hale"],
    ],
    // A work that must name the topic.
    [
      MUST,
      ["the Ribble outage"],
      "Their vendor-audit",
      "permit",
      "work",
      ["vendor", "audit", "advice"],
    ],
  ])("%s (%j): the clause %j is %s / %s %j", (notes, topics, opening, polarity, scope, stems) => {
    const clause = readNotes(notes, topics).clauses.find((c) => c.text.startsWith(opening));
    expect(clause?.polarity).toBe(polarity);
    expect(clause?.scope).toBe(scope);
    expect(clause?.words.length).toBe(stems.length);
    stems.forEach((s, i) => expect(clause!.words[i]!.startsWith(s)).toBe(true));
  });

  it.each([
    // A pronoun clause after a ban points at the ban.
    ["Never bring up Brexit with him; that's final and fine by the partners.", ["Brexit"]],
    // After a full stop it is another sentence.
    ["The Dover customs appeal turns on Brexit. That's the matter and plainly fine.", ["Brexit"]],
    // "Needs it" after no ban permits no matter.
    ["We run the staffing review unless the matter needs it (the Okafor claim does).", ["layoffs"]],
  ])("%s (%j) permits nothing", (notes, topics) => {
    const read = readNotes(notes, topics);
    expect(read.work).toEqual([]);
    expect(read.matters).toEqual([]);
  });

  const run = (topic: string, notes: string, body: string, subject = "Update") =>
    runCheck(avoidedTopic, {
      to: "c@wording27.example",
      subject,
      profiles: [
        { matchKey: "@wording27.example", clientName: "Harrow Vale", avoidTopics: [topic], notes },
      ],
      body,
    }).map((f) => f.evidence?.text);

  const CHECKS =
    "Our reply explains how the post-Brexit checks held the Dover consignments for nine days.";
  const STAFF =
    "The selection pool in the May layoffs will be the centre of the respondent's case.";
  it.each([
    ["Brexit", BACK_TO_WORK, CHECKS, "Dover customs appeal - our reply"],
    ["layoffs", NEEDS, STAFF, "Okafor v Harrow Vale - grounds of resistance"],
    [
      "gambling",
      "Don't raise betting sponsorships. Their prize-draw compliance advice needs to cover it.",
      "The prize-draw compliance advice must explain when a paid entry route turns a draw into gambling.",
      "Update",
    ],
  ])("stays quiet for %s in the permitted work: %j", (topic, notes, body, subject) => {
    expect(run(topic, notes, body, subject)).toEqual([]);
  });

  it.each([
    // The same drafts without the permission's wording.
    [
      "Brexit",
      "He is tired of Brexit chatter.",
      CHECKS,
      "Dover customs appeal - our reply",
      "Brexit",
    ],
    [
      "layoffs",
      "They cut a fifth of the warehouse staff in May - do not mention it.",
      STAFF,
      "Okafor v Harrow Vale - grounds of resistance",
      "layoffs",
    ],
    // Outside the permitted work or matter.
    [
      "Brexit",
      BACK_TO_WORK,
      "Hope the post-Brexit chaos at the ports has eased for you.",
      "Catch-up",
      "Brexit",
    ],
    ["layoffs", NEEDS, STAFF, "Warehouse lease renewal", "layoffs"],
  ])("still finds %s: %j under %j", (topic, notes, body, subject, text) => {
    expect(run(topic, notes, body, subject)).toEqual([expect.stringContaining(text)]);
  });
});

// Round 29 (detect-29a; analysis-h27 A, h22 G1, h24 I, h25 B, h26 A): a permission that points at
// the firm's own work on the topic, in any wording: a condition or exception whose object is the
// matter, file, claim, question or instructions, or a permission placed in that matter. The
// matter is what the draft is about: the words of the firm's work the notes name, or a subject
// line naming the topic that is neither small talk nor news. Notes and drafts invented here.
describe("avoided-topic round 29: the notes' permission that points at the matter", () => {
  it.each([
    [
      "The Harlow mill flood was grim for them; please don't mention it unless it is the file we are acting on (Dana handles the flood insurance claim).",
      ["the Harlow mill flood"],
      "unless it is the file",
      ["insur"],
    ],
    [
      "Avoid the Carrow spill in conversation, except where it forms part of our instructions.",
      ["the Carrow spill"],
      "except where it forms",
      [],
    ],
    [
      "Never raise the pickets, save where that is the very question we advise on.",
      ["the pickets"],
      "save where that is",
      [],
    ],
    [
      "The Tamsin recall still hurts. Priya acts on the product liability claim, so it is fine within that file.",
      ["the Tamsin recall"],
      "Priya acts",
      ["product", "liabil"],
    ],
    [
      "Don't bring up the Ashby fire socially - it's okay on the Ashby coverage matter (Rehana's team).",
      ["the Ashby fire"],
      "it's okay on",
      ["coverag", "rehana"],
    ],
  ])("%s (%j): %j permits the matter %j", (notes, topics, opening, stems) => {
    const read = readNotes(notes, topics);
    const clause = read.clauses.find((c) => c.text.startsWith(opening));
    expect(clause?.polarity).toBe("permit");
    expect(clause?.scope).toBe("matter");
    expect(read.asMatter).toBe(true);
    expect(clause?.words.length).toBe(stems.length);
    stems.forEach((s, i) => expect(clause!.words[i]!.startsWith(s)).toBe(true));
  });

  it.each([
    // A clause that opens with a ban, or negates the permission, permits nothing.
    ["Never discuss the Carrow spill where it is the subject of our advice.", ["the Carrow spill"]],
    [
      "Don't raise the Carrow spill, not even where it is the matter we are working on.",
      ["the Carrow spill"],
    ],
    // An idiom, not the matter: "a matter of record", "the case" as an event.
    ["Don't raise the Carrow spill unless it is a matter of public record.", ["the Carrow spill"]],
    ["Don't raise the Carrow spill unless that is the case.", ["the Carrow spill"]],
    [
      "They hate talk of the Carrow spill - fine in that case to say nothing.",
      ["the Carrow spill"],
    ],
    // A permission about something else.
    [
      "Their board papers are fine within that file. Never raise the Carrow spill.",
      ["the Carrow spill"],
    ],
  ])("%s (%j) permits no matter", (notes, topics) => {
    const read = readNotes(notes, topics);
    expect(read.asMatter).toBe(false);
    expect(read.matters).toEqual([]);
  });

  const NOTES =
    "Keep the Kestrel bridge collapse out of our letters unless it is the matter we are working on.";
  const WORK =
    "Tomasz runs the engineering claim; the Kestrel bridge collapse is fine within that file only.";
  // (The lead, from analysis-h28: the legal point with its matter in brackets; our own work as
  // the condition after a ban on "it".)
  const POINT =
    "Don't raise the Kestrel bridge collapse in passing - but it's fine where it IS the legal point (Tomasz's engineering claim for the council).";
  const OUR_WORK =
    "Site politics: keep the Kestrel bridge collapse out of correspondence unless we are advising on the engineering claim.";
  const ADVICE =
    "The adjusters now accept that the bearings were overloaded before the Kestrel bridge collapse, and we will press for the full reinstatement cost.\n\nWe will send the reply by Friday.";
  const run = (notes: string, body: string, subject: string) =>
    runCheck(avoidedTopic, {
      to: "c@kestrel29.example",
      subject,
      profiles: [
        {
          matchKey: "@kestrel29.example",
          clientName: "Orrin Civil Ltd",
          avoidTopics: ["the Kestrel bridge collapse"],
          notes,
        },
      ],
      body,
    }).map((f) => f.evidence?.text);

  it.each([
    // The subject names the topic as the work.
    [NOTES, ADVICE, "Kestrel bridge collapse - where the adjusters stand"],
    [NOTES, ADVICE, "RE: Kestrel bridge collapse"],
    // The firm's work the notes name, in the subject.
    [WORK, ADVICE, "Engineering claim - adjusters' position"],
    [POINT, ADVICE, "Engineering claim - adjusters' position"],
    [OUR_WORK, ADVICE, "Engineering claim - adjusters' position"],
  ])("stays quiet where the draft is the permitted matter: %j / %j", (notes, body, subject) => {
    expect(run(notes, body, subject)).toEqual([]);
  });

  it.each([
    // The same draft without the permission.
    [
      "Keep the Kestrel bridge collapse out of our letters.",
      ADVICE,
      "Kestrel bridge collapse - where the adjusters stand",
    ],
    // A subject that names the topic as news.
    [NOTES, ADVICE, "Kestrel bridge collapse in the papers"],
    // A subject of another matter: the permission is for a different one.
    [WORK, ADVICE, "Harbour office lease - adjusters' position"],
    [POINT, ADVICE, "Harbour office lease - adjusters' position"],
    [OUR_WORK, ADVICE, "Harbour office lease - adjusters' position"],
    // "Legal" says what the matter is, not which: a legal subject is no permission.
    [POINT, ADVICE, "Legal update - adjusters' position"],
    // Small talk or an aside about it elsewhere in the draft, the sign-off paragraph too.
    [
      NOTES,
      "The reply to the adjusters is attached for your comments.\n\nI imagine the Kestrel bridge collapse still weighs on the site team.\n\nBest wishes,\nJo",
      "Kestrel bridge collapse - where the adjusters stand",
    ],
    [
      NOTES,
      "The reply to the adjusters is attached for your comments.\n\nHope everyone is bearing up after the Kestrel bridge collapse.\n\nBest wishes,\nJo",
      "Kestrel bridge collapse - where the adjusters stand",
    ],
    [
      NOTES,
      "The reply to the adjusters is attached for your comments.\n\nAll the best to the site team after the collapse,\nJo",
      "Kestrel bridge collapse - where the adjusters stand",
    ],
  ])("still finds the topic: %j / %j / %j", (notes, body, subject) => {
    expect(run(notes, body, subject)).toContainEqual(expect.stringContaining("collapse"));
  });
});

// Round 30 (detect-30a; analysis-h28 A): a parenthesis inside a ban that sets a matter apart
// ("(the … inquiry is a different matter, we have to discuss it there)") names a matter the topic
// may be raised in. A parenthesis that bans, or no parenthesis, permits nothing. Notes and drafts
// invented here.
describe("avoided-topic round 30: a matter set apart in the ban's parenthesis", () => {
  it.each([
    [
      "Staff are upset, so keep the layoffs out of chat (the pension consultation is a separate matter, we must cover it there).",
      ["the layoffs"],
      ["pension", "consult"],
    ],
    [
      "Never mention the cull in small talk (the licensing appeal is another matter).",
      ["the cull"],
      ["licens"],
    ],
  ])("%s (%j) permits the matter %j", (notes, topics, stems) => {
    const read = readNotes(notes, topics);
    expect(read.matters.length).toBe(stems.length);
    stems.forEach((s, i) => expect(read.matters[i]!.startsWith(s)).toBe(true));
  });

  it.each([
    [
      "Keep the cull out of small talk (the licensing appeal is a different matter, never mention it either).",
      ["the cull"],
    ],
    ["Keep the cull out of small talk (the licensing appeal is due in May).", ["the cull"]],
    ["The licensing appeal is a different matter. Keep the cull out of small talk.", ["the cull"]],
  ])("%s (%j) permits no matter", (notes, topics) => {
    expect(readNotes(notes, topics).matters).toEqual([]);
  });

  const NOTES =
    "Farmers are angry, so keep the badger cull out of small talk (the licensing appeal is a different matter, we have to discuss it there).";
  const ADVICE =
    "The licensing authority says the badger cull went ahead without the 2025 survey, and we will answer that point in the appeal.";
  const run = (body: string, subject: string) =>
    runCheck(avoidedTopic, {
      to: "c@fenlow30.example",
      subject,
      profiles: [
        {
          matchKey: "@fenlow30.example",
          clientName: "Fenlow Estates Ltd",
          avoidTopics: ["the badger cull"],
          notes: NOTES,
        },
      ],
      body,
    }).map((f) => f.evidence?.text);

  it("stays quiet in the matter the parenthesis sets apart", () => {
    expect(run(ADVICE, "Licensing appeal - the authority's response")).toEqual([]);
  });
  it("still finds a remark on it in that matter's draft", () => {
    expect(
      run(
        `${ADVICE}\n\nHope the mood at the farm has lifted since the badger cull.`,
        "Licensing appeal - the authority's response",
      ),
    ).toContainEqual(expect.stringContaining("cull"));
  });
});

// Round 31 (detect-31a; analysis-h29 N2, h26-023): the notes tell a sore happening of the protest
// family by its act and its place ("Campaigners blockaded the … depot …; never raise it"); a remark
// at the reader that holds an act word and that place raises it. Notes and drafts invented here.
describe("avoided-topic round 31: the notes' happening by its act and place", () => {
  it.each([
    [
      ["fracking"],
      "Campaigners blockaded the Thornby depot over fracking in 2025; please never raise it.",
      [["depot"]],
    ],
    [
      ["the quarry expansion"],
      "Residents staged a sit-in at the weighbridge for weeks. It is still sore.",
      [["weighbridge"]],
    ],
    [
      ["fracking", "the merger"],
      "Protesters picketed the pumping station over fracking; don't mention it. The merger is fine.",
      [["station"], []],
    ],
  ])("%j with %s gives the places %j", (topics, notes, places) => {
    expect(notesHappeningPlaces(topics, notes)).toEqual(places);
  });

  it.each([
    // Not marked sensitive.
    [["fracking"], "Campaigners blockaded the Thornby depot over fracking in 2025."],
    // No act of the protest family.
    [["fracking"], "The Thornby depot flooded in 2025; please never raise it."],
    // Said to be the work.
    [["fracking"], "The picket at the depot is routine work for us."],
    // Two topics, the clause names neither.
    [["fracking", "the merger"], "Protesters picketed the pumping station; don't mention it."],
  ])("%j with %s gives no place", (topics, notes) => {
    expect(notesHappeningPlaces(topics, notes).every((p) => p.length === 0)).toBe(true);
  });

  const profiles = [
    {
      matchKey: "@thornby31.example",
      clientName: "Thornby Gas Ltd",
      avoidTopics: ["fracking"],
      notes:
        "Campaigners blockaded the Thornby depot over fracking in 2025; please never raise it.",
    },
  ];
  const run = (body: string) =>
    runCheck(avoidedTopic, {
      to: "ops@thornby31.example",
      subject: "Next week",
      profiles,
      body,
    }).map((f) => f.evidence?.text);

  it.each([
    ["Hope things are calmer at the depot now the blockade has ended.", "depot now the blockade"],
    [
      "Good to hear the protesters have finally left the depots alone!",
      "protesters have finally left the depots",
    ],
  ])("finds %s", (body, text) => {
    expect(run(body)).toEqual([text]);
  });
  it.each([
    // The place in logistics.
    "Shall we meet at the depot at 10 to walk the boundary?",
    // An act without the notes' place.
    "Hope the protest outside the town hall stayed peaceful.",
    // The protest as the work the client instructed us on.
    "The court granted the injunction against the protesters at the depot, and we will serve the order today.",
  ])("stays quiet on %s", (body) => {
    expect(run(body)).toEqual([]);
  });
});

// Round 31 (detect-31a; analysis-h29 N1): the notes' abbreviation of the topic ("GM", "GE") is a
// term of it in capitals, also as a compound's head ("GE-free"), and names the topic in the notes'
// clauses (so "it is about GM traits - that is our work" permits that work). Invented here.
describe("avoided-topic round 31: the notes' abbreviation of the topic", () => {
  it.each([
    ["genetic modification", "Never raise GM or GE with the board.", ["GM", "GE"]],
    ["genetic modification", "The trustees are touchy about GM.", ["GM"]],
    ["in vitro fertilisation", "Don't mention IVF.", ["IVF"]],
  ])("%s: %s gives %j", (topic, notes, abbreviations) => {
    expect(topicAbbreviations(topic, notes)).toEqual(abbreviations);
  });
  it.each([
    // Not initials of the topic.
    ["genetic modification", "Never raise the CEO's pay or GDP."],
    // In a sentence that neither bans nor names the topic.
    ["genetic modification", "Send the GM a copy of every letter."],
    // Written in small letters.
    ["genetic modification", "Never raise gm."],
  ])("%s: %s gives none", (topic, notes) => {
    expect(topicAbbreviations(topic, notes)).toEqual([]);
  });

  const profiles = [
    {
      matchKey: "@seedco31.example",
      clientName: "Seedco Trust",
      avoidTopics: ["genetic modification"],
      notes:
        "Never raise GE or GM in general correspondence. The plant-variety licence is about GM traits - that is our work and fine.",
    },
  ];
  const run = (body: string, subject = "Friday") =>
    runCheck(avoidedTopic, { to: "c@seedco31.example", subject, profiles, body }).map(
      (f) => f.evidence?.text,
    );
  it("finds the abbreviation as a compound's head in small talk", () => {
    expect(run("Did you see the GE-free rally on the news? Quite a show.")).toEqual(["GE"]);
  });
  it("stays quiet on the general manager", () => {
    expect(run("Hope our GM enjoyed the harvest dinner!")).toEqual([]);
  });
  it("stays quiet in the work the permission names beside the abbreviation", () => {
    expect(
      run(
        "We suggest the licence excludes gene-edited varieties until the regulator defines a GMO.",
        "Plant-variety licence - traits clause",
      ),
    ).toEqual([]);
  });
});

// Round 31 (detect-31a; analysis-h29 N3): "unless they do" after a ban lifts it where the client
// raised the topic: a "Re:" subject naming it, or the message replied to (the first quoted one,
// from the recipient's organisation). An older message deeper in the history does not count.
describe("avoided-topic round 31: a ban until the client raises the topic", () => {
  it.each([
    "Don't mention the divorce unless she raises it.",
    "Never bring the divorce up unless they do.",
    "Keep the divorce out of small talk (unless he raises it first).",
    "Do not raise the divorce unless the client asks about it.",
  ])("%s is lifted when the client raises it", (notes) => {
    expect(readNotes(notes, ["the divorce"]).unlessRaised).toBe(true);
  });
  it.each([
    "Don't mention the divorce unless it is the matter we act on.",
    "Unless they do, send updates monthly. The divorce is raw.",
    "They never raise the divorce unless they must.",
  ])("%s is not", (notes) => {
    expect(readNotes(notes, ["the divorce"]).unlessRaised).toBe(false);
  });

  const profiles = [
    {
      matchKey: "@dockside31.example",
      clientName: "Dockside Haulage",
      avoidTopics: ["the strike"],
      notes: "Don't bring the strike up unless they do.",
    },
  ];
  const REMARK = "Dear Ana,\n\nHope the strike is over by Easter.\n\nBest,\nTom\n";
  const run = (body: string, subject = "Contract") =>
    runCheck(avoidedTopic, { to: "ana@dockside31.example", subject, profiles, body }).length;
  it("finds it when nobody raised it", () => {
    expect(run(REMARK)).toBe(1);
  });
  it("stays quiet in a reply to the client's message that raised it", () => {
    expect(
      run(
        `${REMARK}\nOn Mon, 1 Mar 2027 at 09:00, Ana Ruiz <ana@dockside31.example> wrote:\n> Tom, will the strike delay the handover?\n`,
      ),
    ).toBe(0);
  });
  it("stays quiet under a Re: subject that names it", () => {
    expect(run(REMARK, "Re: the strike and the handover")).toBe(0);
  });
  it("still finds it where the message replied to is about something else", () => {
    expect(
      run(
        `${REMARK}\nOn Mon, 1 Mar 2027 at 09:00, Ana Ruiz <ana@dockside31.example> wrote:\n> Tom, can we move the handover to April?\n>\n> On Tue, 3 Nov 2026 at 10:00, Tom <tom@firm.example> wrote:\n>> Ana, sorry to hear about the strike.\n`,
      ),
    ).toBe(1);
  });
  it("still finds it where another organisation raised it", () => {
    expect(
      run(
        `${REMARK}\nOn Mon, 1 Mar 2027 at 09:00, Ray Lee <ray@otherco.example> wrote:\n> Tom, will the strike delay the handover?\n`,
      ),
    ).toBe(1);
  });
});

// Round 32 (detect-32a): the notes' terms of a sore happening raised as the premise of advice,
// in sympathy for the people of the place, by the happening's year beside how it went; and the
// permission "discussing it there is the work" (analysis-h30 N1). Sentences written for these rows.
{
  const profiles32 = [
    {
      matchKey: "@saltmarsh32.example",
      clientName: "Saltmarsh Mills",
      avoidTopics: ["the mill closure"],
      notes:
        "The closure of the Harrowgate mill in 2025 is raw for the directors; don't raise it. Mill closure / shutdown talk in general is fine.",
    },
    {
      matchKey: "@fenwick32.example",
      clientName: "Fenwick Orchards",
      avoidTopics: ["the liquidation"],
      notes: "The 2018 liquidation of the old packing company nearly broke them; don't mention it.",
    },
    {
      matchKey: "@ketch32.example",
      clientName: "Ketch Marine",
      avoidTopics: ["the grid outage"],
      notes: "The 14 June 2026 grid outage at the yard is with the insurers; do not raise it.",
    },
  ];
  const { found, quiet } = topicRows(profiles32, (to) => `${to}@${to}32.example`);
  runRuleTests(avoidedTopic, {
    valid: [
      // A premise that names the place as the work, or says nothing of how it went.
      quiet(
        "saltmarsh",
        "Given the Harrowgate lease expiry in clause 4, we should serve notice now.",
      ),
      quiet("saltmarsh", "Given the Harrowgate timetable, could we meet on Thursday instead?"),
      // A team of the place at work, not in sympathy.
      quiet("saltmarsh", "The Harrowgate team will sign the supply contract on Friday."),
      quiet("saltmarsh", "Sorry to hear about the Harrowgate team budget being cut again."),
      // "After last year's" a visit, not a happening's noun.
      quiet(
        "saltmarsh",
        "After last year's visit to Harrowgate, shall we hold the away day there again?",
      ),
      // The year alone as a time ("since"), not an allusion to how it went.
      quiet(
        "fenwick",
        "We have acted for the family since 2018 - hope you have a lovely Christmas!",
      ),
      quiet(
        "fenwick",
        "The 2018 accounts show how things went, per note 4 and the auditor's report.",
      ),
      // A date with no happening word before it.
      quiet("ketch", "Given the board meeting on 14 June, we should file the response by Friday."),
    ],
    invalid: [
      found(
        "saltmarsh",
        "the mill closure",
        "Given how hard Harrowgate hit everyone, I'd keep the launch low-key this year.",
        "Harrowgate",
      ),
      found(
        "saltmarsh",
        "the mill closure",
        "The new warranty in clause 9 matters more after last year's local news about Harrowgate, I suspect.",
        "Harrowgate",
      ),
      found(
        "saltmarsh",
        "the mill closure",
        "Sorry to hear about the Harrowgate team, by the way - I hope they've all found new roles.",
        "Harrowgate",
      ),
      found(
        "fenwick",
        "the liquidation",
        "Given how things went with the liquidators in 2018, I'd ask for a deposit up front this time.",
        "2018",
      ),
      found(
        "ketch",
        "the grid outage",
        "The timing is awkward given the yard going dark on 14 June, so expect questions.",
        "14 June",
      ),
    ],
  });
}

describe("round 32: 'discussing it there is the work' permits the matter it points to", () => {
  const profile = (notes: string) => [
    {
      matchKey: "@tern32.example",
      clientName: "Tern Fisheries",
      avoidTopics: ["seal culls"],
      notes,
    },
  ];
  const BODY =
    "The Ministry's letter about the seal culls at the north farms came in this morning.";
  const run = (notes: string) =>
    runCheck(avoidedTopic, { to: "ola@tern32.example", profiles: profile(notes), body: BODY })
      .length;
  it("finds it with a ban alone", () => {
    expect(run("Never bring up seal culls socially.")).toBe(1);
  });
  it("stays quiet where the notes say discussing it in that matter is the work", () => {
    expect(
      run(
        "Never bring up seal culls socially. Naturally the culling appeal with the Ministry is about exactly that, and discussing it there is the work.",
      ),
    ).toBe(0);
  });
  it("still finds it where 'the work of' names someone else's work", () => {
    expect(
      run(
        "Never bring up seal culls socially. Stopping the seal culls with the Ministry is the work of the campaigners, not ours.",
      ),
    ).toBe(1);
  });
});

// Round 33 (detect-33a, analysis-h31 G5): "discuss it (as needed) within that matter" permits the
// matter the clause before names as being about the topic. Notes and drafts written here.
describe("round 33: 'discuss it within that matter' points back to the matter named before", () => {
  const profile = (notes: string) => [
    { matchKey: "@gullhaven33.example", avoidTopics: ["strikes"], notes },
  ];
  const WORK =
    "The time entries for the claim against Harrowby Stevedores (dock strike losses): 2.0h on the statement of case.";
  const REMARK = "Hope the strike talk has died down at the docks - enjoy the break!";
  const run = (notes: string, body: string) =>
    runCheck(avoidedTopic, { to: "mo@gullhaven33.example", profiles: profile(notes), body }).length;
  const POINTER =
    "Still sore about the 2024 dock strike. Our claim against Harrowby Stevedores is about that strike - discuss it as needed within that matter.";
  it("stays quiet on the matter the pointer names", () => {
    expect(run(POINTER, WORK)).toBe(0);
  });
  it("still finds a remark outside that matter", () => {
    expect(run(POINTER, REMARK)).toBe(1);
  });
  it("still finds the matter when the notes forbid it there", () => {
    expect(
      run(
        "Still sore about the 2024 dock strike. Our claim against Harrowby Stevedores is about that strike - never discuss it within that matter.",
        WORK,
      ),
    ).toBe(1);
  });
  it("finds the matter with the ban alone", () => {
    expect(run("Still sore about the 2024 dock strike; never raise it.", WORK)).toBe(1);
  });
});

// Round 33 (lead, analysis-h32 041/051): a permission in other words, "is legal work" with no
// article, "it is unavoidable in the <matter>". Notes and drafts written here.
describe("round 33 (lead): permissions with no article, and 'unavoidable in the matter'", () => {
  const LEGAL_WORK = "Never mention flooding. Advice on the flood claim is legal work, not gossip.";
  const UNAVOIDABLE =
    "Never mention flooding; it is unavoidable in the insurance claim (matter 5120).";
  it("reads 'is legal work' as the work the notes permit", () => {
    expect(readNotes(LEGAL_WORK, ["flooding"]).work).toEqual(["advice", "claim"]);
  });
  it("reads 'unavoidable in the insurance claim' as the matter the notes permit", () => {
    expect(readNotes(UNAVOIDABLE, ["flooding"]).matters).toEqual(["insurance"]);
  });
  it.each([
    "Never mention flooding. The flood claim is legal work for another firm, not us.",
    "Never mention flooding; it is unavoidable, sadly, and always upsetting.",
  ])("permits nothing where no work or matter is permitted: %s", (notes) => {
    const read = readNotes(notes, ["flooding"]);
    expect([...read.work, ...read.matters]).toEqual([]);
  });
  it.each([LEGAL_WORK, UNAVOIDABLE])("still finds a remark: %s", (notes) => {
    const found = runCheck(avoidedTopic, {
      to: "kit@marshfield33.example",
      profiles: [{ matchKey: "@marshfield33.example", avoidTopics: ["flooding"], notes }],
      body: "Dreadful pictures of the flooding on the news - hope everyone is safe.",
    });
    expect(found).toHaveLength(1);
  });
});

// Round 34 (lead, analysis-h33 A): the notes' rule on the profile's competitors ("never offer
// them as a model") is competitor-mention's, not the names of the profile's one avoided topic.
describe("round 34: a competitor banned in the notes is no name of the avoided topic", () => {
  const NOTES =
    "Harbrook is their chief rival and the defendant in our trade-mark claim. Do not mention Harbrook or Vessly as a yardstick. The warehouse fire of 2025 is still raw: never raise it.";
  const profile = (competitors?: string[]) => [
    {
      matchKey: "@lanterns34.example",
      avoidTopics: ["the warehouse fire"],
      ...(competitors && { competitors }),
      notes: NOTES,
    },
  ];
  const BODY = "Harbrook filed its defence yesterday; I will send you my note on it by Friday.";
  const run = (competitors?: string[], body = BODY) =>
    runCheck(avoidedTopic, { to: "ines@lanterns34.example", profiles: profile(competitors), body })
      .length;
  it("stays quiet on the competitor when the profile lists it", () => {
    expect(run(["Harbrook", "Vessly Ltd"])).toBe(0);
  });
  it("reads the same ban as the topic's names when nothing says they are competitors", () => {
    expect(run()).toBe(1);
  });
  it("still finds the topic itself", () => {
    expect(run(["Harbrook"], "Has the warehouse fire report come back from the adjusters?")).toBe(
      1,
    );
  });
});

// Round 34 (detect-34b): "that matter" points back with any verb that says what the matter is
// about ("does turn on", "hinges on", "involves"), not only "is about". Notes and drafts written
// here.
describe("round 34: the pointed matter named with any verb of aboutness", () => {
  const run = (notes: string, body: string, subject = "Update") =>
    runCheck(avoidedTopic, {
      to: "ana@loch34.example",
      subject,
      profiles: [{ matchKey: "@loch34.example", avoidTopics: ["fish farming"], notes }],
      body,
    }).length;
  const WORK =
    "The reporter's note on the trout farm's discharge consent is attached, with our reply.";
  const REMARK = "Saw the trout farms up the loch are growing again - hope the view survives!";
  it.each([
    "Seaweed growers who hate the comparison with fish farms. Their planning appeal does turn on the nearest trout farm - fine to discuss within that matter.",
    "Seaweed growers who hate the comparison with fish farms. Their planning appeal hinges on the nearest trout farm - raise it as needed within that matter.",
    "Seaweed growers who hate the comparison with fish farms. Their planning appeal involves the nearest trout farm - fine to discuss within that matter.",
  ])("stays quiet on the matter the pointer names: %s", (notes) => {
    expect(run(notes, WORK, "Planning appeal - the reporter's note")).toBe(0);
    expect(run(notes, REMARK)).toBe(1);
  });
  it("still finds the matter when the notes forbid it there", () => {
    expect(
      run(
        "Seaweed growers who hate the comparison with fish farms. Their planning appeal does turn on the nearest trout farm - never discuss it within that matter.",
        WORK,
        "Planning appeal - the reporter's note",
      ),
    ).toBe(1);
  });
});
