import * as unwantedChannel from "../../../src/core/checks/unwanted-channel";
import { at, DAN, runCheck, runRuleTests } from "./rule-tester";

const EMAIL_AVOIDER = {
  matchKey: "old.school@acme.example",
  fullName: "Pat Old",
  avoidChannels: ["e-mail"],
  preferredChannels: ["post", "phone"],
};
const TEXT_AVOIDER = { matchKey: "quiet@acme.example", avoidChannels: "sms; WhatsApp; signal" };
const VIDEO_AVOIDER = { matchKey: "novideo@acme.example", avoidChannels: ["video"] };

runRuleTests(unwantedChannel, {
  valid: [
    {
      name: "the call option in the contract",
      body: "Hi Megge,\nThe call option in the contract lapses in May.",
    },
    { name: "called and so-called", body: "Hi Megge,\nThe so-called side letter was called off." },
    { name: "a call for papers", body: "Hi Megge,\nThe journal issued a call for papers." },
    { name: "margin call", body: "Hi Megge,\nThe margin call came on Friday." },
    {
      name: "what we call",
      body: "Hi Megge,\nThis is what we call you-know-what. It is what they call a safe harbour.",
    },
    {
      name: "the text you sent",
      body: "Hi Megge,\nThe text you sent reads well. Please send the full text me later? No.",
    },
    {
      name: "a phone number in the signature",
      body: "Hi Megge,\nDraft attached.\n\nBest,\nJo Lawyer\nPhone: +1 555 0100\nM: +1 555 0101",
    },
    {
      name: "past-tense reporting",
      body: "Hi Megge,\nWe spoke by phone yesterday with their counsel.",
    },
    {
      name: "a failed attempt is not an offer",
      body: "Hi Megge,\nOpposing counsel tried to call you on Friday.",
    },
    {
      name: "e-mail and Teams for Megge",
      body: "Hi Megge,\nHappy to discuss by e-mail or on Teams.",
    },
    { name: "Dan likes WhatsApp", to: DAN, body: "Dan, feel free to message me on WhatsApp." },
    {
      name: "WhatsApp messages as evidence",
      to: "quiet@acme.example",
      profiles: [TEXT_AVOIDER],
      body: "The WhatsApp messages were produced in discovery.",
    },
    {
      name: "signal as a word",
      to: "quiet@acme.example",
      profiles: [TEXT_AVOIDER],
      body: "Please signal your consent by signing.",
    },
    {
      name: "a call of no stated kind beside a Teams link is that meeting, not a phone call",
      body: "Hi Megge,\nI've set up a quick call to go through it: https://teams.microsoft.com/l/meetup-join/19%3a1",
    },
    {
      name: "the dial-in lines of a pasted Zoom block are not an offer to phone",
      to: DAN,
      body: "Dan, details below.\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/812345\nMeeting ID: 812 345\nOne tap mobile\n+442039017895,,812345# United Kingdom\nDial by your location\n+44 203 901 7895 United Kingdom",
    },
    {
      name: "the firm's notice asking a wrong recipient to telephone",
      body: "Hi Megge,\nThe pack is attached.\n\nKind regards,\nJo\nThis e-mail is confidential. If you have received it in error, please notify the sender by telephone and delete it.",
    },
    {
      name: "a signature's standing offer",
      to: "quiet@acme.example",
      profiles: [TEXT_AVOIDER],
      body: "Draft attached.\n\nBest regards,\nJo Lawyer\nPartner\nM: +44 7700 900123 (also on WhatsApp)\nBook time with me on Signal",
    },
    {
      name: "quoted history is skipped",
      body: "Noted.\n\nOn Mon, 1 Sep 2026, Sam wrote:\n> I'll give you a call tomorrow.",
    },
  ],
  invalid: [
    {
      name: "proposing a call to Megge",
      body: "Hi Megge,\n\nI'll give you a call tomorrow to walk through it.",
      findings: [
        {
          messageId: "proposal",
          evidence: at(
            "body",
            "Hi Megge,\n\nI'll give you a call tomorrow",
            "I'll give you a call",
          ),
          message: [
            "Megge Anderson (The Coca-Cola Company) asked not to be contacted by phone",
            "They prefer e-mail or Microsoft Teams.",
          ],
        },
      ],
    },
    {
      // Only "buzz" names the channel here: the trigger words must include it.
      name: "give me a buzz",
      body: "Hi Megge,\n\nGive me a buzz when you land.",
      findings: [
        {
          messageId: "proposal",
          evidence: at("body", "Hi Megge,\n\nGive me a buzz", "Give me a buzz"),
        },
      ],
    },
    {
      name: "call me on a number",
      body: "Call me on +1 555 0100 when you can.",
      findings: [
        { messageId: "proposal", evidence: at("body", "Call me on +1 555 0100", "Call me") },
      ],
    },
    {
      name: "hop on a call, ring you, and a subject",
      subject: "Can we hop on a quick call?",
      body: "Or I can ring you this afternoon.",
      findings: [
        {
          messageId: "proposal",
          evidence: at("subject", "Can we hop on a quick call?", "Can we hop on a quick call"),
        },
        { messageId: "proposal", evidence: at("body", "Or I can ring you", "I can ring you") },
      ],
    },
    {
      name: "an offer to talk by phone",
      to: DAN,
      body: "Dan, happy to discuss by phone if easier.",
      findings: [
        {
          messageId: "proposal",
          evidence: at("body", "Dan, happy to discuss by phone", "happy to discuss by phone"),
        },
      ],
    },
    {
      name: "texts, WhatsApp and Signal",
      to: "quiet@acme.example",
      profiles: [TEXT_AVOIDER],
      body: "Text me when you land. Or we could talk on WhatsApp. Feel free to reach me on Signal.",
      findings: [
        {
          messageId: "proposal",
          evidence: at("body", "Text me", "Text me"),
          message: ["by text message"],
        },
        {
          messageId: "proposal",
          evidence: at(
            "body",
            "Text me when you land. Or we could talk on WhatsApp",
            "we could talk on WhatsApp",
          ),
          message: ["WhatsApp", "Suggest another way"],
        },
        {
          messageId: "proposal",
          evidence: at(
            "body",
            "Text me when you land. Or we could talk on WhatsApp. Feel free to reach me on Signal",
            "Feel free to reach me on Signal",
          ),
        },
      ],
    },
    {
      name: "an offer to phone beside a Zoom link for another meeting stays a phone call",
      body: "Hi Megge,\nI'll give you a call tomorrow. For Friday: https://zoom.us/j/812",
      findings: [
        {
          messageId: "proposal",
          evidence: at(
            "body",
            "Hi Megge,\nI'll give you a call tomorrow. For Friday: https://zoom.us/j/812",
            "I'll give you a call",
          ),
        },
      ],
    },
    {
      name: "a meeting link to someone who avoids video",
      to: "novideo@acme.example",
      profiles: [VIDEO_AVOIDER],
      html: '<p>Join <a href="https://teams.microsoft.com/l/meetup-join/abc">here</a>.</p>',
      findings: [
        {
          messageId: "proposal",
          evidence: { field: "body", text: "here", start: 5, end: 9 },
          message: ["video calls"],
        },
      ],
    },
    {
      name: "a client who avoids e-mail itself",
      to: "old.school@acme.example",
      profiles: [EMAIL_AVOIDER],
      body: "Dear Pat, the letter is attached.",
      findings: [
        {
          messageId: "email",
          severity: "info",
          message: ["Pat Old asked not to be contacted by e-mail", "(post, phone)"],
        },
      ],
    },
  ],
});

