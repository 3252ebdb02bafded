/**
 * Microsoft Graph over @microsoft/microsoft-graph-client with the retry policy Rapport needs:
 * 429/503/504 honour Retry-After, for whole requests and for each request inside a $batch, but
 * never wait past the caller's deadline. Tokens go only to the configured Graph origin and never
 * appear in an error message.
 */
import {
  Client,
  ResponseType,
  type Context,
  type Middleware,
} from "@microsoft/microsoft-graph-client";
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

const RETRYABLE_STATUSES = new Set([429, 503, 504]);

export interface GraphHttpOptions {
  getToken: GetToken;
  /** e.g. https://graph.microsoft.us/v1.0 for a national cloud, or a local test server. */
  graphBaseUrl?: string;
  /** Stand-in for the global fetch (tests, proxies). */
  fetch?: typeof fetch;
  /** Attempts per request, the first included. */
  maxAttempts?: number;
  /** Wait when a retryable answer has no Retry-After; doubled on each attempt. */
  defaultRetryMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

export interface RequestOptions {
  scopes: string[];
  deadline?: number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
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

class FetchMiddleware implements Middleware {
  constructor(private readonly fetchImpl: typeof fetch) {}
  async execute(context: Context): Promise<void> {
    context.response = await this.fetchImpl(context.request, context.options);
  }
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
      `Could not get a Microsoft 365 sign-in for SharePoint (${name}). Sign in from the Rapport task pane.`,
      { cause: error },
    );
  }
}

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

/** "3" or an HTTP date → milliseconds to wait; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
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

function sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export class GraphHttp {
  readonly baseUrl: string;
  private readonly client: Client;
  private readonly getToken: GetToken;
  private readonly maxAttempts: number;
  private readonly defaultRetryMs: number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly now: () => number;

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
    auth.setNext(new FetchMiddleware(fetchImpl));
    this.client = Client.initWithMiddleware({
      middleware: auth,
      baseUrl: root,
      defaultVersion: version,
    });
    this.maxAttempts = options.maxAttempts ?? 4;
    this.defaultRetryMs = options.defaultRetryMs ?? 1000;
    this.sleep = options.sleep ?? sleepFor;
    this.now = options.now ?? Date.now;
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

  /** One request, retried on 429/503/504 within the deadline. Never throws on HTTP status. */
  async request(
    method: BatchRequest["method"],
    path: string,
    body: unknown,
    options: RequestOptions,
  ): Promise<GraphResponse> {
    for (let attempt = 1; ; attempt++) {
      const response = await this.send(method, path, body, options);
      if (!RETRYABLE_STATUSES.has(response.status) || attempt >= this.maxAttempts) {
        return response;
      }
      await this.waitBeforeRetry([response], attempt, options);
    }
  }

  /**
   * Requests in $batch round trips of at most 20, in parallel. Sub-requests answered 429/503/504
   * are sent again (in a later batch) after their Retry-After; the answer maps id → response.
   */
  async batch(
    requests: readonly BatchRequest[],
    options: RequestOptions,
  ): Promise<Map<string, GraphResponse>> {
    const results = new Map<string, GraphResponse>();
    let pending = [...requests];
    for (let attempt = 1; pending.length > 0; attempt++) {
      const chunks: BatchRequest[][] = [];
      for (let i = 0; i < pending.length; i += MAX_BATCH_SIZE) {
        chunks.push(pending.slice(i, i + MAX_BATCH_SIZE));
      }
      const answers = await Promise.all(chunks.map((chunk) => this.sendBatch(chunk, options)));
      const retry: BatchRequest[] = [];
      const retryResponses: GraphResponse[] = [];
      answers.forEach((answer, index) => {
        for (const request of chunks[index]!) {
          const response = answer.get(request.id);
          if (response && RETRYABLE_STATUSES.has(response.status) && attempt < this.maxAttempts) {
            retry.push(request);
            retryResponses.push(response);
          } else if (response) {
            results.set(request.id, response);
          } else {
            results.set(request.id, { status: 502, headers: {}, body: null });
          }
        }
      });
      if (retry.length > 0) await this.waitBeforeRetry(retryResponses, attempt, options);
      pending = retry;
    }
    return results;
  }

  private async sendBatch(
    chunk: readonly BatchRequest[],
    options: RequestOptions,
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
    const response = await this.request("POST", "/$batch", payload, options);
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

  private async waitBeforeRetry(
    responses: readonly GraphResponse[],
    attempt: number,
    options: RequestOptions,
  ): Promise<void> {
    const now = this.now();
    let wait = 0;
    for (const response of responses) {
      const advised = parseRetryAfter(headerValue(response.headers, "retry-after"), now);
      wait = Math.max(wait, advised ?? this.defaultRetryMs * 2 ** (attempt - 1));
    }
    if (options.deadline !== undefined && now + wait > options.deadline) {
      const seconds = Math.ceil(wait / 1000);
      throw new ProfileSourceError(
        "throttled",
        `Microsoft Graph is busy and asked to wait ${seconds} s, longer than the time left for this check.`,
        { status: responses[0]?.status },
      );
    }
    try {
      await this.sleep(wait, options.signal);
    } catch (error) {
      throw this.abortError(error, options);
    }
  }

  private async send(
    method: BatchRequest["method"],
    path: string,
    body: unknown,
    options: RequestOptions,
  ): Promise<GraphResponse> {
    const token = await tokenFor(this.getToken, options.scopes);
    const { signal, dispose } = deadlineSignal(options, this.now());
    try {
      let call = this.client
        .api(path)
        .responseType(ResponseType.RAW)
        .middlewareOptions([new BearerToken(token)]);
      if (options.headers) call = call.headers(options.headers);
      if (signal) call = call.option("signal", signal);
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
      throw this.abortError(error, options);
    } finally {
      dispose();
    }
  }

  private abortError(error: unknown, options: RequestOptions): ProfileSourceError {
    if (error instanceof ProfileSourceError) return error;
    const deadlinePassed = options.deadline !== undefined && this.now() >= options.deadline;
    if (deadlinePassed || (error as { name?: string })?.name === "TimeoutError") {
      return new ProfileSourceError(
        "timeout",
        "SharePoint did not answer in time; the check ran without profiles.",
        { cause: error },
      );
    }
    if (options.signal?.aborted) {
      return new ProfileSourceError("timeout", "The profile lookup was cancelled.", {
        cause: error,
      });
    }
    const name = error instanceof Error ? error.name : "error";
    return new ProfileSourceError(
      "network",
      `Could not reach Microsoft Graph at ${new URL(this.baseUrl).origin} (${name}).`,
      { cause: error },
    );
  }
}

/** The caller's signal combined with a timer that fires at the deadline. */
function deadlineSignal(
  options: RequestOptions,
  now: number,
): { signal?: AbortSignal; dispose: () => void } {
  if (options.deadline === undefined) return { signal: options.signal, dispose: () => {} };
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException("deadline", "TimeoutError")),
    Math.max(0, options.deadline - now),
  );
  const onAbort = (): void => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) controller.abort(options.signal.reason);
  else options.signal?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
    },
  };
}
