/**
 * The round-39 candidate readings (scripts/learn/detect-miss-readings.ts), measured and not
 * wired: sentences written before measuring, from English, that each must hear or must not.
 */
import {
  FAMILY_PARTY,
  FLOOD_AFTERMATH,
  HOST_PAYS_READING,
  STRIKE_VERB,
  type Reading,
} from "../../scripts/learn/detect-miss-readings";

function heard(reading: Reading, topic: string, text: string): string[] {
  return reading.find(topic, "", text).map((s) => text.slice(s.start, s.end));
}

describe("strike-verb (candidate)", () => {
  it.each([
    ["Will the striking miners block the access road?", "striking miners"],
    ["Hope the wharfies have stopped striking for a while!", "stopped striking"],
    ["I hear the nurses are striking again on Monday.", "nurses are striking"],
    ["If the drivers strike next week we will need cover.", "drivers strike"],
    ["The crew struck for three days in June.", "crew struck"],
  ])("hears %s", (text, want) => {
    expect(heard(STRIKE_VERB, "strikes", text)).toEqual([want]);
  });

  it.each([
    "The similarities are striking.",
    "There is a striking resemblance between the two clauses.",
    "The staff are striking a balance between speed and care.",
    "The workers struck a deal with management last night.",
    "The drivers struck me as well prepared.",
    "It was striking how calm the staff were.",
    "We are striking out the defence.",
    "Keep striking the ball cleanly and the handicap will come down.",
    "The miners struck gold in 1896.",
  ])("stays silent on %s", (text) => {
    expect(heard(STRIKE_VERB, "strikes", text)).toEqual([]);
  });

  it("is for a strikes topic only", () => {
    expect(heard(STRIKE_VERB, "the merger", "the striking miners")).toEqual([]);
  });
});

describe("flood-aftermath (candidate)", () => {
  it.each([
    ["I hope the workshop has dried out properly by now.", "dried out"],
    ["I hope the pans have finally dried out after all that water last year.", "dried out"],
    ["Good to see the members back on their feet after the big wet of '22.", "the big wet"],
    ["Is the lower field still waterlogged?", "waterlogged"],
  ])("hears %s", (text, want) => {
    expect(heard(FLOOD_AFTERMATH, "the flood", text)[0]).toBe(want);
  });

  it.each([
    "That is all water under the bridge now.",
    "After all that water under the bridge, we can move on.",
    "The water rates are payable quarterly.",
    "The funding has dried up.",
  ])("stays silent on %s", (text) => {
    expect(heard(FLOOD_AFTERMATH, "the flood", text)).toEqual([]);
  });

  it("is for a flood topic only", () => {
    expect(heard(FLOOD_AFTERMATH, "her divorce", "He has dried out at last.")).toEqual([]);
  });
});

describe("family-party (candidate)", () => {
  it.each([
    [
      "the family succession dispute",
      "We can talk about your brother's claim over the family shares.",
      "your brother's claim over",
    ],
    [
      "her father's estate dispute",
      "I saw your brother's claim on the Chancery list.",
      "your brother's claim on",
    ],
    [
      "the dispute with her brother",
      "Is the row with your brother settled?",
      "row with your brother",
    ],
    ["her brother Declan Quinlan", "I gather your brother has been in touch.", "your brother"],
  ])("hears %s in %s", (topic, text, want) => {
    expect(heard(FAMILY_PARTY, topic, text)).toEqual([want]);
  });

  it.each([
    ["the family succession dispute", "Your son's claim for travel expenses has been paid."],
    ["her father's estate dispute", "Please send me your brother's address for the notice."],
    ["her father's estate dispute", "I attach the accounts of your father's estate."],
    ["the family succession dispute", "Your brother's insurance claim on the car is settled."],
    ["the 2024 recall", "We can talk about your brother's claim over the family shares."],
    ["her divorce", "I gather your brother has been in touch."],
  ])("stays silent for %s on %s", (topic, text) => {
    expect(heard(FAMILY_PARTY, topic, text)).toEqual([]);
  });
});

describe("host-pays (candidate)", () => {
  it.each([
    [
      "I would like to take you somewhere decent on Park Street afterwards - our treat.",
      "our treat",
    ],
    ["Once the permit comes through, dinner at Deanes, on us.", "on us"],
    ["We'd love to bring you out to San Diego as our guests for the week.", "as our guests"],
    ["The annual dinner is on Friday - would you like to sit at our table?", "at our table"],
    ["If you're around after, let us buy you chilli crab at Jumbo.", "let us buy you"],
  ])("hears %s", (text, want) => {
    expect(heard(HOST_PAYS_READING, "", text)).toEqual([want]);
  });

  it.each([
    "The delay is on us; we will not charge for the extra drafting.",
    "That mistake was on us, and the corrected draft is attached.",
    "Our table of fees is attached.",
    "The witness's flights and hotel are on us under the costs order.",
    "It is on us to file the defence by Friday.",
    "For those attending, a working lunch will be provided as our guests arrive.",
    "Please see the figures at our table 3 in the report.",
  ])("stays silent on %s", (text) => {
    expect(heard(HOST_PAYS_READING, "", text)).toEqual([]);
  });
});

describe("host-pays (candidate): the reader's own clearance", () => {
  it.each([
    "And as you cleared with us, we've kept two seats for you at our table at the dinner.",
    "Your GC cleared it last October, so you are welcome to join us - two seats are held at our table.",
  ])("stays silent on %s", (text) => {
    expect(heard(HOST_PAYS_READING, "", text)).toEqual([]);
  });
});
