/**
 * The playground page: a compose window standing in for Outlook, the real Rapport task pane
 * beside it, and Outlook's side of the launch events (RecipientsChanged while typing, the
 * OnMessageSend handler and its Smart Alerts dialog on Send).
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
  Menu,
  MenuButton,
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
import { DocumentTextRegular } from "@fluentui/react-icons";
import type { Finding } from "../core/finding";
import { parseSendSummary } from "../office/send-summary";
import { findingsFromSendSummary } from "../taskpane/send-context";
import { recipientKey, type ComposeModel } from "./compose-model";
import { ComposeWindow } from "./ComposeWindow";
import {
  MANIFEST_SEND_MODE,
  PLAYGROUND_USER,
  type LaunchEvent,
  type OfficeStandin,
} from "./office-standin";
import { OUTLOOK_CLIENTS, type OutlookClientId } from "./outlook-clients";
import { SAMPLE_DRAFTS, type SampleDraft } from "./sample-drafts";
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

/** Outlook raises RecipientsChanged once typing pauses, not per keystroke. */
const RECIPIENTS_PAUSE_MS = 600;

/** What the task pane is opened with: a new key remounts it (as Outlook reloads the pane). */
export interface TaskPaneRequest {
  key: number;
  initialView?: "warnings" | "profile";
  initialFindings?: Finding[];
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

  const lastRecipients = useRef({ to: "", cc: "", bcc: "" });
  const recipientsTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  /** Compare with what was last announced; fire the item event and the launch event if changed. */
  const announceRecipients = useCallback(() => {
    clearTimeout(recipientsTimer.current);
    const current = model.getSnapshot();
    const changed = {
      to: recipientKey(current.to) !== lastRecipients.current.to,
      cc: recipientKey(current.cc) !== lastRecipients.current.cc,
      bcc: recipientKey(current.bcc) !== lastRecipients.current.bcc,
    };
    if (!changed.to && !changed.cc && !changed.bcc) return;
    lastRecipients.current = {
      to: recipientKey(current.to),
      cc: recipientKey(current.cc),
      bcc: recipientKey(current.bcc),
    };
    standin.fireRecipientsChanged(changed);
    const handler = standin.actions.get(RECIPIENTS_HANDLER);
    if (!handler) return;
    const event: LaunchEvent = {
      type: "messageRecipientsChanged",
      changedRecipientFields: changed,
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
  }, [state.to, state.cc, state.bcc, announceRecipients]);

  // A new edit makes the last "Message sent" stale.
  useEffect(() => {
    if (state.to || state.subject || state.bodyHtml) setStatus(undefined);
  }, [state.to, state.subject, state.bodyHtml]);

  // -- Send ------------------------------------------------------------------------------------

  const deliver = useCallback(() => {
    const sentTo = model.getRecipients("to").map((r) => r.displayName || r.emailAddress);
    model.replaceMessage({});
    standin.setInitializationContext(undefined);
    setAlertState(undefined);
    setTaskPane((pane) => ({ key: pane.key + 1 }));
    setStatus(`Message sent${sentTo.length ? ` to ${sentTo.join(", ")}` : ""}.`);
  }, [model, standin]);

  const onSend = useCallback(async () => {
    announceRecipients();
    setSendError(undefined);
    setStatus(undefined);
    const hasRecipient = (["to", "cc", "bcc"] as const).some(
      (field) => model.getRecipients(field).length > 0,
    );
    if (!hasRecipient) {
      setSendError("This message must have at least one recipient.");
      return;
    }
    setSending(true);
    const outcome = await runSendHandler(standin.actions.get(SEND_HANDLER), {
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
  }, [announceRecipients, deliver, model, sendMode, smartAlertsStyle, standin, client.mailbox]);

  const onChoose = useCallback(
    (button: AlertButton) => {
      const alert = alertState?.alert;
      setAlertState(undefined);
      if (alert && button === alert.opensPane) {
        standin.setInitializationContext(alert.contextData);
        setTaskPane((pane) => ({
          key: pane.key + 1,
          initialView: "warnings",
          initialFindings: findingsFromContext(alert.contextData),
        }));
        // The dialog returns focus to Send on close; the author asked for the pane instead.
        setTimeout(() => paneRef.current?.focus(), 0);
      } else if (button === "send-anyway") deliver();
    },
    [alertState, deliver, standin],
  );

  const loadSample = (sample: SampleDraft) => {
    model.replaceMessage({
      to: sample.to,
      cc: sample.cc ?? "",
      subject: sample.subject,
      bodyHtml: textToHtml(sample.body),
      attachments: (sample.attachments ?? []).map((name, i) => ({
        id: `sample-${i}`,
        name,
        size: 20_480,
      })),
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
              A stand-in for Outlook&apos;s compose window. Write to a sample client (or load a
              sample draft) and press Send: the real Rapport checks run here, with no Microsoft 365
              tenant.
            </p>
          </div>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <MenuButton icon={<DocumentTextRegular />}>Sample drafts</MenuButton>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {SAMPLE_DRAFTS.map((sample) => (
                  <MenuItem key={sample.id} onClick={() => loadSample(sample)}>
                    {sample.label}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
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
            <MessageBar intent={status.startsWith("Message sent") ? "success" : "info"}>
              <MessageBarBody>{status}</MessageBarBody>
            </MessageBar>
          )}
        </div>

        <div className={styles.workspace}>
          <ComposeWindow
            model={model}
            state={state}
            sending={sending}
            sendError={sendError}
            onSend={() => void onSend()}
            onRecipientsSettled={announceRecipients}
          />
          {/* In Outlook the pane is its own document with its own <main>; here it sits beside
              the compose window, so this wrapper adds no landmark of its own. */}
          <div className={styles.pane} ref={paneRef} tabIndex={-1} data-testid="rapport-task-pane">
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
