/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RapportApp } from "../../src/taskpane/App";
import { ProfileSourceError } from "../../src/profiles/source";
import {
  DAN,
  draftTo,
  fakeEvaluate,
  FakeItemAdapter,
  InMemoryProfileSource,
  LAWYER,
  MEGGE,
  readOnlySource,
  sampleProfiles,
} from "./fakes";
import { fieldsToProfile, profileToFields } from "../../src/profiles/list-mapping";

const NOW = new Date(2026, 10, 23);
/** Text queries skip the live region, which repeats the message for screen readers. */
const LIVE = '[role="status"], script, style';

/** The definition list row for a term, read as "term: value". */
function valueOf(card: HTMLElement, term: string): string {
  const dt = within(card)
    .getAllByRole("term")
    .find((t) => t.textContent === term);
  if (!dt) throw new Error(`no "${term}" row`);
  return dt.nextElementSibling?.textContent ?? "";
}

/** The entries a list row shows, one list item each. */
function entriesOf(card: HTMLElement, term: string): string[] {
  const dt = within(card)
    .getAllByRole("term")
    .find((t) => t.textContent === term);
  if (!dt) throw new Error(`no "${term}" row`);
  const dd = dt.nextElementSibling as HTMLElement;
  return within(dd)
    .queryAllByRole("listitem")
    .map((item) => item.textContent ?? "");
}

async function cardFor(name: string): Promise<HTMLElement> {
  return screen.findByRole("article", { name });
}

