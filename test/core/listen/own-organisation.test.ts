import { domainWords, organisationWords } from "../../../src/core/listen/own-organisation";

describe("domainWords: the organisation's name as its address spells it", () => {
  it.each([
    ["kp-snacks.co.uk", ["kp", "snacks"]],
    ["acme.com.au", ["acme"]],
    ["brightsmile-dental.example", ["brightsmile", "dental"]],
    ["Cabot-Industries.example", ["cabot", "industries"]],
    ["mail.vasantgroup.example", ["mail", "vasantgroup"]],
    ["example", []],
  ])("%s → %j", (domain, words) => {
    expect(domainWords(domain)).toEqual(words);
  });
});

describe("organisationWords: words long enough to name the organisation", () => {
  it.each([
    ["kp-snacks.co.uk", ["snacks"]],
    ["acme.com.au", ["acme"]],
    ["nhs-trust.org.uk", ["nhs", "trust"]],
  ])("%s → %j", (domain, words) => {
    expect([...organisationWords(domain)]).toEqual(words);
  });
});
