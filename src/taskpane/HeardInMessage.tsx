/**
 * "Heard in this message" (issue 14, point 1): in read mode, the preferences the client states in
 * the message they wrote now, each a card with the field, the value and their words. Nothing is
 * written until the lawyer presses "Add to profile" (or "Still true" for what the profile already
 * holds, or "Remove from profile" for a value on file the client withdraws). Lazy-loaded by App.tsx, so listening adds nothing to the pane's first load.
 */
import {
  Button,
  Caption1,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Add16Regular, Checkmark16Regular, Delete16Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { Suggestion } from "../core/listen";
import { normaliseAddress } from "../core/profile";
import { singleLine } from "../core/text/single-line";
import type { ItemAdapter } from "../office/item-adapter";
import type { ProfileSource, StoredProfile } from "../profiles/source";
import {
  hearMessage,
  ListeningError,
  SuggestionRecorder,
  targetKey,
  type Heard,
  type StoredByKey,
} from "./listening";
import { errorText, fieldLabel, lookupFailureReason, valueInWords } from "./wording";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  card: { padding: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  cardHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  value: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface HeardInMessageProps {
  adapter: ItemAdapter;
  profiles: ProfileSource;
  /** The firm's domains: a colleague's message is not listened to. */
  firmDomains: readonly string[];
  /** After a save: the profile view looks the profiles up again. */
  onRecorded: (stored: StoredProfile) => void;
  /** The pane's "Last action" live region. */
  onAnnounce: (text: string) => void;
}

type Status =
  { state: "listening" } | { state: "failed"; error: unknown } | { state: "done"; heard: Heard };

/** Per suggestion: saving, saved, or why not. */
type CardOutcome = { saving: true } | { saved: string } | { failed: string };

function suggestionKey(s: Suggestion): string {
  return `${s.profile}|${s.field}|${s.value}|${s.start}`;
}

/**
 * A withdrawal in a lawyer's words: what is no longer true of the client once the value leaves
 * its list ("Phone calls are no longer avoided").
 */
function withdrawnInWords(field: string, value: string): string {
  switch (field) {
    case "avoidChannels":
      return `${value}: no longer avoided`;
    case "preferredChannels":
      return `${value}: no longer preferred`;
    case "avoidNames":
      return `“${value}” is no longer a name to avoid`;
    case "bannedBillingPhrases":
      return `“${value}” is no longer refused on invoices`;
    case "competitors":
      return `${value} is no longer a competitor`;
    case "avoidTopics":
      return `${value} is no longer a topic to avoid`;
    default:
      return `${value} is withdrawn`;
  }
}

/** "Megge Anderson's profile", "the @coca-cola.example profile (everyone there)". */
function profileName(matchKey: string, personName: string): string {
  return matchKey.startsWith("@")
    ? `the ${matchKey} profile (everyone there)`
    : `${personName}’s profile`;
}

export function HeardInMessage({
  adapter,
  profiles,
  firmDomains,
  onRecorded,
  onAnnounce,
}: HeardInMessageProps) {
  const styles = useStyles();
  const headingId = useId();
  const [status, setStatus] = useState<Status>({ state: "listening" });
  const [stored, setStored] = useState<StoredByKey>(new Map());
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, CardOutcome>>(new Map());
  /** Saves to one profile go one after another, each with the eTag the one before returned. */
  const recorder = useRef<SuggestionRecorder>();

  useEffect(() => {
    let cancelled = false;
    hearMessage(adapter, profiles, firmDomains).then(
      (heard) => {
        if (cancelled) return;
        if (heard.kind === "heard") {
          recorder.current = new SuggestionRecorder(profiles, heard.stored);
          setStored(heard.stored);
        }
        setStatus({ state: "done", heard });
      },
      (error: unknown) => !cancelled && setStatus({ state: "failed", error }),
    );
    return () => {
      cancelled = true;
    };
    // firmDomains is compared by content: a new array each render must not listen again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [adapter, profiles, firmDomains.join(",")]);

  const record = useCallback(
    async (heard: Heard & { kind: "heard" }, suggestion: Suggestion, label: string) => {
      const key = suggestionKey(suggestion);
      setOutcomes((m) => new Map(m).set(key, { saving: true }));
      const queue = (recorder.current ??= new SuggestionRecorder(profiles, stored));
      const { matchKey, outcome: recording } = queue.record(suggestion, heard.message);
      const outcome = await recording;
      setStored(queue.stored);
      if (outcome.ok) {
        const whose = profileName(matchKey, personName(heard, matchKey, queue.stored));
        const withheld = outcome.stored.withheld ?? [];
        const done = `${
          suggestion.alreadyKnown
            ? `Confirmed: ${label} is still true.`
            : suggestion.op === "remove"
              ? `Removed from ${whose}: ${label}.`
              : `Added to ${whose}: ${label}.`
        }${withheld.length > 0 ? ` Not recorded: ${withheld.map(fieldLabel).join(", ")}, which could not be read in this profile and ${withheld.length === 1 ? "is left as it is" : "are left as they are"} in SharePoint.` : ""}`;
        setOutcomes((m) => new Map(m).set(key, { saved: done }));
        onAnnounce(done);
        onRecorded(outcome.stored);
        return;
      }
      const failed = `Not saved. ${outcome.reason}`;
      setOutcomes((m) => new Map(m).set(key, { failed }));
      onAnnounce(failed);
    },
    [profiles, stored, onRecorded, onAnnounce],
  );

  let content;
  if (status.state === "listening") {
    content = <Spinner size="extra-small" label="Listening to this message…" />;
  } else if (status.state === "failed") {
    const error = status.error;
    const profilesFailed = error instanceof ListeningError && error.stage === "profiles";
    const cause = error instanceof ListeningError ? error.cause : error;
    const reason = profilesFailed ? lookupFailureReason(cause) : undefined;
    content = (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>
            {profilesFailed
              ? `Nothing can be heard: ${reason!.title}`
              : "This message could not be read, so nothing was heard."}
          </MessageBarTitle>
          {reason?.detail ?? errorText(cause)}
        </MessageBarBody>
      </MessageBar>
    );
  } else if (status.heard.kind === "colleague") {
    content = <Text>This message is from a colleague: Rapport listens to clients only.</Text>;
  } else if (status.heard.suggestions.length === 0) {
    content = <Text>Nothing heard: this message states no preference Rapport recognises.</Text>;
  } else {
    const heard = status.heard;
    content = heard.suggestions.map((suggestion) => {
      const matchKey = targetKey(suggestion, stored);
      return (
        <SuggestionCard
          key={suggestionKey(suggestion)}
          suggestion={suggestion}
          person={personName(heard, matchKey, stored)}
          targetKey={matchKey}
          newOrganisation={matchKey.startsWith("@") && !stored.get(matchKey)}
          outcome={outcomes.get(suggestionKey(suggestion))}
          canSave={Boolean(profiles.save && profiles.get)}
          onRecord={(label) => void record(heard, suggestion, label)}
        />
      );
    });
  }

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 className={styles.heading} id={headingId}>
        Heard in this message
      </h3>
      {content}
    </section>
  );
}

/**
 * Whose person profile `matchKey` is, by name: the sender, or a principal they write for (by the
 * stored profile's full name, else the name on the message's To/Cc, else the address).
 */
function personName(heard: Heard, matchKey: string, stored: StoredByKey): string {
  const { from, recipients } = heard.message;
  if (normaliseAddress(from.address) === matchKey) return singleLine(from.name || from.address);
  const named =
    stored.get(matchKey)?.profile.fullName ||
    recipients?.find((r) => normaliseAddress(r.address) === matchKey)?.name;
  return singleLine(named || matchKey);
}

function SuggestionCard({
  suggestion,
  person,
  targetKey: matchKey,
  newOrganisation,
  outcome,
  canSave,
  onRecord,
}: {
  suggestion: Suggestion;
  /** The name of the person whose profile `targetKey` is. */
  person: string;
  targetKey: string;
  /**
   * Harm audit 48a, finding 1: an organisation profile the firm does not keep yet. The card says
   * plainly that a click starts it for everyone who writes from the domain (a home ISP the list
   * of personal mail lacks would otherwise pass for a client's company).
   */
  newOrganisation: boolean;
  outcome: CardOutcome | undefined;
  canSave: boolean;
  onRecord: (label: string) => void;
}) {
  const styles = useStyles();
  const headingId = useId();
  const field = fieldLabel(suggestion.field);
  const value = singleLine(valueInWords(suggestion.field, suggestion.value));
  const removal = suggestion.op === "remove";
  const label = `${field} → ${value}`;
  const saving = outcome !== undefined && "saving" in outcome;
  const saved = outcome !== undefined && "saved" in outcome;
  const whose = profileName(matchKey, person);
  return (
    <Card className={styles.card} role="article" aria-labelledby={headingId}>
      <h4 className={styles.cardHeading} id={headingId}>
        {field}
      </h4>
      <Text className={styles.value}>
        {removal ? withdrawnInWords(suggestion.field, value) : value}
      </Text>
      <blockquote className={styles.quote}>“{singleLine(suggestion.quote)}”</blockquote>
      <Caption1 className={styles.muted}>
        {suggestion.alreadyKnown
          ? `Already in ${whose}.`
          : removal
            ? `Withdrawn by the client: removes it from ${whose}.`
            : `${suggestion.op === "set" ? "Sets" : "Adds to"} ${whose}.`}
        {newOrganisation && !removal
          ? ` No profile is kept for ${matchKey} yet: this starts one, and it applies to everyone who writes from an ${matchKey} address.`
          : ""}
      </Caption1>
      {outcome && "saved" in outcome ? (
        <MessageBar intent="success">
          <MessageBarBody>{outcome.saved}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome && "failed" in outcome ? (
        <MessageBar intent="error">
          <MessageBarBody>{outcome.failed}</MessageBarBody>
        </MessageBar>
      ) : null}
      {canSave && !saved ? (
        <div className={styles.actions}>
          {suggestion.alreadyKnown ? (
            <Button
              size="small"
              icon={<Checkmark16Regular />}
              disabled={saving}
              aria-label={`Still true: ${label} (refresh when it was last confirmed)`}
              onClick={() => onRecord(label)}
            >
              Still true
            </Button>
          ) : removal ? (
            <Button
              size="small"
              appearance="primary"
              icon={<Delete16Regular />}
              disabled={saving}
              aria-label={`Remove from profile: ${label}`}
              onClick={() => onRecord(label)}
            >
              Remove from profile
            </Button>
          ) : (
            <Button
              size="small"
              appearance="primary"
              icon={<Add16Regular />}
              disabled={saving}
              aria-label={`Add to profile: ${label}${newOrganisation ? ` (a new profile for everyone at ${matchKey})` : ""}`}
              onClick={() => onRecord(label)}
            >
              Add to profile
            </Button>
          )}
        </div>
      ) : null}
    </Card>
  );
}
