/**
 * The playground page: a compose window standing in for Outlook (a new message, or a meeting
 * invitation after "New meeting"), the real Rapport task pane beside it, and Outlook's side of
 * the launch events (RecipientsChanged or AttendeesChanged while typing, the OnMessageSend or
 * OnAppointmentSend handler and its Smart Alerts dialog on Send).
 */
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import {
  Field,
  FluentProvider,
  makeStaticStyles,
  Button,
  Menu,
  MenuButton,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { CalendarAddRegular, DocumentTextRegular, MailAddRegular } from "@fluentui/react-icons";
import type { Finding } from "../core/finding";
import { parseSendSummary } from "../office/send-summary";
import { findingsFromSendSummary } from "../taskpane/send-context";
import {
  newMeetingTimes,
  RECIPIENT_FIELDS_OF,
  recipientKey,
  type ComposeKind,
  type ComposeModel,
  type RecipientField,
} from "./compose-model";
import { ComposeWindow } from "./ComposeWindow";
import {
  MANIFEST_SEND_MODE,
  PLAYGROUND_USER,
  type LaunchEvent,
  type OfficeStandin,
} from "./office-standin";
import { OUTLOOK_CLIENTS, type OutlookClientId } from "./outlook-clients";
import { LOGO_DATA_URI, SAMPLE_DRAFTS, type SampleDraft } from "./sample-drafts";
import { SAMPLE_INVITATIONS, type SampleInvitation } from "./sample-invitations";
import { SAMPLE_INCOMING, type SampleIncoming } from "./sample-incoming";
import { ReadWindow } from "./ReadWindow";
import { textToHtml } from "./sanitize";
import {
  failureAlert,
  runSendHandler,
  type AlertButton,
  type SendMode,
  type SmartAlert,
  type SmartAlertsStyle,
} from "./send-flow";
import { SmartAlertDialog } from "./SmartAlertDialog";

/** Function names in manifest.xml's LaunchEvents. */
export const SEND_HANDLER = "onMessageSendHandler";
export const RECIPIENTS_HANDLER = "onMessageRecipientsChangedHandler";
export const APPOINTMENT_SEND_HANDLER = "onAppointmentSendHandler";
export const ATTENDEES_HANDLER = "onAppointmentAttendeesChangedHandler";

/** Outlook raises RecipientsChanged once typing pauses, not per keystroke. */
const RECIPIENTS_PAUSE_MS = 600;
/** The same for an invitation's places (EnhancedLocationsChanged) and times. */
const LOCATION_PAUSE_MS = 600;

/** What the task pane is opened with: a new key remounts it (as Outlook reloads the pane). */
export interface TaskPaneRequest {
  key: number;
  initialView?: "warnings" | "profile";
  initialFindings?: Finding[];
  /**
   * "Review warnings" while the pane is open: Outlook raises InitializationContextChanged and
   * the pane shows these findings without reloading (RapportAppProps.sendReview).
   */
  sendReview?: { findings: Finding[]; seq: number };
}

/** What the page's selectors choose; a change reloads the page (index.tsx). */
export interface PlaygroundSettings {
  client: OutlookClientId;
  profileListDown: boolean;
}

export interface PlaygroundAppProps {
  model: ComposeModel;
  standin: OfficeStandin;
  renderTaskPane: (request: TaskPaneRequest) => ReactNode;
  sendMode?: SendMode;
  /** Where the dialog puts cancelLabel; by default as the stand-in's Outlook client does. */
  smartAlertsStyle?: SmartAlertsStyle;
  /** The client profile list is down (simulated outage). */
  profileListDown?: boolean;
  /** The selectors' choice; without it they are not shown. */
  onSettingsChange?: (settings: PlaygroundSettings) => void;
  /**
   * The task pane's width in CSS pixels (`?pane=320`): Outlook's pane is 320-350 px, and 200 px
   * is a 320 px pane at 160 % zoom. Default 350.
   */
  paneWidth?: number;
}

/** `?pane=N` (120-600) sets the task pane's width, to see it as Outlook's narrow pane would. */
export function paneWidthFromQuery(search: string): number | undefined {
  const width = Number(new URLSearchParams(search).get("pane"));
  return Number.isFinite(width) && width >= 120 && width <= 600 ? Math.round(width) : undefined;
}

// The page is the playground's own (webpack's page template carries no styles).
const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  bannerActions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  banner: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  intro: { margin: 0, maxWidth: "60ch", color: tokens.colorNeutralForegroundOnBrand },
  workspace: {
    display: "flex",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    flexGrow: 1,
    alignItems: "stretch",
    "@media (max-width: 900px)": { flexDirection: "column" },
  },
  pane: {
    display: "flex",
    flexDirection: "column",
    width: "350px",
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    overflow: "hidden",
    "@media (max-width: 900px)": { width: "auto" },
  },
  status: { padding: `0 ${tokens.spacingHorizontalL}` },
  settings: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
  },
});

