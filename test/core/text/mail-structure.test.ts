/**
 * How a draft is built (issue 10): legal notices and list footers are skipped by every check, a
 * line of underscores ends nothing by itself, pasted meeting blocks are read as one meeting each,
 * and the sign-off and signature lines are known. Examples written for these tests.
 */
import { analyseDraft, type AnalysedField } from "../../../src/core/analysis";
import type { Draft } from "../../../src/core/draft";
import {
  authorSignatures,
  findMeetingBlocks,
  isValediction,
  LineIndex,
} from "../../../src/core/text";

function body(content: string, format: "text" | "html" = "text"): AnalysedField {
  const draft: Draft = {
    recipients: [{ address: "client@example.com", kind: "to" }],
    subject: "Update",
    body: { format, content },
    attachments: [],
  };
  return analyseDraft(draft).body;
}

/** What checks read: the scan text, white space collapsed. */
function read(field: AnalysedField): string {
  return field.scan.replace(/\s+/g, " ").trim();
}

const UK_NOTICE =
  "This email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately by telephone or e-mail and delete it from your system. Smith Jones LLP is a limited liability partnership registered in England and Wales and is authorised and regulated by the Solicitors Regulation Authority.";
const US_NOTICE = [
  "CONFIDENTIALITY NOTICE: The information contained in this e-mail message is intended only",
  "for the personal and confidential use of the recipient(s) named above. This message may be",
  "an attorney-client communication and as such is privileged and confidential. If the reader",
  "of this message is not the intended recipient, you are hereby notified that you have",
  "received this document in error and that any review, dissemination, distribution, or",
  "copying of this message is strictly prohibited. If you have received this communication in",
  "error, please notify us immediately by telephone, and delete the original message.",
].join("\n");

describe("legal notices and footers are not the author's words", () => {
  it("skips a UK firm's notice under the signature", () => {
    const field = body(
      `Dear Rowan,\n\nThe draft is attached.\n\nKind regards,\nJo Lawyer\nPartner\n${UK_NOTICE}`,
    );
    expect(read(field)).toBe("Dear Rowan, The draft is attached. Kind regards, Jo Lawyer Partner");
  });

  it("skips a US notice wrapped over lines, with no sign-off above it", () => {
    const field = body(
      `Rowan - the draft is attached; call me if you have questions.\n\n${US_NOTICE}`,
    );
    expect(read(field)).toBe("Rowan - the draft is attached; call me if you have questions.");
  });

  it("skips attorney advertising and a fraud warning", () => {
    const field = body(
      [
        "Rowan, the filing went in today.",
        "",
        "Best,",
        "Sam",
        "",
        "ATTORNEY ADVERTISING. Prior results do not guarantee a similar outcome.",
        "Fraud warning: we will never change our bank details by e-mail. If you receive such an e-mail, call us to verify before paying.",
      ].join("\n"),
    );
    expect(read(field)).toBe("Rowan, the filing went in today. Best, Sam");
  });

  it("reads the author's own words about confidentiality", () => {
    const text =
      "Rowan, please keep this confidential: if you received the board pack in error, delete it and tell me. I'll call you tomorrow.\n\nThanks,\nJo";
    expect(read(body(text))).toBe(text.replace(/\s+/g, " "));
  });

  it("skips a mailing-list footer under a rule", () => {
    const field = body(
      "Patch attached.\n\n_______________________________________________\nUsers mailing list\nusers@lists.example.org\nhttps://lists.example.org/mailman/listinfo/users",
    );
    expect(read(field)).toBe("Patch attached.");
  });

  it("reads what follows a line of underscores when it is not a footer", () => {
    const field = body(
      "See the Teams details.\n\n__________________________\nJoin: https://teams.microsoft.com/l/meetup-join/19%3a1\n__________________________\nCould you confirm you can attend? Call me if not.\n\nBest,\nJo",
    );
    expect(read(field)).toContain("Could you confirm you can attend? Call me if not.");
    expect(read(field)).toContain("teams.microsoft.com");
  });

  it("skips the notice of an HTML signature, keeping the author's reply above the history", () => {
    const html =
      '<p>Rowan, happy to discuss by phone.</p><p>Kind regards,<br>Jo</p><p style="font-size:8pt">' +
      UK_NOTICE +
      '</p><div id="divRplyFwdMsg"><b>From:</b> Rowan<br><b>Sent:</b> Monday<br><b>Subject:</b> Draft</div><p>Could you call me?</p>';
    const field = body(html, "html");
    expect(read(field)).toBe("Rowan, happy to discuss by phone. Kind regards, Jo");
  });
});

