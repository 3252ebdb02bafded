/**
 * Round 15 (listen-15b): readings that must not depend on filler. An intensifier, a speech noun
 * wrapped round the object, a possessive on a list's last name, a bare department as subject, a
 * trailing time phrase, "the" for "a" before what is wished for, a list in a comparative, and
 * Teams as a way to reach the writer. Written from the kinds (invented names), each beside
 * look-alikes in other senses; test/core/listen/perturbations.test.ts runs the rewrites.
 */
import { withoutFiller } from "../../../src/core/listen/tolerance";
import { runListenTests } from "./listen-tester";

const mail = (text: string, signature = "Ann") => `Hi Sam,\n\n${text}\n\nThanks,\n${signature}`;
const ANN = "Ann Lee <ann.lee@acme-foods.example>";
const ORG = "@acme-foods.example";
const RIVALS = "They are our main competitors.";

runListenTests("round 15: tolerant readings", {
  silent: [
    {
      name: "'not really a problem' with calls refuses nothing",
      from: ANN,
      body: mail("Phone calls are not really a problem for me."),
      fields: ["avoidChannels"],
    },
    {
      name: "'really' opening a question is no intensifier of a wish",
      from: ANN,
      body: mail("Really? I thought the call went well."),
    },
    {
      name: "a speech noun not wrapped round a refusal ('any mention of Nike in the press') adds nothing",
      from: ANN,
      body: mail("Did you see any mention of Nike in the press this week?"),
    },
    {
      name: "'it has blocked Zoom' (a pronoun, lower case) is no department of ours",
      from: ANN,
      body: mail("The update came overnight and it has blocked Zoom on one laptop."),
      fields: ["avoidChannels"],
    },
    {
      name: "another organisation's IT ('the bank's IT have blocked Zoom') is theirs",
      from: ANN,
      body: mail("The bank's IT have blocked Zoom."),
      fields: ["avoidChannels"],
    },
    {
      name: "a possessive on one name, not a list ('Nike's results') takes nothing off",
      from: ANN,
      body: mail("Nike's results were strong this quarter."),
    },
    {
      name: "'the weekly call' that exists is no cadence wished for",
      from: ANN,
      body: mail("Can we move the weekly call to Thursdays?"),
      fields: ["statusUpdates"],
    },
    {
      name: "'I'd like the weekly meeting moved' is about a meeting, not updates",
      from: ANN,
      body: mail("I'd like the weekly meeting moved to the afternoon."),
      fields: ["statusUpdates"],
    },
    {
      name: "a company named as the subject of a wish ('Hiscox Group would like') is still theirs",
      from: ANN,
      body: mail("Hiscox Group would like summary invoices."),
    },
    {
      name: "'We're a Teams shop' is the platform only, no channel",
      from: ANN,
      body: mail("We're a Teams shop."),
      fields: ["preferredChannels"],
    },
    {
      name: "'Zoom or Teams is better for me' names platforms only, no channel",
      from: ANN,
      body: mail("Zoom or Teams is better for me."),
      fields: ["preferredChannels"],
    },
  ],
  heard: [
    {
      name: "an intensifier before the predicate ('are genuinely hard for me')",
      from: ANN,
      body: mail("Phone calls are genuinely hard for me."),
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
    {
      name: "an intensifier before the verb ('I really prefer email')",
      from: ANN,
      body: mail("I really prefer email."),
      heard: [{ field: "preferredChannels", value: "email" }],
    },
    {
      name: "a wrapper noun after 'keep' ('keep any commentary on politics out of')",
      from: ANN,
      body: mail("Please keep any commentary on politics out of the newsletter."),
      heard: [{ field: "avoidTopics", value: "politics", profile: ORG }],
    },
    {
      name: "a wrapper noun after 'avoid' ('avoid any mention of Nike or Adidas')",
      from: ANN,
      body: mail(`Please avoid any mention of Nike or Adidas in the deck. ${RIVALS}`),
      heard: [
        { field: "competitors", value: "Nike", profile: ORG },
        { field: "competitors", value: "Adidas", profile: ORG },
      ],
    },
    {
      name: "'don't make any mention of' is 'don't mention'",
      from: ANN,
      body: mail(`Please don't make any mention of Nike or Adidas in the deck. ${RIVALS}`),
      heard: [
        { field: "competitors", value: "Nike", profile: ORG },
        { field: "competitors", value: "Adidas", profile: ORG },
      ],
    },
    {
      name: "a possessive on a list's last name ('Halcyon Tankers or Sundaland Marine's names')",
      from: ANN,
      body: mail(`Please don't mention Halcyon Tankers or Sundaland Marine's names. ${RIVALS}`),
      heard: [
        { field: "competitors", value: "Halcyon Tankers", profile: ORG },
        { field: "competitors", value: "Sundaland Marine", profile: ORG },
      ],
    },
    {
      name: "a trailing time phrase after a name ('don't mention Medicore these days')",
      from: ANN,
      body: mail(`Please don't mention Medicore these days. ${RIVALS}`),
      heard: [{ field: "competitors", value: "Medicore", profile: ORG }],
    },
    {
      name: "a trailing time phrase after a topic ('no questions about golf nowadays')",
      from: ANN,
      body: mail("Please don't ask me about golf nowadays."),
      heard: [{ field: "avoidTopics", value: "golf" }],
    },
    {
      name: "a bare department in plural agreement ('IT have blocked Zoom … altogether')",
      from: ANN,
      body: mail("IT have blocked Zoom on our laptops altogether."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: ORG }],
    },
    {
      name: "a bare department in singular agreement ('IT has blocked Zoom')",
      from: ANN,
      body: mail("Sadly IT has blocked Zoom."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: ORG }],
    },
    {
      name: "'the' for 'a' before the update wished for ('I'd like the monthly update by the 25th')",
      from: ANN,
      body: mail("I'd like the monthly update by the 25th."),
      heard: [{ field: "statusUpdates", value: "monthly, by the 25th" }],
    },
    {
      name: "'I would' after an opening word is the writer's ('What I would like is …')",
      from: ANN,
      body: mail("What I would like is a proper update once a quarter."),
      heard: [{ field: "statusUpdates", value: "quarterly" }],
    },
    {
      name: "'Ideally I would prefer summary invoices' is the writer's, as with 'I'd'",
      from: ANN,
      body: mail("Ideally I would prefer summary invoices."),
      heard: [{ field: "billingDetail", value: "summary" }],
    },
    {
      name: "a list in a comparative keeps both ('Email or WhatsApp is better for me')",
      from: ANN,
      body: mail("Email or WhatsApp is better for me."),
      heard: [
        { field: "preferredChannels", value: "email" },
        { field: "preferredChannels", value: "whatsapp" },
      ],
    },
    {
      name: "Teams beside a channel is a way to reach and a platform ('Email or Teams is better')",
      from: ANN,
      body: mail("Email or Teams is better for me."),
      heard: [
        { field: "preferredChannels", value: "email" },
        { field: "preferredChannels", value: "teams" },
        { field: "meetingPlatform", value: "teams" },
      ],
    },
  ],
});

