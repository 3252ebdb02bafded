import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DraftReadError, parseEml, parseJsonDraft, readDraftFile } from "../../src/cli/read-draft";

const eml = (name: string) => join(__dirname, "..", "fixtures", "eml", name);
const jsonDraft = (name: string) => join(__dirname, "fixtures", "drafts", name);

describe("readDraftFile: RFC 822 messages", () => {
  it("prefers the HTML part of multipart/alternative, as Outlook composes HTML", async () => {
    const draft = await readDraftFile(eml("multipart-alternative.eml"));
    expect(draft.body.format).toBe("html");
    expect(draft.body.content).toContain("<p>HTML <b>version</b>.</p>");
    expect(draft.body.content).not.toContain("Plain version");
    expect(draft.subject).toBe("Distribution agreement");
    expect(draft.from).toEqual({ address: "alex.morgan@lawfirm.example", name: "Alex Morgan" });
  });

  it("decodes quoted-printable and joins soft line breaks", async () => {
    const draft = await readDraftFile(eml("quoted-printable.eml"));
    expect(draft.body).toEqual({
      format: "text",
      content: expect.stringContaining(
        "The landlord\u2019s solicitors have accepted the rent review clause, so the lease",
      ),
    });
    expect(draft.body.content).toContain("that it needs a soft break.");
    expect(draft.body.content).not.toContain("=\n");
  });

  it("decodes a base64 body", async () => {
    const draft = await readDraftFile(eml("base64-body.eml"));
    expect(draft.body.content).toBe(
      "Dear Sam,\n\nThe signed originals go out tonight.\n\nKind regards,\nAlex\n",
    );
    expect(draft.recipients).toEqual([{ address: "sam.rivera@ups.example", kind: "to" }]);
  });

  it("converts ISO-8859-1 bodies and encoded-word headers to Unicode", async () => {
    const draft = await readDraftFile(eml("iso-8859-1.eml"));
    expect(draft.subject).toBe("Unterlagen f\u00fcr die Gesch\u00e4ftsf\u00fchrung");
    expect(draft.recipients[0]).toEqual({
      address: "juergen.mueller@ford.example",
      name: "J\u00fcrgen M\u00fcller",
      kind: "to",
    });
    expect(draft.body.content).toContain("Sehr geehrter Herr M\u00fcller,");
    expect(draft.body.content).toContain("Gr\u00fc\u00dfen");
  });

  it("reads an HTML-only message as HTML and decodes a base64 encoded-word subject", async () => {
    const draft = await readDraftFile(eml("html-only.eml"));
    expect(draft.body.format).toBe("html");
    expect(draft.body.content).toContain('<a href="https://zoom.us/j/5551234567">Zoom</a>');
    expect(draft.subject).toBe("Licensing \u2013 Thursday");
  });

  it("lists attachment names, including RFC 2231 encoded ones, and keeps the text body", async () => {
    const draft = await readDraftFile(eml("attachments.eml"));
    expect(draft.attachments).toEqual([
      "Bottler agreement v3.pdf",
      "Kosten\u00fcbersicht 2026.xlsx",
    ]);
    expect(draft.body).toEqual({
      format: "text",
      content: "Hi Megge, the documents are attached.\n",
    });
  });

  it("keeps display names with commas and quotes, expands groups, and reads Cc and Bcc", async () => {
    const draft = await readDraftFile(eml("display-names.eml"));
    expect(draft.recipients).toEqual([
      { address: "megge.anderson@coca-cola.example", name: "Anderson, Megge", kind: "to" },
      { address: "dan@whitakerbuilding.example", name: 'Dan "The Builder" Whitaker', kind: "to" },
      { address: "jordan.lee@ford.example", kind: "cc" },
      { address: "sam.rivera@ups.example", name: "Sam Rivera", kind: "cc" },
      { address: "records@lawfirm.example", kind: "bcc" },
    ]);
  });

  it.each([
    ["not-an-email.eml", "not an e-mail message (no headers)"],
    ["empty.eml", "the file is empty"],
  ])("rejects %s with a reason that names the file", async (file, reason) => {
    const path = eml(file);
    await expect(readDraftFile(path)).rejects.toThrow(new DraftReadError(path, reason));
    await expect(readDraftFile(path)).rejects.toThrow(`${path}: ${reason}`);
  });

  it("says why a file cannot be opened", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-read-"));
    await expect(readDraftFile(join(dir, "missing.eml"))).rejects.toThrow(
      `${join(dir, "missing.eml")}: no such file`,
    );
    await expect(readDraftFile(dir)).rejects.toThrow(`${dir}: is a directory, not a file`);
    const msg = join(dir, "draft.msg");
    writeFileSync(msg, "x");
    await expect(readDraftFile(msg)).rejects.toThrow("Outlook .msg files are not supported");
    const binary = join(dir, "image.eml");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    await expect(readDraftFile(binary)).rejects.toThrow(
      `${binary}: not an e-mail message (binary data)`,
    );
    if (process.getuid?.() !== 0) {
      // root reads anything, so a permission error can only be seen as another user.
      const locked = join(dir, "locked.eml");
      writeFileSync(locked, "To: a@b.example\n\nx");
      chmodSync(locked, 0o000);
      await expect(readDraftFile(locked)).rejects.toThrow(`${locked}: permission denied`);
    }
  });

  it("parseEml reads a message from a string, labelled for errors", async () => {
    const draft = await parseEml(
      "To: Dan <dan@whitakerbuilding.example>\nSubject: Hi\n\nHello Dan\n",
      "message 7",
    );
    expect(draft).toEqual({
      recipients: [{ address: "dan@whitakerbuilding.example", name: "Dan", kind: "to" }],
      subject: "Hi",
      body: { format: "text", content: "Hello Dan\n" },
      attachments: [],
    });
    await expect(parseEml("just words", "message 8")).rejects.toThrow(
      "message 8: not an e-mail message (no headers)",
    );
  });

  it.each([
    [
      "a delegate who sent it for From",
      "Sam Okafor <sam.okafor@coca-cola.example>",
      { address: "sam.okafor@coca-cola.example", name: "Sam Okafor" },
    ],
    ["From itself, in other case", "MEGGE.Anderson@Coca-Cola.example", undefined],
    ["an empty header", "", undefined],
    ["no address at all", "undisclosed", undefined],
  ])("reads the Sender header: %s", async (_, header, sender) => {
    const draft = await parseEml(
      `From: Megge Anderson <megge.anderson@coca-cola.example>\nSender: ${header}\nTo: jo@lawfirm.example\nSubject: Hi\n\nHello\n`,
      "message 9",
    );
    expect(draft.from).toEqual({
      address: "megge.anderson@coca-cola.example",
      name: "Megge Anderson",
    });
    expect(draft.sender).toEqual(sender);
  });
});

