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
] as const;

runListenTests("real mail", {
  silent: SENTENCES.map(([name, sentence]) => ({ name, from: FROM, body: wrap(sentence) })),
  heard: [],
});
