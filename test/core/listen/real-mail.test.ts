/**
 * Sentences from real mail (the SpamAssassin corpus, scripts/listen-false-alarms.ts) that listening
 * once misheard as preferences while it was built: each must stay silent.
 */
import { runListenTests } from "./listen-tester";

const wrap = (sentence: string) => `Hi,\n\n${sentence}\n\nTim`;
const FROM = "Tim Chapman <timc@example.org>";

const SENTENCES = [
  ["an idiom", "Great release, not to mention the bazillion bug fixes."],
  [
    "keeping something out of a computer",
    "Keep the bad guys out of your PC or network with ZoneAlarm Pro.",
  ],
  [
    "a quotation from a film",
    "Surely you can't be serious? I am serious, and don't call me Shirley.",
  ],
  [
    "files, not texts",
    "There is no text files which contain help on installing the url package so I gave up.",
  ],
  ["a headline", "Liverpool Council bans email on Wednesdays"],
  [
    "a product's limits",
    "The Viewer does not support email or audio, while the WebTV browser does.",
  ],
  ["hardware", "Note that there is NO memory and no video card included."],
  ["a list's introduction", "My name is Shannon and I am your new daily provider of words."],
  ["a title in title case", "It's Big, It's Heavy, It's Blog!"],
  ["a headline in title case", "We Will Never Forget"],
  [
    "a purpose clause",
    "To avoid going into a long digression, let me just say that it's a proprietary licence.",
  ],
  ["someone else's money", "The company won't pay any severance to Messier."],
  [
    "an economist's claim",
    "A tenet of my profession is that people won't pay for something they can get for free.",
  ],
  ["a bill", "We get a phone bill every month for someone who no longer lives at our house."],
  ["a request made to someone else", "I told them to stop calling me at dinner time."],
  ["a swap file", "You'd do better to buy more ram and to keep gcc's heap out of swap."],
  ["a name someone else goes by", "Mr. Padilla, also known as Abdullah al-Muhajir, is, like"],
  ["what a thing is known as", "The chipset formerly known as Crush 18"],
  [
    "a place's nickname",
    'Medina lives in a district of the Peruvian capital known as "Little Chicago."',
  ],
  ["quoted speech", '"God I hate telephones."'],
  ["a label that is a sentence", "Contact information can change: phone numbers, PO boxes."],
  [
    "a device, not a channel",
    "One of the hot trends in notebooks is squeezing desktop processors, not mobile CPUs, into laptops.",
  ],
] as const;

// Passages that were misheard only in their context (a subject, the quoted question, a list).
const PASSAGES = [
  {
    name: "a menu item that ends a line, not a bare answer",
    from: "Ulf Harnhammar <ulfh@update.uu.se>",
    subject: "Geeklog XSS and CRLF Injection",
    body: "(There is also an XSS issue in the search engine. It was reported\nby someone else, and not by me.)\n\n2) Geeklog has got a CRLF Injection hole in User Profile: Send\nEmail. The users' mail addresses are meant to be secret, but by\nusing this hole, you can get someone's mail address anyway.\n\n// Ulf Harnhammar",
  },
  {
    name: "a request inside a bracketed condition",
    from: "Guido van Rossum <guido@python.org>",
    subject: "Re: spambayes package?",
    body: "> Before we get too far down this road, what do people think of creating a\n> spambayes package containing classifier and tokenizer?  This is just to\n> minimize clutter in site-packages.\n\nToo early IMO (if you mean to leave the various other tools out of\nit).  If and when we package this, perhaps we should use Barry's trick.\n\n--Guido",
  },
  {
    name: "what a regulator once required of a company",
    from: "Jim Whitehead <ejw@cse.ucsc.edu>",
    subject: "AOL scaling back IM interoperability",
    body: "America Online isn't required to make its messaging system interoperable\nwith others, but the FCC's merger approval included what it considered to be\nincentives for the company to do so. It also required AOL to file progress\nreports on its interoperability efforts every six months. The most recent\nreport, filed last week, disclosed the company's new direction.",
  },
  {
    name: "a habit of going to few concerts",
    from: "Lockergnome <subscriptions@lockergnome.com>",
    subject: "[Lockergnome Windows Daily]  Sticker Courtesy",
    body: "I don't go to many concerts, but that doesn't mean I don't\nappreciate listening to good music at every waking moment.\nTonight, a handful of friends and I watched a band rock the Fillmore.",
  },
  {
    name: "titles in a list of weblogs",
    from: "blo.gs <webmaster@blo.gs>",
    subject: "updated weblogs from blo.gs",
    body: "    diveintomark\n      http://diveintomark.org/\n    Text\n      http://example.org/text/\n    freedexter dot com\n      http://www.freedexter.com/\n    Managed Care Daily Briefing\n      http://www.managedcaremag.com/rdaily/",
  },
];

runListenTests("real mail", {
  silent: [
    ...SENTENCES.map(([name, sentence]) => ({ name, from: FROM, body: wrap(sentence) })),
    ...PASSAGES,
  ],
  heard: [],
});
