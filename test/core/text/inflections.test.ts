import { TermMatcher } from "../../../src/core/text/matcher";
import {
  nominalsOf,
  pluralsOf,
  singularsOf,
  termVariants,
  verbBasesOf,
  verbFormsOf,
  verbLemmaOf,
} from "../../../src/core/text/inflections";

describe("inflections", () => {
  test.each([
    ["file", ["files"]],
    ["box", ["boxes"]],
    ["copy", ["copies"]],
    ["day", ["days"]],
    ["analysis", ["analysises", "analyses"]],
    ["memorandum", ["memorandums", "memoranda", "memorandums"]],
  ])("plurals of %s", (word, plurals) => {
    for (const plural of plurals) expect(pluralsOf(word)).toContain(plural);
  });

  test.each([
    ["review", ["reviews", "reviewed", "reviewing"]],
    ["prepare", ["prepares", "prepared", "preparing"]],
    ["photocopy", ["photocopies", "photocopied", "photocopying"]],
    ["plan", ["planned", "planning"]],
    ["write", ["wrote", "written", "writing"]],
  ])("verb forms of %s", (base, forms) => {
    for (const form of forms) expect(verbFormsOf(base)).toContain(form);
  });

  test.each([
    ["preparation", "prepare"],
    ["perusal", "peruse"],
    ["attention", "attend"],
    ["management", "manage"],
    ["conference", "confer"],
    ["drafting", "draft"],
    ["referral", "refer"],
    ["compliance", "comply"],
    ["analysis", "analyse"],
    ["consultation", "consult"],
  ])("%s is a form of %s", (word, base) => {
    expect(verbBasesOf(word)).toContain(base);
  });

  test("a modifier is not a nominalisation: internal, legal", () => {
    expect(verbBasesOf("internal")).toEqual(["internal"]);
    expect(verbBasesOf("legal")).toEqual(["legal"]);
  });

  test.each([
    ["tasks", "task"],
    ["conferences", "conference"],
    ["copies", "copy"],
    ["boxes", "box"],
    ["memoranda", "memorandum"],
  ])("%s is a plural of %s", (plural, singular) => {
    expect(singularsOf(plural)).toContain(singular);
  });

  test("a word that is not a plural has no singular", () => {
    expect(singularsOf("business")).toEqual([]);
    expect(singularsOf("file")).toEqual([]);
  });

  test.each([
    ["prepare", "preparation"],
    ["negotiate", "negotiation"],
    ["manage", "management"],
    ["attend", "attendance"],
    ["refer", "referral"],
    ["discuss", "discussion"],
    ["finalise", "finalisation"],
  ])("%s is written as the noun %s", (verb, noun) => {
    expect(nominalsOf(verb)).toContain(noun);
  });

  test("a common prefix is not split off a word that merely starts with it", () => {
    const words = termVariants("research").flatMap((pattern) => pattern.map((w) => w.join(" ")));
    expect(words).not.toContain("re");
  });
});

describe("verbLemmaOf: the one verb a form is of", () => {
  test.each([
    ["step", ["step", "steps", "stepping", "stepped"]],
    ["retire", ["retire", "retires", "retiring", "retired"]],
    ["pass", ["pass", "passes", "passing", "passed"]],
    ["stand", ["stand", "stands", "standing", "stood"]],
    ["fall", ["fall", "falls", "falling", "fell", "fallen"]],
  ])("the forms of %s include its irregular past", (lemma, forms) => {
    expect(verbFormsOf(lemma)).toEqual(expect.arrayContaining(forms));
  });

  test.each([
    ["stepped", "step"],
    ["retiring", "retire"],
    ["forced", "force"],
    ["walked", "walk"],
    ["laid", "lay"],
    ["stood", "stand"],
    ["shutting", "shut"],
    ["passes", "pass"],
    ["written", "write"],
    ["walk", "walk"],
  ])("verbLemmaOf(%s) is %s", (word, lemma) => {
    expect(verbLemmaOf(word)).toBe(lemma);
  });
});

