/**
 * Messages a sample client sent the firm (issue 14, point 7), opened in the playground's read
 * view so the task pane can listen to them. Bodies are plain text; the playground turns them into
 * escaped HTML, as Outlook hands a received message's body to the add-in.
 */
export interface SampleIncoming {
  id: string;
  label: string;
  /** One line on what Rapport should hear. */
  expect: string;
  from: { address: string; name: string };
  /** Who it was sent to (the lawyer). */
  to: { address: string; name: string };
  /** When it was sent: an ISO date-time. */
  sent: string;
  subject: string;
  body: string;
}

export const SAMPLE_INCOMING: readonly SampleIncoming[] = [
  {
    id: "megge-texts-sports",
    label: "From Megge: no texts, no sports talk",
    expect:
      "Two preferences heard: Channels to avoid → text messages, Topics to avoid → sports; the quoted reply below is not listened to.",
    from: { address: "megge.anderson@coca-cola.example", name: "Megge Anderson" },
    to: { address: "alex.morgan@lawfirm.example", name: "Alex Morgan" },
    sent: "2026-11-26T09:14:00.000Z",
    subject: "Re: Distribution agreement: next steps",
    body: [
      "Hi Alex,",
      "",
      "Thanks for sending the marked-up draft so quickly. I'll come back to you on clause 4 by Friday.",
      "",
      "Two small things while I think of it. Please don't text me: I never look at messages on my work phone. And please don't ask me about sports; I'm not a fan.",
      "",
      "Best,",
      "Megge",
      "",
      "On Tue, 24 Nov 2026 at 16:02, Alex Morgan wrote:",
      "> Dear Megge,",
      "> Would a quick Zoom call suit you better? Did you see the match on Saturday?",
      "> Kind regards,",
      "> Alex",
    ].join("\n"),
  },
  {
    id: "dan-calls-again",
    label: "From Dan: calls are fine again",
    expect:
      "A withdrawal heard: Channels to avoid → remove phone calls (on file, lifted by Dan), with a Remove from profile button.",
    from: { address: "dan@whitakerbuilding.example", name: "Dan Whitaker" },
    to: { address: "alex.morgan@lawfirm.example", name: "Alex Morgan" },
    sent: "2026-11-26T16:40:00.000Z",
    subject: "Re: Site lease: landlord's reply",
    body: [
      "Alex,",
      "",
      "Thanks, that reply is better than I expected. Let's accept the break clause as drafted.",
      "",
      "One change on my side: I've moved out of the shared site office, so you can phone me again. Calls are fine now, the mobile number in my signature is best.",
      "",
      "Dan",
    ].join("\n"),
  },
];
