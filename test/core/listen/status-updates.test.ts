import { COKE, MEGGE, runListenTests } from "./listen-tester";

runListenTests("status updates", {
  silent: [
    { name: "a deadline", body: "Jo,\nCan I have the draft by Friday?\nMegge" },
    {
      name: "a question about cadence",
      body: "Jo,\nHow often do you usually send updates? Monthly?\nMegge",
    },
    { name: "praise for an update", body: "Jo,\nYour monthly update was spot on.\nMegge" },
    {
      name: "the old cadence",
      body: "Jo,\nWeekly was right at the start.\nMegge",
      fields: ["statusUpdates"],
    },
    { name: "don't write weekly", body: "Jo,\nPlease don't feel you need to write weekly.\nMegge" },
    {
      name: "a phone bill",
      body: "Jo,\nWe get a phone bill every month for the old office.\nMegge",
    },
  ],
  heard: [
    {
      name: "UK: fortnightly note",
      body: "Jo,\nA short note every other Monday would be ideal.\nMegge",
      heard: [{ field: "statusUpdates", value: "every other Monday", profile: MEGGE }],
    },
    {
      name: "US: monthly status report for us",
      body: "Jo,\nA monthly status report before our board meets is all we need.\nMegge",
      heard: [{ field: "statusUpdates", value: "monthly, before our board meets", profile: COKE }],
    },
    {
      name: "only when something happens",
      body: "Jo,\nNo need for regular updates. Only write when something changes.\nMegge",
      heard: [{ field: "statusUpdates", value: "only when something changes", profile: MEGGE }],
    },
    {
      name: "Updates: Friday afternoons",
      body: "Jo,\nUpdates: Friday afternoons, short, please.\nMegge",
      heard: [{ field: "statusUpdates", value: "weekly, Friday afternoons", profile: MEGGE }],
    },
  ],
});
