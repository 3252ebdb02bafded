import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHECK_IDS } from "../../src/core/check-ids";
import { parsePolicy, PolicyError } from "../../src/office/policy-parse";
import {
  CachedPolicySource,
  POLICY_CACHE_KEY,
  POLICY_REFRESH_TIMEOUT_MS,
  POLICY_TTL_MS,
  SEND_PATH_POLICY_WAITS,
  type PolicySourceOptions,
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

  it("rejects the whole file for a check id that is no check's, naming it and the checks", () => {
    // "billing-phrases" would have left billing-phrase a warning while the admin meant a block.
    expect(() => parsePolicy({ checks: { "billing-phrases": "error" } })).toThrow(
      new PolicyError([
        "checks.billing-phrases is not a check; the checks are name-spelling, unwanted-channel, " +
          "meeting-platform, billing-detail, billing-phrase, competitor-mention, " +
          "entertainment-invite, avoided-topic, no-profile",
      ]),
    );
    expect(() => parsePolicy({ checks: { "Billing-Phrase": "off" } })).toThrow(PolicyError);
    // Every real id still passes.
    const all = Object.fromEntries(CHECK_IDS.map((id) => [id, "warning"]));
    expect(Object.keys(parsePolicy({ checks: all }).policy.checks!)).toEqual([...CHECK_IDS]);
  });

  it('keeps "__proto__" and "constructor" in the file from setting a prototype or passing as settings', () => {
    const underChecks = JSON.parse('{"checks": {"__proto__": {"severity": "off"}}}');
    expect(() => parsePolicy(underChecks)).toThrow(/checks\.__proto__ is not a check/);
    const constructorKey = JSON.parse('{"checks": {"constructor": "off"}}');
    expect(() => parsePolicy(constructorKey)).toThrow(/checks\.constructor is not a check/);
    const underAsk = JSON.parse('{"ask": {"__proto__": {"intro": "Hi"}}}');
    expect(() => parsePolicy(underAsk)).toThrow(/ask\.__proto__ is not a known setting/);
    const askTopics = JSON.parse('{"ask": {"questions": {"__proto__": "Why?"}}}');
    expect(() => parsePolicy(askTopics)).toThrow(/ask\.questions\.__proto__ is not a topic/);

    // At the top level: reported and ignored; what it holds is not read as the file's settings.
    const topLevel = JSON.parse('{"__proto__": {"enabled": false, "monitorOnly": true}}');
    const { policy, warnings } = parsePolicy(topLevel);
    expect(policy).toEqual({});
    expect(Object.getPrototypeOf(policy)).toBe(Object.prototype);
    expect(warnings).toEqual(["__proto__ is not a known setting and was ignored"]);
    // Nor does an inherited setting count (an object built in code rather than by JSON.parse).
    expect(parsePolicy(Object.create({ enabled: false }) as object).policy).toEqual({});
    expect(({} as { severity?: unknown }).severity).toBeUndefined();
  });
});

