import { COKE, MEGGE, runListenTests } from "./listen-tester";

runListenTests("entertainment", {
  silent: [
    {
      name: "declining one invitation for a clash",
      body: "Jo,\nSadly I can't make the golf day, I'm in Madrid.\nMegge",
    },
    {
      name: "accepting one invitation",
      body: "Jo,\nCount me in for the dinner on the 4th.\nMegge",
    },
    {
      name: "keep me in mind for the next one",
      body: "Jo,\nDo keep me in mind for the next one!\nMegge",
    },
    {
      name: "a hypothetical yes",
      body: "Jo,\nIf our policy ever changes I would love to come, but I'll check with compliance.\nMegge",
    },
    { name: "thanks for lunch", body: "Jo,\nThank you for lunch yesterday, it was lovely.\nMegge" },
    {
      name: "round 26: a channel taken off the list of what we don't use is no invitation list",
      body: "Jo,\nYou can take WhatsApp off the list of apps we don't use.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "the client invites the firm",
      body: "Jo,\nWould you like to join us in our box at Lord's?\nMegge",
    },
  ],
  heard: [
    {
      name: "UK: we can't accept hospitality",
      body: "Jo,\nAs a regulated body we can't accept hospitality of any kind from advisers.\nMegge",
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "round 26: an organisation taken off the list of guests you invite is still invitations",
      body: "Jo,\nPlease take Coca-Cola off the list of guests you invite to your summer events.\nMegge",
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "US: take us off the invite list",
      body: "Jo,\nPlease take all of us in legal off your event invitation lists; the gift policy is strict.\nMegge",
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "personally not my thing",
      body: "Jo,\nI don't do corporate hospitality, it's just not my thing.\nMegge",
      heard: [{ field: "entertainment", value: "avoid", profile: MEGGE }],
    },
    {
      name: "always up for a lunch",
      body: "Jo,\nI'm always up for lunch when I'm in town.\nMegge",
      heard: [{ field: "entertainment", value: "welcome", profile: MEGGE }],
    },
    {
      name: "keep me on the list",
      body: "Jo,\nPlease keep me on the list for that sort of thing.\nMegge",
      heard: [{ field: "entertainment", value: "welcome", profile: MEGGE }],
    },
  ],
});

// Round 25 (listen-25a, analysis-lh22 group E): invitations welcomed in general words with no
// hospitality noun; the object (things, any time) is general by itself. Written for this table.
runListenTests("entertainment: invitations welcomed in general words", {
  silent: [
    {
      name: "a call at any time is a meeting, not hospitality",
      body: "Jo,\nInvite me any time you need a call about the lease.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "anything about the matter is a meeting",
      body: "Jo,\nPlease invite us to anything about the boundary dispute.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "ask me whenever: questions, not invitations",
      body: "Jo,\nThanks for the note, ask me whenever.\nMegge",
      fields: ["entertainment"],
    },
  ],
  heard: [
    {
      name: "invite me any time, after a comma",
      body: "Jo,\nNever one to miss a concert, invite me any time.\nMegge",
      heard: [{ field: "entertainment", value: "welcome", profile: MEGGE }],
    },
    {
      name: "do ask us along to things",
      body: "Jo,\nDo ask us along to things.\nMegge",
      heard: [{ field: "entertainment", value: "welcome", profile: COKE }],
    },
  ],
});

// Round 26 (listen-26b, analysis-lh23 M17): one welcome reading. An invitation the writer asks for
// is general by its own object ("to your events"), or by a general word beside a welcome ("and
// anything like it in future"); one occasion or a later date is no welcome. Written for this table.
runListenTests("entertainment: one reading of a welcome", {
  silent: [
    {
      name: "welcome to invite us to one launch",
      body: "Jo,\nYou are welcome to invite us to the launch on Friday.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "welcome to invite us to your events, but later",
      body: "Jo,\nYou are welcome to invite us to your events again in the spring.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "welcome to ask me along when a second opinion is needed",
      body: "Jo,\nYou're welcome to ask me along any time you need a second opinion.\nMegge",
      fields: ["entertainment"],
    },
  ],
  heard: [
    {
      name: "welcome to invite us to your events",
      body: "Jo,\nYou are welcome to invite us to your events.\nMegge",
      heard: [{ field: "entertainment", value: "welcome", profile: COKE }],
    },
    {
      name: "always welcome to invite me to your client evenings",
      body: "Jo,\nYou're always welcome to invite me to your client evenings.\nMegge",
      heard: [{ field: "entertainment", value: "welcome", profile: MEGGE }],
    },
    {
      name: "one launch, and anything like it in future",
      body: "Jo,\nYou're welcome to invite me to the launch, and to anything like it in future.\nMegge",
      heard: [{ field: "entertainment", value: "welcome", profile: MEGGE }],
    },
  ],
});

