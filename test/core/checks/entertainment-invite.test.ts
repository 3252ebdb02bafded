import * as entertainmentInvite from "../../../src/core/checks/entertainment-invite";
import { at, DAN, FORD, runCheck, runRuleTests } from "./rule-tester";

const several =
  "We have two tickets to the final. Can I take you to lunch next week? Join me for a round of golf. Are you free for drinks on Friday?";
const baseball = "Dan, would you like to join us at the baseball game on Saturday?";

/** An invitation to Dan whose evidence is `text`. */
const invites = (name: string, body: string, ...texts: string[]) => ({
  name,
  to: DAN,
  body,
  findings: texts.map((text) => ({ messageId: "invite", evidence: at("body", body, text) })),
});
const quiet = (name: string, body: string) => ({ name, to: DAN, body });
/** A message to Dan with one line said to a colleague on copy. */
const COLLEAGUE_LINE =
  "Dan, the privilege log is attached; we need your sign-off by Monday.\n\nTom - separately, you're on for the Knicks game with me Thursday, I have your ticket.";

runRuleTests(entertainmentInvite, {
  valid: [
    // Round 29: a case name is no fixture unless an event follows.
    quiet(
      "round 29: a case name before a hearing is no fixture",
      "Dan, would you like to join us for the Smith v Jones costs hearing next week?",
    ),
    // Round 12: food at a working session on the client's matter, at their offices, paid by the
    // guest, refused, told of the past, or a contract's; an event that is not the firm's.
    quiet(
      "round 12 event meal: working session at your offices; lunch will be provided",
      "We'll come to your offices on Tuesday for the working session on the disclosure list; lunch will be provided.",
    ),
    quiet(
      "round 12 event meal: drafting session; lunch will be provided in the room",
      "Please join us for the all-day drafting session at our offices on Friday; lunch will be provided in the room.",
    ),
    quiet(
      "round 12 event meal: a sandwich lunch at the mediation",
      "Would you like to join us at the mediation? A sandwich lunch will be provided.",
    ),
    quiet(
      "round 12 event meal: the completion meeting",
      "Join us at our offices on Tuesday for the completion meeting; lunch will be provided.",
    ),
    quiet(
      "round 12 event meal: a training session at the client's own offices",
      "We'd be glad to run the training session for your HR team at your offices on 9 May; sandwiches will be provided.",
    ),
    quiet(
      "round 12 event meal: no lunch at a webinar",
      "Please register for our webinar on 3 June; no lunch will be provided as it is online.",
    ),
    quiet(
      "round 12 event meal: lunch in the ticket price of someone else's conference",
      "We hope to see you at the Law Society conference; lunch is included in the ticket price.",
    ),
    quiet(
      "round 12 event meal: the past",
      "Thank you for coming to our seminar last week; we were glad lunch was provided on time.",
    ),
    quiet(
      "round 12 event meal: a caterer's contract",
      "Do come to the seminar on the catering contract: the caterer says lunch will be provided under clause 4.",
    ),
    quiet(
      "round 12 event meal: materials, not food",
      "Join us for our seminar on 12 March. Materials will be provided.",
    ),
    quiet(
      "round 12 event meal: in the event of",
      "Please join us on the call. In the event that the hearing overruns, sandwiches will be provided.",
    ),
    quiet(
      "round 12 event meal: no invitation to the event",
      "The seminar notes are attached. Lunch will be provided at the board away day, I gather.",
    ),
    // Round 12: golf's softer words ("a round", "make up the numbers") only where the message names
    // golf; a question beside an invitation joins it only when it asks the reader, not of the past
    // or of work.
    quiet(
      "round 12 golf: Fancy a round on Saturday? (no golf named: a round of drinks or comments)",
      "Fancy a round on Saturday?",
    ),
    quiet(
      "round 12 golf: We need to make up the numbers on the panel for the seminar.",
      "We need to make up the numbers on the panel for the seminar.",
    ),
    quiet(
      "round 12 golf: the golf club lease; another round of comments on the draft",
      "The golf club lease is agreed. Would you like another round of comments on the draft?",
    ),
    quiet(
      "round 12 golf: the golf course sale; a round number for the price",
      "On the golf course sale, could we make it a round number for the buyer?",
    ),
    quiet(
      "round 12 golf: The four-ball won the pro-am last year.",
      "The four-ball won the pro-am last year, and we played a round the day after.",
    ),
    quiet(
      "round 12 golf: Any chance you'd send the signed copies by Friday?",
      "Any chance you'd send the signed copies by Friday?",
    ),
    // Round 10: the activity's jargon and places kept for the recipient, in their other senses:
    // told of the past, a matter, a fraction, a mailing list, work.
    quiet(
      "round 10 jargon: We played nine holes on Sunday and the back nine was wet.",
      "We played nine holes on Sunday and the back nine was wet.",
    ),
    quiet(
      "round 10 jargon: Your team's golf day sounded great; glad the fourball won.",
      "Your team's golf day sounded great; glad the fourball won.",
    ),
    quiet(
      "round 10 jargon: The client's shoot on the grouse moor went well last season.",
      "The client's shoot on the grouse moor went well last season.",
    ),
    quiet(
      "round 10 jargon: The lease of the grouse moor includes the sporting rights; t",
      "The lease of the grouse moor includes the sporting rights; the driven days are let to a syndicate.",
    ),
    quiet(
      "round 10 jargon: The tee time booking system is the subject of the dispute.",
      "The tee time booking system is the subject of the dispute.",
    ),
    quiet(
      "round 10 jargon: Please make up a four-page summary for the board.",
      "Please make up a four-page summary for the board.",
    ),
    quiet(
      "round 10 jargon: The tickets for the conference have your name on them.",
      "The tickets for the conference have your name on them.",
    ),
    quiet(
      "round 10 jargon: I have put you on the list for the training session.",
      "I have put you on the list for the training session.",
    ),
    quiet(
      "round 10 jargon: There is a seat for you on the panel.",
      "There is a seat for you on the panel.",
    ),
    quiet(
      "round 10 jargon: The registration form has your name on it.",
      "The registration form has your name on it.",
    ),
    quiet(
      "round 10 jargon: Peg the claim to the Derby valuation; the Gold Cup sponsorsh",
      "Peg the claim to the Derby valuation; the Gold Cup sponsorship contract is attached.",
    ),
    quiet(
      "round 10 jargon: Could you send the beat schedule for the river fishery lease",
      "Could you send the beat schedule for the river fishery lease?",
    ),
    quiet(
      "round 10 jargon: The tickets for the conference have your name on them.",
      "The tickets for the conference have your name on them.",
    ),
    quiet(
      "round 10 jargon: We need a fourth witness statement before Friday.",
      "We need a fourth witness statement before Friday.",
    ),
    quiet(
      "round 10 jargon: Would you like a copy of the tee time agreement?",
      "Would you like a copy of the tee time agreement?",
    ),
    quiet(
      "round 10 jargon: Would you like a four-page summary or the full note?",
      "Would you like a four-page summary or the full note?",
    ),
    quiet(
      "round 10 jargon: Can you use a fourth of the budget for the audit?",
      "Can you use a fourth of the budget for the audit?",
    ),
    quiet(
      "round 10 jargon: The estate's grouse moor lease: would you like a call to dis",
      "The estate's grouse moor lease: would you like a call to discuss it?",
    ),
    quiet(
      "round 10 jargon: Would you like a copy of the driven day accounts for the syn",
      "Would you like a copy of the driven day accounts for the syndicate dispute?",
    ),
    quiet(
      "round 10 jargon: I have put you on the list for the newsletter.",
      "I have put you on the list for the newsletter.",
    ),
    quiet(
      "round 10 jargon: I have put you on the list of attendees for the board meetin",
      "I have put you on the list of attendees for the board meeting.",
    ),
    quiet(
      "round 10 jargon: We booked the tee time for your clients last week and they e",
      "We booked the tee time for your clients last week and they enjoyed the back nine.",
    ),
    quiet(
      "round 10 jargon: There is a place for you on the training course.",
      "There is a place for you on the training course.",
    ),
    quiet("beer as the client's product", "Dan, your beers are now sold in 40 countries."),
    quiet(
      "round 7: the pleasure of a signature",
      "Dan, the partners request the pleasure of your signature on the enclosed deed.",
    ),
    quiet("round 7: hope you'll join a call", "Dan, we hope you'll join the call on Friday."),
    quiet(
      "round 7: join us in welcoming",
      "Dan, join us in welcoming our new head of tax, who starts on Monday.",
    ),
    quiet("round 7: do as a verb", "Dan, what do you do about the indemnity?"),
    quiet(
      "round 7: interest in a fee arrangement",
      "Dan, could I interest you in our new fixed-fee arrangement?",
    ),
    quiet(
      "round 7: a meeting room booked",
      "Dan, the meeting room is booked for 1pm on Friday at our offices – see you there.",
    ),
    quiet(
      "round 7: an introduction at a meeting",
      "Dan, I'd love to introduce you to our new head of tax at the meeting on Tuesday.",
    ),
    quiet("round 7: could join a call", "Dan, if you could join the call at 3pm that would help."),
    quiet("round 7: a date kept free for work", "Dan, please keep 4 July free for the signing."),
    {
      name: "round 7: a line said to a colleague on copy offers nothing to the client",
      recipients: [
        { address: DAN, kind: "to" as const },
        { address: "tom.reed@firm.example", name: "Tom Reed", kind: "cc" as const },
      ],
      body: COLLEAGUE_LINE,
    },
    quiet(
      "round 7: Dan, there's a drinks reception at the conference but I'm no",
      "Dan, there's a drinks reception at the conference but I'm not going.",
    ),
    quiet(
      "round 7: Dan, please stay on the call after the hearing so we can dis",
      "Dan, please stay on the call after the hearing so we can discuss next steps.",
    ),
    quiet(
      "round 7: Dan, a party to the contract may terminate on notice.",
      "Dan, a party to the contract may terminate on notice.",
    ),
    quiet(
      "round 7: Dan, please leave the bundle at the reception on the ground ",
      "Dan, please leave the bundle at the reception on the ground floor.",
    ),
    quiet(
      "round 7: Dan, the dress code for the tribunal is business attire.",
      "Dan, the dress code for the tribunal is business attire.",
    ),
    quiet(
      "round 7: Dan, I've added you to the distribution list for the weekly ",
      "Dan, I've added you to the distribution list for the weekly update.",
    ),
    quiet(
      "round 7: Dan, we are hosting a webinar on the Employment Rights Act o",
      "Dan, we are hosting a webinar on the Employment Rights Act on 12 May – shall I add you?",
    ),
    quiet(
      "round 7: Dan, please save the date: the trial is listed for 4 March.",
      "Dan, please save the date: the trial is listed for 4 March.",
    ),
    quiet(
      "round 7: Dan, the summer third party claims are listed below.",
      "Dan, the summer third party claims are listed below.",
    ),
    quiet(
      "round 7: To all you Dream Theater fans out there, please accept my ap",
      "To all you Dream Theater fans out there, please accept my apologies.",
    ),
    quiet(
      "round 7: Dan, the proposal had a mixed reception from the board.",
      "Dan, the proposal had a mixed reception from the board.",
    ),
    quiet(
      "round 6: the client's own party",
      "Dan, the client is hosting its own Christmas party; their caterer's terms need reviewing.",
    ),
    quiet(
      "round 6: a case name between two clubs",
      "Dan, Arsenal v Tottenham Hotspur Ltd [2019] EWHC 123 is the leading case on this point.",
    ),
    quiet(
      "round 6: screening as a check",
      "Dan, the screening of the new joiners is complete and the AML checks are clean.",
    ),
    quiet(
      "round 6: an exhibition stand",
      "Dan, the exhibition stand costs are set out in clause 4.",
    ),
    quiet(
      "round 6: a season ticket loan",
      "Dan, we need the season ticket loan policy updated for the staff handbook.",
    ),
    quiet(
      "round 6: a conditional that asks for nothing",
      "Dan, if you'd like me to send the final version tonight, let me know.",
    ),
    quiet(
      "round 6: the minutes will follow",
      "Dan, the board dinner has been moved to the 9th; the minutes will follow.",
    ),
    quiet(
      "round 6: a fixture watched in the past",
      "Dan, I watched the Arsenal v Chelsea game last weekend with my son.",
    ),
    quiet(
      "round 6: play as a verb",
      "Dan, if you like to live on the bleeding edge and play with the beta, the new release is out.",
    ),
    quiet(
      "round 6: just say, for work",
      "Dan, just say if you need anything else for the completion.",
    ),
    quiet(
      "round 6: a composer's name as a surname",
      "Dan, Strauss's letter of 4 May sets out the landlord's position.",
    ),
    {
      name: "round 6: a subject that is a matter, and the ask is for a call",
      to: DAN,
      subject: "Re: Wimbledon debenture dispute",
      body: "Dan, would you be able to join us on the call at 3?",
    },
    {
      name: "round 6: a subject that is an occasion past",
      to: DAN,
      subject: "Re: Christmas party",
      body: "Dan, thank you for coming, it was lovely to see you there.",
    },
    quiet(
      "the client's own event",
      "Dan, the dinner you are hosting for your board needs a seating plan; shall I review the caterer's terms?",
    ),
    quiet(
      "come to a work meeting",
      "Dan, please come to the meeting at our offices on Tuesday with the title deeds.",
    ),
    quiet(
      "a tie-in is not a dress code",
      "Dan, the black-tie event clause and the tie-in agreement are both in schedule 3.",
    ),
    quiet(
      "a seat on the board",
      "Dan, there is a seat for you on the board once the shares are issued.",
    ),
    quiet(
      "any interest on the loan",
      "Dan, is there any interest payable on the loan for the concert hall works?",
    ),
    quiet("an invitation to tender", "Dan, the invitation to tender will follow next week."),
    quiet("free for a call", "Dan, would you be free for a call after the board meeting?"),
    quiet("my round of comments", "Dan, my round of comments on the lease is attached."),
    { name: "a lunch reported", to: DAN, body: "Dan, I had lunch with the judge yesterday." },
    {
      name: "the dinner in the minutes",
      to: DAN,
      body: "The dinner in the minutes was the board's, not ours.",
    },
    {
      name: "joining a hearing",
      to: DAN,
      body: "Dan, would you like to join us for the hearing on Monday?",
    },
    {
      name: "glad to have seen them, and an evening as a time",
      to: DAN,
      body: "Dan, it was great to see you at the hearing. Completion is now on the evening of 4 March, and it would be lovely to see you sign then.",
    },
    {
      name: "a venue's name on a warehouse",
      to: DAN,
      body: "Dan, the stock is at the Wembley warehouse; please join us for the site inspection on Monday.",
    },
    {
      name: "a plural subject before show, a cruise ship, a skiing accident, a hearing to attend",
      to: DAN,
      body: "Dan, would you be able to attend the hearing on Monday? Some of the figures show a loss. Would you like to join us on the call about the cruise ship charter? The claimant's skiing accident claim is listed.",
    },
    { name: "available for a call", to: DAN, body: "Dan, are you free for a call on Monday?" },
    {
      name: "tickets in a support system",
      to: DAN,
      body: "We have tickets open with the registry.",
    },
    {
      name: "a client who welcomes entertainment",
      to: FORD,
      body: "Would you like to join us for dinner?",
    },
    { name: "lunchtime as a time", to: DAN, body: "I will send it by lunchtime." },
    {
      name: "a meeting at a hotel with lunch provided",
      to: DAN,
      body: "Would you like to join us for the completion meeting at the Savoy? Lunch will be provided in the room.",
    },
    {
      name: "a call after lunch",
      to: DAN,
      body: "Would you like to join the call after lunch? We can go through the draft.",
    },
    {
      name: "a past dinner, reported",
      to: DAN,
      body: "It was good to see you at the Law Society dinner last week. Would you like to join us for the next hearing?",
    },
    {
      name: "thanking the client for their invitation",
      to: DAN,
      body: "Thank you for inviting us to your summer party; we would love to come.",
    },
    {
      name: "the hospitality sector and a webinar",
      to: DAN,
      body: "The hospitality sector has been hit hard. Would you like to join us for the webinar?",
    },
    {
      name: "a seminar at a venue's conference centre",
      to: DAN,
      body: "Please join us for the seminar at Wembley Conference Centre on 4 May.",
    },
    {
      name: "a box file and a table in the data room",
      to: DAN,
      body: "We have a box file for each matter at the office, and I have a table for you in the data room.",
    },
    {
      name: "walking the client through a draft",
      to: DAN,
      body: "Can I take you through the draft on Monday? The figures show a shortfall.",
    },
    {
      name: "coffee at the office",
      to: DAN,
      body: "Would you like to come by our office for a coffee before the hearing?",
    },
    {
      name: "a show cause hearing",
      to: DAN,
      body: "The show cause hearing is on Monday. Would you like to join us?",
    },
    {
      name: "quoted history",
      to: DAN,
      body: "Thanks.\n\nOn Mon, 1 Sep 2026, Sam wrote:\n> Would you like to join us for dinner?",
    },
    // Offers of seats, places and venues that are work, travel or an office (issue 10).
    quiet(
      "tickets for a professional conference",
      "Dan, we have two tickets for the Law Society conference in May; would you like one?",
    ),
    quiet(
      "train tickets to a named city",
      "I have two train tickets to Manchester on Friday if you would like to come.",
    ),
    quiet(
      "a seat on a committee",
      "We have secured you a seat on the creditors' committee; would you like it?",
    ),
    quiet(
      "taking the client to a tribunal",
      "I will take you to the Tribunal building before the hearing; would you like to come?",
    ),
    quiet(
      "hosting a webinar, a photo shoot, a stalking horse",
      "We are hosting a webinar on the new rules; would you like to join? Would you like to join us for the photo shoot for the annual report? We could line up a stalking horse bid.",
    ),
    quiet(
      "spare tickets for a seminar",
      "There are two spare tickets for the employment seminar next week if you would like them.",
    ),
    quiet(
      "our guest at a seminar named the sentence before",
      "We are holding a seminar on the new Act on 5 May. We'd love you to be our guest.",
    ),
    quiet(
      "an evening call",
      "Would you like to join us on the call on Thursday evening? Let's go through the draft tonight.",
    ),
    quiet(
      "an invitation list the client has been taken off",
      "We have removed your team from the invitation list for our summer party and the Wembley box, as your policy requires.",
    ),
    // Round 5: a host's statements and offers, against the same words at work or in a matter.
    quiet(
      "a plain lunch served at a working session",
      "Lunch will be served at 1pm during the working session on the disclosure list.",
    ),
    quiet(
      "what a catering contract says will be served",
      "Clause 4 of the catering contract says canapés will be served by the operator's staff.",
    ),
    quiet(
      "a past statement of what was served",
      "It was good to see you on Friday; the champagne that was served was excellent.",
    ),
    quiet(
      "joining a colleague and me on a call",
      "Would you join Priya and me on the call with the lenders at 3pm?",
    ),
    quiet(
      "a breakfast briefing",
      "Our CLE breakfast briefing on the new sanctions rules is at 8am in the office.",
    ),
    quiet("a glass partition", "Would you fancy a glass partition in the new meeting room?"),
    quiet(
      "a room booked for a meeting",
      "We have booked a room at the Hilton for the completion meeting on Friday.",
    ),
    quiet(
      "a lunch that was had",
      "Did you have lunch at Rules with the other side before the hearing?",
    ),
    quiet(
      "the client's costs are the firm's",
      "The filing fee is on us, as agreed in the engagement letter.",
    ),
    quiet(
      "a room booked for a mediation",
      "We have booked the private dining room at the Savoy for the mediation on the 4th.",
    ),
    quiet(
      "a hearing followed by a break",
      "The hearing will be followed by a short adjournment, and there will be a hearing on costs in May.",
    ),
    quiet(
      "tickets issued by a court",
      "Tickets for the public gallery will be issued by the court.",
    ),
    quiet("a word with the client", "Anna would like to have a word with you about the lease."),
    quiet(
      "what the client would like the lawyer to do tonight",
      "Let me know if you'd like me to send a clean version tonight.",
    ),
    quiet(
      "a car to collect the client for a hearing",
      "The firm will collect you from the airport for the hearing at the Rolls Building.",
    ),
    quiet("rail tickets sorted", "Rail tickets sorted for you for Leeds; the hearing is at 10."),
    quiet(
      "the performance of a contract",
      "The performance of the Swan Lake contract was poor, as the claimant says.",
    ),
  ],
  invalid: [
    // Round 29 (analysis-h28 G): a fixture between the article and the event.
    invites(
      "round 29: a fixture counts as one word before the event",
      "Dan, now the closing is done, would you like to join us for the Leinster v Ulster league match?",
      "would you like to join us for the Leinster v Ulster league match",
    ),
    // Round 29 (analysis-h28 F): a companion's name with its accent.
    invites(
      "round 29: join an accented name and me",
      "Dan, after the mediation, will you and Priya join Zoë and me for lunch at Café Rouge?",
      "join Zoë and me for lunch at Café Rouge",
    ),
    invites(
      "round 29: join an ASCII name and me",
      "Dan, after the mediation, will you and Priya join Sarah and me for lunch at Café Rouge?",
      "join Sarah and me for lunch at Café Rouge",
    ),
    // Round 12: food and drink laid on at the firm's event is hospitality to a client who
    // declines it, however plain; the finding points at the food.
    {
      name: "round 12 event meal: seminar; Lunch will be provided.",
      to: DAN,
      body: "We would be delighted if you could join us for our employment law seminar on 12 March. Lunch will be provided.",
      findings: [
        {
          messageId: "eventMeal",
          evidence: at(
            "body",
            "We would be delighted if you could join us for our employment law seminar on 12 March. Lunch will be provided.",
            "Lunch will be provided",
          ),
        },
      ],
    },
    {
      name: "round 12 event meal: training session; lunch will be provided. Do come along.",
      to: DAN,
      body: "Our in-house counsel training session is on 9 May, 12-2pm; lunch will be provided. Do come along.",
      findings: [
        {
          messageId: "eventMeal",
          evidence: at(
            "body",
            "Our in-house counsel training session is on 9 May, 12-2pm; lunch will be provided. Do come along.",
            "lunch will be provided",
          ),
        },
      ],
    },
    {
      name: "round 12 event meal: breakfast briefing; Breakfast will be served",
      to: DAN,
      body: "Would you like to attend our breakfast briefing on pensions on 5 June? Breakfast will be served from 8am.",
      findings: [
        {
          messageId: "eventMeal",
          evidence: at(
            "body",
            "Would you like to attend our breakfast briefing on pensions on 5 June? Breakfast will be served from 8am.",
            "Breakfast will be served",
          ),
        },
      ],
    },
    {
      name: "round 12 event meal: workshop; dinner is on us (a named meal: the invitation finder)",
      to: DAN,
      body: "We're running a workshop on the new Procurement Act on 3 June. Do come; dinner is on us afterwards.",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "We're running a workshop on the new Procurement Act on 3 June. Do come; dinner is on us afterwards.",
            "Do come; dinner is on us",
          ),
        },
      ],
    },
    {
      name: "round 12 event meal: seminar followed by a buffet lunch",
      to: DAN,
      body: "You are invited to our Procurement Act seminar on 3 June, followed by a buffet lunch.",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "You are invited to our Procurement Act seminar on 3 June, followed by a buffet lunch.",
            "You are invited to our Procurement Act seminar on 3 June, followed by a buffet lunch",
          ),
        },
      ],
    },
    {
      name: "round 12 event meal: coffee at a seminar (anything the firm pays for)",
      to: DAN,
      body: "Our seminar on 12 March is open for registration. Coffee will be available from 9am.",
      findings: [
        {
          messageId: "eventMeal",
          evidence: at(
            "body",
            "Our seminar on 12 March is open for registration. Coffee will be available from 9am.",
            "Coffee will be available",
          ),
        },
      ],
    },
    {
      name: "round 12 event meal: launch; drinks reception to follow (a paragraph later)",
      to: DAN,
      body: "We are launching our new Singapore office on 4 May and would love you to come.\n\nThe launch starts at 5pm with a short talk. Drinks reception to follow.",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "We are launching our new Singapore office on 4 May and would love you to come.\n\nThe launch starts at 5pm with a short talk. Drinks reception to follow.",
            "Drinks reception to follow",
          ),
        },
      ],
    },
    // Round 12: golf's own vocabulary as the invitation, and the finding at the ask.
    invites(
      "round 12 golf: Fancy making up a four-ball with me and Sam? Tee off 9:30, dinner after, all on us.",
      "Fancy making up a four-ball with me and Sam? Tee off 9:30, dinner after, all on us.",
      "Fancy making up a four-ball with me and Sam? Tee off 9:30, dinner after, all on us",
    ),
    invites(
      "round 12 golf: a forwarded golf day: the ask, not the logistics line",
      "The charity golf day is on 14 June at Sunningdale. Fancy making up a four-ball with me and Sam? Tee off 9:30, dinner after, all on us.",
      "Fancy making up a four-ball with me and Sam? Tee off 9:30, dinner after, all on us",
    ),
    invites(
      "round 12 golf: Would you like to make up a four-ball with me and Sam?",
      "Would you like to make up a four-ball with me and Sam?",
      "Would you like to make up a four-ball",
    ),
    invites(
      "round 12 golf: making up a four-ball … Any chance you'd fill the gap?",
      "A few of us are making up a four-ball at Royal County Down on Saturday and we're one short. Any chance you'd fill the gap?",
      "making up a four-ball at Royal County Down on Saturday and we're one short. Any chance you'd fill",
    ),
    invites(
      "round 12 golf: Any chance you'd fill the gap on Saturday? Tee off at 9, lunch after, all on us.",
      "Any chance you'd fill the gap on Saturday? Tee off at 9, lunch in the clubhouse after, all on us.",
      "Any chance you'd fill the gap on Saturday? Tee off at 9, lunch in the clubhouse after, all on us",
    ),
    invites(
      "round 12 golf: Are you around on the 14th? We have a four-ball at Sunningdale and dinner after, on us.",
      "Are you around on Saturday the 14th? We have a four-ball at Sunningdale and dinner after, on us.",
      "Are you around on Saturday the 14th? We have a four-ball at Sunningdale and dinner after, on us",
    ),
    invites(
      "round 12 golf: We have a fourball slot on Saturday if you'd like it.",
      "We have a fourball slot on Saturday if you'd like it.",
      "fourball slot on Saturday if you'd like it",
    ),
    invites(
      "round 12 golf: Are you free for a tee time on the 14th? We're making up the numbers.",
      "Are you free for a tee time on the 14th? We're making up the numbers.",
      "Are you free for a tee time on the 14th? We're making up the numbers",
    ),
    invites(
      "round 12 golf: the golf day, and a round offered in the next sentence",
      "Our golf day is at Wentworth on 3 May. Fancy a round with the partners?",
      "Fancy a round",
    ),
    invites(
      "round 12 golf: a question of the past before the offer stays out of it",
      "Did you get my note on the lease? We have a four-ball at Sunningdale on Friday, dinner after, on us.",
      "We have a four-ball at Sunningdale on Friday, dinner after, on us",
    ),
    // Round 10: days out in the jargon of the activity, never naming it, and places kept for the
    // recipient by name ("the tickets have your name on them"), each with a proposal.
    invites(
      "round 10: the host paying, beside an invitation just made, is that invitation",
      "Dan, fancy eighteen holes at the club on Sunday? My treat, and we can talk shop on the back nine.",
      "fancy eighteen holes at the club on Sunday? My treat, and we can talk shop on the back nine",
    ),
    invites(
      "round 10 jargon: Would you fancy nine holes at Wexham on Friday aft",
      "Would you fancy nine holes at Wexham on Friday afternoon?",
      "fancy nine holes",
    ),
    invites(
      "round 10 jargon: We are one short: would you make up a four on Satu",
      "We are one short: would you make up a four on Saturday morning?",
      "would you make up a four",
    ),
    invites(
      "round 10 jargon: Are you free to make up a fourball at Royal Ashdow",
      "Are you free to make up a fourball at Royal Ashdown next month?",
      "Are you free to make up a fourball",
    ),
    invites(
      "round 10 jargon: I have a tee time at 8.10 on Sunday. Would you lik",
      "I have a tee time at 8.10 on Sunday. Would you like to join me?",
      "tee time at 8.10 on Sunday. Would you like to join me",
    ),
    invites(
      "round 10 jargon: Bring your clubs when you come down in June and we",
      "Bring your clubs when you come down in June and we will play the back nine.",
      "Bring your clubs when you come down in June and we will play the back nine",
    ),
    invites(
      "round 10 jargon: Would you like a day on the grouse moor in August?",
      "Would you like a day on the grouse moor in August?",
      "Would you like a day on the grouse moor",
    ),
    invites(
      "round 10 jargon: There is a peg for you on our driven day in Novemb",
      "There is a peg for you on our driven day in November if you would like it.",
      "a peg for you on our driven day in November if you would like it",
    ),
    invites(
      "round 10 jargon: We have a gun spare for the Glorious Twelfth. Woul",
      "We have a gun spare for the Glorious Twelfth. Would you like to come?",
      "a gun spare for the Glorious Twelfth. Would you like to come",
    ),
    invites(
      "round 10 jargon: Would you like to join us for Ladies' Day at Aintr",
      "Would you like to join us for Ladies' Day at Aintree?",
      "Would you like to join us for Ladies' Day at Aintree",
    ),
    invites(
      "round 10 jargon: We have a box for the Gold Cup. Would you care to ",
      "We have a box for the Gold Cup. Would you care to join us?",
      "We have a box for the Gold Cup. Would you care to join us",
    ),
    invites(
      "round 10 jargon: Fancy a beat on the Spey in May? The rod is yours.",
      "Fancy a beat on the Spey in May? The rod is yours.",
      "Fancy a beat on the",
      "The rod is yours",
    ),
    invites(
      "round 10 jargon: The tickets have your name on them.",
      "The tickets have your name on them.",
      "tickets have your name on them",
    ),
    invites(
      "round 10 jargon: I have two passes for you for Saturday.",
      "I have two passes for you for Saturday.",
      "I have two passes for you",
    ),
    invites(
      "round 10 jargon: I have put you on the list for Friday night.",
      "I have put you on the list for Friday night.",
      "put you on the list",
    ),
    invites(
      "round 10 jargon: There is a seat for you at our table on the 14th.",
      "There is a seat for you at our table on the 14th.",
      "a seat for you",
    ),
    invites(
      "round 10 jargon: You would be our guest, of course.",
      "You would be our guest, of course.",
      "be our guest",
    ),
    invites(
      "round 10 jargon: Dinner afterwards is our treat.",
      "Dinner afterwards is our treat.",
      "Dinner afterwards is our treat",
    ),
    invites(
      "round 10 jargon: We have a table for the evening at Rules. Do join ",
      "We have a table for the evening at Rules. Do join us.",
      "We have a table for the evening at Rules. Do join us",
    ),
    invites(
      "round 10 jargon: Dinner at Deanes, on us, once this closes.",
      "Dinner at Deanes, on us, once this closes.",
      "Dinner at Deanes, on us",
    ),
    invites(
      "round 10 jargon: Sarah and I are playing at Wentworth on the 12th a",
      "Sarah and I are playing at Wentworth on the 12th and need a fourth. Any interest?",
      "Wentworth on the 12th and need a fourth. Any interest",
    ),
    invites(
      "round 10 jargon: If you are around we could play eighteen holes at ",
      "If you are around we could play eighteen holes at the club.",
      "If you are around we could play eighteen holes",
    ),
    invites(
      "round 10 jargon: Do bring your clubs on Friday – we tee off at 2.",
      "Do bring your clubs on Friday – we tee off at 2.",
      "Do bring your clubs on Friday – we tee off",
    ),
    invites(
      "round 10 jargon: Would you like to take a peg on the 3rd? We have a",
      "Would you like to take a peg on the 3rd? We have a driven day at Bolton Abbey.",
      "Would you like to take a peg on the 3rd? We have a driven day",
    ),
    invites(
      "round 10 jargon: Shall I add you for Derby Day? Let me know.",
      "Shall I add you for Derby Day? Let me know.",
      "add you for Derby Day",
    ),
    invites(
      "round 10 jargon: We could use someone to crew for us at Cowes. Fanc",
      "We could use someone to crew for us at Cowes. Fancy it?",
      "crew for us at Cowes. Fancy it",
    ),
    invites("a beer, US and UK", "Dan, let's grab a beer after the hearing.", "let's grab a beer"),
    invites("a beer by its measure", "Dan, fancy a beer after the signing?", "fancy a beer"),
    invites(
      "round 7: the formal card",
      "Dan, the partners of Ashby Lane request the pleasure of your company at a reception on 14 May.",
      "request the pleasure of your company at a reception",
    ),
    invites(
      "round 7: hope you'll join, contracted",
      "Dan, we hope you'll join us for our summer drinks on the 4th.",
      "hope you'll join us for our summer drinks",
    ),
    invites(
      "round 7: a celebration by its verb",
      "Dan, join us in celebrating twenty-five years of the firm on 12 June at the Orangery.",
      "join us in celebrating",
    ),
    invites(
      "round 7: a bit of a do, and popping along after a dash",
      "Dan, we're having a bit of a do at the office on Friday for the team's promotions – pop along if you can.",
      "we're having a bit of a do at the office on Friday for the team's promotions – pop along",
    ),
    invites(
      "round 7: the Christmas do",
      "Dan, the firm's Christmas do is on the 19th and you're very welcome to join us.",
      "Christmas do is on the 19th and you're very welcome to join us",
    ),
    invites(
      "round 7: could I interest you",
      "Dan, could I interest you in a couple of tickets to the Ryder Cup?",
      "could I interest you in a couple of tickets to the Ryder Cup",
    ),
    invites(
      "round 7: a meal booked, see you there",
      "Dan, lunch is booked for 1pm on Friday at Rules – see you there.",
      "lunch is booked for 1pm on Friday at Rules – see you there",
    ),
    invites(
      "round 7: a summer bash",
      "Dan, we've got a summer bash on 4 July at the office; would be great to have you.",
      "summer bash on 4 July at the office; would be great to have you",
    ),
    invites(
      "round 7: an ask in the past subjunctive",
      "Dan, you'd be doing me a favour if you came to our summer drinks – I need friendly faces!",
      "if you came to our summer drinks",
    ),
    invites(
      "round 7: people to meet at the dinner",
      "Dan, there's a dinner for our GC network on 5 March at the Ivy Club – I'd love to introduce you to a few people there.",
      "a dinner for our GC network on 5 March at the Ivy Club – I'd love to introduce you",
    ),
    invites(
      "round 7: a date kept free without an article",
      "Dan, please keep 4 July free for our summer drinks.",
      "keep 4 July free for our summer drinks",
    ),
    invites(
      "round 7: hoping the client swings by",
      "Dan, hope you can swing by our open house on Thursday.",
      "hope you can swing by our open house",
    ),
    invites(
      "round 7: a tailgate, and the family asked along",
      "Dan, our tailgate before the Giants game is on Sunday – bring the kids.",
      "tailgate before the Giants game is on Sunday – bring the kids",
    ),
    {
      name: "round 7: a forwarded flyer's subject and an ask under it: one finding, at the ask",
      to: DAN,
      subject: "Fwd: Autumn Garden Reception – save the date",
      body: "Dan – we'd love to see you at this. Shall I put you on the list?",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Dan – we'd love to see you at this. Shall I put you on the list?",
            // A place on the list is an occasion of its own (round 10): the ask takes it in.
            "love to see you at this. Shall I put you on the list",
          ),
        },
      ],
    },
    {
      name: "round 7: the line said to the client, a colleague on copy",
      recipients: [
        { address: DAN, kind: "to" as const },
        { address: "tom.reed@firm.example", name: "Tom Reed", kind: "cc" as const },
      ],
      body: COLLEAGUE_LINE.replace("Tom -", "Dan -"),
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            COLLEAGUE_LINE.replace("Tom -", "Dan -"),
            "Knicks game with me Thursday, I have",
          ),
        },
      ],
    },
    invites(
      "round 7: drinks after a talk, and staying on",
      "Dan, after the update on the 14th there are drinks afterwards in the atrium – do stay on.",
      "there are drinks afterwards",
    ),
    invites(
      "round 7: a party, and a place on its list asked in the next sentence",
      "Dan, our summer party is on 3 July on the roof terrace. Shall I add you to the list?",
      "summer party is on 3 July on the roof terrace. Shall I add you to the list",
    ),
    invites(
      "round 7: the host's reception by its plain word",
      "Dan, we are holding a small reception for clients on 9 May, and I do hope you can come.",
      "we are holding a small reception for clients on 9 May, and I do hope you can come",
    ),
    invites(
      "round 7: staying on for drinks",
      "Dan, we would love you to stay on for drinks on the terrace with the partners.",
      "love you to stay on for drinks",
    ),
    invites(
      "round 7: the imperative after the name it is said to",
      "Dan, come to our Christmas party!",
      "come to our Christmas party",
    ),
    invites(
      "round 7: a guest list and a plus-one",
      "Dan, you're on the guest list for Thursday; bring a plus-one if you like.",
      "you're on the guest list for Thursday; bring a plus-one",
    ),
    invites(
      "round 7: an outing for clients",
      "Dan, the team is planning an outing to the coast in September for some of our clients – are you interested?",
      "an outing to the coast in September for some of our clients – are you interested",
    ),
    invites(
      "round 7: a companion named by relation",
      "Dan, you and your wife would be most welcome at our garden party on 21 June.",
      "you and your wife would be most welcome at our garden party",
    ),
    invites(
      "round 7: the ask contracted (if you'd attend)",
      "Dan, we'd be honoured if you'd attend our anniversary celebration on 12 September.",
      "honoured if you'd attend our anniversary celebration",
    ),
    invites(
      "round 7: thanks given by the invitation, and going out",
      "Dan, as a thank you for your work on the merger we'd love to take you and the team out.",
      "take you and the team out",
    ),
    invites(
      "round 7: a call in passing, after the name it is said to",
      "Dan, pop in for a glass of something on Thursday – we're in the library from 6.",
      "pop in for a glass of something",
    ),
    invites(
      "round 7: US logistics: cocktail attire and RSVP",
      "Dan, we're hosting a holiday party on December 12 at the Harvard Club. Cocktail attire. Please RSVP by December 1.",
      "hosting a holiday party on December 12 at the Harvard Club. Cocktail attire. Please RSVP",
    ),
    invites(
      "round 7: a pub the host is heading to",
      "Dan, a few of us are heading to the pub after the training on Thursday – you'd be very welcome to tag along.",
      "to the pub after the training on Thursday – you'd be very welcome",
    ),
    invites(
      "round 7: a table for an event named by its second word",
      "Dan, we have a couple of places at our table for the charity gala; are you free?",
      "we have a couple of places at our table for the charity gala",
    ),
    invites(
      "round 6: a fixture between two teams, with a conditional ask",
      "Dan, if you're around on Saturday, Chelsea are at home to Newcastle and there's a spare seat next to me.",
      "if you're around on Saturday, Chelsea are at home to Newcastle and there's a spare seat",
    ),
    invites(
      "round 6: teams meeting by 'against'",
      "Dan, any chance you'd be up for the Knicks against the Celtics next Tuesday? I have two.",
      "you'd be up for the Knicks against the Celtics",
    ),
    invites(
      "round 6: a venue, and the ask in the next sentence",
      "Dan, the LSO are playing Mahler's Fifth at the Barbican on the 6th. Would you like to come?",
      "Barbican on the 6th. Would you like to come",
    ),
    invites(
      "round 6: a film screening the firm hosts",
      "Dan, we are hosting a screening of the new Bond film for clients on 4 November; do come.",
      "hosting a screening of the new Bond film for clients on 4 November; do come",
    ),
    invites(
      "round 6: an exhibition opening",
      "Dan, would you like to come to the opening of the Hockney exhibition with us?",
      "would you like to come to the opening of the Hockney exhibition",
    ),
    invites(
      "round 6: a conditional offer of a named venue",
      "Dan, if you'd like a day at Lord's for the second Test, just say.",
      "if you'd like a day at Lord's for the second Test, just say",
    ),
    invites(
      "round 6: welcome to use our seats",
      "Dan, you are welcome to use our seats at Twickenham for the autumn internationals.",
      "you are welcome to use our seats at Twickenham",
    ),
    invites(
      "round 6: a weekend's shooting",
      "Dan, we'd be delighted if you could join us for a weekend's shooting in Norfolk.",
      "delighted if you could join us for a weekend's shooting in Norfolk",
    ),
    invites(
      "round 6: a pleasure to have you at our table",
      "Dan, it would be a pleasure to have you at our table for the Law Society Dinner.",
      "pleasure to have you at our table for the Law Society Dinner",
    ),
    invites(
      "round 6: tickets the host cannot use",
      "Dan, would you like two for the ballet on Friday? We can't use them.",
      "would you like two for the ballet on Friday? We can't use them",
    ),
    invites(
      "round 6: festive food and drink",
      "Dan, do join us for mulled wine and mince pies at the office on the 19th.",
      "join us for mulled wine and mince pies",
    ),
    invites(
      "round 6: any good to you",
      "Dan, spare seats for the Spurs v Chelsea game on Sunday – any good to you?",
      "spare seats for the Spurs v Chelsea game on Sunday – any good to you",
    ),
    invites(
      "round 6: putting the client's name on the seats",
      "Dan, the firm has two seats for the Carabao Cup final. Shall I put your name on them?",
      "the firm has two seats for the Carabao Cup final. Shall I put your name on them",
    ),
    invites(
      "round 6: yours for the asking",
      "Dan, our debenture seats on Centre Court are free on the second Tuesday. They would be yours for the asking.",
      "Centre Court are free on the second Tuesday. They would be yours",
    ),
    invites(
      "round 6: ski passes offered",
      "Dan, the cottage in Verbier is empty that weekend, and the lift passes are yours; my treat.",
      "lift passes are yours; my treat",
    ),
    invites(
      "round 6: the host's suggestion",
      "Dan, we could take in a show after the meeting – Book of Mormon is on at the Prince of Wales.",
      "we could take in a show",
    ),
    {
      name: "round 6: a forwarded flyer whose subject is the occasion",
      to: DAN,
      subject: "FW: Summer reception – 18 June",
      body: "Dan, thought you might enjoy this – it would be lovely to see you there.",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Dan, thought you might enjoy this – it would be lovely to see you there.",
            "thought you might enjoy this – it would be lovely to see you there",
          ),
        },
      ],
    },
    invites(
      "an occasion describing the offer beside it joins it",
      "Dan, we have two spares for Tosca at the Coliseum on the 2nd. Supper in the interval, black tie. Interested?",
      "we have two spares for Tosca at the Coliseum on the 2nd. Supper in the interval, black tie. Interested?",
    ),
    invites(
      "yours if the client wants them",
      "Dan, two in the Royal Box for the men's final. Yours if you want them.",
      "the Royal Box for the men's final. Yours if you want them",
    ),
    invites(
      "tickets named by their show and sorted for the client",
      "Dan, Mamma Mia tickets sorted for you and Ruth for Saturday.",
      "Mamma Mia tickets sorted for you",
    ),
    invites(
      "a performance widened to its work",
      "Dan, would you be our guest for the evening performance of Swan Lake?",
      "be our guest for the evening performance of Swan Lake",
    ),
    invites(
      "an offer asked as of use",
      "Dan, I have two for the Giants game on Sunday. Any use to you?",
      "I have two for the Giants game on Sunday. Any use to you",
    ),
    invites(
      "how the client is fixed",
      "Dan, how are you fixed for a spot of lunch at Wiltons on the 8th?",
      "how are you fixed for a spot of lunch at Wiltons",
    ),
    invites(
      "room for more in the host's box",
      "Dan, our box at Murrayfield has room for two more for the Calcutta Cup.",
      "our box at Murrayfield has room for two more",
    ),
    invites(
      "the host offering to book",
      "Dan, shall I book a table at Moro for Thursday?",
      "shall I book a table at Moro",
    ),
    invites(
      "a guest sent somewhere named",
      "Dan, as a thank-you we'd like to send you and Priya to Le Manoir.",
      "send you and Priya to Le Manoir",
    ),
    // Round 5: a host's statement ("will be served", "there will be", "on the firm"), a drink
    // offered by its measure, a meal asked as a question, the host and a colleague, a room
    // reserved somewhere named, and an invitation widened to the entertainment it offers.
    invites(
      "a host's statement of what will be served",
      "Dan, after the talk, champagne and oysters will be served in the Long Gallery.",
      "champagne and oysters will be served",
    ),
    invites(
      "there will be a dinner",
      "Dan, there will be a four-course dinner at the Guildhall after the prize-giving.",
      "there will be a four-course dinner at the Guildhall",
    ),
    invites(
      "a buffet lunch laid on after a seminar",
      "Dan, the seminar ends at 12.30 and a buffet lunch will be served in the atrium.",
      "a buffet lunch will be served",
    ),
    invites(
      "the firm pays",
      "Dan, lunch at Sweetings after the signing is on the firm.",
      "lunch at Sweetings after the signing is on the firm",
    ),
    invites(
      "picking up the tab",
      "Dan, we'll pick up the tab for supper at the Wolseley on Thursday.",
      "pick up the tab for supper at the Wolseley",
    ),
    invites(
      "a drink offered by its measure",
      "Dan, fancy a pint once the jury is out?",
      "fancy a pint",
    ),
    invites(
      "a meal asked as a question",
      "Great result. Dinner at Bentley's on Monday?",
      "Dinner at Bentley's on Monday?",
    ),
    invites(
      "the host and a colleague",
      "Dan, would you join Tom and me for lunch at the Delaunay next week?",
      "join Tom and me for lunch at the Delaunay",
    ),
    invites(
      "a toast with the client",
      "Dan, the partners would love to raise a glass with you when this closes.",
      "would love to raise a glass with you",
    ),
    invites(
      "a room reserved somewhere named",
      "Dan, to celebrate we have booked the private dining room at Scott's for the whole team.",
      "we have booked the private dining room at Scott's",
    ),
    invites(
      "the firm's own seats",
      "Dan, the firm has box seats for the Rangers on the 14th if you want them.",
      "the firm has box seats for the Rangers on the 14th if you want them",
    ),
    invites(
      "a breakfast that is an event",
      "Dan, we would love you to come to our annual breakfast at the Ritz in March.",
      "love you to come to our annual breakfast",
    ),
    invites(
      "a day out named by its quarry",
      "Dan, how about some trout fishing on the Itchen in May, as our guest?",
      "how about some trout fishing on the Itchen in May, as our guest",
    ),
    invites(
      "a weak invitation and the offer beside it are one",
      "Dan, we'd love you to be our guest on 9 June. We have two seats for the Scottish Ballet at the Festival Theatre.",
      "love you to be our guest on 9 June. We have two seats for the Scottish Ballet at the Festival Theatre",
    ),
    invites(
      "widened to the offer in the next sentence",
      "Dan, we are holding a client evening on 3 March. Verdi's Otello is on at the Coliseum and supper will be served in the interval.",
      "we are holding a client evening on 3 March. Verdi's Otello is on at the Coliseum and supper will be served",
    ),
    // Companions, taking part, days out named by what guests do, places kept, the evening kept
    // free, a dress code, an imperative that invites.
    invites(
      "a companion asked along",
      "Would you and your husband like to come to the ballet with us in March?",
      "Would you and your husband like to come to the ballet",
    ),
    invites(
      "the client's team asked",
      "Would your team like to come to our summer party on 2 July?",
      "Would your team like to come to our summer party",
    ),
    invites(
      "asked to play",
      "Our golf day is at Royal Birkdale on 9 May and we would be delighted if you could play.",
      "Our golf day is at Royal Birkdale on 9 May and we would be delighted if you could play",
    ),
    invites(
      "a day out named by what the guests do",
      "Would you like to come fishing on the Test with us in June?",
      "Would you like to come fishing",
    ),
    invites(
      "a seat kept for the client",
      "There is a seat for you in our marquee at Goodwood.",
      "a seat for you in our marquee at Goodwood",
    ),
    invites(
      "an evening kept free, with a dress code beside it",
      "Please keep the evening of 4 December free. Black tie, carriages at midnight.",
      // The carriages go on describing the same invitation: its evidence takes them in.
      "keep the evening of 4 December free. Black tie, carriages at",
    ),
    invites(
      "a table being taken, and a place at it",
      "We are taking a table at the charity ball and would love you to sit with us.",
      "We are taking a table at the charity ball and would love you to sit with us",
    ),
    invites(
      "an imperative that invites",
      "Come to our Christmas drinks at the Reform Club on 18 December.",
      "Come to our Christmas drinks at the Reform Club",
    ),
    invites(
      "put down for a place",
      "Our client golf day is at Sunningdale in May; shall I put you down for a tee time?",
      // Round 10: "a tee time" is a golf occasion of its own, and the evidence takes it in.
      "Our client golf day is at Sunningdale in May; shall I put you down for a tee time",
    ),
    invites(
      "are you in?",
      "A few of us are going to the Boat Race in April. Are you in?",
      "the Boat Race in April. Are you in?",
    ),
    invites(
      "a place if the client is keen",
      "We have a spare place on our table at the charity ball if you're keen.",
      "We have a spare place on our table at the charity ball if you're keen",
    ),
    invites(
      "any interest",
      "Any interest in two tickets for the ladies' final at Wimbledon?",
      "Any interest in two tickets for the ladies' final at Wimbledon",
    ),
    invites(
      "tickets sent with compliments",
      "Please accept two tickets for the Proms with our compliments.",
      "Please accept two tickets for the Proms with our compliments",
    ),
    invites(
      "an invitation to follow",
      "Our annual client party is at the Science Museum on 4 December; an invitation will follow.",
      "client party is at the Science Museum on 4 December; an invitation will follow",
    ),
    invites(
      "would be free for dinner",
      "Is there any chance you'd be free for dinner on the 12th?",
      "you'd be free for dinner",
    ),
    invites(
      "my shout",
      "Drinks after the signing? My shout.",
      "Drinks after the signing? My shout",
    ),
    invites(
      "let's go out on the water",
      "Let's go sailing in the Solent once this is signed.",
      "Let's go sailing in the Solent",
    ),
    invites(
      "the firm's chalet somewhere named, and a welcome",
      "Our chalet in Zermatt is empty over New Year; you and Hannah would be most welcome to use it.",
      "Our chalet in Zermatt is empty over New Year; you and Hannah would be most welcome",
    ),
    invites(
      "a tasting of a named wine, hosted",
      "We are hosting a Bordeaux tasting at the firm on 3 March.",
      "hosting a Bordeaux tasting",
    ),
    invites(
      "our guests, the occasion never named",
      "We'd love you and Priya to be our guests on the 12th.",
      "love you and Priya to be our guests",
    ),
    invites(
      "an evening out, asked for",
      "Would you like to join us on Thursday evening? It would be lovely to see you.",
      "Would you like to join us on Thursday evening? It would be lovely to see you",
    ),
    // Hospitality offered without naming the occasion (issue 10).
    invites(
      "a spare ticket, the occasion never named",
      "I've a spare ticket for Saturday if you'd like it.",
      "I've a spare ticket for Saturday if you'd like it",
    ),
    invites(
      "debenture seats, and a welcome",
      "Our debenture seats for the autumn season are free on the 14th; you'd be very welcome to use them.",
      "debenture seats for the autumn season are free on the 14th; you'd be very welcome",
    ),
    invites(
      "places left in an allocation, and putting names down",
      "The firm's allocation has two places left for the Calcutta Cup; shall I put your names down?",
      "The firm's allocation has two places left for the Calcutta Cup; shall I put your names down",
    ),
    invites(
      "seats that have come free for us at a named house",
      "Two seats have come free for us at the Coliseum on the 3rd. Would you like them?",
      "seats have come free for us at the Coliseum on the 3rd. Would you like them",
    ),
    invites(
      "taking the client to a restaurant by its name",
      "After the signing I'd love to take you to Moro on Exmouth Market.",
      "take you to Moro",
    ),
    invites(
      "hosting a private view",
      "We're hosting a private view at the gallery on Thursday evening. Do bring a colleague.",
      "hosting a private view at the gallery on Thursday evening. Do bring",
    ),
    invites(
      "a seat in the box with the client's name on it",
      "There's a seat in our box at Sandown with your name on it.",
      "seat in our box at Sandown with your name on it",
    ),
    invites(
      "spare seats at a US ballpark, and a game by a team's name",
      "We've got two spare seats at Wrigley for Friday if you want to come. Would you like to join us at the Celtics game next month?",
      "We've got two spare seats at Wrigley for Friday if you want to come",
      "Would you like to join us at the Celtics game",
    ),
    invites(
      "an offer and a second ask in one sentence: one invitation",
      "The firm has taken a table for the Pro Bono Awards and we would love you to be our guest.",
      "The firm has taken a table for the Pro Bono Awards and we would love you to be our guest",
    ),
    {
      name: "a baseball game",
      to: DAN,
      body: baseball,
      findings: [
        {
          messageId: "invite",
          evidence: at("body", baseball, "would you like to join us at the baseball game"),
          message: ["Daniel Whitaker (Whitaker Building Ltd) does not accept entertainment"],
        },
      ],
    },
    {
      name: "tickets, lunch, golf and drinks",
      to: DAN,
      body: several,
      findings: [
        {
          messageId: "invite",
          evidence: at("body", several, "We have two tickets to the final"),
        },
        {
          messageId: "invite",
          evidence: at("body", several, "take you to lunch"),
        },
        {
          messageId: "invite",
          evidence: at("body", several, "Join me for a round of golf"),
        },
        {
          messageId: "invite",
          evidence: at("body", several, "Are you free for drinks"),
        },
      ],
    },
    {
      name: "a named venue offered, then the invitation in the next sentence",
      to: DAN,
      body: "We have a box at Lord's for the second Test. Fancy it?",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "We have a box at Lord's for the second Test. Fancy it",
            "We have a box at Lord's for the second Test. Fancy it",
          ),
        },
      ],
    },
    {
      name: "our guests at a concert hall, never naming the concert",
      to: DAN,
      body: "Would you and Sam like to be our guests at Carnegie Hall next month?",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Would you and Sam like to be our guests at Carnegie Hall",
            "Would you and Sam like to be our guests at Carnegie Hall",
          ),
        },
      ],
    },
    {
      name: "a party announced, and the invitation after it",
      to: DAN,
      body: "Our Christmas party is on 12 December at the Savoy. We'd be delighted if you could join us.",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Our Christmas party is on 12 December at the Savoy. We'd be delighted if you could join us",
            "Christmas party is on 12 December at the Savoy. We'd be delighted if you could join us",
          ),
        },
      ],
    },
    {
      name: "a round at a named club, and a pint",
      to: DAN,
      body: "Let me know if you'd like to join us for a round at Wentworth.\nIf you're free for a pint after the hearing, I'm buying.",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Let me know if you'd like to join us for a round at Wentworth",
            "Let me know if you'd like to join us for a round at Wentworth",
          ),
        },
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Let me know if you'd like to join us for a round at Wentworth.\nIf you're free for a pint",
            "If you're free for a pint",
          ),
        },
      ],
    },
    {
      name: "a table at a charity ball, and afternoon tea",
      to: DAN,
      body: "We're hosting a table at the charity ball on 3 May and would love you to join us. I'd also love to treat you to afternoon tea.",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "We're hosting a table at the charity ball on 3 May and would love you to join us",
            "hosting a table at the charity ball on 3 May and would love you to join us",
          ),
        },
        {
          messageId: "invite",
          evidence: at(
            "body",
            "We're hosting a table at the charity ball on 3 May and would love you to join us. I'd also love to treat you to afternoon tea",
            "treat you to afternoon tea",
          ),
        },
      ],
    },
    {
      name: "offers in other words: tempt, buy, on us, yours, come and watch",
      to: DAN,
      body: "Can we tempt you to the Christmas drinks? Let me buy you dinner when you are next in town. Our tickets for the Wimbledon final are yours. Come and watch the Six Nations with us.",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Can we tempt you to the Christmas drinks",
            "tempt you to the Christmas drinks",
          ),
        },
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Can we tempt you to the Christmas drinks? Let me buy you dinner",
            "buy you dinner",
          ),
        },
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Can we tempt you to the Christmas drinks? Let me buy you dinner when you are next in town. Our tickets for the Wimbledon final are yours",
            "tickets for the Wimbledon final are yours",
          ),
        },
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Can we tempt you to the Christmas drinks? Let me buy you dinner when you are next in town. Our tickets for the Wimbledon final are yours. Come and watch the Six Nations",
            "Come and watch the Six Nations",
          ),
        },
      ],
    },
    {
      name: "a tasting, and a social evening announced with a wish to see them",
      to: DAN,
      body: "Would you like to join us for a tasting next month? Separately, our quiz night is on 4 March and it would be lovely to see you there.",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Would you like to join us for a tasting next month? Separately, our quiz night is on 4 March and it would be lovely to see you there.",
            "Would you like to join us for a tasting",
          ),
        },
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Would you like to join us for a tasting next month? Separately, our quiz night is on 4 March and it would be lovely to see you there.",
            "quiz night is on 4 March and it would be lovely to see you there",
          ),
        },
      ],
    },
    {
      name: "music and comedy named without a show or a concert",
      to: DAN,
      body: "Dan, join us for an evening of jazz at the club on Thursday? And we'd love you to come to a comedy night in May.",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Dan, join us for an evening of jazz at the club on Thursday? And we'd love you to come to a comedy night in May.",
            "join us for an evening of jazz",
          ),
        },
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Dan, join us for an evening of jazz at the club on Thursday? And we'd love you to come to a comedy night in May.",
            "love you to come to a comedy night",
          ),
        },
      ],
    },
    {
      name: "going out to celebrate, making a party, a day out",
      to: DAN,
      body: "Dan, we'd like to take you out to celebrate once it completes. Would you be able to make our garden party? Would you like to join us for a spa day?",
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Dan, we'd like to take you out to celebrate once it completes. Would you be able to make our garden party? Would you like to join us for a spa day?",
            "take you out to celebrate",
          ),
        },
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Dan, we'd like to take you out to celebrate once it completes. Would you be able to make our garden party? Would you like to join us for a spa day?",
            "Would you be able to make our garden party",
          ),
        },
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Dan, we'd like to take you out to celebrate once it completes. Would you be able to make our garden party? Would you like to join us for a spa day?",
            "Would you like to join us for a spa day",
          ),
        },
      ],
    },
    {
      name: "in the subject",
      to: DAN,
      subject: "Dinner? Let's grab dinner after the closing",
      body: "Details to follow.",
      findings: [
        {
          messageId: "invite",
          evidence: at("subject", "Dinner? Let's grab dinner", "Dinner? Let's grab dinner"),
        },
      ],
    },
  ],
});

