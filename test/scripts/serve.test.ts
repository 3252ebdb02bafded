/**
 * scripts/serve.mjs as users run it: a child process on a free port over a folder of files.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const SERVE = resolve(__dirname, "../../scripts/serve.mjs");
jest.setTimeout(60_000);

let root: string;
let child: ChildProcess;
let base: string;

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), "rapport-serve-"));
  root = join(parent, "dist");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "playground.html"), "<!doctype html><title>p</title>");
  writeFileSync(join(root, "playground.js"), "console.log(1)");
  writeFileSync(join(root, "assets", "icon-16.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(parent, "secret.txt"), "outside the served folder");
  child = spawn(process.execPath, [SERVE, "--port", "0", "--root", root], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  base = await new Promise<string>((done, fail) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Rapport playground: (http:\/\/[^/\s]+)\//.exec(output);
      if (match) done(match[1]!);
    });
    child.on("exit", (code) => fail(new Error(`serve.mjs exited with ${code}: ${output}`)));
  });
});

afterAll(() => {
  child?.kill("SIGTERM");
  rmSync(resolve(root, ".."), { recursive: true, force: true });
});

describe("serve.mjs", () => {
  it("redirects / to the playground", async () => {
    const response = await fetch(`${base}/`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/playground.html");
  });

  it.each([
    ["/playground.html", "text/html; charset=utf-8"],
    ["/playground.js", "text/javascript; charset=utf-8"],
    ["/assets/icon-16.png", "image/png"],
  ])("serves %s as %s with the security headers", async (path, type) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors");
    // MSAL's sign-in popup must keep its opener, or sign-in never completes.
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin-allow-popups");
  });

  it("answers 404 for missing files and never serves files outside its folder", async () => {
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
    // An encoded slash survives URL normalisation; the server must still refuse to climb out.
    const climbing = await fetch(`${base}/..%2Fsecret.txt`);
    expect([400, 404]).toContain(climbing.status);
    expect(await climbing.text()).not.toContain("outside the served folder");
  });

  it("refuses methods other than GET and HEAD", async () => {
    expect((await fetch(`${base}/playground.html`, { method: "POST" })).status).toBe(405);
  });
});

describe("serve.mjs arguments", () => {
  it("says clearly when the port is not a port", async () => {
    const bad = spawn(process.execPath, [SERVE, "--port", "http", "--root", root], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    bad.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => bad.on("exit", done));
    expect(code).toBe(1);
    expect(stderr).toContain('Port must be a whole number from 0 to 65535, not "http"');
  });
});
