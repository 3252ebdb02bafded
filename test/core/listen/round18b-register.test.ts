import { runListenTests } from "./listen-tester";

// Round 18 (listen-18b): whose a wish is, by the register of the passage it stands in
// (register.ts). Invented for these rows: a freight company's head of legal, Ines Duarte.
const INES = "Ines Duarte <ines.duarte@tidewater-freight.example>";
const INES_KEY = "ines.duarte@tidewater-freight.example";
const TIDEWATER = "@tidewater-freight.example";

const mail = (text: string) => `Dear Sam,\n\n${text}\n\nKind regards,\nInes`;

// 1. The organisation's register: the writer presents its rules or speaks for it, and the
// channels, cadences and hospitality in that passage are the organisation's.
runListenTests("round 18b: the organisation's register", {
  silent: [],
  heard: [
    {
      name: "a list under a summary of our revised guidelines for panel firms",
      from: INES,
      body: mail(
        "Below is a summary of our revised Outside Counsel Guidelines for panel firms:\n\n- Matter status reports: monthly.\n- Please do not use WhatsApp.",
      ),
      heard: [
        { field: "statusUpdates", value: "monthly", profile: TIDEWATER },
        { field: "avoidChannels", value: "whatsapp", profile: TIDEWATER },
      ],
    },
    {
      name: "a change in company policy, in the same sentence and the next",
      from: INES,
      body: mail(
        "Following a change in company policy, please do not use Signal for business communication. Please use email.",
      ),
      heard: [
        { field: "avoidChannels", value: "signal", profile: TIDEWATER },
        { field: "preferredChannels", value: "email", profile: TIDEWATER },
      ],
    },
    {
      name: "the new guidelines presented, then a cadence in the same paragraph",
      from: INES,
      body: mail("Our new billing guidelines are attached. Please send quarterly status updates."),
      heard: [{ field: "statusUpdates", value: "quarterly", profile: TIDEWATER }],
    },
    {
      name: "answers to the firm's questionnaire, written under its questions",
      from: INES,
      body: mail(
        "Here are our answers to your onboarding questionnaire.\n\n> How often would you like status updates?\nFortnightly.\n\n> Preferred channel?\nEmail.",
      ),
      heard: [
        { field: "statusUpdates", value: "fortnightly", profile: TIDEWATER },
        { field: "preferredChannels", value: "email", profile: TIDEWATER },
      ],
    },
    {
      name: "answering for the organisation by its own name",
      from: INES,
      body: mail(
        "Answering your questionnaire on behalf of Tidewater:\n\n- Status updates: monthly\n- Channel: email, not phone",
      ),
      heard: [
        { field: "statusUpdates", value: "monthly", profile: TIDEWATER },
        { field: "preferredChannels", value: "email", profile: TIDEWATER },
        { field: "avoidChannels", value: "phone", profile: TIDEWATER },
      ],
    },
    {
      name: "look-alike: the same wishes with no register are the writer's",
      from: INES,
      body: mail("Please send status reports monthly. Please do not use WhatsApp."),
      heard: [
        { field: "statusUpdates", value: "monthly", profile: INES_KEY },
        { field: "avoidChannels", value: "whatsapp", profile: INES_KEY },
      ],
    },
    {
      name: "inside one item of a list, the register holds for that item only",
      from: INES,
      body: mail(
        "A few things for your file:\n\n- Following a change in company policy, please do not use WhatsApp.\n- Monthly status updates, please.",
      ),
      heard: [
        { field: "avoidChannels", value: "whatsapp", profile: TIDEWATER },
        { field: "statusUpdates", value: "monthly", profile: INES_KEY },
      ],
    },
    {
      name: "look-alike: an item naming the rules opens no register for the next item",
      from: INES,
      body: mail(
        "1. We use Teams company-wide.\n2. Fortnightly updates are ideal.\n3. Please do not phone.",
      ),
      heard: [
        { field: "meetingPlatform", value: "teams", profile: TIDEWATER },
        { field: "statusUpdates", value: "fortnightly", profile: INES_KEY },
        { field: "avoidChannels", value: "phone", profile: INES_KEY },
      ],
    },
    {
      name: "in HTML, the list a colon opens",
      from: INES,
      html: "<p>Dear Sam,</p><p>The main points of our revised billing guidelines for panel firms:</p><ul><li>Status reports: quarterly.</li><li>Please do not use WhatsApp.</li></ul><p>Kind regards,<br>Ines</p>",
      heard: [
        { field: "statusUpdates", value: "quarterly", profile: TIDEWATER },
        { field: "avoidChannels", value: "whatsapp", profile: TIDEWATER },
      ],
    },
    {
      name: "look-alike: in HTML, the next <p> is a new passage",
      from: INES,
      html: "<p>Dear Sam,</p><p>Following a change in company policy, please do not use WhatsApp.</p><p>Please send status updates monthly.</p><p>Kind regards,<br>Ines</p>",
      heard: [
        { field: "avoidChannels", value: "whatsapp", profile: TIDEWATER },
        { field: "statusUpdates", value: "monthly", profile: INES_KEY },
      ],
    },
    {
      name: "look-alike: a rule in the answer to one question opens nothing for the next",
      from: INES,
      body: mail(
        "Answers inline.\n\n> Which platform should we use?\n\nWe're on Teams company-wide.\n\n> How often would you like updates?\n\nEvery other Monday is ideal.",
      ),
      heard: [
        { field: "meetingPlatform", value: "teams", profile: TIDEWATER },
        { field: "statusUpdates", value: "every other Monday", profile: INES_KEY },
      ],
    },
    {
      name: "look-alike: the register ends with its paragraph",
      from: INES,
      body: mail("Our revised guidelines are attached.\n\nPlease send monthly status updates."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: INES_KEY }],
    },
    {
      name: "look-alike: a sentence of the writer's own takes it back",
      from: INES,
      body: mail(
        "Following a change in company policy, we no longer accept hospitality. I'd like monthly updates please. Please use email.",
      ),
      heard: [
        { field: "entertainment", value: "avoid", profile: TIDEWATER },
        { field: "statusUpdates", value: "monthly", profile: INES_KEY },
        { field: "preferredChannels", value: "email", profile: INES_KEY },
      ],
    },
    {
      name: "look-alike: the writer's own 'me' inside the passage stays theirs",
      from: INES,
      body: mail("Our revised guidelines are attached. Please send me a monthly update."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: INES_KEY }],
    },
    {
      name: "look-alike: asking about the organisation's policy opens nothing",
      from: INES,
      body: mail("Have you seen our revised guidelines? Please send monthly status updates."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: INES_KEY }],
    },
    {
      name: "informing all our external advisers; as a company, we",
      from: INES,
      body: mail(
        "I am writing to inform all our external advisers of a new approach. Please send status updates fortnightly.\n\nAs a company, we have moved off Zoom. Please use Teams for calls and email for everything else.",
      ),
      heard: [
        { field: "statusUpdates", value: "fortnightly", profile: TIDEWATER },
        // Round 21 (listen-21c): "we have moved off Zoom" is a platform the organisation left.
        { field: "avoidChannels", value: "zoom", profile: TIDEWATER },
        { field: "meetingPlatform", value: "teams", profile: TIDEWATER },
        { field: "preferredChannels", value: "email", profile: TIDEWATER },
      ],
    },
    {
      name: "look-alike: an insurance policy is not the organisation's rules",
      from: INES,
      body: mail("Our policy renews in March. Please send status updates monthly."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: INES_KEY }],
    },
    {
      name: "look-alike: registered as a company is not speaking for it",
      from: INES,
      body: mail(
        "The trust is registered as a company limited by guarantee. Please send status updates monthly.",
      ),
      heard: [{ field: "statusUpdates", value: "monthly", profile: INES_KEY }],
    },
    {
      name: "look-alike: thanks to all our advisers is no rule",
      from: INES,
      body: mail(
        "Many thanks, as ever, from all of us to all our external advisers. Please send status updates monthly.",
      ),
      heard: [{ field: "statusUpdates", value: "monthly", profile: INES_KEY }],
    },
    {
      name: "look-alike: on behalf of a person, not the organisation",
      from: INES,
      body: mail("I write on behalf of Mr Okafor. Please send updates monthly."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: INES_KEY }],
    },
  ],
});

