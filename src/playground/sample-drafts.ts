/**
 * Ready-made drafts for the sample clients (assets/sample-profiles.json), one click each, so a
 * first-time visitor sees every kind of warning without typing. Bodies are plain text; the
 * playground turns them into escaped HTML.
 */
export interface SampleDraft {
  id: string;
  label: string;
  /** One line on what Rapport should say about it. */
  expect: string;
  to: string;
  cc?: string;
  subject: string;
  body: string;
  attachments?: string[];
  /** The firm's logo under the text, as an inline picture (a data: image, nothing fetched). */
  logo?: boolean;
}

/** The firm's logo for sample signatures: Rapport's own 32 px icon (assets/icon-32.png). */
export const LOGO_DATA_URI =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAkklEQVR42mOQt4pnQMIO8lbx6+Wt4t/LW8X/pzJ+DzXbAdlOGENA3ip+Pg0sxYXnQ+2EO4CeliM7ggEW7P8HCDswQONloBywnoFGCY7ohMkwgJaD8agDSHIAITByHECu/KgDho8DRnMBJUE+vBxADYcMDweMnHJgtD1AKwcMeKN0wJvlA94xGfCu2aDonA5Y9xwAejlcMtjYlW4AAAAASUVORK5CYII=";

export const SAMPLE_DRAFTS: readonly SampleDraft[] = [
  {
    id: "dear-meg-pepsi",
    label: "Dear Meg + Pepsi to Coca-Cola",
    expect: "Megge prefers “Megge”, and Coca-Cola competes with Pepsi.",
    to: "Megge Anderson <megge.anderson@coca-cola.example>",
    subject: "Distribution agreement: next steps",
    body: [
      "Dear Meg,",
      "",
      "Thank you for the call yesterday. I have reviewed the distribution agreement and compared the exclusivity clause with the one Pepsi signed last year.",
      "",
      "I will send you a marked-up draft by Friday.",
      "",
      "Kind regards,",
      "Alex",
    ].join("\n"),
  },
  {
    id: "clean-megge",
    label: "Clean note to Megge",
    expect: "Nothing to flag: sends straight away.",
    to: "Megge Anderson <megge.anderson@coca-cola.example>",
    subject: "Board pack",
    body: [
      "Dear Megge,",
      "",
      "Please find the summary for the board pack below. I am happy to go through it on Teams whenever suits you.",
      "",
      "Kind regards,",
      "Alex",
    ].join("\n"),
  },
  {
    id: "zoom-microsoft",
    label: "Zoom link to Microsoft",
    expect: "Microsoft meets on Teams and avoids Zoom.",
    to: "someone@microsoft.example",
    subject: "Call about the licensing review",
    body: [
      "Hello,",
      "",
      "Shall we discuss the licensing review on Thursday? Here is my Zoom link: https://zoom.example/j/123456",
      "",
      "Best wishes,",
      "Alex",
    ].join("\n"),
  },
  {
    id: "baseball-dan",
    label: "Baseball tickets for Dan",
    expect: "Dan avoids entertainment and sports talk.",
    to: "Dan Whitaker <dan@whitakerbuilding.example>",
    subject: "Tickets for Saturday",
    body: [
      "Hi Dan,",
      "",
      "We have two spare tickets for the baseball game on Saturday and would love you to join us. Give me a call if you can make it.",
      "",
      "Cheers,",
      "Alex",
    ].join("\n"),
  },
  {
    id: "time-entries-coca-cola",
    label: "Time entries to Coca-Cola",
    expect: "Coca-Cola wants summary billing and refuses “Review of file”.",
    to: "Megge Anderson <megge.anderson@coca-cola.example>",
    subject: "Time entries for September",
    body: [
      "Dear Megge,",
      "",
      "Here are the time entries for September:",
      "01/09  0.3h  Review of file",
      "03/09  1.2h  Drafting distribution agreement",
      "05/09  0.5h  Review of file and correspondence",
      "",
      "Kind regards,",
      "Alex",
    ].join("\n"),
    attachments: ["September time entries.xlsx"],
  },
  {
    id: "fees-paragraph-coca-cola",
    label: "Fees paragraph to Coca-Cola",
    expect: "Coca-Cola refuses “Review of file”: Remove takes those words out and nothing else.",
    to: "Megge Anderson <megge.anderson@coca-cola.example>",
    subject: "September fees",
    body: [
      "Dear Megge,",
      "",
      "Our fees for September come to $4,200, covering Review of file, drafting the supply agreement and correspondence with the distributor. Please approve them by Friday so we can file the injunction on Monday.",
      "",
      "Kind regards,",
      "Alex",
    ].join("\n"),
  },
  {
    id: "meg-with-logo",
    label: "Dear Meg, with the firm's logo",
    expect:
      "A message with a picture: Rapport does not rewrite it, and guides the author to replace the name.",
    to: "Megge Anderson <megge.anderson@coca-cola.example>",
    subject: "Board pack",
    body: [
      "Dear Meg,",
      "",
      "Please find the summary for the board pack below.",
      "",
      "Kind regards,",
      "Alex",
    ].join("\n"),
    logo: true,
  },
  {
    id: "chevy-ford",
    label: "Chevy to Ford",
    expect: "Ford competes with Chevy.",
    to: "legal@ford.example",
    subject: "Fleet purchase terms",
    body: [
      "Hello,",
      "",
      "The fleet purchase terms look fine. For comparison, the Chevy dealer offered a longer warranty on the same models.",
      "",
      "Best regards,",
      "Alex",
    ].join("\n"),
  },
];
