/**
 * Round 37 (listen-37): a condition that is the contact itself ("if you need me", "if we need to
 * talk something through", "if anything comes up") does not refuse a way of reaching the writer;
 * a condition that is a future event, an urgent or dated occasion, or any other field stays
 * refused (docs/listen.md, round 37).
 */
import { letter, runListenTests } from "./listen-tester";

const ORG = "@coca-cola.example";

runListenTests("round 37: the contact as the condition", {
  silent: [
    {
      name: "a future event stays a condition",
      body: letter("If this goes to trial, we may want you to message me on WhatsApp instead."),
    },
    {
      name: "a dated occasion stays a one-off",
      body: letter("So if anything comes up this week please send a Teams link instead."),
    },
    {
      name: "an urgent occasion stays a condition",
      body: letter("If anything urgent comes up, ring me on my mobile."),
    },
    {
      name: "a cadence under the contact's condition stays refused",
      body: letter("If something comes up, we would probably want weekly updates."),
    },
    {
      name: "billing under the contact's condition stays refused",
      body: letter("If you need us, we may want summary invoices."),
    },
    {
      name: "the board deciding stays a condition",
      body: letter("If the board ever decides to move to Teams I'll let you know."),
    },
  ],
  heard: [
    {
      name: "if you need me, the best way to catch me",
      body: letter(
        "If you need me, honestly the best way to catch me is WhatsApp or a text, I'm in the workshop all day.",
      ),
      heard: [
        { field: "preferredChannels", value: "whatsapp" },
        { field: "preferredChannels", value: "sms" },
      ],
    },
    {
      name: "if you need me, with a modal that is no hypothesis",
      body: letter("If you need me, WhatsApp would be best."),
      heard: [{ field: "preferredChannels", value: "whatsapp" }],
    },
    {
      name: "if we need to talk something through",
      body: letter(
        "If we need to talk something through, Teams with captions switched on works really well for me.",
      ),
      heard: [{ field: "preferredChannels", value: "teams" }],
    },
    {
      name: "if anything comes up on this",
      body: letter(
        "Our crews work nights, so if anything comes up on this outside office hours, please message me on WhatsApp rather than email.",
      ),
      heard: [{ field: "preferredChannels", value: "whatsapp" }],
    },
    {
      name: "if we need to meet, the platform",
      body: letter("If we need to meet, please send a Zoom link."),
      heard: [{ field: "meetingPlatform", value: "zoom", profile: ORG }],
    },
  ],
});
