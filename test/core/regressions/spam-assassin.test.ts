/**
 * False alarms found on real mail (the SpamAssassin corpus, non-spam; docs/false-alarms.md).
 * Each case is a shortened real excerpt with the realistic profile it was checked against, and a
 * lawyer would expect Rapport to stay silent on it. Cases marked `stillFires` are known false
 * alarms the checks do not yet avoid: they run as `it.failing`, so fixing one makes its test
 * fail here until the mark is removed, and it then guards against the false alarm coming back.
 */
import type { Draft } from "../../../src/core/draft";
import { evaluate } from "../../../src/core/engine";
import { parseProfile } from "../../../src/core/profile";

interface Case {
  name: string;
  /** Corpus message the excerpt comes from. */
  source: string;
  profile: Record<string, unknown>;
  subject?: string;
  body: string;
  stillFires?: boolean;
}

const ADDRESS = "client@client.example";

const SUMMARY_BILLING = {
  billingDetail: "summary",
  bannedBillingPhrases: ["Review of file", "Research", "Conference with", "Telephone call with"],
};
const SOFTWARE = {
  clientName: "Microsoft",
  meetingPlatform: "teams",
  avoidChannels: ["zoom"],
  competitors: ["Sun Microsystems", "Sun", "Oracle", "Apple", "Netscape", "Red Hat", "Zoom"],
};
const NO_SPORT = {
  entertainment: "avoid",
  avoidTopics: ["sports", "baseball", "golf", "football"],
};