// 2. The person's register: "personally", "it is finished for me", "my own preference" keep a
// topic or a channel on the writer, in the sentence or the one it explains.
runListenTests("round 18b: the person's register", {
  silent: [],
  heard: [
    {
      name: "a topic explained by 'it is finished for me'",
      from: INES,
      body: mail(
        "Please don't bring up the warehouse dispute again. It is finished for me and I do not want to discuss it.",
      ),
      heard: [{ field: "avoidTopics", value: "warehouse dispute", profile: INES_KEY }],
    },
    {
      name: "a channel wish marked as my own preference",
      from: INES,
      body: mail("Please email rather than phone. That's my own preference, not the company's."),
      heard: [
        { field: "avoidChannels", value: "phone", profile: INES_KEY },
        { field: "preferredChannels", value: "email", profile: INES_KEY },
      ],
    },
    {
      name: "a topic explained by 'speaking for myself'",
      from: INES,
      body: mail("Please don't mention the takeover. Speaking for myself, it still stings."),
      heard: [{ field: "avoidTopics", value: "takeover", profile: INES_KEY }],
    },
    {
      name: "look-alike: the same topic with no personal register is the organisation's",
      from: INES,
      body: mail("Please don't bring up the warehouse dispute again."),
      heard: [{ field: "avoidTopics", value: "warehouse dispute", profile: TIDEWATER }],
    },
    {
      name: "look-alike: 'personally' after the organisation's rule leaves the rule with it",
      from: INES,
      body: mail(
        "Following a change in company policy, please do not use WhatsApp. Personally, I never minded it.",
      ),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: TIDEWATER }],
    },
    {
      name: "look-alike: 'personally' in another paragraph explains nothing",
      from: INES,
      body: mail(
        "Please don't bring up the warehouse dispute again.\n\nPersonally, I am glad it is over.",
      ),
      heard: [{ field: "avoidTopics", value: "warehouse dispute", profile: TIDEWATER }],
    },
  ],
});