describe("readDraftFile: JSON drafts", () => {
  it("reads the core Draft shape as it is", async () => {
    const draft = await readDraftFile(jsonDraft("core-shape.json"));
    expect(draft).toEqual({
      from: { address: "alex.morgan@lawfirm.example", name: "Alex Morgan" },
      recipients: [
        { address: "megge.anderson@coca-cola.example", name: "Megge Anderson", kind: "to" },
        { address: "dan@whitakerbuilding.example", kind: "cc" },
      ],
      subject: "Board pack",
      body: { format: "html", content: "<p>Hi Megge,</p><p>See the board pack.</p>" },
      attachments: ["Board pack.pdf"],
    });
  });

  it("reads the friendly shape: to/cc/bcc strings or objects, text, attachment objects", async () => {
    const draft = await readDraftFile(jsonDraft("friendly.json"));
    expect(draft).toEqual({
      recipients: [
        { address: "megge.anderson@coca-cola.example", name: "Megge Anderson", kind: "to" },
        { address: "dan@whitakerbuilding.example", kind: "cc" },
        { address: "records@lawfirm.example", name: "Records", kind: "bcc" },
      ],
      subject: "Board pack",
      body: { format: "text", content: "Hi Megge,\n\nSee the board pack." },
      attachments: ["Board pack.pdf", "Minutes.docx"],
    });
  });

  it("reads html and a quoted display name", () => {
    const draft = parseJsonDraft(
      '{"to": "\\"Anderson, Megge\\" <megge.anderson@coca-cola.example>", "html": "<p>Hi</p>"}',
      "d.json",
    );
    expect(draft.recipients).toEqual([
      { address: "megge.anderson@coca-cola.example", name: "Anderson, Megge", kind: "to" },
    ]);
    expect(draft.body).toEqual({ format: "html", content: "<p>Hi</p>" });
    expect(draft.subject).toBe("");
  });

  it("names the line of a JSON syntax error", () => {
    const broken = '{\n  "to": ["megge.anderson@coca-cola.example"],\n  "subject": 1 2\n}\n';
    expect(() => parseJsonDraft(broken, "x.json")).toThrow(/^x\.json: line 3: /);
  });

  it.each([
    ["[]", "a JSON draft must be an object with recipients or to/cc"],
    ['{"subject": "x"}', 'a JSON draft needs "recipients" (or "to", "cc", "bcc")'],
    ['{"recipients": {}}', '"recipients" must be an array'],
    [
      '{"recipients": [{"address": "a@b.example", "kind": "reply-all"}]}',
      'recipients[0].kind must be "to", "cc" or "bcc", not "reply-all"',
    ],
    ['{"recipients": [{"name": "A"}]}', "recipients[0].address must be a string"],
    ['{"to": [42]}', 'to[0] must be an address string or an object with "address"'],
    ['{"to": [], "subject": 3}', '"subject" must be a string'],
    [
      '{"to": [], "body": {"format": "rtf", "content": ""}}',
      '"body" must be {"format": "html" | "text", "content": string} or a string',
    ],
    ['{"to": [], "html": false}', '"html" must be a string'],
    ['{"to": [], "attachments": "a.pdf"}', '"attachments" must be an array of file names'],
    [
      '{"to": [], "attachments": [1]}',
      'attachments[0] must be a file name or an object with "name"',
    ],
  ])("rejects %s", (content, reason) => {
    expect(() => parseJsonDraft(content, "d.json")).toThrow(`d.json: ${reason}`);
  });
});
