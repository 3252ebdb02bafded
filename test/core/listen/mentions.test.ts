import { COKE, MEGGE, runListenTests } from "./listen-tester";

runListenTests("competitors and topics", {
  silent: [
    {
      name: "someone else is not a rugby fan",
      body: "Jo,\nMy husband is not a rugby fan, so he will skip the final.\nMegge",
    },
    {
      name: "a taste that is no pastime",
      body: "Jo,\nI'm not a Linux fan, but the servers run it.\nMegge",
    },
    {
      name: "a question about the reader",
      body: "Jo,\nAre you not a cricket fan? I thought you were.\nMegge",
    },
    {
      name: "a rival cited as a comparable",
      body: "Jo,\nThe Pepsi bottling plant next door pays half our rent, so we're being squeezed.\nMegge",
    },
    {
      name: "a tactical instruction for one call",
      body: "Jo,\nDon't mention the Tesco offer when you speak to their agent.\nMegge",
    },
    {
      name: "a confidentiality instruction until announcement",
      body: "Jo,\nPlease don't mention this to anyone at Lloyds until the deal is announced.\nMegge",
    },
    {
      name: "the client mentioned to a company is no comparison (round 26)",
      body: "Jo,\nPlease don't mention us to Halden Foods Ltd until the deal is signed.\nMegge",
      fields: ["competitors"],
    },
    {
      name: "a report that compares is no request (round 26)",
      body: "Jo,\nThe analyst's note compares us to Brisa on margins.\nMegge",
      fields: ["competitors"],
    },
    {
      name: "not to mention (an idiom)",
      body: "Jo,\nThe deal is complex, not to mention the tax.\nMegge",
    },
    {
      name: "keeping something out of a computer",
      body: "Jo,\nWe need to keep the hackers out of our network.\nMegge",
    },
    {
      name: "a one-off topic for one meeting",
      body: "Jo,\nPlease don't raise the pay figures at the staff meeting on Monday.\nMegge",
    },
    {
      name: "a brand with no reason given",
      body: "Jo,\nPlease don't mention Kodak in the slides.\nMegge",
    },
    {
      name: "the subject of the advice",
      body: "Jo,\nWe need advice today on the strike ballot.\nMegge",
    },
  ],
  heard: [
    {
      name: "comparing us to a rival, stopped (round 26)",
      body: "Jo,\nCould you please stop comparing us to Brisa in the board papers?\nMegge",
      heard: [{ field: "competitors", value: "Brisa", profile: COKE }],
    },
    {
      name: "the rivals named a sentence back, a pointer subject in the pointer's own clause",
      body: "Jo,\nYour draft names Brisa as an example. These are our direct competitors and I do not want their names in any document.\nMegge",
      heard: [{ field: "competitors", value: "Brisa", profile: COKE }],
    },
    {
      name: "lumped in with a rival (round 26)",
      body: "Jo,\nDon't lump us in with Halden Foods, we are nothing alike.\nMegge",
      heard: [{ field: "competitors", value: "Halden Foods", profile: COKE }],
    },
    {
      name: "side by side with a rival (round 26)",
      body: "Jo,\nPlease never put us side by side with Kestrel Cola.\nMegge",
      heard: [{ field: "competitors", value: "Kestrel Cola", profile: COKE }],
    },
    {
      name: "the rival named in the same clause as the pointer (round 26)",
      body: "Jo,\nWe're not Brisa, please stop comparing us to them.\nMegge",
      heard: [{ field: "competitors", value: "Brisa", profile: COKE }],
    },
    {
      name: "not a sports fan (the issue's own words)",
      body: "Hi Alex,\nThanks for thinking of me, but I'm not a sports fan, I'm afraid.\nMegge",
      heard: [{ field: "avoidTopics", value: "sports", profile: MEGGE }],
    },
    {
      name: "US: not much of a golf fan, at the start of a sentence",
      body: "Jo,\nNot much of a golf fan, to be honest.\nMegge",
      heard: [{ field: "avoidTopics", value: "golf", profile: MEGGE }],
    },
    {
      name: "UK: never mention our rivals",
      body: "Jo,\nPlease never mention Britvic or Fever-Tree in anything you send us. They're our main competitors.\nMegge",
      heard: [
        { field: "competitors", value: "Britvic", profile: COKE },
        { field: "competitors", value: "Fever-Tree", profile: COKE },
      ],
    },
    {
      name: "US: keep them out, refer to them as",
      body: 'Jo,\nWe\'d like Acme Widgets out of the memo. Refer to them as "the competitor" if you must.\nMegge',
      heard: [{ field: "competitors", value: "Acme Widgets", profile: COKE }],
    },
    {
      name: "don't name a company in correspondence",
      body: "Jo,\nPlease don't name Zephyr Ltd in correspondence with us, even in passing.\nMegge",
      heard: [{ field: "competitors", value: "Zephyr Ltd", profile: COKE }],
    },
    {
      name: "please don't ask about my health",
      body: "Jo,\nPlease don't ask about my health in emails; my PA reads them.\nMegge",
      heard: [{ field: "avoidTopics", value: "health", profile: MEGGE }],
    },
    {
      name: "keep politics out of the updates",
      body: "Jo,\nCould we keep politics out of your updates to the board?\nMegge",
      heard: [{ field: "avoidTopics", value: "politics", profile: COKE }],
    },
    {
      name: "spare me the cricket chat",
      body: "Jo,\nSpare me the cricket chat, I'm afraid it's lost on me.\nMegge",
      heard: [{ field: "avoidTopics", value: "cricket", profile: MEGGE }],
    },
    {
      name: "the word itself",
      body: 'Jo,\nPlease don\'t use the word "layoffs" in anything you send us; staff read the shared inbox.\nMegge',
      heard: [{ field: "avoidTopics", value: "layoffs", profile: COKE }],
    },
    {
      name: "I'd rather we didn't discuss",
      body: "Jo,\nI'd rather we didn't discuss the takeover rumours at lunch.\nMegge",
      heard: [{ field: "avoidTopics", value: "takeover rumours", profile: MEGGE }],
    },
  ],
});

