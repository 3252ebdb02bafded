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
  tokens,
} from "@fluentui/react-components";
import { memo, useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import {
  PROFILE_FIELDS,
  type ClientProfile,
  type ProfileFieldInfo,
  type ProfileOrigin,
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
  formFromProfile,
  isoDay,
  validateForm,
  type ProfileFormValues,
} from "./profile-form";
import type { EditTarget } from "./RecipientCard";
import { choiceLabel, errorText, lookupFailureReason } from "./wording";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  pending: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Hints under the fields whose format is not obvious. */
const HINTS: Partial<Record<keyof ClientProfile, string>> = {
  avoidNames: "One per line.",
  preferredChannels: "One per line, e.g. email, teams.",
  avoidChannels: "One per line, e.g. phone, sms, whatsapp, zoom.",
  bannedBillingPhrases: "One per line, as they appear on an invoice.",
  competitors: "One brand per line.",
  avoidTopics: "One per line.",
  lastConfirmed: "yyyy-mm-dd",
};

/**
 * Fields the editor shows as controls; the match key is handled separately, and sources are
 * recorded from the client's messages, not typed (they are kept through a save).
 */
const EDITABLE_FIELDS = PROFILE_FIELDS.filter((f) => f.key !== "matchKey" && f.type !== "sources");

export interface ProfileEditorProps {
  target: EditTarget;
  source: ProfileSource;
  now: Date;
  /** Called after a successful save with what was stored. */
  onSaved: (stored: StoredProfile) => void;
  onCancel: () => void;
}

type Phase = "loading" | "ready" | "load-failed";

/** Edit or create one stored profile, validated with the core parser before it is saved. */
export function ProfileEditor({ target, source, now, onSaved, onCancel }: ProfileEditorProps) {
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>(target.mode === "edit" ? "loading" : "ready");
  const [creating, setCreating] = useState(target.mode === "create");
  const [loadError, setLoadError] = useState<unknown>();
  const [origin, setOrigin] = useState<ProfileOrigin | undefined>();
  const [original, setOriginal] = useState<ProfileFormValues>(() => emptyForm(target.matchKey));
  const [form, setForm] = useState<ProfileFormValues>(() => emptyForm(target.matchKey));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof ClientProfile, string[]>>>(
    {},
  );
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [saveError, setSaveError] = useState<string>();
  const [conflictChanges, setConflictChanges] = useState<Partial<ProfileFormValues>>();
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = `rapport-editor-${target.matchKey.replace(/[^a-z0-9]/gi, "-")}`;

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

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving || !source.save) return;
    setSaveError(undefined);
    const validation = validateForm(form);
    if (!validation.ok) {
      setFieldErrors(validation.byField);
      setGeneralErrors(validation.general);
      focusFirstInvalid(PROFILE_FIELDS.map((f) => f.key).filter((key) => validation.byField[key]));
      return;
    }
    setFieldErrors({});
    setGeneralErrors([]);
    setSaving(true);
    try {
      const stored = await source.save(validation.profile, creating ? undefined : origin);
      onSaved(stored);
    } catch (error) {
      if (error instanceof ProfileSourceError && error.kind === "conflict")
        await reload(error instanceof ProfileConflictError ? error.current : undefined);
      else setSaveError(`${lookupFailureReason(error).title} ${errorText(error)}`.trim());
    } finally {
      setSaving(false);
    }
  };

  /** After a conflict: load what is stored now, and keep what the lawyer typed to re-apply. */
  const reload = async (current?: StoredProfile) => {
    const typed = form;
    const changed = changedFields(original, typed);
    try {
      // The source may hand over what is stored now with the conflict; otherwise fetch it.
      const stored = current ?? (source.get ? await source.get(form.matchKey) : undefined);
      const values = stored ? formFromProfile(stored.profile) : emptyForm(form.matchKey);
      setOriginal(values);
      setForm(values);
      setOrigin(stored?.origin);
      setCreating(!stored);
      const pending: Partial<ProfileFormValues> = {};
      for (const key of changed) pending[key] = typed[key];
      setConflictChanges(pending);
    } catch (error) {
      // Could not reload: keep the typed form as it is so nothing is lost.
      setSaveError(
        `Someone else changed this profile, and reloading it failed: ${errorText(error)}`,
      );
    }
  };

  const reapply = () => {
    if (!conflictChanges) return;
    setForm((current) => ({ ...current, ...conflictChanges }));
    setConflictChanges(undefined);
  };

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

  const domain = target.recipient.address.slice(target.recipient.address.lastIndexOf("@"));
  const scopeChoices =
    creating && target.recipient.address
      ? [
          { key: target.recipient.address, label: `Only ${target.recipient.address}` },
          { key: domain, label: `Everyone at ${domain}` },
        ]
      : [];

  return (
    <form
      className={styles.form}
      ref={formRef}
      aria-labelledby={headingId}
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <h2 className={styles.heading} id={headingId}>
        {title}
      </h2>
      {conflictChanges ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>
              Someone else changed this profile; it has been reloaded — re-apply your change.
            </MessageBarTitle>
            {Object.keys(conflictChanges).length > 0 ? (
              <>
                Your changes:
                <ul className={styles.pending}>
                  {Object.entries(conflictChanges).map(([key, value]) => (
                    <li key={key}>
                      {PROFILE_FIELDS.find((f) => f.key === key)?.label ?? key}:{" "}
                      {value?.trim() ? value.split(/\r?\n/).join(", ") : "(cleared)"}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </MessageBarBody>
          {Object.keys(conflictChanges).length > 0 ? (
            <MessageBarActions>
              <Button size="small" onClick={reapply}>
                Re-apply my changes
              </Button>
            </MessageBarActions>
          ) : null}
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
          label="Match key"
          hint={creating ? undefined : "Who this profile covers; fixed once saved."}
          validationMessage={fieldErrors.matchKey?.join(" ")}
          validationState={fieldErrors.matchKey ? "error" : "none"}
        >
          <Input
            value={form.matchKey}
            readOnly={!creating}
            data-field="matchKey"
            onChange={(_, data) => setValue("matchKey", data.value)}
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
        />
      ))}
      <div>
        <Button size="small" onClick={() => setValue("lastConfirmed", isoDay(now))}>
          Confirmed with the client today
        </Button>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving || !source.save}>
          {saving ? "Saving…" : "Save profile"}
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
      </div>
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
}: {
  field: ProfileFieldInfo;
  value: string;
  errors: string[] | undefined;
  onChange: (key: keyof ClientProfile, value: string) => void;
}) {
  const onChange = (next: string) => setField(field.key, next);
  const common = {
    label: field.label,
    hint: HINTS[field.key],
    validationMessage: errors?.join(" "),
    validationState: errors ? ("error" as const) : ("none" as const),
  };
  if (field.type === "list" || field.key === "notes") {
    return (
      <Field {...common}>
        <Textarea
          value={value}
          resize="vertical"
          data-field={field.key}
          onChange={(_, data) => onChange(data.value)}
        />
      </Field>
    );
  }
  if (field.type === "choice") {
    const choices = field.choices ?? [];
    const label = value ? choiceLabel(field.key, value) : "Not asked yet";
    return (
      <Field {...common}>
        <Dropdown
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
  return (
    <Field {...common}>
      <Input value={value} data-field={field.key} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
});
