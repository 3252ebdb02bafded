/**
 * Round 21 (listen-21c, analysis-lh19 ranked change 4): a brand is the writer's own organisation only
 * when its first word, or every word, is one of the sender's domain; a rival in the client's own
 * trade shares the trade word by nature. Two-letter brands ("KP", "ZF") are the writer's own only
 * by the domain's first word.
 */
import { letter, runListenTests } from "./listen-tester";

const DENTAL = "Ama Boateng <ama.boateng@brightsmile-dental.example>";
const COCOA = "Funmi Adeyemi <funmi@adeyemi-cocoa.example>";
const SNACKS = "Jo Bell <jo.bell@tyrrells-snacks.co.uk>";
const KP = "Jo Bell <jo.bell@kp-snacks.co.uk>";

runListenTests("round 21: a rival in the client's own trade", {
  heard: [
    {
      name: "a rival sharing the trade word ('Pearl & Crown Dental' to brightsmile-dental)",
      from: DENTAL,
      body: letter("Please never name DentaLux or Pearl & Crown Dental in anything you send us."),
      heard: [
        { field: "competitors", value: "DentaLux", profile: "@brightsmile-dental.example" },
        {
          field: "competitors",
          value: "Pearl & Crown Dental",
          profile: "@brightsmile-dental.example",
        },
      ],
    },
    {
      name: "a rival ending in the trade word ('Kumasi Gold Cocoa' to adeyemi-cocoa)",
      from: COCOA,
      body: letter("Please never mention Kumasi Gold Cocoa in anything you send us."),
      heard: [
        { field: "competitors", value: "Kumasi Gold Cocoa", profile: "@adeyemi-cocoa.example" },
      ],
    },
    {
      name: "a two-letter brand before the trade word ('KP Snacks' to tyrrells-snacks) is a rival",
      from: SNACKS,
      body: letter("Please never mention KP Snacks in anything you send us."),
      heard: [{ field: "competitors", value: "KP Snacks", profile: "@tyrrells-snacks.co.uk" }],
    },
  ],
  silent: [
    {
      name: "the writer's own brand by its first word ('Adeyemi Foods' to adeyemi-cocoa)",
      from: COCOA,
      body: letter("Please never mention Adeyemi Foods in anything you send us."),
      fields: ["competitors"],
    },
    {
      name: "the writer's own brand, every word the domain's ('Brightsmile Dental')",
      from: DENTAL,
      body: letter("Please never mention Brightsmile Dental in anything you send us."),
      fields: ["competitors"],
    },
    {
      name: "a two-letter brand that is the domain's first word ('KP Snacks' to kp-snacks)",
      from: KP,
      body: letter("Please never mention KP Snacks in anything you send us."),
      fields: ["competitors"],
    },
    {
      name: "the own brand after 'The' ('The Brightsmile Group')",
      from: DENTAL,
      body: letter("Please never mention The Brightsmile Group in anything you send us."),
      fields: ["competitors"],
    },
  ],
});
