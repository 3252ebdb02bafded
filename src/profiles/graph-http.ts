/**
 * Microsoft Graph over @microsoft/microsoft-graph-client with the retry policy Rapport needs
 * (src/profiles/retry.ts): one retry budget per logical request, shared by whole requests and by
 * the requests inside a $batch, so retries never multiply; Retry-After honoured only when the wait
 * ends before the caller's deadline; every HTTP request abandoned after a timeout. Errors say what
 * happened ("Microsoft Graph asked to wait 3,600 s; giving up"). Tokens go only to the configured
 * Graph origin and never appear in an error message.
 */
import {
  Client,
  ResponseType,
  type Context,
  type Middleware,
} from "@microsoft/microsoft-graph-client";
import { systemClock, type Clock } from "./clock";
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_TIMEOUT_MS,
  RETRYABLE_STATUSES,
  RetryBudget,
  formatSeconds,
  parseRetryAfter,
  statusPhrase,
} from "./retry";
import { ProfileSourceError } from "./source";

/**
 * Gets a bearer token for these scopes (silently; interactive sign-in is the caller's business).
 * When there is none it rejects with a ProfileSourceError, or with any error that says so itself:
 * `kind: "sign-in-needed"` and a message fit to show the user (src/auth's SignInError, recognised
 * by shape because profiles does not import auth). Any other rejection becomes "sign-in-needed"
 * with only the error's name, since a token library's message may quote request details.
 */
export type GetToken = (scopes: string[]) => Promise<string>;

/** An error from a token provider that already says sign-in is needed, in words for the user. */
export interface SignInNeededError extends Error {
  kind: "sign-in-needed";
}

export function isSignInNeededError(error: unknown): error is SignInNeededError {
  return (
    error instanceof Error &&
    (error as { kind?: unknown }).kind === "sign-in-needed" &&
    typeof error.message === "string"
  );
}

export const DEFAULT_GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

/** Graph accepts at most 20 requests in one $batch. */
export const MAX_BATCH_SIZE = 20;

