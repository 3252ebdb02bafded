/**
 * Round 32 (lead, from the opened sets' misses: lh12, lh20): a way that "works (really) well" for
 * the writer, with what makes it usable between ("with captions switched on"), is a way wanted;
 * captions make Teams a way of talking, not only a meeting platform. An organisation's rule
 * announced as its own instrument ("has adopted a group policy that …", "has issued a bank-wide
 * instruction: …"), whom business is discussed with between the verb and the way, "none of our
 * staff may …", and "no business communication over X" (lh15, lh16, lh22 misses).
 */
import { letter, runListenTests } from "./listen-tester";

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
  ],
  heard: [
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
