/**
 * Organisation profiles keyed at a consumer mail provider ("@gmail.com", "@t-online.de"): such a
 * key applies to everyone who writes from that provider, not to one client. Before round 48 a
 * heard wish from a home address could be filed that way, so import refuses new ones and export
 * names the ones a list already holds.
 */
import { isPersonalMailDomain } from "../core/listen";

/** The `@domain` keys among `matchKeys` whose domain is a consumer mail provider's. */
export function consumerDomainKeys(matchKeys: readonly string[]): string[] {
  return matchKeys.filter((key) => key.startsWith("@") && isPersonalMailDomain(key.slice(1)));
}

/** Why such a key is wrong and what to do instead, for one line on stderr. */
export function consumerDomainProblem(key: string): string {
  const domain = key.slice(1);
  return `${key} is an organisation profile at a consumer mail provider: it would apply to everyone who writes from ${domain}. Put the preferences on the person's own address (name@${domain}) instead`;
}