export interface GraphHttpOptions {
  getToken: GetToken;
  /**
   * A token that skips the sign-in library's cache, asked for once when Graph refuses a request
   * made with the client's own getter (HTTP 401): a cached token can be revoked before it expires
   * (password reset, session revoked, Continuous Access Evaluation). Without it a 401 is returned.
   */
  getFreshToken?: GetToken;
  /** e.g. https://graph.microsoft.us/v1.0 for a national cloud, or a local test server. */
  graphBaseUrl?: string;
  /** Stand-in for the global fetch (tests, proxies). */
  fetch?: typeof fetch;
  /** Attempts per logical request, the first included (default 4). */
  maxAttempts?: number;
  /** Wait when a retryable answer has no Retry-After; doubled on each attempt. */
  defaultRetryMs?: number;
  /** A logical request's deadline when the caller gives none (default 60 s from its start). */
  timeoutMs?: number;
  /** One HTTP request is abandoned after this long without an answer (default 30 s). */
  requestTimeoutMs?: number;
  /** The clock for deadlines, waits and timeouts; `sleep` and `now` override parts of it. */
  clock?: Clock;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

export interface RequestOptions {
  scopes: string[];
  /** Epoch ms; default now + the client's timeoutMs. */
  deadline?: number;
  /**
   * The logical request this HTTP request belongs to. Pass the same budget to every call that
   * serves one lookup (its pages included) so they share one set of attempts; omitted, each call
   * is its own logical request.
   */
  budget?: RetryBudget;
  /** A token getter for this request instead of the client's (e.g. one that may ask for consent). */
  getToken?: GetToken;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** Set on a 429/503/504 returned because the retry budget was spent: how many attempts it took. */
  attempts?: number;
}

export interface BatchRequest {
  id: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Relative to the version root, starting with "/". */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Carries one request's token to the middleware (got beforehand, so its errors stay ours). */
class BearerToken {
  constructor(readonly token: string) {}
}

function setHeader(options: RequestInit | undefined, name: string, value: string): void {
  if (!options) return;
  if (options.headers instanceof Headers) options.headers.set(name, value);
  else
    options.headers = { ...(options.headers as Record<string, string> | undefined), [name]: value };
}

/**
 * Adds the bearer token. The SDK's own AuthenticationHandler only authorises https Graph hosts;
 * this one authorises exactly the configured origin (https, or http on loopback for test servers)
 * and nothing else, so a token never travels to a host it was not meant for.
 */
class BearerTokenMiddleware implements Middleware {
  private next?: Middleware;
  constructor(private readonly origin: string) {}
  async execute(context: Context): Promise<void> {
    const url = typeof context.request === "string" ? context.request : context.request.url;
    const option = context.middlewareControl?.getMiddlewareOptions(BearerToken) as
      BearerToken | undefined;
    if (option && new URL(url).origin === this.origin) {
      setHeader(context.options, "Authorization", `Bearer ${option.token}`);
    }
    await this.next?.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * Where one attempt's fetch failure is kept: the SDK wraps what fetch throws in a GraphError that
 * drops its cause (ECONNREFUSED, a timeout), which the message needs.
 */
class AttemptRecord {
  failure?: unknown;
}

class FetchMiddleware implements Middleware {
  constructor(private readonly fetchImpl: typeof fetch) {}
  async execute(context: Context): Promise<void> {
    try {
      context.response = await this.fetchImpl(context.request, context.options);
    } catch (error) {
      const record = context.middlewareControl?.getMiddlewareOptions(AttemptRecord) as
        AttemptRecord | undefined;
      if (record) record.failure = error;
      throw error;
    }
  }
}

/** After a fresh token was refused as well, no other is forced for this long. */
const FRESH_REFUSED_QUIET_MS = 5 * 60_000;

function scopeKey(scopes: readonly string[]): string {
  return [...scopes].sort().join(" ");
}

async function tokenFor(getToken: GetToken, scopes: string[]): Promise<string> {
  try {
    return await getToken(scopes);
  } catch (error) {
    if (error instanceof ProfileSourceError) throw error;
    if (isSignInNeededError(error)) {
      throw new ProfileSourceError("sign-in-needed", error.message, { cause: error });
    }
    // The token library's message may quote request details; keep only its error name.
    const name = error instanceof Error ? error.name : "error";
    throw new ProfileSourceError(
      "sign-in-needed",
      `Could not get a Microsoft 365 sign-in for SharePoint (${name}).`,
      { cause: error },
    );
  }
}

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

function headerValue(
  headers: Record<string, string> | undefined,
  name: string,
): string | undefined {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return String(value);
  }
  return undefined;
}

/** Graph's error message from an error body, trimmed; never the whole body. */
export function graphErrorMessage(body: unknown): string {
  const error = (body as { error?: { message?: unknown; code?: unknown } } | null)?.error;
  const message = typeof error?.message === "string" ? error.message : "";
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}

export function graphErrorCode(body: unknown): string {
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
  return typeof code === "string" ? code : "";
}

/** Why one HTTP request was abandoned before its answer. */
type AbortCause = "request-timeout" | "deadline" | "caller";

/** Network failures where no connection to Graph was made at all. */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

export class GraphHttp {
  readonly baseUrl: string;
  private readonly client: Client;
  private readonly getToken: GetToken;
  private readonly getFreshToken: GetToken | undefined;
  /** A fresh token being fetched, per scope set, shared by the requests that met a 401 together. */
  private readonly freshTokens = new Map<string, Promise<string>>();
  /** When a fresh token was last refused too, per scope set. */
  private readonly freshRefusedAt = new Map<string, number>();
  private readonly maxAttempts: number;
  private readonly defaultRetryMs: number;
  private readonly timeoutMs: number;
  private readonly requestTimeoutMs: number;
  private readonly clock: Clock;

  constructor(options: GraphHttpOptions) {
    this.baseUrl = (options.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, "");
    const url = new URL(this.baseUrl);
    if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
      throw new ProfileSourceError(
        "invalid",
        `The Graph base URL must use https (plain http is allowed only on this computer), not ${url.origin}.`,
      );
    }
    const segments = url.pathname.split("/").filter(Boolean);
    const version = segments.pop() ?? "v1.0";
    const root = url.origin + (segments.length ? `/${segments.join("/")}` : "");
    const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const auth = new BearerTokenMiddleware(url.origin);
    this.getToken = options.getToken;
    this.getFreshToken = options.getFreshToken;
    auth.setNext(new FetchMiddleware(fetchImpl));
    this.client = Client.initWithMiddleware({
      middleware: auth,
      baseUrl: root,
      defaultVersion: version,
    });
    this.maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    this.defaultRetryMs = options.defaultRetryMs ?? 1000;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const base = options.clock ?? systemClock;
    this.clock = {
      now: options.now ?? (() => base.now()),
      sleep: options.sleep ?? ((ms, signal) => base.sleep(ms, signal)),
      setTimer: (callback, ms) => base.setTimer(callback, ms),
    };
  }