// Round 11: invitations in capitals or shorthand. Shorthand a host writes for what it offers
// ("tix", "comp tix", "hosp. box"), a season's party, and a flyer: a subject in capitals naming
// an occasion over a body that only says when it is.
describe("entertainment-invite: capitals and shorthand", () => {
  const reported: [string, string, string][] = [
    ["", "I've got 2 tix for Hamilton on Friday if you fancy it?", "body"],
    ["", "We have 2 comp tix for the opera next week. Yours if you want them.", "body"],
    ["", "We have comp tix for the Ashes Test – would you like a pair?", "body"],
    ["", "We have a hosp. box at Twickenham on Saturday – would you like to join us?", "body"],
    ["", "Would you like a pair of seats at Wimbledon next week?", "body"],
    ["Our winter party – 12 December", "We would love you to come.", "body"],
    ["JOIN US: FIRM SUMMER BBQ", "Details below. Hope you can make it.", "body"],
    ["SAVE THE DATE – CLIENT DRINKS", "Thursday 12 June, 6pm, our offices.", "subject"],
    ["HOLLINS CARVER WINTER PARTY", "Friday 12 December, 7pm.", "subject"],
    ["FW: FIRM SUMMER BBQ", "Saturday 14 June from 1pm at the Grange.", "subject"],
  ];
  it.each(reported)("%s / %s", (subject, body, field) => {
    const findings = runCheck(entertainmentInvite, {
      to: DAN,
      subject: subject || undefined,
      body,
    });
    // ("hosp." ends a sentence for the shared sentence splitter: its offer and its ask may be
    // reported apart.)
    expect([...new Set(findings.map((f) => f.evidence?.field))]).toEqual([field]);
  });

  // Look-alikes: a capitals line or subject that reports a past event, someone else's event,
  // "TIX" as a product code, work under a capitals heading, a subject in small letters with
  // only a date (not a heading), a hospitality box named in a matter.
  const silent: [string, string][] = [
    ["CLIENT DRINKS – THANK YOU", "Thank you for coming to our drinks last week."],
    ["FIRM SUMMER BBQ – PHOTOS", "Thanks for coming. Photos attached."],
    ["SUMMER PARTY RECAP", "Photos from last week attached."],
    ["WINTER PARTY", "The winter party was a great success on Friday 12 December at 7pm."],
    ["YOUR SUMMER PARTY", "Friday 12 June, 6pm works for our team to set up."],
    ["CLIENT DRINKS – BUDGET", "Friday 12 June, 6pm."],
    [
      "WINTER PARTY",
      "Please see the lease for the venue; the hearing is Friday 12 December at 10am.",
    ],
    ["DINNER MEETING WITH THE BOARD", "Friday 12 December, 7pm."],
    ["TIX 2041", "Friday 12 December, 7pm delivery."],
    ["Winter party", "Friday 12 December, 7pm."],
    ["", "OUR SUMMER PARTY RAISED £4,000 FOR CHARITY\n\nThanks to all who came."],
    ["", "Please reorder TIX-2041 and TIX-2042 from the supplier."],
    ["", "The TIX system is down; the comp. claim is attached."],
    ["", "Congratulations on your company's summer BBQ; I hear it went well."],
    ["", "The hospitality box clause in the stadium lease needs revising."],
  ];
  it.each(silent)("stays silent: %s / %s", (subject, body) => {
    expect(runCheck(entertainmentInvite, { to: DAN, subject: subject || undefined, body })).toEqual(
      [],
    );
  });
});

