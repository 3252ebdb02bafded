/**
 * A small Microsoft Graph stand-in on 127.0.0.1 (ephemeral port): just enough of sites, lists,
 * columns, list items and $batch, answered in the shapes Graph documents, with a request log and
 * injectable faults. Tests talk to it over real HTTP through the real Graph client.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";

export interface StandInColumn {
  id: string;
  name: string;
  displayName: string;
  indexed: boolean;
  required: boolean;
  enforceUniqueValues: boolean;
  readOnly?: boolean;
  text?: {
    allowMultipleLines?: boolean;
    textType?: string;
    maxLength?: number;
    appendChangesToExistingText?: boolean;
  };
  choice?: { choices: string[]; allowTextEntry?: boolean; displayAs?: string };
  dateTime?: { format: string };
  [other: string]: unknown;
}

/** A column as a test or a client describes it. */
export interface ColumnInput {
  name: string;
  displayName?: string;
  description?: string;
  indexed?: boolean;
  required?: boolean;
  enforceUniqueValues?: boolean;
  text?: StandInColumn["text"];
  choice?: StandInColumn["choice"];
  dateTime?: StandInColumn["dateTime"];
}

export interface StandInItem {
  id: string;
  version: number;
  guid: string;
  fields: Record<string, unknown>;
}

export interface StandInList {
  id: string;
  displayName: string;
  columns: StandInColumn[];
  items: StandInItem[];
  nextItemId: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  /** True for a request found inside a $batch. */
  inBatch: boolean;
}

export interface FaultRule {
  status: number;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  /** How many matching requests fail; default 1. Infinity for always. */
  times?: number;
  /** Only top-level HTTP requests, only requests inside a $batch, or either (default). */
  where?: "top" | "batch" | "any";
  match?: (method: string, path: string) => boolean;
  code?: string;
  message?: string;
  /** Answer only after this many milliseconds (a slow Graph); Infinity never answers. */
  delayMs?: number;
  /** Do the request first, then answer with the fault: a gateway timing out after the write. */
  applyFirst?: boolean;
}

export interface GraphStandInOptions {
  token?: string;
  hostname?: string;
  sitePath?: string;
  /** The site's time zone, to exercise date-only columns the way SharePoint stores them. */
  siteUtcOffsetHours?: number;
  /** Added before every top-level answer: a Graph that far away (benchmarks of other processes). */
  latencyMs?: number;
}

function titleColumn(): StandInColumn {
  return {
    id: "fa564e0f-0c70-4ab9-b863-0177e6ddd247",
    name: "Title",
    displayName: "Title",
    indexed: false,
    required: true,
    enforceUniqueValues: false,
    text: { allowMultipleLines: false, maxLength: 255 },
  };
}

export class GraphStandIn {
  readonly token: string;
  readonly hostname: string;
  readonly sitePath: string;
  readonly siteId: string;
  readonly lists = new Map<string, StandInList>();
  readonly log: RecordedRequest[] = [];
  faults: FaultRule[] = [];
  /** When false, writes answer 403 (a reader's permissions). */
  allowWrites = true;
  private readonly offsetHours: number;
  private readonly latencyMs: number;
  private server?: Server;
  private origin = "";
  private readonly delays = new Set<ReturnType<typeof setTimeout>>();

  constructor(options: GraphStandInOptions = {}) {
    this.token = options.token ?? "eyJ-secret-token";
    this.hostname = options.hostname ?? "contoso.sharepoint.com";
    this.sitePath = options.sitePath ?? "/sites/clients";
    this.offsetHours = options.siteUtcOffsetHours ?? 2;
    this.latencyMs = options.latencyMs ?? 0;
    this.siteId = `${this.hostname},${randomUUID()},${randomUUID()}`;
  }

  get baseUrl(): string {
    return `${this.origin}/v1.0`;
  }

  get siteUrl(): string {
    return `https://${this.hostname}${this.sitePath}`;
  }

  /** Top-level HTTP requests only (what a round trip costs). */
  get requestCount(): number {
    return this.log.filter((r) => !r.inBatch).length;
  }

  get topLevel(): RecordedRequest[] {
    return this.log.filter((r) => !r.inBatch);
  }

