/**
 * The real `npx rapport` process (compiled, the Graph client, real HTTP) against the Graph stand-in.
 * One spawn, because each costs seconds; the in-process tests cover the commands in depth.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseProfileFile } from "../../src/profiles/file-source";
import { provisionList, readAllProfiles } from "../../src/profiles/list-admin";
import { GraphStandIn } from "../helpers/graph-stand-in";
import { LIST_NAME, sourceFor } from "../profiles/graph-fixtures";
import { ROOT } from "./spawn";

jest.setTimeout(120_000);

/** Async, unlike spawnSync: the stand-in lives in this process and must keep answering. */
function rapport(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn("npx", ["--no-install", "rapport", ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

it("imports the sample profiles as a real process, never printing the token", async () => {
  const standIn = new GraphStandIn();
  await standIn.start();
  try {
    const source = sourceFor(standIn);
    await provisionList(source);
    const samples = join(ROOT, "assets", "sample-profiles.json");

    const run = await rapport(
      [
        "import",
        samples,
        "--site",
        standIn.siteUrl,
        "--list",
        LIST_NAME,
        "--graph-base-url",
        standIn.baseUrl,
      ],
      { RAPPORT_GRAPH_TOKEN: standIn.token },
    );

    expect(run.status).toBe(0);
    expect(run.stdout).toContain("6 created, 0 updated, 0 unchanged");
    expect(run.stdout + run.stderr).not.toContain(standIn.token);
    const back = (await readAllProfiles(source)).profiles.map((stored) => stored.profile);
    expect(back).toEqual(parseProfileFile(readFileSync(samples, "utf8"), samples).profiles);
  } finally {
    await standIn.stop();
  }
});
