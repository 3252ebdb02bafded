/**
 * Outlook's Smart Alerts dialog, drawn from the send handler's `event.completed` answer. The
 * message is shown as text (Markdown markers read, never HTML), the buttons follow the
 * manifest's SendMode, the handler's sendModeOverride, cancelLabel and commandId, and the
 * Outlook client being imitated (see send-flow.ts). Closing the dialog counts as Don't send.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { markdownToBlocks, type AlertButton, type SmartAlert } from "./send-flow";

const useStyles = makeStyles({
  message: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    maxHeight: "50vh",
    overflowY: "auto",
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  paragraph: { margin: 0 },
  // Outlook keeps each button label on one line.
  button: { whiteSpace: "nowrap", flexShrink: 0 },
});

export interface SmartAlertDialogProps {
  alert: SmartAlert | undefined;
  /** A failed check: the title says so. */
  failure?: boolean;
  onChoose: (button: AlertButton) => void;
}

/** Paragraphs stay paragraphs; consecutive bullets become one list. */
function AlertMessage({ alert }: { alert: SmartAlert }) {
  const styles = useStyles();
  if (!alert.markdown) {
    return (
      <div className={styles.message}>
        {alert.message.split(/\n+/).map((line, i) => (
          <p key={i} className={styles.paragraph}>
            {line}
          </p>
        ))}
      </div>
    );
  }
  const groups: { kind: "paragraph" | "bullet"; blocks: ReturnType<typeof markdownToBlocks> }[] =
    [];
  for (const block of markdownToBlocks(alert.message)) {
    const last = groups[groups.length - 1];
    if (last && last.kind === "bullet" && block.kind === "bullet") last.blocks.push(block);
    else groups.push({ kind: block.kind, blocks: [block] });
  }
  const spans = (block: (typeof groups)[number]["blocks"][number]) =>
    block.spans.map((span, i) => (span.strong ? <strong key={i}>{span.text}</strong> : span.text));
  return (
    <div className={styles.message}>
      {groups.map((group, i) =>
        group.kind === "bullet" ? (
          <ul key={i} className={styles.list}>
            {group.blocks.map((block, j) => (
              <li key={j}>{spans(block)}</li>
            ))}
          </ul>
        ) : (
          <p key={i} className={styles.paragraph}>
            {spans(group.blocks[0]!)}
          </p>
        ),
      )}
    </div>
  );
}

export function SmartAlertDialog({ alert, failure, onChoose }: SmartAlertDialogProps) {
  const styles = useStyles();
  return (
    <Dialog
      modalType="alert"
      open={alert !== undefined}
      onOpenChange={(_event, data) => {
        if (!data.open) onChoose("dont-send");
      }}
    >
      <DialogSurface aria-describedby="smart-alert-message">
        {alert && (
          <DialogBody>
            <DialogTitle>Rapport</DialogTitle>
            <DialogContent id="smart-alert-message">
              {failure && (
                <Text as="p" weight="semibold">
                  Rapport couldn&apos;t check this message.
                </Text>
              )}
              <AlertMessage alert={alert} />
            </DialogContent>
            <DialogActions>
              {alert.buttons.map((button) => (
                <Button
                  key={button}
                  className={styles.button}
                  // The button that opens the pane leads; without one, Don't send does.
                  appearance={button === (alert.opensPane ?? "dont-send") ? "primary" : "secondary"}
                  onClick={() => onChoose(button)}
                >
                  {alert.labels[button]}
                </Button>
              ))}
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