/** The findings the send handler passed as contextData (a SendSummary), as the pane takes them. */
export function findingsFromContext(contextData: string | undefined): Finding[] | undefined {
  return findingsFromSendSummary(parseSendSummary(contextData), new Date());
}

interface AlertState {
  alert: SmartAlert;
  failure: boolean;
}

export function PlaygroundApp({
  model,
  standin,
  renderTaskPane,
  sendMode = MANIFEST_SEND_MODE,
  smartAlertsStyle = standin.client.smartAlertsStyle,
  profileListDown = false,
  onSettingsChange,
  paneWidth,
}: PlaygroundAppProps) {
  const client = standin.client;
  usePageStyles();
  const styles = useStyles();
  const state = useSyncExternalStore(model.subscribe, model.getSnapshot);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [alertState, setAlertState] = useState<AlertState>();
  const [taskPane, setTaskPane] = useState<TaskPaneRequest>({ key: 0 });
  const paneRef = useRef<HTMLDivElement>(null);

  // -- RecipientsChanged -----------------------------------------------------------------------

  const lastRecipients = useRef<Partial<Record<RecipientField, string>>>({});
  const recipientsTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  /**
   * Compare with what was last announced; fire the item event and the launch event if changed
   * (a message's To/Cc/Bcc: OnMessageRecipientsChanged; an invitation's attendees:
   * OnAppointmentAttendeesChanged).
   */
  const announceRecipients = useCallback(() => {
    clearTimeout(recipientsTimer.current);
    const current = model.getSnapshot();
    const fields = RECIPIENT_FIELDS_OF[current.kind];
    const changed: Partial<Record<RecipientField, boolean>> = {};
    for (const field of fields)
      changed[field] = recipientKey(current[field]) !== (lastRecipients.current[field] ?? "");
    if (!fields.some((field) => changed[field])) return;
    for (const field of fields) lastRecipients.current[field] = recipientKey(current[field]);
    standin.fireRecipientsChanged(changed);
    const appointment = current.kind === "appointment";
    const handler = standin.actions.get(appointment ? ATTENDEES_HANDLER : RECIPIENTS_HANDLER);
    if (!handler) return;
    const event: LaunchEvent = {
      type: appointment ? "appointmentAttendeesChanged" : "messageRecipientsChanged",
      changedRecipientFields: appointment
        ? {
            requiredAttendees: Boolean(changed.required),
            optionalAttendees: Boolean(changed.optional),
            resources: false,
          }
        : changed,
      completed: () => undefined,
    };
    try {
      Promise.resolve(handler(event)).catch((error: unknown) =>
        console.warn("Rapport playground: the recipients-changed handler failed:", error),
      );
    } catch (error) {
      console.warn("Rapport playground: the recipients-changed handler failed:", error);
    }
  }, [model, standin]);

  useEffect(() => {
    clearTimeout(recipientsTimer.current);
    recipientsTimer.current = setTimeout(announceRecipients, RECIPIENTS_PAUSE_MS);
    return () => clearTimeout(recipientsTimer.current);
  }, [state.to, state.cc, state.bcc, state.required, state.optional, announceRecipients]);

  // -- An invitation's places and times (EnhancedLocationsChanged, AppointmentTimeChanged) ------

  const lastLocation = useRef("");
  const locationTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const announceLocation = useCallback(() => {
    clearTimeout(locationTimer.current);
    const current = model.getSnapshot();
    if (current.kind !== "appointment" || current.location === lastLocation.current) return;
    lastLocation.current = current.location;
    standin.fireEnhancedLocationsChanged();
  }, [model, standin]);

  useEffect(() => {
    clearTimeout(locationTimer.current);
    locationTimer.current = setTimeout(announceLocation, LOCATION_PAUSE_MS);
    return () => clearTimeout(locationTimer.current);
  }, [state.location, announceLocation]);

  const lastTimes = useRef({ start: "", end: "" });
  useEffect(() => {
    if (state.kind !== "appointment") return;
    const times = { start: state.start, end: state.end };
    if (times.start === lastTimes.current.start && times.end === lastTimes.current.end) return;
    lastTimes.current = times;
    standin.fireAppointmentTimeChanged();
  }, [state.kind, state.start, state.end, standin]);

  // A new edit makes the last "Message sent" stale.
  useEffect(() => {
    if (state.to || state.required || state.subject || state.bodyHtml) setStatus(undefined);
  }, [state.to, state.required, state.subject, state.bodyHtml]);

  // -- Send ------------------------------------------------------------------------------------

  /** A new, empty item in the compose window: a new item in Outlook, with its own pane. */
  const startNew = useCallback(
    (kind: ComposeKind) => {
      model.replaceMessage(
        kind === "appointment" ? { kind, ...newMeetingTimes(new Date()) } : { kind },
      );
      // A new item: its own sessionData (ignores, send summary) and no Smart Alerts context.
      standin.startNewItem();
      setAlertState(undefined);
      setTaskPane((pane) => ({ key: pane.key + 1 }));
    },
    [model, standin],
  );

  const deliver = useCallback(() => {
    const kind = model.getSnapshot().kind;
    const invitation = kind === "appointment";
    const sentTo = model
      .getRecipients(invitation ? "required" : "to")
      .map((r) => r.displayName || r.emailAddress);
    startNew(kind);
    setStatus(
      `${invitation ? "Invitation" : "Message"} sent${sentTo.length ? ` to ${sentTo.join(", ")}` : ""}.`,
    );
  }, [model, startNew]);

  const onSend = useCallback(async () => {
    announceRecipients();
    announceLocation();
    setSendError(undefined);
    setStatus(undefined);
    const kind = model.getSnapshot().kind;
    const invitation = kind === "appointment";
    const hasRecipient = RECIPIENT_FIELDS_OF[kind].some(
      (field) => model.getRecipients(field).length > 0,
    );
    if (!hasRecipient) {
      setSendError(
        invitation
          ? "This invitation must have at least one attendee."
          : "This message must have at least one recipient.",
      );
      return;
    }
    setSending(true);
    const handler = standin.actions.get(invitation ? APPOINTMENT_SEND_HANDLER : SEND_HANDLER);
    const outcome = await runSendHandler(handler, {
      eventType: invitation ? "appointmentSend" : "messageSend",
      sendMode,
      style: smartAlertsStyle,
      mailbox: client.mailbox,
      onSlow: () => setStatus("Rapport is taking longer than expected…"),
    });
    setSending(false);
    setStatus(undefined);
    if (outcome.kind === "send") deliver();
    else if (outcome.kind === "alert") setAlertState({ alert: outcome.alert, failure: false });
    else {
      // Nothing to show but the failure; Block keeps the message, the other modes let it go.
      console.warn(`Rapport playground: ${outcome.reason}`);
      setAlertState({ failure: true, alert: failureAlert(outcome.reason, sendMode) });
    }
  }, [
    announceRecipients,
    announceLocation,
    deliver,
    model,
    sendMode,
    smartAlertsStyle,
    standin,
    client.mailbox,
  ]);

  const onChoose = useCallback(
    (button: AlertButton) => {
      const alert = alertState?.alert;
      setAlertState(undefined);
      if (alert && button === alert.opensPane) {
        standin.setInitializationContext(alert.contextData);
        // The pane is open beside the message: as Outlook does, it is handed the new context
        // (InitializationContextChanged) rather than reloaded, so an open editor keeps what was
        // typed in it (audit 49c, 3).
        const findings = findingsFromContext(alert.contextData);
        setTaskPane((pane) => ({
          key: pane.key,
          initialView: "warnings",
          initialFindings: findings,
          ...(findings ? { sendReview: { findings, seq: (pane.sendReview?.seq ?? 0) + 1 } } : {}),
        }));
        // The dialog returns focus to Send on close; the author asked for the pane instead.
        setTimeout(() => paneRef.current?.focus(), 0);
      } else if (button === "send-anyway") deliver();
    },
    [alertState, deliver, standin],
  );

  const loadSample = (sample: SampleDraft) => {
    // A sample is a new message: a new item in Outlook, with its own pane and sessionData.
    standin.startNewItem();
    setTaskPane((pane) => ({ key: pane.key + 1 }));
    model.replaceMessage({
      to: sample.to,
      cc: sample.cc ?? "",
      subject: sample.subject,
      bodyHtml:
        textToHtml(sample.body) +
        (sample.logo
          ? `<div><img src="${LOGO_DATA_URI}" alt="Morgan &amp; Partners" width="32" height="32"></div>`
          : ""),
      attachments: (sample.attachments ?? []).map((name, i) => ({
        id: `sample-${i}`,
        name,
        size: 20_480,
      })),
    });
    setSendError(undefined);
  };

  /** A message a client sent, opened in the read view: a new item, with its own pane. */
  const openIncoming = (sample: SampleIncoming) => {
    standin.startNewItem();
    setAlertState(undefined);
    model.replaceMessage({ received: sample });
    setTaskPane((pane) => ({ key: pane.key + 1 }));
    setSendError(undefined);
    setStatus(undefined);
  };

  /** Reply: a new message to the sender, as Outlook opens one. */
  const reply = (sample: SampleIncoming) => {
    startNew("message");
    model.replaceMessage({
      to: `${sample.from.name} <${sample.from.address}>`,
      subject: /^re:/i.test(sample.subject) ? sample.subject : `Re: ${sample.subject}`,
    });
  };

  const loadInvitation = (sample: SampleInvitation) => {
    startNew("appointment");
    model.replaceMessage({
      kind: "appointment",
      required: sample.required,
      optional: sample.optional ?? "",
      subject: sample.subject,
      location: sample.location,
      ...newMeetingTimes(new Date(), sample.startHour, sample.minutes),
      bodyHtml: textToHtml(sample.body),
    });
    setSendError(undefined);
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <header className={styles.banner}>
          <div>
            <h1 className={styles.title}>Rapport playground</h1>
            <p className={styles.intro}>
              A stand-in for Outlook&apos;s compose window. Write to a sample client, or invite them
              to a meeting (or load a sample), and press Send: the real Rapport checks run here,
              with no Microsoft 365 tenant.
            </p>
          </div>
          <div className={styles.bannerActions}>
            <Button icon={<MailAddRegular />} onClick={() => startNew("message")}>
              New message
            </Button>
            <Button icon={<CalendarAddRegular />} onClick={() => startNew("appointment")}>
              New meeting
            </Button>
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <MenuButton icon={<DocumentTextRegular />}>Sample drafts</MenuButton>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  <MenuGroup>
                    <MenuGroupHeader>Messages</MenuGroupHeader>
                    {SAMPLE_DRAFTS.map((sample) => (
                      <MenuItem key={sample.id} onClick={() => loadSample(sample)}>
                        {sample.label}
                      </MenuItem>
                    ))}
                  </MenuGroup>
                  <MenuDivider />
                  <MenuGroup>
                    <MenuGroupHeader>Received from clients</MenuGroupHeader>
                    {SAMPLE_INCOMING.map((sample) => (
                      <MenuItem key={sample.id} onClick={() => openIncoming(sample)}>
                        {sample.label}
                      </MenuItem>
                    ))}
                  </MenuGroup>
                  <MenuDivider />
                  <MenuGroup>
                    <MenuGroupHeader>Invitations</MenuGroupHeader>
                    {SAMPLE_INVITATIONS.map((sample) => (
                      <MenuItem key={sample.id} onClick={() => loadInvitation(sample)}>
                        {sample.label}
                      </MenuItem>
                    ))}
                  </MenuGroup>
                </MenuList>
              </MenuPopover>
            </Menu>
          </div>
        </header>

        {onSettingsChange ? (
          <section className={styles.settings} aria-label="Playground settings">
            <Field label="Outlook client" size="small">
              <Select
                size="small"
                value={client.id}
                onChange={(_event, data) =>
                  onSettingsChange({
                    client: data.value as OutlookClientId,
                    profileListDown,
                  })
                }
              >
                {OUTLOOK_CLIENTS.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Client profile list" size="small">
              <Select
                size="small"
                value={profileListDown ? "down" : "up"}
                onChange={(_event, data) =>
                  onSettingsChange({ client: client.id, profileListDown: data.value === "down" })
                }
              >
                <option value="up">Reachable</option>
                <option value="down">Unreachable (simulated outage)</option>
              </Select>
            </Field>
          </section>
        ) : null}

        <div role="status" aria-live="polite" className={styles.status}>
          {status && (
            <MessageBar intent={/^(Message|Invitation) sent/.test(status) ? "success" : "info"}>
              <MessageBarBody>{status}</MessageBarBody>
            </MessageBar>
          )}
        </div>

        <div className={styles.workspace}>
          {state.received ? (
            <ReadWindow message={state.received} onReply={() => reply(state.received!)} />
          ) : (
            <ComposeWindow
              model={model}
              state={state}
              sending={sending}
              sendError={sendError}
              onSend={() => void onSend()}
              onRecipientsSettled={announceRecipients}
              onLocationSettled={announceLocation}
            />
          )}
          {/* In Outlook the pane is its own document with its own <main>; here it sits beside
              the compose window, so this wrapper adds no landmark of its own. */}
          <div
            className={styles.pane}
            ref={paneRef}
            tabIndex={-1}
            data-testid="rapport-task-pane"
            style={paneWidth ? { width: `${paneWidth}px` } : undefined}
          >
            {renderTaskPane(taskPane)}
          </div>
        </div>

        <footer className={styles.status}>
          <Text size={200}>
            Signed in as {PLAYGROUND_USER.displayName} ({PLAYGROUND_USER.emailAddress}) · profiles
            from the bundled sample file{profileListDown ? " (unreachable)" : ""} · as{" "}
            {client.label}: {client.summary} · nothing leaves this page.
          </Text>
        </footer>

        <SmartAlertDialog
          alert={alertState?.alert}
          failure={alertState?.failure}
          onChoose={onChoose}
        />
      </div>
    </FluentProvider>
  );
}
