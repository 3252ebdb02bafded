/**
 * Round 39: the host's phrase in a sentence that offers hospitality (entertainment-host-pays.ts),
 * read alone; entertainment-invite.test.ts has the check's cases. Sentences invented here.
 */
import { hostPaysIn } from "../../../src/core/checks/entertainment-host-pays";

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
    ["Let me buy you a coffee when you're next in Leeds.", "Let me buy you a coffee"],
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

// Round 40 (detect-40): the host's phrases in their legal and working senses, beside hospitality
// words, written before the reading was narrowed. The review's seven (round 39) are rows of
// entertainment-invite.test.ts and are read here too.
describe("hostPaysIn: round 40, the idioms in their legal senses", () => {
  it.each([
    "After the lunch adjournment the cross-examination is on us.",
    "The hotel's reply is due next week, and the next draft is on us.",
    "If the deal collapses over dinner-table talk, the blame is on us.",
    "The first round of disclosure is on us, then the tenant's reply.",
    "The onus to serve the restaurant's landlord is on us.",
    "Filing the tickets dispute before Christmas will buy you a few weeks.",
    "A short extension would buy you breathing room on the hotel refinancing.",
    "We'll buy you a little more latitude with the caterer's creditors.",
    "Let me buy you some space on the drinks licence by asking for an adjournment.",
    "They will treat you as our guests for the purposes of the site induction.",
    "At the mediation you will attend as our guests, so no separate registration is needed.",
    "The tribunal will treat your finance director as our guest at the hearing, not as a party.",
    "The dinner invoice dispute is on us to resolve with the venue.",
    "The drinks company's appeal is on us to answer by Friday.",
    "Responsibility for the ticket refunds is on us under clause 7.",
    "The burden of showing the breakfast meeting was privileged is on us.",
    "The coffee chain's counterclaim is on us to answer.",
    "The delay at the hotel is on us; the inspection moves to Thursday.",
    "The next round is on us: the bidders expect our revised offer by noon.",
    "We'll buy you the lunch-hour you need by filing at nine.",
    "Drinks licensing at the venue is on us, as agreed in the heads of terms.",
    "Dan, the other party's reply is due on Friday, and then the next move is on us.",
    "Dan, on the trip hazard claim, the burden of proof is on us, not the claimant.",
    "Dan, the next turn of the hotel management agreement is on us; expect it by Friday.",
    "Dan, the reception desk at your building refused our courier, so the delay is on us.",
    "Dan, if we file the application today, we'll buy you a couple of weeks before they can enforce.",
    "Dan, we'll buy you some leeway with the landlord.",
    "Dan, when you arrive for the signing, reception will sign you in as our guests.",
  ])("stays silent on %s", (sentence) => {
    expect(phrase(sentence)).toBeUndefined();
  });

  it.each([
    ["Lunch afterwards is on us.", "on us"],
    ["The first round is on us when you're next in town.", "on us"],
    ["Let me buy you a proper lunch when this completes.", "Let me buy you a proper lunch"],
    ["We'd like to buy you a drink to celebrate the closing.", "We'd like to buy you a drink"],
    ["Tickets for the final are on us.", "on us"],
    ["Come to the Proms in August as our guests.", "as our guests"],
  ])("hears %s", (sentence, want) => {
    expect(phrase(sentence)).toBe(want);
  });
});
