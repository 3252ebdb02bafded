/**
 * Whether an address is at a consumer mail provider (gmail.com, t-online.de): then "everyone at
 * @domain" is everyone who uses that provider, never one client, and the pane offers no
 * organisation profile for it. The provider list is ~25 KB gzip, so it is loaded on first use
 * (its own chunk, shared with listening) rather than with the pane; undefined until it is known.
 */
import { useEffect, useState } from "react";

type Check = (domain: string) => boolean;
let loading: Promise<Check> | undefined;

function loadCheck(): Promise<Check> {
  if (!loading) {
    loading = import(/* webpackChunkName: "personal-mail" */ "../core/listen/personal-mail").then(
      (module) => module.isPersonalMailDomain,
    );
    // A failed load is tried again next time, not kept.
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/** True at a consumer mail provider, false elsewhere, undefined while unknown (or unloadable). */
export function usePersonalMailDomain(address: string | undefined): boolean | undefined {
  const domain =
    address && address.includes("@") ? address.slice(address.lastIndexOf("@") + 1) : "";
  const [known, setKnown] = useState<{ domain: string; personal: boolean }>();
  useEffect(() => {
    if (!domain) return;
    let current = true;
    loadCheck().then(
      (check) => {
        if (current) setKnown({ domain, personal: check(domain) });
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [domain]);
  return known && known.domain === domain ? known.personal : undefined;
}
