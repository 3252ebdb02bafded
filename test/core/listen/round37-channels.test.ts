/**
 * Round 37 (listen-channels-37): "there" pointing back to a way left, paper refused, a way found
 * fine "now" or right after another is refused, and a request that replaces a refused way. Each reading's forms beside the look-alikes that must stay silent.
 */
import { MEGGE, runListenTests } from "./listen-tester";

runListenTests(
  "round 37: channels pointed back to, paper refused, fine now, a way that replaces a refusal",
  {
    silent: [
      // there
      {
        name: "there: a place, not a way",
        body: "Jo,\nI'm rarely at the office these days, so please don't send anything there.\nMegge",
        fields: ["avoidChannels"],
      },
      {
        name: "there: two ways named, none left",
        body: "Jo,\nI use email and WhatsApp, but please don't message me there about the deal.\nMegge",
        fields: ["avoidChannels"],
      },
      {
        name: "there: a way the writer asks for, no refusal",
        body: "Jo,\nI'm on WhatsApp all day, so message me there.\nMegge",
        fields: ["avoidChannels"],
      },
      // paper refused
      {
        name: "paper: a fact that there are none",
        body: "Jo,\nWe have no paper copies of the lease, only the scan.\nMegge",
        fields: ["avoidChannels"],
      },
      {
        name: "paper: a question",
        body: "Jo,\nAre there no paper copies at your office?\nMegge",
        fields: ["avoidChannels"],
      },
      // fine now
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
        name: "fine after a refusal: no refusal before it",
        body: "Jo,\nThanks for the draft - email is fine.\nMegge",
        fields: ["preferredChannels"],
      },
      {
        name: "fine now: the same way refused before is lifted, not wished for",
        body: "Hi Sarah,\nI said before no calls, but honestly phone is fine now that the baby is sleeping through.\nEmma",
        fields: ["preferredChannels"],
      },
      // replaces a refusal
      {
        name: "replaces a refusal: a one-off request after a refusal of someone else's way",
        body: "Jo,\nDon't call Sam. Email me the draft by Friday.\nMegge",
        fields: ["preferredChannels"],
      },
      {
        name: "replaces a refusal: a request for one occasion, no refusal",
        body: "Jo,\nText me when you land, thanks.\nMegge",
        fields: ["preferredChannels"],
      },
    ],
    heard: [
      {
        name: "replaces a refusal: the refusal after the request, in the clause",
        body: "Jo,\nText me, don't email - station internet goes out for days.\nMegge",
        heard: [
          { field: "preferredChannels", value: "sms", profile: MEGGE },
          { field: "avoidChannels", value: "email", profile: MEGGE },
        ],
      },
      {
        name: "replaces a refusal: the refusal in the sentence before",
        body: "Jo,\nPlease stop phoning me at the surgery. Email me, I read it at lunch.\nMegge",
        heard: [
          { field: "preferredChannels", value: "email", profile: MEGGE },
          { field: "avoidChannels", value: "phone", profile: MEGGE },
        ],
      },
      {
        name: "fine now: a way found fine since a change",
        body: "Jo,\nemail is fine now the lad has set it up on the computer for me\nMegge",
        heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
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
        name: "fine after a refusal: a way released, then the one found fine",
        body: "Jo,\nThere's no need to post things to me any more - email is fine.\nMegge",
        heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
      },
      {
        name: "there: the way left, in the sentence before it",
        body: "Jo,\nI left WhatsApp (too many groups!) so please don't send me anything there any more.\nMegge",
        heard: [{ field: "avoidChannels", value: "whatsapp", profile: MEGGE }],
      },
      {
        name: "there: the way stopped, beside a phone that is a device",
        body: "Jo,\nI stopped using Signal since my phone was stolen, so please don't message me there.\nMegge",
        heard: [{ field: "avoidChannels", value: "signal", profile: MEGGE }],
      },
      {
        name: "paper: after a dash, with the way wanted",
        body: "Jo,\nBy email please – no paper copies, they just pile up.\nMegge",
        heard: [
          { field: "preferredChannels", value: "email", profile: MEGGE },
          { field: "avoidChannels", value: "post", profile: MEGGE },
        ],
      },
      {
        name: "paper: 'no more paper invoices'",
        body: "Jo,\nNo more paper invoices, I can't deal with letters.\nMegge",
        heard: [{ field: "avoidChannels", value: "post", profile: MEGGE }],
      },
    ],
  },
);
