import { runListenTests } from "./listen-tester";

// Round 16 (listen-16a): the defaults of whose a wish is, not new frames. Invented for these rows:
// a PA and her principal, a site office and its manager, an insurer, a fintech.
const AMY = "Amy Lim <amy.lim@sakura-travel.example>";
const AMY_KEY = "amy.lim@sakura-travel.example";
const TAN = "lin.tan@sakura-travel.example";
const TAN_TO = `Lin Tan <${TAN}>`;
const SAKURA = "@sakura-travel.example";
const KIM = "Kim Ng <kim.ng@brightstone-build.example>";
const KIM_KEY = "kim.ng@brightstone-build.example";
const DARREN = "darren.cole@brightstone-build.example";
const DARREN_TO = `Darren Cole <${DARREN}>`;
const ORLA = "Jo Reyes <jo.reyes@orla-mutual.example>";
const CHIDI = "Chidi Obi <chidi.obi@paylark.example>";
const CHIDI_KEY = "chidi.obi@paylark.example";
const PAYLARK = "@paylark.example";

const mail = (text: string, sign = "Amy") => `Dear Sam,\n\n${text}\n\nKind regards,\n${sign}`;

// 1. A relay carries on across sentences (and back from a later clause of the same sentence) while
// nothing of the writer's own comes between.
runListenTests("round 16a: a relay carries on across sentences", {
  silent: [],
  heard: [
    {
      name: "a subjectless request after the relay's lead sentence",
      from: AMY,
      recipients: [TAN_TO],
      body: mail("Ms Tan has asked me to pass on her preferences. No WhatsApp, please."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: TAN }],
    },
    {
      name: "a subjectless request after a sentence of hers",
      from: AMY,
      recipients: [TAN_TO],
      body: mail("I look after Ms Tan's diary. She finds calls intrusive. Email only, please."),
      heard: [{ field: "preferredChannels", value: "email", profile: TAN }],
    },
    {
      name: "a later clause of the same sentence whose subject is her",
      from: AMY,
      recipients: [TAN_TO],
      body: mail("I work for Ms Tan. No WhatsApp, please; she keeps it for family."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: TAN }],
    },
    {
      name: "look-alike: a new paragraph ends the carry (the writer's own)",
      from: AMY,
      recipients: [TAN_TO],
      body: mail("Ms Tan has asked me to pass on her preferences.\n\nNo WhatsApp, please."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: AMY_KEY }],
    },
    {
      name: "look-alike: a sentence of the writer's own in between ends the carry",
      from: AMY,
      recipients: [TAN_TO],
      body: mail(
        "Ms Tan has asked me to pass on her preferences. I am away next week. No WhatsApp, please.",
      ),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: AMY_KEY }],
    },
    {
      name: "look-alike: another subject before hers in the sentence decides (the organisation)",
      from: AMY,
      recipients: [TAN_TO],
      body: mail("I work for Ms Tan. No WhatsApp, please; we have moved everything to email."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: SAKURA }],
    },
    {
      name: "look-alike: a consequence the writer draws is not carried",
      from: AMY,
      recipients: [TAN_TO],
      body: mail("I look after Ms Tan's diary. She hates Zoom. So Teams, please."),
      heard: [
        { field: "avoidChannels", value: "zoom", profile: TAN },
        { field: "meetingPlatform", value: "teams", profile: SAKURA },
      ],
    },
  ],
});

// 2. A refusal aimed at a named colleague whose address the message holds is theirs; with no one
// to attach it to, nobody's; never the writer's.
runListenTests("round 16a: the person a refusal is aimed at", {
  silent: [
    {
      name: "the person named is nowhere in the message",
      from: KIM,
      body: mail("Please stop calling Darren on his mobile.", "Kim"),
    },
    {
      name: "the person named is at another organisation",
      from: KIM,
      recipients: ["Darren Cole <darren.cole@otherco.example>"],
      body: mail("Please stop calling Darren on his mobile.", "Kim"),
    },
    {
      name: "a request to reach someone else instead, with no refusal for them, is routing",
      from: KIM,
      recipients: [DARREN_TO],
      body: mail("I'm away next week, so please email Darren instead.", "Kim"),
    },
    {
      name: "their phone named for them, nobody in copy: not the writer's",
      from: KIM,
      body: mail("Please stop calling Darren's mobile.", "Kim"),
    },
  ],
  heard: [
    {
      name: "a refusal aimed at a colleague in Cc",
      from: KIM,
      recipients: [DARREN_TO],
      body: mail("Please stop calling Darren on his mobile.", "Kim"),
      heard: [{ field: "avoidChannels", value: "phone", profile: DARREN }],
    },
    {
      name: "the request that goes on from it, by pronoun",
      from: KIM,
      recipients: [DARREN_TO],
      body: mail("Please stop calling Darren on his mobile. Email him instead.", "Kim"),
      heard: [
        { field: "avoidChannels", value: "phone", profile: DARREN },
        { field: "preferredChannels", value: "email", profile: DARREN },
      ],
    },
    {
      name: "a colleague named with an address in the message",
      from: KIM,
      body: mail(
        `Please don't phone my colleague Darren Cole (${DARREN}) any more; he prefers email.`,
        "Kim",
      ),
      heard: [{ field: "avoidChannels", value: "phone", profile: DARREN }],
    },
    {
      name: "their phone stands for them",
      from: KIM,
      recipients: [DARREN_TO],
      body: mail("Please stop calling Darren's mobile.", "Kim"),
      heard: [{ field: "avoidChannels", value: "phone", profile: DARREN }],
    },
    {
      name: "a refusal with a typographic apostrophe",
      from: KIM,
      recipients: [DARREN_TO],
      body: mail("Please don’t text Darren.", "Kim"),
      heard: [{ field: "avoidChannels", value: "sms", profile: DARREN }],
    },
    {
      name: "look-alike: what the colleague wants himself is not relayed",
      from: KIM,
      recipients: [DARREN_TO],
      body: mail("Please stop calling Darren. Darren prefers WhatsApp.", "Kim"),
      heard: [{ field: "avoidChannels", value: "phone", profile: DARREN }],
    },
    {
      name: "look-alike: the writer's own wish after it stays the writer's",
      from: KIM,
      recipients: [DARREN_TO],
      body: mail("Please stop calling Darren. I prefer email myself.", "Kim"),
      heard: [
        { field: "avoidChannels", value: "phone", profile: DARREN },
        { field: "preferredChannels", value: "email", profile: KIM_KEY },
      ],
    },
    {
      name: "look-alike: a request that names the writer too is not put on the colleague",
      from: KIM,
      recipients: [DARREN_TO],
      body: mail("Please stop calling Darren; send him an email instead, or email me.", "Kim"),
      heard: [{ field: "avoidChannels", value: "phone", profile: DARREN }],
    },
  ],
});

