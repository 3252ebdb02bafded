import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { memo, useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { usePersonalMailDomain } from "./use-personal-mail-domain";
import {
  PROFILE_FIELDS,
  type ClientProfile,
  type ProfileFieldInfo,
  type ProfileOrigin,
  type UnreadableField,
} from "../core/profile";
import {
  ProfileConflictError,
  ProfileSourceError,
  type ProfileSource,
  type StoredProfile,
} from "../profiles/source";
import {
  changedFields,
  emptyForm,
  entriesOf,
  formFromProfile,
  isoDay,
  linesWithCommas,
  splitLine,
  validateForm,
  type ProfileFormValues,
} from "./profile-form";
import type { EditTarget } from "./RecipientCard";
import {
  draftChanges,
  draftProfileName,
  draftTime,
  type ProfileDraft,
  type ProfileDrafts,
} from "./profile-drafts";
import {
  channelLabel,
  choiceLabel,
  errorText,
  lookupFailureReason,
  unreadableChangeNotice,
  unreadableEditorNotice,
} from "./wording";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  // Controls take the pane's width, never more: nothing clips at 320 px or scrolls at 200 px.
  control: { width: "100%", maxWidth: "100%", minWidth: 0, boxSizing: "border-box" },
  // A one-line value shown wrapped, never cut off: the box grows with its text (field-sizing,
  // where the browser has it; two rows otherwise for a long value).
  oneLine: {
    "& textarea": { fieldSizing: "content", minHeight: "unset", resize: "none" } as never,
  },
  field: { minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  pending: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  confirm: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** Hints under the fields whose format is not obvious. */
const HINTS: Partial<Record<keyof ClientProfile, string>> = {
  avoidNames: "One per line.",
  preferredChannels: "One per line, e.g. email, teams.",
  avoidChannels: "One per line, e.g. phone, sms, whatsapp, zoom.",
  bannedBillingPhrases: "One per line, as they appear on an invoice.",
  // Products and sub-brands are not inferred from the company (Gatorade from PepsiCo): say so.
  // The example has no commas: a hint written "PepsiCo, Pepsi, Gatorade" taught one line with
  // commas, which is one entry (audit 49c, 1).
  competitors:
    "One brand per line; list the products and sub-brands to avoid too, each on its own line (for PepsiCo: Pepsi and Gatorade as well): only names listed here are flagged.",
  avoidTopics: "One per line.",
  lastConfirmed: "yyyy-mm-dd",
};

/**
 * Fields the editor shows as controls; the match key is handled separately, and sources are
 * recorded from the client's messages, not typed (they are kept through a save).
 */
const EDITABLE_FIELDS = PROFILE_FIELDS.filter((f) => f.key !== "matchKey" && f.type !== "sources");

/** Words a lawyer uses, where the list's column names are an administrator's. */
const LABELS: Partial<Record<keyof ClientProfile, string>> = {
  title: "Label",
  matchKey: "Applies to",
};

function labelOf(field: ProfileFieldInfo): string {
  return LABELS[field.key] ?? field.label;
}

/**
 * What a person's profile takes from the organisation's for one field, in words: single values
 * apply while the person's own is empty, lists are added to the person's, notes are read with the
 * person's (mergeProfiles).
 */
export function inheritedHint(
  field: ProfileFieldInfo,
  organisation: ClientProfile | undefined,
): string | undefined {
  if (!organisation || field.key === "matchKey" || field.key === "title") return undefined;
  const value = organisation[field.key];
  const from = `From ${organisation.matchKey}`;
  if (Array.isArray(value)) {
    // Lists of words only (not the record of where preferences were heard).
    const words = value.filter((item): item is string => typeof item === "string");
    if (words.length === 0) return undefined;
    const shown = field.key.endsWith("Channels") ? words.map(channelLabel) : words;
    // "; " between entries: a comma may be inside one ("Smith, Jones & Co").
    return `${from} (added to these): ${shown.join("; ")}`;
  }
  if (typeof value !== "string" || !value) return undefined;
  // Notes are joined, not replaced (mergeProfiles): the organisation's are read as well.
  if (field.key === "notes") return `${from} (read with these): ${value}`;
  return `${from}: ${field.type === "choice" ? choiceLabel(field.key, value) : value}`;
}

export interface ProfileEditorProps {
  target: EditTarget;
  source: ProfileSource;
  now: Date;
  /** Called after a successful save with what was stored. */
  onSaved: (stored: StoredProfile) => void;
  onCancel: () => void;
  /** Told whenever the form starts or stops holding typed changes not saved yet. */
  onUnsavedChange?: (unsaved: boolean) => void;
  /** The pane's "Last action" live region: a failed save and a conflict are announced. */
  onAnnounce?: (text: string) => void;
  /**
   * Where this mailbox's unsaved edits are kept while the lawyer types (profile-drafts.ts), so
   * closing the pane does not lose them; omitted: nothing is kept.
   */
  drafts?: ProfileDrafts;
  /** Opened from the pane's "Restore": put the kept changes back at once, without asking. */
  restoreDraft?: boolean;
}

/** How long typing pauses before the draft is written (and at once when the page is hidden). */
export const DRAFT_DELAY_MS = 400;

/** What a conflict brought: the colleague's changes, for the bar that says what happened. */
interface Conflict {
  /** Fields the other person changed, with their value now. */
  theirs: { key: keyof ClientProfile; value: string }[];
  /** Fields both changed: the lawyer's value is in the form, theirs is named. */
  both: (keyof ClientProfile)[];
  /** The lawyer changed something (their changes are in the form, unsaved). */
  mine: boolean;
  /** The stored version, for "Keep theirs". */
  stored: ProfileFormValues;
  /**
   * Found when kept changes were restored (the time they were kept): only the fields both
   * changed are known, not everything they changed.
   */
  since?: string;
}

/**
 * The lawyer's changes (`typed` against `before`) put over what is stored now (`values`), per
 * field; a field that is unreadable now is left out and named (a save could not write it).
 */
function keepMineOver(
  values: ProfileFormValues,
  skipped: ReadonlySet<string>,
  before: ProfileFormValues,
  typed: ProfileFormValues,
) {
  const changed = changedFields(before, typed);
  const merged: ProfileFormValues = { ...values };
  const left: { field: string; value: string }[] = [];
  for (const key of changed) {
    if (skipped.has(key)) left.push({ field: key, value: typed[key] ?? "" });
    else merged[key] = typed[key];
  }
  const theirs = changedFields(before, values).filter((key) => key !== "sources");
  return {
    merged,
    left,
    theirs: theirs.map((key) => ({ key, value: values[key] })),
    both: theirs.filter((key) => changed.includes(key) && !skipped.has(key)),
    mine: changed.length > left.length,
  };
}

function fieldName(key: string): string {
  const field = PROFILE_FIELDS.find((f) => f.key === key);
  return field ? labelOf(field) : key;
}

/** "Notes, Competitors": the fields kept changes are for. */
function changedNames(draft: ProfileDraft): string {
  return Object.keys(draft.changes).map(fieldName).join(", ");
}

/** A field's text for a sentence: list lines joined with "; " (a comma may be in an entry). */
function shownValue(value: string | undefined): string {
  const text = (value ?? "").trim();
  return text ? `“${text.split(/\r?\n/).join("; ")}”` : "empty";
}

type Phase = "loading" | "ready" | "load-failed";

/** Edit or create one stored profile, validated with the core parser before it is saved. */
export function ProfileEditor({
  target,
  source,
  now,
  onSaved,
  onCancel,
  onUnsavedChange,
  onAnnounce,
  drafts,
  restoreDraft,
}: ProfileEditorProps) {
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>(target.mode === "edit" ? "loading" : "ready");
  const [creating, setCreating] = useState(target.mode === "create");
  const [loadError, setLoadError] = useState<unknown>();
  const [origin, setOrigin] = useState<ProfileOrigin | undefined>();
  /** Stored fields that could not be read: shown as such, and never written by a save. */
  const [unreadable, setUnreadable] = useState<readonly UnreadableField[]>([]);
  const [original, setOriginal] = useState<ProfileFormValues>(() => emptyForm(target.matchKey));
  const [form, setForm] = useState<ProfileFormValues>(() => emptyForm(target.matchKey));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof ClientProfile, string[]>>>(
    {},
  );
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [saveError, setSaveError] = useState<string>();
  const [conflict, setConflict] = useState<Conflict>();
  /** Changes a conflict did not carry over: their field has since become unreadable. */
  const [notReapplied, setNotReapplied] = useState<string>();
  /** Save was pressed with list lines holding commas: ask about them until answered. */
  const [askCommas, setAskCommas] = useState(false);
  /** Lines answered "Keep as one entry" ("field\nline"). */
  const [keptAsOne, setKeptAsOne] = useState<ReadonlySet<string>>(new Set());
  const [nothingToSave, setNothingToSave] = useState(false);
  const [saving, setSaving] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  /** The organisation's stored profile, whose values a person's profile inherits. */
  const [organisation, setOrganisation] = useState<ClientProfile>();
  /** Whether the organisation's profile exists (undefined while unknown), for the scope choice. */
  const [organisationExists, setOrganisationExists] = useState<boolean>();
  const personalMail = usePersonalMailDomain(target.recipient.address);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const keepEditingRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const headingId = `rapport-editor-${target.matchKey.replace(/[^a-z0-9]/gi, "-")}`;
  /** Changes kept when a pane closed, offered back ("Restore / Discard") until answered. */
  const [offer, setOffer] = useState<ProfileDraft>();
  /** Whether kept changes were looked for: nothing is written over them before that. */
  const [draftChecked, setDraftChecked] = useState(false);
  /** Saved or closed: nothing is written any more. */
  const finished = useRef(false);
  const pendingDraft = useRef<(() => void) | undefined>(undefined);
  const draftTimer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    if (target.mode !== "edit") return;
    let cancelled = false;
    const load = async () => {
      try {
        const stored = source.get ? await source.get(target.matchKey) : undefined;
        if (cancelled) return;
        if (stored) {
          const values = formFromProfile(stored.profile);
          setOriginal(values);
          setForm(values);
          setOrigin(stored.origin);
          setUnreadable(stored.profile.unreadable ?? []);
        } else setCreating(true);
        setPhase("ready");
      } catch (error) {
        if (cancelled) return;
        setLoadError(error);
        setPhase("load-failed");
      }
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [source, target]);

  // A person's profile inherits from the organisation's: load it to show what applies.
  const organisationKey = target.matchKey.startsWith("@")
    ? undefined
    : target.matchKey.slice(target.matchKey.lastIndexOf("@"));
  useEffect(() => {
    if (!organisationKey || !source.get) return;
    let cancelled = false;
    source.get(organisationKey).then(
      (stored) => {
        if (cancelled) return;
        setOrganisation(stored?.profile);
        setOrganisationExists(stored !== undefined);
      },
      () => undefined, // shown without inherited values; the scope stays the person only
    );
    return () => {
      cancelled = true;
    };
  }, [source, organisationKey]);

  useEffect(() => {
    if (confirmingDiscard) keepEditingRef.current?.focus();
  }, [confirmingDiscard]);

  // Focus on the editor's heading once it shows, so a screen reader starts there.
  useEffect(() => {
    if (phase === "ready") headingRef.current?.focus();
  }, [phase]);

  // Stable, so each memoised field re-renders only when its own value or errors change.
  const setValue = useCallback(
    (key: keyof ClientProfile, value: string) =>
      setForm((current) => ({ ...current, [key]: value })),
    [],
  );

  const focusFirstInvalid = (keys: string[]) => {
    // Wait for React to render the messages, then take the lawyer to the first one.
    setTimeout(() => {
      const first = keys[0];
      const control = first
        ? formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)
        : undefined;
      control?.focus();
    }, 0);
  };

  const commaLines = askCommas ? linesWithCommas(original, form, keptAsOne) : {};

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving || !source.save || offer) return;
    setSaveError(undefined);
    setNothingToSave(false);
    const validation = validateForm(form, now);
    if (!validation.ok) {
      setFieldErrors(validation.byField);
      setGeneralErrors(validation.general);
      focusFirstInvalid(PROFILE_FIELDS.map((f) => f.key).filter((key) => validation.byField[key]));
      return;
    }
    setFieldErrors({});
    setGeneralErrors([]);
    // "Acme, Globex, Initech" on one line is one entry: ask before it is saved as one.
    const withCommas = linesWithCommas(original, form, keptAsOne);
    if (Object.keys(withCommas).length > 0) {
      setAskCommas(true);
      focusFirstInvalid(PROFILE_FIELDS.map((f) => f.key).filter((key) => withCommas[key]));
      return;
    }
    // Nothing changed (a conflict can leave nothing to re-apply): nothing is written, and the
    // editor does not claim it saved anything.
    if (!creating && changedFields(original, form).length === 0) {
      setNothingToSave(true);
      onAnnounce?.("Nothing to save: the profile is as stored.");
      return;
    }
    setNotReapplied(undefined);
    setSaving(true);
    try {
      const stored = await source.save(validation.profile, creating ? undefined : origin);
      const withheld = stored.withheld ?? [];
      if (withheld.length === 0) {
        finish();
        onSaved(stored);
        return;
      }
      // Some of the change was not written: SharePoint holds a value there that Rapport cannot
      // read. Never "Saved": stay open on what is stored now and name what was not saved.
      const others = changedFields(original, form).some(
        (key) => !(withheld as readonly string[]).includes(key),
      );
      const values = formFromProfile(stored.profile);
      setOriginal(values);
      setForm(values);
      setOrigin(stored.origin);
      setUnreadable(stored.profile.unreadable ?? []);
      setCreating(false);
      const notice = `${unreadableChangeNotice(
        withheld.map((field) => ({ field, value: form[field as keyof ProfileFormValues] ?? "" })),
        "saved",
      )}${others ? " Your other changes were saved." : ""}`;
      setSaveError(notice);
      onAnnounce?.(`Not saved. ${notice}`);
    } catch (error) {
      if (error instanceof ProfileSourceError && error.kind === "conflict")
        await reload(error instanceof ProfileConflictError ? error.current : undefined);
      else {
        const reason = `${lookupFailureReason(error).title} ${errorText(error)}`.trim();
        setSaveError(reason);
        onAnnounce?.(`Not saved. ${reason} What you typed is kept.`);
      }
    } finally {
      setSaving(false);
    }
  };

  /**
   * After a conflict (audit 49c, 2): load what is stored now and put the lawyer's changes back
   * over it at once, unsaved against the new eTag. The form then still counts as changed, so Save
   * writes them (it used to store the colleague's version and say "Saved"), Cancel asks, and a
   * pinned pane keeps the editor. A change to a field that has become unreadable is left out and
   * named: a save could not write it.
   */
  const reload = async (current?: StoredProfile) => {
    const before = original;
    const typed = form;
    const changed = changedFields(before, typed);
    try {
      // The source may hand over what is stored now with the conflict; otherwise fetch it.
      const stored = current ?? (source.get ? await source.get(form.matchKey) : undefined);
      const values = stored ? formFromProfile(stored.profile) : emptyForm(form.matchKey);
      const skipped = new Set<string>((stored?.profile.unreadable ?? []).map((u) => u.field));
      const { merged, left, theirs, both, mine } = keepMineOver(values, skipped, before, typed);
      setOriginal(values);
      setForm(merged);
      setOrigin(stored?.origin);
      setUnreadable(stored?.profile.unreadable ?? []);
      setCreating(!stored);
      setConflict({ theirs, both, mine, stored: values });
      setNotReapplied(left.length > 0 ? unreadableChangeNotice(left, "re-applied") : undefined);
      onAnnounce?.(
        `Not saved: someone else saved this profile while you were editing. ${
          changed.length > left.length
            ? "Your changes are kept over their version and are not saved yet: check them, then save again."
            : "It shows their version now."
        }`,
      );
    } catch (error) {
      // Could not reload: keep the typed form as it is so nothing is lost.
      const reason = `Someone else changed this profile, and reloading it failed: ${errorText(error)}`;
      setSaveError(reason);
      onAnnounce?.(`Not saved. ${reason} What you typed is kept.`);
    }
  };

  const unsaved = changedFields(original, form).length > 0;
  useEffect(() => onUnsavedChange?.(unsaved), [onUnsavedChange, unsaved]);

  /** Writes what is waiting to be written now (typing paused, the page hidden, unmounted). */
  const flushDraft = useCallback(() => {
    clearTimeout(draftTimer.current);
    const write = pendingDraft.current;
    pendingDraft.current = undefined;
    write?.();
  }, []);

  /**
   * Saved, or closed by the lawyer: nothing more is written, and the kept changes go, unless
   * `keep` (kept changes offered and not answered yet: closing is no answer to the offer).
   */
  const finish = (keep = false) => {
    finished.current = true;
    clearTimeout(draftTimer.current);
    pendingDraft.current = undefined;
    if (!keep) drafts?.remove(target.matchKey);
  };

  // The form, as the lawyer types, kept for the next open (debounced); a form back as stored
  // removes it. Not before kept changes were looked for, nor while they are offered (typing
  // then would overwrite them).
  useEffect(() => {
    if (!drafts || phase !== "ready" || !draftChecked || offer || finished.current) return;
    const recipient = {
      address: target.recipient.address,
      displayName: target.recipient.displayName,
    };
    const etag = origin?.etag;
    const changes = draftChanges(original, form);
    pendingDraft.current = () => {
      if (finished.current) return;
      drafts.put({
        matchKey: target.matchKey,
        mode: target.mode,
        recipient,
        ...(etag !== undefined ? { etag } : {}),
        changes,
      });
    };
    clearTimeout(draftTimer.current);
    draftTimer.current = setTimeout(flushDraft, DRAFT_DELAY_MS);
  }, [drafts, phase, draftChecked, offer, original, form, origin, target, flushDraft]);

  // Office gives a pane no close event it could veto; pagehide (or the page hidden) is the
  // last moment a write can be made, so what waits is written then.
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flushDraft();
    };
    window.addEventListener("pagehide", flushDraft);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", flushDraft);
      document.removeEventListener("visibilitychange", onVisibility);
      flushDraft();
    };
  }, [flushDraft]);

  /**
   * Kept changes back in the form. Where the profile was saved by someone else since (another
   * eTag, or a field's stored value no longer the one the lawyer started from), the conflict
   * handling applies: the lawyer's changes over theirs, per field, unsaved.
   */
  const restore = (draft: ProfileDraft) => {
    const domain = target.recipient.address.slice(target.recipient.address.lastIndexOf("@"));
    const before: ProfileFormValues = { ...original };
    const typed: ProfileFormValues = { ...form };
    for (const [key, change] of Object.entries(draft.changes) as [
      keyof ClientProfile,
      { from: string; to: string },
    ][]) {
      // The scope is only chosen for a new profile, and only between these two.
      if (
        key === "matchKey" &&
        (!creating || (change.to !== target.matchKey && change.to !== domain))
      )
        continue;
      before[key] = change.from;
      typed[key] = change.to;
    }
    const skipped = new Set<string>(unreadable.map((u) => u.field));
    const { merged, left, theirs, both, mine } = keepMineOver(original, skipped, before, typed);
    const since = draftTime(draft.savedAt, now);
    const changedSince = draft.etag !== origin?.etag || theirs.length > 0;
    setOffer(undefined);
    setForm(merged);
    setNotReapplied(left.length > 0 ? unreadableChangeNotice(left, "re-applied") : undefined);
    if (changedSince) {
      setConflict({ theirs, both, mine, stored: original, since });
      onAnnounce?.(
        `Restored your unsaved changes from ${since}. Someone else saved this profile since: your changes are kept over their version and are not saved yet.`,
      );
    } else
      onAnnounce?.(
        `Restored your unsaved changes from ${since}: check them, then press Save profile.`,
      );
    setTimeout(() => headingRef.current?.focus(), 0);
  };

  const discardKept = () => {
    if (!offer) return;
    drafts?.remove(target.matchKey);
    setOffer(undefined);
    onAnnounce?.(`Discarded your unsaved changes from ${draftTime(offer.savedAt, now)}.`);
    setTimeout(() => headingRef.current?.focus(), 0);
  };

  // Once the profile is loaded: changes kept for it are put back (opened from the pane's
  // Restore) or offered.
  useEffect(() => {
    if (phase !== "ready" || draftChecked) return;
    setDraftChecked(true);
    const kept = drafts?.get(target.matchKey);
    if (!kept) return;
    if (restoreDraft) restore(kept);
    else {
      setOffer(kept);
      onAnnounce?.(
        `You have unsaved changes to ${draftProfileName(kept)} from ${draftTime(kept.savedAt, now)}: restore or discard them.`,
      );
    }
    // Once per editor, with the state of the render that finished loading.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phase, draftChecked]);

  /** Cancel asks first when something was typed: nothing is discarded by accident. */
  const cancel = () => {
    if (unsaved && !saving) setConfirmingDiscard(true);
    else {
      finish(offer !== undefined);
      onCancel();
    }
  };

  /** "Keep theirs": the stored version as it is, the lawyer's changes dropped (they chose so). */
  const keepTheirs = () => {
    if (!conflict) return;
    setForm(conflict.stored);
    setConflict(undefined);
    onAnnounce?.("Your changes were dropped: the form shows their version.");
    setTimeout(() => headingRef.current?.focus(), 0);
  };

  /** A line with commas: split it into entries, or keep it as one; then back to its field. */
  const answerCommas = useCallback((key: keyof ClientProfile, line: string, split: boolean) => {
    if (split) setForm((current) => ({ ...current, [key]: splitLine(current[key], line) }));
    else setKeptAsOne((current) => new Set(current).add(`${key}\n${line}`));
    setTimeout(
      () => formRef.current?.querySelector<HTMLElement>(`[data-field="${key}"]`)?.focus(),
      0,
    );
  }, []);

  const who = target.recipient.displayName;
  const title = creating
    ? target.matchKey.startsWith("@")
      ? `New profile for everyone at ${target.matchKey}`
      : `New profile for ${who}`
    : `Edit profile: ${target.matchKey.startsWith("@") ? target.matchKey : who}`;

  if (phase === "loading")
    return <Spinner size="small" label={`Loading the profile for ${target.matchKey}…`} />;
  if (phase === "load-failed") {
    const reason = lookupFailureReason(loadError);
    return (
      <div className={styles.form}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>The profile could not be loaded.</MessageBarTitle>
            {reason.title} {reason.detail}
          </MessageBarBody>
        </MessageBar>
        <div className={styles.actions}>
          <Button onClick={onCancel}>Back</Button>
        </div>
      </div>
    );
  }

  // The choice of scope only where neither profile exists yet: offering "Everyone at @x" when
  // @x has a profile would end in a conflict nobody caused; and never at a consumer mail provider,
  // where everyone at @gmail.com is everyone who uses Gmail (known once its list has loaded).
  const domain = target.recipient.address.slice(target.recipient.address.lastIndexOf("@"));
  const scopeChoices =
    creating &&
    target.mode === "create" &&
    target.recipient.address &&
    target.matchKey === target.recipient.address &&
    organisationExists === false &&
    personalMail === false
      ? [
          { key: target.recipient.address, label: `Only ${target.recipient.address}` },
          { key: domain, label: `Everyone at ${domain}` },
        ]
      : [];
  const inheritsFrom = form.matchKey.startsWith("@") ? undefined : organisation;

  return (
    <form
      className={styles.form}
      ref={formRef}
      aria-labelledby={headingId}
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <h2 className={styles.heading} id={headingId} tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      {inheritsFrom ? (
        <Text size={200}>
          Values under a field marked “From {inheritsFrom.matchKey}” come from the organisation’s
          profile and apply while the field here is empty; lists are added together.
        </Text>
      ) : null}
      {offer ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>
              {`You have unsaved changes to ${draftProfileName(offer)} from ${draftTime(offer.savedAt, now)}.`}
            </MessageBarTitle>
            {`They were kept when the pane closed: ${changedNames(offer)}.`}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => restore(offer)}>
              Restore
            </Button>
            <Button size="small" onClick={discardKept}>
              Discard
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {unreadable.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Some of this profile could not be read.</MessageBarTitle>
            {unreadableEditorNotice(unreadable)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {conflict ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>
              {conflict.since
                ? `Someone else saved this profile after your unsaved changes from ${conflict.since}.`
                : "Someone else saved this profile while you were editing."}
            </MessageBarTitle>
            {conflict.mine
              ? "Your changes are kept over their version and are not saved yet: check them, then press Save profile."
              : "The form shows their version."}
            {conflict.theirs.length > 0 ? (
              <>
                {conflict.since ? " Of the fields you changed, they changed:" : " They changed:"}
                <ul className={styles.pending}>
                  {conflict.theirs.map(({ key, value }) => (
                    <li key={key}>
                      {`${fieldName(key)}: now ${shownValue(value)}`}
                      {conflict.both.includes(key)
                        ? "; you changed it too, and yours is in the form"
                        : ""}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </MessageBarBody>
          {conflict.mine ? (
            <MessageBarActions>
              <Button size="small" onClick={keepTheirs}>
                Keep theirs (drop my changes)
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {nothingToSave ? (
        <MessageBar intent="info">
          <MessageBarBody>Nothing to save: the profile is as stored.</MessageBarBody>
        </MessageBar>
      ) : null}
      {notReapplied ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Not all of your changes were re-applied.</MessageBarTitle>
            {notReapplied}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {saveError ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Not saved.</MessageBarTitle>
            {saveError}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {generalErrors.length > 0 ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Please correct the profile.</MessageBarTitle>
            {generalErrors.join(" ")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {/* Until kept changes are restored or discarded the fields are not shown: typing then
          would be neither kept nor restored over (review of harm-50e, B1). */}
      {offer ? null : (
        <>
          {scopeChoices.length > 0 ? (
            <Field
              label="This profile covers"
              validationMessage={fieldErrors.matchKey?.join(" ")}
              validationState={fieldErrors.matchKey ? "error" : "none"}
            >
              <RadioGroup
                value={form.matchKey}
                onChange={(_, data) => setValue("matchKey", data.value)}
                data-field="matchKey"
              >
                {scopeChoices.map((choice) => (
                  <Radio key={choice.key} value={choice.key} label={choice.label} />
                ))}
              </RadioGroup>
            </Field>
          ) : (
            <Field
              className={styles.field}
              label="Applies to"
              hint={
                form.matchKey.startsWith("@")
                  ? `Everyone at ${form.matchKey}; fixed once saved.`
                  : "This person only; fixed once saved."
              }
              validationMessage={fieldErrors.matchKey?.join(" ")}
              validationState={fieldErrors.matchKey ? "error" : "none"}
            >
              <Textarea
                className={mergeClasses(styles.control, styles.oneLine)}
                value={form.matchKey}
                rows={1}
                resize="none"
                readOnly
                data-field="matchKey"
              />
            </Field>
          )}
          {EDITABLE_FIELDS.map((field) => (
            <ProfileField
              key={field.key}
              field={field}
              value={form[field.key]}
              errors={fieldErrors[field.key]}
              onChange={setValue}
              inherited={inheritedHint(field, inheritsFrom)}
              unreadable={unreadable.some((u) => u.field === field.key)}
              {...(commaLines[field.key] ? { commaLines: commaLines[field.key] } : {})}
              onCommas={answerCommas}
            />
          ))}
          <div>
            <Button size="small" onClick={() => setValue("lastConfirmed", isoDay(now))}>
              Confirmed with the client today
            </Button>
          </div>
        </>
      )}
      <div className={styles.actions}>
        {/* Focusable while saving: a disabled button would drop keyboard focus to the page. */}
        {offer ? null : (
          <Button
            appearance="primary"
            type="submit"
            disabled={!source.save}
            disabledFocusable={saving}
          >
            {saving ? "Saving…" : "Save profile"}
          </Button>
        )}
        <Button onClick={cancel} disabled={saving || confirmingDiscard} ref={cancelRef}>
          Cancel
        </Button>
      </div>
      {confirmingDiscard ? (
        <div
          role="alertdialog"
          aria-labelledby={`${headingId}-discard`}
          aria-describedby={`${headingId}-discard-detail`}
          className={styles.confirm}
        >
          <Text weight="semibold" id={`${headingId}-discard`}>
            Discard your changes?
          </Text>
          <Text size={200} id={`${headingId}-discard-detail`}>
            {`You changed ${changedFields(original, form)
              .map((key) => {
                const field = PROFILE_FIELDS.find((f) => f.key === key);
                return field ? labelOf(field) : key;
              })
              .join(", ")}. They have not been saved.`}
          </Text>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              ref={keepEditingRef}
              onClick={() => {
                setConfirmingDiscard(false);
                setTimeout(() => cancelRef.current?.focus(), 0);
              }}
            >
              Keep editing
            </Button>
            <Button
              onClick={() => {
                setConfirmingDiscard(false);
                finish(offer !== undefined);
                onCancel();
              }}
            >
              Discard changes
            </Button>
          </div>
        </div>
      ) : null}
      {!source.save ? (
        <Text size={200}>This profile source is read-only; changes cannot be saved here.</Text>
      ) : null}
    </form>
  );
}

const ProfileField = memo(function ProfileField({
  field,
  value,
  errors,
  onChange: setField,
  inherited,
  unreadable,
  commaLines,
  onCommas,
}: {
  field: ProfileFieldInfo;
  value: string;
  errors: string[] | undefined;
  onChange: (key: keyof ClientProfile, value: string) => void;
  /** What this field takes from the organisation's profile, in words. */
  inherited?: string;
  /** The stored value could not be read: shown as such and left as it is (read-only here). */
  unreadable?: boolean;
  /** Lines of this list holding commas, asked about: one entry or several? */
  commaLines?: string[];
  onCommas?: (key: keyof ClientProfile, line: string, split: boolean) => void;
}) {
  const styles = useStyles();
  const onChange = (next: string) => setField(field.key, next);
  const hint = [
    unreadable
      ? "Could not be read: left as it is in SharePoint (change it there)."
      : HINTS[field.key],
    inherited,
  ]
    .filter(Boolean)
    .join(" ");
  const asking = !errors && commaLines && commaLines.length > 0 ? commaLines : undefined;
  const common = {
    className: styles.field,
    label: labelOf(field),
    hint: hint || undefined,
    validationMessage:
      errors?.join(" ") ??
      (asking
        ? asking.length === 1
          ? `This line has commas: “${asking[0]}”. Is it ${entriesOf(asking[0]!).length} entries or one? Not saved until you choose below.`
          : `${asking.length} lines have commas. Are they several entries or one each? Not saved until you choose below.`
        : undefined),
    validationState: errors
      ? ("error" as const)
      : asking
        ? ("warning" as const)
        : ("none" as const),
  };
  if (unreadable) {
    return (
      <Field {...common}>
        <Textarea
          className={mergeClasses(styles.control, styles.oneLine)}
          value="(could not be read)"
          rows={1}
          resize="none"
          readOnly
          data-field={field.key}
        />
      </Field>
    );
  }
  if (field.type === "list" || field.key === "notes") {
    return (
      <>
        <Field {...common}>
          <Textarea
            className={styles.control}
            value={value}
            resize="vertical"
            data-field={field.key}
            onChange={(_, data) => onChange(data.value)}
          />
        </Field>
        {asking && onCommas
          ? asking.map((line) => {
              const count = entriesOf(line).length;
              return (
                <div
                  key={line}
                  role="group"
                  aria-label={`${labelOf(field)}: “${line}”`}
                  className={styles.actions}
                >
                  <Button
                    size="small"
                    aria-label={`Split into ${count} entries: ${entriesOf(line).join("; ")}`}
                    onClick={() => onCommas(field.key, line, true)}
                  >
                    {`Split into ${count} entries`}
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Keep as one entry: “${line}”`}
                    onClick={() => onCommas(field.key, line, false)}
                  >
                    Keep as one entry
                  </Button>
                </div>
              );
            })
          : null}
      </>
    );
  }
  if (field.type === "choice") {
    const choices = field.choices ?? [];
    const label = value ? choiceLabel(field.key, value) : "Not asked yet";
    return (
      <Field {...common}>
        <Dropdown
          className={styles.control}
          value={label}
          selectedOptions={[value]}
          data-field={field.key}
          onOptionSelect={(_, data) => onChange(data.optionValue ?? "")}
        >
          <Option value="">Not asked yet</Option>
          {choices.map((choice) => (
            <Option key={choice} value={choice}>
              {choiceLabel(field.key, choice)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  }
  if (field.type === "date") {
    return (
      <Field {...common}>
        <Input
          className={styles.control}
          value={value}
          data-field={field.key}
          onChange={(_, data) => onChange(data.value)}
        />
      </Field>
    );
  }
  // Names and labels can be longer than a narrow pane: a text box that wraps, kept to one line
  // of text (Enter does not add a line).
  return (
    <Field {...common}>
      <Textarea
        className={mergeClasses(styles.control, styles.oneLine)}
        value={value}
        rows={value.length > 28 ? 2 : 1}
        resize="none"
        data-field={field.key}
        onKeyDown={(event) => {
          if (event.key === "Enter") event.preventDefault();
        }}
        onChange={(_, data) => onChange(data.value.replace(/[\r\n]+/g, " "))}
      />
    </Field>
  );
});
