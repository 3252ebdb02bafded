import * as meetingPlatform from "../../../src/core/checks/meeting-platform";
import { applyFixToText } from "../../../src/core/fixes";
import { at, DAN, MEGGE, MICROSOFT, runCheck, runRuleTests } from "./rule-tester";

const endorsedAfter = "Priya suggested Zoom, which works for us. Thursday at 3?";
const endorsedNext = "The agent proposed Zoom for the call. Good idea – I'll send an invite.";
const endorsedBefore = "Happy to go with Priya's suggestion of Zoom for Thursday.";
const ZOOM_CLIENT = { matchKey: "@zoomer.example", clientName: "Zoomer", meetingPlatform: "zoom" };
const ZOOM_PERSON = "ana@zoomer.example";

/** A Teams block as Outlook pastes it into a plain-text e-mail, framed by rules. */
const TEAMS_BLOCK = [
  "________________________________________________________________________________",
  "Microsoft Teams meeting",
  "Join on your computer, mobile app or room device",
  "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_xyz%40thread.v2/0>",
  "Meeting ID: 318 204 557 901",
  "Passcode: q7Rk2p",
  "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
  "Or call in (audio only)",
  "+44 20 3321 5208,,618221044#   United Kingdom, London",
  "Phone Conference ID: 618 221 044#",
  "Find a local number<https://dialin.teams.microsoft.com/abc-local> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>",
  "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=1>",
  "________________________________________________________________________________",
].join("\n");

const ZOOM_BLOCK = [
  "Sam Reid is inviting you to a scheduled Zoom meeting.",
  "",
  "Topic: Lease renewal",
  "Time: Apr 2, 2026 02:00 PM London",
  "",
  "Join Zoom Meeting",
  "https://acme-law.zoom.us/j/81234567890?pwd=abcDEF",
  "",
  "Meeting ID: 812 3456 7890",
  "Passcode: 555111",
  "",
  "---",
  "",
  "One tap mobile",
  "+442039017895,,81234567890#,,,,*555111# United Kingdom",
  "",
  "Dial by your location",
  "• +44 203 901 7895 United Kingdom",
  "",
  "Find your local number: https://acme-law.zoom.us/u/kbQ12",
].join("\n");

const WEBEX_BLOCK = [
  "-- Do not delete or change any of the following text. --",
  "",
  "When it's time, join the Webex meeting here.",
  "",
  "Meeting number (access code): 2650 118 204",
  "Meeting password: Tq4uPm",
  "",
  "Join meeting https://firm.webex.com/firm/j.php?MTID=m1234abcd",
  "",
  "Join by phone",
  "+44-20-7660-4123 United Kingdom Toll",
  "Global call-in numbers https://firm.webex.com/firm/globalcallin.php?MTID=m99",
  "",
  "Need help? Go to https://help.webex.com",
].join("\n");

const MEET_BLOCK = [
  "Join with Google Meet",
  "meet.google.com/abc-defg-hij",
  "",
  "Join by phone",
  "(GB) +44 20 3873 6402 PIN: 581 002 117#",
  "",
  "More phone numbers: https://tel.meet/abc-defg-hij?pin=581002117",
].join("\n");

