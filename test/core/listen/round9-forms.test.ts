/**
 * Round 10's readings, one row each, in sentences written for this table (not taken from the
 * corpus): whose a wish is when the organisation's people speak together, both halves of a
 * contrast, terse and shouted notes, an assistant passing on a named principal's request, and
 * rivalry declared in a predicate. Look-alikes beside each kind.
 */
import { COKE, MEGGE, runListenTests } from "./listen-tester";

const mail = (text: string) => `Hi Jo,\n\n${text}\n\nThanks,\nMegge`;
const ERIK = "erik.lindqvist@coca-cola.example";
const ADA = "ada.okafor@coca-cola.example";

runListenTests("round 10: whose, contrasts, terse notes, relays, rivals", {
  silent: [
    // Whose: the organisation's people, not the board or a role.
    {
      name: "a governing body's taste alone stays a colleague's for personal fields",
      body: mail("The trustees would rather not be phoned."),
      fields: ["avoidChannels"],
    },
    {
      name: "'our teams' in a sentence of its own words is not the Teams product",
      body: mail("our teams meet weekly to go over the numbers"),
    },
    {
      name: "the organisation's people reporting what they did",
      body: mail("Our team phoned your office yesterday about the lease."),
    },
    // Contrasts: only where the clause is nothing but the contrast.
    {
      name: "a comparison for one kind of business does not refuse the other way",
      body: mail("Email over text for anything routine, please."),
      fields: ["avoidChannels"],
    },
    {
      name: "a list after 'no' goes on with 'or': every item refused, none wanted",
      body: mail("No calls, texts or WhatsApp, please."),
      fields: ["preferredChannels", "meetingPlatform"],
    },
    {
      name: "'anything but' in another sense",
      body: mail("The Zoom call was anything but smooth."),
    },
    {
      name: "'nothing but' a complaint about the past",
      body: mail("We got nothing but voicemail when we rang last week."),
    },
    {
      name: "'Not email.' alone answers something; it refuses nothing",
      body: mail("Not email. Not a letter. A proper conversation over lunch is what I miss."),
    },
    {
      name: "a hospitality word with a one-off after it",
      body: mail("No golf today, it's raining."),
    },
    {
      name: "no golf days is no subject of talk",
      body: mail("No golf days, thanks."),
      fields: ["avoidTopics"],
    },
    // Terse notes and shouting.
    {
      name: "a lower-case 'zoom' with words of its own is a verb",
      body: mail("can you zoom in on the plan so we can read it"),
    },
    {
      name: "a terse verdict that is a permission, not a wish",
      body: mail("zoom: ok"),
      fields: ["meetingPlatform", "avoidChannels"],
    },
    {
      name: "a shouted notice about one occasion",
      body: mail("PLEASE DO NOT CALL THE OFFICE TOMORROW."),
    },
    {
      name: "a shouted line is still a question",
      body: mail("WOULD A CALL BE EASIER?"),
    },
    // Relays: the principal's request, only at the writer's organisation and only when known.
    {
      name: "a reported request from someone whose address is nowhere",
      body: mail("Mr Lindqvist asks that you don't phone him."),
    },
    {
      name: "a counterparty's request is no client's wish",
      body: mail("Mr Lindqvist asks that you don't phone him."),
      recipients: ["Erik Lindqvist <erik.lindqvist@otherside-law.example>"],
    },
    {
      name: "a reported request for one document",
      body: mail("Mr Lindqvist asks that you send the draft by Friday."),
      recipients: [`Erik Lindqvist <${ERIK}>`],
    },
    {
      name: "a lead-in that names the principal but says nothing of a wish",
      body: mail("For Mr Lindqvist: the signed copy is attached."),
      recipients: [`Erik Lindqvist <${ERIK}>`],
    },
    {
      name: "a titled colleague's own wish, from a writer who signs as nobody's assistant",
      body: mail("Dr Okafor (copied) prefers Teams and would rather not be phoned."),
      recipients: [`Dr Ada Okafor <${ADA}>`],
    },
    {
      name: "a colleague's habit noted, from a writer who signs as nobody's assistant",
      body: mail("Please note that Mr Lindqvist does not use WhatsApp."),
      recipients: [`Erik Lindqvist <${ERIK}>`],
    },
    // Rivals in predicates: customers, suppliers and parties are not rivals.
    {
      name: "a customer",
      body: mail("Acme is our biggest customer."),
      fields: ["competitors"],
    },
    {
      name: "a supplier",
      body: mail("Birchwood is our main supplier, so please copy them in."),
      fields: ["competitors"],
    },
    {
      name: "a party's lawyers",
      body: mail("Acme's lawyers wrote to us yesterday."),
      fields: ["competitors"],
    },
    {
      name: "someone else's competitor",
      body: mail("We compete head-on with nobody; Acme competes head-on with Birch."),
      fields: ["competitors"],
    },
    {
      name: "seen as a partner, not a competitor",
      body: mail("We see Acme as a partner, not a competitor."),
      fields: ["competitors"],
    },
    {
      name: "once seen as a rival",
      body: mail("We used to see Acme as a rival."),
      fields: ["competitors"],
    },
    {
      name: "a name kept out of one draft only",
      body: mail("Please keep Acme out of the draft for now."),
      fields: ["competitors"],
    },
    {
      name: "a person kept off the copy list is no brand",
      body: mail("Please keep John out of anything you send us."),
      fields: ["competitors"],
    },
  ],
  heard: [
    // Whose.
    {
      name: "our people, together: the organisation",
      body: mail("Our people prefer email."),
      heard: [{ field: "preferredChannels", value: "email", profile: COKE }],
    },
    {
      name: "my team and I: the organisation",
      body: mail("My team and I would rather not be phoned."),
      heard: [{ field: "avoidChannels", value: "phone", profile: COKE }],
    },
    {
      name: "everyone here: the organisation's platform",
      body: mail("Everyone here prefers Teams."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "a subjectless request stays the writer's",
      body: mail("No WhatsApp, please."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: MEGGE }],
    },
    {
      name: "a platform for the writer alone",
      body: mail("Zoom for me, please."),
      heard: [{ field: "meetingPlatform", value: "zoom", profile: MEGGE }],
    },
    // Contrasts.
    {
      name: "not X, Y: the first refused, the second wanted",
      body: mail("Not Zoom, Teams please."),
      heard: [
        { field: "avoidChannels", value: "zoom", profile: COKE },
        { field: "meetingPlatform", value: "teams", profile: COKE },
      ],
    },
    {
      name: "X, not Y, for platforms",
      body: mail("Teams, not Zoom."),
      heard: [
        { field: "avoidChannels", value: "zoom", profile: COKE },
        { field: "meetingPlatform", value: "teams", profile: COKE },
      ],
    },
    {
      name: "no X, Y only",
      body: mail("No calls, email only."),
      heard: [
        { field: "avoidChannels", value: "phone", profile: MEGGE },
        { field: "preferredChannels", value: "email", profile: MEGGE },
      ],
    },
    {
      name: "a terse 'rather than' refuses the second half",
      body: mail("Email rather than phone, please."),
      heard: [
        { field: "preferredChannels", value: "email", profile: MEGGE },
        { field: "avoidChannels", value: "phone", profile: MEGGE },
      ],
    },
    {
      name: "nothing but",
      body: mail("Nothing but email, please."),
      heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
    },
    {
      name: "anything but",
      body: mail("Anything but WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: MEGGE }],
    },
    {
      name: "a refusal as a clause of its own, then the way wanted",
      body: mail("Not WhatsApp - Signal, please."),
      heard: [
        { field: "avoidChannels", value: "whatsapp", profile: MEGGE },
        { field: "preferredChannels", value: "signal", profile: MEGGE },
      ],
    },
    {
      name: "only X, never Y",
      body: mail("Only email, never phone."),
      heard: [
        { field: "preferredChannels", value: "email", profile: MEGGE },
        { field: "avoidChannels", value: "phone", profile: MEGGE },
      ],
    },
    {
      name: "X only, no Y",
      body: mail("Please: email only, no calls."),
      heard: [
        { field: "preferredChannels", value: "email", profile: MEGGE },
        { field: "avoidChannels", value: "phone", profile: MEGGE },
      ],
    },
    {
      name: "a platform wished for with its verb; the comparison names the wish only",
      body: mail("We'd rather use Teams than Zoom."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    // Terse and shouted notes.
    {
      name: "no hospitality, thanks",
      body: mail("No golf days, thanks."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "invoices, pls",
      body: mail("Summary invoices pls."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "teams > zoom",
      body: mail("teams > zoom"),
      heard: [
        { field: "meetingPlatform", value: "teams", profile: COKE },
        { field: "avoidChannels", value: "zoom", profile: COKE },
      ],
    },
    {
      name: "zoom = no",
      body: mail("zoom = no"),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
    {
      name: "teams pls",
      body: mail("teams pls"),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "an arrow and 'only'",
      body: mail("→ email only"),
      heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
    },
    {
      name: "all capitals",
      body: mail("PLEASE DO NOT CALL ME."),
      heard: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
    },
    {
      name: "a name shouted keeps its capital",
      body: mail("CALL ME KATE, NOT KATHERINE."),
      heard: [
        { field: "preferredName", value: "Kate", profile: MEGGE },
        { field: "avoidNames", value: "Katherine", profile: MEGGE },
      ],
    },
    // Relays.
    {
      name: "a colon lead-in on behalf of a principal in Cc",
      body: mail(
        "Writing on behalf of Dr Okafor (cc'd): she prefers Teams for meetings and would rather not be phoned.",
      ),
      recipients: [`Dr Ada Okafor <${ADA}>`],
      heard: [
        { field: "meetingPlatform", value: "teams", profile: ADA },
        { field: "avoidChannels", value: "phone", profile: ADA },
      ],
    },
    {
      name: "a colon lead-in with no subject after it",
      body: mail("On behalf of Mr Lindqvist: no calls please, email only."),
      recipients: [`Erik Lindqvist <${ERIK}>`],
      heard: [
        { field: "avoidChannels", value: "phone", profile: ERIK },
        { field: "preferredChannels", value: "email", profile: ERIK },
      ],
    },
    {
      name: "a principal's request passed on",
      body: mail("Mr Lindqvist asks that you don't phone him."),
      recipients: [`Erik Lindqvist <${ERIK}>`],
      heard: [{ field: "avoidChannels", value: "phone", profile: ERIK }],
    },
    {
      name: "a principal's preference passed on, with the address in the signature",
      body: "Hi Jo,\n\nMr Lindqvist would prefer that you email rather than phone.\n\nThanks,\nMegge\nPA to Erik Lindqvist (erik.lindqvist@coca-cola.example)",
      heard: [{ field: "preferredChannels", value: "email", profile: ERIK }],
    },
    {
      name: "emailing for a principal in copy",
      body: mail("I'm emailing for Dr Okafor, who is in copy. She'd rather you didn't phone her."),
      recipients: [`Dr Ada Okafor <${ADA}>`],
      heard: [{ field: "avoidChannels", value: "phone", profile: ADA }],
    },
    {
      name: "a principal's wish for a name, passed on",
      body: mail("Mr Lindqvist would like you to call him Erik."),
      recipients: [`Erik Lindqvist <${ERIK}>`],
      heard: [{ field: "preferredName", value: "Erik", profile: ERIK }],
    },
    {
      name: "a writer who signs as a private secretary relays a titled colleague's wish",
      body: "Dear Jo,\n\nMr Lindqvist would rather not be sent WhatsApp messages.\n\nBest wishes,\nMegge Anderson, Private Secretary",
      recipients: [`Erik Lindqvist <${ERIK}>`],
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: ERIK }],
    },
    {
      name: "a signature 'Office of' names the principal",
      body: "Dear Jo,\n\nMr Lindqvist prefers Zoom for all his video meetings.\n\nBest regards,\nMegge Anderson\nOffice of Erik Lindqvist",
      recipients: [`Erik Lindqvist <${ERIK}>`],
      heard: [{ field: "meetingPlatform", value: "zoom", profile: ERIK }],
    },
    // Rivals.
    {
      name: "competing head-on",
      body: mail("We compete head-on with Acme and Birch."),
      heard: [
        { field: "competitors", value: "Acme", profile: COKE },
        { field: "competitors", value: "Birch", profile: COKE },
      ],
    },
    {
      name: "going head-to-head",
      body: mail("We go head-to-head with Birch Foods in every tender."),
      heard: [{ field: "competitors", value: "Birch Foods", profile: COKE }],
    },
    {
      name: "seen as our main competitor",
      body: mail("We consider Acme a direct competitor."),
      heard: [{ field: "competitors", value: "Acme", profile: COKE }],
    },
    {
      name: "a brand kept out of everything sent",
      body: mail("Please keep Acme out of anything you send us."),
      heard: [{ field: "competitors", value: "Acme", profile: COKE }],
    },
  ],
});
