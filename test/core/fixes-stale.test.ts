/**
 * A fix applied after the author edited the message (audit 48b, finding 2): it lands only where
 * its words stand as their own word(s) in the author's new text, never inside a longer word nor
 * in the quoted history, and otherwise changes nothing and says why. T3, T4 and T5 are the
 * audit's tests; each failed before this round.
 */
import { applyFixToHtml, applyFixToText, DRAFT_CHANGED } from "../../src/core/fixes";
import type { Fix } from "../../src/core/finding";

const meg = (start: number, field: Fix["field"] = "body"): Fix => ({
  label: "Replace with Megge",
  field,
  start,
  end: start + 3,
  original: "Meg",
  replacement: "Megge",
});

describe("a stale fix", () => {
  it("T3: is refused when the words at its range are now part of a longer word", () => {
    // The author corrected "Meg" by hand, then pressed the card's fix.
    expect(applyFixToText("Hi Megge,\n\nThanks.", meg(3))).toEqual({
      ok: false,
      reason: expect.stringContaining("“Meg” is no longer in your text"),
    });
    expect(applyFixToHtml("<p>Hi Megge,</p><p>Thanks.</p>", meg(3))).toEqual({
      ok: false,
      reason: expect.stringContaining("“Meg” is no longer in your text"),
    });
  });

  it("T4: is never moved inside another word", () => {
    const result = applyFixToText("Dear Ms Anderson,\n\nI spoke with Megan Lee.", meg(3));
    expect(result.ok).toBe(false);
  });

  it("T5: is never moved into the quoted history", () => {
    const html =
      '<p>Hello, see below.</p><div id="divRplyFwdMsg"><b>From:</b> Meg Anderson<br><b>Sent:</b> Monday</div><p>Thanks, Meg is fine by me</p>';
    const result = applyFixToHtml(html, meg(3));
    expect(result.ok).toBe(false);
    // The audit's body: the nearest "Meg" is inside "Megge" in the quoted header.
    const audit =
      '<p>Hello, see below.</p><div id="divRplyFwdMsg"><b>From:</b> Megge Anderson<br><b>Sent:</b> Monday</div><p>Thanks, Meg is fine by me</p>';
    const again = applyFixToHtml(audit, meg(3));
    expect(!again.ok || again.content.includes("Megge Anderson")).toBe(true);
    expect(again.ok).toBe(false);
  });

  it("is never moved into the quoted history of a plain-text reply", () => {
    const text =
      "Thanks, see below.\n\n-----Original Message-----\nFrom: Meg Anderson\nSent: Monday\n\nHi";
    expect(applyFixToText(text, meg(0)).ok).toBe(false);
  });

  it("still follows its words when the author typed above them", () => {
    const moved = applyFixToText("New line first.\nHi Meg,\n\nThanks.", meg(3));
    expect(moved).toEqual({ ok: true, content: "New line first.\nHi Megge,\n\nThanks." });
    const html = applyFixToHtml("<p>New line first.</p><p>Hi Meg,</p>", meg(3));
    expect(html).toEqual({ ok: true, content: "<p>New line first.</p><p>Hi Megge,</p>" });
  });

  it("moves past a longer word to the nearest place the words stand alone", () => {
    expect(applyFixToText("Megan and Meg.", meg(0))).toEqual({
      ok: true,
      content: "Megan and Megge.",
    });
  });

  it("reads names with apostrophes, hyphens and accents as whole words", () => {
    // A possessive is the same name; a joined or accented word is another one.
    expect(applyFixToText("X Meg's file", meg(0))).toEqual({ ok: true, content: "X Megge's file" });
    expect(applyFixToText("X Meg’s file", meg(0))).toEqual({ ok: true, content: "X Megge’s file" });
    expect(applyFixToText("X Meg-Anne Lee", meg(0)).ok).toBe(false);
    expect(applyFixToText("X O'Meg Lee", meg(0)).ok).toBe(false);
    expect(applyFixToText("X Megé Lee", meg(0)).ok).toBe(false);
    expect(applyFixToText("X Meg\u0301 Lee", meg(0)).ok).toBe(false);
    expect(applyFixToText("X ÉMeg Lee", meg(0)).ok).toBe(false);
    // At the fix's own range the checks' boundary holds: "Zoom" in "Zoom-call".
    const zoom: Fix = {
      label: "Replace with Microsoft Teams",
      field: "body",
      start: 5,
      end: 9,
      original: "Zoom",
      replacement: "Microsoft Teams",
    };
    expect(applyFixToText("Hold Zoom-call", zoom)).toEqual({
      ok: true,
      content: "Hold Microsoft Teams-call",
    });
  });

  it("needs no boundary where its original is not a word at the edge (a removal with its separator)", () => {
    const fix: Fix = {
      label: "Remove “Review of file”",
      field: "body",
      start: 9,
      end: 25,
      original: "Review of file, ",
      replacement: "",
    };
    expect(applyFixToText("Covering Review of file, drafting.", fix)).toEqual({
      ok: true,
      content: "Covering drafting.",
    });
    // Moved: a separator-led original lands after any character.
    expect(applyFixToText("Now: Covering Review of file, drafting.", fix).ok).toBe(true);
  });

  it("applies to a subject's words wherever they stand alone (a subject has no quoted history)", () => {
    expect(applyFixToText("RE: Meg", meg(0, "subject"))).toEqual({
      ok: true,
      content: "RE: Megge",
    });
    expect(applyFixToText("RE: Megan", meg(0, "subject")).ok).toBe(false);
  });

  it("says the draft changed when its words are gone altogether", () => {
    expect(applyFixToText("Dear Ms Anderson,", meg(5))).toEqual({
      ok: false,
      reason: DRAFT_CHANGED,
    });
  });
});