runRuleTests(meetingPlatform, {
  valid: [
    // A platform someone else proposed, reported and not taken up, is theirs.
    {
      name: "a third party's proposal, reported",
      to: MICROSOFT,
      body: "The agent suggested Zoom for Thursday.",
    },
    {
      name: "a third party's proposal, turned down",
      to: MICROSOFT,
      body: "Priya suggested Zoom, but we'll use Teams as usual.",
    },
    {
      name: "a third party's proposal, reported before the author asks the client",
      to: MICROSOFT,
      body: "Priya suggested Zoom for Thursday; I'll check which platform you prefer.",
    },
    {
      name: "a Teams link to a Teams client",
      to: MICROSOFT,
      html: '<a href="https://teams.microsoft.com/l/meetup-join/1">Join</a>',
    },
    {
      name: "zoom as a verb",
      to: MICROSOFT,
      body: "Let's zoom in on clause 4. Zoom out to the schedule.",
    },
    { name: "no platform preference", to: DAN, body: "Join: https://zoom.us/j/123" },
    {
      name: "a past meeting reported",
      to: MICROSOFT,
      body: "As discussed on the Zoom call last week, we agreed the terms.",
    },
    {
      name: "teams as a common noun",
      to: ZOOM_PERSON,
      profiles: [ZOOM_CLIENT],
      body: "Both teams will meet on site.",
    },
    {
      name: "an address at the platform's domain is not a link",
      to: MICROSOFT,
      body: "Write to legal@zoom.us for notices.",
    },
    {
      name: "quoted history",
      to: MICROSOFT,
      body: "Fine by me.\n\n-----Original Message-----\nFrom: X\nJoin: https://zoom.us/j/1",
    },
    {
      name: "a Zoom link in an Outlook reply header block's history",
      to: MICROSOFT,
      body: [
        "Teams works for me; I'll send an invitation.",
        "",
        "________________________________",
        "From: Sam Reid <sam@agent.example>",
        "Sent: Tuesday, 3 March 2026 10:02",
        "To: Jo Lawyer <jo@firm.example>",
        "Subject: Rent deposit",
        "",
        "Could we discuss on Zoom? https://us06web.zoom.us/j/4158827730",
      ].join("\n"),
    },
    { name: "the client's own block", to: MICROSOFT, body: `Details below.\n\n${TEAMS_BLOCK}` },
    {
      name: "the platform as a company in the news",
      to: MICROSOFT,
      body: "Zoom's share price fell after Zoom Video Communications reported results.",
    },
    {
      name: "a helper page alone is no meeting",
      to: MICROSOFT,
      body: "Help: https://support.zoom.us/hc",
    },
    {
      name: "a past Webex meeting",
      to: MICROSOFT,
      body: "Thanks for joining the Webex yesterday; the minutes are attached.",
    },
    {
      name: "a declined Zoom",
      to: MICROSOFT,
      body: "Rather than a Zoom, I will send a Teams invitation.",
    },
  ],
  invalid: [
    // A platform someone else proposed counts where the author takes it up; no rename, which
    // would misreport what they said.
    {
      name: "a third party's proposal the author endorses after it",
      to: MICROSOFT,
      body: endorsedAfter,
      findings: [{ messageId: "mention", evidence: at("body", endorsedAfter, "suggested Zoom") }],
    },
    {
      name: "endorsed in the next sentence",
      to: MICROSOFT,
      body: endorsedNext,
      findings: [{ messageId: "mention", evidence: at("body", endorsedNext, "proposed Zoom") }],
    },
    {
      name: "endorsed before the report",
      to: MICROSOFT,
      body: endorsedBefore,
      findings: [
        { messageId: "mention", evidence: at("body", endorsedBefore, "suggestion of Zoom") },
      ],
    },
    {
      name: "the author's own choice of a platform, a third party's idea behind it",
      to: MICROSOFT,
      body: "Let's go with Zoom, as Priya suggested.",
      findings: [
        {
          messageId: "mention",
          evidence: at("body", "Let's go with Zoom", "Let's go with Zoom"),
          fix: { original: "Zoom", replacement: "Microsoft Teams" },
        },
      ],
    },
    {
      name: "a Zoom link to Microsoft",
      to: MICROSOFT,
      html: '<p>Join here: <a href="https://us02web.zoom.us/j/123">Join Zoom Meeting</a></p>',
      findings: [
        {
          messageId: "link",
          evidence: { field: "body", text: "Join Zoom Meeting", start: 11, end: 28 },
          fix: {
            field: "body",
            start: 11,
            end: 28,
            original: "Join Zoom Meeting",
            replacement: "[Microsoft Teams meeting link]",
          },
          message: [
            "satya@microsoft.example (Microsoft) meets on Microsoft Teams, but this e-mail has a Zoom link",
          ],
        },
      ],
    },
    {
      name: "a written-out Zoom address in a text body",
      to: MEGGE,
      body: "Dial in at https://zoom.us/j/99. Thanks",
      findings: [
        {
          messageId: "link",
          evidence: at("body", "Dial in at https://zoom.us/j/99", "https://zoom.us/j/99"),
          fix: { replacement: "[Microsoft Teams meeting link]" },
        },
      ],
    },
    {
      name: "Google Meet proposed to a Teams client",
      to: MICROSOFT,
      subject: "Google Meet call on Friday?",
      body: "Could we use Google Meet?",
      findings: [
        {
          messageId: "mention",
          evidence: at("subject", "Google Meet call on Friday?", "Google Meet call"),
          fix: { field: "subject", original: "Google Meet", replacement: "Microsoft Teams" },
        },
        {
          messageId: "mention",
          evidence: at("body", "Could we use Google Meet?", "Could we use Google Meet"),
          fix: { field: "body", original: "Google Meet", replacement: "Microsoft Teams" },
        },
      ],
    },
    {
      name: "a Zoom call proposed to a Teams client",
      to: MICROSOFT,
      body: "Shall we set up a Zoom call for Monday?",
      findings: [
        {
          messageId: "mention",
          evidence: at("body", "Shall we set up a Zoom call", "Shall we set up a Zoom call"),
          fix: { original: "Zoom", replacement: "Microsoft Teams" },
        },
      ],
    },
    {
      name: "'Zoom link: <address>' is one problem: the words and the link replaced together",
      to: MICROSOFT,
      body: "Here is my Zoom link: https://zoom.us/j/123456",
      findings: [
        {
          messageId: "link",
          evidence: at(
            "body",
            "Here is my Zoom link: https://zoom.us/j/123456",
            "Zoom link: https://zoom.us/j/123456",
          ),
          fix: {
            original: "Zoom link: https://zoom.us/j/123456",
            replacement: "[Microsoft Teams meeting link]",
            replacesLink: true,
          },
        },
      ],
    },
    {
      name: "'my Zoom link' without the address: renaming would be untrue, so no fix",
      to: MICROSOFT,
      body: "My Zoom link is in the calendar invite.",
      findings: [
        {
          messageId: "mention",
          evidence: at("body", "My Zoom link", "Zoom link"),
        },
      ],
    },
    {
      name: "a Zoom call next to its Zoom link: one meeting, renamed only with its link replaced",
      to: MICROSOFT,
      body: "A Zoom call tomorrow? Join: https://zoom.us/j/9",
      findings: [
        {
          messageId: "link",
          evidence: at(
            "body",
            "A Zoom call tomorrow? Join: https://zoom.us/j/9",
            "Zoom call tomorrow? Join: https://zoom.us/j/9",
          ),
          fix: {
            original: "Zoom call tomorrow? Join: https://zoom.us/j/9",
            replacement: "Microsoft Teams call tomorrow? Join: [Microsoft Teams meeting link]",
          },
        },
      ],
    },
    {
      name: "the same Zoom link as an anchor and written out: one meeting",
      to: MICROSOFT,
      html: '<p><a href="https://us02web.zoom.us/j/8123?pwd=x">Join Zoom Meeting</a></p><p>https://us02web.zoom.us/j/8123?pwd=x</p>',
      findings: [
        {
          messageId: "link",
          evidence: {
            field: "body",
            text: "Join Zoom Meeting\nhttps://us02web.zoom.us/j/8123?pwd=x",
            start: 0,
            end: 54,
          },
          fix: {
            original: "Join Zoom Meeting\nhttps://us02web.zoom.us/j/8123?pwd=x",
            replacement: "[Microsoft Teams meeting details]",
          },
        },
      ],
    },
    {
      name: "the same Zoom link twice in one paragraph: one meeting",
      to: MICROSOFT,
      html: '<p>Join <a href="https://zoom.us/j/8123">here</a> (or paste https://zoom.us/j/8123 into a browser).</p>',
      findings: [
        {
          messageId: "link",
          evidence: { field: "body", text: "here", start: 5, end: 9 },
          fix: { replacement: "[Microsoft Teams meeting link]" },
        },
      ],
    },
    {
      name: "a link labelled with its platform: one finding, the label's name replaced too",
      to: MICROSOFT,
      body: "Zoom details for the board call: https://zoom.us/j/86133092244",
      findings: [
        {
          messageId: "link",
          evidence: at(
            "body",
            "Zoom details for the board call: https://zoom.us/j/86133092244",
            "Zoom details for the board call: https://zoom.us/j/86133092244",
          ),
          fix: {
            original: "Zoom details for the board call: https://zoom.us/j/86133092244",
            replacement:
              "Microsoft Teams details for the board call: [Microsoft Teams meeting link]",
          },
        },
      ],
    },
    {
      name: "a pasted Zoom block, helper links and dial-in included: one meeting, the block replaced",
      to: MICROSOFT,
      body: `Please join us:\n\n${ZOOM_BLOCK}\n\nBest,\nJo`,
      findings: [
        {
          messageId: "link",
          // The block is pointed at whole: the fix replaces it whole.
          evidence: at("body", `Please join us:\n\n${ZOOM_BLOCK}`, ZOOM_BLOCK),
          fix: {
            original: ZOOM_BLOCK,
            replacement: "[Microsoft Teams meeting details]",
          },
        },
      ],
    },
    {
      name: "a pasted Teams block below the sign-off, to a Zoom client",
      to: ZOOM_PERSON,
      profiles: [ZOOM_CLIENT],
      body: `Agenda attached.\n\nKind regards,\nJo\n\n${TEAMS_BLOCK}\nJo Lawyer\nPartner`,
      findings: [
        {
          messageId: "link",
          recipient: ZOOM_PERSON,
          evidence: at(
            "body",
            `Agenda attached.\n\nKind regards,\nJo\n\n${TEAMS_BLOCK}`,
            TEAMS_BLOCK.slice(TEAMS_BLOCK.indexOf("Microsoft"), TEAMS_BLOCK.lastIndexOf("\n")),
          ),
          fix: { original: TEAMS_BLOCK, replacement: "[Zoom meeting details]" },
        },
      ],
    },
    {
      name: "a Webex block to a Teams client",
      to: MICROSOFT,
      body: `Eleanor\n${WEBEX_BLOCK}`,
      findings: [
        {
          messageId: "link",
          evidence: at("body", `Eleanor\n${WEBEX_BLOCK}`, WEBEX_BLOCK),
          fix: { replacement: "[Microsoft Teams meeting details]" },
        },
      ],
    },
    {
      name: "Google Meet details written out without links",
      to: MICROSOFT,
      body: `Joining details:\n\n${MEET_BLOCK}`,
      findings: [
        {
          messageId: "link",
          evidence: at("body", `Joining details:\n\n${MEET_BLOCK}`, MEET_BLOCK),
          fix: { replacement: "[Microsoft Teams meeting details]" },
        },
      ],
    },
    {
      name: "a quick Teams, named as a word, to a Zoom client",
      to: ZOOM_PERSON,
      profiles: [ZOOM_CLIENT],
      body: "Could we do a quick Teams on Thursday?",
      findings: [
        {
          messageId: "mention",
          recipient: ZOOM_PERSON,
          evidence: at(
            "body",
            "Could we do a quick Teams on Thursday?",
            "Could we do a quick Teams",
          ),
          fix: { original: "Teams", replacement: "Zoom" },
        },
      ],
    },
    {
      name: "a Teams link to a Zoom client",
      to: ZOOM_PERSON,
      profiles: [ZOOM_CLIENT],
      html: '<p><a href="https://teams.microsoft.com/l/meetup-join/abc">Click here to join the meeting</a></p>',
      findings: [
        {
          messageId: "link",
          recipient: ZOOM_PERSON,
          evidence: { field: "body", text: "Click here to join the meeting", start: 0, end: 30 },
          fix: { replacement: "[Zoom meeting link]" },
        },
      ],
    },
  ],
});