  /** The current instant on this client's clock. */
  now(): number {
    return this.clock.now();
  }

  /**
   * A retry budget for one logical request: its attempts, and its deadline (the caller's, or the
   * client's timeout from now). Share it across every call that serves that request.
   */
  budget(options: { deadline?: number } = {}): RetryBudget {
    const now = this.clock.now();
    return new RetryBudget(this.maxAttempts, now, options.deadline ?? now + this.timeoutMs);
  }

  /** An absolute @odata.nextLink back to a path under the base URL; refuses foreign hosts. */
  relativePath(link: string): string {
    if (link.startsWith("/")) return link;
    if (!link.startsWith(`${this.baseUrl}/`)) {
      throw new ProfileSourceError(
        "invalid",
        "Microsoft Graph returned a next-page link outside the configured Graph address.",
      );
    }
    return link.slice(this.baseUrl.length);
  }

  /**
   * One request, retried on 429/503/504 while its budget and deadline allow. Never throws on an
   * HTTP status: when the retries are spent the last answer is returned with `attempts` set.
   */
  async request(
    method: BatchRequest["method"],
    path: string,
    body: unknown,
    options: RequestOptions,
  ): Promise<GraphResponse> {
    const budget = options.budget ?? this.budget(options);
    for (;;) {
      this.startAttempt(budget);
      const response = await this.send(method, path, body, options, budget);
      if (!mayRetry(method, response)) return response;
      if (budget.exhausted) return { ...response, attempts: budget.attempts };
      await this.waitBeforeRetry([response], budget, options);
    }
  }

  /**
   * Requests in $batch round trips of at most 20, chunks of one round in parallel. Requests
   * answered 429/503/504 (alone, or because the whole $batch was) go again in the next round after
   * their Retry-After; every round spends one attempt of the same budget. The answer maps
   * id → response.
   */
  async batch(
    requests: readonly BatchRequest[],
    options: RequestOptions,
  ): Promise<Map<string, GraphResponse>> {
    const budget = options.budget ?? this.budget(options);
    const results = new Map<string, GraphResponse>();
    let pending = [...requests];
    while (pending.length > 0) {
      this.startAttempt(budget);
      const chunks: BatchRequest[][] = [];
      for (let i = 0; i < pending.length; i += MAX_BATCH_SIZE) {
        chunks.push(pending.slice(i, i + MAX_BATCH_SIZE));
      }
      const answers = await Promise.all(
        chunks.map((chunk) => this.sendBatch(chunk, options, budget)),
      );
      const retry: BatchRequest[] = [];
      const retryResponses: GraphResponse[] = [];
      answers.forEach((answer, index) => {
        for (const request of chunks[index]!) {
          const response = answer.get(request.id) ?? { status: 502, headers: {}, body: null };
          if (!mayRetry(request.method, response)) results.set(request.id, response);
          else if (budget.exhausted) {
            results.set(request.id, { ...response, attempts: budget.attempts });
          } else {
            retry.push(request);
            retryResponses.push(response);
          }
        }
      });
      if (retry.length > 0) await this.waitBeforeRetry(retryResponses, budget, options);
      pending = retry;
    }
    return results;
  }

  /** One more attempt of this logical request, unless its deadline has passed. */
  private startAttempt(budget: RetryBudget): void {
    if (this.clock.now() >= budget.deadline) {
      throw new ProfileSourceError(
        "timeout",
        `Microsoft Graph did not finish within the ${formatSeconds(budget.allowedMs)} s allowed; giving up.`,
      );
    }
    budget.attempts++;
  }