/**
 * Proposals as people write them, UK and US, for every channel, and the senses, reports and
 * other people's doings that must stay silent. Written for this table (not taken from any
 * corpus); each row is one sentence to a client who avoids every channel but e-mail.
 */
const AVOIDS_ALL = {
  matchKey: "rowan@quietco.example",
  fullName: "Rowan Quiet",
  avoidChannels: ["phone", "sms", "whatsapp", "signal", "post", "in-person", "video"],
  preferredChannels: ["email"],
};
const NO_EMAIL = {
  matchKey: "ink@oldco.example",
  fullName: "Ink Old",
  avoidChannels: ["email"],
  preferredChannels: ["post"],
};

function proposalsIn(body: string, to = AVOIDS_ALL) {
  return runCheck(unwantedChannel, {
    to: to.matchKey,
    profiles: [to],
    body: `Dear Rowan,\n\n${body}\n\nKind regards,\nJo`,
  }).filter((f) => f.messageId === "proposal");
}

const CHANNEL_WORDS: Readonly<Record<string, string>> = {
  phone: "by phone",
  sms: "by text message",
  whatsapp: "by WhatsApp",
  signal: "by Signal",
  post: "by post",
  "in-person": "by in-person meetings",
  video: "by video calls",
  email: "by e-mail",
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("unwanted-channel hears proposals however they are put", () => {
  const offers: [string, keyof typeof CHANNEL_WORDS, string][] = [
    // phone, UK and US
    ["We should speak by phone before the hearing.", "phone", "by phone"],
    ["I'll ring you this afternoon.", "phone", "ring you"],
    ["Give me a shout if anything is unclear.", "phone", "Give me a shout"],
    ["Let's jump on a call tomorrow morning.", "phone", "a call"],
    ["Feel free to buzz my mobile if that is easier.", "phone", "buzz my mobile"],
    ["Can I give you a quick ring after lunch?", "phone", "give you a quick ring"],
    ["What's the best number to get you on this weekend?", "phone", "best number"],
    ["Send me a good number and I'll try you later.", "phone", "Send me a good number"],
    ["I'll try you again tomorrow.", "phone", "try you"],
    ["Could you call me when you land?", "phone", "call me"],
    ["Happy to talk it through over the phone.", "phone", "over the phone"],
    ["Do you have ten minutes for a call on Friday?", "phone", "a call"],
    ["Shall I phone you after the board meeting?", "phone", "phone you"],
    ["Is there a good time to call you tomorrow?", "phone", "call you"],
    ["I'm free from 3pm if you want to give me a call.", "phone", "give me a call"],
    ["My colleague Priya will call you to arrange the signing.", "phone", "call you"],
    ["Please ring me on 020 7946 0000.", "phone", "ring me"],
    ["Call me on my cell when you get a chance.", "phone", "Call me"],
    ["I'll give you a buzz Monday.", "phone", "give you a buzz"],
    ["Can we set up a call for Tuesday?", "phone", "a call"],
    ["Are you free for a quick call later today?", "phone", "a quick call"],
    ["I'd like to schedule a call with you to discuss the term sheet.", "phone", "a call"],
    ["A short call would be the quickest way to settle this.", "phone", "A short call"],
    ["Once you have read it, give me a bell.", "phone", "give me a bell"],
    ["Reach me on +44 7700 900123 any time.", "phone", "Reach me on"],
    ["Quick call tomorrow at 10?", "phone", "Quick call"],
    ["If easier, I can call your assistant to fix a time.", "phone", "call your assistant"],
    ["Would it be easier to discuss this over the phone?", "phone", "over the phone"],
    ["Can we have a quick chat on the phone tomorrow?", "phone", "on the phone"],
    ["I'll call you first thing.", "phone", "call you"],
    ["Let me give you a call after the meeting.", "phone", "give you a call"],
    ["Call me back when you're free.", "phone", "Call me"],
    ["Happy to jump on the phone if that's easier.", "phone", "on the phone"],
    ["If you want to discuss, call me on 07700 900123.", "phone", "call me"],
    ["I will telephone you on Monday.", "phone", "telephone you"],
    ["Could we schedule a 30-minute call next week?", "phone", "30-minute call"],
    ["I'll set up a conference call with the auditors and you.", "phone", "conference call"],
    ["Speak on the phone tomorrow?", "phone", "on the phone"],
    ["Fancy a quick call later?", "phone", "a quick call"],
    ["Let me know a good time to call.", "phone", "a good time to call"],
    ["Could you ring the office to confirm?", "phone", "ring the office"],
    ["Give me a holler when you're back.", "phone", "Give me a holler"],
    ["Can you dial in at 10?", "phone", "dial in"],
    ["Please dial into the call at 3pm.", "phone", "dial into"],
    ["I'll send the dial-in details shortly.", "phone", "dial-in details"],
    ["I'll be calling you later today.", "phone", "calling you"],
    ["Feel free to ring if anything comes up.", "phone", "ring"],
    ["I can talk you through it on a call.", "phone", "on a call"],
    ["Perhaps we could discuss by telephone?", "phone", "by telephone"],
    ["Could you let me have your mobile number?", "phone", "your mobile number"],
    ["Best to speak on the phone about this.", "phone", "on the phone"],
    ["I'd welcome a call with you before Friday.", "phone", "a call"],
    ["I'll reach out by phone tomorrow.", "phone", "by phone"],
    ["Happy to set up a call with you and your CFO.", "phone", "a call"],
    ["Can you give me a call back?", "phone", "give me a call"],
    ["Let's connect by phone this week.", "phone", "by phone"],
    ["Could you give our office a ring?", "phone", "give our office a ring"],
    ["A quick phone call would help.", "phone", "phone call"],
    // sms
    ["Pop me a text when you're out of court.", "sms", "Pop me a text"],
    ["Please text me the OTP.", "sms", "text me"],
    ["Just message me on my mobile.", "sms", "message me on my mobile"],
    ["A text is fine.", "sms", "A text"],
    ["Can you text me the code?", "sms", "text me"],
    ["Text me if the train is late.", "sms", "Text me"],
    ["I'll send you a text with the door code.", "sms", "send you a text"],
    ["Drop me an SMS when you land.", "sms", "Drop me an SMS"],
    ["Feel free to let me know by text.", "sms", "by text"],
    // whatsapp
    ["WhatsApp me the photos when you can.", "whatsapp", "WhatsApp me"],
    ["We can carry on over WhatsApp if that helps.", "whatsapp", "over WhatsApp"],
    ["I'll add you to a WhatsApp group for the closing.", "whatsapp", "a WhatsApp group"],
    ["Ping me on WhatsApp.", "whatsapp", "on WhatsApp"],
    ["Shall we move this to WhatsApp?", "whatsapp", "move this to WhatsApp"],
    ["Shall I set up a WhatsApp call?", "whatsapp", "a WhatsApp call"],
    ["I'll reach out to you on WhatsApp.", "whatsapp", "on WhatsApp"],
    ["I'll WhatsApp you the details.", "whatsapp", "WhatsApp you"],
    ["We can WhatsApp tomorrow.", "whatsapp", "WhatsApp"],
    ["Drop me a WhatsApp when you're free.", "whatsapp", "Drop me a WhatsApp"],
    // signal
    ["Message me on Signal if you prefer.", "signal", "on Signal"],
    ["Let's take this over to Signal.", "signal", "to Signal"],
    // post
    ["Could you post the signed originals to us?", "post", "post the signed originals"],
    ["I'll put the deeds in the post tonight.", "post", "in the post"],
    ["We'll send the bundle by courier.", "post", "by courier"],
    ["Please send the hard copies by first-class post.", "post", "by first-class post"],
    [
      "I'll courier the share certificates to your office.",
      "post",
      "courier the share certificates",
    ],
    ["Can you mail me the original certificate?", "post", "mail me the original"],
    ["I'll FedEx the signature pages to you.", "post", "FedEx the signature pages"],
    ["We will send you a letter confirming the position.", "post", "send you a letter"],
    ["Please return the signed copy by recorded delivery.", "post", "by recorded delivery"],
    ["I'll pop the originals in the post.", "post", "in the post"],
    ["The originals will be posted to you tomorrow.", "post", "will be posted to you"],
    ["I'll get the deeds couriered over to you.", "post", "couriered over to you"],
    ["Please post it back to us in the enclosed envelope.", "post", "post it"],
    ["Can you send the signed copy by Royal Mail?", "post", "by Royal Mail"],
    ["We'll send a courier to collect the documents.", "post", "a courier"],
    ["The original can follow by DX.", "post", "by DX"],
    ["Send it over by FedEx.", "post", "by FedEx"],
    ["We'll messenger the documents over.", "post", "messenger the documents"],
    ["I'll overnight the originals to you.", "post", "overnight the originals"],
    ["Can you mail the original back to us?", "post", "mail the original"],
    ["Please return the signed copy in the pre-paid envelope.", "post", "pre-paid envelope"],
    ["Use the enclosed SAE for the counterpart.", "post", "enclosed SAE"],
    // a chat of no stated kind is a call, unless the draft has an online meeting
    ["Are you about for a natter this afternoon?", "phone", "a natter"],
    ["Free for a quick chat later?", "phone", "a quick chat"],
    ["Let me know when you're free to chat live.", "phone", "chat live"],
    ["I'm on 07700 900123 all afternoon.", "phone", "I'm on"],
    ["DM me on Signal.", "signal", "on Signal"],
    // in person
    ["Shall we meet in person next week?", "in-person", "in person"],
    ["Would you like to come into the office on Tuesday?", "in-person", "come into the office"],
    ["I'm happy to pop over to yours on Friday.", "in-person", "pop over to yours"],
    ["Do drop by our offices when you're next in town.", "in-person", "drop by our offices"],
    ["Let's meet face to face before signing.", "in-person", "face to face"],
    ["I could come to your office on Friday.", "in-person", "come to your office"],
    ["Can we meet at your offices in Leeds?", "in-person", "meet at your offices"],
    ["I'd be glad to visit you at the factory.", "in-person", "visit you"],
    ["Come and see us when you are in London.", "in-person", "Come and see us"],
    ["It would be good to meet in person.", "in-person", "in person"],
    ["Would you be free to meet at our offices on Monday?", "in-person", "meet at our offices"],
    ["We could have the meeting here at our office.", "in-person", "meeting here at our office"],
    ["Let's grab a coffee next week.", "in-person", "grab a coffee"],
    ["I'll swing by tomorrow.", "in-person", "swing by tomorrow"],
    ["Can you come in on Thursday?", "in-person", "come in on Thursday"],
    ["See you at the office on Tuesday.", "in-person", "See you at the office"],
    [
      "I'd suggest we sit down together at your office.",
      "in-person",
      "sit down together at your office",
    ],
    ["Happy to come to you.", "in-person", "come to you"],
    ["I'm happy to come up to Leeds on Tuesday.", "in-person", "come up to Leeds"],
    ["I'd prefer to do this face-to-face.", "in-person", "face-to-face"],
    [
      "I'll bring the documents to your office on Monday.",
      "in-person",
      "bring the documents to your office",
    ],
    ["Shall I pop over to sign the documents?", "in-person", "pop over to sign"],
    ["Could you come in to sign the will?", "in-person", "come in to sign"],
    ["I'm in the office on Tuesday if you want to drop by.", "in-person", "drop by"],
    ["We'd like to walk the site with you next week.", "in-person", "walk the site with you"],
    // video and platforms (video avoider)
    ["Shall we do a quick Teams tomorrow?", "video", "a quick Teams"],
    ["Happy to hop on Zoom at 4.", "video", "on Zoom"],
    ["I'll send a Meet link.", "video", "a Meet link"],
    ["Let's use Webex for the board call.", "video", "Webex"],
    ["Could we move this to Google Meet?", "video", "Google Meet"],
    ["I'll set up a Zoom for 3pm.", "video", "a Zoom"],
    ["Zoom call at 4?", "video", "Zoom call"],
    ["Would a video call work for you?", "video", "video call"],
    ["We could do this by video link.", "video", "by video link"],
    ["Shall we Zoom on Friday?", "video", "Zoom"],
    ["Let's Zoom tomorrow at 10.", "video", "Zoom"],
    ["Zoom ok for tomorrow at 9?", "video", "Zoom ok"],
    ["Would a Zoom-call on Friday suit?", "video", "Zoom-call"],
    ["Will ring you Mon am re the bunkers.", "phone", "ring you"],
    ["Let’s Zoom tomorrow at 10.", "video", "Zoom"],
    ["We can use our usual Zoom.", "video", "Zoom"],
    ["Can you do a quick zoom at 4?", "video", "zoom"],
    ["I'll send you an invite for Teams.", "video", "Teams"],
    ["The Zoom link is below.", "video", "Zoom link"],
    ["Can we FaceTime later?", "video", "FaceTime"],
    ["Join via Teams at 3.", "video", "via Teams"],
    ["Fancy a quick Hangout tomorrow?", "video", "a quick Hangout"],
    ["Grab a slot using the Teams booking link below.", "video", "Teams booking link"],
    ["Platform: Zoom (https://zoom.us/j/123)", "video", "Platform: Zoom"],
    ["Can we connect on Zoom Thursday?", "video", "on Zoom"],
    ["I'll circulate a Zoom invite.", "video", "Zoom invite"],
    ["I'll send over a calendar invite with a Teams link.", "video", "Teams link"],
    ["Let's hop on a video call.", "video", "video call"],
    // the hypothetical past of a proposal: "would it help if I rang you"
    ["Would it help if I rang you this evening?", "phone", "if I rang you"],
    ["What if we spoke by phone on Friday?", "phone", "if we spoke by phone"],
    ["Would you mind if I texted you the figures?", "sms", "if I texted you"],
    ["It might be easier if I popped round with the deeds.", "in-person", "if I popped round"],
    [
      "Would it be simpler if I put the originals in the post?",
      "post",
      "if I put the originals in the post",
    ],
    ["Would it be easier if we had a quick video call?", "video", "if we had a quick video call"],
    // spoken messages, numbers offered, the client invited to act, the easiest thing
    ["Feel free to send me a voice note.", "phone", "send me a voice note"],
    ["I'll leave you a voice message tonight.", "phone", "leave you a voice message"],
    ["I'm best reached on my mobile this week.", "phone", "best reached on my mobile"],
    ["If you send me a WhatsApp, I'll see it on the train.", "whatsapp", "WhatsApp"],
    ["The easiest thing would be a phone call.", "phone", "phone call"],
    ["I'll bike the engrossments over this afternoon.", "post", "bike the engrossments"],
    ["Expect a call from me around four.", "phone", "a call"],
    // the verb alone, with when: days in full or short, parts of a day or week, the weekend
    ["Can I call on Monday to go through it?", "phone", "call"],
    ["I'll ring on Tuesday.", "phone", "ring"],
    ["Could we FaceTime on Sunday afternoon?", "video", "FaceTime"],
    ["Could we FaceTime one evening this week?", "video", "FaceTime"],
    ["Happy to phone next Thursday if that suits.", "phone", "phone"],
    ["I'll call Wednesday after the hearing.", "phone", "call"],
    ["We could WhatsApp over the weekend if anything moves.", "whatsapp", "WhatsApp"],
    ["I'll text at 10.30 with the figures.", "sms", "text"],
    ["Shall I call early next week once I have their reply?", "phone", "call"],
    ["We'll need you to come in and sign in front of a witness.", "in-person", "come in and sign"],
    [
      "Could you drop the signed forms round to our office?",
      "in-person",
      "drop the signed forms round to our office",
    ],
  ];
  it.each(offers)("%s", (sentence, channel, snippet) => {
    const found = proposalsIn(sentence);
    const words = CHANNEL_WORDS[channel]!;
    const heard = found.map(
      (f) =>
        `${f.evidence?.text} (${f.message.includes(`contacted ${words}`) ? channel : "other"})`,
    );
    expect(heard).toContainEqual(
      expect.stringMatching(new RegExp(`${escape(snippet)}.*\\(${channel}\\)$`)),
    );
  });

  it.each([
    ["Email me the draft.", "Email me"],
    ["I'll send it by e-mail tonight.", "by e-mail"],
    ["Drop me an e-mail when it is signed.", "Drop me an e-mail"],
  ])("to a client who avoids e-mail: %s", (sentence, snippet) => {
    const found = proposalsIn(sentence, NO_EMAIL);
    expect(found.map((f) => f.evidence?.text)).toEqual([expect.stringContaining(snippet)]);
  });
});

describe("unwanted-channel stays silent on what is not a proposal", () => {
  const silent: string[] = [
    "Was Zoom ok for you last week?",
    "Zoom in on clause 4 of the plan.",
    "Give the chart a zoom in to see the detail.",
    "The text on Monday was agreed between counsel.",
    "We discussed the call on Tuesday and agreed the next steps.",
    // reports of the past
    "We spoke by phone on Monday.",
    "As discussed on the call this morning, I attach the draft.",
    "I tried to ring you earlier.",
    "Thanks for your call yesterday.",
    "I left you a voicemail on Friday.",
    "We met in person last month.",
    "Thanks for the Teams call yesterday.",
    "We met on Zoom last week to agree the timetable.",
    "She sent a text message to the supplier on 3 May.",
    "He admitted using WhatsApp to discuss prices.",
    "Did you get my text?",
    // other senses of the words
    "The call option may be exercised in March.",
    "The margin call was met on time.",
    "The fund issued a capital call on 1 May.",
    "It's your call whether to settle.",
    "That was a close call.",
    "The phone records show three calls that evening.",
    "Please keep the phone logs.",
    "What we call the side letter is attached.",
    "Call me old-fashioned, but I prefer a signed copy.",
    "Ring-fencing the assets is essential.",
    "The call centre staff gave evidence.",
    "Our telephone number has changed.",
    "The text of clause 4.2 is attached.",
    "Please review the text we agreed.",
    "I'll send you the full text of the judgment.",
    "The WhatsApp messages between the directors are disclosable.",
    "A clear signal to the market would help.",
    "Post-completion, the buyer will file the forms.",
    "I'll keep you posted.",
    "We'll post an update in the data room.",
    "She holds the post of company secretary.",
    "Let's zoom in on clause 4.",
    "Both teams worked late.",
    "Zoom's share price fell 10% on the news.",
    "Microsoft Azure hosts the data room.",
    "We will meet the deadline.",
    "Please see the video evidence at tab 4.",
    // someone else, or not at all
    "The regulator may call us next week.",
    "They want a call on Thursday.",
    "The agencies will call us with questions.",
    "There is no need to call me back.",
    "Rather than calling, I've set out our position below.",
    "I'm on a call until 3pm.",
    "If you receive a call from the press, please do not comment.",
    "The notice must be served by post under clause 12.",
    "I'll post the forms to HMRC.",
    "The hearing will be in person at the Rolls Building.",
    "The witness must attend in person.",
    "Since you'd rather not meet in person, I've kept this in writing.",
    "Opposing counsel called this morning.",
    "The judge may call a further hearing.",
    "We have a call with the sellers' counsel at 3pm.",
    "The claimant gave evidence in person at trial.",
    "Service was effected by post on 3 March.",
    "We received your letter by post this morning.",
    "The court will send the sealed order by post.",
    "Clause 14 requires notices to be given by hand or by recorded delivery.",
    "It was a call I had to make.",
    "There will be a call for evidence in the spring.",
    "The bank made a call on the guarantee last week.",
    "Please find attached a text showing the agreed changes.",
    "He called me on Friday to complain.",
    "I've been trying to call you all morning.",
    "The post-hearing submissions are due on Friday.",
    "I spoke to their counsel on the phone and he agreed.",
    "The Zoom recording of the hearing is available.",
    "Their deal team has flagged two issues.",
    "The directors met face to face in Geneva last year.",
    "The buyer wants to meet in person, but I have said you prefer not to.",
    "I won't call you; let's keep this in writing.",
    "No need to come into the office for the signing.",
    "Please do not post the originals; a PDF is fine.",
    "The arbitrator may call witnesses at the hearing.",
    "Could you confirm whether the agent called you?",
    "The statement refers to a WhatsApp group the directors used.",
    "Did the buyer's solicitors send you a text?",
    "We should post the completion statement on the portal.",
    "I was on the phone with the registry for an hour.",
    "Counsel will call the expert to give evidence.",
    "The meeting at our offices last Tuesday was productive.",
    "Calls to our switchboard are recorded for training purposes.",
    "You may receive a letter from HMRC in the coming weeks.",
    "Please call the registry to confirm the hearing date.",
    "How might I configure my laptop to dial in to a freebie ISP?",
    "I can ping the server I dial into but can't get further.",
    "It will be in person at the Royal Courts of Justice.",
    "The notice must be served by post under the lease.",
    "We had a chat with the regulator yesterday.",
    "I'd like to have a word of caution about the deadline.",
    "The chat function on the portal is disabled.",
    "Their site visit last week went well.",
    "As you know, the regulator phoned us on Monday.",
    "The witness was seen on CCTV video.",
    "He will post bail.",
    "The company will post its results in March.",
    "The call went to voicemail.",
    "We exchanged texts with the agent.",
    "Microsoft Teams is down today.",
    "Our offices will be closed over Christmas.",
    "The buyer will take the keys to your office manager.",
    "Revenues dropped by 4% in the quarter.",
    "If I rang you last week, it was about the other matter.",
    "When I called you on Monday you were in court.",
    "The voice note he left is in the bundle at tab 9.",
    "If you receive a text from the agent, ignore it.",
    "The easiest route was the motorway.",
    "Their witness said he would bike to the office.",
    "Expect delays at the Land Registry.",
    "The buyer will drop the keys round to the agent.",
  ];
  it.each(silent)("%s", (sentence) => {
    expect(proposalsIn(sentence).map((f) => f.evidence?.text)).toEqual([]);
  });

  // Round 42's review: a video session, appointment or consultation that is not the client's
  // meeting with the firm (a camera's recording, the court's or the experts', the client's own
  // customers', a studio's). Main is silent; reading these nouns as a video call was withdrawn
  // because it warned on them (docs/checks.md round 42).
  const otherVideoSessions: string[] = [
    "Please start a video session on the dashcam app and record the damage to the car.",
    "We should ask the court to hold a video session for the expert, who is in Singapore. You will attend in person in any event.",
    "Please ask your GP for a video appointment so the records are up to date before the medical examination.",
    "I will arrange a video consultation between our expert and the other side's expert. You need not attend.",
    "You could offer your customers a video consultation as a goodwill gesture; that may reduce the complaints.",
    "We can book a video session with the editing studio to finalise the exhibit clips. I will handle that with them directly.",
  ];
  it.each(otherVideoSessions)("to a client who avoids video: %s", (sentence) => {
    const videoOnly = { ...AVOIDS_ALL, avoidChannels: ["video"] };
    expect(proposalsIn(sentence, videoOnly).map((f) => f.evidence?.text)).toEqual([]);
  });

  it("a platform's call on a named day is not a phone call to a client who meets on it", () => {
    const teamsNotPhone = {
      matchKey: "kit@teamsco.example",
      fullName: "Kit Teams",
      avoidChannels: ["phone"],
      preferredChannels: ["teams"],
    };
    const sentence = "Let's have a quick Teams call on Thursday to agree the letter.";
    expect(proposalsIn(sentence, teamsNotPhone)).toEqual([]);
    // The same day with the verb alone is still a phone call.
    expect(proposalsIn("Shall I call on Thursday to agree the letter?", teamsNotPhone)).toEqual([
      expect.objectContaining({
        evidence: expect.objectContaining({ text: expect.stringContaining("call") }),
      }),
    ]);
  });
});

describe("unwanted-channel: one sentence, one meeting", () => {
  it("a chat proposed where the client is met in person is that meeting, not also a call", () => {
    const found = proposalsIn("Could we have a quick chat when I come to your office on Monday?");
    expect(found.map((f) => f.evidence?.text)).toEqual([
      expect.stringContaining("come to your office"),
    ]);
  });
  it("a chat in its own sentence is still a call", () => {
    const found = proposalsIn("Could we have a quick chat first? Then I can come to your office.");
    expect(found.map((f) => f.evidence?.text)).toEqual([
      expect.stringContaining("a quick chat"),
      expect.stringContaining("come to your office"),
    ]);
  });
});

// Round 15: a kind of an avoided channel that the client asked for instead is not the avoided
// one (a courier is not the post, a message on WhatsApp is not a text, a Teams chat is not a
// video call), decided by the profile's own preferredChannels. Profiles invented here.
const client = (avoidChannels: string[], preferredChannels: string[]) => ({
  matchKey: "client@kinds.example",
  avoidChannels,
  preferredChannels,
});
const kindCase = (avoid: string[], prefer: string[], body: string) => ({
  name: `avoids ${avoid.join("+")}, prefers ${prefer.join("+") || "nothing"}: ${body}`,
  to: "client@kinds.example",
  profiles: [client(avoid, prefer)],
  body,
});
const flaggedKind = (avoid: string[], prefer: string[], body: string, text: string) => ({
  ...kindCase(avoid, prefer, body),
  findings: [{ messageId: "proposal", evidence: at("body", body, text) }],
});
runRuleTests(unwantedChannel, {
  valid: [
    kindCase(["post"], ["courier"], "I will send the originals to you by courier tomorrow."),
    kindCase(["post"], ["courier"], "I'll FedEx it over to you tomorrow."),
    kindCase(["post"], ["courier"], "I'll courier the deeds to you tomorrow."),
    kindCase(["sms"], ["whatsapp"], "Just text me on WhatsApp when you land."),
    kindCase(["video"], ["teams"], "Ping me on Teams chat tomorrow."),
  ],
  invalid: [
    // The avoided channel itself, still.
    flaggedKind(
      ["post"],
      ["courier"],
      "I'll post the deeds to you tomorrow.",
      "I'll post the deeds",
    ),
    flaggedKind(["sms"], ["whatsapp"], "Just text me when you land.", "text me"),
    flaggedKind(
      ["video"],
      ["teams"],
      "I'll send a Teams meeting link for tomorrow.",
      "I'll send a Teams meeting link",
    ),
    // The kind, for a client who did not ask for it.
    flaggedKind(["post"], [], "I'll courier the deeds to you tomorrow.", "I'll courier the deeds"),
    flaggedKind(
      ["post"],
      ["email"],
      "I'll courier the deeds to you tomorrow.",
      "I'll courier the deeds",
    ),
    flaggedKind(["sms"], [], "Just text me on WhatsApp when you land.", "text me"),
    flaggedKind(["video"], ["phone"], "Ping me on Teams chat tomorrow.", "Teams chat"),
  ],
});

// Round 25: the object of "move … to <channel>" is any determiner before a word for the exchange
// itself, not only "the"; a report of a move made, or a move of something that is not the
// exchange, proposes nothing.
describe("unwanted-channel: moving the exchange to another channel", () => {
  it.each([
    ["Could we move this chat over to WhatsApp?", "whatsapp", "move this chat over to WhatsApp"],
    [
      "Happy to shift our discussion to Signal if easier.",
      "signal",
      "shift our discussion to Signal",
    ],
    [
      "Shall we switch these threads to WhatsApp for the closing?",
      "whatsapp",
      "switch these threads to WhatsApp",
    ],
  ])("%s", (sentence, channel, snippet) => {
    const words = CHANNEL_WORDS[channel]!;
    expect(
      proposalsIn(sentence).map(
        (f) =>
          `${f.evidence?.text} (${f.message.includes(`contacted ${words}`) ? channel : "other"})`,
      ),
    ).toContainEqual(expect.stringMatching(new RegExp(`${escape(snippet)}.*\\(${channel}\\)$`)));
  });
  it.each([
    "Last year they moved that conversation to WhatsApp without telling us.",
    "Please move this thread to the archive folder once the deal closes.",
  ])("stays silent: %s", (sentence) => {
    expect(proposalsIn(sentence).map((f) => f.evidence?.text)).toEqual([]);
  });
});

// Round 31 (analysis-h30 C1): the notes grant an avoided channel to one person, by name.
describe("unwanted-channel round 31: a channel the notes allow one named person", () => {
  const client = (notes: string) => ({
    matchKey: "@round31vets.example",
    clientName: "Round 31 Vets",
    avoidChannels: ["phone"],
    notes,
    lastConfirmed: "2026-09-01",
  });
  const found = (notes: string, recipient: { address: string; name?: string }, body: string) =>
    runCheck(unwantedChannel, {
      recipients: [{ ...recipient, kind: "to" }],
      profiles: [client(notes)],
      body,
    }).map((f) => f.messageId);
  const GRANT =
    "No calls to the partners. Exception the chair asked for: ringing his assistant, Maeve Doyle, to fix dates is fine.";
  const CALL = "I'll give you a ring this afternoon to fix a date for the inspection.";

  it.each([
    [GRANT, { address: "maeve.doyle@round31vets.example", name: "Maeve Doyle" }],
    // Named by the address alone (no display name): its local part.
    [GRANT, { address: "maeve.doyle@round31vets.example" }],
    [
      "Never phone anyone there except Maeve Doyle in the diary team.",
      { address: "maeve.doyle@round31vets.example", name: "Maeve Doyle" },
    ],
    [
      "We may ring Maeve Doyle about dates.",
      { address: "maeve.doyle@round31vets.example", name: "Maeve Doyle" },
    ],
  ])("stays silent for the person the notes name: %j", (notes, recipient) => {
    expect(found(notes, recipient, CALL)).toEqual([]);
  });

  it.each([
    // Someone else at the client; the notes' permission is hers only.
    [GRANT, { address: "colm.byrne@round31vets.example", name: "Colm Byrne" }],
    // Her given name alone, or a notes sentence that refuses.
    [
      "Maeve handles the diary; calls to her are fine.",
      { address: "maeve.doyle@round31vets.example", name: "Maeve Doyle" },
    ],
    [
      "Do not ring Maeve Doyle either: she sits in the open-plan clinic.",
      { address: "maeve.doyle@round31vets.example", name: "Maeve Doyle" },
    ],
    // "may" without the act: a fact about calls, no grant.
    [
      "Calls to Maeve Doyle may be recorded for training.",
      { address: "maeve.doyle@round31vets.example", name: "Maeve Doyle" },
    ],
    // The notes grant another channel to her.
    [
      "Texting Maeve Doyle about dates is fine.",
      { address: "maeve.doyle@round31vets.example", name: "Maeve Doyle" },
    ],
  ])("still reports the call: %j", (notes, recipient) => {
    expect(found(notes, recipient, CALL)).toEqual(["proposal"]);
  });
});

// Round 31 (analysis-h30 D1): paper sent to the client's own premises, named by their kind.
describe("unwanted-channel round 31: post to the client's own premises", () => {
  const club = {
    matchKey: "@round31club.example",
    clientName: "Round 31 Rowing Club",
    avoidChannels: ["post"],
    lastConfirmed: "2026-09-01",
  };
  const found = (body: string) =>
    runCheck(unwantedChannel, {
      to: "secretary@round31club.example",
      profiles: [club],
      body,
    }).map((f) => f.messageId);
  it.each([
    "We will mail the engrossed copies to the clubhouse on Friday.",
    "I'll post the signed counterparts to the premises.",
    "We will mail the title deeds to the surgery next week.",
  ])("reports the post: %s", (body) => {
    expect(found(body)).toEqual(["proposal"]);
  });
  it.each([
    "We will post the application to the office of the Registrar today.",
    "We will post the reply to the court registry.",
    "I'll post the forms to the council's premises team.",
  ])("stays silent: %s", (body) => {
    expect(found(body)).toEqual([]);
  });
});
