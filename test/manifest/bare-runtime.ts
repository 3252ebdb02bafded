/**
 * A bare JavaScript context like classic Outlook's event runtime before Version 2403: no DOM,
 * no window or document, no localStorage, no built-in newer than ECMAScript 2016 (they are
 * deleted), a RegExp that rejects, as a SyntaxError, every regular-expression feature newer than
 * ECMAScript 2016 (lookbehind, named groups and `\k<…>`, the `s` flag, `\p{…}`), a stand-in Office and OfficeRuntime written in plain ES5 and living inside the
 * context (so nothing the bundle touches comes from the host's realm, whose built-ins are
 * complete), fetch for the files beside the add-in, and a faked clock the test moves.
 */
import { createContext, runInContext, type Context } from "node:vm";

/** Post-ES2016 built-ins, deleted before the bundle loads. */
export const POST_ES2016_BUILT_INS = [
  "globalThis",
  "Object.entries",
  "Object.values",
  "Object.fromEntries",
  "Object.getOwnPropertyDescriptors",
  "Object.hasOwn",
  "Object.groupBy",
  "Promise.allSettled",
  "Promise.any",
  "Promise.withResolvers",
  "Promise.prototype.finally",
  "String.prototype.padStart",
  "String.prototype.padEnd",
  "String.prototype.matchAll",
  "String.prototype.replaceAll",
  "String.prototype.trimStart",
  "String.prototype.trimEnd",
  "String.prototype.at",
  "String.prototype.isWellFormed",
  "Array.prototype.flat",
  "Array.prototype.flatMap",
  "Array.prototype.at",
  "Array.prototype.findLast",
  "Array.prototype.findLastIndex",
  "Array.prototype.toSorted",
  "Array.prototype.toReversed",
  "Array.prototype.toSpliced",
  "Array.prototype.with",
  "Symbol.asyncIterator",
  "AggregateError",
  "structuredClone",
  "queueMicrotask",
];

/**
 * ES5 source that makes the context's RegExp an ECMAScript 2016 one: a pattern or flags it would
 * not know are a SyntaxError, whether built with `new RegExp`, `RegExp(...)`, or a copy of
 * another pattern. (Literals in the file itself are checked by parsing it at ecmaVersion 2016.)
 * `alsoRejectFlags` rejects flags an ES2016 engine knows too, to stand for an engine that
 * cannot run something else in the checks.
 */
export function es2016RegExpSource(alsoRejectFlags = ""): string {
  return String.raw`(function (root) {
  var Native = root.RegExp;
  var alsoReject = ${JSON.stringify(alsoRejectFlags)};
  function newerFeature(source, flags) {
    for (var i = 0; i < flags.length; i++) {
      if ("gimuy".indexOf(flags[i]) < 0) return "the flag " + flags[i];
      if (alsoReject.indexOf(flags[i]) >= 0) return "the flag " + flags[i];
    }
    var unicode = flags.indexOf("u") >= 0;
    var inClass = false;
    for (var j = 0; j < source.length; j++) {
      var ch = source[j];
      if (ch === "\\") {
        var next = source[j + 1];
        if (next === "k" && source[j + 2] === "<") return "a named back-reference";
        if (unicode && (next === "p" || next === "P") && source[j + 2] === "{") return "a Unicode property escape";
        j++;
      } else if (inClass) {
        if (ch === "]") inClass = false;
      } else if (ch === "[") {
        inClass = true;
      } else if (ch === "(" && source[j + 1] === "?" && source[j + 2] === "<") {
        return source[j + 3] === "=" || source[j + 3] === "!" ? "a lookbehind" : "a named group";
      }
    }
    return undefined;
  }
  function check(pattern, flags) {
    var isRegExp = pattern instanceof Native;
    var source = isRegExp ? pattern.source : pattern === undefined ? "" : String(pattern);
    var flagText = flags === undefined ? (isRegExp ? pattern.flags : "") : String(flags);
    var feature = newerFeature(source, flagText);
    if (feature)
      throw new SyntaxError("Invalid regular expression: /" + source + "/" + flagText + ": " + feature + " (ECMAScript 2016)");
  }
  root.RegExp = new Proxy(Native, {
    construct: function (target, args, newTarget) {
      check(args[0], args[1]);
      return Reflect.construct(target, args, newTarget);
    },
    apply: function (target, self, args) {
      check(args[0], args[1]);
      return Reflect.apply(target, self, args);
    }
  });
  root.__rejectedRegExp = function (source, flags) {
    try { new root.RegExp(source, flags); return null; } catch (error) { return error.name; }
  };
})(this);`;
}