// Round 25: thanks as the invitation's purpose, an infinitive after the proposal, is the reason
// the outing is given, not a report of the past; thanks after a verb of wanting or writing is
// the sentence thanking the reader itself, and a sentence that also tells of the past still does.
runRuleTests(entertainmentInvite, {
  valid: [
    quiet(
      "round 25 thanking the reader itself: wanted to say thank you for",
      "Dan, I just wanted to say thank you for dinner on Thursday with the whole team.",
    ),
    quiet(
      "round 25 thanking the reader itself: a note to thank you for",
      "Dan, a quick note to thank you for the seats at the rugby with the partners.",
    ),
    quiet(
      "round 25 a purpose clause in a sentence that tells of the past",
      "Dan, we took the whole team out for dinner last week to say thanks for their work.",
    ),
  ],
  invalid: [
    invites(
      "round 25 a purpose clause of thanks after the invitation",
      "Dan, might we take you and Priya to dinner in February to say thank you for all your patience?",
      "take you and Priya to dinner in February to say thank you",
    ),
    invites(
      "round 25 a purpose clause of thanks: to thank you for",
      "Dan, could we treat you to supper at the club to thank you for your patience with the audit?",
      "treat you to supper",
    ),
  ],
});

// Round 27 (detect-27b; analysis-h25 J): the client's own occasion. An invitation the firm
// received (thanked for, accepted, declined, or the reader's) is not the firm inviting, and nor is
// an occasion a body other than the firm hosts ("the supper the Trustees are hosting"); the firm's
// own invitation and its own hosting still are. Sentences invented here.
runRuleTests(entertainmentInvite, {
  valid: [
    quiet(
      "round 27 thanks for the client's invitation, declined",
      "Dan, the licence covers the marquee. Thank you for the invitation to the gala itself; sadly I'm in Leeds that week.",
    ),
    quiet(
      "round 27 accepting the client's kind invitation",
      "Dan, we are glad to accept the kind invitation to the harvest dinner and will bring the signed lease.",
    ),
    quiet(
      "round 27 the reader's invitation",
      "Dan, your invitation to the opening concert arrived; I will check my diary before replying.",
    ),
    quiet(
      "round 27 an occasion another body hosts, after it",
      "Dan, we would be glad to join the supper on the farm that the Trustees are hosting after the site visit.",
    ),
    quiet(
      "round 27 an occasion another body hosts, before it",
      "Dan, the Guild is hosting a dinner for the apprentices in March; its caterer's contract is attached.",
    ),
  ],
  invalid: [
    invites(
      "round 27 the firm's own invitation to the gala",
      "Dan, please accept this as an invitation to the gala at our offices on 6 March.",
      "please accept this as an invitation to the gala",
    ),
    invites(
      "round 27 the firm hosting, said by its team",
      "Dan, our team is hosting a dinner at the Ivy on 12 March and we would love you to join us.",
      "hosting a dinner at the Ivy on 12 March and we would love you to join us",
    ),
  ],
});

