/**
 * Round 13 (listen-13b): names asked for in so many words, a short form welcomed over one on file,
 * channels said tersely or in an order, cadences answered inline with what anchors them, and a
 * principal's wish passed on by an assistant. Written from the kinds of the brief (invented names),
 * each beside look-alikes in other senses.
 */
import { hear, runListenTests } from "./listen-tester";

const mail = (text: string, signature = "Megge") => `Hi Sam,\n\n${text}\n\nThanks,\n${signature}`;
const JAMAL = "Jamal Reed <jamal.reed@ardent-foods.example>";
const TASHAWN = "Tashawn Brooks <tashawn.brooks@ardent-foods.example>";
const KENJI = "Kenji Okada <kenji.okada@ardent-foods.example>";
const AMARA = "Amara Eze <amara.eze@ardent-foods.example>";
const NATALIA = "Natalia Cruz <natalia.cruz@ardent-foods.example>";
const PA = "Jo Bright <jo.bright@hale-foods.example>";
const PRINCIPAL = "David Hale <david.hale@hale-foods.example>";

runListenTests("round 13b: names, channels, cadences, relays", {
  silent: [
    // Names: look-alikes.
    {
      name: "'my name is on the contract' gives no name",
      from: AMARA,
      body: mail("My name is on the contract, so I will sign it.", "Amara"),
    },
    {
      name: "'call me when you can' asks for a call, not a name",
      from: AMARA,
      body: mail("Call me when you can.", "Amara"),
    },
    {
      name: "a letter that named the wrong party names no form of the writer's",
      from: AMARA,
      body: mail("The letter named the wrong party.", "Amara"),
    },
    {
      name: "a clause opening with 'Name's' is an introduction without a note on its letters",
      from: AMARA,
      body: mail("Name's Amara, by the way.", "Amara"),
    },
    {
      name: "a note on capitals about something else does not make an introduction a correction",
      from: AMARA,
      body: mail("Please use capital letters for the headings. Name's Amara.", "Amara"),
    },
    {
      name: "'the letter had' a word that is no form of the writer's name",
      from: TASHAWN,
      body: mail("The letters had Friday as the deadline.", "Tashawn"),
    },
    {
      name: "a whole name that is someone else's, asked to be written in full",
      from: KENJI,
      body: mail("Please write Yuki Tanaka in full on the deed.", "Kenji"),
      fields: ["fullName", "preferredName"],
    },
    {
      name: "a form for another setting offered beside it is still two forms",
      from: "Hugh Ellery <hugh.ellery@ardent-foods.example>",
      body: mail(
        "I'd like to be addressed as Canon Ellery in correspondence, or Hugh once we've met.",
        "Hugh",
      ),
      fields: ["preferredName"],
    },
    {
      name: "the given name called formal is no form refused",
      from: NATALIA,
      body: mail('I noticed your team still writes "Natalia" very formally.', "Natalia"),
    },
    // Channels: look-alikes.
    {
      name: "'don't ring the bell' is another sense of ring",
      body: mail("Don't ring the bell, the baby's asleep."),
    },
    {
      name: "'don't ring' after news of one day is not a whole reply line",
      body: mail("I'm in court all day. Don't ring."),
    },
    { name: "a text announced for one occasion", body: mail("I'll text you when I land.") },
    {
      name: "'rather than email' before the writer's own call today",
      body: mail("Rather than email, I'll call you today."),
    },
    {
      name: "the writer's own plan in an order is no order of preference",
      body: mail("I'll email first, then call you."),
    },
    {
      name: "an order of events, not of preference",
      body: mail("The email came first, the call second."),
    },
    { name: "'grand' about the signal is no channel", body: mail("The signal is grand here.") },
    // Cadences: look-alikes.
    {
      name: "monthly invoices sent with the update are a billing cadence",
      body: mail("Please send monthly invoices with the update."),
      fields: ["statusUpdates"],
    },
    // Relays: the principal's wish is never the assistant's.
    {
      name: "'Please note he prefers…' with no address for him: nobody's",
      from: PA,
      body: mail("Please note he prefers to avoid phone calls.", "Jo Bright\nPA to Mr Hale"),
    },
    {
      name: "the same after a relay lead that names him",
      from: PA,
      body: mail(
        "I'm writing on behalf of Mr Hale about the lease. Please note he prefers to avoid phone calls.",
        "Jo",
      ),
    },
    {
      name: "'Please note Mr Hale prefers…': a name like the organisation's is still a person",
      from: PA,
      body: mail("Please note Mr Hale prefers to avoid phone calls.", "Jo"),
    },
    {
      name: "'FYI, she never reads texts' about someone unknown",
      from: PA,
      body: mail("FYI, she never reads texts.", "Jo"),
    },
  ],
  heard: [
    // 1. Names asked for in so many words.
    {
      name: "'Name's X - capital J, please': the name with its capitals",
      from: "jamal reed <jamal.reed@ardent-foods.example>",
      body: mail("Name's Jamal - capital J, please.", "jamal"),
      heard: [{ field: "preferredName", value: "Jamal" }],
    },
    {
      name: "the same from a header already capitalised",
      from: JAMAL,
      body: mail("Name's Jamal - capital J, please.", "Jamal"),
      heard: [{ field: "preferredName", value: "Jamal" }],
    },
    {
      name: "'It's X, capital S': the stated capitals",
      from: TASHAWN,
      body: mail("It's TaShawn, capital S.", "Tashawn"),
      heard: [{ field: "preferredName", value: "TaShawn" }],
    },
    {
      name: "the letter's misspelling, unquoted, after 'The letter had'",
      from: TASHAWN,
      body: mail("It's TaShawn, capital S. The letter had Tashwan throughout.", "Tashawn"),
      heard: [
        { field: "preferredName", value: "TaShawn" },
        { field: "avoidNames", value: "Tashwan" },
      ],
    },
    {
      name: "the mis-cased form the letters had is not filed as avoided (the preferred capitals catch it)",
      from: TASHAWN,
      body: mail('It\'s TaShawn, capital S. The letter had "Tashawn" throughout.', "Tashawn"),
      heard: [{ field: "preferredName", value: "TaShawn" }],
    },
    {
      name: "a form asked for, and a second merely also OK",
      from: KENJI,
      body: mail("I prefer to be called Mr Okada, or Okada-san is also OK.", "Kenji"),
      heard: [{ field: "preferredName", value: "Mr Okada" }],
    },
    {
      name: "the same with 'fine too'",
      from: KENJI,
      body: mail("Please call me Kenji, or Ken is fine too.", "Kenji"),
      heard: [{ field: "preferredName", value: "Kenji" }],
    },
    {
      name: "'please write my full name as…', even as the header has it",
      from: KENJI,
      body: mail("Please write my full name as Kenji Okada.", "K."),
      heard: [{ field: "fullName", value: "Kenji Okada" }],
    },
    {
      name: "'please write X in full': the full name, its title dropped, no form of address",
      from: AMARA,
      body: mail("Please write Dr Amara Eze-Bello in full.", "Amara"),
      heard: [{ field: "fullName", value: "Amara Eze-Bello" }],
    },
    // 2. A short form welcomed (the removal is tested below).
    {
      name: "'X is fine, honestly I prefer it'",
      from: NATALIA,
      body: mail("Nat is fine, honestly I prefer it.", "Natalia"),
      heard: [{ field: "preferredName", value: "Nat" }],
    },
    // 3. Channels, terse and in order.
    {
      name: "'use X rather than email please'",
      body: mail("use Signal rather than email please"),
      heard: [{ field: "preferredChannels", value: "signal" }],
    },
    {
      name: "'text is grand for quick stuff'",
      body: mail("text is grand for quick stuff"),
      heard: [{ field: "preferredChannels", value: "sms" }],
    },
    {
      name: "'For me, email first, then my desk line': both, in order",
      body: mail("For me, email first, then my desk line."),
      heard: [
        { field: "preferredChannels", value: "email" },
        { field: "preferredChannels", value: "phone" },
      ],
    },
    {
      name: "'Email first, then phone.'",
      body: mail("Email first, then phone."),
      heard: [
        { field: "preferredChannels", value: "email" },
        { field: "preferredChannels", value: "phone" },
      ],
    },
    {
      name: "'Email first, phone second.'",
      body: mail("Email first, phone second."),
      heard: [
        { field: "preferredChannels", value: "email" },
        { field: "preferredChannels", value: "phone" },
      ],
    },
    {
      name: "'Don't ring.' as a whole reply line",
      body: mail("Thanks for the draft.\n\nDon't ring.\n\nI'll review it tonight."),
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
    {
      name: "'don't ring' after a dash",
      body: mail("Fine by me - don't ring."),
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
    // 4. Status updates answered inline.
    {
      name: "an inline answer keeps what anchors the cadence",
      body: mail("How often would you like updates?\n\nMonthly, with the invoice, is fine."),
      heard: [{ field: "statusUpdates", value: "monthly, with the invoice" }],
    },
    {
      name: "an inline answer with a day keeps its anchor, no 'fortnightly' added",
      body: mail(
        "How often would you like updates?\n\nEvery other Thursday, before our legal ops meeting.",
      ),
      // Timed to the organisation's own meeting: the organisation's (round 22's decision).
      heard: [
        {
          field: "statusUpdates",
          value: "every other Thursday, before the legal ops meeting",
          profile: "@coca-cola.example",
        },
      ],
    },
    {
      name: "an update with the invoice is no billing cadence",
      body: mail("A short update every month with the invoice would be ideal."),
      heard: [{ field: "statusUpdates", value: "monthly, with the invoice" }],
    },
    {
      name: "what the update travels with, beside the board pack",
      body: mail("Quarterly updates alongside the board pack would suit us."),
      heard: [
        {
          field: "statusUpdates",
          value: "quarterly, alongside the board pack",
          profile: "@coca-cola.example",
        },
      ],
    },
    {
      name: "what is in the update is no anchor",
      body: mail("A weekly update with a short summary of costs would be great."),
      heard: [{ field: "statusUpdates", value: "weekly" }],
    },
    // 5. Relays whose principal is not an addressee.
    {
      name: "'Please note he prefers…' goes on the principal when his address is in the message",
      from: PA,
      recipients: ["Sam Law <sam@firm.example>", PRINCIPAL],
      body: mail("Please note he prefers to avoid phone calls.", "Jo Bright\nPA to Mr Hale"),
      heard: [{ field: "avoidChannels", value: "phone", profile: "david.hale@hale-foods.example" }],
    },
    {
      name: "the assistant's own wish beside it stays the assistant's",
      from: PA,
      body: mail(
        "Please note he prefers to avoid phone calls. For my part, please don't text me.",
        "Jo Bright\nPA to Mr Hale",
      ),
      heard: [{ field: "avoidChannels", value: "sms" }],
    },
  ],
});

describe("round 13b: a name asked for that is on file as avoided", () => {
  const onFile = [{ matchKey: "natalia.cruz@ardent-foods.example", avoidNames: ["Nat"] }];
  const removals = (body: string, profiles: unknown[] = onFile) =>
    hear({ name: body, from: NATALIA, body: mail(body, "Natalia"), profiles })
      .filter((s) => s.op === "remove")
      .map((s) => `${s.field}=${s.value} for ${s.profile}`);

  it("'Nat is fine, honestly I prefer it' removes 'Nat' from avoidNames", () => {
    expect(removals("Nat is fine, honestly I prefer it.")).toEqual([
      "avoidNames=Nat for natalia.cruz@ardent-foods.example",
    ]);
  });
  it("whatever the case of the entry on file", () => {
    const lower = [{ matchKey: "natalia.cruz@ardent-foods.example", avoidNames: ["nat"] }];
    expect(removals("Please call me Nat.", lower)).toEqual([
      "avoidNames=nat for natalia.cruz@ardent-foods.example",
    ]);
  });
  it("nothing when the name is not on file", () => {
    expect(removals("Nat is fine, honestly I prefer it.", [])).toEqual([]);
  });
  it("nothing for another form on file", () => {
    const other = [{ matchKey: "natalia.cruz@ardent-foods.example", avoidNames: ["Tally"] }];
    expect(removals("Nat is fine, honestly I prefer it.", other)).toEqual([]);
  });
  it("nothing when the given name is only called formal", () => {
    const given = [{ matchKey: "natalia.cruz@ardent-foods.example", avoidNames: ["Natalia"] }];
    expect(removals('I noticed your team still writes "Natalia" very formally.', given)).toEqual(
      [],
    );
  });
  it("a withdrawal already heard is not repeated", () => {
    expect(removals("Nat is fine these days.")).toEqual([
      "avoidNames=Nat for natalia.cruz@ardent-foods.example",
    ]);
  });
});

describe("round 13b: capitals corrected against the preferred name on file", () => {
  const known = (preferredName: string, body: string) =>
    hear({
      name: body,
      from: TASHAWN,
      body: mail(body, "Tashawn"),
      profiles: [{ matchKey: "tashawn.brooks@ardent-foods.example", preferredName }],
    })
      .filter((s) => s.field === "preferredName")
      .map((s) => `${s.value}${s.alreadyKnown ? " (known)" : ""}`);

  it("other capitals on file: a correction, not a confirmation", () => {
    expect(known("Tashawn", "It's TaShawn, capital S.")).toEqual(["TaShawn"]);
  });
  it("the same capitals on file: a confirmation", () => {
    expect(known("TaShawn", "It's TaShawn, capital S.")).toEqual(["TaShawn (known)"]);
  });
});
