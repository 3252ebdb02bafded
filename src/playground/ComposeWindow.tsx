/**
 * The stand-in for Outlook's compose window: Send, To, Cc, Subject, body and the info bar where
 * add-ins' notification messages appear; for a meeting invitation ("New meeting"), Required,
 * Optional, Subject, Location, Start and End instead of To and Cc. Every field writes to the
 * ComposeModel, which the stand-in Office object reads.
 */
import { useId } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { AttachRegular, SendRegular } from "@fluentui/react-icons";
import type { ComposeKind, ComposeModel, ComposeState, RecipientField } from "./compose-model";
import { BodyEditor } from "./BodyEditor";

const useStyles = makeStyles({
  window: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minWidth: 0,
    flexGrow: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  commandBar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
  fieldRow: {
    display: "grid",
    gridTemplateColumns: "5.5rem 1fr",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  notifications: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  attachments: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
    color: tokens.colorNeutralForeground2,
  },
});

export interface ComposeWindowProps {
  model: ComposeModel;
  state: ComposeState;
  sending: boolean;
  /** Problem with the message itself (no recipients), shown next to Send. */
  sendError?: string;
  onSend: () => void;
  /** The author left a recipient field: recipients count as "changed" now, not after a pause. */
  onRecipientsSettled: () => void;
  /** The author left an invitation's Location: it counts as changed now, not after a pause. */
  onLocationSettled?: () => void;
}

const RECIPIENT_FIELDS: Readonly<Record<ComposeKind, { field: RecipientField; label: string }[]>> =
  {
    message: [
      { field: "to", label: "To" },
      { field: "cc", label: "Cc" },
    ],
    appointment: [
      { field: "required", label: "Required" },
      { field: "optional", label: "Optional" },
    ],
  };

export function ComposeWindow({
  model,
  state,
  sending,
  sendError,
  onSend,
  onRecipientsSettled,
  onLocationSettled,
}: ComposeWindowProps) {
  const styles = useStyles();
  const headingId = useId();
  const meeting = state.kind === "appointment";

  return (
    <section className={styles.window} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {meeting ? "New meeting" : "New message"}
      </h2>

      {state.notifications.length > 0 && (
        <div className={styles.notifications} aria-label="Add-in notifications" role="group">
          {state.notifications.map((n) => (
            <MessageBar
              key={n.key}
              intent={n.kind === "errorMessage" ? "error" : "info"}
              icon={n.kind === "progressIndicator" ? <Spinner size="extra-tiny" /> : undefined}
            >
              <MessageBarBody>{n.message}</MessageBarBody>
            </MessageBar>
          ))}
        </div>
      )}

      <div className={styles.commandBar}>
        <Button
          appearance="primary"
          icon={sending ? <Spinner size="tiny" /> : <SendRegular />}
          disabled={sending}
          onClick={onSend}
        >
          {sending ? "Checking…" : "Send"}
        </Button>
        {sendError && (
          <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
            {sendError}
          </Text>
        )}
      </div>

      <div className={styles.fields}>
        {RECIPIENT_FIELDS[state.kind].map(({ field, label }) => (
          <Field key={field} label={label} orientation="horizontal" className={styles.fieldRow}>
            <Input
              value={state[field]}
              placeholder={
                field === "to" || field === "required" ? "name@client.example; …" : undefined
              }
              autoComplete="off"
              onChange={(_e, data) => model.setRecipientText(field, data.value)}
              onBlur={onRecipientsSettled}
            />
          </Field>
        ))}
        <Field label="Subject" orientation="horizontal" className={styles.fieldRow}>
          <Input value={state.subject} onChange={(_e, data) => model.setSubject(data.value)} />
        </Field>
        {meeting ? (
          <>
            <Field label="Location" orientation="horizontal" className={styles.fieldRow}>
              <Input
                value={state.location}
                placeholder="A room, an address or a meeting link; several separated by ;"
                autoComplete="off"
                onChange={(_e, data) => model.setLocation(data.value)}
                onBlur={onLocationSettled}
              />
            </Field>
            <Field label="Start" orientation="horizontal" className={styles.fieldRow}>
              <Input
                type="datetime-local"
                value={state.start}
                onChange={(_e, data) => model.setTime("start", data.value)}
              />
            </Field>
            <Field label="End" orientation="horizontal" className={styles.fieldRow}>
              <Input
                type="datetime-local"
                value={state.end}
                onChange={(_e, data) => model.setTime("end", data.value)}
              />
            </Field>
          </>
        ) : null}
      </div>

      {state.attachments.length > 0 && (
        <div className={styles.attachments} aria-label="Attachments" role="group">
          <AttachRegular aria-hidden />
          {state.attachments.map((a) => (
            <Text key={a.id}>{a.name}</Text>
          ))}
        </div>
      )}

      <BodyEditor model={model} bodyHtml={state.bodyHtml} bodyRevision={state.bodyRevision} />
    </section>
  );
}
