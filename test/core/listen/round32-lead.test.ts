/**
 * Round 32 (lead, from the opened sets' misses: lh12, lh20): a way that "works (really) well" for
 * the writer, with what makes it usable between ("with captions switched on"), is a way wanted;
 * captions make Teams a way of talking, not only a meeting platform. An organisation's rule
 * announced as its own instrument ("has adopted a group policy that …", "has issued a bank-wide
 * instruction: …"), whom business is discussed with between the verb and the way, "none of our
 * staff may …", and "no business communication over X" (lh15, lh16, lh22 misses).
 */
import { letter, runListenTests, underQuestions } from "./listen-tester";

const ORG = "@coca-cola.example";

runListenTests("round 32: lead", {
  silent: [
    {
      name: "a way that works well for other people",
      body: letter("Email works well for most of our suppliers, I gather."),
      fields: ["preferredChannels"],
    },
    {
      name: "a way that worked well once",
      body: letter("Zoom worked well for the hearing last week, thank you for setting it up."),
      fields: ["preferredChannels"],
    },
    {
      name: "a question whether a way works well",
      body: letter("Does email work well for you, or would a call be better?"),
      fields: ["preferredChannels"],
    },
    {
      name: "a way that works well today only",
      body: letter("A quick call works well for me today, if you are free after two."),
      fields: ["preferredChannels"],
    },
    {
      name: "a regulator's guidance reported is not the organisation's rule",
      body: letter(
        "After the audit, the regulator has issued guidance that firms must not contact consumers by WhatsApp.",
      ),
      fields: ["avoidChannels"],
    },
    {
      name: "a report that no business communication by post has arrived",
      body: letter("No business communication by post has arrived from the registry yet."),
      fields: ["avoidChannels"],
    },
    {
      name: "a one-off: this matter cannot be discussed over the phone",
      body: letter("We can't discuss the settlement figures over the phone today."),
      fields: ["avoidChannels"],
    },
    {
      name: "a line in capitals under a question, with no answers announced, stays quoted",
      body: `Hi Jo, thanks for this.${underQuestions("TEAMS PLEASE, IT IS ALL WE USE.")}`,
      fields: ["meetingPlatform"],
    },
    {
      name: "answers announced in capitals: a capitals line under no question is not one",
      body: `Hi Jo, answers below in caps.\n\nOn Monday Jo Price wrote:\n> IMPORTANT NOTICE FOR ALL CLIENTS\n> Teams or Zoom are both possible.`,
      fields: ["meetingPlatform"],
    },
    {
      name: "one invoice done differently is no change of the way bills are ('on the next invoice')",
      body: letter("Could you show the hours on the next invoice, please? The auditors asked."),
      fields: ["billingDetail"],
    },
    {
      name: "'nothing you send us ever arrives on time' names no brand",
      body: letter("Nothing you send us ever arrives on time, which is why we moved to email."),
      fields: ["competitors"],
    },
  ],
  heard: [
    {
      name: "a cadence with no holder, from a sender with no person profile, is the organisation's",
      from: "Lee Park <lee.park@coca-cola.example>",
      profiles: [{ matchKey: ORG, clientName: "Coca-Cola" }],
      body: letter("An update every fortnight, on Friday afternoons, would be plenty."),
      heard: [
        {
          field: "statusUpdates",
          value: "fortnightly, every fortnight, on Friday afternoons",
          profile: ORG,
        },
      ],
    },
    {
      name: "a cadence said with 'I' stays the writer's, even with no person profile",
      from: "Lee Park <lee.park@coca-cola.example>",
      profiles: [{ matchKey: ORG, clientName: "Coca-Cola" }],
      body: letter("A short update every Friday would suit me, as I report upwards on Mondays."),
      heard: [{ field: "statusUpdates", value: "every Friday" }],
    },
    {
      name: "with a person profile on file, the default stays the writer's",
      from: "Lee Park <lee.park@coca-cola.example>",
      profiles: [
        { matchKey: ORG, clientName: "Coca-Cola" },
        { matchKey: "lee.park@coca-cola.example", fullName: "Lee Park" },
      ],
      body: letter("An update every fortnight, on Friday afternoons, would be plenty."),
      heard: [
        { field: "statusUpdates", value: "fortnightly, every fortnight, on Friday afternoons" },
      ],
    },
    {
      name: "'nothing you send us ever mentions X' keeps X out (analysis-lh30 D)",
      body: letter(
        "Please make sure nothing you send us ever mentions Dalmore - including in file names.",
      ),
      heard: [{ field: "competitors", value: "Dalmore", profile: ORG }],
    },
    {
      name: "a change that starts 'from the next invoice' lasts (analysis-lh30 F; lh20, lh30)",
      body: letter("Could you switch us to detailed billing from the next invoice, please?"),
      heard: [{ field: "billingDetail", value: "detailed", profile: ORG }],
    },
    {
      name: "answers announced 'in caps': the capitals lines under the questions are theirs",
      body: `Hi Jo, answers below in caps as usual.\n\nMegge${underQuestions("TEAMS PLEASE - IT IS ALL WE USE.")}`,
      heard: [{ field: "meetingPlatform", value: "teams", profile: ORG }],
    },
    {
      name: "a group policy the organisation adopted, after a fronted reason",
      body: letter(
        "Following a data incident last year, Coca-Cola has adopted a group policy that advisers must not contact any of our staff by WhatsApp or text message.",
      ),
      heard: [
        { field: "avoidChannels", value: "whatsapp", profile: ORG },
        { field: "avoidChannels", value: "sms", profile: ORG },
      ],
    },
    {
      name: "an instruction the company issued, then the rule after a colon",
      body: letter(
        "The company has issued a company-wide instruction: no member of staff may discuss company business with outside lawyers over Signal.",
      ),
      heard: [{ field: "avoidChannels", value: "signal", profile: ORG }],
    },
    {
      name: "'none of our staff may discuss company business over WhatsApp'",
      body: letter("None of our staff may discuss company business over WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: ORG }],
    },
    {
      name: "a policy's terse line: 'No business communication over WhatsApp or Signal'",
      body: letter(
        "From 1 March:\n\n* No business communication over WhatsApp or Signal.\n* Messages on other apps will not be archived.",
      ),
      heard: [
        { field: "avoidChannels", value: "whatsapp", profile: ORG },
        { field: "avoidChannels", value: "signal", profile: ORG },
      ],
    },
    {
      name: "'email works really well for me' is a way wanted",
      body: letter("Email works really well for me, as I am often in the car between sites."),
      heard: [{ field: "preferredChannels", value: "email" }],
    },
    {
      name: "what makes the way usable may come between ('email with the papers attached')",
      body: letter("Email with the papers attached works very well for us."),
      heard: [{ field: "preferredChannels", value: "email", profile: "@coca-cola.example" }],
    },
    {
      name: "Teams with captions is a way of talking (after calls found hard)",
      body: letter(
        "Phone calls are a struggle with my hearing. Teams with live captions works well, and email is fine for the detail.",
      ),
      heard: [
        { field: "avoidChannels", value: "phone" },
        { field: "preferredChannels", value: "teams" },
      ],
    },
  ],
});