export type Behaviour = "ok" | "fail" | "hang";

export interface BareDraft {
  to: { emailAddress: string; displayName: string }[];
  cc?: { emailAddress: string; displayName: string }[];
  subject: string;
  bodyHtml: string;
}

/** A meeting invitation being organised (Office.AppointmentCompose). */
export interface BareInvitation {
  required: { emailAddress: string; displayName: string }[];
  optional?: { emailAddress: string; displayName: string }[];
  subject: string;
  location: string;
  bodyHtml: string;
}

export interface BareRuntimeOptions {
  /** The highest Mailbox requirement set the stand-in reports, e.g. "1.15" or "1.13". */
  mailboxVersion: string;
  draft: BareDraft;
  /** When set, the open item is this invitation instead of the message `draft`. */
  invitation?: BareInvitation;
  /** Per Office operation ("to", "cc", "bcc", "subject", "body", "attachments", "from", …). */
  behaviours?: Record<string, Behaviour>;
  /** Files served by fetch, by the end of their URL (e.g. "sample-profiles.json"). */
  files?: Record<string, string>;
  /** Every fetch answers with this HTTP status (e.g. 503), or rejects ("network"). */
  fetchFailure?: number | "network";
  /** Office.context.mailbox throws when read: wiring cannot even start. */
  brokenMailbox?: boolean;
  /** Storage that outlives a context (OfficeRuntime.storage persists between events). */
  storage?: Record<string, string>;
  /** Flags the engine rejects besides those newer than ES2016 (see es2016RegExpSource). */
  alsoRejectRegExpFlags?: string;
}