// Round 28 (detect-28a; analysis-h26 §2 C): the notes' exception silences an invitation to the
// occasion it names; the notes' extension makes an ordinary thing the firm offers an invitation.
// Profile and sentences invented here.
const KIM = "kim@harbourtrust.example";
const HARBOUR = {
  matchKey: "@harbourtrust.example",
  clientName: "Harbour Trust",
  entertainment: "avoid",
  notes:
    "Public trust: no hospitality of any kind, including coffee meetings we pay for. Exception: the Harbour Guild supper on 4 May – Kim signed it off, fine to invite her. Sharing a meal at the marae after hui is tikanga - not hospitality from us.",
};
const toKim = (name: string, body: string, ...texts: string[]) => ({
  name,
  to: KIM,
  profiles: [HARBOUR],
  body,
  findings: texts.map((text) => ({ messageId: "invite", evidence: at("body", body, text) })),
});
runRuleTests(entertainmentInvite, {
  valid: [
    toKim(
      "round 28 the occasion the notes permit, by its name",
      "Kim, the trust deed is attached. We have kept a seat for you at our table at the Harbour Guild supper on 4 May.",
    ),
    toKim(
      "round 28 the kind of occasion the notes permit, by its head and qualifier",
      "Kim, we would be honoured to share lunch at the marae after the hui on Thursday.",
    ),
    toKim(
      "round 28 coffee as a meeting place, no offer",
      "Kim, shall we meet at the coffee cart on the wharf at 10 and walk to the site together?",
    ),
    toKim(
      "round 28 the client paying for the coffee",
      "Kim, coffee after the board meeting sounds good, and your treat as you insisted.",
    ),
  ],
  invalid: [
    toKim(
      "round 28 another named occasion is still an invitation",
      "Kim, we have kept a seat for you at our table at the Law Society dinner on 4 May.",
      "we have kept a seat for you at our table at the Law Society dinner",
    ),
    toKim(
      "round 28 the banned ordinary thing, offered by the firm",
      "Kim, the deed is attached. We'd love to host you for coffee at the Quay Café before the board meeting - our treat.",
      "We'd love to host you for coffee at the Quay Café before the board meeting - our treat.",
    ),
  ],
});

