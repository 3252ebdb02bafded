/**
 * Round 46 (listen-46s, docs/listen.md "Round 46: listen-46s"): a refusal's reach ends where a new
 * clause, after a bare comma, praises a way of getting in touch ("Please don't send us anything by
 * post, email or a call is much better for all of us here", lh40): the praised ways are wanted, not
 * refused. The table was written before the code. Rows marked "main:" are read the other way round
 * on main; the look-alikes (a list inside the refusal that ends the sentence, a clause about
 * something else, praise for another person, one occasion or subject, a question, a comparison,
 * "worse") keep main's reading, each checked equal on main with scripts/learn/review-compare.ts.
 */
import { runListenTests, type Heard } from "./listen-tester";

const ANA = "ana@client.example";
const US = "@client.example";
const letter = (text: string) => ({
  name: text,
  from: `Ana <${ANA}>`,
  body: `Dear Tom,\n\n${text}\n\nBest wishes,\nAna`,
});
const at = (text: string, heard: Heard[]) => ({ ...letter(text), heard });
const h = (field: Heard["field"], value: string, profile = ANA): Heard => ({
  field,
  value,
  profile,
});

runListenTests("round 46: a refusal's reach ends where a new clause praises another way", {
  silent: [
    letter("Don't ring me, is email better for you?"),
    letter("Please don't ring me tomorrow, email is better."),
    letter("She doesn't do video, a phone call is better for her."),
    letter("Please don't forward this by email, a call would be better on this one."),
    letter("The other side doesn't do video, a phone call is better for them."),
    letter("Don't email the draft, a call would be better to discuss it."),
    letter("Please don't post the originals, email or courier is best for the deeds."),
    letter("Please don't send anything by post, email is fine for now."),
    letter("My sister doesn't want calls, email is better for her."),
  ],
  heard: [
    // main: avoidChannels=post (@client.example); avoidChannels=email (@client.example); avoidChannels=phone (@client.example)
    at(
      "Please don't send us anything by post, email or a call is much better for all of us here.",
      [
        h("avoidChannels", "post", US),
        h("preferredChannels", "email", US),
        h("preferredChannels", "phone", US),
      ],
    ),
    // main: avoidChannels=video (@client.example); avoidChannels=phone (@client.example)
    at("We don't do video, a phone call is better for us.", [
      h("avoidChannels", "video", US),
      h("preferredChannels", "phone", US),
    ]),
    // main: avoidChannels=phone (ana@client.example)
    at("Please don't ring me, WhatsApp or email works best.", [
      h("avoidChannels", "phone"),
      h("preferredChannels", "whatsapp"),
      h("preferredChannels", "email"),
    ]),
    at("Don't text me, a call is much easier.", [
      h("avoidChannels", "sms"),
      h("preferredChannels", "phone"),
    ]),
    at("Please stop sending letters by post, email is far quicker for me.", [
      h("avoidChannels", "post"),
      h("preferredChannels", "email"),
    ]),
    // main: avoidChannels=phone (@client.example)
    at("No calls please, email or text is fine for us.", [
      h("avoidChannels", "phone", US),
      h("preferredChannels", "email", US),
      h("preferredChannels", "sms", US),
    ]),
    // main: avoidChannels=phone (ana@client.example); avoidChannels=email (ana@client.example)
    at("I'd rather you didn't phone, email suits me better.", [
      h("avoidChannels", "phone"),
      h("preferredChannels", "email"),
    ]),
    // main: avoidChannels=whatsapp (ana@client.example); avoidChannels=signal (ana@client.example)
    at("Please don't use WhatsApp, Signal would be preferable.", [
      h("avoidChannels", "whatsapp"),
      h("preferredChannels", "signal"),
    ]),
    // main: avoidChannels=video (@client.example); avoidChannels=phone (@client.example)
    at("We don't do video calls, a phone call works better for us.", [
      h("avoidChannels", "video", US),
      h("preferredChannels", "phone", US),
    ]),
    at("Please stop texting me, email or a call is much better.", [
      h("avoidChannels", "sms"),
      h("preferredChannels", "email"),
      h("preferredChannels", "phone"),
    ]),
    at("Please don't call my mobile, email or a text is best.", [
      h("avoidChannels", "phone"),
      h("preferredChannels", "email"),
      h("preferredChannels", "sms"),
    ]),
    // main: avoidChannels=post (@client.example); avoidChannels=email (@client.example)
    at("Please don't send anything by snail mail, email is much better for us.", [
      h("avoidChannels", "post", US),
      h("preferredChannels", "email", US),
    ]),
    // main: avoidChannels=sms (ana@client.example); avoidChannels=phone (ana@client.example)
    at("I'd rather you didn't text, a phone call suits us best.", [
      h("avoidChannels", "sms"),
      h("preferredChannels", "phone"),
    ]),
    at("Stop emailing me, a phone call is quicker.", [
      h("avoidChannels", "email"),
      h("preferredChannels", "phone"),
    ]),
    // main: avoidChannels=phone (ana@client.example); avoidChannels=sms (ana@client.example)
    at("Please never leave voicemails, a text is much better.", [
      h("avoidChannels", "phone"),
      h("preferredChannels", "sms"),
    ]),
    // main: avoidChannels=post (@client.example); avoidChannels=email (@client.example); avoidChannels=phone (@client.example)
    at("Don't contact us by post, email or phone would be better for us.", [
      h("avoidChannels", "post", US),
      h("preferredChannels", "email", US),
      h("preferredChannels", "phone", US),
    ]),
    at("No texts please, a call is much better.", [
      h("avoidChannels", "sms"),
      h("preferredChannels", "phone"),
    ]),
    // main: avoidChannels=whatsapp (@client.example); avoidChannels=email (@client.example)
    at("We don't use WhatsApp, email works far better for us.", [
      h("avoidChannels", "whatsapp", US),
      h("preferredChannels", "email", US),
    ]),
    at("Don't leave voicemails please, a text or an email is much quicker for me.", [
      h("avoidChannels", "phone"),
      h("preferredChannels", "sms"),
      h("preferredChannels", "email"),
    ]),
    // main: avoidChannels=whatsapp (ana@client.example); avoidChannels=phone (ana@client.example)
    at("Kindly do not contact me via WhatsApp, a phone call would be better for me.", [
      h("avoidChannels", "whatsapp"),
      h("preferredChannels", "phone"),
    ]),
    // main: avoidChannels=sms (ana@client.example); avoidChannels=phone (ana@client.example); avoidChannels=email (ana@client.example)
    at("Please don't contact me by text, a call or an email is much better.", [
      h("avoidChannels", "sms"),
      h("preferredChannels", "phone"),
      h("preferredChannels", "email"),
    ]),
    // main: avoidChannels=post (@client.example); avoidChannels=phone (@client.example)
    at("Please don't send us anything via snail mail, a phone call is way better for us.", [
      h("avoidChannels", "post", US),
      h("preferredChannels", "phone", US),
    ]),
    // main: avoidChannels=zoom (@client.example); avoidChannels=phone (@client.example); avoidChannels=email (@client.example)
    at("We don't do Zoom calls, a phone call or email works better for us.", [
      h("avoidChannels", "zoom", US),
      h("preferredChannels", "phone", US),
      h("preferredChannels", "email", US),
    ]),
    at("Please don't send letters to the farm, email or phone works best for us.", [
      h("avoidChannels", "post", US),
      h("preferredChannels", "email", US),
      h("preferredChannels", "phone", US),
    ]),
    // main: avoidChannels=whatsapp (@client.example)
    at("We don't do WhatsApp, a text message is fine for us.", [
      h("avoidChannels", "whatsapp", US),
      h("preferredChannels", "sms", US),
    ]),
    at("Please don't call the landline, my mobile or email is easier for everyone here.", [
      h("avoidChannels", "phone", US),
      h("preferredChannels", "email", US),
    ]),
    // main: avoidChannels=post (@client.example); avoidChannels=email (@client.example); avoidChannels=phone (@client.example)
    at("Please don't send us anything in the mail, email or a phone call is much better for us.", [
      h("avoidChannels", "post", US),
      h("preferredChannels", "email", US),
      h("preferredChannels", "phone", US),
    ]),
    // Look-alikes: main's reading kept.
    at("Please don't send anything by post, email or fax.", [
      h("avoidChannels", "post"),
      h("avoidChannels", "email"),
    ]),
    at("Don't ring me, the office is closed.", [h("avoidChannels", "phone")]),
    at("Don't call, email is better this week.", [
      h("avoidChannels", "phone"),
      h("avoidChannels", "email"),
    ]),
    at("Don't phone, my assistant finds email easier.", [h("avoidChannels", "phone")]),
    at("Don't text me, a call is better than a text.", [
      h("avoidChannels", "sms"),
      h("preferredChannels", "phone"),
    ]),
    at("No calls please, texts are worse.", [h("avoidChannels", "phone")]),
    at("Please don't call, email is better for my colleague.", [
      h("avoidChannels", "phone"),
      h("avoidChannels", "email"),
    ]),
    at("Please don't send anything by post, email is better for the signed copies.", [
      h("avoidChannels", "post"),
      h("avoidChannels", "email"),
    ]),
    at("Don't email me, phone is better when I'm travelling.", [
      h("avoidChannels", "email"),
      h("preferredChannels", "phone"),
    ]),
    at("Please don't send anything by post, email or a call is much better than a letter.", [
      h("avoidChannels", "post"),
      h("avoidChannels", "email"),
      h("avoidChannels", "phone"),
    ]),
    at("Please don't email, phone or text me.", [
      h("avoidChannels", "email"),
      h("avoidChannels", "phone"),
      h("avoidChannels", "sms"),
    ]),
    at("Don't send anything by post, email would be better if it's urgent.", [
      h("avoidChannels", "post"),
      h("avoidChannels", "email"),
    ]),
    at("Please don't send documents by email, post is safer for originals.", [
      h("avoidChannels", "email"),
      h("avoidChannels", "post"),
    ]),
    at("Please don't text me, email is better than nothing.", [
      h("avoidChannels", "sms"),
      h("preferredChannels", "email"),
    ]),
    at("We don't do video, phone or email.", [
      h("avoidChannels", "video", US),
      h("avoidChannels", "phone", US),
      h("avoidChannels", "email", US),
    ]),
    at("Please don't ring me, email is better for the contract.", [
      h("avoidChannels", "phone"),
      h("preferredChannels", "email"),
    ]),
    at("Don't text me, a call is better for Dad.", [
      h("avoidChannels", "sms"),
      h("preferredChannels", "phone"),
    ]),
    at("Please don't send anything by post, email or a call is much worse.", [
      h("avoidChannels", "post"),
      h("avoidChannels", "email"),
      h("avoidChannels", "phone"),
    ]),
    // The guards found by the self-review (each read wrongly by an earlier version of the branch):
    // a clause after the praise limits it; the next sentence limits it, retracts it or says whom
    // it is for (the praised ways are then neither refused nor wanted); a farewell is no limit.
    at("Don't send anything by post, WhatsApp is fine for us but not for the bank.", [
      h("avoidChannels", "post", US),
    ]),
    at(
      "Please don't send anything by post, email is best for us. That's only until the move is done.",
      [h("avoidChannels", "post", US)],
    ),
    at("We don't do video, a phone call is better for us. At least until the new kit arrives.", [
      h("avoidChannels", "video", US),
    ]),
    at(
      "Please don't send us anything by post, email or a call is much better for all of us here. I'm asking for my colleague Tom.",
      [h("avoidChannels", "post", US)],
    ),
    at("Please don't text me, a call is much better. Until then, have a good weekend.", [
      h("avoidChannels", "sms"),
      h("preferredChannels", "phone"),
    ]),
    at("Please don't call, a text is much better. I'm asking for a quick reply on the lease.", [
      h("avoidChannels", "phone"),
      h("preferredChannels", "sms"),
    ]),
    // The helper review's (review-diff-46s.md), each inverted by the branch before the lead
    // joined the praised list by "or", "and" and "/" only: a bare comma belongs to the refusal.
    at("Please don't contact me by phone, text or WhatsApp, email is best.", [
      h("avoidChannels", "phone"),
      h("avoidChannels", "sms"),
      h("avoidChannels", "whatsapp"),
      h("preferredChannels", "email"),
    ]),
    at("We do not accept calls, texts, WhatsApp messages, email is best for us.", [
      h("avoidChannels", "phone", US),
      h("avoidChannels", "sms", US),
      h("avoidChannels", "whatsapp", US),
      h("preferredChannels", "email", US),
    ]),
    at("Please don't use phone, text, email is fine.", [
      h("avoidChannels", "phone"),
      h("avoidChannels", "sms"),
      h("preferredChannels", "email"),
    ]),
    at("We don't do phone, WhatsApp, a video call is fine.", [
      h("avoidChannels", "phone", US),
      h("avoidChannels", "whatsapp", US),
      h("preferredChannels", "video", US),
    ]),
    // A correction in the next sentence: the platform first praised is not set.
    at(
      "Please no Teams, Zoom is best for us. Sorry, I got that the wrong way round: no Zoom, Teams is best.",
      [h("avoidChannels", "teams", US), h("meetingPlatform", "teams")],
    ),
  ],
});
