/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ClientMessage } from "../../src/core/listen";
import { parseProfiles } from "../../src/core/profile";
import { RapportApp } from "../../src/taskpane/App";
import { ProfileConflictError, ProfileSourceError } from "../../src/profiles/source";
import {
  draftTo,
  fakeEvaluate,
  FakeItemAdapter,
  InMemoryProfileSource,
  LAWYER,
  MEGGE,
} from "./fakes";

const NOW = new Date(2026, 10, 23);

const MEGGE_WRITES: ClientMessage = {
  from: { address: MEGGE.address, name: "Megge Anderson" },
  date: "2026-11-20T09:30:00.000Z",
  subject: "Re: Board pack",
  body: {
    format: "text",
    content:
      "Hi Alex,\n\nThanks for the pack. Please don't text me: I never read them. And I'd rather you didn't phone either.\n\nBest,\nMegge\n\n> On 19 Nov, Alex wrote:\n> Please call me Al, and Zoom is fine for us.",
  },
};

/** A received message from Megge: the pane's read mode, listening included. */
class ReadAdapter extends FakeItemAdapter {
  messageReads = 0;
  messageError?: Error;
  constructor(public message: ClientMessage = MEGGE_WRITES) {
    super(
      {
        ...draftTo([
          { ...MEGGE, kind: "to" },
          { ...LAWYER, kind: "to" },
        ]),
        subject: message.subject,
        body: message.body,
      },
      "read",
    );
  }
  async readMessage(): Promise<ClientMessage> {
    this.messageReads++;
    if (this.messageError) throw this.messageError;
    return JSON.parse(JSON.stringify(this.message)) as ClientMessage;
  }
}

function renderPane(adapter: FakeItemAdapter, profiles = new InMemoryProfileSource()) {
  render(
    <RapportApp adapter={adapter} profiles={profiles} now={NOW} evaluateDraft={fakeEvaluate} />,
  );
  return profiles;
}

async function heardSection() {
  return screen.findByRole("region", { name: "Heard in this message" });
}

/**
 * Clicks "add" on the heard wish not to be texted, waits for the pane to say it was added to
 * Megge's profile, and returns her stored profile after the one save.
 */
async function addNoTexts(
  user: ReturnType<typeof userEvent.setup>,
  section: HTMLElement,
  profiles: InMemoryProfileSource,
) {
  const add = await within(section).findByRole("button", {
    name: "Add to profile: Channels to avoid → Text messages (SMS)",
  });
  expect(profiles.saved).toHaveLength(0); // nothing written without the click
  await user.click(add);
  expect(await within(section).findByText(/Added to Megge Anderson’s profile/)).toBeInTheDocument();
  expect(profiles.saved).toHaveLength(1);
  const stored = profiles.stored.get(MEGGE.address)!.profile;
  expect(stored.avoidChannels).toEqual(["phone", "sms"]);
  return stored;
}