// Round 31 (analysis-h30 E1): the host's verbs of paying, with the thing bought after the reader.
describe("entertainment-invite round 31: 'shout you a drink', 'stand you a pint'", () => {
  const reported = [
    "Once the settlement is signed, we will shout you and the team a few drinks on Friday.",
    "When you're next in town I'll stand you a pint at the Crown.",
    "Happy to shout your finance team lunch on Friday to mark completion.",
  ];
  it.each(reported)("reports the invitation: %s", (body) => {
    expect(runCheck(entertainmentInvite, { to: DAN, body }).length).toBeGreaterThan(0);
  });
  const silent = [
    "The early disclosure will stand you in good stead at the hearing on Friday.",
    "If the chair tries to shout you down at the AGM on Friday, ask for the minute to record it.",
    "Please stand your ground on the indemnity cap when you meet them on Friday.",
  ];
  it.each(silent)("stays silent: %s", (body) => {
    expect(runCheck(entertainmentInvite, { to: DAN, body })).toEqual([]);
  });
});

// Round 33 (detect-33b; the h10, h13, h16 kind): what the host holds is the offer. A pair of
// tickets named only as "a pair" before what it is for, and an invitation whose sentence opens
// with the host's holding ("we've got the firm's box …", "we have a table …") starts there.
// Sentences invented here.
runRuleTests(entertainmentInvite, {
  valid: [
    quiet(
      "round 33 a pair of anything else",
      "Dan, we have a pair of experts for the valuation and would like you to meet them on Friday.",
    ),
    quiet(
      "round 33 a pair told of the past",
      "Dan, we had a pair for the Rangers game last season, which went to the trainees.",
    ),
    quiet(
      "round 33 a working lunch laid on in a room of the office",
      "Dan, the drafting session runs until 12. We'll follow with lunch in the Oak Room on us.",
    ),
    quiet(
      "round 33 seats at the final of a case",
      "Dan, we have two seats for the final hearing on 6 March; would you like to come along?",
    ),
    quiet(
      "round 33 a table of figures, no invitation",
      "Dan, we have a table of the rent reviews for the Leeds units in the appendix.",
    ),
  ],
  invalid: [
    invites(
      "round 33 a pair for a team",
      "Dan, we have a pair for the Rangers on the 9th and would love you to use them.",
      "we have a pair for the Rangers",
    ),
    invites(
      "round 33 the host's box opens the sentence of the meal",
      "Dan, we've got the firm's box on 2 May (lunch at 1, first ball at 3). Would you like to come along?",
      "we've got the firm's box on 2 May (lunch at 1, first ball at 3). Would you like to come along",
    ),
    invites(
      "round 33 the host's table opens the sentence of the ask",
      "Dan, we have a table again and would love you to be our guest.\n\nCHARITY GALA DINNER\nFriday 12 June",
      "we have a table again and would love you to be our guest.\n\nCHARITY GALA DINNER",
    ),
    invites(
      "round 33 a meal out at a named place after a call, on us",
      "Dan, could we have a Teams call on Monday at 11? Then, if you are both free, lunch at Moro afterwards, on us.",
      "lunch at Moro afterwards, on us",
    ),
    invites(
      "round 33 a meal out at a named place after a working session, on us",
      "Dan, the drafting session runs until 12. We'll follow with lunch at the Anchor on us.",
      "lunch at the Anchor on us",
    ),
    invites(
      "round 33 tickets for a sport's final",
      "Dan, the club has given us two tickets for the county final on 9 May; would you like to come along with me?",
      "tickets for the county final on 9 May; would you like to come along",
    ),
    invites(
      "round 33 a table of guests is still a table",
      "Dan, we have a table of ten at the Builders' Benevolent Dinner and would love you to join us.",
      "we have a table of ten at the Builders' Benevolent Dinner and would love you to join us",
    ),
  ],
});

