/**
 * Ways of getting in touch the writer wants (preferredChannels) or refuses (avoidChannels), and
 * the meeting platform they want (meetingPlatform). Patterns are written over the clause's
 * skeleton, where each channel word is one token (CH), so "please don't text me, or use
 * WhatsApp", "Teams and Zoom are both blocked at our firewall" and "the best way to get me is
 * a text" are each one pattern whatever the channel.
 */
import type { KnownChannel, MeetingPlatform } from "../../profile";
import { isStanding } from "../clause-facts";
import { mentionsIn, type ChannelMention } from "../lexicon";
import type { Candidate, ClauseContext } from "../recogniser";

const CH = String.raw`⟪[CP]\d+⟫`;
const PL = String.raw`⟪P\d+⟫`;
/** Channels joined by commas, "or", "and", "/": "email or phone", "Teams and Zoom". */
const CHS = String.raw`${CH}(?:\s*(?:,|\/|\bor\b|\band\b|,\s*or|,\s*and)\s+(?:(?:a|an|the|any|use)\s+)?${CH})*`;
const W = String.raw`(?:[\w'-]+\s+)`;
const NEG = String.raw`(?:don't|do\s+not|dont|never|please\s+stop|stop|not\s+to|(?<!\bto\s)avoid|refrain\s+from)`;
const CONTACT = String.raw`(?:contact(?:ing)?|reach(?:ing)?|messag(?:e|ing)|ping(?:ing)?|get(?:ting)?\s+hold\s+of)`;
const SEND = String.raw`(?:use|using|send|sending|set\s+up|setting\s+up|schedule|arrange|organise|organize)`;

function re(source: string): RegExp {
  return new RegExp(source, "gi");
}

// Refusals. Each pattern's match contains the channels it refuses.
const AVOID: readonly RegExp[] = [
  // "please don't text me", "stop phoning me", "don't send anything by post", "stop sending
  // Zoom invites", "never use WhatsApp", "don't text me about the case, or use WhatsApp"
  re(
    String.raw`\b${NEG}\s+(?:(?:ever|any\s+more)\s+)?(?:${CH}|${SEND}\s+${W}{0,3}?${CHS}|${SEND}\s+${W}{0,3}?(?:by|via|over|on|through|in)\s+${CHS}|${CONTACT}\s+(?:me|us)\s+(?:on|by|via|through|over)\s+${CHS})(?:(?:\s+[\w']+){0,6}\s*,?\s+or\s+(?:use\s+|by\s+|via\s+|on\s+)?${CH})*`,
  ),
  // "I'd rather you didn't phone"
  re(
    String.raw`\brather\s+(?:you|people|your\s+\w+)\s+(?:didn't|did\s+not|don't|do\s+not|never)\s+(?:${CH}|${SEND}\s+${W}{0,3}?${CHS})`,
  ),
  // "no more Zoom", "None of these video calls", "nothing by post"
  re(
    String.raw`\b(?:no\s+more|none\s+of\s+(?:these|those|the|your)|nothing\s+(?:by|over|via|on|through|in))\s+(?:${W}{0,1})?${CHS}`,
  ),
  // "No WhatsApp, please", "no calls for me": a bare "no" only as a request ("no text files")
  re(
    String.raw`\bno\s+${CHS}(?=\s*,?\s*(?:please|for\s+(?:me|us)|at\s+all|whatsoever|ever|thanks|thank\s+you)\b)`,
  ),
  // "I don't do video calls", "we can't use WhatsApp for anything", "I can't take calls"
  re(
    String.raw`\b(?:i|we)\s+(?:don't|do\s+not|never|won't|will\s+not|can't|cannot|can\s+not|mustn't|must\s+not)\s+(?:do|use|take|answer|accept|want|join)\s+(?:${W}{0,2}?)${CHS}`,
  ),
  // "nobody at Stonebridge may use WhatsApp or text messages"
  re(String.raw`\bnobody\s+${W}{0,3}?(?:may|can|is\s+(?:allowed|permitted)\s+to)\s+use\s+${CHS}`),
  // "please take us off WhatsApp entirely"
  re(String.raw`\btake\s+(?:us|me|all\s+of\s+us|everyone)\s+off\s+${CHS}`),
  // "Teams and Zoom are both blocked", "Zoom isn't approved", "Zoom is being switched off"
  re(
    String.raw`${CHS}\s+(?:(?:is|are)\s+(?:both\s+|all\s+|now\s+)?(?:blocked|banned|barred|prohibited|not\s+(?:approved|allowed|permitted|supported)|being\s+(?:switched|turned)\s+off|being\s+(?:removed|phased\s+out|retired|decommissioned)|an?\s+unapproved)|(?:isn't|aren't)\s+(?:approved|allowed|permitted|supported))`,
  ),
  // "Zoom won't work for us", "the Teams link in your calendar hold will just bounce"
  re(
    String.raw`${CH}\s+${W}{0,6}?(?:(?:won't|will\s+not|doesn't|does\s+not|can't|cannot)\s+(?:work|open|be\s+used)\s+(?:for|on|with|at)\s+(?:us|our|me|my)|will\s+(?:just\s+|only\s+)?bounce)`,
  ),
  // "our IT blocks Zoom", "we don't allow WhatsApp" (ours: "the bank doesn't allow it" is theirs)
  re(
    String.raw`\b(?:our\s+${W}{0,3}?|we\s+|we've\s+|i\s+)(?:(?:has|have)\s+(?:now\s+|just\s+)?)?(?:blocks|block|blocked|bans|ban|banned|prohibits?|prohibited|disabled|removed|(?:won't|doesn't|does\s+not|will\s+not|do\s+not|don't)\s+(?:allow|permit|support))\s+${CHS}`,
  ),
  // "my clinic hours make calls almost impossible"
  re(String.raw`\bmakes?\s+${CH}\s+(?:almost\s+|virtually\s+|nearly\s+|all\s+but\s+)?impossible`),
];