describe("round 15: filler said plainly (withoutFiller)", () => {
  it.each([
    ["Phone calls are genuinely hard for me", "Phone calls are hard for me"],
    ["I'd really rather not", "I'd rather not"],
    ["avoid any mention of Nike", "avoid mentioning Nike"],
    ["without any reference to the merger", "without mentioning the merger"],
    ["don't make any mention of Nike", "don't mention Nike"],
    ["keep any commentary on X out of the papers", "keep X out of the papers"],
    ["Acme or Beta Foods's names", "Acme or Beta Foods"],
    ["Acme, Beta and Gamma's products", "Acme, Beta and Gamma"],
    ["IT have blocked Zoom", "our IT have blocked Zoom"],
    ["So Compliance has banned WhatsApp", "So our Compliance has banned WhatsApp"],
    ["please dont call me", "please don't call me"],
    ["I cant take calls", "I can't take calls"],
    ["Please use only this private email", "Please use email"],
    ["No WhatsApp messages please", "No WhatsApp please"],
    ["Signal on +44 7700 900 561 is best", "Signal is best"],
    ["Zoom is also prohibited", "Zoom is prohibited"],
    ["we still prefer Teams", "we prefer Teams"],
    ["I'd still rather you didn't call", "I'd rather you didn't call"],
    ["we would now like monthly updates", "we would like monthly updates"],
    ["I now use Signal", "I use Signal"],
  ])("%s", (written, read) => {
    expect(withoutFiller(written)).toBe(read);
  });
  it.each([
    ["an opening adverb with a comma", "Honestly, email is best"],
    ["an adverb at the end", "I mean it, really"],
    ["a speech noun not after avoid/keep/make", "there was a mention of Nike"],
    ["'keep' without 'out of'", "keep any comments on the draft short"],
    ["a possessive on one name", "Acme's names are trademarks"],
    ["a lower-case pronoun", "it has blocked Zoom"],
    ["a department not opening the clause", "the bank's IT have blocked Zoom"],
    ["a word ending in -nt that is no auxiliary", "the parent consent document"],
    ["'only' not after a request verb", "only email is allowed"],
    ["someone else's private email", "her private email"],
    ["WhatsApp as the company", "WhatsApp announced new terms"],
    ["'only' after a channel verb", "Please email only from now on"],
    ["'now' before how a lift is said", "calls are now fine"],
    ["'now' before a time", "we now have a new office"],
    ["'also' not after a subject or auxiliary", "email and also WhatsApp"],
    ["'still' as an adjective", "keep the water still"],
    ["'still' before what goes on", "why am I still getting texts"],
  ])("%s is left as written", (_, written) => {
    expect(withoutFiller(written)).toBe(written);
  });
});
