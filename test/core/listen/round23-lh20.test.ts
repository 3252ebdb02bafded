/**
 * Round 23 (listen-23a, analysis-lh20 W1 and W2). W2: a list of destinations that names a
 * mailbox at the organisation's own domain beside "me" is the organisation's rule, not the
 * writer's. W1: what others call the writer is not their wish when a form is refused beside it or
 * set against them; "No need Mr X" (no "for") asks for informality like "No need for Mr X"; and the
 * word after a refused title is a family name, never taken for the given name.
 */
import { runListenTests } from "./listen-tester";

const HOA = "Hoa Vu <hoa.vu@barossa-vale-wines.example>";
const HOA_ORG = "@barossa-vale-wines.example";
const PERSON = "hoa.vu@barossa-vale-wines.example";
const VO = "Vo Thi Lan <lan.vo@mekong-rice.example>";
const LAN = "Lan Vo <lan.vo@mekong-rice.example>";
const ME_LAN = "lan.vo@mekong-rice.example";
const note = (text: string) => `Hi Jo,\n\n${text}\n\nBest,\nHoa`;

runListenTests("round 23: lh20 W1 and W2", {
  heard: [
    {
      name: "W2: 'by email only please, to accounts@<own domain> and me' is the organisation's",
      from: HOA,
      body: note(
        "Invoices and letters by email only please, to accounts@barossa-vale-wines.example and me.",
      ),
      heard: [{ field: "preferredChannels", value: "email", profile: HOA_ORG }],
    },
    {
      name: "W2: 'me' first: 'to me and finance@<own domain>'",
      from: HOA,
      body: note("Correspondence by email only, to me and finance@barossa-vale-wines.example."),
      heard: [{ field: "preferredChannels", value: "email", profile: HOA_ORG }],
    },
    {
      name: "W2: 'cc me and billing@<own domain>'",
      from: HOA,
      body: note("Please send everything by email, cc me and billing@barossa-vale-wines.example."),
      heard: [{ field: "preferredChannels", value: "email", profile: HOA_ORG }],
    },
    {
      name: "W2 look-alike: another domain's address beside 'me' stays the writer's",
      from: HOA,
      body: note("Letters by email only please, to jo.smith@gmail.com and me."),
      heard: [{ field: "preferredChannels", value: "email", profile: PERSON }],
    },
    {
      name: "W2 look-alike: 'to me and my husband' stays the writer's",
      from: HOA,
      body: note("Letters by email only please, to me and my husband."),
      heard: [{ field: "preferredChannels", value: "email", profile: PERSON }],
    },
    {
      name: "W1: 'No need Mr Vo' (no 'for') asks for informality: the given name",
      from: LAN,
      body: note("No need Mr Vo, please."),
      heard: [{ field: "preferredName", value: "Lan", profile: ME_LAN }],
    },
    {
      name: "W1 control: others' use with nothing against it is still heard",
      from: LAN,
      body: note("Everyone calls me Lan."),
      heard: [{ field: "preferredName", value: "Lan", profile: ME_LAN }],
    },
    {
      name: "W1: others' use with the same form refused before it: the informality, not 'Ms Vo'",
      from: LAN,
      body: note('No need "Ms Vo". In England everybody calls me Ms Vo but Vo is my family name.'),
      // Round 30: the quoted form waved off is avoided too, as lh20 barossa's writer expected.
      heard: [
        { field: "preferredName", value: "Lan", profile: ME_LAN },
        { field: "avoidNames", value: "Ms Vo", profile: ME_LAN },
      ],
    },
  ],
  silent: [
    {
      name: "W1: others' use set against the writer: '…, but Vo is my family name'",
      from: LAN,
      body: note("Here everybody calls me Ms Vo, but Vo is my family name."),
      fields: ["preferredName"],
    },
    {
      name: "W1: others' use set against the writer: '…, which is a bit strange'",
      from: LAN,
      body: note("Everyone calls me Ms Vo, which is a bit strange."),
      fields: ["preferredName"],
    },
    {
      name: "W1: 'there is no need to call me Ms Vo' refuses the form, it does not ask for it",
      from: LAN,
      body: note("There is no need to call me Ms Vo."),
      fields: ["preferredName"],
    },
    {
      name: "W1: a family-first header ('Vo Thi Lan'): the refused title's family name is not given",
      from: VO,
      body: note('No need for "Ms Vo".'),
      fields: ["preferredName"],
    },
  ],
});