// Round 27 (listen-27a): a brand ban one step outside the frames: the firm's work for the client
// said another way ("out of any pack or memo you prepare for us", "the reports you send us"),
// brands just named pointed at by their number ("keep both names out", "neither of them should
// appear"), and a "when you draft … for us" lead, which is a time frame, not a condition. A named
// single document ("tomorrow's deck") stays a one-off.
const note = (text: string) => `Jo,\n${text}\nMegge`;
runListenTests("competitors: the firm's work for the client, counted pointers, 'when you draft'", {
  silent: [
    {
      name: "a subject, not a brand, kept out of the work",
      body: note("Please keep redundancies out of any deck you send us."),
      fields: ["competitors"],
    },
    {
      name: "brands the client asks the firm to include",
      body: note(
        "Please mention Harrowgate and Pellcombe in any deck you send us, so the board sees the comparison.",
      ),
    },
    {
      name: "one named document is a one-off",
      body: note("Leave Harrowgate out of tomorrow's deck, please."),
    },
    {
      name: "a 'when' lead of an event that is not the firm's work for us stays a condition",
      body: note(
        "When you meet the regulator, please don't mention Harrowgate - they are our closest rival.",
      ),
    },
    {
      name: "a 'when' lead naming one document for us stays a condition",
      body: note(
        "When you prepare the deck for us, please don't mention Harrowgate - they are our closest rival.",
      ),
    },
    {
      name: "uncounted names pointed at need a rival word",
      body: note(
        "We hired Smith and Jones as consultants. Please keep their names out of anything you send us.",
      ),
      fields: ["competitors"],
    },
    {
      name: "the count said does not match the names before",
      body: note(
        "We sell against Harrowgate, Pellcombe and Tuxford. Please keep both names out of anything going to our board.",
      ),
      fields: ["competitors"],
    },
    {
      name: "given names pointed at are people, not brands (and no topic 'both names')",
      body: note(
        "Our twins are Oliver and Amelia. Please keep both names out of anything you send us.",
      ),
    },
  ],
  heard: [
    {
      name: "out of any pack or memo prepared for us",
      body: note(
        "Please leave Harrowgate and Pellcombe out of any pack or memo you prepare for us.",
      ),
      heard: [
        { field: "competitors", value: "Harrowgate", profile: COKE },
        { field: "competitors", value: "Pellcombe", profile: COKE },
      ],
    },
    {
      name: "out of the reports the firm sends us",
      body: note("Please keep Harrowgate and Pellcombe out of the reports you send us."),
      heard: [
        { field: "competitors", value: "Harrowgate", profile: COKE },
        { field: "competitors", value: "Pellcombe", profile: COKE },
      ],
    },
    {
      name: "both names, pointed back at",
      body: note(
        "We sell against Harrowgate and Pellcombe in every bar. Please keep both names out of any deck or memo you send us.",
      ),
      heard: [
        { field: "competitors", value: "Harrowgate", profile: COKE },
        { field: "competitors", value: "Pellcombe", profile: COKE },
      ],
    },
    {
      name: "neither of them should appear",
      body: note(
        "We lost the tender to Harrowgate and Pellcombe last year. Neither of them should appear in anything you send us.",
      ),
      heard: [
        { field: "competitors", value: "Harrowgate", profile: COKE },
        { field: "competitors", value: "Pellcombe", profile: COKE },
      ],
    },
    {
      name: "a 'when you draft … for us' lead is a time frame",
      body: note(
        "When you draft the board papers or anything else for us, please don't mention Harrowgate - they are our closest rival.",
      ),
      heard: [{ field: "competitors", value: "Harrowgate", profile: COKE }],
    },
  ],
});

