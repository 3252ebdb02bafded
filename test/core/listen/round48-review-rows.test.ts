/**
 * Round 48 (docs/listen.md, round 48): the helper review's messages on which main is right and
 * listen-48r (the refused side of a comparison between two ways: "I'd rather you emailed than
 * phoned" as an avoided phone) was not. Each row fails on that branch (verified by the lead, not
 * kept there) and passes on main. What undid the comparison: the next sentence bringing the
 * refused way back in other words ("ring me about the hearing date though", "a quick call now and
 * then is no bother", "I'll manage if needed", "I no longer mind texts"), a temporary reason after
 * a dash or "as" (surgery, the school holidays, meetings all morning, this month's signal), a
 * limit later in the same sentence ("we can do the short ones on video"), and one team's or one
 * colleague's wish filed on the whole organisation. Every suggestion is compared.
 */
import { runListenTests } from "./listen-tester";

const from = "Ana <ana@client.example>";
const body = (text: string) => `Hi Tom,\n\n${text}\n\nBest,\nAna`;

runListenTests("round 48: a comparison between two ways is not yet a refusal of the second", {
  silent: [
    {
      name: "Our finance team would rather be contacted by email rather than phone.",
      from,
      body: body("Our finance team would rather be contacted by email rather than phone."),
      fields: ["avoidChannels"],
    },
    {
      name: "Our office manager prefers to be reached on WhatsApp rather than by phone.",
      from,
      body: body("Our office manager prefers to be reached on WhatsApp rather than by phone."),
      fields: ["avoidChannels"],
    },
  ],
  heard: [
    {
      name: "I'd rather you emailed than phoned. That said, ring me if something comes up at short notice.",
      from,
      body: body(
        "I'd rather you emailed than phoned. That said, ring me if something comes up at short notice.",
      ),
      heard: [
        { field: "preferredChannels" as const, value: "email", profile: "ana@client.example" },
      ],
    },
    {
      name: "I'd rather you emailed than phoned. A quick call now and then is no bother.",
      from,
      body: body("I'd rather you emailed than phoned. A quick call now and then is no bother."),
      heard: [
        { field: "preferredChannels" as const, value: "email", profile: "ana@client.example" },
      ],
    },
    {
      name: "I'd rather you emailed than phoned. Ring me about the hearing date though.",
      from,
      body: body("I'd rather you emailed than phoned. Ring me about the hearing date though."),
      heard: [
        { field: "preferredChannels" as const, value: "email", profile: "ana@client.example" },
      ],
    },
    {
      name: "I'd rather you emailed than phoned. My new phone hasn't arrived yet.",
      from,
      body: body("I'd rather you emailed than phoned. My new phone hasn't arrived yet."),
      heard: [
        { field: "preferredChannels" as const, value: "email", profile: "ana@client.example" },
      ],
    },
    {
      name: "I'd rather you emailed than phoned, as I'm in meetings all morning.",
      from,
      body: body("I'd rather you emailed than phoned, as I'm in meetings all morning."),
      heard: [
        { field: "preferredChannels" as const, value: "email", profile: "ana@client.example" },
      ],
    },
    {
      name: "I'd rather you emailed than phoned, as the signal at the farm is dreadful this month.",
      from,
      body: body(
        "I'd rather you emailed than phoned, as the signal at the farm is dreadful this month.",
      ),
      heard: [
        { field: "preferredChannels" as const, value: "email", profile: "ana@client.example" },
      ],
    },
    {
      name: "I'd rather you emailed than phoned - the kids are off school.",
      from,
      body: body("I'd rather you emailed than phoned - the kids are off school."),
      heard: [
        { field: "preferredChannels" as const, value: "email", profile: "ana@client.example" },
      ],
    },
    {
      name: "I'd rather you emailed than phoned - I'm recovering from surgery.",
      from,
      body: body("I'd rather you emailed than phoned - I'm recovering from surgery."),
      heard: [
        { field: "preferredChannels" as const, value: "email", profile: "ana@client.example" },
      ],
    },
    {
      name: "Please message me on WhatsApp instead of SMS. I no longer mind texts, it's just easier.",
      from,
      body: body(
        "Please message me on WhatsApp instead of SMS. I no longer mind texts, it's just easier.",
      ),
      heard: [
        { field: "preferredChannels" as const, value: "whatsapp", profile: "ana@client.example" },
      ],
    },
    {
      name: "I'd rather meet in person than on video. Though honestly video is quicker for short updates.",
      from,
      body: body(
        "I'd rather meet in person than on video. Though honestly video is quicker for short updates.",
      ),
      heard: [
        { field: "preferredChannels" as const, value: "in-person", profile: "ana@client.example" },
        { field: "preferredChannels" as const, value: "video", profile: "ana@client.example" },
      ],
    },
    {
      name: "I'd rather we met in person than on video. Video gave me a headache last time but I'll manage if needed.",
      from,
      body: body(
        "I'd rather we met in person than on video. Video gave me a headache last time but I'll manage if needed.",
      ),
      heard: [
        { field: "preferredChannels" as const, value: "in-person", profile: "ana@client.example" },
      ],
    },
    {
      name: "I'd much rather meet in person than on video; we can do the short ones on video.",
      from,
      body: body(
        "I'd much rather meet in person than on video; we can do the short ones on video.",
      ),
      heard: [
        { field: "preferredChannels" as const, value: "in-person", profile: "ana@client.example" },
      ],
    },
  ],
});