describe("TermMatcher with inflect", () => {
  const terms = [
    "Review of file",
    "Internal conference",
    "Preparation of correspondence",
    "Perusal",
    "Attention to file",
    "Drafting of file note",
    "Travel time",
    "Administrative tasks",
    "Photocopying",
    "Research",
    "Intraoffice conference",
    "Review and analyze",
    "Review emails",
    "Telephone attendance",
    "Conference with associate",
    "Internal meeting",
    "Perusal of documents",
    "Telephone call with client",
    "General legal research",
    "Prepare for meeting",
    "File organization",
    "Colour copying",
  ];
  const matcher = new TermMatcher(terms.map((term) => ({ term, data: term, inflect: true })));
  const plain = new TermMatcher(terms.map((term) => ({ term, data: term })));

  test.each([
    ["periodic reviews of file", "reviews of file", "Review of file"],
    ["reviewed the file on Monday", "reviewed the file", "Review of file"],
    ["a file review", "file review", "Review of file"],
    ["Review of\nfile (wrapped)", "Review of\nfile", "Review of file"],
    ["weekly internal conferences", "internal conferences", "Internal conference"],
    ["Int. conf. w/ GM", "Int. conf", "Internal conference"],
    [
      "Prepared correspondence to the agent",
      "Prepared correspondence",
      "Preparation of correspondence",
    ],
    ["Prep. of corresp. to counsel", "Prep. of corresp", "Preparation of correspondence"],
    ["Perused lease and register", "Perused", "Perusal"],
    ["attended to file", "attended to file", "Attention to file"],
    ["Drafted file note of meeting", "Drafted file note", "Drafting of file note"],
    ["Travel-time to Leeds", "Travel-time", "Travel time"],
    ["the routine admin tasks", "admin tasks", "Administrative tasks"],
    ["photocopied the bundle", "photocopied", "Photocopying"],
    ["researched the point", "researched", "Research"],
    ["an intra-office conference", "intra-office conference", "Intraoffice conference"],
    ["RÉSEARCH in capitals with an accent", "RÉSEARCH", "Research"],
    ["Reviewed and analyzed the patents", "Reviewed and analyzed", "Review and analyze"],
    ["reviewing e-mails from the office", "reviewing e-mails", "Review emails"],
    ["Tel. att. on client", "Tel. att", "Telephone attendance"],
    ["Conf. w/ assoc. re chart", "Conf. w/ assoc", "Conference with associate"],
    ["an internal team meeting", "internal team meeting", "Internal meeting"],
    ["Perusing data room documents", "Perusing data room documents", "Perusal of documents"],
    // The object first, the action after it, as a participle or a compound.
    ["File reviewed for completeness", "File reviewed", "Review of file"],
    [
      "Correspondence prepared for signing",
      "Correspondence prepared",
      "Preparation of correspondence",
    ],
    ["Email review (inbox)", "Email review", "Review emails"],
    ["Reviewed incoming emails", "Reviewed incoming emails", "Review emails"],
    ["review of emails from the agent", "review of emails", "Review emails"],
    // A modifier after its noun or as an adverb; the head as the activity.
    ["Conferring internally re strategy", "Conferring internally", "Internal conference"],
    ["Conference (internal) re strategy", "Conference (internal", "Internal conference"],
    ["internal conferencing on settlement", "internal conferencing", "Internal conference"],
    // A determiner or a possessive inside the phrase.
    ["Attention to this file", "Attention to this file", "Attention to file"],
    ["Review of our file", "Review of our file", "Review of file"],
    ["Review of the client's file", "Review of the client's file", "Review of file"],
    ["Review of Acme’s file", "Review of Acme’s file", "Review of file"],
    // The other number of the last word; a generic head dropped or changed.
    ["Administrative task", "Administrative task", "Administrative tasks"],
    ["admin and filing", "admin", "Administrative tasks"],
    ["administrative work on the bundle", "administrative work", "Administrative tasks"],
    ["travelling to Leeds", "travelling", "Travel time"],
    ["Telephone calls with client", "Telephone calls with client", "Telephone call with client"],
    // The object first written the other way round, as "action of object".
    ["Organization of the file index", "Organization of the file", "File organization"],
    // British and American spellings, of the term and of its forms.
    ["File organisation (bundles)", "File organisation", "File organization"],
    ["Organising file for trial", "Organising file", "File organization"],
    ["color copying of exhibits", "color copying", "Colour copying"],
    ["Traveling to Leeds", "Traveling", "Travel time"],
  ])("finds %j", (text, found, term) => {
    const hits = matcher.findAll(text);
    expect(hits.map((h) => [h.text, h.term])).toContainEqual([found, term]);
  });

  test.each([
    ["General research on s.18", "General research", "General legal research"],
    ["Preparation for meeting with the board", "Preparation for meeting", "Prepare for meeting"],
  ])("a middle modifier dropped, a verb as its noun: %j", (text, found, term) => {
    expect(matcher.findAll(text).map((h) => [h.text, h.term])).toContainEqual([found, term]);
  });

  describe("an entry in another word order, a leading modifier of the usual kind dropped", () => {
    const ordered = new TermMatcher(
      [
        "Opening file",
        "Reviewing emails",
        "Preparing invoice",
        "Attendance on telephone",
        "Conference with colleague",
        "General file review",
        "Routine correspondence with client",
        "Closing file",
      ].map((term) => ({ term, data: term, inflect: true })),
    );
    test.each([
      ["File opening and conflict check", "File opening", "Opening file"],
      ["file opened, KYC done", "file opened", "Opening file"],
      ["opening of the file for the new claim", "opening of the file", "Opening file"],
      ["Email review (inbox)", "Email review", "Reviewing emails"],
      ["review of emails from the agent", "review of emails", "Reviewing emails"],
      ["Invoice preparation for March", "Invoice preparation", "Preparing invoice"],
      ["Telephone attendance on client", "Telephone attendance", "Attendance on telephone"],
      ["two telephone attendances", "telephone attendances", "Attendance on telephone"],
      ["Colleague conference re quantum", "Colleague conference", "Conference with colleague"],
      ["File review ahead of the hearing", "File review", "General file review"],
      ["reviewed the file again", "reviewed the file", "General file review"],
      [
        "Correspondence with client re costs",
        "Correspondence with client",
        "Routine correspondence with client",
      ],
      ["File closing letter", "File closing", "Closing file"],
    ])("finds %j", (text, found, term) => {
      expect(ordered.findAll(text).map((h) => [h.text, h.term])).toContainEqual([found, term]);
    });
    test.each([
      // An adjective after its noun describes it: "the file open", "the file close to hand".
      ["we keep the file open until the appeal", "Opening file"],
      ["keep the file close to hand", "Closing file"],
      // A different object or a different action is another entry.
      ["Telephone call with the registry", "Attendance on telephone"],
      ["invoice sent on Monday", "Preparing invoice"],
      // A modifier of the usual kind goes only before two words or more.
      ["general matters on the agenda", "General file review"],
    ])("no hit in %j for %j", (text, term) => {
      expect(ordered.findAll(text).filter((h) => h.term === term)).toEqual([]);
    });
  });

  test("an entry without inflect matches only as written (and its plural)", () => {
    expect(plain.findAll("we researched and reviewed the file").map((h) => h.text)).toEqual([]);
    expect(plain.findAll("two reviews of files").map((h) => h.text)).toEqual([]);
    expect(plain.findAll("a review of files").map((h) => h.text)).toEqual(["review of files"]);
  });

  test.each([
    "the researcher's notes",
    "re: search warrant",
    "an intern conference",
    "internal. The meeting",
    "internal and external meeting",
    "the administrative court",
    "the administrative team",
    "the file was not reviewed",
  ])("no false form in %j", (text) => {
    expect(matcher.findAll(text)).toEqual([]);
  });

  test("an entry with and one without inflect on the same words share the hit", () => {
    const mixed = new TermMatcher([
      { term: "research", data: "topic" },
      { term: "Research", data: "billing", inflect: true },
    ]);
    expect(mixed.findAll("some research").map((h) => h.allData.sort())).toEqual([
      ["billing", "topic"],
    ]);
    expect(mixed.findAll("we researched it").map((h) => h.allData)).toEqual([["billing"]]);
  });
});