/** Addresses every platform writes, vanity and regional hosts included. */
describe("meeting-platform knows every platform's meeting addresses", () => {
  const links: [string, string][] = [
    ["https://us02web.zoom.us/j/85512345678?pwd=abc", "Zoom"],
    ["https://acme.zoom.us/my/jsmith", "Zoom"],
    ["https://www.zoomgov.com/j/1612345678", "Zoom"],
    ["https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0", "Microsoft Teams"],
    ["https://teams.live.com/meet/9388123456789", "Microsoft Teams"],
    ["https://firm.webex.com/firm/j.php?MTID=m7c1e", "Webex"],
    ["https://firm.webex.com/meet/jsmith", "Webex"],
    ["https://meet.google.com/qmx-rtfa-kzw", "Google Meet"],
    ["https://g.co/meet/qmx-rtfa-kzw", "Google Meet"],
  ];
  it.each(links)("%s is a %s meeting", (url, platform) => {
    // Microsoft meets on Teams, the Zoom client on Zoom: each gets the other platforms' links.
    const to = platform === "Microsoft Teams" ? ZOOM_PERSON : MICROSOFT;
    const findings = runCheck(meetingPlatform, {
      to,
      profiles: [ZOOM_CLIENT],
      body: `Join here: ${url}`,
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(`this e-mail has a ${platform} link`);
  });

  it("replacing a block leaves every other character in place", () => {
    const c = { to: MICROSOFT, body: `Before.\n\n${ZOOM_BLOCK}\n\nAfter.` };
    const [finding] = runCheck(meetingPlatform, c);
    const fixed = applyFixToText(c.body, finding!.fix!);
    expect(fixed.ok && fixed.content).toBe(
      "Before.\n\n[Microsoft Teams meeting details]\n\nAfter.",
    );
  });
});

// Round 10: other vendors' meetings, which no client chooses, named by vendor in the message.
describe("meeting-platform: other vendors", () => {
  const links: [string, string][] = [
    ["https://global.gotomeeting.com/join/987654321", "GoTo Meeting"],
    ["https://meet.goto.com/987654321", "GoTo Meeting"],
    ["https://whereby.com/acme-law", "Whereby"],
    ["https://bluejeans.com/123456789", "BlueJeans"],
    ["https://meet.jit.si/AcmeLeaseCall", "Jitsi"],
    ["https://v.ringcentral.com/join/123456789", "RingCentral"],
    ["https://join.skype.com/abcDEF123", "Skype"],
    ["https://app.slack.com/huddle/T0123/C0456", "Slack huddle"],
    ["https://chime.aws/1234567890", "Amazon Chime"],
    ["https://meeting.zoho.eu/join?key=123456789", "Zoho Meeting"],
    ["https://call.lifesizecloud.com/1234567", "Lifesize"],
    ["https://acme.pexip.me/conf-123", "Pexip"],
  ];
  it.each(links)("%s is a %s meeting, to a Teams client and a Zoom client", (url, vendor) => {
    for (const to of [MICROSOFT, ZOOM_PERSON]) {
      const findings = runCheck(meetingPlatform, {
        to,
        profiles: [ZOOM_CLIENT],
        body: `Join here: ${url}`,
      });
      expect(findings).toHaveLength(1);
      expect(findings[0]!.message).toContain(
        `this e-mail has ${/^A/.test(vendor) ? "an" : "a"} ${vendor} link`,
      );
    }
  });

  const named: [string, string, string][] = [
    ["Let's use GoToMeeting for Thursday's call.", "GoTo Meeting", "use GoToMeeting"],
    ["Could you join via Whereby at 2pm?", "Whereby", "join via Whereby"],
    ["Shall we do a BlueJeans call on Friday?", "BlueJeans", "BlueJeans call"],
    ["Could we hop on a Jitsi call at 3?", "Jitsi", "on a Jitsi"],
    ["Happy to do this over Skype for Business if easier.", "Skype", "over Skype for Business"],
    ["Let's do a quick Slack huddle this afternoon.", "Slack huddle", "Slack huddle"],
    ["Platform: BlueJeans", "BlueJeans", "BlueJeans"],
    ["I'll set up a Zoho meeting for Monday.", "Zoho Meeting", "Zoho meeting"],
    ["Zoom dial-in: +44 203 901 7895, Meeting ID 812 3456 7890", "Zoom", "Zoom dial-in"],
  ];
  it.each(named)("%s proposes %s", (body, vendor, quoted) => {
    const findings = runCheck(meetingPlatform, { to: MICROSOFT, body });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(`proposes ${vendor}`);
    expect(findings[0]!.evidence!.text).toContain(quoted);
  });

  it("GoTo Meeting's pasted invitation is one meeting", () => {
    const body = [
      "Please join my meeting from your computer, tablet or smartphone.",
      "https://global.gotomeeting.com/join/987654321",
      "",
      "You can also dial in using your phone.",
      "United Kingdom: +44 20 3713 5011",
      "Access Code: 987-654-321",
      "",
      "New to GoToMeeting? Get the app now and be ready when your first meeting starts:",
      "https://global.gotomeeting.com/install/987654321",
    ].join("\n");
    const findings = runCheck(meetingPlatform, { to: MICROSOFT, body });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("GoTo Meeting link");
  });

  // Look-alikes: the vendor as a party, a mark or a company; the English words; a past or
  // someone else's meeting; helper pages and other pages of the vendor; quoted history.
  const silent = [
    "The licence dispute with GoTo is listed for trial in May.",
    "We are acting for GoTo; the GoTo Meeting trade mark is at issue.",
    "The BlueJeans trade mark was registered in 2015.",
    "RingCentral's share price fell after results.",
    "Whereby the Seller agrees to deliver the goods, the Buyer shall pay.",
    "Whereby, the tenant covenants to pay rent.",
    "He wore blue jeans to the hearing.",
    "Can you chime in on the draft? Chime in if you disagree.",
    "Please see the Slack thread; I have pinned the Slack link in #deals.",
    "Our CRM is on Zoho and the data sits there.",
    "The Lifesize hardware licence is attached.",
    "We discussed this on the GoToMeeting call last week.",
    "The parties met on Skype last week.",
    "The agent suggested BlueJeans, but we will use Teams.",
    "Visit https://www.gotomeeting.com/ for the vendor's terms.",
    "See the Slack channel at https://app.slack.com/client/T0123/C0456",
    "Thanks.\n\n-----Original Message-----\nFrom: X\nJoin: https://whereby.com/acme",
  ];
  it.each(silent)("stays silent: %s", (body) => {
    expect(runCheck(meetingPlatform, { to: MICROSOFT, body })).toEqual([]);
  });

  it("no platform preference: another vendor's link is no finding", () => {
    expect(runCheck(meetingPlatform, { to: DAN, body: "Join: https://whereby.com/acme" })).toEqual(
      [],
    );
  });
});

describe("meeting-platform: a platform as an imperative with a personal object", () => {
  const proposed: [string, string][] = [
    ["zoom me if quicker than email", "zoom me"],
    ["If it is quicker, zoom me this afternoon.", "zoom me"],
    ["Any problems, zoom me.", "zoom me"],
    ["Thanks. Zoom me tomorrow if easier.", "zoom me"],
    ["Just zoom me tomorrow and we can settle the schedule.", "zoom me"],
    ["Feel free to webex me later.", "webex me"],
    ["Happy to talk it through – zoom us on Friday?", "zoom us"],
  ];
  it.each(proposed)("%s proposes another platform to a Teams client", (body, quoted) => {
    const findings = runCheck(meetingPlatform, { to: MICROSOFT, body });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence!.text.toLowerCase()).toContain(quoted);
  });

  const silent = [
    "We need to zoom in on clause 4 before Friday.",
    "Could you zoom me in on the site plan at the hearing?",
    "The figures zoom us through the first quarter.",
    "Both teams us lawyers advised were stretched.",
    "Prices will zoom when the ban lifts.",
  ];
  it.each(silent)("stays silent: %s", (body) => {
    expect(runCheck(meetingPlatform, { to: MICROSOFT, body })).toEqual([]);
  });
});

describe("a standing meeting room in the author's signature (round 20)", () => {
  const BRETT = { address: "bkowalczyk@pde-law.example", name: "Brett Kowalczyk" };
  const PROSE =
    "Thanks for the comments on the lease; I have marked up clause 4 and will send it tomorrow.";
  const SIGNATURE = "Brett Kowalczyk\nAssociate, PDE Law\nT: +1 303 555 0101";
  const ROOM = "My Zoom room: https://pde-law.zoom.us/my/bkowalczyk";
  const draft = (
    signOff: string,
    room = ROOM,
    from: { address: string; name?: string } = BRETT,
    prose = PROSE,
  ) => ({
    to: MICROSOFT,
    from,
    body: `${prose}\n\n${signOff}\n${SIGNATURE}\n${room}`,
  });

  it.each([
    ["signed with the first name only", draft("Brett")],
    ["signed with the initial", draft("B.")],
    ["signed with the initials after a dash", draft("– BK")],
    ["signed after a valediction (the link too)", draft("Best,\nBrett")],
    [
      "the display name written surname first",
      draft("Brett", ROOM, { ...BRETT, name: "Kowalczyk, Brett" }),
    ],
    ["a bare label", draft("B", "Zoom: https://pde-law.zoom.us/my/bkowalczyk")],
  ])("stays silent: %s", (_name, c) => {
    expect(runCheck(meetingPlatform, c)).toEqual([]);
  });

  it.each([
    [
      "signed with a name that is not the author's",
      draft("Brett", ROOM, { ...BRETT, name: "Jo Lawyer" }),
    ],
    ["no display name", draft("Brett", ROOM, { address: BRETT.address })],
    [
      "the room proposed in the body",
      draft(
        "Brett",
        ROOM,
        BRETT,
        `Let's use my Zoom room on Friday: https://pde-law.zoom.us/my/bkowalczyk\n\n${PROSE}`,
      ),
    ],
    ["a meeting's time after the link", draft("Brett", `${ROOM} (Thursday 3pm)`)],
    [
      "a name above no prose (not a sign-off)",
      { to: MICROSOFT, from: BRETT, body: `Brett\n${SIGNATURE}\n${ROOM}` },
    ],
  ])("is found: %s", (_name, c) => {
    expect(runCheck(meetingPlatform, c).length).toBeGreaterThan(0);
  });
});

// Round 33 (detect-33b; h12's kind): a platform as a verb after the author's offer asked as a
// question or said as "let me" ("shall I Teams you", "can I zoom you"). Sentences invented here.
const MEET_CLIENT = {
  matchKey: "@meetco33.example",
  clientName: "Meetco",
  meetingPlatform: "google-meet",
};
const MEET_PERSON = "jo@meetco33.example";
runRuleTests(meetingPlatform, {
  valid: [
    "Shall I zoom in on the plan for the east wing first?",
    "Let me zoom out to the whole schedule before we agree.",
    "Can I team up with Priya on the second draft?",
  ].map((body) => ({
    name: `round 33 no platform: ${body}`,
    to: MEET_PERSON,
    profiles: [MEET_CLIENT],
    body,
  })),
  invalid: [
    ["Quicker to talk - shall I Teams you at 4 tomorrow?", "shall I Teams you"],
    ["Can I zoom you later about the buy-out fee?", "Can I zoom you"],
    ["Let me webex you on Monday with the numbers.", "Let me webex you"],
  ].map(([body, text]) => ({
    name: `round 33 a platform offered as a verb: ${body}`,
    to: MEET_PERSON,
    profiles: [MEET_CLIENT],
    body: body!,
    findings: [
      {
        messageId: "mention",
        evidence: at("body", body!, text!),
        fix: { replacement: "Google Meet" },
      },
    ],
  })),
});