// Round 39's review (docs/checks.md, round 39): sentences a reading of hospitality by who pays
// ("on us", "buy you") warned on although nothing is offered. That reading was withdrawn; these
// stay as the sentences any later such reading must leave silent. Invented by the reviewer.
runRuleTests(entertainmentInvite, {
  valid: [
    quiet(
      "round 39 review: the next move is on us, beside a party",
      "Dan, the other party's reply is due on Friday, and then the next move is on us.",
    ),
    quiet(
      "round 39 review: the burden of proof is on us",
      "Dan, on the trip hazard claim, the burden of proof is on us, not the claimant.",
    ),
    quiet(
      "round 39 review: a hotel agreement's next turn",
      "Dan, the next turn of the hotel management agreement is on us; expect it by Friday.",
    ),
    quiet(
      "round 39 review: a delay owned at reception",
      "Dan, the reception desk at your building refused our courier, so the delay is on us.",
    ),
    quiet(
      "round 39 review: weeks bought by a filing",
      "Dan, if we file the application today, we'll buy you a couple of weeks before they can enforce.",
    ),
    quiet(
      "round 39 review: leeway bought with a landlord",
      "Dan, we'll buy you some leeway with the landlord.",
    ),
    quiet(
      "round 39 review: signed in as our guests for a signing",
      "Dan, when you arrive for the signing, reception will sign you in as our guests.",
    ),
  ],
  invalid: [],
});