describe("client profile view", () => {
  it("shows Megge's own profile merged over Coca-Cola's, gaps named as gaps", async () => {
    const adapter = new FakeItemAdapter(draftTo([MEGGE]));
    render(
      <RapportApp
        adapter={adapter}
        profiles={new InMemoryProfileSource()}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    const card = await cardFor("Megge Anderson");
    expect(within(card).getByText("megge.anderson@coca-cola.example")).toBeInTheDocument();
    expect(within(card).getByText("The Coca-Cola Company")).toBeInTheDocument();
    expect(valueOf(card, "Preferred name")).toBe("Megge");
    expect(valueOf(card, "Names to avoid")).toBe("Meg");
    expect(entriesOf(card, "Preferred channels")).toEqual(["E-mail", "Microsoft Teams"]);
    expect(valueOf(card, "Channels to avoid")).toBe("Phone calls");
    // From the organisation profile:
    expect(entriesOf(card, "Competitors")).toEqual([
      "Pepsi",
      "PepsiCo",
      "Mountain Dew",
      "Gatorade",
    ]);
    expect(valueOf(card, "Billing detail")).toBe("Summary only");
    expect(valueOf(card, "Refused billing entries")).toBe("Review of file");
    expect(valueOf(card, "Meeting platform")).toBe("Microsoft Teams");
    // Nobody asked these:
    expect(valueOf(card, "Entertainment")).toBe("Not asked yet");
    expect(valueOf(card, "Topics to avoid")).toBe("Not asked yet");
    expect(valueOf(card, "Last confirmed")).toBe("2026-09-01 (confirmed 2 months ago)");
    expect(within(card).queryByText(/ask them to confirm/)).not.toBeInTheDocument();
  });

  it("flags a profile confirmed more than 12 months ago", async () => {
    const adapter = new FakeItemAdapter(draftTo([DAN]));
    render(
      <RapportApp
        adapter={adapter}
        profiles={new InMemoryProfileSource()}
        now={new Date(2027, 7, 1)}
        evaluateDraft={fakeEvaluate}
      />,
    );
    const card = await cardFor("Dan Whitaker");
    expect(valueOf(card, "Last confirmed")).toMatch(/confirmed 13 months ago/);
    expect(within(card).getByText(/ask them to confirm/)).toBeInTheDocument();
  });

  it("names a list the client emptied by a withdrawal as answered, and a list never filled as a gap", async () => {
    const dan = sampleProfiles().find((p) => p.matchKey === "dan@whitakerbuilding.example")!;
    const withdrawn = {
      ...dan,
      avoidChannels: [],
      sources: [
        {
          field: "avoidChannels",
          value: "phone",
          from: { address: "dan@whitakerbuilding.example", name: "Dan Whitaker" },
          date: "2026-11-26",
          quote: "so you can phone me again.",
          op: "remove" as const,
        },
      ],
    };
    const source = new InMemoryProfileSource(
      sampleProfiles().map((p) => (p.matchKey === dan.matchKey ? withdrawn : p)),
    );
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([DAN]))}
        profiles={source}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    const card = await cardFor("Dan Whitaker");
    expect(valueOf(card, "Channels to avoid")).toBe("None: the client withdrew the last one");
    // A removal from one list says nothing about another that was never filled.
    expect(valueOf(card, "Competitors")).toBe("Not asked yet");
  });

  it("says when a field of the stored profile could not be read, and shows the rest", async () => {
    // The Coca-Cola item as the Graph source reads it when its LastConfirmed is not a date.
    const coke = sampleProfiles().find((p) => p.matchKey === "@coca-cola.example")!;
    const columns = profileToFields(coke);
    const { profile } = fieldsToProfile(
      { ...columns, LastConfirmed: "31/02/2026" },
      "@coca-cola.example",
    );
    const source = new InMemoryProfileSource(
      sampleProfiles().map((p) => (p.matchKey === "@coca-cola.example" ? profile : p)),
    );
    const ops = { address: "ops@coca-cola.example", name: "Ops Team", kind: "to" as const };
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([ops]))}
        profiles={source}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    const card = await cardFor("Ops Team");
    expect(
      within(card).getByText(
        "1 field could not be read (Last confirmed); the rest of the profile is used.",
      ),
    ).toBeInTheDocument();
    expect(entriesOf(card, "Competitors")).toEqual([
      "Pepsi",
      "PepsiCo",
      "Mountain Dew",
      "Gatorade",
    ]);
    expect(valueOf(card, "Last confirmed")).toBe("Not asked yet");
  });

  it("shows a recipient without a profile as a clear gap with a Create button", async () => {
    const stranger = { address: "pat@newclient.example", name: "Pat Doe", kind: "to" as const };
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([stranger]))}
        profiles={new InMemoryProfileSource()}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    const card = await cardFor("Pat Doe");
    expect(within(card).getByText("No profile yet — ask them")).toBeInTheDocument();
    expect(
      within(card).getByRole("button", { name: "Create profile for Pat Doe" }),
    ).toBeInTheDocument();
  });

  it("offers no Create button when the source cannot save", async () => {
    const stranger = { address: "pat@newclient.example", name: "Pat Doe", kind: "to" as const };
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([stranger]))}
        profiles={readOnlySource()}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    const card = await cardFor("Pat Doe");
    expect(within(card).getByText("No profile yet — ask them")).toBeInTheDocument();
    expect(within(card).queryByRole("button")).not.toBeInTheDocument();
  });

  it("shows colleagues at the firm without profile gaps and does not look them up", async () => {
    const colleague = { address: "sam@firm.example", name: "Sam Partner", kind: "cc" as const };
    const source = new InMemoryProfileSource();
    const lookup = jest.spyOn(source, "lookup");
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE, colleague]))}
        profiles={source}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    const card = await cardFor("Sam Partner");
    expect(within(card).getByText("Colleague at the firm")).toBeInTheDocument();
    expect(within(card).queryByText("Not asked yet")).not.toBeInTheDocument();
    expect(lookup).toHaveBeenCalledWith([MEGGE.address], expect.anything());
  });

  it("treats the policy's internal domains as the firm's", async () => {
    const counsel = { address: "kim@firm-legal.example", name: "Kim Counsel", kind: "to" as const };
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([counsel]))}
        profiles={new InMemoryProfileSource()}
        policy={{ internalDomains: ["firm-legal.example"] }}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    const card = await cardFor("Kim Counsel");
    expect(within(card).getByText("Colleague at the firm")).toBeInTheDocument();
  });

  it("updates the cards when the recipients change", async () => {
    const adapter = new FakeItemAdapter(draftTo([MEGGE]));
    render(
      <RapportApp
        adapter={adapter}
        profiles={new InMemoryProfileSource()}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    await cardFor("Megge Anderson");
    adapter.setRecipients([MEGGE, DAN]);
    adapter.setRecipients([DAN]);
    const dan = await cardFor("Dan Whitaker");
    expect(valueOf(dan, "Preferred name")).toBe("Dan");
    expect(screen.queryByRole("article", { name: "Megge Anderson" })).not.toBeInTheDocument();
  });

  it("shows each recipient once even when listed in To and Cc", async () => {
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE, { ...MEGGE, kind: "cc" }]))}
        profiles={new InMemoryProfileSource()}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    await cardFor("Megge Anderson");
    expect(screen.getAllByRole("article")).toHaveLength(1);
  });

  it("shows the sender and recipients of a message being read", async () => {
    const draft = draftTo([
      { ...MEGGE, kind: "to" },
      { ...LAWYER, kind: "to" },
    ]);
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draft, "read")}
        profiles={new InMemoryProfileSource()}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    expect(await cardFor("Megge Anderson")).toBeInTheDocument();
    expect(within(await cardFor("Alex Counsel")).getByText("Colleague at the firm")).toBeVisible();
  });

  it("explains why profiles could not be loaded", async () => {
    const source = new InMemoryProfileSource();
    source.lookupError = new ProfileSourceError("forbidden", "403 from the profile list");
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE]))}
        profiles={source}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    expect(
      await screen.findByText(/Your account may not read the client profile list/, {
        ignore: LIVE,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText("403 from the profile list")).toBeInTheDocument();
    const card = screen.getByRole("article", { name: "Megge Anderson" });
    expect(within(card).queryByText("No profile yet — ask them")).not.toBeInTheDocument();
  });

  it("offers Sign in when the source needs it, and loads profiles after signing in", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    source.lookupError = new ProfileSourceError("sign-in-needed", "No account signed in.");
    const signIn = jest.fn(async () => {
      source.lookupError = undefined;
    });
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE]))}
        profiles={source}
        signIn={signIn}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    expect(
      await screen.findByText("Sign in to see client profiles.", { ignore: LIVE }),
    ).toBeInTheDocument();
    expect(screen.getByRole("status", { name: "Check result" })).toHaveTextContent(
      "Sign in to see client profiles.",
    );
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(signIn).toHaveBeenCalledTimes(1);
    const card = await cardFor("Megge Anderson");
    expect(await within(card).findByText("Megge")).toBeInTheDocument();
    expect(
      screen.queryByText("Sign in to see client profiles.", { ignore: LIVE }),
    ).not.toBeInTheDocument();
  });

  it("reports a failed sign-in", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    source.lookupError = new ProfileSourceError("sign-in-needed", "No account signed in.");
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE]))}
        profiles={source}
        signIn={() => Promise.reject(new Error("The user closed the window."))}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    await user.click(await screen.findByRole("button", { name: "Sign in" }));
    expect(
      await screen.findByText("Sign-in did not complete: The user closed the window."),
    ).toBeInTheDocument();
  });
});

describe("lists on the card (audit 49c, 1)", () => {
  it("shows each entry as its own item, so one entry with commas cannot pass for three", async () => {
    const profiles = sampleProfiles().map((p) =>
      p.matchKey === "@coca-cola.example" ? { ...p, competitors: ["Acme, Globex, Initech"] } : p,
    );
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE]))}
        profiles={new InMemoryProfileSource(profiles)}
        now={NOW}
        evaluateDraft={fakeEvaluate}
      />,
    );
    const card = await cardFor("Megge Anderson");
    expect(entriesOf(card, "Competitors")).toEqual(["Acme, Globex, Initech"]);
    expect(entriesOf(card, "Names to avoid")).toEqual(["Meg"]);
  });
});