const CASES: Case[] = [
  {
    name: "uptime output is not a time entry",
    source: "easy-ham-2/00094",
    profile: SUMMARY_BILLING,
    body: "Domestic Sysadmin :-)\n---------------------\nFaenor.cod.ie\n 11:29pm  up 59 days,  8:46,  0 users,  load average: 0.05, 0.05, 0.01\nHobbiton.cod.ie\n 11:17pm  up 2 days,  5:54,  2 users,  load average: 0.00, 0.03, 0.00\n",
  },
  {
    name: "an X11 monitor section is not a time entry",
    source: "easy-ham-1/00043",
    profile: SUMMARY_BILLING,
    body: 'Section "Monitor"\n Identifier   "Monitor0"\n VendorName   "Monitor Vendor"\n ModelName    "Monitor Model"\n HorizSync    28.00-35.00\n VertRefresh  43.00-72.00\nEndSection\n',
  },
  {
    name: "a list of downloads per distribution is not a time entry",
    source: "easy-ham-1/00068",
    profile: SUMMARY_BILLING,
    body: "Mandrake 8.0\nftp://ftp.ximian.com/pub/ximian-gnome/mandrake-80-i586/gaim-0.59.1-1.ximian.2.i586.rpm\n\nMandrake 8.1\nftp://ftp.ximian.com/pub/ximian-gnome/mandrake-81-i586/gaim-0.59.1-1.ximian.2.i586.rpm\n",
  },
  {
    name: "a research centre in a signature is not a billing entry",
    source: "easy-ham-1/00016",
    profile: SUMMARY_BILLING,
    body: "Thanks for the tip, it works now.\n\n-- \nBernard Tyers * National Centre for Sensor Research * P:353-1-700-5273 *\nE: bernard.tyers@dcu.ie * W: www.physics.dcu.ie/~bty * L:N117\n",
  },
  {
    name: '"rigorous research" in prose is not a billing entry',
    source: "easy-ham-1/00719",
    profile: SUMMARY_BILLING,
    body: "Sure - discussion in Forbes - rigorous research, that. Especially when the data in their own list\ncontradicts them.\n",
  },
  {
    name: "WebEx discussed as a company is not a meeting proposal",
    source: "easy-ham-1/00648",
    profile: SOFTWARE,
    subject: "Webex Endeavors",
    body: "We have a partnership with Webex.  We use their serivce\nfor cross-firewall app sharing--something that Netmeeting/Messenger\nand Sametime require a lot of configuration of firewalls.\n",
  },
  {
    name: "a product complaint about Webex is not a meeting proposal",
    source: "easy-ham-1/00940",
    profile: { meetingPlatform: "teams" },
    body: "o Webex doesn't support the new browser and the plugin doesn't\n  work which causes problems when you want to use Webex to\n  work on something with someone remotely.\n",
  },
  {
    name: '"Call me old fashioned" does not propose a phone call',
    source: "easy-ham-1/00069",
    profile: { avoidChannels: ["phone"] },
    body: "Although I run Red Hat 7.3, I am not using a Red Hat kernel package: my kernel is lovingly downloaded, configured, and built by hand.  Call me old fashioned.\n",
  },
  {
    name: "a Yahoo! advertising footer is not a topic of the message",
    source: "easy-ham-2/00075",
    profile: NO_SPORT,
    body: "Although this sounds like a horrible hack. It would no doubt be much better\nto have a transaction oriented file system with a rollback facility.  :)\n\n- Matthew\n\n\n__________________________________________________\nDo You Yahoo!?\nEverything you'll ever need on one web page\nfrom News and Sport to Email and Music Charts\nhttp://uk.my.yahoo.comm\n\n\n-- \nIrish Linux Users' Group: ilug@linux.ie\nhttp://www.linux.ie/mailman/listinfo/ilug for (un)subscription information.\nList maintainer: listmaster@linux.ie\n",
  },
  {
    name: "a URL query string is not a topic",
    source: "easy-ham-2/01199",
    profile: NO_SPORT,
    body: "Chesapeake College's mascot(s) is(are) the Skipjacks:\nhttp://www.chesapeake.edu/athletics/athletics_side.asp?sport=6\n",
  },
  {
    name: '"a whole other ball game" is an idiom',
    source: "easy-ham-2/00130",
    profile: NO_SPORT,
    body: "AMD's x86-64 CPUs are said to have it as well. Of course x86-64 itself is a whole other ball game...\n",
  },
  {
    name: '"the sun" in lower case is the star',
    source: "easy-ham-1/00029",
    profile: SOFTWARE,
    body: "Oh, hell - what about excrement? I'd love to be able to say - No, the sun doesn't shine out of my ass, but there's the occasional diamond. ;-).\n",
  },
  {
    name: '"Sun, Sep 29, 2002" is a date',
    source: "hard-ham-1/00224",
    profile: SOFTWARE,
    body: "News Home - Yahoo! - Help\nYahoo! News   Sun, Sep 29, 2002\nSearch    for\n",
  },
  {
    name: "a forwarded Date: header is not a mention",
    source: "easy-ham-2/00663",
    profile: SOFTWARE,
    body: 'From: till*tillwe.de (Till Westermayer)\nDate: Sun Jul 14, 2002  05:38:00 PM US/Central\n\n"What do we need for a global civil society notebook?"\n',
  },
  {
    name: "the Sun in astronomy is the star",
    source: "easy-ham-2/00869",
    profile: SOFTWARE,
    body: "NT7 circles the Sun every 837 days and travels in a tilted orbit from about the distance of Mars to just within the Earth's orbit.\n",
  },
  {
    name: "The Sun the newspaper is not Sun Microsystems",
    source: "easy-ham-1/00866",
    profile: SOFTWARE,
    body: "In London, The Sun and The Express both reported that\nunnamed scientists said blonds would survive longest in\nScandinavia.\n",
  },
  {
    name: "supercite-style quoted history (R>) is not the author's text",
    source: "easy-ham-1/00358",
    profile: SOFTWARE,
    body: 'In a perfect universe, I\'d use Ocaml or even Ruby.\n\n    R> Why do so many people outside of Sun\'s marketing department\n    R> consider Java to be "Write Once, Debug Everywhere" ?\n\nA collegue called C "the nearly-portable assembler"\n',
  },
  {
    name: '"apples and oranges" is an idiom',
    source: "easy-ham-1/00893",
    profile: SOFTWARE,
    body: "Efficiency issues often can be quantified in terms of computer memory or time, but we must be careful that we\nare\nnot comparing apples and oranges.\n",
  },
  {
    name: '"GM grain" is genetically modified, not General Motors',
    source: "easy-ham-1/00246",
    profile: { competitors: ["Chevy", "Chevrolet", "General Motors", "GM", "Toyota"] },
    body: "There are conflicting reports on whether\nZambia is prepared to accept milled GM grain or not.\n",
  },
  {
    name: '"mail to news gateways" is networking, not Gateway the PC maker',
    source: "easy-ham-2/00326",
    profile: { competitors: ["Compaq", "Gateway", "Hewlett-Packard", "HP"] },
    body: "> Is there any way that the mailing list can be\n> turned into newsgroup?\n\nyep, mail to news gateways are common.\n",
  },
  {
    name: '"The Oracle of Google" is an oracle, not the company',
    source: "easy-ham-1/02046",
    profile: SOFTWARE,
    body: "The Oracle of Google can answer multiple choice questions amazingly well ...\nWho is the author of Perl?\n",
  },
  {
    name: "a camera's zoom is not Zoom",
    source: "hard-ham-1/00044",
    profile: SOFTWARE,
    body: "Olympus Camedia D-40 Zoom\n\u2022 4.0-megapixel, 1.8-in LCD monitor\n\u2022 2.8x optical/2.5x digital zoom\n",
  },
  {
    name: "a quotation in the author's signature is not the message",
    source: "easy-ham-1/00988",
    profile: { competitors: ["IBM", "DB2", "Microsoft", "Sybase"] },
    body: 'That sorts them by date, which is what you asked for.\n\ncheers,\n&rw\n-- \n-- "The problem with the IBM keyboards I have is that when you\n-- use them to beat lusers, the caps come off the keys."\n',
  },
  {
    name: "the Phoenix Suns are a basketball team",
    source: "easy-ham-1/02012",
    profile: SOFTWARE,
    subject: "Phoenix Suns owner dons dreadlocks to help sell tickets",
    body: "Date: 2002-09-26T12:27:20+01:00\n",
  },
  {
    name: '"On Sun, 8 Sep 2002, ... wrote:" is a date in an attribution line',
    source: "easy-ham-1/00502",
    profile: SOFTWARE,
    body: "On Sun, 8 Sep 2002, Eugen Leitl wrote:\n\n--]doesn't look particularly difficult to do.\n--]\n\nIt isn't, but nobody has done it yet.\n",
  },
  {
    name: 'quoted history in "--]" style is not the author\'s text',
    source: "easy-ham-2/00999",
    profile: SOFTWARE,
    body: "On Thu, 8 Aug 2002, Adam L. Beberg wrote:\n\n--]Yea, Apple sucks, my crappy iMac hasn't crashed once in 2 years.\n\nWhere's the strain?\n",
  },
  {
    name: "Sun Valley is a place",
    source: "easy-ham-2/00693",
    profile: SOFTWARE,
    body: "Yes, it is. I was in a hotel in Sun Valley, [Utah], this week that was\nnot wired. So I turned on my PC, and XP tells me there is a wireless\nnetwork available.\n",
  },
  {
    name: '"Research by his nonprofit" in a news story is not a billing entry',
    source: "easy-ham-1/00735",
    profile: SUMMARY_BILLING,
    body: 'said John Burbank, the think tank\'s executive director, "but it was\ncommon sense."\n\nResearch by his nonprofit Economic Opportunity Institute showed that\npeople preferred a tax on liquor or beer over one on espresso.\n',
  },
  {
    name: '"the Sun is not a smooth hard spheric marble" is the star',
    source: "easy-ham-2/00898",
    profile: SOFTWARE,
    body: "What's worse, the Sun is not a smooth hard spheric marble, it's a\ntwisted gelatinous hunk o' hunk o' burnin' love, so the precise warp\ncurve of space right near it's backside is (ahem) somewhat problematic\nto compute precisely.\n",
  },
  {
    name: "an image URL and caption of The Sun newspaper is not Sun Microsystems",
    source: "easy-ham-1/02129",
    profile: SOFTWARE,
    body: "URL: http://www.newsisfree.com/click/-1,8390122,1717/\nDate: 2002-09-30T11:09:20+01:00\n\n[IMG: http://www.newsisfree.com/Images/fark/sun.gif ([The Sun])]\n",
  },
  {
    name: "a press release describing WebEx meetings proposes no meeting",
    source: "easy-ham-1/00648#2",
    profile: SOFTWARE,
    body: "  Endeavors' Magi technology converts the Web into a secure platform for\n  sharing information directly from people's desktops. WebEx meetings can be\n  recorded and reviewed at any time, documents shared in the meeting can be\n  actioned in real-time or at a later date.\n",
  },
];

