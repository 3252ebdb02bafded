/** @jest-environment jsdom */
import "./dom-setup";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { emptyProfile } from "../../src/core/profile";
import { ProfileSourceError } from "../../src/profiles/source";
import { RapportApp } from "../../src/taskpane/App";
import { draftTo, fakeEvaluate, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

const NOW = new Date(2026, 10, 23);
const PAT = { address: "pat@newclient.example", name: "Pat Doe", kind: "to" as const };

function renderApp(source: InMemoryProfileSource, recipients = [MEGGE]) {
  render(
    <RapportApp
      adapter={new FakeItemAdapter(draftTo(recipients))}
      profiles={source}
      now={NOW}
      evaluateDraft={fakeEvaluate}
    />,
  );
}

async function openMeggeEditor(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Edit profile for Megge Anderson" }));
  return screen.findByRole("form", { name: "Edit profile: Megge Anderson" });
}

describe("profile editor", () => {
  it("edits Megge's own profile and saves it with its eTag", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    const etag = source.stored.get(MEGGE.address)?.origin?.etag;
    renderApp(source);
    const form = await openMeggeEditor(user);
    expect(within(form).getByRole("textbox", { name: "Preferred name" })).toHaveValue("Megge");
    const avoid = within(form).getByRole("textbox", { name: /Names to avoid/ });
    expect(avoid).toHaveValue("Meg");
    await user.type(avoid, "{Enter}Meggy");
    await user.click(within(form).getByRole("combobox", { name: /Entertainment/ }));
    await user.click(screen.getByRole("option", { name: "Avoid: no invitations" }));
    await user.click(within(form).getByRole("button", { name: "Save profile" }));

    expect(source.saved).toHaveLength(1);
    expect(source.saved[0]?.origin?.etag).toBe(etag);
    expect(source.saved[0]?.profile).toMatchObject({
      matchKey: MEGGE.address,
      avoidNames: ["Meg", "Meggy"],
      entertainment: "avoid",
      preferredName: "Megge",
    });
    // Back on the card, which shows the saved values after a fresh lookup.
    expect(await screen.findByText(`Saved the profile for ${MEGGE.address}.`)).toBeInTheDocument();
    const card = await screen.findByRole("article", { name: "Megge Anderson" });
    expect(await within(card).findByText("Meggy")).toBeInTheDocument();
    expect(within(card).getByText("Meg").tagName).toBe("LI");
  });

  it("tells the lawyer that products and sub-brands must be listed as competitors too", async () => {
    const user = userEvent.setup({ delay: null });
    renderApp(new InMemoryProfileSource());
    const form = await openMeggeEditor(user);
    expect(within(form).getByRole("textbox", { name: /Competitors/ })).toHaveAccessibleDescription(
      /products and sub-brands .*only names listed here are flagged/,
    );
  });

  it("shows each validation problem next to its field and keeps what was typed", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    renderApp(source);
    const form = await openMeggeEditor(user);
    const date = within(form).getByRole("textbox", { name: /Last confirmed/ });
    await user.clear(date);
    await user.paste("2026-13-45");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));

    expect(date).toHaveAttribute("aria-invalid", "true");
    expect(date).toHaveAccessibleDescription(/must be a real date written yyyy-mm-dd/);
    expect(date).toHaveValue("2026-13-45");
    expect(within(form).getByRole("textbox", { name: "Preferred name" })).not.toHaveAttribute(
      "aria-invalid",
      "true",
    );
    expect(source.saved).toHaveLength(0);
  });

  it("creates a profile for a recipient without one, for the person or the whole domain", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    renderApp(source, [PAT]);
    await user.click(await screen.findByRole("button", { name: "Create profile for Pat Doe" }));
    const form = await screen.findByRole("form", { name: "New profile for Pat Doe" });
    expect(
      await within(form).findByRole("radio", { name: "Only pat@newclient.example" }),
    ).toBeChecked();
    await user.click(within(form).getByRole("radio", { name: "Everyone at @newclient.example" }));
    await user.type(within(form).getByRole("textbox", { name: "Client" }), "New Client Ltd");
    await user.type(
      within(form).getByRole("textbox", { name: /Competitors/ }),
      "Acme{Enter}Globex",
    );
    await user.click(within(form).getByRole("button", { name: "Save profile" }));

    expect(source.saved[0]?.origin).toBeUndefined();
    expect(source.saved[0]?.profile).toMatchObject({
      matchKey: "@newclient.example",
      clientName: "New Client Ltd",
      competitors: ["Acme", "Globex"],
    });
    const card = await screen.findByRole("article", { name: "Pat Doe" });
    expect((await within(card).findByText("Acme")).tagName).toBe("LI");
    expect(within(card).getByText("Globex").tagName).toBe("LI");
  });

  it("on a conflict keeps the lawyer's change over their version, unsaved, and Save stores it (audit 49c, 2)", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    renderApp(source);
    const form = await openMeggeEditor(user);
    const notes = within(form).getByRole("textbox", { name: "Notes" });
    await user.clear(notes);
    await user.paste("Agreed 3 Dec: no calls before 10am.");
    // Meanwhile a colleague saves a change to Megge's profile.
    const stored = source.stored.get(MEGGE.address)!;
    source.put({ ...stored.profile, statusUpdates: "weekly" });

    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(
      await within(form).findByText("Someone else saved this profile while you were editing."),
    ).toBeInTheDocument();
    expect(within(form).getByText(/Your changes are kept over their version/)).toBeInTheDocument();
    expect(within(form).getByText("Status updates: now “weekly”")).toBeInTheDocument();
    // Their change and the lawyer's, both in the form; the lawyer's not saved yet.
    expect(within(form).getByRole("textbox", { name: "Status updates" })).toHaveValue("weekly");
    expect(notes).toHaveValue("Agreed 3 Dec: no calls before 10am.");

    // The natural retry: Save again. It stores the lawyer's change on their version.
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(await screen.findByText(`Saved the profile for ${MEGGE.address}.`)).toBeInTheDocument();
    expect(source.saved).toHaveLength(2);
    expect(source.stored.get(MEGGE.address)?.profile).toMatchObject({
      notes: "Agreed 3 Dec: no calls before 10am.",
      statusUpdates: "weekly",
    });
  });

  it("after a conflict Cancel asks before discarding; Keep theirs drops the change only when chosen", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    renderApp(source);
    const form = await openMeggeEditor(user);
    const notes = within(form).getByRole("textbox", { name: "Notes" });
    await user.clear(notes);
    await user.paste("Agreed 3 Dec: no calls before 10am.");
    const stored = source.stored.get(MEGGE.address)!;
    source.put({ ...stored.profile, notes: "Colleague's note." });
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(
      await within(form).findByText(
        "Notes: now “Colleague's note.”; you changed it too, and yours is in the form",
      ),
    ).toBeInTheDocument();

    await user.click(within(form).getByRole("button", { name: "Cancel" }));
    expect(screen.getByRole("alertdialog", { name: "Discard your changes?" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Keep editing" }));
    expect(notes).toHaveValue("Agreed 3 Dec: no calls before 10am.");

    await user.click(within(form).getByRole("button", { name: "Keep theirs (drop my changes)" }));
    expect(notes).toHaveValue("Colleague's note.");
    await user.click(within(form).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(source.saved).toHaveLength(1);
  });

  it("keeps everything typed when the save fails for another reason", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    source.saveError = new ProfileSourceError("network", "fetch failed");
    renderApp(source);
    const form = await openMeggeEditor(user);
    const preferred = within(form).getByRole("textbox", { name: "Preferred name" });
    await user.clear(preferred);
    await user.type(preferred, "Megs");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(await within(form).findByText("Not saved.")).toBeInTheDocument();
    expect(within(form).getByText(/could not be reached.*fetch failed/)).toBeInTheDocument();
    expect(preferred).toHaveValue("Megs");
  });

  it("Cancel asks before discarding what was typed; Keep editing keeps it", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    renderApp(source);
    const form = await openMeggeEditor(user);
    const preferred = within(form).getByRole("textbox", { name: "Preferred name" });
    await user.clear(preferred);
    await user.paste("Margaret");
    await user.click(within(form).getByRole("button", { name: "Cancel" }));
    const confirm = await screen.findByRole("alertdialog", { name: "Discard your changes?" });
    expect(confirm).toHaveTextContent("You changed Preferred name.");
    expect(document.activeElement).toBe(
      within(confirm).getByRole("button", { name: "Keep editing" }),
    );
    await user.click(within(confirm).getByRole("button", { name: "Keep editing" }));
    expect(screen.getByRole("textbox", { name: "Preferred name" })).toHaveValue("Margaret");

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await user.click(
      within(await screen.findByRole("alertdialog", { name: "Discard your changes?" })).getByRole(
        "button",
        { name: "Discard changes" },
      ),
    );
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(source.saved).toHaveLength(0);
    const card = await screen.findByRole("article", { name: "Megge Anderson" });
    expect(within(card).getByText("Megge")).toBeInTheDocument();
    expect(within(card).queryByText("Margaret")).not.toBeInTheDocument();
  });

  it("focus: to the editor's heading when it opens, back to the button when it closes", async () => {
    const user = userEvent.setup({ delay: null });
    renderApp(new InMemoryProfileSource());
    const opener = await screen.findByRole("button", { name: "Edit profile for Megge Anderson" });
    await user.click(opener);
    const heading = await screen.findByRole("heading", { name: "Edit profile: Megge Anderson" });
    expect(document.activeElement).toBe(heading);
    // Nothing typed: Cancel closes at once.
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    const back = await screen.findByRole("button", { name: "Edit profile for Megge Anderson" });
    expect(document.activeElement).toBe(back);
  });

  it("shows what the organisation's profile gives, in plain labels", async () => {
    const user = userEvent.setup({ delay: null });
    renderApp(new InMemoryProfileSource());
    const form = await openMeggeEditor(user);
    const billing = within(form).getByRole("combobox", { name: /Billing detail/ });
    // Megge's own profile says nothing about billing: the organisation's value applies.
    expect(billing).toHaveTextContent("Not asked yet");
    expect(await within(form).findByText("From @coca-cola.example: Summary only")).toBeVisible();
    expect(
      within(form).getByText(
        /From @coca-cola\.example \(added to these\): Pepsi; PepsiCo; Mountain Dew; Gatorade/,
      ),
    ).toBeVisible();
    expect(within(form).getByRole("textbox", { name: /^Label/ })).toBeVisible();
    expect(within(form).getByRole("textbox", { name: /^Applies to/ })).toHaveValue(MEGGE.address);
    expect(within(form).queryByText("Match key")).toBeNull();
    expect(within(form).queryByText("Title")).toBeNull();
  });

  it("no false conflicts: only an existing organisation profile is offered for editing", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    const DAN = {
      address: "dan@whitakerbuilding.example",
      name: "Dan Whitaker",
      kind: "to" as const,
    };
    renderApp(source, [MEGGE, DAN]);
    const dan = await screen.findByRole("article", { name: "Dan Whitaker" });
    // Whitaker Building has no organisation profile: create it, never "edit" what is not there.
    const create = await within(dan).findByRole("button", {
      name: "Create organisation profile, @whitakerbuilding.example",
    });
    expect(within(dan).queryByRole("button", { name: /Edit organisation profile/ })).toBeNull();
    const megge = screen.getByRole("article", { name: "Megge Anderson" });
    expect(
      await within(megge).findByRole("button", { name: /Edit organisation profile/ }),
    ).toBeVisible();

    await user.click(create);
    const form = await screen.findByRole("form", {
      name: "New profile for everyone at @whitakerbuilding.example",
    });
    expect(within(form).queryByRole("radio")).toBeNull();
    await user.type(within(form).getByRole("textbox", { name: "Client" }), "Whitaker Building Ltd");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(
      await screen.findByText("Saved the profile for @whitakerbuilding.example."),
    ).toBeVisible();
    expect(screen.queryByText(/changed this profile/)).toBeNull();
  });

  it("offers no organisation profile at a consumer mail provider: everyone at @gmail.com is everyone on Gmail", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    source.put({ ...emptyProfile("jo.bloggs@gmail.com"), preferredName: "Jo" });
    const JO = { address: "jo.bloggs@gmail.com", name: "Jo Bloggs", kind: "to" as const };
    const SAM = { address: "sam.hill@t-online.de", name: "Sam Hill", kind: "to" as const };
    const DAN = {
      address: "dan@whitakerbuilding.example",
      name: "Dan Whitaker",
      kind: "to" as const,
    };
    renderApp(source, [JO, SAM, DAN]);
    // A corporate domain's card offers the organisation profile once the provider list is known…
    const dan = await screen.findByRole("article", { name: "Dan Whitaker" });
    await within(dan).findByRole("button", { name: /Create organisation profile/ });
    // …a Gmail person's card never does.
    const jo = screen.getByRole("article", { name: "Jo Bloggs" });
    expect(within(jo).getByRole("button", { name: "Edit profile for Jo Bloggs" })).toBeVisible();
    expect(within(jo).queryByRole("button", { name: /organisation profile/ })).toBeNull();

    // Creating Sam's profile offers no "Everyone at @t-online.de", only Sam's own address.
    await user.click(screen.getByRole("button", { name: "Create profile for Sam Hill" }));
    const form = await screen.findByRole("form", { name: "New profile for Sam Hill" });
    await within(form).findByRole("textbox", { name: /Competitors/ });
    expect(within(form).queryByRole("radio", { name: /Everyone at/ })).toBeNull();
  });

  it("adding a person's profile under an existing organisation offers no 'Everyone at' that would conflict", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    const JIM = { address: "jim@ford.example", name: "Jim Farley", kind: "to" as const };
    renderApp(source, [JIM]);
    await user.click(
      await screen.findByRole("button", { name: "Add a profile for this person, Jim Farley" }),
    );
    const form = await screen.findByRole("form", { name: "New profile for Jim Farley" });
    expect(within(form).queryByRole("radio")).toBeNull();
    expect(within(form).getByRole("textbox", { name: /^Applies to/ })).toHaveValue(JIM.address);
    await user.type(within(form).getByRole("textbox", { name: "Preferred name" }), "Jim");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(await screen.findByText("Saved the profile for jim@ford.example.")).toBeVisible();
  });

  it("says which fields could not be read, shows them read-only and saves without them", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    const megge = source.stored.get(MEGGE.address)!;
    megge.profile.unreadable = [
      { matchKey: MEGGE.address, field: "meetingPlatform" },
      { matchKey: MEGGE.address, field: "sources" },
    ];
    renderApp(source);
    const form = await openMeggeEditor(user);

    expect(
      within(form).getByText(
        "Meeting platform and Sources could not be read, so Rapport leaves them as they are in SharePoint; saving here does not change them.",
      ),
    ).toBeInTheDocument();
    const platform = within(form).getByRole("textbox", { name: /Meeting platform/ });
    expect(platform).toHaveAttribute("readonly");
    expect(platform).toHaveValue("(could not be read)");
    expect(platform).toHaveAccessibleDescription(
      /^Could not be read: left as it is in SharePoint \(change it there\)\./,
    );

    await user.click(within(form).getByRole("button", { name: "Confirmed with the client today" }));
    await user.click(within(form).getByRole("button", { name: "Save profile" }));

    expect(source.saved).toHaveLength(1);
    expect(source.saved[0]?.profile.meetingPlatform).toBeUndefined();
    expect(source.saved[0]?.profile.lastConfirmed).toBe("2026-11-23");
  });

  it("after a conflict keeps only what can be saved: a field that became unreadable meanwhile is named, not copied", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    renderApp(source);
    const form = await openMeggeEditor(user);
    await user.click(within(form).getByRole("combobox", { name: /Meeting platform/ }));
    await user.click(screen.getByRole("option", { name: "Zoom" }));
    const notes = within(form).getByRole("textbox", { name: "Notes" });
    await user.clear(notes);
    await user.paste("Prefers mornings.");
    // Meanwhile an admin sets "In person" in SharePoint, a choice Rapport cannot read.
    const stored = source.stored.get(MEGGE.address)!;
    source.put({
      ...stored.profile,
      unreadable: [{ matchKey: MEGGE.address, field: "meetingPlatform" }],
    });

    await user.click(within(form).getByRole("button", { name: "Save profile" }));

    expect(
      await within(form).findByText("Someone else saved this profile while you were editing."),
    ).toBeInTheDocument();
    expect(
      within(form).getByText(
        "Meeting platform (Zoom) was not re-applied: SharePoint now holds a value there that Rapport cannot read, so it is left as it is; change it in SharePoint.",
      ),
    ).toBeInTheDocument();
    expect(notes).toHaveValue("Prefers mornings.");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(source.saved).toHaveLength(2);
    expect(source.saved[1]?.profile.meetingPlatform).toBeUndefined();
    expect(source.stored.get(MEGGE.address)?.profile.notes).toBe("Prefers mornings.");
  });

  it("never says Saved when the save withheld a change SharePoint holds unreadable", async () => {
    const user = userEvent.setup({ delay: null });
    const source = new InMemoryProfileSource();
    // What WritableGraphProfileSource answers when a changed field is unreadable in the list.
    const save = source.save.bind(source);
    source.save = async (profile, origin) => ({
      ...(await save(profile, origin)),
      withheld: ["meetingPlatform"],
    });
    renderApp(source);
    const form = await openMeggeEditor(user);
    await user.click(within(form).getByRole("combobox", { name: /Meeting platform/ }));
    await user.click(screen.getByRole("option", { name: "Zoom" }));
    const notes = within(form).getByRole("textbox", { name: "Notes" });
    await user.clear(notes);
    await user.paste("Prefers mornings.");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));

    expect(
      await within(form).findByText(
        "Meeting platform (Zoom) was not saved: SharePoint now holds a value there that Rapport cannot read, so it is left as it is; change it in SharePoint. Your other changes were saved.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("form", { name: "Edit profile: Megge Anderson" })).toBe(form);
    expect(screen.queryByText(`Saved the profile for ${MEGGE.address}.`)).toBeNull();
  });
});
