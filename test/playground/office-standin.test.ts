/** @jest-environment jsdom */
import { ComposeModel } from "../../src/playground/compose-model";
import {
  createOfficeStandin,
  installOfficeStandin,
  memoryStorage,
  type StandinAsyncResult,
} from "../../src/playground/office-standin";
import { OUTLOOK_CLIENTS, type OutlookClientId } from "../../src/playground/outlook-clients";
import { SAMPLE_INCOMING } from "../../src/playground/sample-incoming";

type AnyFn = (...args: unknown[]) => void;
interface Methods {
  getAsync: AnyFn;
  setAsync: AnyFn;
  addAsync: AnyFn;
  replaceAsync: AnyFn;
  removeAsync: AnyFn;
  setSelectedDataAsync: AnyFn;
}
interface Item {
  getSelectedDataAsync: AnyFn;
  sessionData: Methods;
  to: Methods;
  cc: Methods;
  subject: Methods;
  body: Methods;
  notificationMessages: Methods;
  addHandlerAsync: AnyFn;
  getInitializationContextAsync: AnyFn;
}

function setup(initial = {}) {
  const model = new ComposeModel(initial);
  const standin = createOfficeStandin({ model, storage: memoryStorage() });
  const office = standin.Office as {
    context: { mailbox: { item: Item }; requirements: { isSetSupported: AnyFn } };
  };
  return { model, standin, item: office.context.mailbox.item, office };
}

/** Call an Office-style method and resolve with its asyncResult. */
function call<T>(fn: AnyFn, ...args: unknown[]): Promise<StandinAsyncResult<T>> {
  return new Promise((resolve) => fn(...args, (r: StandinAsyncResult<T>) => resolve(r)));
}

describe("office stand-in: recipients", () => {
  it("reads typed recipients as EmailAddressDetails, unresolved ones with an empty address", async () => {
    const { item } = setup({
      to: "Megge Anderson <megge.anderson@coca-cola.example>; Meg",
      cc: "colleague@lawfirm.example",
    });
    const to = await call(item.to.getAsync);
    expect(to.status).toBe("succeeded");
    expect(to.value).toEqual([
      {
        emailAddress: "megge.anderson@coca-cola.example",
        displayName: "Megge Anderson",
        recipientType: "externalUser",
      },
      { emailAddress: "", displayName: "Meg", recipientType: "other" },
    ]);
    const cc = await call<{ recipientType: string }[]>(item.cc.getAsync);
    expect(cc.value[0]!.recipientType).toBe("user");
  });

  it("setAsync and addAsync write the field and raise RecipientsChanged", async () => {
    const { item, model } = setup({ to: "dan@whitakerbuilding.example" });
    const changes: unknown[] = [];
    await call(item.addHandlerAsync, "olkRecipientsChanged", (args: unknown) => changes.push(args));
    await call(item.to.addAsync, [
      { emailAddress: "legal@ford.example", displayName: "Ford Legal" },
    ]);
    expect(model.getSnapshot().to).toBe(
      "dan@whitakerbuilding.example; Ford Legal <legal@ford.example>",
    );
    await call(item.cc.setAsync, ["someone@microsoft.example"]);
    expect(model.getSnapshot().cc).toBe("someone@microsoft.example");
    await new Promise((r) => setTimeout(r, 0));
    expect(changes).toHaveLength(2);
    expect(changes[1]).toMatchObject({
      type: "olkRecipientsChanged",
      changedRecipientFields: { to: false, cc: true },
    });
  });

  it("fails setAsync with a clear error when recipients are not a list", async () => {
    const { item } = setup();
    const result = await call(item.to.setAsync, "not a list");
    expect(result.status).toBe("failed");
    expect(result.error?.message).toMatch(/array/);
  });

  it("passes asyncContext back", async () => {
    const { item } = setup({ subject: "Board pack" });
    const result = await call(item.subject.getAsync, { asyncContext: 42 });
    expect(result).toMatchObject({ status: "succeeded", value: "Board pack", asyncContext: 42 });
  });
});