/** ES5 source of the stand-ins; `__options` is set (as JSON) before it runs. */
const STANDIN = String.raw`
(function (root) {
  var options = JSON.parse(root.__optionsJson);
  var clock = { now: 0, timers: [], nextId: 1 };
  var realDateNow = Date.now;
  var startedAt = 1764000000000; // 2025-11-24: any fixed moment
  Date.now = function () { return startedAt + clock.now; };
  root.setTimeout = function (callback, ms) {
    var id = clock.nextId++;
    clock.timers.push({ id: id, at: clock.now + Math.max(0, Number(ms) || 0), callback: callback });
    return id;
  };
  root.clearTimeout = function (id) {
    clock.timers = clock.timers.filter(function (t) { return t.id !== id; });
  };
  /** Move the clock by ms, running every timer that falls due, in order. */
  root.__advance = function (ms) {
    var until = clock.now + ms;
    for (;;) {
      var due = clock.timers.filter(function (t) { return t.at <= until; });
      if (due.length === 0) break;
      due.sort(function (a, b) { return a.at - b.at || a.id - b.id; });
      var next = due[0];
      clock.timers = clock.timers.filter(function (t) { return t !== next; });
      clock.now = Math.max(clock.now, next.at);
      next.callback();
    }
    clock.now = until;
  };
  root.__elapsed = function () { return clock.now; };
  void realDateNow;

  var logs = [];
  root.console = { log: function () { logs.push(Array.prototype.slice.call(arguments).join(" ")); } };
  root.__logs = logs;

  var storage = options.storage || {};
  root.__storage = storage;
  root.OfficeRuntime = {
    storage: {
      getItem: function (key) { return Promise.resolve(storage.hasOwnProperty(key) ? storage[key] : null); },
      setItem: function (key, value) { storage[key] = String(value); return Promise.resolve(); },
      removeItem: function (key) { delete storage[key]; return Promise.resolve(); }
    }
  };

  root.fetch = function (url) {
    if (options.fetchFailure === "network") return Promise.reject(new TypeError("Failed to fetch"));
    if (typeof options.fetchFailure === "number")
      return Promise.resolve({ ok: false, status: options.fetchFailure, text: function () { return Promise.resolve(""); } });
    var files = options.files || {};
    for (var name in files) {
      if (files.hasOwnProperty(name) && String(url).slice(-name.length) === name) {
        var body = files[name];
        return Promise.resolve({ ok: true, status: 200, text: function () { return Promise.resolve(body); } });
      }
    }
    return Promise.resolve({ ok: false, status: 404, text: function () { return Promise.resolve(""); } });
  };

  var behaviours = options.behaviours || {};
  var calls = [];
  var notifications = {};
  var sessionData = {};
  root.__calls = calls;
  root.__notifications = notifications;
  function answer(operation, callback, value) {
    calls.push(operation);
    var behaviour = behaviours[operation] || "ok";
    if (behaviour === "hang") return;
    Promise.resolve().then(function () {
      if (behaviour === "fail")
        callback({ status: "failed", value: undefined, error: { code: 9002, name: "GenericResponseError", message: "The host failed." } });
      else callback({ status: "succeeded", value: value() });
    });
  }
  function lastFunction(args) {
    for (var i = args.length - 1; i >= 0; i--) if (typeof args[i] === "function") return args[i];
    return undefined;
  }
  var draft = options.draft;
  function line(name, list) {
    return { getAsync: function () { var cb = lastFunction(arguments); answer(name, cb, function () { return JSON.parse(JSON.stringify(list || [])); }); } };
  }
  var item = {
    itemType: "message",
    to: line("to", draft.to),
    cc: line("cc", draft.cc),
    bcc: line("bcc", []),
    subject: { getAsync: function () { answer("subject", lastFunction(arguments), function () { return draft.subject; }); } },
    body: {
      getAsync: function (coercion) { answer("body", lastFunction(arguments), function () { return draft.bodyHtml; }); },
      getTypeAsync: function () { answer("bodyType", lastFunction(arguments), function () { return "html"; }); }
    },
    from: { getAsync: function () { answer("from", lastFunction(arguments), function () { return { emailAddress: "alex.morgan@lawfirm.example", displayName: "Alex Morgan" }; }); } },
    getAttachmentsAsync: function () { answer("attachments", lastFunction(arguments), function () { return []; }); },
    notificationMessages: {
      replaceAsync: function (key, details) { answer("notification", lastFunction(arguments), function () { notifications[key] = details.message; }); },
      removeAsync: function (key) { answer("notification.remove", lastFunction(arguments), function () { delete notifications[key]; }); }
    },
    sessionData: {
      getAsync: function (key) { answer("sessionData.get", lastFunction(arguments), function () { return sessionData[key] || ""; }); },
      setAsync: function (key, value) { answer("sessionData.set", lastFunction(arguments), function () { sessionData[key] = value; }); }
    }
  };
  if (options.invitation) {
    var invitation = options.invitation;
    item = {
      itemType: "appointment",
      requiredAttendees: line("required", invitation.required),
      optionalAttendees: line("optional", invitation.optional),
      subject: { getAsync: function () { answer("subject", lastFunction(arguments), function () { return invitation.subject; }); } },
      location: { getAsync: function () { answer("location", lastFunction(arguments), function () { return invitation.location; }); } },
      enhancedLocation: { getAsync: function () { answer("enhancedLocation", lastFunction(arguments), function () { return []; }); } },
      start: { getAsync: function () { answer("start", lastFunction(arguments), function () { return new Date(1764320400000); }); } },
      end: { getAsync: function () { answer("end", lastFunction(arguments), function () { return new Date(1764322200000); }); } },
      body: item.body,
      organizer: { getAsync: function () { answer("organizer", lastFunction(arguments), function () { return { emailAddress: "alex.morgan@lawfirm.example", displayName: "Alex Morgan" }; }); } },
      getAttachmentsAsync: item.getAttachmentsAsync,
      notificationMessages: item.notificationMessages,
      sessionData: item.sessionData
    };
    item.body = {
      getAsync: function () { answer("body", lastFunction(arguments), function () { return invitation.bodyHtml; }); },
      getTypeAsync: function () { answer("bodyType", lastFunction(arguments), function () { return "html"; }); }
    };
  }
  var handlers = {};
  var version = options.mailboxVersion.split(".");
  var mailbox = { item: item, userProfile: { emailAddress: "alex.morgan@lawfirm.example", displayName: "Alex Morgan" } };
  var context = {
    requirements: {
      isSetSupported: function (name, minVersion) {
        if (name !== "Mailbox") return false;
        var wanted = String(minVersion || "1.1").split(".");
        var major = Number(wanted[0]), minor = Number(wanted[1] || 0);
        return major < Number(version[0]) || (major === Number(version[0]) && minor <= Number(version[1]));
      }
    }
  };
  if (options.brokenMailbox)
    Object.defineProperty(context, "mailbox", { get: function () { throw new TypeError("mailbox is not ready"); } });
  else context.mailbox = mailbox;
  root.Office = {
    context: context,
    actions: { associate: function (name, handler) { handlers[name] = handler; } }
  };

  var completions = [];
  root.__completions = completions;
  /** Fire a launch event; its completed() answers are recorded (as JSON) in order. */
  root.__fire = function (name) {
    var handler = handlers[name];
    if (!handler) throw new Error("no handler " + name);
    handler({ completed: function (answer) { completions.push(answer === undefined ? null : JSON.parse(JSON.stringify(answer))); } });
  };
  root.__handlerNames = function () { return Object.keys(handlers).sort(); };
})(this);
`;

