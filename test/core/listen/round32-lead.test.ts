/**
 * Round 32 (lead, from the opened sets' misses: lh12, lh20): a way that "works (really) well" for
 * the writer, with what makes it usable between ("with captions switched on"), is a way wanted;
 * captions make Teams a way of talking, not only a meeting platform.
 */
import { letter, runListenTests } from "./listen-tester";

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
  ],
  heard: [
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
