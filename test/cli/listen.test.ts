/** `rapport listen`, in-process for options and formats, and once as the real spawned command. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { capture } from "./capture-io";
import { rapport, ROOT } from "./spawn";

jest.setTimeout(120_000);

const at = (path: string) => join(ROOT, path);
const PROFILES = at("assets/sample-profiles.json");
const MEGGE = at("test/cli/fixtures/messages/megge-two-preferences.eml");
const NOTHING = at("test/cli/fixtures/messages/nothing-heard.eml");
const NO_SENDER = at("test/cli/fixtures/messages/no-sender.eml");
const DELEGATE = at("test/cli/fixtures/messages/delegate-for-megge.eml");
const WITHDRAWS = at("test/cli/fixtures/messages/megge-withdraws.eml");

interface JsonOutput {
  messages: {
    file: string;
    from?: string;
    error?: string;
    suggestions: Record<string, unknown>[];
  }[];
}

describe("rapport listen (in-process)", () => {
  it("explains itself with its options, exit codes and examples", async () => {
    const io = capture();
    expect(await main(["listen", "--help"], io)).toBe(0);
    for (const text of [
      "<messages...>",
      "--profiles <file>",
      "--site <url>",
      "--format <format>",
      "Exit codes: 0",
      "Examples:",
    ]) {
      expect(io.out).toContain(text);
    }
  });

  it("prints exactly the JSON contract and exits 1 when something is heard", async () => {
    const io = capture();
    expect(await main(["listen", "--format", "json", MEGGE], io)).toBe(1);
    const output = JSON.parse(io.out) as JsonOutput;
    expect(Object.keys(output)).toEqual(["messages"]);
    const [message] = output.messages;
    expect(Object.keys(message!)).toEqual(["file", "from", "suggestions"]);
    expect(message!.from).toBe("megge.anderson@coca-cola.example");
    for (const s of message!.suggestions) {
      expect(Object.keys(s)).toEqual([
        "profile",
        "field",
        "op",
        "value",
        "quote",
        "start",
        "end",
        "alreadyKnown",
      ]);
    }
    expect(
      message!.suggestions.map(
        (s) => `${s.profile} ${s.field} ${s.op} ${s.value} ${s.alreadyKnown}`,
      ),
    ).toEqual([
      "megge.anderson@coca-cola.example preferredName set Megge false",
      "megge.anderson@coca-cola.example avoidNames add Meg false",
      "megge.anderson@coca-cola.example avoidChannels add phone false",
      "megge.anderson@coca-cola.example preferredChannels add email false",
      "@coca-cola.example billingDetail set summary false",
    ]);
  });

  it("prints a withdrawal of a value on file as op remove, and says 'remove' in text", async () => {
    const io = capture();
    expect(await main(["listen", "--profiles", PROFILES, "--format", "json", WITHDRAWS], io)).toBe(
      1,
    );
    const [message] = (JSON.parse(io.out) as JsonOutput).messages;
    expect(message!.suggestions).toEqual([
      {
        profile: "megge.anderson@coca-cola.example",
        field: "avoidChannels",
        op: "remove",
        value: "phone",
        quote: "A quick update: I'm happy to take calls again, now that I have my own office.",
        start: expect.any(Number),
        end: expect.any(Number),
        alreadyKnown: false,
      },
    ]);
    const text = capture();
    await main(["listen", "--profiles", PROFILES, WITHDRAWS], text);
    expect(text.out).toContain(
      "    Channels to avoid: remove phone calls (withdrawn by the client: on file, no longer wanted)",
    );
    expect(text.out).toContain("1 message, 1 suggested change, 0 confirmations");
    // Without the profile that holds it, there is nothing to withdraw.
    const none = capture();
    expect(await main(["listen", "--format", "json", WITHDRAWS], none)).toBe(0);
  });

  it("marks what the profiles already hold as confirmations", async () => {
    const io = capture();
    expect(await main(["listen", "--profiles", PROFILES, "--format", "json", MEGGE], io)).toBe(1);
    const output = JSON.parse(io.out) as JsonOutput;
    expect(output.messages[0]!.suggestions.every((s) => s.alreadyKnown === true)).toBe(true);
  });

  it("exits 0 when nothing is heard: a past call and a one-off request", async () => {
    const io = capture();
    expect(await main(["listen", "--profiles", PROFILES, NOTHING], io)).toBe(0);
    expect(io.out).toContain("no preference heard");
    expect(io.out).toContain("1 message, 0 suggested changes, 0 confirmations");
  });

  it("reports an unreadable message with its reason, hears the others, and exits 2", async () => {
    const io = capture();
    const missing = join(mkdtempSync(join(tmpdir(), "rapport-listen-")), "gone.eml");
    expect(await main(["listen", "--format", "json", missing, NO_SENDER, MEGGE], io)).toBe(2);
    const output = JSON.parse(io.out) as JsonOutput;
    expect(output.messages.map((m) => m.error)).toEqual([
      "no such file",
      expect.stringContaining("no sender address"),
      undefined,
    ]);
    expect(output.messages[0]).toEqual({ file: missing, suggestions: [], error: "no such file" });
    expect(output.messages[2]!.suggestions).toHaveLength(5);
    expect(io.err).toContain(`${missing}: no such file`);
  });

  it("writes a report a lawyer can read, grouped by the profile each change is for", async () => {
    const io = capture();
    await main(["listen", MEGGE], io);
    expect(io.out).toContain(
      "from Megge Anderson <megge.anderson@coca-cola.example> · sent 2025-03-03",
    );
    expect(io.out).toContain("for their own profile (megge.anderson@coca-cola.example):");
    expect(io.out).toContain('    Preferred name: set to "Megge"');
    expect(io.out).toContain("    Channels to avoid: add phone calls");
    expect(io.out).toContain("for their organisation (@coca-cola.example):");
    expect(io.out).toContain("    Billing detail: set to summary (no time-entry detail)");
    expect(io.out).toContain(
      `heard in "We're also moving to summary invoices across all our matters."`,
    );
    expect(io.out).not.toContain("\u001b[");
  });

  it("reads a delegate's words (the Sender header) for the principal in From", async () => {
    const io = capture();
    expect(await main(["listen", "--format", "json", DELEGATE], io)).toBe(1);
    const [message] = (JSON.parse(io.out) as JsonOutput).messages;
    expect(message!.from).toBe("megge.anderson@coca-cola.example");
    expect(message!.suggestions.map((s) => `${s.profile} ${s.field} ${s.value}`)).toContain(
      "megge.anderson@coca-cola.example avoidChannels phone",
    );

    // Without the header the same words are a third person's, and nothing is Megge's own.
    const withoutSender = join(mkdtempSync(join(tmpdir(), "rapport-listen-")), "no-sender.eml");
    writeFileSync(withoutSender, readFileSync(DELEGATE, "utf8").replace(/^Sender: .*\r?\n/m, ""));
    const plain = capture();
    expect(await main(["listen", "--format", "json", withoutSender], plain)).toBe(0);

    const text = capture();
    await main(["listen", DELEGATE], text);
    expect(text.out).toContain(
      "from Megge Anderson <megge.anderson@coca-cola.example> · sent by Sam Okafor <sam.okafor@coca-cola.example> for them",
    );
  });

  it("keeps a message's control characters out of the terminal", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "rapport-listen-")), "evil.eml");
    writeFileSync(
      file,
      "From: Evil <evil@x.example>\nSubject: \u001b[31mred\nContent-Type: text/plain\n\nPlease call me Evil\u001b[2J. It's Evil, not Eve.\n",
    );
    const io = capture();
    await main(["listen", file], io);
    expect(io.out).not.toContain("\u001b");
  });

  it("prints a hostile file name and its read error on one line, without escapes (audit 48a, 8)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-listen-"));
    // A name saved from mail: a line break and a colour escape that fake an all-clear line.
    const missing = join(dir, "evil\n\u001b[31mFAKE: all clear\u001b[0m.eml");
    const empty = join(dir, "no\rsender\u001b[2J.eml");
    writeFileSync(empty, "Subject: no sender\n\nhello\n");
    for (const file of [missing, empty]) {
      const io = capture();
      expect(await main(["listen", file], io)).toBe(2);
      expect(io.err.split("\n").filter(Boolean)).toHaveLength(1);
      expect(io.err).not.toContain("\u001b");
      expect(io.err).not.toContain("\r");
      expect(io.err).toMatch(/^rapport: .*evil|^rapport: .*no.sender/);
    }
  });

  it("with --internal-domain, never files a relayed wish on the firm's lawyer, nor hears a colleague (audit 48a, finding 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-listen-firm-"));
    const relayed = join(dir, "relayed.eml");
    writeFileSync(
      relayed,
      [
        "From: Pat Client <pat@acme.example>",
        "To: Dan Wright <dan.wright@firm.example>",
        "Subject: Re: matter",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Hi Dan,",
        "",
        "I'm Mr Wright's PA. He would rather you did not phone him.",
        "",
        "Pat",
        "",
      ].join("\r\n"),
    );
    const before = capture();
    await main(["listen", "--format", "json", relayed], before);
    const profilesBefore = (JSON.parse(before.out) as JsonOutput).messages[0]!.suggestions.map(
      (s) => s.profile,
    );
    const io = capture();
    await main(
      ["listen", "--format", "json", "--internal-domain", "@Firm.example", relayed, MEGGE],
      io,
    );
    const [heard, colleague] = (JSON.parse(io.out) as JsonOutput).messages;
    expect(profilesBefore.filter((p) => String(p).endsWith("@firm.example"))).toEqual([
      "dan.wright@firm.example",
    ]);
    expect(heard!.suggestions.filter((s) => String(s.profile).endsWith("@firm.example"))).toEqual(
      [],
    );
    expect(colleague!.suggestions.length).toBeGreaterThan(0);
    const firm = capture();
    expect(
      await main(
        ["listen", "--format", "json", "--internal-domain", "coca-cola.example", MEGGE],
        firm,
      ),
    ).toBe(0);
    expect((JSON.parse(firm.out) as JsonOutput).messages[0]!.suggestions).toEqual([]);
    const bad = capture();
    expect(await main(["listen", "--internal-domain", "not a domain", MEGGE], bad)).toBe(2);
    expect(bad.err).toMatch(/--internal-domain/);
  });

  it("refuses two profile sources at once", async () => {
    const io = capture();
    expect(
      await main(
        [
          "listen",
          "--profiles",
          PROFILES,
          "--site",
          "https://contoso.sharepoint.com/sites/x",
          MEGGE,
        ],
        io,
      ),
    ).toBe(2);
    expect(io.err).toMatch(/give only one of --profiles FILE/);
  });
});

describe("rapport listen (spawned)", () => {
  it("is the command npx runs, with its exit codes", () => {
    const heard = rapport(["listen", "--format", "json", "--profiles", PROFILES, MEGGE]);
    expect(heard.status).toBe(1);
    expect((JSON.parse(heard.stdout) as JsonOutput).messages[0]!.suggestions).toHaveLength(5);
    expect(rapport(["listen", NOTHING]).status).toBe(0);
    expect(rapport(["listen", "--format", "yaml", NOTHING]).status).toBe(2);
  });
});
