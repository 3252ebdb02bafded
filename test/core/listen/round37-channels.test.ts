/**
 * Round 37 (listen-channels-37): a way found fine "now", or right after another way is refused or
 * released, is the writer's standing way. Its forms beside the look-alikes that must stay silent.
 * (The readings measured and not shipped, with their tests, are in commit f8e1ff56.)
 */
import { MEGGE, runListenTests } from "./listen-tester";

runListenTests("round 37: a way found fine now, or after a refusal", {
  silent: [
    {
      name: "fine now: the inbox working again, after a possessive",
      body: "Jo,\nMy email is fine now, IT sorted the server.\nMegge",
      fields: ["preferredChannels"],
    },
    {
      name: "fine now: for one occasion",
      body: "Jo,\nA call is fine now for the hearing tomorrow.\nMegge",
      fields: ["preferredChannels"],
    },
    {
      name: "fine now: no way named",
      body: "Jo,\nThursday is fine now, see you then.\nMegge",
      fields: ["preferredChannels"],
    },
    {
      name: "fine now: the same way refused before is lifted, not wished for",
      body: "Hi Sarah,\nI said before no calls, but honestly phone is fine now that the baby is sleeping through.\nEmma",
      fields: ["preferredChannels"],
    },
    {
      name: "fine now: the reason an obstacle is gone, no other way refused (a lift)",
      body: "Jo,\nEmail is fine now that the lad has set it up.\nMegge",
      fields: ["preferredChannels"],
    },
    {
      name: "fine now: alone, as a lift is put (rule-voice.ts rewrites 'no longer prohibited' so)",
      body: "Jo,\nWhatsApp is fine now.\nMegge",
      fields: ["preferredChannels"],
    },
    {
      name: "fine after a refusal: no refusal before it",
      body: "Jo,\nThanks for the draft - email is fine.\nMegge",
      fields: ["preferredChannels"],
    },
    {
      name: "fine after a refusal: the verdict on one occasion",
      body: "Jo,\nDon't bother posting the bundle - email is fine for the hearing.\nMegge",
      fields: ["preferredChannels"],
    },
  ],
  heard: [
    {
      name: "fine now: a way found fine since a change, after another way refused",
      body: "Jo,\ndont send me letters by post any more. email is fine now the lad has set it up on the computer for me\nMegge",
      heard: [
        { field: "avoidChannels", value: "post", profile: MEGGE },
        { field: "preferredChannels", value: "email", profile: MEGGE },
      ],
    },
    {
      name: "fine now: 'works too now'",
      body: "Jo,\nPhone is still best, but WhatsApp works too now.\nMegge",
      heard: [
        { field: "preferredChannels", value: "phone", profile: MEGGE },
        { field: "preferredChannels", value: "whatsapp", profile: MEGGE },
      ],
    },
    {
      name: "fine now: 'a phone call is fine too now'",
      body: "Jo,\nAs for me, a phone call is fine too now.\nMegge",
      heard: [{ field: "preferredChannels", value: "phone", profile: MEGGE }],
    },
    {
      name: "fine after a refusal: with a trailing 'these days'",
      body: "Jo,\nPlease don't phone me, email is fine these days.\nMegge",
      heard: [
        { field: "avoidChannels", value: "phone", profile: MEGGE },
        { field: "preferredChannels", value: "email", profile: MEGGE },
      ],
    },
    {
      name: "fine after a refusal: a way released, then the one found fine",
      body: "Jo,\nThere's no need to post things to me any more - email is fine.\nMegge",
      heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
    },
  ],
});