describe("meeting blocks", () => {
  it("finds a Zoom block with its join link, dial-in and helper link inside it", () => {
    const text = [
      "Please join us.",
      "",
      "Join Zoom Meeting",
      "https://us02web.zoom.us/j/81234567890?pwd=abc",
      "",
      "Meeting ID: 812 3456 7890",
      "Passcode: 555111",
      "One tap mobile",
      "+442039017895,,81234567890#,,,,*555111# United Kingdom",
      "Find your local number: https://us02web.zoom.us/u/kbQ12",
      "",
      "Could you confirm by Friday?",
    ].join("\n");
    const links = [...text.matchAll(/https:\/\/\S+/g)].map((m) => ({
      href: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
    }));
    const [block, ...others] = findMeetingBlocks(text, links, [], new LineIndex(text));
    expect(others).toEqual([]);
    expect(block!.platform).toBe("zoom");
    expect(block!.href).toBe("https://us02web.zoom.us/j/81234567890?pwd=abc");
    expect(text.slice(block!.start, block!.end)).toMatch(/^Join Zoom Meeting[\s\S]*kbQ12$/);
  });

  it("finds a Teams block without links by its lines", () => {
    const text =
      "Agenda below.\n\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 192 287 909 506\nPasscode: Xk934b\nOr call in (audio only)\n+44 20 3443 9876,,513487500# United Kingdom, London";
    const [block] = findMeetingBlocks(text, [], [], new LineIndex(text));
    expect(block!.platform).toBe("teams");
    expect(text.slice(block!.join.start, block!.join.end)).toBe("Click here to join the meeting");
  });

  it("leaves prose about meetings alone", () => {
    const text =
      "The meeting ID on the invoice is wrong.\nJoin the meeting if you can; the passcode is with Jo.";
    expect(findMeetingBlocks(text, [], [], new LineIndex(text))).toEqual([]);
  });

  it("keeps a block below the signature readable", () => {
    const field = body(
      "Details below.\n\nKind regards,\nJo\n\n____________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3a1>\nMeeting ID: 1\n____________________",
    );
    expect(field.meetingBlocks).toHaveLength(1);
    expect(field.scan).toContain("teams.microsoft.com");
  });
});

describe("sign-offs", () => {
  it.each([
    "Kind regards,",
    "Best, Marcus",
    "Thanks - Dan",
    "Many thanks",
    "Cheers",
    "Yours sincerely",
    "Mit freundlichen Grüßen",
  ])("%s is a sign-off", (line) => expect(isValediction(line)).toBe(true));
  it.each([
    "Thanks for the draft.",
    "Regards to your team.",
    "Best efforts apply",
    "Kind of you to ask",
  ])("%s is not", (line) => expect(isValediction(line)).toBe(false));

  it("runs from the sign-off to the first line of prose after it (a postscript is read)", () => {
    const field = body(
      "Draft attached.\n\nBest,\nJo\nPartner\nM: +44 7700 900123\n\nP.S. Call me if anything is unclear.",
    );
    const [signOff] = field.signOffs;
    expect(field.text.slice(signOff!.start, signOff!.end).trim()).toBe(
      "Best,\nJo\nPartner\nM: +44 7700 900123",
    );
  });
});

describe("a sign-off by the author's own name (round 20)", () => {
  it.each([
    ["Brett Kowalczyk", ["brett", "b", "bk"]],
    ["Kowalczyk, Brett", ["brett", "b", "bk"]],
    ["Ana", ["ana", "a"]],
    ["'Jo' Lawyer", ["jo", "j", "jl"]],
  ])("%s signs as %j", (name, forms) => expect(authorSignatures(name)).toEqual(forms));
  it.each([undefined, "", "jo@firm.example", "Room 101"])("%s gives no forms", (name) =>
    expect(authorSignatures(name)).toEqual([]),
  );

  const signed = (signOff: string, name = "Brett Kowalczyk") => {
    const draft: Draft = {
      from: { address: "b@firm.example", name },
      recipients: [{ address: "client@example.com", kind: "to" }],
      subject: "Update",
      body: {
        format: "text",
        content: `I have marked up clause 4 and will send it tomorrow.\n\n${signOff}\nAssociate\nMy Zoom room: https://x.zoom.us/my/b`,
      },
      attachments: [],
    };
    const field = analyseDraft(draft).body;
    return field.signOffs.map((s) => field.text.slice(s.start, s.end).trim());
  };
  it.each(["Brett", "B.", "B", "– BK", "Brett x"])("%s opens the sign-off", (line) =>
    expect(signed(line)).toEqual([`${line}\nAssociate\nMy Zoom room: https://x.zoom.us/my/b`]),
  );
  it.each([
    ["Brett", "Jo Lawyer"],
    ["Brettany", "Brett Kowalczyk"],
    ["Brett will call you.", "Brett Kowalczyk"],
  ])("%s does not, from %s", (line, name) => expect(signed(line, name)).toEqual([]));
});

describe("a field's lines (round 24: the body's indexed once, for its structure and the checks)", () => {
  function fields(content: string, subject: string) {
    const draft: Draft = {
      recipients: [{ address: "client@example.com", kind: "to" }],
      subject,
      body: { format: "text", content },
      attachments: [],
    };
    const analysed = analyseDraft(draft);
    return [analysed.body, analysed.subject, analysed.location];
  }

  test.each<[string, string, string]>([
    ["a body of three lines", "First line\nsecond line\n\nKind regards", "Update"],
    ["one line each", "Thanks, see you then.", "Re: lease"],
    ["an empty body and subject", "", ""],
    ["a line break at the very end", "Call me.\n", "Note"],
  ])("%s: the same lines as an index of the text made afresh", (_name, content, subject) => {
    for (const field of fields(content, subject)) {
      const fresh = new LineIndex(field.text);
      expect(field.lines.count).toBe(fresh.count);
      for (let n = 0; n < fresh.count; n++) expect(field.lines.line(n)).toEqual(fresh.line(n));
      // Made once: every read gives the same index.
      expect(field.lines).toBe(field.lines);
    }
  });

  test("a line of the body is not a line of the subject (each field has its own)", () => {
    const [body, subject] = fields("One\nTwo\nThree", "Subject");
    expect(body!.lines.count).toBe(3);
    expect(subject!.lines.count).toBe(1);
    expect(body!.lines).not.toBe(subject!.lines);
  });
});