// Wishes. Each pattern's first channel is the one wanted ("prefer a call to a long email").
const PREFER: readonly RegExp[] = [
  // "WhatsApp is honestly the quickest way to get me", "email is best for me"
  re(
    String.raw`${CHS}\s+(?:is|are|will\s+be|would\s+be|(?:is|are)\s+going\s+to\s+be)\s+(?:(?:honestly|actually|always|really|usually|generally|probably|by\s+far|much)\s+)*(?:the\s+)?(?:best|quickest|easiest|fastest|simplest|surest|most\s+reliable|preferred|ideal)\b`,
  ),
  // "Best way to get me is a text"
  re(
    String.raw`\b(?:best|quickest|easiest|fastest|simplest|surest)\s+way\s+to\s+(?:reach|get\s+hold\s+of|get|contact|catch|get\s+in\s+touch\s+with)\s+(?:me|us)\s+is\s+(?:by\s+|via\s+|on\s+|through\s+|a\s+|an\s+)?${CH}`,
  ),
  // "Email suits me best", "email works much better for me", "a Teams chat is always fine"
  re(
    String.raw`${CHS}\s+(?:suits?\s+(?:me|us)|works?\s+(?:much\s+|far\s+|a\s+lot\s+)?(?:best|better)\s+for\s+(?:me|us)|(?:is|are)\s+always\s+(?:fine|good|best|ok|okay|welcome))`,
  ),
  // "a quick text is better than an email", "post would be easier"
  re(
    String.raw`${CH}\s+(?:is|are|would\s+be|works)\s+(?:much\s+|far\s+|a\s+lot\s+|always\s+)?(?:better|easier|quicker|preferable)\b(?:\s+(?:than|for\s+(?:me|us)))?`,
  ),
  // "We'd ask that all correspondence be sent by email"
  re(
    String.raw`\b(?:correspondence|everything|letters|documents|papers)\s+(?:to\s+)?(?:be|is|should\s+be|must\s+be)\s+sent\s+(?:to\s+(?:me|us)\s+)?(?:by|via|over|through)\s+${CH}`,
  ),
  // "please stick to email", "keep to e-mail"
  re(String.raw`\b(?:stick|keep)\s+(?:to|with)\s+${CH}`),
  // "I much prefer video to phone", "I'd much rather come into the office"
  re(
    String.raw`\b(?:i|we)(?:'d|\s+would)?\s+(?:(?:much|really|actually|far|generally|always|definitely|strongly)\s+)*(?:prefer|rather)\s+(?!you\b|not\b|that\s+you\b|we\b|i\b|they\b)(?:${W}{0,5}?)${CH}`,
  ),
  // "Please use Signal for anything quick", "use email instead"
  re(
    String.raw`(?:^|please\s+|and\s+|to\s+|could\s+you\s+|can\s+you\s+)use\s+${CH}\s+(?:for|with|instead|rather|only|when)\b`,
  ),
  // "Signal only please", "only by email", "Email to this address only"
  re(
    String.raw`${CH}\s+only\b(?=\s*(?:[,.;:!)-]|please\b|$))|\bonly\s+(?:by|via|on|over)\s+${CH}|${CH}\s+to\s+this\s+address\s+only`,
  ),
  // "Email everything", "I'd appreciate it if everything came by email"
  re(
    String.raw`(?:^|please\s+)${CH}\s+everything\b|\beverything\s+(?:came|comes|to\s+come|to\s+be\s+sent|went|goes|by|via|over)\s+(?:by\s+|via\s+|over\s+|on\s+)?${CH}`,
  ),
  // "emails please", "please email instead"
  re(
    String.raw`(?:^|[,;:]\s*)${CH}\s*,?\s+(?:only\s+)?please\b|(?:^|please\s+)${CH}\s+(?:me\s+|us\s+)?instead\b`,
  ),
  // "a letter to Hampshire once a month is how I like to hear how things stand"
  re(String.raw`${CH}\s+${W}{0,6}?is\s+how\s+(?:i|we)\s+(?:like|prefer|want)\s+to\b`),
];

