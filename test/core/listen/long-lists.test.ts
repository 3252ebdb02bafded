/**
 * Lists and long clauses, which listening reads once per clause however many candidates they
 * yield (a clause's facts are worked out once; a list of channels is read from its first): every
 * item still heard once, and a headline in any alphabet still refused.
 */
import { COKE, MEGGE, runListenTests } from "./listen-tester";

const wrap = (text: string) => `Hi Jo,\n\n${text}\n\nMegge`;

runListenTests("long lists", {
  silent: [
    {
      name: "a headline whose capitals are accented",
      body: wrap("Please Don't Phone Émile Or Ödön About Anything, Ever."),
    },
    {
      name: "a headline that opens with a label",
      body: wrap("Über Hospitality: Please Never Send Me Invitations."),
    },
  ],
  heard: [
    {
      name: "every channel of a list refused by what follows it",
      body: wrap("Email, phone, text and WhatsApp are all blocked on our network."),
      heard: [
        { field: "avoidChannels", value: "email", profile: COKE },
        { field: "avoidChannels", value: "phone", profile: COKE },
        { field: "avoidChannels", value: "sms", profile: COKE },
        { field: "avoidChannels", value: "whatsapp", profile: COKE },
      ],
    },
    {
      name: "a list refused after an earlier list in the same clause",
      body: wrap(
        "Email or post is fine, but WhatsApp, Signal or text are not secure enough for us.",
      ),
      heard: [
        { field: "avoidChannels", value: "whatsapp", profile: COKE },
        { field: "avoidChannels", value: "signal", profile: COKE },
        { field: "avoidChannels", value: "sms", profile: COKE },
      ],
    },
    {
      name: "quoted entries, one repeated, each heard once",
      body: wrap(
        'We will not pay for "file review", "internal conference", "research" or "file review".',
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "file review", profile: COKE },
        { field: "bannedBillingPhrases", value: "internal conference", profile: COKE },
        { field: "bannedBillingPhrases", value: "research", profile: COKE },
      ],
    },
    {
      name: "brands of a long list, each said to be a rival once",
      body: wrap(
        "Please never mention Acme, Globex, Initech, Umbrella or Acme in anything you send us: they are all competitors of ours.",
      ),
      heard: [
        { field: "competitors", value: "Acme", profile: COKE },
        { field: "competitors", value: "Globex", profile: COKE },
        { field: "competitors", value: "Initech", profile: COKE },
        { field: "competitors", value: "Umbrella", profile: COKE },
      ],
    },
    {
      name: "the sender's own preference among many candidates of one clause",
      body: wrap("Please don't phone me. I'm not a big fan of Émile's calls either."),
      heard: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
    },
  ],
});