describe("office stand-in: body", () => {
  it("returns HTML and text coercions", async () => {
    const { item } = setup({ bodyHtml: "<div>Dear Meg,</div><div><br></div><div>Pepsi</div>" });
    const html = await call(item.body.getAsync, "html");
    expect(html.value).toContain("Dear Meg,");
    const text = await call(item.body.getAsync, "text");
    expect(text.value).toBe("Dear Meg,\n\nPepsi");
  });

  it("sanitizes HTML written by setAsync and escapes text", async () => {
    const { item, model } = setup();
    await call(
      item.body.setAsync,
      '<div>Dear Megge,<img src=x onerror="alert(1)"><script>x()</script></div>',
      {
        coercionType: "html",
      },
    );
    expect(model.getSnapshot().bodyHtml).toBe("<div>Dear Megge,</div>");
    await call(item.body.setAsync, "<b>not bold</b>", { coercionType: "text" });
    expect(model.getSnapshot().bodyHtml).toBe("<div>&lt;b&gt;not bold&lt;/b&gt;</div>");
  });

  it("keeps data: pictures and drops any other picture whole", async () => {
    const { item, model } = setup();
    await call(
      item.body.setAsync,
      '<div>Logo <img src="data:image/png;base64,AAAA" alt="logo"> and <img src="https://evil.example/t.gif"></div>',
      { coercionType: "html" },
    );
    expect(model.getSnapshot().bodyHtml).toBe(
      '<div>Logo <img src="data:image/png;base64,AAAA" alt="logo"> and </div>',
    );
  });

  it("reads and replaces the author's selection; with none, inserts at the top like Outlook", async () => {
    const { item, model } = setup({ bodyHtml: "<div>Dear Meg,</div>" });
    let selected: string | undefined = "Meg";
    model.setSelectionAccess({
      text: () => selected,
      replace: (text) => {
        if (selected === undefined) return false;
        model.setBodyFromEditor(model.getSnapshot().bodyHtml.replace(selected, text));
        selected = undefined;
        return true;
      },
      replaceHtml: () => false,
    });
    const read = await call<{ data: string; sourceProperty: string }>(
      item.getSelectedDataAsync,
      "text",
    );
    expect(read.value).toEqual({ data: "Meg", sourceProperty: "body" });
    await call(item.body.setSelectedDataAsync, "Megge", { coercionType: "text" });
    expect(model.getSnapshot().bodyHtml).toBe("<div>Dear Megge,</div>");
    await call(item.body.setSelectedDataAsync, "Hello", { coercionType: "text" });
    expect(model.getSnapshot().bodyHtml).toBe("<div>Hello</div><div>Dear Megge,</div>");
  });

  it("puts HTML at the author's cursor (sanitized); with no cursor in the body, at the top", async () => {
    const { item, model } = setup({ bodyHtml: "<div>Hi Dan,</div><div>Best, Alex</div>" });
    let cursor = true;
    model.setSelectionAccess({
      text: () => undefined,
      replace: () => false,
      replaceHtml: (html) => {
        if (!cursor) return false;
        const current = model.getSnapshot().bodyHtml;
        model.setBodyFromEditor(current.replace("</div>", `</div>${html}`));
        cursor = false;
        return true;
      },
    });
    await call(item.body.setSelectedDataAsync, "<p>Which platform?</p>", { coercionType: "html" });
    expect(model.getSnapshot().bodyHtml).toBe(
      "<div>Hi Dan,</div><p>Which platform?</p><div>Best, Alex</div>",
    );
    await call(item.body.setSelectedDataAsync, "<p>Top</p>", { coercionType: "html" });
    expect(model.getSnapshot().bodyHtml.startsWith("<p>Top</p><div>Hi Dan,</div>")).toBe(true);
  });

  it("a received message is a read item: plain values, its body as HTML or text", async () => {
    const { standin, model } = setup();
    const sample = SAMPLE_INCOMING[0]!;
    model.replaceMessage({ received: sample });
    const item = (standin.Office.context as { mailbox: { item: Record<string, unknown> } }).mailbox
      .item as unknown as {
      subject: string;
      from: { emailAddress: string; displayName: string };
      dateTimeCreated: Date;
      body: { getAsync: (...args: unknown[]) => void };
    };
    expect(item.subject).toBe(sample.subject);
    expect(item.from).toMatchObject({
      emailAddress: sample.from.address,
      displayName: sample.from.name,
    });
    expect(item.dateTimeCreated.toISOString()).toBe(sample.sent);
    const text = await call<string>(item.body.getAsync, "text");
    expect(text.value).toContain("Please don't text me");
    const html = await call<string>(item.body.getAsync, "html");
    expect(html.value).toContain("&gt; Would a quick Zoom call");
    model.replaceMessage({});
    expect(
      typeof (standin.Office.context as { mailbox: { item: { subject: unknown } } }).mailbox.item
        .subject,
    ).toBe("object");
  });

  it("a new message starts with empty sessionData (ignores do not carry over)", async () => {
    const { item, standin } = setup();
    await call(item.sessionData.setAsync, "rapport.ignored", "[]");
    standin.startNewItem();
    const read = await call(item.sessionData.getAsync, "rapport.ignored");
    expect(read.status).toBe("failed");
  });

  it("rejects an unknown coercion type", async () => {
    const { item } = setup();
    const result = await call(item.body.getAsync, "rtf");
    expect(result.status).toBe("failed");
  });
});

