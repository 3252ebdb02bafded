/**
 * The Outlook clients the playground can imitate: what each one offers an add-in, as far as
 * Rapport depends on it. Sources: Microsoft's requirement-set tables ("Outlook client support",
 * "Version support for requirement sets in classic Outlook on Windows": 1.13 from Version 2304,
 * 1.14 from 2404), "Limits for activation and JavaScript API for Outlook add-ins" (three
 * simultaneous async calls on the web and in new Outlook), the OfficeRuntime.Storage reference
 * (Outlook: only classic Windows' event runtime) and the SmartAlertsEventCompletedOptions
 * reference (where cancelLabel goes). A model of the clients, not a measurement of them.
 */
import type { SmartAlertsStyle } from "./send-flow";

export type OutlookClientId = "web" | "classic" | "classic-2404" | "classic-2402" | "mac";

export interface OutlookClient {
  id: OutlookClientId;
  /** What the selector shows. */
  label: string;
  /** The highest Mailbox requirement set it reports (1.14: Send-anyway override, 1.15: Markdown). */
  mailbox: string;
  /** Office.context.platform. */
  platform: "OfficeOnline" | "PC" | "Mac";
  /** Simultaneous asynchronous Office calls it allows; a call beyond fails. Absent: no limit. */
  callLimit?: number;
  /** OfficeRuntime.storage in the event runtime (else the add-in uses localStorage). */
  officeRuntimeStorage: boolean;
  /** Where the Smart Alerts dialog puts cancelLabel (send-flow.ts). */
  smartAlertsStyle: SmartAlertsStyle;
  /** One line for the page's footer. */
  summary: string;
}

export const OUTLOOK_CLIENTS: readonly OutlookClient[] = [
  {
    id: "web",
    label: "Outlook on the web / new Outlook",
    mailbox: "1.15",
    platform: "OfficeOnline",
    callLimit: 3,
    officeRuntimeStorage: false,
    smartAlertsStyle: "take-action",
    summary: "Mailbox 1.15, three Office calls at a time, localStorage",
  },
  {
    id: "classic",
    label: "Classic Outlook on Windows (current)",
    mailbox: "1.15",
    platform: "PC",
    officeRuntimeStorage: true,
    smartAlertsStyle: "take-action",
    summary: "Mailbox 1.15, OfficeRuntime.storage, Take Action button (Version 2412 and later)",
  },
  {
    id: "classic-2404",
    label: "Classic Outlook on Windows 2404–2411",
    mailbox: "1.14",
    platform: "PC",
    officeRuntimeStorage: true,
    smartAlertsStyle: "relabelled-dont-send",
    summary: "Mailbox 1.14 (no Markdown), cancelLabel renames Don't Send",
  },
  {
    id: "classic-2402",
    label: "Classic Outlook on Windows before 2403",
    mailbox: "1.13",
    platform: "PC",
    officeRuntimeStorage: true,
    smartAlertsStyle: "relabelled-dont-send",
    summary:
      "Mailbox 1.13: no Send-anyway override, no Markdown; ES2016 engine (tested on the built file)",
  },
  {
    id: "mac",
    label: "Outlook for Mac",
    mailbox: "1.14",
    platform: "Mac",
    officeRuntimeStorage: false,
    smartAlertsStyle: "take-action",
    summary: "Mailbox 1.14 (no Markdown), localStorage",
  },
];

export const DEFAULT_OUTLOOK_CLIENT: OutlookClient = OUTLOOK_CLIENTS[0]!;

/** `?client=<id>`; the older `?outlook=classic` still means classic Outlook before 2412. */
export function outlookClientFromQuery(search: string): OutlookClient {
  const query = new URLSearchParams(search);
  const id = query.get("client") ?? (query.get("outlook") === "classic" ? "classic-2404" : "");
  return OUTLOOK_CLIENTS.find((client) => client.id === id) ?? DEFAULT_OUTLOOK_CLIENT;
}

/** Whether `client` reports Mailbox `version` or later ("1.10" > "1.9"). */
export function supportsMailbox(client: Pick<OutlookClient, "mailbox">, version: string): boolean {
  const have = client.mailbox.split(".").map(Number);
  const want = version.split(".").map(Number);
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    const diff = (have[i] ?? 0) - (want[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}