  /** One $batch HTTP request, no retry of its own (the caller's round is the retry). */
  private async sendBatch(
    chunk: readonly BatchRequest[],
    options: RequestOptions,
    budget: RetryBudget,
  ): Promise<Map<string, GraphResponse>> {
    const payload = {
      requests: chunk.map((request) => ({
        id: request.id,
        method: request.method,
        url: request.url,
        ...(request.body !== undefined
          ? {
              body: request.body,
              headers: { "Content-Type": "application/json", ...request.headers },
            }
          : request.headers
            ? { headers: request.headers }
            : {}),
      })),
    };
    const response = await this.send("POST", "/$batch", payload, options, budget);
    const answers = new Map<string, GraphResponse>();
    if (response.status !== 200) {
      // The whole batch failed: every request inside gets that answer.
      for (const request of chunk) answers.set(request.id, response);
      return answers;
    }
    const items = (response.body as { responses?: unknown } | null)?.responses;
    if (!Array.isArray(items)) {
      throw new ProfileSourceError(
        "network",
        "Microsoft Graph answered a $batch without responses.",
      );
    }
    for (const item of items as Array<Record<string, unknown>>) {
      const id = String(item.id);
      const headers = (item.headers ?? {}) as Record<string, string>;
      answers.set(id, { status: Number(item.status), headers, body: item.body ?? null });
    }
    return answers;
  }

  /** Waits what Graph asked for (or a doubling back-off), or gives up at once when that is too long. */
  private async waitBeforeRetry(
    responses: readonly GraphResponse[],
    budget: RetryBudget,
    options: RequestOptions,
  ): Promise<void> {
    const now = this.clock.now();
    let wait = -1;
    let askedFor = false;
    let status = responses[0]?.status ?? 503;
    for (const response of responses) {
      const advised = parseRetryAfter(headerValue(response.headers, "retry-after"), now);
      const candidate = advised ?? this.defaultRetryMs * 2 ** (budget.attempts - 1);
      if (candidate > wait) {
        wait = candidate;
        askedFor = advised !== undefined;
        status = response.status;
      }
    }
    wait = Math.max(0, wait);
    if (now + wait >= budget.deadline) {
      const allowed = formatSeconds(budget.allowedMs);
      throw new ProfileSourceError(
        "throttled",
        askedFor
          ? `Microsoft Graph asked to wait ${formatSeconds(wait)} s; giving up, as that is past the ${allowed} s allowed (${statusPhrase(status)}).`
          : `Microsoft Graph was still busy (${statusPhrase(status)}) with too little of the ${allowed} s allowed left to wait and retry; giving up.`,
        { status },
      );
    }
    try {
      await this.clock.sleep(wait, options.signal);
    } catch (error) {
      throw this.failure(error, "caller", budget, 0);
    }
  }

  /**
   * One HTTP request; when Graph refuses the client's token (401), once more with a fresh one
   * (getFreshToken) before the 401 is returned. A request with a getter of its own (the pane's
   * saves, whose getter may ask the user: only a click may start that) is not sent again. The
   * $batch chunks of one round share one fresh token; after a fresh token was refused too (clock
   * skew, a wrong cloud: a fresh one will not help) no other is forced for a while, so every
   * lookup does not cost a token round trip more.
   */
  private async send(
    method: BatchRequest["method"],
    path: string,
    body: unknown,
    options: RequestOptions,
    budget: RetryBudget,
  ): Promise<GraphResponse> {
    const response = await this.sendOnce(method, path, body, options, budget);
    const getFresh = this.getFreshToken;
    if (response.status !== 401 || !getFresh || options.getToken) return response;
    const key = scopeKey(options.scopes);
    const refusedAt = this.freshRefusedAt.get(key);
    if (refusedAt !== undefined && this.clock.now() - refusedAt < FRESH_REFUSED_QUIET_MS) {
      return response;
    }
    let pending = this.freshTokens.get(key);
    if (!pending) {
      pending = getFresh(options.scopes);
      this.freshTokens.set(key, pending);
      const forget = () => this.freshTokens.delete(key);
      pending.then(forget, forget);
    }
    let fresh: string;
    try {
      fresh = await pending;
    } catch {
      // No fresh token either (after a password reset the refresh token is revoked too): Graph's
      // 401 stands, so the caller sees access refused (and empties what it cached), not a fault
      // of the sign-in library it might answer from saved copies (last read, round 50).
      this.freshRefusedAt.set(key, this.clock.now());
      return response;
    }
    const again = await this.sendOnce(
      method,
      path,
      body,
      { ...options, getToken: async () => fresh },
      budget,
    );
    if (again.status === 401) this.freshRefusedAt.set(key, this.clock.now());
    else this.freshRefusedAt.delete(key);
    return again;
  }