// Round 28 (listen-28b, analysis-lh25 E): "nor" joins a list of brands after a negated ban, an
// item may be the company's parent or sister said as such, and "add X to that list" points at a
// sentence naming a competitor on file.
runListenTests("competitors: 'nor', a parent company, 'that list' (round 28)", {
  silent: [
    {
      name: "'nor' after a ban of a person, not a brand",
      body: "Jo,\nPlease do not name Halvard Freight in any letter to us, nor their chief executive.\nMegge",
      fields: ["avoidNames", "avoidTopics"],
    },
    {
      name: "'that list' after a sentence naming no competitor on file",
      body: "Jo,\nWe met the people from Dunmore yesterday. Please add Brightlake to that list too.\nMegge",
      profiles: [{ matchKey: COKE, competitors: ["Pepsi"] }],
    },
    {
      name: "another kind of list beside a competitor on file",
      body: "Jo,\nPepsi were at the trade fair. Please add Brightlake to the distribution list.\nMegge",
      profiles: [{ matchKey: COKE, competitors: ["Pepsi"] }],
    },
  ],
  heard: [
    {
      name: "two brands joined by 'nor'",
      body: "Jo,\nPlease do not name Halvard Freight nor Ostby Lines in any letter to us, they are our competitors.\nMegge",
      heard: [
        { field: "competitors", value: "Halvard Freight", profile: COKE },
        { field: "competitors", value: "Ostby Lines", profile: COKE },
      ],
    },
    {
      name: "a parent company as an item of the list",
      body: "Jo,\nNever mention Halvard Freight or their parent company Ostby Group in anything you send us.\nMegge",
      heard: [
        { field: "competitors", value: "Halvard Freight", profile: COKE },
        { field: "competitors", value: "Ostby Group", profile: COKE },
      ],
    },
    {
      name: "'add X to that list' after a competitor on file",
      body: "Jo,\nWe still never want Pepsi mentioned. Please add Brightlake (the new bottler) to that list too.\nMegge",
      profiles: [{ matchKey: COKE, competitors: ["Pepsi"] }],
      heard: [{ field: "competitors", value: "Brightlake", profile: COKE }],
    },
  ],
});