// 3. People the organisation serves, after "our": nobody the firm keeps a profile for.
runListenTests("round 16a: our insured, our members", {
  silent: [
    {
      name: "our insured, with a claim and an aside before the verb",
      from: ORLA,
      body: mail(
        "Our insured on the Pemberton claim (Pemberton Logistics) would prefer not to be phoned.",
        "Jo",
      ),
    },
    {
      name: "our policyholders",
      from: ORLA,
      body: mail("Our policyholders would rather not receive texts.", "Jo"),
    },
    {
      name: "our members",
      from: ORLA,
      body: mail("Our members won't read anything sent by WhatsApp.", "Jo"),
    },
    {
      name: "our students",
      from: ORLA,
      body: mail("Our students prefer email to phone calls.", "Jo"),
    },
    {
      name: "reaching our tenants",
      from: ORLA,
      body: mail("Please don't text our tenants directly.", "Jo"),
    },
  ],
  heard: [
    {
      name: "look-alike: our people are the organisation",
      from: ORLA,
      body: mail("Our people prefer email.", "Jo"),
      heard: [{ field: "preferredChannels", value: "email", profile: "@orla-mutual.example" }],
    },
    {
      name: "look-alike: we, about the organisation's own channels",
      from: ORLA,
      body: mail("We never use WhatsApp.", "Jo"),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: "@orla-mutual.example" }],
    },
  ],
});

// 4. keptIn reads no platform in a channel list; "we" that is the writer and the firm is nobody's
// organisation.
runListenTests("round 16a: keptIn and the we of the correspondence", {
  silent: [],
  heard: [
    {
      name: "a platform in the organisation's preferredChannels says nothing of whose",
      from: CHIDI,
      profiles: [{ matchKey: PAYLARK, preferredChannels: ["teams"] }],
      body: mail("Signal is best going forward.", "Chidi"),
      heard: [{ field: "preferredChannels", value: "signal", profile: CHIDI_KEY }],
    },
    {
      name: "look-alike: a channel in the organisation's preferredChannels keeps it there",
      from: CHIDI,
      profiles: [{ matchKey: PAYLARK, preferredChannels: ["email"] }],
      body: mail("Signal is best going forward.", "Chidi"),
      heard: [{ field: "preferredChannels", value: "signal", profile: PAYLARK }],
    },
    {
      name: "what we're discussing: the writer and the firm",
      from: CHIDI,
      body: mail("SMS isn't secure enough for what we're discussing.", "Chidi"),
      heard: [{ field: "avoidChannels", value: "sms", profile: CHIDI_KEY }],
    },
    {
      name: "look-alike: what we handle here is the organisation's",
      from: CHIDI,
      body: mail("SMS isn't secure enough for what we handle here.", "Chidi"),
      heard: [{ field: "avoidChannels", value: "sms", profile: PAYLARK }],
    },
  ],
});

// 5. A second reader of the same updates: the organisation's cadence, not one reader's.
const JESS = "Jess Hart <jess.hart@paylark.example>";
const JESS_KEY = "jess.hart@paylark.example";
runListenTests("round 16a: a cadence shared by two readers", {
  silent: [],
  heard: [
    {
      name: "a colleague wants it too, and it goes to both of us",
      from: JESS,
      body: mail(
        "A short status note every Thursday would be great. Chidi wants it too, and it should go to both of us.",
        "Jess",
      ),
      heard: [{ field: "statusUpdates", value: "every Thursday", profile: PAYLARK }],
    },
    {
      name: "sent to both of us",
      from: JESS,
      body: mail("A weekly update by email to both of us, please.", "Jess"),
      heard: [{ field: "statusUpdates", value: "weekly", profile: PAYLARK }],
    },
    {
      name: "look-alike: the writer alone",
      from: JESS,
      body: mail("A short status note every Thursday would be great.", "Jess"),
      heard: [{ field: "statusUpdates", value: "every Thursday", profile: JESS_KEY }],
    },
    {
      name: "look-alike: a colleague wants something else too",
      from: JESS,
      body: mail(
        "A short status note every Thursday would be great. Chidi wants the draft too.",
        "Jess",
      ),
      heard: [{ field: "statusUpdates", value: "every Thursday", profile: JESS_KEY }],
    },
    {
      name: "look-alike: in the next paragraph it is no longer about the note",
      from: JESS,
      body: mail(
        "A short status note every Thursday would be great.\n\nChidi wants it too, but we can talk about that.",
        "Jess",
      ),
      heard: [{ field: "statusUpdates", value: "every Thursday", profile: JESS_KEY }],
    },
  ],
});
