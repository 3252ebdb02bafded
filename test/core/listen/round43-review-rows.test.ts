/**
 * Round 43 (listen-43c, not shipped; docs/listen.md, round 43): the review's messages on which
 * main is right and the branch's readings were not. A client who asks that a name never be named
 * in what the firm writes is not always naming a rival: a former employee, a customer or
 * supplier under a confidential contract, a joint-venture partner under NDA, a landlord, the
 * auditors, the other side's firm, a whistleblower, a place whose closure is unannounced, one
 * letter, a wish denied ("It's not that we never want…"), or a line in capitals about the writer's
 * family. Main records no competitor in any of them; the branch recorded each.
 */
import { runListenTests } from "./listen-tester";

const silentOn = (text: string) => ({
  name: text,
  from: "Ana Ruiz <ana@client.example>",
  body: `Hi Tom,\n\n${text}\n\nThanks,\nAna`,
  fields: ["competitors" as const],
});

runListenTests("round 43: a name kept out of the firm's letters for a reason that is not rivalry", {
  heard: [],
  silent: [
    silentOn(
      "We don't want Patel mentioned in anything you send us. He left on bad terms and it is still raw.",
    ),
    silentOn(
      "We never want Okonkwo named in any document you send us. The settlement terms are confidential.",
    ),
    silentOn(
      "We'd never want Leeds mentioned in anything you write for us. The site closure there has not been announced.",
    ),
    silentOn(
      "We never want Halden Foods mentioned in anything you send us. They are our biggest customer and the supply contract is confidential.",
    ),
    silentOn(
      "We don't want Norcastle Steel named in any correspondence while our dispute with them is live. They are still a key supplier.",
    ),
    silentOn(
      "We'd never want Vireo Partners mentioned in anything you send us; the joint venture with them is still under NDA.",
    ),
    silentOn(
      "We never want Redfern Estates named in Monday's letter for us. I'll explain why on the call.",
    ),
    silentOn(
      "It's not that we never want Aldwych Partners mentioned in anything for us. Just keep them out of the headline of the release.",
    ),
    silentOn(
      "I never want Fenwick mentioned in anything you send me. It's my ex-husband's surname and I've gone back to my own.",
    ),
    silentOn(
      "We don't want Tamsin Oduya named in any document you send us; she has asked for privacy during her leave.",
    ),
    silentOn("WE NEVER WANT ADOPTED SONS NAMED IN ANYTHING YOU SEND US, FOR THEIR PRIVACY."),
    silentOn(
      "We don't want Carter Lowe LLP mentioned in any public statement for us; we'd rather our choice of counsel stays private.",
    ),
    silentOn(
      "Our partners never want Marlow & Sons named in anything you send us. They are our landlords and the lease talks are delicate.",
    ),
    silentOn(
      "We don't want Hollins and Sons mentioned in any document you send us while the audit is ongoing. They are our auditors.",
    ),
    silentOn(
      "We don't want Westbury Council named in any correspondence with us. The planning appeal is still live.",
    ),
    silentOn(
      "Please add Lindqvist to the names you keep out of our documents. He is our former finance director and left under a settlement.",
    ),
    silentOn(
      "We will never want Abernethy & Partners cited in anything for us, since they act for the other side in the arbitration.",
    ),
    silentOn(
      "We don't want Pemberton mentioned in any email to us. Mr Pemberton is the whistleblower and his identity is protected.",
    ),
  ],
});