  get inBatch(): RecordedRequest[] {
    return this.log.filter((r) => r.inBatch);
  }

  clearLog(): void {
    this.log.length = 0;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  /** A slow answer; stop() cancels the wait, so a test never waits for a server that stalls. */
  private delay(ms: number): Promise<void> {
    if (!Number.isFinite(ms)) return new Promise(() => {}); // never answers
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.delays.delete(timer);
        resolve();
      }, ms);
      this.delays.add(timer);
    });
  }

  async stop(): Promise<void> {
    for (const timer of this.delays) clearTimeout(timer);
    this.delays.clear();
    await new Promise<void>((resolve) => {
      if (!this.server) resolve();
      else {
        this.server.closeAllConnections();
        this.server.close(() => resolve());
      }
    });
  }

  // ------------------------------------------------------------------ test set-up helpers

  /** A list like "rapport provision" makes; `indexed: false` leaves MatchKey unindexed. */
  createList(displayName: string, columns: readonly ColumnInput[] = []): StandInList {
    const list: StandInList = {
      id: randomUUID(),
      displayName,
      columns: [
        titleColumn(),
        ...columns.map((c) => this.column(c as Partial<StandInColumn> & { name: string })),
      ],
      items: [],
      nextItemId: 1,
    };
    this.lists.set(list.id, list);
    return list;
  }

  /** Stores fields as a POST would (checked, dates converted); throws when Graph would refuse. */
  addItem(list: StandInList, fields: Record<string, unknown>): StandInItem {
    const [status, , body] = this.createItem(list, { fields });
    if (status !== 201) throw new Error(`stand-in refused item: ${JSON.stringify(body)}`);
    return list.items[list.items.length - 1]!;
  }

  /** Stores fields as they are (no validation): for malformed items. */
  addRawItem(list: StandInList, fields: Record<string, unknown>): StandInItem {
    const item: StandInItem = {
      id: String(list.nextItemId++),
      version: 1,
      guid: randomUUID(),
      fields: { ...fields },
    };
    list.items.push(item);
    return item;
  }

  findList(idOrName: string): StandInList | undefined {
    const wanted = idOrName.toLowerCase();
    for (const list of this.lists.values()) {
      if (list.id === idOrName || list.displayName.toLowerCase() === wanted) return list;
    }
    return undefined;
  }

  /** Simulates someone else editing an item (bumps its eTag). */
  touch(list: StandInList, itemId: string, fields: Record<string, unknown>): void {
    const item = list.items.find((i) => i.id === itemId);
    if (!item) throw new Error(`no item ${itemId}`);
    Object.assign(item.fields, fields);
    item.version++;
  }

  private column(partial: Partial<StandInColumn> & { name: string }): StandInColumn {
    const { name, ...rest } = partial;
    const kinds = ["text", "choice", "dateTime", "number", "boolean"];
    const hasKind = kinds.some((kind) => kind in rest);
    // Graph returns every textColumn property (textColumn resource): a text column made without
    // textType or appendChangesToExistingText reads back as plain text that replaces on save.
    const text = hasKind ? rest.text : { allowMultipleLines: false };
    return {
      id: randomUUID(),
      name,
      displayName: partial.displayName ?? name,
      indexed: false,
      required: false,
      enforceUniqueValues: false,
      ...rest,
      ...(text ? { text: { textType: "plain", appendChangesToExistingText: false, ...text } } : {}),
    } as StandInColumn;
  }

  // ------------------------------------------------------------------ HTTP

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      this.send(res, 400, {}, errorBody("BadRequest", "Unable to read JSON request payload."));
      return;
    }
    if (this.latencyMs > 0) await this.delay(this.latencyMs);
    const path = (req.url ?? "/").replace(/^\/v1\.0/, "");
    const method = req.method ?? "GET";
    this.log.push({ method, path, headers: req.headers, body, inBatch: false });
    if (this.tooLong(path)) {
      this.send(res, 414, {}, errorBody("RequestUriTooLong", "The request URI is too long."));
      return;
    }

    if (req.headers.authorization !== `Bearer ${this.token}`) {
      this.send(res, 401, {}, errorBody("InvalidAuthenticationToken", "Access token is empty."));
      return;
    }
    const fault = this.takeFault(method, path, "top");
    if (fault?.delayMs) await this.delay(fault.delayMs);
    if (fault && !res.destroyed) {
      if (fault.applyFirst) this.route(method, path, body, lowerHeaders(req.headers));
      this.send(res, fault.status, fault.headers, fault.body);
      return;
    }
    if (method === "POST" && path === "/$batch") {
      this.send(res, ...this.batch(body));
      return;
    }
    const [status, headers, answer] = this.route(method, path, body, lowerHeaders(req.headers));
    this.send(res, status, headers, answer);
  }

  /** Graph refuses URLs longer than 2,048 characters (learn.microsoft.com/graph/filter-query-parameter). */
  private tooLong(path: string): boolean {
    return `${this.baseUrl}${path}`.length > MAX_URL_LENGTH;
  }

  private send(
    res: ServerResponse,
    status: number,
    headers: Record<string, string>,
    body: unknown,
  ): void {
    res.writeHead(status, {
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...headers,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }

  private takeFault(
    method: string,
    path: string,
    where: "top" | "batch",
  ):
    | {
        status: number;
        headers: Record<string, string>;
        body: unknown;
        delayMs?: number;
        applyFirst?: boolean;
      }
    | undefined {
    const index = this.faults.findIndex(
      (rule) =>
        (rule.where ?? "any") !== (where === "top" ? "batch" : "top") &&
        (!rule.match || rule.match(method, decodeURIComponent(path))) &&
        (rule.times ?? 1) > 0,
    );
    if (index < 0) return undefined;
    const rule = this.faults[index]!;
    rule.times = (rule.times ?? 1) - 1;
    const headers: Record<string, string> = {};
    if (rule.retryAfter !== undefined) headers["Retry-After"] = String(rule.retryAfter);
    const defaults: Record<number, [string, string]> = {
      401: ["InvalidAuthenticationToken", "Access token has expired or is not yet valid."],
      403: ["accessDenied", "Access denied"],
      404: ["itemNotFound", "The resource could not be found."],
      429: ["TooManyRequests", "Please retry again later."],
      503: ["serviceNotAvailable", "Service Unavailable"],
      504: ["gatewayTimeout", "Gateway Timeout"],
    };
    const [code, message] = defaults[rule.status] ?? ["generalException", "General exception"];
    return {
      status: rule.status,
      headers,
      body: errorBody(rule.code ?? code, rule.message ?? message),
      delayMs: rule.delayMs,
      applyFirst: rule.applyFirst,
    };
  }

  private batch(body: unknown): [number, Record<string, string>, unknown] {
    const requests = (body as { requests?: unknown } | undefined)?.requests;
    if (!Array.isArray(requests) || requests.length === 0) {
      return [400, {}, errorBody("BadRequest", "Invalid batch payload format.")];
    }
    if (requests.length > 20) {
      return [
        400,
        {},
        errorBody("BadRequest", "Unable to execute more than 20 requests within a single batch."),
      ];
    }
    const ids = new Set<string>();
    const responses: unknown[] = [];
    for (const raw of requests as Array<Record<string, unknown>>) {
      const id = String(raw.id);
      if (ids.has(id))
        return [400, {}, errorBody("BadRequest", "Batch request ids must be unique.")];
      ids.add(id);
      const method = String(raw.method ?? "GET").toUpperCase();
      const url = String(raw.url ?? "");
      const path = url.startsWith("/") ? url : `/${url}`;
      this.log.push({
        method,
        path,
        headers: (raw.headers ?? {}) as Record<string, string>,
        body: raw.body,
        inBatch: true,
      });
      const fault = this.takeFault(method, path, "batch");
      const [status, headers, answer] = fault
        ? [fault.status, fault.headers, fault.body]
        : this.tooLong(path)
          ? [414, {}, errorBody("RequestUriTooLong", "The request URI is too long.")]
          : this.route(
              method,
              path,
              raw.body,
              lowerHeaders((raw.headers ?? {}) as Record<string, string>),
            );
      responses.push({
        id,
        status,
        headers: {
          ...(answer === undefined ? {} : { "Content-Type": "application/json" }),
          ...headers,
        },
        ...(answer === undefined ? {} : { body: answer }),
      });
    }
    // Graph may answer in any order; reversing keeps clients honest about correlating by id.
    responses.reverse();
    return [200, {}, { responses }];
  }

  private route(
    method: string,
    rawPath: string,
    body: unknown,
    headers: Record<string, string>,
  ): [number, Record<string, string>, unknown] {
    const [pathPart, queryPart = ""] = rawPath.split("?", 2) as [string, string?];
    const query = new URLSearchParams(queryPart);
    const site = this.matchSite(pathPart);
    if (!site) return [404, {}, errorBody("itemNotFound", "Requested site could not be found")];
    const rest = site.rest;
    if (rest === "") {
      if (method !== "GET") return [405, {}, errorBody("BadRequest", "Method not allowed")];
      return [200, {}, this.siteJson()];
    }
    if (rest === "/lists") {
      if (method === "GET") {
        return [200, {}, { value: [...this.lists.values()].map((l) => this.listJson(l, false)) }];
      }
      if (method === "POST") return this.createListFromBody(body);
    }
    const listMatch = /^\/lists\/([^/]+)(\/.*)?$/.exec(rest);
    if (!listMatch)
      return [400, {}, errorBody("BadRequest", `Resource not found for the segment '${rest}'.`)];
    const list = this.findList(decodeURIComponent(listMatch[1]!));
    if (!list) return [404, {}, errorBody("itemNotFound", "List not found")];
    const sub = listMatch[2] ?? "";
    if (sub === "" && method === "GET") {
      return [200, {}, this.listJson(list, (query.get("$expand") ?? "").includes("columns"))];
    }
    if (sub === "/columns") {
      if (method === "GET") return [200, {}, { value: list.columns.map((c) => ({ ...c })) }];
      if (method === "POST") return this.addColumn(list, body);
    }
    const columnMatch = /^\/columns\/([^/]+)$/.exec(sub);
    if (columnMatch && method === "PATCH") {
      if (!this.allowWrites) return [403, {}, errorBody("accessDenied", "Access denied")];
      const column = list.columns.find((c) => c.id === decodeURIComponent(columnMatch[1]!));
      if (!column) return [404, {}, errorBody("itemNotFound", "Column not found")];
      Object.assign(column, body as object);
      return [200, {}, { ...column }];
    }
    if (sub === "/items") {
      if (method === "GET") return this.listItems(list, query, pathPart, headers);
      if (method === "POST") return this.createItem(list, body);
    }
    const itemMatch = /^\/items\/([^/]+)(\/fields)?$/.exec(sub);
    if (itemMatch) {
      const item = list.items.find((i) => i.id === decodeURIComponent(itemMatch[1]!));
      if (!item) return [404, {}, errorBody("itemNotFound", "Item not found")];
      if (!itemMatch[2] && method === "GET") {
        return [200, {}, this.itemJson(list, item, expandedFields(query))];
      }
      if (itemMatch[2] && method === "PATCH") return this.updateItem(list, item, body, headers);
    }
    return [400, {}, errorBody("BadRequest", `Unsupported request ${method} ${rawPath}`)];
  }

  /** /sites/{id}, /sites/{host} (root), /sites/{host}:/{path} and /sites/{host}:/{path}:/... */
  private matchSite(path: string): { rest: string } | undefined {
    const byPath = /^\/sites\/([^/:]+):(\/[^:]*?)(?::(\/.*)?)?$/.exec(path);
    if (byPath) {
      const host = decodeURIComponent(byPath[1]!).toLowerCase();
      const sitePath = decodeURIComponent(byPath[2]!).replace(/\/+$/, "").toLowerCase();
      if (host !== this.hostname || sitePath !== this.sitePath.toLowerCase()) return undefined;
      return { rest: byPath[3] ?? "" };
    }
    const byId = /^\/sites\/([^/]+)(\/.*)?$/.exec(path);
    if (byId && decodeURIComponent(byId[1]!) === this.siteId) return { rest: byId[2] ?? "" };
    return undefined;
  }

  private siteJson(): unknown {
    return {
      id: this.siteId,
      name: this.sitePath.split("/").pop(),
      displayName: "Clients",
      webUrl: this.siteUrl,
      createdDateTime: "2024-01-01T00:00:00Z",
      lastModifiedDateTime: "2026-01-01T00:00:00Z",
    };
  }

  private listJson(list: StandInList, withColumns: boolean): unknown {
    return {
      "@odata.etag": `"${list.id},1"`,
      id: list.id,
      name: list.displayName.replace(/\s+/g, ""),
      displayName: list.displayName,
      webUrl: `${this.siteUrl}/Lists/${encodeURIComponent(list.displayName)}`,
      list: { contentTypesEnabled: false, hidden: false, template: "genericList" },
      ...(withColumns ? { columns: list.columns.map((c) => ({ ...c })) } : {}),
    };
  }

  private createListFromBody(body: unknown): [number, Record<string, string>, unknown] {
    if (!this.allowWrites) return [403, {}, errorBody("accessDenied", "Access denied")];
    const request = body as { displayName?: string; columns?: StandInColumn[] };
    if (!request?.displayName)
      return [400, {}, errorBody("invalidRequest", "displayName is required")];
    if (this.findList(request.displayName)) {
      return [409, {}, errorBody("nameAlreadyExists", "A list with this name already exists.")];
    }
    for (const column of request.columns ?? []) {
      const problem = columnProblem(column);
      if (problem) return [400, {}, errorBody("invalidRequest", problem)];
    }
    const list = this.createList(request.displayName, request.columns ?? []);
    return [201, {}, this.listJson(list, true)];
  }

  private addColumn(list: StandInList, body: unknown): [number, Record<string, string>, unknown] {
    if (!this.allowWrites) return [403, {}, errorBody("accessDenied", "Access denied")];
    const column = body as StandInColumn;
    const problem = columnProblem(column);
    if (problem) return [400, {}, errorBody("invalidRequest", problem)];
    if (list.columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
      return [409, {}, errorBody("nameAlreadyExists", "A duplicate field name was found.")];
    }
    const created = this.column(column);
    list.columns.push(created);
    return [201, {}, { ...created }];
  }

  private listItems(
    list: StandInList,
    query: URLSearchParams,
    pathPart: string,
    headers: Record<string, string>,
  ): [number, Record<string, string>, unknown] {
    let items = [...list.items];
    const filter = query.get("$filter");
    if (filter) {
      // `fields/X eq '…'`, or several of them joined by `or` (Rapport's multi-key lookups).
      const clauses = splitOr(filter.trim());
      if (clauses.length > MAX_FILTER_EXPRESSIONS) {
        return [
          400,
          {},
          errorBody(
            "invalidRequest",
            `The query specified in the URI is not valid. The filter has ${clauses.length} expressions; at most ${MAX_FILTER_EXPRESSIONS} are allowed.`,
          ),
        ];
      }
      const wanted = new Map<string, Set<string>>();
      for (const clause of clauses) {
        const match = /^fields\/(\w+) eq '((?:[^']|'')*)'$/.exec(clause);
        if (!match) return [400, {}, errorBody("invalidRequest", "Invalid filter clause")];
        const [, columnName, literal] = match as unknown as [string, string, string];
        const column = list.columns.find((c) => c.name === columnName);
        if (!column)
          return [400, {}, errorBody("invalidRequest", `Field '${columnName}' is not recognized`)];
        const prefer = headers["prefer"] ?? "";
        if (!column.indexed && !/HonorNonIndexedQueriesWarningMayFailRandomly/i.test(prefer)) {
          return [
            400,
            {},
            errorBody(
              "invalidRequest",
              `Field '${columnName}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
            ),
          ];
        }
        const values = wanted.get(columnName) ?? new Set<string>();
        // SharePoint compares text case-insensitively, but exactly otherwise (spaces count).
        values.add(literal.replace(/''/g, "'").toLowerCase());
        wanted.set(columnName, values);
      }
      items = items.filter((i) =>
        [...wanted].some(([column, values]) =>
          values.has(String(i.fields[column] ?? "").toLowerCase()),
        ),
      );
    }
    const top = Math.min(Number(query.get("$top") ?? "200") || 200, 5000);
    const skip = Number(query.get("$skiptoken") ?? "0") || 0;
    const page = items.slice(skip, skip + top);
    const expand = expandedFields(query);
    const result: Record<string, unknown> = {
      "@odata.context": `${this.baseUrl}/$metadata#sites('${this.siteId}')/lists('${list.id}')/items`,
      value: page.map((item) => this.itemJson(list, item, expand)),
    };
    if (skip + top < items.length) {
      const next = new URLSearchParams(query);
      next.set("$skiptoken", String(skip + top));
      result["@odata.nextLink"] = `${this.baseUrl}${pathPart}?${next.toString()}`;
    }
    return [200, {}, result];
  }

  private etag(item: StandInItem): string {
    return `"${item.guid},${item.version}"`;
  }

  /** `fields` is expanded when `expand` is true or the list of columns selected. */
  private itemJson(
    list: StandInList,
    item: StandInItem,
    expand: boolean | string[] = true,
  ): unknown {
    const etag = this.etag(item);
    return {
      "@odata.etag": etag,
      createdDateTime: "2026-01-05T09:00:00Z",
      eTag: etag,
      id: item.id,
      lastModifiedDateTime: "2026-01-05T09:00:00Z",
      webUrl: `${this.siteUrl}/Lists/${encodeURIComponent(list.displayName)}/${item.id}_.000`,
      createdBy: { user: { email: "admin@contoso.example", displayName: "Admin" } },
      parentReference: { id: randomUUID(), siteId: this.siteId },
      contentType: { id: "0x0100", name: "Item" },
      ...(expand ? { "fields@odata.context": "…", fields: this.selected(item, expand) } : {}),
    };
  }

  private selected(item: StandInItem, expand: true | string[]): Record<string, unknown> {
    const all = this.fieldsJson(item);
    if (expand === true) return all;
    const picked: Record<string, unknown> = { "@odata.etag": all["@odata.etag"], id: all.id };
    for (const name of expand) if (name in all) picked[name] = all[name];
    return picked;
  }

  private fieldsJson(item: StandInItem): Record<string, unknown> {
    return {
      "@odata.etag": this.etag(item),
      ...item.fields,
      id: item.id,
      ContentType: "Item",
      Modified: "2026-01-05T09:00:00Z",
      Created: "2026-01-05T09:00:00Z",
      AuthorLookupId: "6",
      EditorLookupId: "6",
      _UIVersionString: `${item.version}.0`,
      Attachments: false,
      Edit: "",
      LinkTitleNoMenu: item.fields.Title ?? "",
      LinkTitle: item.fields.Title ?? "",
      ItemChildCount: "0",
      FolderChildCount: "0",
      _ComplianceFlags: "",
      _ComplianceTag: "",
      AppAuthorLookupId: "3",
    };
  }

  /** Checks and converts written values like SharePoint does; undefined value = a problem text. */
  private store(
    list: StandInList,
    fields: Record<string, unknown>,
    into: Record<string, unknown>,
    exceptItem?: StandInItem,
  ): string | undefined {
    for (const [name, value] of Object.entries(fields)) {
      if (name.endsWith("@odata.type")) continue;
      const column = list.columns.find((c) => c.name === name);
      if (!column) return `Field '${name}' is not recognized`;
      if (value === null || value === "") {
        delete into[name];
        continue;
      }
      if (typeof value !== "string") return `Field '${name}' expects text`;
      if (column.text && !column.text.allowMultipleLines) {
        if (/[\r\n]/.test(value)) return `Field '${name}' cannot hold more than one line`;
        if (value.length > (column.text.maxLength ?? 255)) return `Field '${name}' is too long`;
      }
      if (
        column.choice &&
        !column.choice.allowTextEntry &&
        !column.choice.choices.includes(value)
      ) {
        return `Value '${value}' is not one of the choices of field '${name}'`;
      }
      if (column.dateTime) {
        const instant = Date.parse(value);
        if (Number.isNaN(instant)) return `Field '${name}' expects a date`;
        into[name] = this.dateOnly(instant);
        continue;
      }
      if (column.enforceUniqueValues) {
        const clash = list.items.find(
          (i) =>
            i !== exceptItem && String(i.fields[name] ?? "").toLowerCase() === value.toLowerCase(),
        );
        if (clash) {
          return `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${name}].`;
        }
      }
      into[name] = value;
    }
    return undefined;
  }

  /** Midnight of the local day in the site's zone, written back in UTC (as Graph returns it). */
  private dateOnly(instant: number): string {
    const offsetMs = this.offsetHours * 3600_000;
    const localDay = new Date(instant + offsetMs).toISOString().slice(0, 10);
    return new Date(Date.parse(`${localDay}T00:00:00Z`) - offsetMs)
      .toISOString()
      .replace(".000", "");
  }

  private createItem(list: StandInList, body: unknown): [number, Record<string, string>, unknown] {
    if (!this.allowWrites) return [403, {}, errorBody("accessDenied", "Access denied")];
    const fields = (body as { fields?: Record<string, unknown> } | undefined)?.fields;
    if (!fields) return [400, {}, errorBody("invalidRequest", "Invalid request")];
    const stored: Record<string, unknown> = {};
    const problem = this.store(list, fields, stored);
    if (problem)
      return [problem.includes("duplicate") ? 409 : 400, {}, errorBody("invalidRequest", problem)];
    for (const column of list.columns) {
      if (column.required && column.name !== "Title" && stored[column.name] === undefined) {
        return [400, {}, errorBody("invalidRequest", `Field '${column.name}' is required`)];
      }
    }
    const item: StandInItem = {
      id: String(list.nextItemId++),
      version: 1,
      guid: randomUUID(),
      fields: stored,
    };
    list.items.push(item);
    return [201, {}, this.itemJson(list, item)];
  }

  private updateItem(
    list: StandInList,
    item: StandInItem,
    body: unknown,
    headers: Record<string, string>,
  ): [number, Record<string, string>, unknown] {
    if (!this.allowWrites) return [403, {}, errorBody("accessDenied", "Access denied")];
    const ifMatch = headers["if-match"];
    if (ifMatch && ifMatch !== "*" && ifMatch !== this.etag(item)) {
      return [412, {}, errorBody("resourceModified", "ETag mismatch")];
    }
    const next = { ...item.fields };
    const problem = this.store(list, (body ?? {}) as Record<string, unknown>, next, item);
    if (problem)
      return [problem.includes("duplicate") ? 409 : 400, {}, errorBody("invalidRequest", problem)];
    item.fields = next;
    item.version++;
    return [200, {}, this.fieldsJson(item)];
  }
}

/** Graph's documented limits for a filtered request. */
const MAX_FILTER_EXPRESSIONS = 15;
const MAX_URL_LENGTH = 2048;

/** Splits a filter on ` or ` outside quoted literals. */
function splitOr(filter: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < filter.length; i++) {
    if (filter[i] === "'") quoted = !quoted;
    else if (!quoted && filter.startsWith(" or ", i)) {
      parts.push(filter.slice(start, i).trim());
      start = i + 4;
      i += 3;
    }
  }
  parts.push(filter.slice(start).trim());
  return parts;
}

function columnProblem(column: StandInColumn): string | undefined {
  if (!column?.name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(column.name)) return "Invalid column name";
  if (column.indexed && column.text?.allowMultipleLines) {
    return "Multiple lines of text columns cannot be indexed";
  }
  if (column.enforceUniqueValues && !column.indexed) {
    return "Columns that enforce unique values must be indexed";
  }
  return undefined;
}

/** `$expand=fields` → true, `$expand=fields($select=A,B)` → ["A", "B"], otherwise false. */
function expandedFields(query: URLSearchParams): boolean | string[] {
  const expand = query.get("$expand") ?? "";
  const select = /fields\(\$select=([^)]*)\)/.exec(expand);
  if (select) return select[1]!.split(",").map((name) => name.trim());
  return /\bfields\b/.test(expand);
}

function lowerHeaders(headers: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined)
      result[key.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return result;
}

function errorBody(code: string, message: string): unknown {
  return {
    error: {
      code,
      message,
      innerError: {
        date: "2026-11-23T09:00:00",
        "request-id": randomUUID(),
        "client-request-id": randomUUID(),
      },
    },
  };
}
