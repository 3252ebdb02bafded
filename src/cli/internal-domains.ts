import { singleLine } from "../core/text/single-line";
import { UsageError } from "./context";

/**
 * The firm's own domains given with --internal-domain (`check` and `listen`): "@Firm.example"
 * and any case taken; anything that is not a domain is a usage error naming it.
 */
export function parseInternalDomains(values: readonly string[] | undefined): string[] {
  const domains = (values ?? []).map((d) => d.trim().replace(/^@/, "").toLowerCase());
  for (const domain of domains) {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) {
      throw new UsageError(
        `--internal-domain: "${singleLine(domain)}" is not a domain (e.g. lawfirm.example)`,
      );
    }
  }
  return domains;
}