// "please ring me whenever you need to", "Ring me on the office line": a standing invitation
// to use a channel, heard only when something says it lasts (checked below).
const CONTACT_ME = re(String.raw`(?:^|please\s+|do\s+)(${CH})\s+(?:me|us)\b`);

// The platform the writer's meetings should use.
const PLATFORM: readonly RegExp[] = [
  // "We're a Teams shop", "a Webex-only shop", "We're on Teams"
  re(
    String.raw`\b(?:we(?:'re|\s+are)|i'm|i\s+am|our\s+${W}{1,3}?(?:are|is))\s+(?:(?:a|an)\s+${PL}(?:-only)?\s+(?:shop|house|company|business|organisation|organization|firm|outfit)|(?:all\s+|entirely\s+|now\s+|only\s+)?on\s+${PL}(?!\s+(?:today|now|this)))`,
  ),
  re(String.raw`\b${PL}-only\b`),
  // "Google Meet works best for us", "Meet links are much easier for us than Teams"
  re(
    String.raw`${PL}\s+(?:works|is|are|would\s+be)\s+(?:(?:much|far|by\s+far|always)\s+)?(?:best|better|easiest|easier|simplest|simpler)\b(?:\s+for\s+(?:me|us|all\s+of\s+us|everyone))?`,
  ),
  // "Teams is what we use internally"
  re(String.raw`${PL}\s+is\s+what\s+(?:we|the\s+\w+|everyone)\s+(?:use|uses|run\s+on|runs\s+on)\b`),
  re(String.raw`${PL}\s+works\s+for\s+(?:all\s+of\s+us|everyone|us\s+all)`),
  // "Zoom is our standard for outside meetings"
  re(String.raw`${PL}\s+is\s+our\s+(?:standard|default|platform|tool|preference|choice|norm)`),
  // "Our IT only permits Webex"
  re(String.raw`\bonly\s+(?:permits?|allows?|uses?|supports?|approves?)\s+${PL}`),
  // "We have standardised on Microsoft Teams", "we moved the whole company from Zoom to Teams"
  re(
    String.raw`\b(?:we(?:'ve|\s+have)?|our\s+${W}{1,3}?(?:has|have))\s+(?:now\s+|just\s+|recently\s+|finally\s+)?(?:standardi[sz]ed|settled|switched|moved|migrated|gone\s+over)\s+(?:${W}{0,4}?from\s+${PL}\s+)?(?:on|to|onto|over\s+to)\s+${PL}`,
  ),
  // "Can we keep to Zoom for our calls?"
  re(String.raw`\b(?:keep|stick)\s+(?:to|with)\s+${PL}`),
  // "please send Webex invites", "switch to Teams invites", "use Zoom for the briefing and
  // for anything else with us": imperative only ("we use Zoom for board meetings" is a fact)
  re(
    String.raw`(?:^|please\s+|so\s+|and\s+|then\s+|kindly\s+|(?:if\s+)?(?:could|can|would|will)\s+you\s+)(?:(?:please|just|also|now|always)\s+)?(?:send|use|switch\s+to|move\s+to|stick\s+to|stick\s+with|re-?send\s+(?:it\s+)?as|set\s+(?:it|them|(?:the\s+)?meetings?|(?:the\s+)?calls?)\s+up\s+(?:on|in))\s+(?:(?:me|us|a|an|the|all|any|future)\s+)*${PL}`,
  ),
  // "Teams please", "Teams, please, for anything with us", "Meet links please"
  re(String.raw`${PL}\s*,?\s+please\b`),
  // "Teams for all meetings", "Zoom for everything"
  re(String.raw`${PL}\s+for\s+(?:all|every|any|everything|anything)\b`),
  // "Meeting invites in Zoom", "Could future invites be Meet?"
  re(
    String.raw`\b(?:invites?|invitations?|links?|meetings?|calls?)\s+(?:in|on|via|through|be)\s+${PL}`,
  ),
  // "please keep anything with the board on Webex"
  re(String.raw`\bkeep\s+(?:anything|everything|all|meetings)\s+${W}{0,5}?on\s+${PL}`),
];