// Round 29 (listen-29a, analysis-lh26 E): a welcome said as a permission given again to the
// writer's own people, or hospitality in general "fine again"; not after a negation, not one
// occasion, not a question reported, not a rule that has always held. Written for this table.
runListenTests("entertainment: hospitality permitted again", {
  silent: [
    {
      name: "one dinner permitted",
      body: "Jo,\nOur directors may now accept your invitation to the awards dinner.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "a question reported",
      body: "Jo,\nYou asked whether our team can accept invitations again; I will find out.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "a working lunch fine now",
      body: "Jo,\nA working lunch at your office is fine now that the room is booked.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "a rule that has always held, with no change",
      body: "Jo,\nOur engineers can attend industry events as part of their training.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "a rule's permission, not the writer's verdict",
      body: "Jo,\nUnder the revised code, client entertainment from suppliers is now permitted if it is logged.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "not yet fine again",
      body: "Jo,\nI don't think hospitality is fine again until the audit closes.\nMegge",
      fields: ["entertainment"],
    },
  ],
  heard: [
    {
      name: "our people permitted again (UK)",
      body: "Jo,\nThe new code is out: our people may once again accept modest hospitality from advisers.\nMegge",
      heard: [{ field: "entertainment", value: "welcome", profile: COKE }],
    },
    {
      name: "staff allowed to accept invitations now (US)",
      body: "Jo,\nGood news from compliance. Staff are allowed to accept client invitations now.\nMegge",
      heard: [{ field: "entertainment", value: "welcome", profile: COKE }],
    },
    {
      name: "hospitality from advisers fine again",
      body: "Jo,\nAfter the review, hospitality from our outside counsel is fine again.\nMegge",
      heard: [{ field: "entertainment", value: "welcome", profile: COKE }],
    },
  ],
});

// Round 31 (listen-31a): hospitality in general named by its kinds, fine again: a welcome; one
// occasion, someone else's, or a kind said once, is not.
runListenTests("entertainment: kinds of hospitality fine again (round 31)", {
  silent: [
    {
      name: "one occasion fine again",
      body: "Jo,\nThe dinner is fine again, see you at eight.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "kinds fine again for one occasion only",
      body: "Jo,\nDinners and receptions are fine again for the launch night only.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "a kind named with a time word, and no verdict",
      body: "Jo,\nThe receptions at our conference now run until nine.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "kinds fine, with no word of a change",
      body: "Jo,\nSmall dinners and the occasional reception are fine with our auditors.\nMegge",
      fields: ["entertainment"],
    },
  ],
  heard: [
    {
      name: "two kinds joined, fine again (UK)",
      body: "Jo,\nOur ethics committee has relaxed things: small dinners and the occasional reception with our advisers are fine again.\nMegge",
      heard: [{ field: "entertainment", value: "welcome", profile: COKE }],
    },
    {
      name: "a refusal from now on that names a kind is no welcome",
      body: "Jo,\nNone of us will accept dinners from advisers from now on.\nMegge",
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "one plural kind okay again (US)",
      body: "Jo,\nGood news, lunches are okay again for our team.\nMegge",
      heard: [{ field: "entertainment", value: "welcome", profile: COKE }],
    },
  ],
});

// Round 33 (listen-33b): hospitality refused as a standing rule in the rule's other negatives
// ("doesn't accept", "should not accept", "no <org> employee may accept" inside a sentence, the
// passive with the kind as subject, "I must decline … of any kind"); beside each, the one-off,
// the limit or another company's rule that stays silent.
runListenTests("round 33: a rule's other negatives", {
  silent: [
    {
      name: "the one invitation declined with a modal (the kind named with 'the')",
      body: "Jo,\nI must decline the gala dinner on Friday, I'm away.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "declining hospitality with no kind or giver named stays a one-off",
      body: "Jo,\nI'm afraid I have to decline hospitality this time, the diary is full.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "another company's people inside a sentence",
      body: "Jo,\nUnder their new code, no Pepsi employee may accept meals or tickets from suppliers.\nMegge",
      fields: ["entertainment"],
    },
    {
      name: "a limit in the passive is no refusal",
      body: "Jo,\nNo gifts worth more than £50 may be accepted from advisers.\nMegge",
      fields: ["entertainment"],
    },
  ],
  heard: [
    {
      name: "the organisation doesn't accept gifts or hospitality of any kind",
      body: "Jo,\nAs you know, the company doesn't accept gifts or hospitality of any kind from its advisers.\nMegge",
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "staff should not accept tickets or dinners",
      body: "Jo,\nOur trustees have agreed that our staff should not accept tickets or dinners from outside firms.\nMegge",
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "no employee of ours may accept, inside the sentence",
      body: "Jo,\nUnder the new code, no Coca-Cola employee may accept meals or event tickets from law firms.\nMegge",
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "the passive with the kind as subject",
      body: "Jo,\nNo hospitality or gifts of any kind may be accepted from our panel firms.\nMegge",
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "I must decline hospitality of any kind",
      body: "Jo,\nIn my new role I must decline hospitality of any kind, sorry to be a bore.\nMegge",
      heard: [{ field: "entertainment", value: "avoid", profile: MEGGE }],
    },
  ],
});
