/** The applicant's profile: what templates fill in and what the checks compare a draft against. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ProfileSchema } from '../../records/schemas';
import { saveProfile } from '../../records/storage';
import { withUnknownFields } from '../../records/unknown-fields';
import { type Choice, ErrorSummary, SelectField, TextField } from './Field';
import {
  checkProfile,
  type FieldErrors,
  type ProfileForm,
  profileToForm,
  STATUS_FLAGS,
  TRACK_LABELS,
  TRACKS,
} from './form-model';
import { focusSoon, type SectionProps, sameJson } from './shared';

const LABELS: Record<keyof ProfileForm, string> = {
  name: 'Full name',
  aamcId: 'AAMC ID',
  school: 'Medical school',
  graduationDate: 'Graduation date',
  step1: 'USMLE Step 1',
  step2ck: 'USMLE Step 2 CK score',
  step3: 'USMLE Step 3 score',
  comlexLevel1: 'COMLEX Level 1',
  comlexLevel2ce: 'COMLEX Level 2-CE score',
  usClinicalExperience: 'US clinical experience',
  regionalTies: 'Ties to a region',
  specialty: 'Specialty',
  track: 'Track',
  ecfmgCertified: 'ECFMG certified',
  step3Passed: 'Step 3 passed',
  permanentResident: 'US permanent resident',
  usCitizen: 'US citizen',
};

const PASS_FAIL: Choice[] = [
  { value: '', label: 'Not set' },
  { value: 'pass', label: 'Pass' },
  { value: 'fail', label: 'Fail' },
];

const TRI: Choice[] = [
  { value: '', label: 'Not set' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'Not yet' },
];

const TRACK_CHOICES: Choice[] = [
  { value: '', label: 'Not set' },
  ...TRACKS.map((t) => ({ value: t, label: TRACK_LABELS[t] })),
];

const controlId = (k: string) => `profile-${k}`;

export function ProfileSection({ records, announce, refresh, setDirty }: SectionProps) {
  const stored = profileToForm(records.profile);
  const [baseline, setBaseline] = useState<ProfileForm>(stored);
  // The stored profile the form was filled from: a save is refused if storage no longer holds it (B10).
  const [loadedFrom, setLoadedFrom] = useState(records.profile);
  const [form, setForm] = useState<ProfileForm>(stored);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const dirty = !sameJson(form, baseline);

  // Another part of MatchMail (or an import) changed the profile: show it, unless the user is typing.
  useEffect(() => {
    if (sameJson(stored, baseline)) return;
    setBaseline(stored);
    if (dirty) return;
    setForm(stored);
    setLoadedFrom(records.profile);
  });
  // Changed elsewhere (another options tab) while this form holds unsaved edits: say so before a save.
  const changedElsewhere = dirty && !sameJson(records.profile, loadedFrom);

  useEffect(() => setDirty('profile', dirty), [dirty, setDirty]);

  const set = (k: keyof ProfileForm) => (value: string) => {
    setForm((f) => ({ ...f, [k]: value }));
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    const checked = checkProfile(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setGeneral([]);
      focusSoon(() => summary.current?.querySelector<HTMLElement>('.mm-error-summary'));
      return;
    }
    setSaving(true);
    try {
      const result = await saveProfile(withUnknownFields(ProfileSchema, loadedFrom, checked.value), {
        base: loadedFrom,
      });
      if (!result.ok) {
        setGeneral(result.problems);
        focusSoon(() => summary.current?.querySelector<HTMLElement>('.mm-error-summary'));
        return;
      }
      setErrors({});
      setGeneral([]);
      const saved = profileToForm(checked.value);
      setBaseline(saved);
      setForm(saved);
      setLoadedFrom(checked.value);
      announce('Profile saved.');
      await refresh();
    } catch (err) {
      setGeneral([`the profile could not be written to storage (${(err as Error).message})`]);
    } finally {
      setSaving(false);
    }
  };

  const onDiscard = () => {
    setLoadedFrom(records.profile);
    if (!dirty) {
      announce('There are no changes to discard.');
      return;
    }
    setForm(baseline);
    setErrors({});
    setGeneral([]);
    announce('Changes to the profile discarded.');
  };

  const text = (k: keyof ProfileForm, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={controlId(k)}
      label={LABELS[k]}
      value={form[k]}
      onValue={set(k)}
      errors={errors[k]}
      {...extra}
    />
  );
  const select = (k: keyof ProfileForm, choices: Choice[], extra: { hint?: string } = {}) => (
    <SelectField
      id={controlId(k)}
      label={LABELS[k]}
      value={form[k]}
      onValue={set(k)}
      errors={errors[k]}
      choices={choices}
      {...extra}
    />
  );

  return (
    <section id="profile" class="mm-section" aria-labelledby="profile-title">
      <h2 id="profile-title">Profile</h2>
      <p class="mm-lead">
        Templates fill themselves from your profile, and MatchMail checks your drafts against it (your AAMC ID
        in a signature, a status you claim). Every field is optional.
      </p>
      <form noValidate onSubmit={onSubmit} aria-labelledby="profile-title" data-form="profile">
        <div ref={summary}>
          <ErrorSummary
            id="profile"
            errors={errors}
            labels={LABELS}
            controlId={controlId}
            general={general}
          />
        </div>
        <div class="mm-grid">
          {text('name', { autoComplete: 'name' })}
          {text('aamcId', { hint: '8 digits, as on your ERAS application.', inputMode: 'numeric' })}
          {text('school', { autoComplete: 'organization' })}
          {text('graduationDate', {
            hint: 'For example 05/15/2027, or May 2027 if you know only the month.',
          })}
          {text('specialty', { hint: 'For example: Anesthesiology.' })}
          {select('track', TRACK_CHOICES, { hint: 'The kind of positions you apply to.' })}
        </div>
        <fieldset class="mm-fieldset">
          <legend>Exam results</legend>
          <div class="mm-grid mm-grid-narrow">
            {select('step1', PASS_FAIL)}
            {text('step2ck', { inputMode: 'numeric', hint: '1 to 300.' })}
            {text('step3', { inputMode: 'numeric', hint: '1 to 300.' })}
            {select('comlexLevel1', PASS_FAIL)}
            {text('comlexLevel2ce', { inputMode: 'numeric', hint: '9 to 999.' })}
          </div>
        </fieldset>
        <fieldset class="mm-fieldset">
          <legend>Status</legend>
          <p class="mm-hint">
            "Not yet" lets MatchMail warn you when a draft claims it as done (programs want your current
            status, not the one you expect).
          </p>
          <div class="mm-grid mm-grid-narrow">{STATUS_FLAGS.map((k) => select(k, TRI))}</div>
        </fieldset>
        <div class="mm-grid mm-grid-wide">
          {text('usClinicalExperience', {
            rows: 3,
            hint: 'Rotations, observerships or jobs in US hospitals.',
          })}
          {text('regionalTies', {
            rows: 2,
            hint: 'Completes the sentence "I have ties to the area: …".',
          })}
        </div>
        <div class="mm-actions">
          <button type="submit" class="mm-primary" aria-busy={saving} data-action="save-profile">
            Save profile
          </button>
          <button type="button" onClick={onDiscard}>
            Discard changes
          </button>
          {dirty ? <span class="mm-unsaved">Unsaved changes</span> : null}
        </div>
        {changedElsewhere ? (
          <p class="mm-field-error" role="alert" data-conflict="profile">
            Your profile was changed in another MatchMail tab or window while you were editing here. Saving
            would undo that change, so it is refused: note your edits, choose Discard changes to load the
            saved profile, and enter them again.
          </p>
        ) : null}
      </form>
    </section>
  );
}
