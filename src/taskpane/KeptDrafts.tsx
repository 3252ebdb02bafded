import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import { draftProfileName, draftTime, type ProfileDraft } from "./profile-drafts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface KeptDraftsProps {
  /** This mailbox's kept changes, newest first. */
  drafts: readonly ProfileDraft[];
  now: Date;
  /** Opens the editor with the kept changes put back. */
  onRestore: (draft: ProfileDraft) => void;
  /** Drops them; `said` is what the live region announces. */
  onDiscard: (draft: ProfileDraft, said: string) => void;
}

/**
 * "You have unsaved changes to Megge Anderson’s profile from 10:42 — Restore / Discard": one bar
 * per profile whose editor was closed with typed changes (the pane closed). Names come from the
 * stored draft and are shown as text only.
 */
export function KeptDrafts({ drafts, now, onRestore, onDiscard }: KeptDraftsProps) {
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  return (
    <div className={styles.root} ref={root}>
      {drafts.map((draft) => {
        const name = draftProfileName(draft);
        const time = draftTime(draft.savedAt, now);
        return (
          <MessageBar key={draft.matchKey} intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{`You have unsaved changes to ${name} from ${time}.`}</MessageBarTitle>
              They were kept when the pane closed.
            </MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                appearance="primary"
                aria-label={`Restore your changes to ${name}`}
                onClick={() => onRestore(draft)}
              >
                Restore
              </Button>
              <Button
                size="small"
                aria-label={`Discard your changes to ${name}`}
                onClick={() => {
                  onDiscard(draft, `Discarded your unsaved changes to ${name} from ${time}.`);
                  // Focus to the next kept change, or to the pane's first tab: not to the page.
                  setTimeout(() => {
                    const next = root.current?.querySelector<HTMLElement>("button");
                    (next ?? document.getElementById("rapport-tab-profile"))?.focus();
                  }, 0);
                }}
              >
                Discard
              </Button>
            </MessageBarActions>
          </MessageBar>
        );
      })}
    </div>
  );
}