describe("Heard in this message (read mode)", () => {
  it("shows each preference heard with its field, value and quote; never the quoted history", async () => {
    renderPane(new ReadAdapter());
    const section = await heardSection();
    const cards = await within(section).findAllByRole("article");
    expect(cards.map((card) => card.textContent)).toEqual([
      "Channels to avoidText messages (SMS)“Please don't text me: I never read them.”Adds to Megge Anderson’s profile.Add to profile",
      "Channels to avoidPhone calls“And I'd rather you didn't phone either.”Already in Megge Anderson’s profile.Still true",
    ]);
    // "Please call me Al" and Zoom are in the quoted history: not heard.
    expect(section.textContent).not.toMatch(/\bAl\b|Zoom/);
  });

  it("adds a suggestion only on the click, with its source, and the profile view shows it", async () => {
    const user = userEvent.setup();
    const profiles = renderPane(new ReadAdapter());
    const section = await heardSection();
    const stored = await addNoTexts(user, section, profiles);
    expect(stored.sources).toEqual([
      expect.objectContaining({
        field: "avoidChannels",
        value: "sms",
        date: "2026-11-20",
        subject: "Re: Board pack",
        from: { address: MEGGE.address, name: "Megge Anderson" },
      }),
    ]);
    // The profile card, looked up again, says where it came from.
    const card = await screen.findByRole("article", { name: "Megge Anderson" });
    const heardFrom = await within(card).findByRole("list", { name: "Heard from the client" });
    expect(heardFrom.textContent).toMatch(
      /Channels to avoid → Text messages \(SMS\), from Megge Anderson’s e-mail of 20 November 2026 \(“Re: Board pack”\): “Please don't text me/,
    );
  });

  it("adds an assistant's relayed wish to the principal's stored profile on the first click", async () => {
    const user = userEvent.setup();
    // Megge's assistant writes from her own mailbox, Megge on Cc: the wish is Megge's.
    const relayed: ClientMessage = {
      from: { address: "sam.okafor@coca-cola.example", name: "Sam Okafor" },
      recipients: [
        { address: LAWYER.address, name: LAWYER.name },
        { address: MEGGE.address, name: "Megge Anderson" },
      ],
      date: "2026-11-21T10:00:00.000Z",
      subject: "Board pack",
      body: {
        format: "text",
        content:
          "Dear Alex,\n\nI'm Megge Anderson's assistant, writing on her behalf. She would much rather you did not send her text messages. She would rather you did not phone her either.\n\nKind regards,\nSam Okafor",
      },
    };
    const profiles = renderPane(new ReadAdapter(relayed));
    const section = await heardSection();
    const cards = await within(section).findAllByRole("article");
    // Her stored profile is read: what it already holds (no phone calls) is a confirmation.
    expect(
      cards.map((card) => within(card).getByText(/Megge Anderson’s profile\./).textContent),
    ).toEqual(["Adds to Megge Anderson’s profile.", "Already in Megge Anderson’s profile."]);
    // Added to the profile Megge already has, which keeps everything else it held.
    const stored = await addNoTexts(user, section, profiles);
    expect(stored.preferredName).toBe("Megge");
  });

  it("offers what the profile already holds as a confirmation that refreshes lastConfirmed", async () => {
    const user = userEvent.setup();
    const profiles = renderPane(new ReadAdapter());
    const section = await heardSection();
    const still = await within(section).findByRole("button", {
      name: /^Still true: Channels to avoid → Phone calls/,
    });
    expect(within(section).getByText(/Already in Megge Anderson’s profile/)).toBeInTheDocument();
    await user.click(still);
    expect(
      await within(section).findByText("Confirmed: Channels to avoid → Phone calls is still true."),
    ).toBeInTheDocument();
    const stored = profiles.stored.get(MEGGE.address)!.profile;
    expect(stored.avoidChannels).toEqual(["phone"]);
    expect(stored.lastConfirmed).toBe("2026-11-20");
  });

  it("shows a withdrawal as such and removes the value only on the click, eTag-guarded", async () => {
    const user = userEvent.setup();
    const profiles = new InMemoryProfileSource();
    const withdraws: ClientMessage = {
      ...MEGGE_WRITES,
      body: { format: "text", content: "Hi Alex,\n\nHappy to take calls again.\n\nBest,\nMegge" },
    };
    renderPane(new ReadAdapter(withdraws), profiles);
    const section = await heardSection();
    const card = await within(section).findByRole("article", { name: "Channels to avoid" });
    expect(card.textContent).toBe(
      "Channels to avoidPhone calls: no longer avoided“Happy to take calls again.”Withdrawn by the client: removes it from Megge Anderson’s profile.Remove from profile",
    );
    const remove = within(card).getByRole("button", {
      name: "Remove from profile: Channels to avoid → Phone calls",
    });
    expect(within(section).queryByRole("button", { name: /^Add to profile/ })).toBeNull();
    // Someone else saves Megge's profile after the pane loaded it: nothing is overwritten.
    profiles.put({ ...profiles.stored.get(MEGGE.address)!.profile, notes: "A colleague's note." });
    expect(profiles.saved).toHaveLength(0);
    await user.click(remove);
    expect(
      await within(section).findByText(/Not saved\. Someone else changed this profile/),
    ).toBeInTheDocument();
    expect(profiles.stored.get(MEGGE.address)!.profile.avoidChannels).toEqual(["phone"]);
    await user.click(
      within(section).getByRole("button", { name: /^Remove from profile: Channels to avoid/ }),
    );
    expect(
      await within(section).findByText(
        "Removed from Megge Anderson’s profile: Channels to avoid → Phone calls.",
      ),
    ).toBeInTheDocument();
    const stored = profiles.stored.get(MEGGE.address)!.profile;
    expect(stored.avoidChannels).toEqual([]);
    expect(stored.notes).toBe("A colleague's note.");
    expect(stored.sources).toEqual([
      expect.objectContaining({
        field: "avoidChannels",
        value: "phone",
        op: "remove",
        date: "2026-11-20",
        quote: "Happy to take calls again.",
      }),
    ]);
    // The profile card says it was removed, not added.
    const profileCard = await screen.findByRole("article", { name: "Megge Anderson" });
    const heardFrom = await within(profileCard).findByRole("list", {
      name: "Heard from the client",
    });
    expect(heardFrom.textContent).toMatch(/^Channels to avoid → Phone calls removed, from Megge/);
  });

  it("shows a withdrawn value and quote as text, never as markup", async () => {
    const profiles = new InMemoryProfileSource();
    profiles.put({
      ...profiles.stored.get(MEGGE.address)!.profile,
      avoidTopics: ["<img src=x onerror=alert(1)>"],
    });
    const withdraws: ClientMessage = {
      ...MEGGE_WRITES,
      body: {
        format: "text",
        content:
          "Hi Alex,\n\nNo need to avoid <img src=x onerror=alert(1)> any more.\n\nBest,\nMegge",
      },
    };
    renderPane(new ReadAdapter(withdraws), profiles);
    const section = await heardSection();
    const card = await within(section).findByRole("article", { name: "Topics to avoid" });
    expect(card.querySelector("img")).toBeNull();
    expect(card.textContent).toContain(
      "<img src=x onerror=alert(1)> is no longer a topic to avoid",
    );
    expect(
      within(card).getByRole("button", { name: /^Remove from profile: Topics to avoid/ }),
    ).toBeInTheDocument();
  });

  it("shows a conflict (412) and never overwrites the other change; the retry adds to their version", async () => {
    const user = userEvent.setup();
    const profiles = new InMemoryProfileSource();
    renderPane(new ReadAdapter(), profiles);
    const section = await heardSection();
    const add = await within(section).findByRole("button", {
      name: /^Add to profile: Channels to avoid → Text/,
    });
    // Someone else saves Megge's profile after the pane loaded it.
    const theirs = {
      ...profiles.stored.get(MEGGE.address)!.profile,
      notes: "Changed by a colleague.",
    };
    profiles.put(theirs);
    await user.click(add);
    expect(
      await within(section).findByText(/Not saved\. Someone else changed this profile/),
    ).toBeInTheDocument();
    expect(profiles.stored.get(MEGGE.address)!.profile.notes).toBe("Changed by a colleague.");
    expect(profiles.stored.get(MEGGE.address)!.profile.avoidChannels).toEqual(["phone"]);
    await user.click(
      within(section).getByRole("button", { name: /^Add to profile: Channels to avoid → Text/ }),
    );
    expect(
      await within(section).findByText(/Added to Megge Anderson’s profile/),
    ).toBeInTheDocument();
    const stored = profiles.stored.get(MEGGE.address)!.profile;
    expect(stored.notes).toBe("Changed by a colleague.");
    expect(stored.avoidChannels).toEqual(["phone", "sms"]);
  });

  it("refuses to add to a field that could not be read, and writes nothing", async () => {
    const user = userEvent.setup();
    const profiles = new InMemoryProfileSource();
    profiles.stored.get(MEGGE.address)!.profile.unreadable = [
      { matchKey: MEGGE.address, field: "avoidChannels" },
    ];
    renderPane(new ReadAdapter(), profiles);
    const section = await heardSection();
    await user.click(
      await within(section).findByRole("button", {
        name: /^Add to profile: Channels to avoid → Text/,
      }),
    );
    expect(
      await within(section).findByText(
        /Not saved\. Channels to avoid could not be read in this profile, so Rapport leaves it as it is in SharePoint; change it there\./,
      ),
    ).toBeInTheDocument();
    expect(profiles.saved).toHaveLength(0);
  });

  it("uses the conflict's own reloaded version when the source sends it", async () => {
    const user = userEvent.setup();
    const profiles = new InMemoryProfileSource();
    const save = profiles.save.bind(profiles);
    let first = true;
    profiles.save = async (profile, origin) => {
      if (first) {
        first = false;
        const current = profiles.put({
          ...profile,
          sources: [],
          avoidChannels: ["phone"],
          notes: "Theirs.",
        });
        throw new ProfileConflictError("changed", current, { status: 412 });
      }
      return save(profile, origin);
    };
    renderPane(new ReadAdapter(), profiles);
    const section = await heardSection();
    await user.click(
      await within(section).findByRole("button", {
        name: /^Add to profile: Channels to avoid → Text/,
      }),
    );
    expect(
      await within(section).findByText(/Not saved\. Someone else changed/),
    ).toBeInTheDocument();
    await user.click(
      within(section).getByRole("button", { name: /^Add to profile: Channels to avoid → Text/ }),
    );
    expect(await within(section).findByText(/Added to/)).toBeInTheDocument();
    expect(profiles.stored.get(MEGGE.address)!.profile.notes).toBe("Theirs.");
  });

  it("says clearly when the message cannot be read", async () => {
    const unreadable = new ReadAdapter();
    unreadable.messageError = new Error(
      "Outlook could not read the message body (GenericResponseError).",
    );
    renderPane(unreadable);
    const section = await heardSection();
    expect(
      await within(section).findByText("This message could not be read, so nothing was heard."),
    ).toBeInTheDocument();
    expect(within(section).getByText(/GenericResponseError/)).toBeInTheDocument();
  });

  it("says so when Graph is down, and offers nothing to add", async () => {
    const profiles = new InMemoryProfileSource();
    profiles.get = async () => {
      throw new ProfileSourceError("network", "Graph could not be reached.");
    };
    renderPane(new ReadAdapter(), profiles);
    const section = await heardSection();
    expect(await within(section).findByText(/^Nothing can be heard:/)).toBeInTheDocument();
    expect(within(section).queryByRole("button")).not.toBeInTheDocument();
  });

  it("says when nothing is heard, and does not listen to colleagues", async () => {
    renderPane(
      new ReadAdapter({
        ...MEGGE_WRITES,
        body: { format: "text", content: "Thanks, see you Thursday.\n\nMegge" },
      }),
    );
    expect(await within(await heardSection()).findByText(/Nothing heard/)).toBeInTheDocument();
  });

  it("does not listen to a colleague", async () => {
    renderPane(
      new ReadAdapter({ ...MEGGE_WRITES, from: { address: "sam@firm.example", name: "Sam" } }),
    );
    expect(await within(await heardSection()).findByText(/from a colleague/)).toBeInTheDocument();
  });

  it("is not shown while composing", async () => {
    const adapter = new FakeItemAdapter(draftTo([MEGGE]));
    (adapter as unknown as { readMessage: () => Promise<ClientMessage> }).readMessage = async () =>
      MEGGE_WRITES;
    renderPane(adapter);
    await screen.findByRole("article", { name: "Megge Anderson" });
    expect(screen.queryByRole("region", { name: "Heard in this message" })).not.toBeInTheDocument();
  });
});

