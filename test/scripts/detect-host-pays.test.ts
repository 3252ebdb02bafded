/**
 * Round 39: the host's phrase in a sentence that offers hospitality (entertainment-host-pays.ts),
 * read alone; entertainment-invite.test.ts has the check's cases. Sentences invented here.
 */
import { hostPaysIn } from "../../scripts/learn/detect-host-pays";

const phrase = (sentence: string): string | undefined => {
  const at = hostPaysIn(sentence);
  return at && sentence.slice(at.start, at.end);
};

describe("hostPaysIn", () => {
  it.each([
    ["Once the lease is signed, dinner at the Ledbury, on us.", "on us"],
    ["Drinks in the interval are on us.", "on us"],
    ["Flights and hotel on us, of course.", "on us"],
    ["We'll follow with lunch at Moro on us.", "on us"],
    ["I'd like to take you somewhere quiet after the board - my treat.", "my treat"],
    ["Let me buy you a coffee when you're next in Leeds.", "Let me buy you"],
    ["The ball is on 3 May - would you like to sit at our table?", "at our table"],
    ["We'd love to have you in Lisbon for the week as our guests.", "as our guests"],
    [
      "We'd love you at the retreat - we look after flights and the resort.",
      "we look after flights",
    ],
  ])("hears %s", (sentence, want) => {
    expect(phrase(sentence)).toBe(want);
  });

  it.each([
    "The delay is on us; we will not bill the extra hour.",
    "You can count on us for the hotel bookings in March.",
    "The impact on us of the hotel closure is small.",
    "The onus is on us to book the hotel rooms for the inspection.",
    "We'll buy you time on the hotel sale by asking for an extension.",
    "We would like to buy you out of the hotel joint venture.",
    "The witness's flights and hotel are on us under the order.",
    "We'll follow the drafting with lunch in the Oak Room on us.",
    "There will always be a seat at our table for your team in the negotiations.",
    "You cleared it with us in March, so two seats are held at our table at the awards dinner.",
    "You would be attending the training as our guest, with lunch.",
    "Our table of fees is attached.",
    "That mistake was on us, and the corrected draft is attached.",
  ])("stays silent on %s", (sentence) => {
    expect(phrase(sentence)).toBeUndefined();
  });
});

describe("hostPaysIn: 'out' is a buy-out's only", () => {
  it("hears the reader brought out as the firm's guests", () => {
    const sentence = "We'd love to bring you out to San Diego as our guests for the week.";
    expect(phrase(sentence)).toBe("as our guests");
  });
});