describe("office stand-in: notifications, launch events, storage", () => {
  it("shows, replaces and removes notification messages", async () => {
    const { item, model } = setup();
    const messages = item.notificationMessages;
    await call(messages.replaceAsync, "rapport", {
      type: "informationalMessage",
      message: "Checked",
    });
    await call(messages.replaceAsync, "rapport", {
      type: "errorMessage",
      message: "Could not check",
    });
    expect(model.getSnapshot().notifications).toEqual([
      { key: "rapport", kind: "errorMessage", message: "Could not check" },
    ]);
    expect((await call(messages.removeAsync, "rapport")).status).toBe("succeeded");
    expect((await call(messages.removeAsync, "rapport")).status).toBe("failed");
  });

  it("records handlers registered with Office.actions.associate", () => {
    const { standin } = setup();
    const handler = jest.fn();
    (standin.Office.actions as { associate: AnyFn }).associate("onMessageSendHandler", handler);
    expect(standin.actions.get("onMessageSendHandler")).toBe(handler);
  });

  it("answers requirement sets up to Mailbox 1.15", () => {
    const { office } = setup();
    expect(office.context.requirements.isSetSupported("Mailbox", "1.14")).toBe(true);
    expect(office.context.requirements.isSetSupported("Mailbox", "1.15")).toBe(true);
    expect(office.context.requirements.isSetSupported("Mailbox", "1.16")).toBe(false);
    expect(office.context.requirements.isSetSupported("NestedAppAuth", "1.1")).toBe(false);
  });

  it("keeps OfficeRuntime.storage in the given store, and installs as globals", async () => {
    const classic = OUTLOOK_CLIENTS.find((c) => c.id === "classic")!;
    const standin = createOfficeStandin({
      model: new ComposeModel({}),
      storage: memoryStorage(),
      client: classic,
    });
    const storage = (
      standin.OfficeRuntime as {
        storage: { setItem: AnyFn; getItem: (k: string) => Promise<string | null> };
      }
    ).storage;
    await storage.setItem("k", "v");
    expect(await storage.getItem("k")).toBe("v");
    expect(await storage.getItem("missing")).toBeNull();
    const target: Record<string, unknown> = {};
    installOfficeStandin(standin, target);
    expect(target.Office).toBe(standin.Office);
    expect(target.OfficeRuntime).toBe(standin.OfficeRuntime);
  });

  it("imitates each Outlook client's requirement sets and storage", () => {
    const model = new ComposeModel({});
    const sets = (id: OutlookClientId) => {
      const client = OUTLOOK_CLIENTS.find((c) => c.id === id)!;
      const standin = createOfficeStandin({ model, storage: memoryStorage(), client });
      const office = standin.Office as { context: { requirements: { isSetSupported: AnyFn } } };
      return {
        has: (v: string) =>
          office.context.requirements.isSetSupported("Mailbox", v) as unknown as boolean,
        storage: "storage" in standin.OfficeRuntime,
      };
    };
    expect(sets("web").has("1.15")).toBe(true);
    expect(sets("web").storage).toBe(false); // the add-in uses localStorage there
    expect(sets("classic").storage).toBe(true);
    expect(sets("classic-2402").has("1.13")).toBe(true);
    expect(sets("classic-2402").has("1.14")).toBe(false);
    expect(sets("mac").has("1.14")).toBe(true);
    expect(sets("mac").has("1.15")).toBe(false);
  });

  it("fails a fourth simultaneous call where the client allows three (the web), not elsewhere", async () => {
    const model = new ComposeModel({ subject: "x" });
    const callsAtOnce = async (id: OutlookClientId) => {
      const client = OUTLOOK_CLIENTS.find((c) => c.id === id)!;
      const standin = createOfficeStandin({ model, storage: memoryStorage(), client });
      const item = (standin.Office as { context: { mailbox: { item: Item } } }).context.mailbox
        .item;
      const results = await Promise.all([1, 2, 3, 4].map(() => call(item.subject.getAsync)));
      return { statuses: results.map((r) => r.status), stats: standin.callStats() };
    };
    const web = await callsAtOnce("web");
    expect(web.statuses).toEqual(["succeeded", "succeeded", "succeeded", "failed"]);
    expect(web.stats).toMatchObject({ maxInFlight: 3, refused: 1, inFlight: 0 });
    expect((await callsAtOnce("classic")).statuses).toEqual([
      "succeeded",
      "succeeded",
      "succeeded",
      "succeeded",
    ]);
  });

  it("getInitializationContextAsync returns the context a Smart Alert opened the pane with", async () => {
    const { item, standin } = setup();
    expect((await call(item.getInitializationContextAsync)).status).toBe("failed");
    standin.setInitializationContext('{"findings":[]}');
    expect((await call(item.getInitializationContextAsync)).value).toBe('{"findings":[]}');
  });
});