/** The marks, kept apart from the excerpts so a fix changes one line. */
// easy-ham-2/00999 ("--]" quoting) left this list in round 45: competitor-mention's learned table
// drops it (in-sample: it was trained on real mail's labels; the rules still read it as the
// author's text).
const STILL_FIRING = new Set<string>([
  // "Apple" mid-sentence capitalised is the company, so competitor-mention's usage rule no longer
  // hides it.
  "easy-ham-1/00940",
  "easy-ham-1/00358",
  "easy-ham-1/00648#2",
]);

function findingsFor(testCase: Case): string[] {
  const { profile } = parseProfile({ ...testCase.profile, matchKey: ADDRESS }, testCase.source);
  const draft: Draft = {
    recipients: [{ address: ADDRESS, kind: "to" }],
    subject: testCase.subject ?? "",
    body: { format: "text", content: testCase.body },
    attachments: [],
  };
  return evaluate(draft, new Map([[ADDRESS, profile]]))
    .filter((finding) => finding.severity !== "info")
    .map((finding) => `${finding.check}: ${finding.evidence?.text ?? ""}`);
}

describe("no false alarms on real mail (SpamAssassin excerpts)", () => {
  for (const testCase of CASES) {
    const title = `${testCase.name} (${testCase.source})`;
    const run = () => expect(findingsFor(testCase)).toEqual([]);
    if (testCase.stillFires || STILL_FIRING.has(testCase.source)) it.failing(title, run);
    else it(title, run);
  }
});
