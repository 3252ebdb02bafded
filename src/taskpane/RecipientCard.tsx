import { Button, Caption1, Card, makeStyles, Text, tokens } from "@fluentui/react-components";
import {
  Chat16Regular,
  Edit16Regular,
  PersonAdd16Regular,
  Warning16Filled,
} from "@fluentui/react-icons";
import { useId, type ReactNode } from "react";
import { askNeed, firstNameFor, type AskNeed, type AskTopic } from "../core/ask";
import type { ClientProfile } from "../core/profile";
import type { UncheckedKind } from "../core/unchecked";
import type { PaneRecipient } from "./recipients";
import {
  channelLabel,
  choiceLabel,
  confirmedAgo,
  fieldLabel,
  heardFrom,
  monthsSince,
  parentDomainsNote,
  STALE_AFTER_MONTHS,
  unreadableNotice,
  valueInWords,
} from "./wording";
import { singleLine } from "../core/text/single-line";
import { usePersonalMailDomain } from "./use-personal-mail-domain";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  address: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  gap: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  entries: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  stale: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  missing: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  missingTitle: { fontWeight: tokens.fontWeightSemibold },
  sources: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
});

/** Newest first; the rest are in the list's Sources column. */
const SOURCES_SHOWN = 5;

/** Where the preferences heard in the client's own e-mails came from (issue 14, provenance). */
function Sources({ profile }: { profile: ClientProfile }) {
  const styles = useStyles();
  const labelId = useId();
  const sources = [...(profile.sources ?? [])].reverse().slice(0, SOURCES_SHOWN);
  if (sources.length === 0) return null;
  return (
    <div>
      <Text size={200} weight="semibold" id={labelId}>
        Heard from the client
      </Text>
      <ul className={styles.sources} aria-labelledby={labelId}>
        {sources.map((source, i) => (
          <li key={i}>
            {fieldLabel(source.field)} → {valueInWords(source.field, singleLine(source.value))}
            {source.op === "remove" ? " removed" : ""}, {heardFrom(source)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Which stored profile to open in the editor, and whether it exists yet. */
export interface EditTarget {
  mode: "edit" | "create";
  matchKey: string;
  recipient: PaneRecipient;
}

/** Marks the button that opened the editor for a target, so focus can return to it. */
export function editOpenerKey(target: EditTarget): string {
  return `${target.mode}|${target.matchKey}|${target.recipient.address}`;
}

export interface RecipientCardProps {
  recipient: PaneRecipient;
  /** Effective profile; undefined when none covers the recipient. */
  profile: ClientProfile | undefined;
  /** The lookup failed: the card must not claim there is no profile. */
  profileUnknown: boolean;
  now: Date;
  canEdit: boolean;
  canCreate: boolean;
  onEdit: (target: EditTarget) => void;
  /**
   * Whether the recipient's organisation has a stored profile (undefined: not known yet). Decides
   * between "Edit organisation profile" and "Create organisation profile".
   */
  organisationExists?: boolean;
  /**
   * Compose only: insert a paragraph at the cursor asking what the profile lacks ("Ask Megge").
   * Offered when the profile is missing, has gaps or was confirmed over 12 months ago.
   */
  onAsk?: (request: AskRequest) => void;
  /** An Ask is being inserted: its button waits. */
  asking?: boolean;
}

/** What "Ask <first name>" inserts for: whom, by which name, and what to ask. */
export interface AskRequest {
  recipient: PaneRecipient;
  firstName?: string;
  need: AskNeed;
}

const TOPIC_WORDS: Readonly<Record<AskTopic, string>> = {
  name: "how to address them",
  reach: "how to reach them",
  meeting: "meeting platform",
  billing: "invoice detail",
  updates: "how often to update them",
};

/** "Asks: how to address them, meeting platform." / "Asks them to confirm their profile." */
function askSummary(need: AskNeed): string {
  if (need.topics.length === 0)
    return "Confirmed more than 12 months ago: asks them whether it is all still right.";
  return `Asks only what is missing: ${need.topics.map((t) => TOPIC_WORDS[t]).join(", ")}.`;
}

/** The "Ask <first name>" button and what it will ask, for a client the firm should ask. */
function AskButton({ recipient, profile, now, onAsk, asking }: RecipientCardProps) {
  const styles = useStyles();
  const summaryId = useId();
  if (!onAsk || recipient.colleague || recipient.unchecked || !recipient.address) return null;
  const need = askNeed(profile, now);
  if (!need) return null;
  const firstName = firstNameFor(profile, recipient.displayName);
  const label = `Ask ${firstName ?? recipient.displayName}`;
  return (
    <div className={styles.missing}>
      <div className={styles.actions}>
        <Button
          size="small"
          icon={<Chat16Regular />}
          disabled={asking}
          aria-describedby={summaryId}
          onClick={() => onAsk({ recipient, need, ...(firstName ? { firstName } : {}) })}
        >
          {label}
        </Button>
      </div>
      <Caption1 id={summaryId} className={styles.address}>
        Inserts a short, editable paragraph at your cursor. {askSummary(need)}
      </Caption1>
    </div>
  );
}

const NOT_ASKED = "Not asked yet";

function domainKey(address: string): string {
  return address.slice(address.lastIndexOf("@"));
}

/** One recipient: who they are and what their client told the firm, gaps named as gaps. */
export function RecipientCard(props: RecipientCardProps) {
  const { recipient, profile } = props;
  const styles = useStyles();
  const headingId = useId();
  const showAddress = recipient.address && recipient.address !== recipient.displayName;

  let body: ReactNode;
  if (recipient.colleague) {
    body = <Text>Colleague at the firm</Text>;
  } else if (recipient.unchecked) {
    body = <NotChecked {...props} />;
  } else if (props.profileUnknown) {
    body = <Text>Profile not loaded: see the message above.</Text>;
  } else if (!profile) {
    body = <MissingProfile {...props} />;
  } else {
    body = <ProfileDetails {...props} profile={profile} />;
  }

  return (
    <Card className={styles.card} aria-labelledby={headingId} role="article">
      <div>
        <h3 className={styles.heading} id={headingId}>
          {recipient.displayName}
        </h3>
        {showAddress ? <Caption1 className={styles.address}>{recipient.address}</Caption1> : null}
        {profile?.clientName && !recipient.colleague ? (
          <div>
            <Text size={200}>{profile.clientName}</Text>
          </div>
        ) : null}
      </div>
      {body}
      {!props.profileUnknown ? <AskButton {...props} /> : null}
    </Card>
  );
}

/** What each kind of recipient Rapport cannot check is called, and what the lawyer can do. */
const NOT_CHECKED: Readonly<Record<UncheckedKind, { title: string; text: string }>> = {
  "contact-list": {
    title: "Contact list: not checked",
    text: "Outlook does not tell Rapport who is in a contact list, so nobody in it is checked. Expand it in Outlook (+) so each person is checked.",
  },
  list: {
    title: "List or group: members not checked",
    text: "Rapport cannot see who is in a distribution list or group, so the people in it are not checked. Expand it in Outlook (+) so each person is checked.",
  },
  "no-address": {
    title: "No e-mail address: not checked",
    text: "Outlook gave no e-mail address for this recipient, so no profile can be looked up and nothing is checked for them. Pick them again from the address book, or type their address.",
  },
};

/**
 * A recipient Rapport cannot check: its own state, never "no profile — ask them", never Create or
 * Ask. A list at a client's domain still shows that organisation's profile, which is checked.
 */
function NotChecked(props: RecipientCardProps) {
  const { recipient, profile } = props;
  const styles = useStyles();
  const { title, text } = NOT_CHECKED[recipient.unchecked!];
  const organisation =
    recipient.unchecked === "list" && !props.profileUnknown && profile?.matchKey.startsWith("@")
      ? profile
      : undefined;
  return (
    <>
      <div className={styles.missing}>
        <Text className={styles.missingTitle}>{title}</Text>
        <Text size={200}>{text}</Text>
      </div>
      {organisation ? <ProfileDetails {...props} canCreate={false} profile={organisation} /> : null}
    </>
  );
}

/** A button that opens the editor, marked so focus can come back to it when the editor closes. */
function EditButton({
  target,
  onEdit,
  children,
  ...button
}: {
  target: EditTarget;
  onEdit: (target: EditTarget) => void;
  children: ReactNode;
  size?: "small";
  appearance?: "subtle";
  icon?: JSX.Element;
  "aria-label"?: string;
}) {
  return (
    <Button {...button} data-edit-opener={editOpenerKey(target)} onClick={() => onEdit(target)}>
      {children}
    </Button>
  );
}

function MissingProfile({ recipient, canCreate, onEdit }: RecipientCardProps) {
  const styles = useStyles();
  return (
    <div className={styles.missing}>
      <Text className={styles.missingTitle}>No profile yet — ask them</Text>
      <Text size={200}>
        Nobody has recorded how this client wants to be addressed, contacted or billed. The only way
        to know is to ask.
      </Text>
      {canCreate ? (
        <div className={styles.actions}>
          <EditButton
            size="small"
            icon={<PersonAdd16Regular />}
            aria-label={`Create profile for ${recipient.displayName}`}
            target={{ mode: "create", matchKey: recipient.address, recipient }}
            onEdit={onEdit}
          >
            Create profile
          </EditButton>
        </div>
      ) : null}
    </div>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{children}</dd>
    </>
  );
}

function Gap() {
  const styles = useStyles();
  return <span className={styles.gap}>{NOT_ASKED}</span>;
}

function textOrGap(value: string | undefined): ReactNode {
  return value ? value : <Gap />;
}

/**
 * A list, one entry per line as items of a list (audit 49c, 1): joined with ", " a single entry
 * typed "Acme, Globex, Initech" looked exactly like three, and only the three are checked.
 */
function Entries({
  values,
  label = (v) => v,
}: {
  values: readonly string[];
  label?: (v: string) => string;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.entries}>
      {values.map((value) => (
        <li key={value}>{label(value)}</li>
      ))}
    </ul>
  );
}

function listOrGap(values: readonly string[], label?: (v: string) => string): ReactNode {
  return values.length > 0 ? <Entries values={values} {...(label ? { label } : {})} /> : <Gap />;
}

/**
 * A list the client emptied by withdrawing its last value is an answer, not a gap: "Not asked
 * yet" would send the lawyer to ask again what the client has just told the firm.
 */
function listOrWithdrawn(
  profile: ClientProfile,
  field: keyof ClientProfile,
  values: readonly string[],
  label?: (v: string) => string,
): ReactNode {
  const withdrawn =
    values.length === 0 &&
    (profile.sources ?? []).some((source) => source.field === field && source.op === "remove");
  return withdrawn ? "None: the client withdrew the last one" : listOrGap(values, label);
}

function ProfileDetails(props: RecipientCardProps & { profile: ClientProfile }) {
  const { profile, recipient, now, canEdit, canCreate, onEdit } = props;
  const styles = useStyles();
  // No organisation profile at a consumer mail provider: it would apply to everyone there.
  const personalMail = usePersonalMailDomain(recipient.address);
  const fromOrganisation = profile.matchKey.startsWith("@");
  const months = profile.lastConfirmed ? monthsSince(profile.lastConfirmed, now) : undefined;
  const stale = months === undefined ? false : months > STALE_AFTER_MONTHS;
  const choice = (field: string, value: string | undefined) =>
    value ? choiceLabel(field, value) : <Gap />;

  return (
    <>
      {fromOrganisation ? (
        <Text size={200}>
          From the organisation profile ({profile.matchKey}); nothing recorded for this person yet.
        </Text>
      ) : null}
      {profile.fromParentDomains ? (
        <Text size={200}>{parentDomainsNote(profile, recipient.address)}</Text>
      ) : null}
      {profile.unreadable?.length ? (
        <Text size={200} className={styles.stale} role="note">
          <Warning16Filled aria-hidden="true" />
          {unreadableNotice(profile.unreadable)}
        </Text>
      ) : null}
      <dl className={styles.list}>
        <Row term="Preferred name">{textOrGap(profile.preferredName)}</Row>
        <Row term="Full name">{textOrGap(profile.fullName)}</Row>
        <Row term="Names to avoid">
          {listOrWithdrawn(profile, "avoidNames", profile.avoidNames)}
        </Row>
        <Row term="Preferred channels">
          {listOrWithdrawn(profile, "preferredChannels", profile.preferredChannels, channelLabel)}
        </Row>
        <Row term="Channels to avoid">
          {listOrWithdrawn(profile, "avoidChannels", profile.avoidChannels, channelLabel)}
        </Row>
        <Row term="Meeting platform">{choice("meetingPlatform", profile.meetingPlatform)}</Row>
        <Row term="Billing detail">{choice("billingDetail", profile.billingDetail)}</Row>
        <Row term="Refused billing entries">
          {listOrWithdrawn(profile, "bannedBillingPhrases", profile.bannedBillingPhrases)}
        </Row>
        <Row term="Competitors">{listOrWithdrawn(profile, "competitors", profile.competitors)}</Row>
        <Row term="Entertainment">{choice("entertainment", profile.entertainment)}</Row>
        <Row term="Topics to avoid">
          {listOrWithdrawn(profile, "avoidTopics", profile.avoidTopics)}
        </Row>
        <Row term="Status updates">{textOrGap(profile.statusUpdates)}</Row>
        <Row term="Notes">{textOrGap(profile.notes)}</Row>
        <Row term="Last confirmed">
          {profile.lastConfirmed ? (
            <>
              {profile.lastConfirmed}
              {months !== undefined ? ` (${confirmedAgo(months)})` : null}
              {stale ? (
                <span className={styles.stale}>
                  <Warning16Filled aria-hidden="true" />
                  Out of date: ask them to confirm
                </span>
              ) : null}
            </>
          ) : (
            <Gap />
          )}
        </Row>
      </dl>
      <Sources profile={profile} />
      {canEdit || canCreate ? (
        <div className={styles.actions}>
          {fromOrganisation ? (
            <>
              {canCreate ? (
                <EditButton
                  size="small"
                  icon={<PersonAdd16Regular />}
                  aria-label={`Add a profile for this person, ${recipient.displayName}`}
                  target={{ mode: "create", matchKey: recipient.address, recipient }}
                  onEdit={onEdit}
                >
                  Add a profile for this person
                </EditButton>
              ) : null}
              {canEdit ? (
                <EditButton
                  size="small"
                  appearance="subtle"
                  icon={<Edit16Regular />}
                  target={{ mode: "edit", matchKey: profile.matchKey, recipient }}
                  onEdit={onEdit}
                >
                  Edit {profile.matchKey} profile
                </EditButton>
              ) : null}
            </>
          ) : (
            <>
              {canEdit ? (
                <EditButton
                  size="small"
                  icon={<Edit16Regular />}
                  aria-label={`Edit profile for ${recipient.displayName}`}
                  target={{ mode: "edit", matchKey: profile.matchKey, recipient }}
                  onEdit={onEdit}
                >
                  Edit profile
                </EditButton>
              ) : null}
              {/* Only what exists can be edited: no create form posing as an edit. */}
              {props.organisationExists === true && canEdit ? (
                <EditButton
                  size="small"
                  appearance="subtle"
                  aria-label={`Edit organisation profile, ${domainKey(recipient.address)}`}
                  target={{ mode: "edit", matchKey: domainKey(recipient.address), recipient }}
                  onEdit={onEdit}
                >
                  Edit organisation profile
                </EditButton>
              ) : null}
              {props.organisationExists === false && canCreate && personalMail === false ? (
                <EditButton
                  size="small"
                  appearance="subtle"
                  aria-label={`Create organisation profile, ${domainKey(recipient.address)}`}
                  target={{ mode: "create", matchKey: domainKey(recipient.address), recipient }}
                  onEdit={onEdit}
                >
                  Create organisation profile
                </EditButton>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </>
  );
}
