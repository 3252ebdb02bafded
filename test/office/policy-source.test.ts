import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePolicy, PolicyError } from "../../src/office/policy-parse";
import {
  CachedPolicySource,
  POLICY_CACHE_KEY,
  POLICY_TTL_MS,
} from "../../src/office/policy-source";
import { MemoryStore } from "../../src/office/storage";

describe("parsePolicy", () => {
  it("accepts the shipped default policy.json, where every check warns and nothing blocks", () => {
    const raw = JSON.parse(readFileSync(join(__dirname, "../../public/policy.json"), "utf8"));
    const { policy, warnings } = parsePolicy(raw);
    expect(warnings).toEqual([]);
    expect(policy.enabled).toBe(true);
    const severities = Object.entries(policy.checks ?? {}).map(([id, c]) => [id, c.severity]);
    expect(severities.filter(([, s]) => s === "error")).toEqual([]);
    expect(policy.checks?.["competitor-mention"]).toEqual({ severity: "warning" });
  });

  it("reads shorthands and full forms per check, and normalises internal domains", () => {
    const { policy } = parsePolicy({
      checks: {
        "billing-phrase": "error",
        "avoided-topic": "off",
        "entertainment-invite": "monitor",
        "name-spelling": { severity: "warning", monitorOnly: false },
      },
      internalDomains: ["@LawFirm.example", "lawfirm-uk.example"],
    });
    expect(policy).toEqual({
      checks: {
        "billing-phrase": { severity: "error" },
        "avoided-topic": { severity: "off" },
        "entertainment-invite": { monitorOnly: true },
        "name-spelling": { severity: "warning", monitorOnly: false },
      },
      internalDomains: ["lawfirm.example", "lawfirm-uk.example"],
    });
  });

  it("rejects the whole file, naming every bad value", () => {
    expect(() =>
      parsePolicy({
        enabled: "yes",
        checks: { "billing-phrase": "block" },
        internalDomains: ["not a domain"],
      }),
    ).toThrow(
      new PolicyError([
        'enabled must be true or false, not "yes"',
        'internalDomains[0] is not a domain: "not a domain"',
        'checks.billing-phrase must be one of info, warning, error, off, monitor, not "block"',
      ]),
    );
    expect(() => parsePolicy([])).toThrow("expected a JSON object, found a list");
  });

  it("reads what to do when a message cannot be checked, and rejects anything else", () => {
    expect(parsePolicy({ onCheckFailure: "send" }).policy).toEqual({ onCheckFailure: "send" });
    expect(parsePolicy({ onCheckFailure: "prompt" }).policy).toEqual({ onCheckFailure: "prompt" });
    expect(() => parsePolicy({ onCheckFailure: "block" })).toThrow(
      new PolicyError(['onCheckFailure must be "prompt" or "send", not "block"']),
    );
    expect(() => parsePolicy({ onCheckFailure: true })).toThrow(/onCheckFailure must be/);
  });

  it("reports unknown top-level keys without failing", () => {
    expect(parsePolicy({ enabeld: false }).warnings).toEqual([
      "enabeld is not a known setting and was ignored",
    ]);
  });
});

describe("CachedPolicySource", () => {
  const URL = "https://rapport.contoso.example/policy.json";

  function setup(responses: (() => Promise<string>)[]) {
    let now = 1_000_000;
    const store = new MemoryStore();
    const fetchText = jest.fn((_url: string) => {
      const next = responses.shift();
      if (!next) throw new Error("unexpected fetch");
      return next();
    });
    const fallbacks: string[] = [];
    const source = new CachedPolicySource({
      url: URL,
      store,
      fetchText,
      now: () => now,
      onFallback: (reason) => fallbacks.push(reason),
    });
    return { source, store, fetchText, fallbacks, advance: (ms: number) => (now += ms) };
  }

  it("fetches once, then answers from the cache for five minutes", async () => {
    const { source, fetchText, advance } = setup([
      async () => '{"enabled": false}',
      async () => '{"enabled": true}',
    ]);

    await expect(source.getPolicy()).resolves.toEqual({ enabled: false });
    advance(POLICY_TTL_MS - 1);
    await expect(source.getPolicy()).resolves.toEqual({ enabled: false });
    expect(fetchText).toHaveBeenCalledTimes(1);
    expect(fetchText).toHaveBeenCalledWith(URL);

    advance(1);
    await expect(source.getPolicy()).resolves.toEqual({ enabled: true });
    expect(fetchText).toHaveBeenCalledTimes(2);
  });

  it("keeps the last good policy when the file turns invalid or unreachable", async () => {
    const { source, advance, fallbacks } = setup([
      async () => '{"monitorOnly": true}',
      async () => '{"monitorOnly": "sometimes"}',
      () => Promise.reject(new Error("HTTP 404")),
    ]);

    await source.getPolicy();
    advance(POLICY_TTL_MS);
    await expect(source.getPolicy()).resolves.toEqual({ monitorOnly: true });
    advance(POLICY_TTL_MS);
    await expect(source.getPolicy()).resolves.toEqual({ monitorOnly: true });
    expect(fallbacks).toHaveLength(2);
    expect(fallbacks[1]).toContain("HTTP 404");
  });

  it("uses the default policy when there never was a good one, without refetching at once", async () => {
    const { source, fetchText } = setup([() => Promise.reject(new Error("offline"))]);

    await expect(source.getPolicy()).resolves.toEqual({});
    await expect(source.getPolicy()).resolves.toEqual({});
    expect(fetchText).toHaveBeenCalledTimes(1);
  });

  it("ignores a tampered cache entry", async () => {
    const { source, store, fetchText } = setup([async () => "{}"]);
    await store.set(
      POLICY_CACHE_KEY,
      JSON.stringify({ checkedAt: 1_000_000, policy: { enabled: "no" } }),
    );

    await expect(source.getPolicy()).resolves.toEqual({});
    expect(fetchText).toHaveBeenCalledTimes(1);
  });

  it("stops waiting for a slow server and falls back", async () => {
    jest.useFakeTimers();
    try {
      const store = new MemoryStore();
      const source = new CachedPolicySource({
        url: URL,
        store,
        fetchText: () => new Promise<string>(() => undefined),
        timeoutMs: 1500,
      });
      const answer = source.getPolicy();
      await jest.advanceTimersByTimeAsync(1500);
      await expect(answer).resolves.toEqual({});
    } finally {
      jest.useRealTimers();
    }
  });
});