const DELETE_BUILT_INS = `(function (root) {
  var names = ${JSON.stringify(POST_ES2016_BUILT_INS)};
  for (var i = 0; i < names.length; i++) {
    var path = names[i].split(".");
    var owner = root;
    for (var j = 0; j < path.length - 1 && owner; j++) owner = owner[path[j]];
    if (owner) delete owner[path[path.length - 1]];
  }
})(this);`;

export interface BareRuntime {
  context: Context;
  /** Run an expression in the context and return its value (JSON-safe values only). */
  evaluate<T>(expression: string): T;
  fire(
    handler:
      | "onMessageSendHandler"
      | "onMessageRecipientsChangedHandler"
      | "onAppointmentSendHandler"
      | "onAppointmentAttendeesChangedHandler",
  ): void;
  completions(): unknown[];
  notifications(): Record<string, string>;
  storage(): Record<string, string>;
  logs(): string[];
  calls(): string[];
  /**
   * Let the event run: microtasks drain, then the faked clock moves in steps of `stepMs` until
   * an answer arrives or `maxMs` of faked time have passed.
   */
  settle(options?: { maxMs?: number; stepMs?: number }): Promise<void>;
  /** Move the faked clock, letting microtasks run at every step. */
  advance(ms: number, stepMs?: number): Promise<void>;
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

export function createBareRuntime(bundle: string, options: BareRuntimeOptions): BareRuntime {
  const context = createContext({ __optionsJson: JSON.stringify(options) });
  runInContext(DELETE_BUILT_INS, context);
  runInContext(es2016RegExpSource(options.alsoRejectRegExpFlags), context);
  runInContext(STANDIN, context);
  runInContext(bundle, context, { filename: "launchevent.js" });
  const evaluate = <T>(expression: string): T =>
    JSON.parse(runInContext(`JSON.stringify(${expression})`, context) ?? "null") as T;
  const advance = async (ms: number, stepMs = 10) => {
    for (let moved = 0; moved < ms; moved += stepMs) {
      await turn();
      runInContext(`__advance(${Math.min(stepMs, ms - moved)})`, context);
    }
    await turn();
  };
  return {
    context,
    evaluate,
    fire: (handler) => runInContext(`__fire(${JSON.stringify(handler)})`, context),
    completions: () => evaluate<unknown[]>("__completions"),
    notifications: () => evaluate<Record<string, string>>("__notifications"),
    storage: () => evaluate<Record<string, string>>("__storage"),
    logs: () => evaluate<string[]>("__logs"),
    calls: () => evaluate<string[]>("__calls"),
    async settle({ maxMs = 10_000, stepMs = 10 } = {}) {
      for (let i = 0; i < 5; i++) await turn();
      for (let moved = 0; moved < maxMs; moved += stepMs) {
        if (evaluate<unknown[]>("__completions").length > 0) break;
        await advance(stepMs, stepMs);
      }
      for (let i = 0; i < 5; i++) await turn();
    },
    advance,
  };
}
