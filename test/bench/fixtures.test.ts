import { audience, businessHtml, competitorTerms } from "../../bench/fixtures";

describe("businessHtml", () => {
  it("is the same for the same seed and close to the requested size", () => {
    const html = businessHtml(100_000, 7);
    expect(businessHtml(100_000, 7)).toBe(html);
    expect(businessHtml(100_000, 8)).not.toBe(html);
    const bytes = Buffer.byteLength(html);
    expect(bytes).toBeGreaterThanOrEqual(99_000);
    expect(bytes).toBeLessThan(102_000);
  });

  it("looks like an Outlook reply: greeting, signature, quoted history", () => {
    const html = businessHtml(20_000, 1);
    expect(html).toMatch(/<p class="MsoNormal">(Dear|Hi|Good) [^<]*,<\/p>/);
    expect(html).toContain("Kind regards,");
    expect(html).toContain("<b>From:</b>");
    expect(html).toContain("<blockquote>");
  });
});

describe("audience", () => {
  it("gives every recipient an effective profile, the sample clients first", () => {
    const { recipients, effective } = audience(50);
    expect(recipients).toHaveLength(50);
    expect(new Set(recipients.map((r) => r.address)).size).toBe(50);
    expect(recipients[0]!.address).toBe("megge.anderson@coca-cola.example");
    for (const recipient of recipients) expect(effective.get(recipient.address)).toBeDefined();
    expect(effective.get("megge.anderson@coca-cola.example")?.competitors).toContain("Pepsi");
  });
});

describe("competitorTerms", () => {
  it("returns the requested number of distinct names, deterministically", () => {
    const terms = competitorTerms(10_000);
    expect(new Set(terms).size).toBe(10_000);
    expect(competitorTerms(10_000)).toEqual(terms);
    expect(terms.slice(0, 2)).toEqual(["Pepsi", "PepsiCo"]);
  });
});