// Round 40: who pays or hosts, in detect-40's narrowed form, was withdrawn again after the
// round's review of the merged change: it warned on work travel, hearing-day refreshments,
// rounds of drafting and visitors signed in "as our guests" (the last 14 sentences, the review's;
// the first five detect-40's). Main is silent on all of them; a future reading must stay so.
runRuleTests(entertainmentInvite, {
  valid: [
    "Dan, after the lunch adjournment the cross-examination is on us.",
    "Dan, the hotel's reply is due next week, and the next draft is on us.",
    "Dan, a short extension would buy you breathing room on the hotel refinancing.",
    "Dan, responsibility for the ticket refunds is on us under clause 7.",
    "Dan, the next round is on us: the bidders expect our revised offer by noon.",
    "Sorry - the hotel is on us; we gave you the wrong address for the mediation.",
    "The first round is on us: we'll send comments on the SPA by Friday.",
    "The first round is on us, and you take the second round of comments.",
    "Your two engineers will attend the site visit at Tilbury as our guests.",
    "You'll be in court at the Rolls Building as our guests; only counsel may speak.",
    "Your board members are listed as our guests on the visitor system in London.",
    "Coffee during the mediation is on us.",
    "The hotel for the trial week is on us, as agreed in the engagement letter.",
    "Flights and hotel for the site inspection in Lagos are on us.",
    "Your flights for the Singapore hearing are on us.",
    "Is lunch on us at the mediation, or does each side pay its own?",
    "The tribunal's hotel is on us under the arbitration agreement, not on you.",
    "Breakfast at the hotel before the mediation is on us; we start at 8.30 sharp.",
    "Your directors will join the board meeting at the Savoy as our guests.",
  ].map((body) => quiet(`round 40 nothing offered: ${body}`, body)),
  invalid: [],
});