runListenTests("competitors: the ban's verb gapped (round 30)", {
  silent: [
    {
      name: "'and also not' after no ban at all",
      body: "Jo,\nWe are happy to work beside Pepsi on this, and also not worried about Tango.\nMegge",
      fields: ["competitors"],
    },
  ],
  heard: [
    {
      name: "'and now also not' after a ban on naming, with the parent said as such",
      body: "Jo,\nPlease never name Tango in anything you send our shareholders, and now also not its parent company Britvic.\nMegge",
      heard: [
        { field: "competitors", value: "Tango", profile: COKE },
        { field: "competitors", value: "Britvic", profile: COKE },
      ],
    },
    {
      name: "'And also not' in the sentence after the ban",
      body: "Jo,\nDon't mention Tango in anything for the board. And also not Britvic.\nMegge",
      heard: [
        { field: "competitors", value: "Tango", profile: COKE },
        { field: "competitors", value: "Britvic", profile: COKE },
      ],
    },
  ],
});

// Round 31 (analysis-lh28 W3, W4, M10), written for this table: a subject keeps an abbreviation
// before a number or a name ("Plot No. 7", "St. Brigid's"), may run to six or seven words when a
// preposition of place or company ends it ("at the AGM", "with anyone from …"), and a relation's
// complement keeps the common noun a proper name modifies ("with the Kilbride tenants").
runListenTests("round 31: topic values kept whole", {
  silent: [
    {
      name: "seven words before 'because' is a subject with a clause after it",
      body: note(
        "Please don't mention the new depot plans the architects drew up because nothing is final.",
      ),
      fields: ["avoidTopics"],
    },
    {
      name: "kept from someone else's people by their name",
      body: note("Please don't mention the sale of Unit No. 4 to anyone from Hartwell Foods."),
      fields: ["avoidTopics"],
    },
  ],
  heard: [
    {
      name: "an abbreviation before a number stays inside, six words before 'with our'",
      body: note("Please don't mention the planned sale of Plot No. 7 with our drivers."),
      heard: [{ field: "avoidTopics", value: "planned sale of Plot No. 7", profile: COKE }],
    },
    {
      name: "'St.' before a name stays inside the place",
      body: note("Please never raise the flooding at St. Brigid's again."),
      heard: [{ field: "avoidTopics", value: "the flooding at St. Brigid's", profile: COKE }],
    },
    {
      name: "the noun a proper name modifies is the complement's head",
      body: note("Please don't bring up the row with the Kilbride tenants in front of the staff."),
      heard: [{ field: "avoidTopics", value: "the row with the Kilbride tenants", profile: COKE }],
    },
    {
      name: "no head taken when an adverb follows the name",
      body: note("Please don't bring up the row with the Kilbride family again."),
      heard: [{ field: "avoidTopics", value: "the row with the Kilbride family", profile: COKE }],
    },
    {
      name: "a short subject still ends at the first edge ('at all')",
      body: note("Please don't mention the restructuring at all in emails to the team."),
      heard: [{ field: "avoidTopics", value: "restructuring", profile: COKE }],
    },
    {
      name: "the writer's own people by the organisation's name",
      body: note("Please don't mention the sale of Unit No. 4 with anyone from Coca-Cola."),
      heard: [{ field: "avoidTopics", value: "sale of Unit No. 4", profile: COKE }],
    },
  ],
});

