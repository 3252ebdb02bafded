import type { ChildProcess } from "node:child_process";

export default async function globalTeardown(): Promise<void> {
  const child = (globalThis as { rapportE2eServer?: ChildProcess }).rapportE2eServer;
  if (child && child.exitCode === null) {
    child.removeAllListeners("exit");
    await new Promise<void>((done) => {
      child.once("exit", () => done());
      child.kill("SIGTERM");
    });
  }
}
