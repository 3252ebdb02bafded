/** @jest-environment jsdom */
import { ComposeModel } from "../../src/playground/compose-model";
import {
  createOfficeStandin,
  installOfficeStandin,
  memoryStorage,
  type StandinAsyncResult,
} from "../../src/playground/office-standin";
import { OUTLOOK_CLIENTS, type OutlookClientId } from "../../src/playground/outlook-clients";

type AnyFn = (...args: unknown[]) => void;
interface Methods {
  getAsync: AnyFn;
  setAsync: AnyFn;
  addAsync: AnyFn;
  replaceAsync: AnyFn;
  removeAsync: AnyFn;
}
interface Item {
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