  /** One HTTP request: a token, then fetch, abandoned at the request timeout or the deadline. */
  private async sendOnce(
    method: BatchRequest["method"],
    path: string,
    body: unknown,
    options: RequestOptions,
    budget: RetryBudget,
  ): Promise<GraphResponse> {
    const token = await tokenFor(options.getToken ?? this.getToken, options.scopes);
    const left = budget.deadline - this.clock.now();
    const timeoutMs = Math.max(0, Math.min(this.requestTimeoutMs, left));
    const controller = new AbortController();
    let cause: AbortCause | undefined;
    const abort = (why: AbortCause): void => {
      if (cause) return;
      cause = why;
      const reason = new Error(why);
      reason.name = why === "caller" ? "AbortError" : "TimeoutError";
      controller.abort(
        options.signal?.aborted && why === "caller" ? options.signal.reason : reason,
      );
    };
    const cancelTimer = this.clock.setTimer(
      () => abort(this.requestTimeoutMs < left ? "request-timeout" : "deadline"),
      timeoutMs,
    );
    const onCallerAbort = (): void => abort("caller");
    if (options.signal?.aborted) abort("caller");
    else options.signal?.addEventListener("abort", onCallerAbort, { once: true });
    const record = new AttemptRecord();
    try {
      if (cause) throw controller.signal.reason;
      let call = this.client
        .api(path)
        .responseType(ResponseType.RAW)
        .middlewareOptions([new BearerToken(token), record])
        .option("signal", controller.signal);
      if (options.headers) call = call.headers(options.headers);
      let raw: Response;
      if (method === "GET") raw = await call.get();
      else if (method === "POST") raw = await call.post(body);
      else if (method === "PATCH") raw = await call.patch(body);
      else raw = await call.delete();
      const headers: Record<string, string> = {};
      raw.headers.forEach((value, key) => {
        headers[key] = value;
      });
      const text = await raw.text();
      let parsed: unknown = null;
      if (text) {
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = null;
        }
      }
      return { status: raw.status, headers, body: parsed };
    } catch (error) {
      if (error instanceof ProfileSourceError) throw error;
      throw this.failure(record.failure ?? error, cause, budget, timeoutMs);
    } finally {
      cancelTimer();
      options.signal?.removeEventListener("abort", onCallerAbort);
    }
  }

  /** What happened to a request that got no answer, in words. */
  private failure(
    error: unknown,
    cause: AbortCause | undefined,
    budget: RetryBudget,
    timeoutMs: number,
  ): ProfileSourceError {
    if (error instanceof ProfileSourceError) return error;
    if (cause === "request-timeout") {
      return new ProfileSourceError(
        "timeout",
        `Microsoft Graph did not answer within ${formatSeconds(timeoutMs)} s; giving up.`,
        { cause: error },
      );
    }
    if (cause === "deadline") {
      return new ProfileSourceError(
        "timeout",
        `Microsoft Graph did not answer within the ${formatSeconds(budget.allowedMs)} s allowed; giving up.`,
        { cause: error },
      );
    }
    if (cause === "caller") {
      return new ProfileSourceError("timeout", "The profile lookup was cancelled.", {
        cause: error,
      });
    }
    const code = errorCode(error);
    const origin = new URL(this.baseUrl).origin;
    if (code && !UNREACHABLE_CODES.has(code)) {
      return new ProfileSourceError(
        "network",
        `The connection to Microsoft Graph at ${origin} failed before it answered (${code}).`,
        { cause: error },
      );
    }
    return new ProfileSourceError(
      "network",
      `Could not reach Microsoft Graph at ${origin} (${code ?? (error instanceof Error ? error.name : "error")}).`,
      { cause: error },
    );
  }
}

/**
 * Whether an answer may be tried again. A read may be on 429, 503 and 504. A write (PATCH, POST,
 * DELETE) only when Graph refused it before doing it: 429, or 503 with a Retry-After (throttled,
 * per Graph's throttling guidance). A 504, or a 503 without Retry-After, can come after the write
 * was applied: a retry would then meet its own change (a 412 blamed on someone else, a duplicate
 * MatchKey), so the caller is told instead (graph-write.ts reads the item back).
 */
function mayRetry(method: BatchRequest["method"], response: GraphResponse): boolean {
  if (!RETRYABLE_STATUSES.has(response.status)) return false;
  if (method === "GET" || response.status === 429) return true;
  return response.status === 503 && headerValue(response.headers, "retry-after") !== undefined;
}

/** A Node or undici error code (ECONNREFUSED, UND_ERR_SOCKET), looked for on the error and its causes. */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
