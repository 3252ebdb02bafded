/**
 * One side of the same-moment A/B (bench/ab.sh): the engine bench's 100 KB body with 1 and 10
 * recipients. Bundled once per side; bench/ab.sh loads both bundles into one process and times
 * them in alternate blocks (process.cpuUsage), so both sides see the same load, the same heap
 * and the same moment.
 */
import { evaluate } from "../src/core/engine";
import { audience, businessHtml, draftFor } from "./fixtures";

export function cases(): { label: string; run: () => unknown }[] {
  const html = businessHtml(100_000, 100_000);
  return [1, 10].map((count) => {
    const { recipients, effective } = audience(count);
    const draft = draftFor(recipients, html);
    return { label: `r${count}`, run: () => evaluate(draft, effective) };
  });
}
