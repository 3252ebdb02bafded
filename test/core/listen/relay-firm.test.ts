/**
 * Harm audit 48a, finding 2: a relayed wish is never filed on the firm's own lawyer. A principal
 * named in the message who matches only someone at the firm (in To/Cc, or written in the text) is
 * no one known, as an unknown name is: nothing is heard for them.
 */
import { listen, type ClientMessage } from "../../../src/core/listen";

const FIRM = ["firm.example"];

function msg(text: string, recipients = DEFAULT_RECIPIENTS): ClientMessage {
  return {
    from: { address: "pat@acme.example", name: "Pat Client" },
    recipients,
    subject: "Re: matter",
    body: { format: "text", content: text },
  };
}

const DEFAULT_RECIPIENTS = [
  { address: "dan.wright@firm.example", name: "Dan Wright" },
  { address: "sarah.jones@firm.example", name: "Sarah Jones" },
];

describe("a relayed wish and the firm's own people", () => {
  it.each([
    "Hi Dan,\n\nI'm Mr Wright's PA. He would rather you did not phone him.\n\nPat",
    "Hi Dan,\n\nMr Wright asked me to let you know he would rather not be phoned; email is best.\n\nKind regards,\nPat",
    "Hi Dan,\n\nSarah asked me to let you know she would rather not be phoned.\n\nThanks,\nPat",
  ])("no suggestion for a firm address: %j", (text) => {
    const s = listen(msg(text), [], undefined, { firmDomains: FIRM });
    expect(s.filter((x) => x.profile.endsWith("@firm.example"))).toEqual([]);
  });

  it("a firm sub-domain is the firm's too", () => {
    const s = listen(
      msg("Hi Dan,\n\nI'm Mr Wright's PA. He would rather you did not phone him.\n\nPat", [
        { address: "dan.wright@london.firm.example", name: "Dan Wright" },
      ]),
      [],
      undefined,
      { firmDomains: FIRM },
    );
    expect(s.filter((x) => x.profile.includes("firm.example"))).toEqual([]);
  });

  it("the client's own principal in Cc is still heard beside a firm namesake", () => {
    const s = listen(
      msg("Hi Dan,\n\nI'm Mr Wright's PA. He would rather you did not phone him.\n\nPat", [
        ...DEFAULT_RECIPIENTS,
        { address: "john.wright@acme.example", name: "John Wright" },
      ]),
      [],
      undefined,
      { firmDomains: FIRM },
    );
    expect(s.map((x) => `${x.profile} ${x.field}=${x.value}`)).toEqual([
      "john.wright@acme.example avoidChannels=phone",
    ]);
  });
});
