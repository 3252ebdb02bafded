import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildForTests, E2E_BUILD_DIR, startServer } from "./server";

/**
 * Build once (skip with RAPPORT_E2E_SKIP_BUILD=1 when a test build exists), start the server,
 * and hand its URL to the tests through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const reuse =
    process.env.RAPPORT_E2E_SKIP_BUILD === "1" &&
    existsSync(join(E2E_BUILD_DIR, "playground.html"));
  if (!reuse) {
    console.log("\nBuilding the playground for the browser tests…");
    await buildForTests();
  }
  const { url, child } = await startServer(E2E_BUILD_DIR);
  process.env.RAPPORT_E2E_URL = url;
  (globalThis as { rapportE2eServer?: unknown }).rapportE2eServer = child;
}
