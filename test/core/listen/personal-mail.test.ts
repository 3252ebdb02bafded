/**
 * Harm audit 48a, finding 1: whose profile a wish goes to is decided by a list of consumer mail
 * domains, not by stems. A home ISP's mailbox is a person's (never "@t-online.de", everyone there);
 * a corporate domain that merely looks like a mail provider's (royalmail.com, att.com) is an
 * organisation's.
 */
import { isPersonalMailDomain, listen, type ClientMessage } from "../../../src/core/listen";
import { NOT_PERSONAL, PERSONAL_DOMAINS_TEXT } from "../../../src/core/listen/personal-domains";

function msg(from: string, text: string): ClientMessage {
  return {
    from: { address: from, name: "Pat Client" },
    subject: "Re: matter",
    body: { format: "text", content: `Hi Dan,\n\n${text}\n\nThanks,\nPat` },
  };
}

const TEAMS =
  "Just so you know, we're a Teams shop, so please send Teams invites rather than Zoom.";
const POLICY = "Our company policy is that we cannot accept hospitality, so no lunches please.";

describe("consumer mail domains", () => {
  it.each([
    "t-online.de",
    "sbcglobal.net",
    "yandex.ru",
    "bigpond.com",
    "qq.com",
    "libero.it",
    "wanadoo.fr",
    "laposte.net",
    "naver.com",
    "163.com",
    "shaw.ca",
    "rogers.com",
    "cox.net",
    "ntlworld.com",
    "tiscali.co.uk",
    "gmail.com",
    "hotmail.co.uk",
    "btinternet.com",
    "web.de",
    "gmx.net",
    "icloud.com",
    "proton.me",
    "sfr.fr",
    "telus.net",
  ])("%s is personal mail", (domain) => {
    expect(isPersonalMailDomain(domain)).toBe(true);
  });

  it.each([
    "att.com",
    "verizon.com",
    "comcast.com",
    "orange.com",
    "royalmail.com",
    "dailymail.co.uk",
    "mailchimp.com",
    "hotmailer-logistics.com",
    "webster.com",
    "freeths.co.uk",
    "cox.com",
    "facebook.com",
    "acme.example",
    "lawfirm.co.uk",
  ])("%s is an organisation's, not personal mail", (domain) => {
    expect(isPersonalMailDomain(domain)).toBe(false);
  });

  it.each([
    ["mail.t-online.de", true],
    ["MAIL.T-Online.DE", true],
    ["t-online.de.", true],
    ["london.acme.example", false],
    ["yahoo.co.in", true],
    ["hotmail.com.br", true],
    // A listed country second level (net.ua) is a mailbox there, not every organisation under it.
    ["acme.net.ua", false],
    // The reserved test domains stand for the real ones (samples, the corpus).
    ["gmail.example", true],
    ["fastmail.example", true],
    ["acme.example", false],
    ["royalmail.example", false],
  ] as const)("sub-domains and country forms: %s → %s", (domain, personal) => {
    expect(isPersonalMailDomain(domain)).toBe(personal);
  });

  it("the corporate domains taken out of the source list stay out", () => {
    const listed = new Set(PERSONAL_DOMAINS_TEXT.split(/\s+/));
    expect(NOT_PERSONAL.filter((d) => listed.has(d))).toEqual([]);
    for (const d of NOT_PERSONAL) expect(isPersonalMailDomain(d)).toBe(false);
  });
});

describe("a wish heard from a consumer mailbox", () => {
  it.each(["t-online.de", "sbcglobal.net", "yandex.ru", "bigpond.com", "qq.com"])(
    "a wish from a personal ISP mailbox (%s) stays on the person",
    (domain) => {
      const s = listen(msg(`pat@${domain}`, TEAMS), []);
      expect(s.map((x) => x.profile)).toEqual([`pat@${domain}`]);
    },
  );

  it.each(["att.com", "royalmail.com", "verizon.com"])(
    "an organisation's rule from %s is the organisation's",
    (domain) => {
      const s = listen(msg(`pat@${domain}`, POLICY), []);
      expect(s.map((x) => x.profile)).toEqual([`@${domain}`]);
    },
  );
});