// Round 32 (listen-32a), written for this table: a name added to the client's list with the list
// left unsaid ("add X as well" after a sentence naming the list beside a name on it), or pointed
// back at earlier in the same sentence; the firm asked to class a name as a rival ("please also
// treat X as a competitor"); the names kept out said first and the names after "is / are" ("the
// one to keep out of our papers now is X").
runListenTests("competitors: added, classed, kept out said first (round 32)", {
  silent: [
    {
      name: "'add X as well' after another kind of list",
      body: "Jo,\nPepsi is on the distribution list. Please add Brightlake as well.\nMegge",
      profiles: [{ matchKey: COKE, competitors: ["Pepsi"] }],
      fields: ["competitors"],
    },
    {
      name: "'add X as well' after a competitor on file named in passing",
      body: "Jo,\nThe Pepsi lease is attached for the file. Please add Brightlake as well.\nMegge",
      profiles: [{ matchKey: COKE, competitors: ["Pepsi"] }],
      fields: ["competitors"],
    },
    {
      name: "a rival once treated as such, reported",
      body: "Jo,\nWe used to treat Brightlake as a competitor before the merger.\nMegge",
      fields: ["competitors"],
    },
    {
      name: "the firm asked not to class a name as a rival",
      body: "Jo,\nPlease don't treat Brightlake as a competitor any more.\nMegge",
      fields: ["competitors"],
    },
    {
      name: "people kept out of the loop, said first",
      body: "Jo,\nThe ones to keep out of the loop are Harriet and Dominic.\nMegge",
      fields: ["competitors"],
    },
    {
      name: "a name kept out in the past",
      body: "Jo,\nThe one to keep out of our papers last year was Brightlake.\nMegge",
      fields: ["competitors"],
    },
  ],
  heard: [
    {
      name: "'add X as well' after the list named beside a competitor on file",
      body: "Jo,\nPepsi is already on our list, as you know. Please add Brightlake Drinks as well.\nMegge",
      profiles: [{ matchKey: COKE, competitors: ["Pepsi"] }],
      heard: [{ field: "competitors", value: "Brightlake Drinks", profile: COKE }],
    },
    {
      name: "'add X to that list' after a ban earlier in the same sentence",
      body: "Jo,\nYou know we never want Pepsi named in anything, and now please add Brightlake to that list since they opened a plant here.\nMegge",
      profiles: [{ matchKey: COKE, competitors: ["Pepsi"] }],
      heard: [{ field: "competitors", value: "Brightlake", profile: COKE }],
    },
    {
      name: "the firm asked to treat a name as a competitor",
      body: "Jo,\nBrightlake has bought our old bottler, so from now on please also treat Brightlake as a competitor.\nMegge",
      heard: [{ field: "competitors", value: "Brightlake", profile: COKE }],
    },
    {
      name: "the one kept out said first",
      body: "Jo,\nThe one to keep out of our papers now is Brightlake Drinks - they poached our head brewer.\nMegge",
      heard: [{ field: "competitors", value: "Brightlake Drinks", profile: COKE }],
    },
    {
      name: "the names not to mention said first, two of them",
      body: "Jo,\nThe names not to mention in anything you send us are Brightlake and Ostby Lines.\nMegge",
      heard: [
        { field: "competitors", value: "Brightlake", profile: COKE },
        { field: "competitors", value: "Ostby Lines", profile: COKE },
      ],
    },
  ],
});

