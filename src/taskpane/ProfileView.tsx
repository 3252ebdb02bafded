import { makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import type { ClientProfile } from "../core/profile";
import type { PaneRecipient } from "./recipients";
import { RecipientCard, type AskRequest, type EditTarget } from "./RecipientCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export interface ProfileViewProps {
  recipients: readonly PaneRecipient[];
  profiles: ReadonlyMap<string, ClientProfile | undefined>;
  /** True until the first lookup finishes: nothing reliable to show yet. */
  loading: boolean;
  lookupFailed: boolean;
  now: Date;
  canEdit: boolean;
  canCreate: boolean;
  onEdit: (target: EditTarget) => void;
  /** Whether each `@domain` has a stored organisation profile, where known. */
  organisations?: ReadonlyMap<string, boolean>;
  /** Compose only: "Ask <first name>" inserts questions at the cursor. */
  onAsk?: (request: AskRequest) => void;
  /** The address an Ask is being inserted for. */
  asking?: string;
}

/** One card per recipient of the open item. */
export function ProfileView(props: ProfileViewProps) {
  const styles = useStyles();
  if (props.loading) return <Spinner size="small" label="Looking up client profiles…" />;
  if (props.recipients.length === 0)
    return <Text>Add a recipient to see what their client has told the firm.</Text>;
  return (
    <div className={styles.root}>
      {props.recipients.map((recipient) => (
        <RecipientCard
          key={recipient.address || recipient.displayName}
          recipient={recipient}
          profile={recipient.address ? props.profiles.get(recipient.address) : undefined}
          profileUnknown={props.lookupFailed}
          now={props.now}
          canEdit={props.canEdit}
          canCreate={props.canCreate}
          onEdit={props.onEdit}
          {...(props.onAsk ? { onAsk: props.onAsk } : {})}
          asking={props.asking !== undefined}
          organisationExists={props.organisations?.get(
            recipient.address.slice(recipient.address.lastIndexOf("@")),
          )}
        />
      ))}
    </div>
  );
}