describe("CachedPolicySource", () => {
  const URL = "https://rapport.contoso.example/policy.json";

  function setup(responses: (() => Promise<string>)[], options: Partial<PolicySourceOptions> = {}) {
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
      ...options,
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

  it("reports what validation ignored, and names a misspelt check id when it refuses the file", async () => {
    const warnings: string[] = [];
    const { source, advance, fallbacks } = setup(
      [
        async () => '{"enabeld": false, "monitorOnly": true}',
        async () => '{"checks": {"billing-phrases": "error"}}',
      ],
      { onWarning: (warning) => warnings.push(warning) },
    );

    await expect(source.getPolicy()).resolves.toEqual({ monitorOnly: true });
    expect(warnings).toEqual(["policy.json: enabeld is not a known setting and was ignored"]);
    advance(POLICY_TTL_MS);
    await expect(source.getPolicy()).resolves.toEqual({ monitorOnly: true });
    expect(fallbacks).toEqual([expect.stringContaining("checks.billing-phrases is not a check")]);
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
        onFallback: () => undefined,
      });
      const answer = source.getPolicy();
      await jest.advanceTimersByTimeAsync(1500);
      await expect(answer).resolves.toEqual({});
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("CachedPolicySource, waiting and refreshing", () => {
  const URL = "https://rapport.contoso.example/policy.json";
  const START = 5_000_000;

  beforeEach(() => {
    jest.useFakeTimers({ now: START });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  function after<T>(ms: number, value: T): Promise<T> {
    return new Promise((resolve) => setTimeout(() => resolve(value), ms));
  }

  async function cacheHolding(store: MemoryStore, checkedAt: number, policy?: object) {
    await store.set(POLICY_CACHE_KEY, JSON.stringify({ checkedAt, policy }));
  }

  async function cached(store: MemoryStore) {
    return JSON.parse((await store.get(POLICY_CACHE_KEY))!) as {
      checkedAt: number;
      policy?: object;
    };
  }

  /** Whether the promise settled once `ms` of fake time have passed, and with what. */
  async function within<T>(promise: Promise<T>, ms: number) {
    let value: { settled: true; value: T } | undefined;
    void promise.then((v) => (value = { settled: true, value: v }));
    await jest.advanceTimersByTimeAsync(ms);
    return value ?? { settled: false };
  }

  /** A cached policy that weakens nothing: served at once on the send path once expired. */
  const BLOCKING = { checks: { "billing-phrase": { severity: "error" as const } } };

  function source(
    store: MemoryStore,
    fetchText: (url: string) => Promise<string>,
    options: Partial<PolicySourceOptions> = {},
  ) {
    const fallbacks: string[] = [];
    const made = new CachedPolicySource({
      url: URL,
      store,
      fetchText,
      onFallback: (reason) => fallbacks.push(reason),
      ...options,
    });
    return Object.assign(made, { fallbacks });
  }

  it("on the send path, answers with an expired policy at once and refreshes it behind", async () => {
    const store = new MemoryStore();
    await cacheHolding(store, START - 60 * 60 * 1000, { checks: { "billing-phrase": "error" } });
    const fetchText = jest.fn(() => after(3000, '{"monitorOnly": false}'));
    const policy = source(store, fetchText, SEND_PATH_POLICY_WAITS);

    await expect(within(policy.getPolicy(), 0)).resolves.toEqual({
      settled: true,
      value: { checks: { "billing-phrase": { severity: "error" } } },
    });
    expect(fetchText).toHaveBeenCalledTimes(1);
    // Asked again while the refresh runs: the same answer, no second request.
    await expect(within(policy.getPolicy(), 0)).resolves.toMatchObject({ settled: true });
    expect(fetchText).toHaveBeenCalledTimes(1);

    await jest.advanceTimersByTimeAsync(3000);
    expect(await cached(store)).toEqual({ checkedAt: START, policy: { monitorOnly: false } });
    await expect(policy.getPolicy()).resolves.toEqual({ monitorOnly: false });
    expect(policy.fallbacks).toEqual([]);
  });

  // Review of harm-48s: served at once, a stale "off" would let a send go unchecked after the
  // admin switched checking back on, and where Outlook closes the runtime on completion the
  // refresh would never land, so every later send too.
  it.each([{ enabled: false }, { monitorOnly: true }])(
    "on the send path, does not trust an expired policy that weakens checking (%j): it waits for the file",
    async (weaker) => {
      const store = new MemoryStore();
      await cacheHolding(store, START - 60 * 60 * 1000, weaker);
      const policy = source(store, () => after(200, "{}"), SEND_PATH_POLICY_WAITS);

      await expect(within(policy.getPolicy(), 0)).resolves.toEqual({ settled: false });
      await expect(within(policy.getPolicy(), 200)).resolves.toEqual({ settled: true, value: {} });

      // A file that does not answer: the cached policy after the short wait, as with nothing cached.
      await cacheHolding(store, START - 60 * 60 * 1000, weaker);
      const silent = source(
        store,
        () => new Promise<string>(() => undefined),
        SEND_PATH_POLICY_WAITS,
      );
      await expect(within(silent.getPolicy(), SEND_PATH_POLICY_WAITS.timeoutMs)).resolves.toEqual({
        settled: true,
        value: weaker,
      });
    },
  );

  it("keeps a cached policy an earlier version accepted with a misspelt check id: the firm's severities stay", async () => {
    const store = new MemoryStore();
    await cacheHolding(store, START, {
      checks: { "billing-phrases": "error", "competitor-mention": "error" },
    });
    const fetchText = jest.fn(() => new Promise<string>(() => undefined));
    const policy = source(store, fetchText, SEND_PATH_POLICY_WAITS);

    await expect(within(policy.getPolicy(), 0)).resolves.toEqual({
      settled: true,
      value: { checks: { "competitor-mention": { severity: "error" } } },
    });
    expect(fetchText).not.toHaveBeenCalled();
  });

  it("on the send path, counts a remembered failure as cached: the default at once", async () => {
    const store = new MemoryStore();
    await cacheHolding(store, START - POLICY_TTL_MS);
    const fetchText = jest.fn(() => new Promise<string>(() => undefined));
    const policy = source(store, fetchText, SEND_PATH_POLICY_WAITS);

    await expect(within(policy.getPolicy(), 0)).resolves.toEqual({ settled: true, value: {} });
    expect(fetchText).toHaveBeenCalledTimes(1);
  });

  it("on the send path, with nothing cached, waits the short time, then the default", async () => {
    const store = new MemoryStore();
    const fetchText = jest.fn(() => new Promise<string>(() => undefined));
    const policy = source(store, fetchText, SEND_PATH_POLICY_WAITS);

    const answer = policy.getPolicy();
    expect(SEND_PATH_POLICY_WAITS.timeoutMs).toBeLessThanOrEqual(800);
    await expect(within(answer, SEND_PATH_POLICY_WAITS.timeoutMs - 1)).resolves.toEqual({
      settled: false,
    });
    await expect(within(answer, 1)).resolves.toEqual({ settled: true, value: {} });
    expect(policy.fallbacks).toEqual([
      `policy unavailable (no answer within ${SEND_PATH_POLICY_WAITS.timeoutMs} ms); using the last good policy while it loads`,
    ]);
  });

  it("gives a refresh up after a bounded time, remembers the failure, and asks again after five minutes", async () => {
    const store = new MemoryStore();
    await cacheHolding(store, START - POLICY_TTL_MS, BLOCKING);
    const fetchText = jest.fn(() => new Promise<string>(() => undefined));
    const policy = source(store, fetchText, SEND_PATH_POLICY_WAITS);

    await policy.getPolicy();
    await jest.advanceTimersByTimeAsync(POLICY_REFRESH_TIMEOUT_MS);
    expect(policy.fallbacks).toEqual([
      `policy unavailable (no answer within ${POLICY_REFRESH_TIMEOUT_MS} ms); using the last good policy`,
    ]);
    // Remembered from when it was asked, with the last good policy kept.
    expect(await cached(store)).toEqual({ checkedAt: START, policy: BLOCKING });
    await expect(policy.getPolicy()).resolves.toEqual(BLOCKING);
    expect(fetchText).toHaveBeenCalledTimes(1);

    await jest.advanceTimersByTimeAsync(POLICY_TTL_MS - POLICY_REFRESH_TIMEOUT_MS);
    await expect(policy.getPolicy()).resolves.toEqual(BLOCKING);
    expect(fetchText).toHaveBeenCalledTimes(2);
  });

  it("never lets an older request's answer replace a newer one's in the shared store", async () => {
    const store = new MemoryStore();
    await cacheHolding(store, START - POLICY_TTL_MS, BLOCKING);
    // This runtime asks first and is answered last; the pane (same store) asks 1 s later.
    const slow = source(store, () => after(5000, '{"enabled": false}'), SEND_PATH_POLICY_WAITS);
    const pane = source(store, () => after(100, '{"includeQuotedHistory": true}'));

    await slow.getPolicy();
    await jest.advanceTimersByTimeAsync(1000);
    const paneAnswer = pane.getPolicy();
    await jest.advanceTimersByTimeAsync(100);
    await expect(paneAnswer).resolves.toEqual({ includeQuotedHistory: true });
    await jest.advanceTimersByTimeAsync(5000);

    expect(await cached(store)).toEqual({
      checkedAt: START + 1000,
      policy: { includeQuotedHistory: true },
    });
    // Nor does a failure of a request asked before the newer answer was written.
    jest.setSystemTime(START + 1000 + POLICY_TTL_MS);
    const failing = source(
      store,
      () => after(2000, undefined).then(() => Promise.reject(new Error("HTTP 503"))),
      SEND_PATH_POLICY_WAITS,
    );
    await expect(failing.getPolicy()).resolves.toEqual({ includeQuotedHistory: true });
    const newer = { checkedAt: Date.now() + 1000, policy: { monitorOnly: true } };
    await jest.advanceTimersByTimeAsync(1000);
    await cacheHolding(store, newer.checkedAt, newer.policy);
    await jest.advanceTimersByTimeAsync(1000);
    expect(failing.fallbacks).toEqual([expect.stringContaining("HTTP 503")]);
    expect(await cached(store)).toEqual(newer);
  });

  it("in the task pane (the defaults), waits for a changed file when the cache has expired", async () => {
    const store = new MemoryStore();
    await cacheHolding(store, START - POLICY_TTL_MS, { monitorOnly: true });
    const pane = source(store, () => after(400, '{"monitorOnly": false}'));

    await expect(within(pane.getPolicy(), 400)).resolves.toEqual({
      settled: true,
      value: { monitorOnly: false },
    });

    // A file slower than the pane's 1.5 s: the last good policy, and the answer for next time.
    jest.setSystemTime(Date.now() + POLICY_TTL_MS);
    const slow = source(store, () => after(4000, '{"monitorOnly": true}'));
    await expect(within(slow.getPolicy(), 1500)).resolves.toEqual({
      settled: true,
      value: { monitorOnly: false },
    });
    await jest.advanceTimersByTimeAsync(2500);
    await expect(slow.getPolicy()).resolves.toEqual({ monitorOnly: true });
  });
});