// Round 33 (listen-33b): further subjects listed after a refused one under the same verb, each
// a noun phrase of its own (a determiner or possessive opens it, the preposition may repeat);
// beside them, a phrase whose "and" joins one subject, people after a complement, and a term of
// the deal, which stay as they were.
runListenTests("topics: further subjects listed under the same verb (round 33)", {
  silent: [
    {
      name: "a list of subjects kept from someone else stays silent",
      body: "Jo,\nPlease don't mention the product recall or the customs fine to the journalists.\nMegge",
      fields: ["avoidTopics"],
    },
  ],
  heard: [
    {
      name: "a list kept from the writer's own people on site is the writer's",
      body: "Jo,\nPlease keep clear of the pay dispute and of the safety audit with anyone on site.\nMegge",
      heard: [
        { field: "avoidTopics", value: "pay dispute", profile: COKE },
        { field: "avoidTopics", value: "safety audit", profile: COKE },
      ],
    },
    {
      name: "a term of the deal after 'or' is no further subject",
      body: "Jo,\nPlease don't raise the merger or the price.\nMegge",
      heard: [{ field: "avoidTopics", value: "merger", profile: COKE }],
    },
    {
      name: "two subjects joined by 'or', each with 'the'",
      body: "Jo,\nWhen you meet the plant managers, please don't bring up the closure or the August layoffs.\nMegge",
      heard: [
        { field: "avoidTopics", value: "closure", profile: COKE },
        { field: "avoidTopics", value: "August layoffs", profile: COKE },
      ],
    },
    {
      name: "the preposition repeated before the second subject",
      body: "Jo,\nPlease steer clear of the recall and of the insurance claim in your emails to us.\nMegge",
      heard: [
        { field: "avoidTopics", value: "recall", profile: COKE },
        { field: "avoidTopics", value: "insurance claim", profile: COKE },
      ],
    },
    {
      name: "three subjects in a list",
      body: "Jo,\nPlease don't mention the audit, the customs fine or the employment tribunal in anything you send us.\nMegge",
      heard: [
        { field: "avoidTopics", value: "audit", profile: COKE },
        { field: "avoidTopics", value: "customs fine", profile: COKE },
        { field: "avoidTopics", value: "employment tribunal", profile: COKE },
      ],
    },
    {
      name: "one bare noun after 'or' is an aspect of the first subject, not a new one",
      body: "Jo,\nPlease don't ask about my divorce or the settlement, it is still raw.\nMegge",
      heard: [{ field: "avoidTopics", value: "divorce" }],
    },
    {
      name: "a possessive pointing back at the first subject is no new one",
      body: "Jo,\nPlease don't reference our old chairman or his departure in anything for the board.\nMegge",
      heard: [{ field: "avoidTopics", value: "old chairman", profile: COKE }],
    },
    {
      name: "a bare noun after 'and' (no determiner) is not taken as a further subject",
      body: "Jo,\nPlease don't bring up the divorce and custody with me.\nMegge",
      heard: [{ field: "avoidTopics", value: "divorce" }],
    },
    {
      name: "people after a complement are no further subject",
      body: "Jo,\nPlease don't bring up the dispute with my brother and the cousins.\nMegge",
      heard: [{ field: "avoidTopics", value: "the dispute with my brother" }],
    },
  ],
});

// Round 34 (listen-34b): a subject kept from a first audience, then from anyone on the writer's
// side or anyone at all ("or with anyone outside the company", "or anyone else", "or with anyone
// at <our name>"), is kept from every talk, the firm's with the client included. A widening
// within someone else's side, or a second outside audience, keeps it theirs.
runListenTests("topics: an audience widened to anyone", {
  silent: [
    {
      name: "kept from the tenant only",
      body: note("Please don't bring up the rent arrears with the tenant."),
      fields: ["avoidTopics"],
    },
    {
      name: "kept from the buyers or anyone on their side",
      body: note(
        "Please don't raise the boiler survey with the buyers, or with anyone on their side.",
      ),
      fields: ["avoidTopics"],
    },
    {
      name: "kept from the lender and anyone at the bank",
      body: note("Please don't mention the late filing to the lender or anyone at the bank."),
      fields: ["avoidTopics"],
    },
    {
      name: "kept from the agent and anyone at another organisation by name",
      body: note("Please don't mention the late filing to the agent or anyone at Harlow."),
      fields: ["avoidTopics"],
    },
  ],
  heard: [
    {
      name: "from the funders, or anyone outside the company",
      body: note(
        "Please don't bring up the flood losses with the funders, or with anyone outside the company really.",
      ),
      heard: [{ field: "avoidTopics", value: "flood losses", profile: COKE }],
    },
    {
      name: "from the press, or anyone else",
      body: note("Please don't raise the product withdrawal with the press, or anyone else."),
      heard: [{ field: "avoidTopics", value: "product withdrawal", profile: COKE }],
    },
    {
      name: "from them, or anyone at the writer's own organisation by name",
      body: note(
        "Please do not bring up the Hamburg seizure with them, or with anyone at Coca-Cola outside legal.",
      ),
      heard: [{ field: "avoidTopics", value: "Hamburg seizure", profile: COKE }],
    },
  ],
});
