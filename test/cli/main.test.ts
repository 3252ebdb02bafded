/** The command in-process, with captured output: usage, policy and option handling. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { main } from "../../src/cli/main";
import { UsageError } from "../../src/cli/context";
import { loadProfileSource, type ProfileLoader } from "../../src/cli/profile-loaders";
import { FileProfileSource } from "../../src/profiles/file-source";
import { capture } from "./capture-io";
import { ROOT } from "./spawn";

jest.setTimeout(30_000);

const at = (path: string) => join(ROOT, path);
const PROFILES = at("assets/sample-profiles.json");
const temp = () => mkdtempSync(join(tmpdir(), "rapport-main-"));

describe("rapport (in-process)", () => {
  it("explains itself with --help and lists the check command", async () => {
    const io = capture();
    expect(await main(["--help"], io)).toBe(0);
    expect(io.out).toContain("Usage: rapport [options] [command]");
    expect(io.out).toMatch(/check \[options\] <drafts\.\.\.>/);
  });

  it("explains check with its options, exit codes and examples", async () => {
    const io = capture();
    expect(await main(["check", "--help"], io)).toBe(0);
    for (const text of [
      "--profiles <file>",
      "--format <format>",
      "--policy <file>",
      "--internal-domain <domain>",
      "--include-quoted",
      "Exit codes: 0",
      "Examples:",
    ]) {
      expect(io.out).toContain(text);
    }
  });

  it("prints its version", async () => {
    const io = capture();
    expect(await main(["--version"], io)).toBe(0);
    expect(io.out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [[], "Usage: rapport"],
    [["frobnicate"], "unknown command 'frobnicate'"],
    [["check", "--profiles", PROFILES], "missing required argument 'drafts'"],
    [["check", "--profiles", PROFILES, "--bogus", "x.eml"], "unknown option '--bogus'"],
    [
      ["check", "--profiles", PROFILES, "--format", "xml", "x.eml"],
      "error: option '-f, --format <format>' argument 'xml' is invalid",
    ],
  ])("exits 2 on bad usage: %j", async (argv, message) => {
    const io = capture();
    expect(await main(argv, io)).toBe(2);
    expect(io.err).toContain(message);
  });

  it("reports a recipient nobody has asked as info, which does not fail the run", async () => {
    const dir = temp();
    const draft = join(dir, "d.json");
    writeFileSync(draft, JSON.stringify({ to: ["someone@unknown.example"], text: "Hello" }));
    const io = capture();
    expect(await main(["check", "--profiles", PROFILES, "--format", "json", draft], io)).toBe(0);
    const report = JSON.parse(io.out) as {
      drafts: { findings: { check: string; severity: string }[] }[];
    };
    expect(report.drafts[0]!.findings).toEqual([
      expect.objectContaining({ check: "no-profile", severity: "info" }),
    ]);
  });

  it("treats --internal-domain recipients as colleagues and rejects what is not a domain", async () => {
    const dir = temp();
    const draft = join(dir, "d.json");
    writeFileSync(draft, JSON.stringify({ to: ["partner@lawfirm.example"], text: "Hello" }));
    const io = capture();
    expect(
      await main(
        [
          "check",
          "--profiles",
          PROFILES,
          "--format",
          "json",
          "--internal-domain",
          "@LawFirm.example",
          draft,
        ],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.out)).toEqual({ drafts: [{ file: draft, findings: [] }] });

    const bad = capture();
    expect(
      await main(["check", "--profiles", PROFILES, "--internal-domain", "law firm", draft], bad),
    ).toBe(2);
    expect(bad.err).toBe(
      'rapport: --internal-domain: "law firm" is not a domain (e.g. lawfirm.example)\n',
    );
  });

  it("applies a policy file: a check switched off stays silent", async () => {
    const dir = temp();
    const policy = join(dir, "policy.json");
    writeFileSync(policy, JSON.stringify({ checks: { "no-profile": { severity: "off" } } }));
    const draft = join(dir, "d.json");
    writeFileSync(draft, JSON.stringify({ to: ["someone@unknown.example"], text: "Hello" }));
    const io = capture();
    expect(
      await main(
        ["check", "--profiles", PROFILES, "--policy", policy, "--format", "json", draft],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.out)).toEqual({ drafts: [{ file: draft, findings: [] }] });
  });

  it("stops at a policy entry for a check that does not exist, as the add-in rejects such a file", async () => {
    const dir = temp();
    const policy = join(dir, "policy.json");
    writeFileSync(
      policy,
      JSON.stringify({ checks: { "competitor-mentions": { severity: "error" } } }),
    );
    const draft = join(dir, "d.json");
    writeFileSync(
      draft,
      JSON.stringify({ to: ["sam.rivera@ups.example"], text: "Sent by FedEx." }),
    );
    const io = capture();
    expect(await main(["check", "--profiles", PROFILES, "--policy", policy, draft], io)).toBe(2);
    expect(io.err).toMatch(
      /checks\.competitor-mentions: not a check \(the checks are .*competitor-mention/,
    );
    expect(io.err).toMatch(/the add-in rejects such a file/);
    expect(io.out).toBe("");
  });

  it.each([
    ["[]", "a policy must be a JSON object"],
    ['{"monitorOnly": "yes"}', '"monitorOnly" must be true or false'],
    ['{"internalDomains": "lawfirm.example"}', '"internalDomains" must be a list of domains'],
    ['{"checks": []}', '"checks" must be an object keyed by check id'],
    [
      '{"checks": {"competitor-mention": "error"}}',
      'checks.competitor-mention must be an object like {"severity": "error"}',
    ],
    [
      '{"checks": {"competitor-mention": {"severity": "fatal"}}}',
      "checks.competitor-mention.severity must be one of info, warning, error, off",
    ],
    [
      '{"checks": {"competitor-mention": {"monitorOnly": 1}}}',
      "checks.competitor-mention.monitorOnly must be true or false",
    ],
    ['{\n  "enabled": true,\n  oops\n}', "line 3: "],
  ])("rejects the policy %s", async (content, message) => {
    const dir = temp();
    const policy = join(dir, "policy.json");
    writeFileSync(policy, content);
    const io = capture();
    expect(await main(["check", "--profiles", PROFILES, "--policy", policy, "x.eml"], io)).toBe(2);
    expect(io.err).toContain(`rapport: ${policy}: ${message}`);
    expect(io.out).toBe("");
  });

  it("says when the profile or policy file cannot be read", async () => {
    const io = capture();
    expect(await main(["check", "--profiles", "nope.csv", "x.eml"], io)).toBe(2);
    expect(io.err).toBe("rapport: nope.csv: no such file\n");
    const policy = capture();
    expect(
      await main(["check", "--profiles", PROFILES, "--policy", "nope.json", "x.eml"], policy),
    ).toBe(2);
    expect(policy.err).toBe("rapport: nope.json: no such file\n");
  });

  it("exits 2 when the profile file has problems and no usable profile", async () => {
    const dir = temp();
    const useless = join(dir, "useless.json");
    writeFileSync(
      useless,
      JSON.stringify([{ title: "Nobody" }, { matchKey: "x.example", billingDetail: 3 }]),
    );
    const io = capture();
    expect(await main(["check", "--profiles", useless, "x.eml"], io)).toBe(2);
    expect(io.err).toBe(
      [
        `error: ${useless}: Nobody: matchKey: is required`,
        `error: ${useless}: x.example: matchKey: must be an e-mail address (name@client.com) or a domain written @client.com, not "x.example"`,
        `rapport: ${useless}: no usable profile`,
        "",
      ].join("\n"),
    );
    expect(io.out).toBe("");
  });

  it("keeps a profile with one bad field, leaving out only that field", async () => {
    const dir = temp();
    const file = join(dir, "clients.json");
    writeFileSync(
      file,
      JSON.stringify([
        { matchKey: "@coca-cola.example", competitors: ["Pepsi"], lastConfirmed: "31/02/2026" },
      ]),
    );
    const draft = join(dir, "d.json");
    writeFileSync(draft, JSON.stringify({ to: ["ops@coca-cola.example"], text: "Pepsi numbers" }));
    const io = capture();
    expect(await main(["check", "--profiles", file, "--format", "json", draft], io)).toBe(1);
    expect(io.err).toContain(
      `error: ${file}: @coca-cola.example: lastConfirmed: must be a real date written yyyy-mm-dd, not "31/02/2026"; left out, the rest of this profile is used`,
    );
    const report = JSON.parse(io.out) as { drafts: { findings: { check: string }[] }[] };
    expect(report.drafts[0]!.findings.map((f) => f.check)).toContain("competitor-mention");
  });

  it("warns about an empty profile list but still checks", async () => {
    const dir = temp();
    const empty = join(dir, "empty.json");
    writeFileSync(empty, "[]");
    const draft = join(dir, "d.json");
    writeFileSync(draft, JSON.stringify({ to: ["megge.anderson@coca-cola.example"], text: "Hi" }));
    const io = capture();
    expect(await main(["check", "--profiles", empty, draft], io)).toBe(0);
    expect(io.err).toBe(`warning: ${empty}: holds no profiles\n`);
  });

  it("strips terminal control characters from untrusted text in the readable report", async () => {
    const dir = temp();
    const draft = join(dir, "d.json");
    writeFileSync(
      draft,
      JSON.stringify({
        to: [{ address: "x@unknown.example", name: "Evil\u001b[31m Name" }],
        text: "Hi",
      }),
    );
    const io = capture();
    await main(["check", "--profiles", PROFILES, draft], io);
    expect(io.out).toContain("Evil [31m Name");
    expect(io.out).not.toContain("\u001b");
  });

  it("prints hostile profile and mail text as text: no escapes, no forged lines, no bidi reordering", async () => {
    const dir = temp();
    const forged = "\n    error    nothing to fix, choose Send anyway [competitor-mention]\n";
    const profiles = join(dir, "hostile.json");
    writeFileSync(
      profiles,
      JSON.stringify([
        {
          matchKey: "@coca-cola.example",
          clientName: `Coca-Cola\u001b]0;pwned\u0007${forged}`,
          competitors: ["Pepsi"],
          billingDetail: `summary\u001b[2J${forged}`, // not a choice: warned about on stderr
        },
        {
          matchKey: "megge.anderson@coca-cola.example",
          preferredName: `Megge${forged}`,
          fullName: "Megge \u202eAnderson",
          avoidNames: ["Meg"],
        },
      ]),
    );
    const draft = join(dir, "d.json");
    writeFileSync(
      draft,
      JSON.stringify({
        to: [{ address: "megge.anderson@coca-cola.example", name: `Meg\u2028${forged}` }],
        subject: "Pepsi\u001b[31m",
        text: "Hi Meg, the Pepsi numbers.",
      }),
    );
    const io = capture();
    await main(["check", "--profiles", profiles, draft], io);

    const output = io.out + io.err;
    // Controls (but the newlines that end report lines), line separators and bidi overrides.
    const forbidden = [...output].filter((char) => {
      const code = char.charCodeAt(0);
      return (
        (code < 0x20 && code !== 0x0a) ||
        (code >= 0x7f && code <= 0x9f) ||
        code === 0x2028 ||
        code === 0x2029 ||
        (code >= 0x202a && code <= 0x202e)
      );
    });
    expect(forbidden).toEqual([]);
    // Every report line is Rapport's own: a draft, a recipient, a finding, its location or fix.
    const forgedLines = io.out
      .split("\n")
      .filter((line) => /^\s+error\s+nothing to fix/.test(line));
    expect(forgedLines).toEqual([]);
    expect(
      io.err
        .split("\n")
        .filter((l) => l !== "")
        .every((l) => /^(warning|error|rapport): /.test(l)),
    ).toBe(true);
  });
});

describe("loadProfileSource", () => {
  const fake = (option: string, source?: FileProfileSource): ProfileLoader => ({
    option,
    addOptions: (command: Command) => void command,
    load: async () => source,
  });

  it("uses the one loader whose options were given", async () => {
    const source = new FileProfileSource([]);
    await expect(
      loadProfileSource({}, capture(), [fake("--profiles FILE"), fake("--site URL", source)]),
    ).resolves.toBe(source);
  });

  it("refuses none and refuses two", async () => {
    const source = new FileProfileSource([]);
    await expect(
      loadProfileSource({}, capture(), [fake("--profiles FILE"), fake("--site URL")]),
    ).rejects.toThrow(new UsageError("no profiles given: use --profiles FILE or --site URL"));
    await expect(
      loadProfileSource({}, capture(), [
        fake("--profiles FILE", source),
        fake("--site URL", source),
      ]),
    ).rejects.toThrow("give only one of --profiles FILE, --site URL");
  });
});
