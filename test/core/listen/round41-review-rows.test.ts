/**
 * Round 41 (listen-41, not shipped; docs/listen.md, round 41): the two reviews' messages on which
 * main is right and the branch's readings were not. Heard: a client's own or their
 * organisation's wish introduced by a frame the guard took for another's words ("The fund's
 * policy:", "His instructions:", "I told my team and my assistant:", "according to the memo from
 * our CFO"); main hears each, the guard refused them. Silent: a verbless "no <way>" that is news,
 * a fault, a question, a one-off or someone else's rule ("No phone, it just keeps dying.", "Per
 * the court order: no phone calls from now on."); main stays silent on avoidChannels, the verbless
 * reading heard them.
 */
import { runListenTests } from "./listen-tester";

const CLIENT = [{ title: "C", matchKey: "@client.example", clientName: "Client Ltd" }];
const ANA = "Ana <ana@client.example>";
const short = (text: string) =>
  text.replace(/^Hi Jo,\n\n|^Dear Jo,\n\n|^Hello Jo,\n\n/, "").split("\n")[0]!;

runListenTests("round 41: the reviews' own wishes and verbless look-alikes", {
  heard: [
    {
      name: short(
        "Dear Jo,\n\nFor the new matter, the policy is: summary invoices only, with no time-entry detail. Happy to discuss.\n\nBest,\nAna",
      ),
      from: ANA,
      profiles: CLIENT,
      body: "Dear Jo,\n\nFor the new matter, the policy is: summary invoices only, with no time-entry detail. Happy to discuss.\n\nBest,\nAna",
      heard: [{ field: "billingDetail", value: "summary", profile: "@client.example" }],
    },
    {
      name: short(
        "Hi Jo,\n\nOur vendor policy, section 4: no gifts or hospitality from any supplier, so please don't send us tickets or lunch invitations. Thanks for understanding.\n\nKind regards,\nAna",
      ),
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nOur vendor policy, section 4: no gifts or hospitality from any supplier, so please don't send us tickets or lunch invitations. Thanks for understanding.\n\nKind regards,\nAna",
      heard: [{ field: "entertainment", value: "avoid", profile: "@client.example" }],
    },
    {
      name: short(
        "Hello Jo,\n\nOur standing instruction to suppliers, law firms included: no calls to personal mobiles, email only. I'd be grateful if you passed this on.\n\nBest wishes,\nAna",
      ),
      from: ANA,
      profiles: CLIENT,
      body: "Hello Jo,\n\nOur standing instruction to suppliers, law firms included: no calls to personal mobiles, email only. I'd be grateful if you passed this on.\n\nBest wishes,\nAna",
      heard: [{ field: "preferredChannels", value: "email", profile: "@client.example" }],
    },
    {
      name: short(
        "Hi Jo,\n\nWe ask our suppliers, and that covers law firms: please don't mention Pepsi in anything you send us. It causes problems internally.\n\nThanks,\nAna",
      ),
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nWe ask our suppliers, and that covers law firms: please don't mention Pepsi in anything you send us. It causes problems internally.\n\nThanks,\nAna",
      heard: [{ field: "competitors", value: "Pepsi", profile: "@client.example" }],
    },
    {
      name: short(
        "Dear Jo,\n\nI told my team and my assistant: no more calls from the firm, everything by email. So please email from now on.\n\nBest,\nAna",
      ),
      from: ANA,
      profiles: CLIENT,
      body: "Dear Jo,\n\nI told my team and my assistant: no more calls from the firm, everything by email. So please email from now on.\n\nBest,\nAna",
      heard: [
        { field: "avoidChannels", value: "phone", profile: "@client.example" },
        { field: "preferredChannels", value: "email", profile: "@client.example" },
      ],
    },
    {
      name: short(
        "Hi Jo,\n\nI'm writing for Mr Okafor. His instructions: no calls before ten, and please use Teams for meetings. Thank you.\n\nKind regards,\nAna (assistant to Mr Okafor)",
      ),
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nI'm writing for Mr Okafor. His instructions: no calls before ten, and please use Teams for meetings. Thank you.\n\nKind regards,\nAna (assistant to Mr Okafor)",
      heard: [{ field: "meetingPlatform", value: "teams", profile: "@client.example" }],
    },
    {
      name: short(
        "Hi Jo,\n\nWe're a family office. The family's instructions: no hospitality of any kind, please, no lunches or tickets. Thanks for respecting that.\n\nRegards,\nAna",
      ),
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nWe're a family office. The family's instructions: no hospitality of any kind, please, no lunches or tickets. Thanks for respecting that.\n\nRegards,\nAna",
      heard: [{ field: "entertainment", value: "avoid", profile: "@client.example" }],
    },
    {
      name: short(
        "Dear Jo,\n\nThe fund's policy: summary billing only, no time-entry detail on invoices. Please update your records.\n\nBest regards,\nAna",
      ),
      from: ANA,
      profiles: CLIENT,
      body: "Dear Jo,\n\nThe fund's policy: summary billing only, no time-entry detail on invoices. Please update your records.\n\nBest regards,\nAna",
      heard: [{ field: "billingDetail", value: "summary", profile: "@client.example" }],
    },
    {
      name: short(
        "Hi Jo,\n\nThe university's policy: we don't accept hospitality from advisers, so please don't invite us to events. Thanks.\n\nAna",
      ),
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nThe university's policy: we don't accept hospitality from advisers, so please don't invite us to events. Thanks.\n\nAna",
      heard: [{ field: "entertainment", value: "avoid", profile: "@client.example" }],
    },
    {
      name: short(
        "Dear Jo,\n\nThe family said - no golf days or box tickets for any of us this year. Thank you for understanding.\n\nKind regards,\nAna",
      ),
      from: ANA,
      profiles: CLIENT,
      body: "Dear Jo,\n\nThe family said - no golf days or box tickets for any of us this year. Thank you for understanding.\n\nKind regards,\nAna",
      heard: [{ field: "entertainment", value: "avoid", profile: "@client.example" }],
    },
    {
      name: short(
        "Hi Jo,\n\nPlease send summary invoices only, according to the memo from our CFO. Thanks.\n\nBest,\nAna",
      ),
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nPlease send summary invoices only, according to the memo from our CFO. Thanks.\n\nBest,\nAna",
      heard: [{ field: "billingDetail", value: "summary", profile: "@client.example" }],
    },
    {
      name: short(
        "Dear Jo,\n\nWe need monthly status updates, according to the governance framework we adopted. The first one by the 5th would be great.\n\nKind regards,\nAna",
      ),
      from: ANA,
      profiles: CLIENT,
      body: "Dear Jo,\n\nWe need monthly status updates, according to the governance framework we adopted. The first one by the 5th would be great.\n\nKind regards,\nAna",
      heard: [{ field: "statusUpdates", value: "monthly", profile: "@client.example" }],
    },
  ],
  silent: [
    {
      name: "Annoyingly, no mobile signal any more.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nAnnoyingly, no mobile signal any more.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "Sadly, no signal any more, so I'll be on email.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nSadly, no signal any more, so I'll be on email.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No phone signal here any more since the mast came down.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo phone signal here any more since the mast came down.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No post, they only deliver on Mondays now.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo post, they only deliver on Mondays now.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No phone, it just keeps dying.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo phone, it just keeps dying.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No phone, I just can't find it.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo phone, I just can't find it.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No email, I can't log in from the new laptop.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo email, I can't log in from the new laptop.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No email, we only have the one account and Sam's on leave.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo email, we only have the one account and Sam's on leave.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No landline any more, we just use mobiles.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo landline any more, we just use mobiles.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "The council has announced: no paper letters any more.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nThe council has announced: no paper letters any more.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "Bad news from the bank: no calls any more, only the app.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nBad news from the bank: no calls any more, only the app.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "Apparently, no post from now on.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nApparently, no post from now on.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No Zoom any more, then?",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo Zoom any more, then?\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No Teams going forward, is that right?",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo Teams going forward, is that right?\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No calls for the rest of the day please, I'm in court.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo calls for the rest of the day please, I'm in court.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No Zoom for tomorrow's meeting please, we'll meet in person.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo Zoom for tomorrow's meeting please, we'll meet in person.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No calls about the hearing tomorrow please.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo calls about the hearing tomorrow please.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No Teams for the board call please, the chair prefers Zoom.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo Teams for the board call please, the chair prefers Zoom.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No calls for Mr Hale please, he's on leave.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo calls for Mr Hale please, he's on leave.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "If they switch providers, no WhatsApp from now on.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nIf they switch providers, no WhatsApp from now on.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "Worst case, no Zoom any more.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nWorst case, no Zoom any more.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "Back then it was: no phone calls any more, only letters.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nBack then it was: no phone calls any more, only letters.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: 'Their poster reads: "No calls from now on."',
      from: ANA,
      profiles: CLIENT,
      body: 'Hi Jo,\n\nTheir poster reads: "No calls from now on."\n\nBest,\nAna',
      fields: ["avoidChannels"],
    },
    {
      name: 'The sign on the door says "no post any more", which is odd.',
      from: ANA,
      profiles: CLIENT,
      body: 'Hi Jo,\n\nThe sign on the door says "no post any more", which is odd.\n\nBest,\nAna',
      fields: ["avoidChannels"],
    },
    {
      name: "Message to our subcontractors: no texts from now on.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nMessage to our subcontractors: no texts from now on.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "Our supplier code says: no texts for anything to do with orders please.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nOur supplier code says: no texts for anything to do with orders please.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "We've told our vendors - no texts any more.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nWe've told our vendors - no texts any more.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "Told our suppliers: no WhatsApp from now on.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nTold our suppliers: no WhatsApp from now on.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "Per the court order: no phone calls from now on.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nPer the court order: no phone calls from now on.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "As per the injunction, no texts from now on.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nAs per the injunction, no texts from now on.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "Per my landlord, no texts any more.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nPer my landlord, no texts any more.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "Sarah said - no texts any more.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nSarah said - no texts any more.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "Dr Patel: no phone calls from now on.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nDr Patel: no phone calls from now on.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "Landlord's new rule - no texts from now on.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nLandlord's new rule - no texts from now on.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "My son's school: no phones from now on.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nMy son's school: no phones from now on.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "I told my daughter: no WhatsApp any more.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nI told my daughter: no WhatsApp any more.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "We tell the kids - no phones from now on.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nWe tell the kids - no phones from now on.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "The judge was clear - no Zoom any more.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nThe judge was clear - no Zoom any more.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "From the school newsletter: no mobile phones any more.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nFrom the school newsletter: no mobile phones any more.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "As the bank puts it - no texts for anything about payments please.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nAs the bank puts it - no texts for anything about payments please.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "For Dad it's simple now - no phone any more, he can't hear it.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nFor Dad it's simple now - no phone any more, he can't hear it.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No WhatsApp for the wedding group please, my sister says.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo WhatsApp for the wedding group please, my sister says.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No texts any more, the drivers have been told.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo texts any more, the drivers have been told.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "No calls going forward, is what my accountant recommends.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nNo calls going forward, is what my accountant recommends.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
    {
      name: "The tenants' association voted: no WhatsApp for anything about the building please.",
      from: ANA,
      profiles: CLIENT,
      body: "Hi Jo,\n\nThe tenants' association voted: no WhatsApp for anything about the building please.\n\nBest,\nAna",
      fields: ["avoidChannels"],
    },
  ],
});