describe("Heard in this message: a new organisation profile (audit 48a, finding 1)", () => {
  const TEAMS_SHOP: ClientMessage = {
    from: { address: "pat@acme.example", name: "Pat Client" },
    date: "2026-11-20T09:30:00.000Z",
    subject: "Re: Kick-off",
    body: {
      format: "text",
      content:
        "Hi Alex,\n\nJust so you know, we're a Teams shop, so please send Teams invites rather than Zoom.\n\nPat",
    },
  };

  it("says plainly that a click starts a profile for everyone at the domain", async () => {
    renderPane(new ReadAdapter(TEAMS_SHOP), new InMemoryProfileSource([]));
    const section = await heardSection();
    expect(
      await within(section).findByText(
        /Sets the @acme\.example profile \(everyone there\)\. No profile is kept for @acme\.example yet: this starts one, and it applies to everyone who writes from an @acme\.example address\./,
      ),
    ).toBeInTheDocument();
    expect(
      within(section).getByRole("button", {
        name: /^Add to profile: Meeting platform → .*\(a new profile for everyone at @acme\.example\)$/,
      }),
    ).toBeInTheDocument();
  });

  it("says nothing more when the firm already keeps that organisation's profile", async () => {
    renderPane(
      new ReadAdapter(TEAMS_SHOP),
      new InMemoryProfileSource(
        parseProfiles([{ matchKey: "@acme.example", clientName: "Acme" }]).profiles,
      ),
    );
    const section = await heardSection();
    expect(
      await within(section).findByText(/Sets the @acme\.example profile \(everyone there\)\./),
    ).toBeInTheDocument();
    expect(within(section).queryByText(/No profile is kept/)).toBeNull();
  });
});
