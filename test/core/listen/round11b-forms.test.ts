import { COKE, runListenTests } from "./listen-tester";

// Round 11 (listen-11b), written for this table from the kinds of the brief (not from the
// corpus): assistants relaying a principal's wish, idioms of liking and disliking, complaints put
// as questions, "anything but X", and channels in other words; each beside its look-alikes.
const mail = (text: string) => `Hi Sam,\n\n${text}\n\nThanks,\nMegge`;
const PA = "Jo Bright <jo.bright@hale-foods.example>";
const pa = (text: string, signature = "Jo") => `Hi Sam,\n\n${text}\n\nKind regards,\n${signature}`;
const OKAFOR = "n.okafor@hale-foods.example";
const OKAFOR_TO = `Ngozi Okafor <${OKAFOR}>`;
const HADDAD = "leila.haddad@hale-foods.example";
const HADDAD_TO = `Leila Haddad <${HADDAD}>`;
const PRIYA = "priya.shah@hale-foods.example";
const PRIYA_TO = `Priya Shah <${PRIYA}>`;

runListenTests("round 11b: relays, idioms, complaints, exceptions, channels in other words", {
  silent: [
    // relays
    {
      name: "a relayed wish whose principal's address is nowhere is not put on the assistant",
      from: PA,
      body: pa(
        "Writing on behalf of Dr Okafor, who asks that all correspondence comes by email rather than post.",
      ),
    },
    {
      name: "a colleague's wish flagged by someone who is nobody's assistant",
      from: PA,
      recipients: [PRIYA_TO],
      body: pa("Just to flag for future: Priya doesn't do calls."),
    },
    {
      name: "the assistant's own one-off, with the principal in copy",
      from: PA,
      recipients: [HADDAD_TO],
      body: pa("I'm in the office Mondays, call me then.", "Jo Bright\nP.A. to Ms Haddad"),
    },
    {
      name: "the principal's wish in quoted history",
      from: PA,
      recipients: [OKAFOR_TO],
      body: "Hi Sam,\n\nI'm Dr Okafor's PA. Please see below.\n\nJo\n\nOn 2 Mar 2025, Ngozi Okafor wrote:\n> I'd rather not be phoned. I can't stand Zoom.",
    },
    {
      name: "a lead-in that names the principal only as copied is no relay",
      from: PA,
      recipients: [OKAFOR_TO],
      body: pa("Writing on behalf of Dr Okafor, who is copied. The lease went to the bank today."),
    },
    // idioms
    {
      name: "an idiom of disliking reported of a third party",
      body: mail("My husband can't be doing with WhatsApp."),
    },
    {
      name: "an idiom of disliking asked of the reader",
      body: mail("Is Zoom not your cup of tea?"),
    },
    {
      name: "an idiom of disliking about the deal, not a channel or a pastime",
      body: mail("The new lease terms are not my cup of tea, but we'll sign."),
    },
    {
      name: "the reader's taste, not the writer's",
      body: mail("That lunch sounds right up your street."),
    },
    {
      name: "an idiom of liking in a question",
      body: mail("Is a day at the races right up your street?"),
    },
    {
      name: "a pastime that is someone else's thing",
      body: mail("Cricket isn't his thing."),
    },
    {
      name: "a pastime asked about",
      body: mail("Is golf not your thing?"),
    },
    // complaints put as questions
    {
      name: "a real question about a channel",
      body: mail("Can we do this by phone?"),
    },
    {
      name: "a question about what happened on a call",
      body: mail("Why did the call drop?"),
    },
    {
      name: "a rule asked about, not a complaint",
      body: mail("Do all meetings have to be on Zoom?"),
    },
    {
      name: "a fault complained of, not a channel",
      body: mail("Why do I keep getting your emails twice?"),
    },
    {
      name: "a why-question with no habit of the firm's",
      body: mail("Why do you still need the originals by post?"),
    },
    {
      name: "a complaint about invoices is not a wish for them",
      body: mail("Why do you keep sending detailed invoices?"),
    },
    {
      name: "a complaint about invitations is not a welcome",
      body: mail("Why do you keep inviting me to golf days?"),
    },
    {
      name: "a complaint about a name is not a name asked for",
      body: mail("Why do you keep calling me Meg?"),
    },
    // exceptions
    {
      name: "an exception that is one document, not a channel",
      body: mail("The documents are all fine except the lease."),
    },
    {
      name: "an exception in a report of who came",
      body: mail("Everyone came except Tom, who phoned in."),
    },
    {
      name: "an exception of one occasion",
      body: mail("All fine except the call on Friday."),
    },
    {
      name: "the principal's diary, not a wish",
      from: PA,
      recipients: [HADDAD_TO],
      body: pa("I'm Ms Haddad's PA. Her diary is very full this week."),
    },
    {
      name: "her preference, from a writer who is nobody's assistant",
      from: PA,
      recipients: ["Raj Patel <raj.patel@hale-foods.example>"],
      body: pa("Dr Patel is copied. Her preference is for email."),
    },
    {
      name: "an idiom of annoyance at something else",
      body: mail("The traffic drives me up the wall."),
    },
    { name: "one call that annoyed", body: mail("The call on Friday drove me mad.") },
    {
      name: "a price that can't be beaten",
      body: mail("You can't beat the phone company's rates."),
    },
    {
      name: "a real question with 'do I need to'",
      body: mail("Do I need to sign the Zoom consent form?"),
    },
    {
      name: "nobody called back: news, not a wish",
      body: mail("Nobody called me back yesterday."),
    },
    {
      name: "a delivery to the house by email is email",
      body: mail("Please send everything to my home address by email."),
      fields: ["avoidChannels"],
    },
    { name: "something sent to the house, once", body: mail("I sent it to the house yesterday.") },
    {
      name: "bad at a channel only at some times: when, not whether",
      body: mail("I'm terrible at email when I'm busy with a deadline."),
    },
    {
      name: "calls refused only at an hour of the night",
      body: mail("I'm sorry that I can not join telephone calls at midnight my time."),
    },
    {
      name: "messages on my phone, received once",
      body: mail("I got your messages on my phone this morning."),
    },
    // channels in other words
    { name: "a voicemail left", body: mail("I left you a voicemail this morning.") },
    { name: "papers that came by post", body: mail("The house sale papers came by post.") },
    { name: "nothing in the post is news", body: mail("Still nothing in the post.") },
    {
      name: "mail about the house is no channel",
      body: mail("The mail about the house sale was helpful."),
    },
  ],
  heard: [
    // relays
    {
      name: "a lead naming the principal, then 'who asks that…', the principal in To",
      from: PA,
      recipients: [OKAFOR_TO],
      body: pa(
        "Writing on behalf of Dr Okafor, who asks that all correspondence comes by email rather than post.",
      ),
      heard: [{ field: "preferredChannels", value: "email", profile: OKAFOR }],
    },
    {
      name: "'P.A. to Ms Haddad' in the signature, 'she prefers' in the body",
      from: PA,
      recipients: [HADDAD_TO],
      body: pa(
        "Ms Haddad has seen the draft. She prefers email to phone calls.",
        "Jo Bright\nP.A. to Ms Haddad",
      ),
      heard: [{ field: "preferredChannels", value: "email", profile: HADDAD }],
    },
    {
      name: "'just to flag for future' from an assistant who signs for the principal",
      from: PA,
      recipients: [PRIYA_TO],
      body: pa("Just to flag for future: Priya doesn't do calls.", "Jo Bright\nPA to Priya Shah"),
      heard: [{ field: "avoidChannels", value: "phone", profile: PRIYA }],
    },
    {
      name: "the assistant's own standing wish stays the assistant's",
      from: PA,
      recipients: [OKAFOR_TO],
      body: pa(
        "Writing on behalf of Dr Okafor, who is copied. Please don't text me, I never read them.",
      ),
      heard: [{ field: "avoidChannels", value: "sms", profile: "jo.bright@hale-foods.example" }],
    },
    {
      name: "her preference, from her PA",
      from: PA,
      recipients: [HADDAD_TO],
      body: pa("I'm Ms Haddad's PA. Her preference is for email rather than calls."),
      heard: [{ field: "preferredChannels", value: "email", profile: HADDAD }],
    },
    {
      name: "the principal's strong preference, named with a possessive",
      from: PA,
      recipients: [HADDAD_TO],
      body: pa("I'm Ms Haddad's PA. Ms Haddad's strong preference is Teams."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: HADDAD }],
    },
    {
      name: "a later clause of the principal's, the verb after 'no longer' made to agree",
      from: PA,
      recipients: [HADDAD_TO],
      body: pa(
        "I'm Ms Haddad's PA. She has read your note, and she no longer attends hospitality events of any kind.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: HADDAD }],
    },
    {
      name: "a request to leave the principal out of events",
      from: PA,
      recipients: [HADDAD_TO],
      body: pa("I'm Ms Haddad's PA. Please don't include her in the firm's client events."),
      heard: [{ field: "entertainment", value: "avoid", profile: HADDAD }],
    },
    // idioms of disliking and liking
    {
      name: "don't include me in",
      body: mail("Please don't include me in the firm's client events."),
      heard: [{ field: "entertainment", value: "avoid" }],
    },
    {
      name: "does my head in",
      body: mail("Zoom does my head in."),
      heard: [{ field: "avoidChannels", value: "zoom" }],
    },
    {
      name: "a pet hate of mine",
      body: mail("Voicemail is a pet hate of mine."),
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
    {
      name: "nothing beats",
      body: mail("Nothing beats a face-to-face meeting."),
      heard: [{ field: "preferredChannels", value: "in-person" }],
    },
    {
      name: "my strong preference is a platform",
      body: mail("My strong preference is Teams."),
      heard: [{ field: "meetingPlatform", value: "teams" }],
    },
    {
      name: "can't be doing with",
      body: mail("I can't be doing with video calls."),
      heard: [{ field: "avoidChannels", value: "video" }],
    },
    {
      name: "I'd sooner you didn't",
      body: mail("I'd sooner you didn't text me."),
      heard: [{ field: "avoidChannels", value: "sms" }],
    },
    {
      name: "could do without",
      body: mail("I could do without the WhatsApp messages."),
      heard: [{ field: "avoidChannels", value: "whatsapp" }],
    },
    {
      name: "I'm all for a platform",
      body: mail("I'm all for Teams meetings."),
      heard: [{ field: "meetingPlatform", value: "teams" }],
    },
    {
      name: "right up my street, of hospitality",
      body: mail("Golf days are right up my street."),
      heard: [{ field: "entertainment", value: "welcome" }],
    },
    {
      name: "never say no to",
      body: mail("I'd never say no to tickets for the cricket."),
      heard: [{ field: "entertainment", value: "welcome" }],
    },
    {
      name: "a pastime that is not my cup of tea",
      body: mail("Golf is not really my cup of tea."),
      heard: [{ field: "avoidTopics", value: "golf" }],
    },
    {
      name: "not into a pastime",
      body: mail("I'm not really into football, I'm afraid."),
      heard: [{ field: "avoidTopics", value: "football" }],
    },
    {
      name: "can't be doing with a pastime",
      body: mail("I can't be doing with cricket."),
      heard: [{ field: "avoidTopics", value: "cricket" }],
    },
    // complaints put as questions
    {
      name: "why does your office keep ringing my mobile",
      body: mail("Why does your office keep ringing my mobile?"),
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
    {
      name: "how many times do I have to say",
      body: mail("How many times do I have to say I don't use WhatsApp?"),
      heard: [{ field: "avoidChannels", value: "whatsapp" }],
    },
    {
      name: "must every update come as a Zoom",
      body: mail("Must every update come as a Zoom?"),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
    {
      name: "why am I still getting texts",
      body: mail("Why am I still getting texts from your office?"),
      heard: [{ field: "avoidChannels", value: "sms" }],
    },
    {
      name: "is it too much to ask",
      body: mail("Is it too much to ask that you stop texting me?"),
      heard: [{ field: "avoidChannels", value: "sms" }],
    },
    {
      name: "do I really need to say again",
      body: mail("Do I really need to say again that I don't do video calls?"),
      heard: [{ field: "avoidChannels", value: "video" }],
    },
    {
      name: "how often must I ask",
      body: mail("How often must I ask you not to call my mobile?"),
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
    // exceptions
    {
      name: "anything but a platform, mid-sentence",
      body: mail("Happy to meet on anything but Zoom."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
    {
      name: "all fine except a channel",
      body: mail("All fine except phone calls."),
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
    {
      name: "any platform bar one, as a request",
      body: mail("Any platform bar WhatsApp, please."),
      heard: [{ field: "avoidChannels", value: "whatsapp" }],
    },
    // channels in other words
    {
      name: "voicemail is the phone",
      body: mail("Please don't leave voicemails."),
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
    {
      name: "nobody from the firm should phone",
      body: mail("I'd ask that nobody from the firm phone me directly."),
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
    {
      name: "nothing by post, from now on: refused, not wanted",
      body: mail("From now on, nothing by post please."),
      heard: [{ field: "avoidChannels", value: "post" }],
    },
    {
      name: "nothing sent to the house is post",
      body: mail("Please don't send anything to the house."),
      heard: [{ field: "avoidChannels", value: "post" }],
    },
    {
      name: "mail as a verb, to the house",
      body: mail("Please don't mail anything to the house."),
      heard: [{ field: "avoidChannels", value: "post" }],
    },
    {
      name: "messages on my mobile are texts",
      body: mail("I don't read messages on my mobile."),
      heard: [{ field: "avoidChannels", value: "sms" }],
    },
    {
      name: "nothing by letter",
      body: mail("Nothing by letter, please."),
      heard: [{ field: "avoidChannels", value: "post" }],
    },
    {
      name: "mail to the house is post",
      body: mail("Please don't send mail to the house."),
      heard: [{ field: "avoidChannels", value: "post" }],
    },
    {
      name: "no texts to my work phone: texts refused, the phone is where",
      body: mail("No texts to my work phone, please."),
      heard: [{ field: "avoidChannels", value: "sms" }],
    },
  ],
});