const CHAT_ONLY = /\bchat\b/i;

function firstAfter(fragment: string, context: ClauseContext): ChannelMention | undefined {
  return mentionsIn(fragment, context.skeleton())[0];
}

export function recogniseChannels(context: ClauseContext): Candidate[] {
  const skeleton = context.skeleton();
  if (skeleton.mentions.length === 0) return [];
  const text = skeleton.text;
  const found: Candidate[] = [];
  const avoided = new Set<KnownChannel>();
  for (const pattern of AVOID) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      for (const mention of mentionsIn(m[0], skeleton)) {
        if (avoided.has(mention.channel)) continue;
        avoided.add(mention.channel);
        found.push({ field: "avoidChannels", value: mention.channel });
      }
    }
  }
  const preferred = new Set<KnownChannel>();
  const prefer = (mention: ChannelMention | undefined) => {
    if (!mention || mention.platform || avoided.has(mention.channel)) return;
    if (preferred.has(mention.channel)) return;
    preferred.add(mention.channel);
    found.push({ field: "preferredChannels", value: mention.channel });
  };
  for (const pattern of PREFER) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // "Email or a Teams chat is always fine": every channel before the verb is wanted;
      // after "prefer" only the first ("prefer a call to a long email").
      const head = m[0].replace(/\s+(?:is|are|suits?|works?)\b[\s\S]*$/i, "");
      const list = /^(?:⟪|\w+\s*⟪)/.test(m[0]) && head !== m[0] ? mentionsIn(head, skeleton) : [];
      if (list.length > 0) list.forEach(prefer);
      else prefer(firstAfter(m[0], context));
    }
  }
  CONTACT_ME.lastIndex = 0;
  const contact = CONTACT_ME.exec(text);
  if (contact && lastsAccordingTo(context)) prefer(firstAfter(contact[1]!, context));

  if (!CHAT_ONLY.test(context.clause.text)) {
    for (const pattern of PLATFORM) {
      pattern.lastIndex = 0;
      const m = pattern.exec(text);
      if (!m) continue;
      // The platform wanted, not the one left behind ("from Zoom to Teams", "rather than Teams").
      const tokens = /⟪P(\d+)⟫/g;
      let platform: MeetingPlatform | undefined;
      for (let t = tokens.exec(m[0]); t && !platform; t = tokens.exec(m[0])) {
        if (/\b(?:from|than|of|not)\s*$/i.test(m[0].slice(0, t.index))) continue;
        platform = skeleton.mentions[Number(t[1])]?.platform;
      }
      if (platform && !avoided.has(platform as KnownChannel)) {
        found.push({ field: "meetingPlatform", value: platform });
        break;
      }
    }
  }
  return found;
}

/** A standing invitation to call or write: "whenever", "always the best way", "any time". */
function lastsAccordingTo(context: ClauseContext): boolean {
  const sentence = context.sentence.text;
  return (
    isStanding(sentence) ||
    /\b(?:any\s*time|whenever|best\s+way|at\s+any\s+hour|day\s+or\s+night)\b/i.test(sentence)
  );
}
