/**
 * The stand-in for Outlook's reading pane (issue 14, point 7): a message a client sent, with
 * From, To, Sent and Subject above its text. The body is the client's untrusted text, shown as
 * text (pre-wrapped), never as HTML.
 */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowReplyRegular } from "@fluentui/react-icons";
import type { SampleIncoming } from "./sample-incoming";

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
    overflowWrap: "anywhere",
  },
  header: {
    display: "grid",
    gridTemplateColumns: "5.5rem 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  body: {
    margin: 0,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
});

function person(p: { name: string; address: string }): string {
  return `${p.name} <${p.address}>`;
}

export function ReadWindow({
  message,
  onReply,
}: {
  message: SampleIncoming;
  /** Starts a new message to the sender (a new item, as Reply is in Outlook). */
  onReply: () => void;
}) {
  const styles = useStyles();
  const sent = new Date(message.sent);
  return (
    <section className={styles.window} aria-labelledby="read-window-title">
      <h2 className={styles.heading} id="read-window-title">
        {message.subject}
      </h2>
      <div>
        <Button icon={<ArrowReplyRegular />} onClick={onReply}>
          Reply
        </Button>
      </div>
      <dl className={styles.header}>
        <dt className={styles.term}>From</dt>
        <dd className={styles.value}>{person(message.from)}</dd>
        <dt className={styles.term}>To</dt>
        <dd className={styles.value}>{person(message.to)}</dd>
        <dt className={styles.term}>Sent</dt>
        <dd className={styles.value}>
          <Text>{sent.toUTCString()}</Text>
        </dd>
      </dl>
      <pre className={styles.body}>{message.body}</pre>
    </section>
  );
}