// Round 41 (detect-41a, withdrawn after two reviews; docs/checks.md, round 41a): invitations main
// catches and a narrowing of "on us", "as our guests" at proceedings and past guests lost. The
// first four the first review's (lost by the proceedings and past-guest readings), the rest the
// second review's (lost by "X is on us" with a borne X: the blame, the next step, the decision).
describe("entertainment-invite round 41a: invitations a narrowing lost", () => {
  it.each([
    "Dan, the night the settlement talks close, we would like you to be our guests at the Savoy.",
    "Dan, you were our guests at the gala last year. We have held two places at our table for you in March.",
    "Dan, it was lovely having you as our guests at the Christmas lunch. The same table is yours in December.",
    "Dan, you were our guests at the firm's summer party in 2023. It was a joy. Please come to this one too.",
    "The first step is on us: dinner at Rules on the 12th.",
    "The decision on the venue is on us, so just tell us which evening suits you for dinner.",
    "Any loss at the casino night on Friday is on us.",
    "Drinks after the hearing — the risk of a hangover is on us.",
    "Your turn at the bar tonight is on us.",
    "Tickets to the final and the first move are on us.",
    "The responsibility for a great evening at the opera is on us.",
    "Dinner at the Ivy after the signing, and the decision on the wine is on us.",
    "Any loss on the golf day at Wentworth is on us, green fees included.",
    "Once the deal closes, the next step is on us: a proper celebration dinner at Hawksmoor.",
    "Our box at Twickenham is free on the 9th and the decision on who sits where is on us.",
    "Lunch at Scott's next week, and the burden of the tab is on us.",
    "The next turn at the tasting menu at Core is on us.",
    "The first move after signing is on us: cocktails at the Connaught.",
    "Celebration drinks at the Ritz next Friday: the whole responsibility for the bar tab is on us.",
    "Dinner at Gymkhana after the board meeting, and the problem of the bill is on us.",
    "Thanks for a great year. The next step is on us: a dinner at Clos Maggiore on the 3rd.",
  ])("%s", (body) => {
    expect(runCheck(entertainmentInvite, { to: DAN, body })).toHaveLength(1);
  });
});
