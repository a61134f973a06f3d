/** The programs the applicant applied to: add, edit, remove. Each change is saved as one list. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Program } from '../../records';
import { ProgramSchema } from '../../records/schemas';
import { savePrograms } from '../../records/storage';
import { withUnknownFields } from '../../records/unknown-fields';
import { type Choice, ErrorSummary, SelectField, TextField } from './Field';
import {
  checkProgram,
  emptyProgramForm,
  type FieldErrors,
  otherPrograms,
  PROGRAM_STATUSES,
  type ProgramForm,
  programToForm,
  putProgram,
  STATUS_LABELS,
} from './form-model';
import { focusSoon, plural, type SectionProps, sameJson } from './shared';

const LABELS: Record<keyof ProgramForm, string> = {
  name: 'Program name',
  aliases: 'Other names',
  domains: 'Email domains',
  directorName: 'Program director',
  directorTitle: "Program director's title",
  coordinatorName: 'Program coordinator',
  coordinatorTitle: "Coordinator's title",
  specialty: 'Specialty',
  city: 'City',
  affiliates: 'Affiliated hospitals',
  liked: 'What you liked',
  interviewDate: 'Interview date',
  status: 'Status',
  policy: 'Communication policy',
  policySource: 'Where the program said so',
};

const STATUS_CHOICES: Choice[] = [
  { value: '', label: 'Not set' },
  ...PROGRAM_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
];

const POLICY_CHOICES: Choice[] = [
  { value: '', label: 'Not known' },
  { value: 'open', label: 'Post-interview contact is fine' },
  { value: 'closed', label: 'Asks for no post-interview communication' },
];

const controlId = (k: string) => `program-${k}`;

interface Editing {
  /** The name of the program being edited, or null for a new one. */
  original: string | null;
  /** The stored program the form was filled from: its fields this version does not know are kept (B16),
   * and a save is refused if another tab changed it meanwhile (B10). */
  loadedFrom: Program | null;
  form: ProgramForm;
  baseline: ProgramForm;
  errors: FieldErrors;
  general: string[];
  /** The id of the button that opened the form, focused again when it closes. */
  returnFocus: string | null;
}

const key = (s: string) => s.trim().toLowerCase();

/** The most programs drawn in the list at once. */
const MAX_LISTED = 200;

export function ProgramsSection({ records, announce, refresh, setDirty }: SectionProps) {
  const programs = records.programs;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const dirty = editing !== null && !sameJson(editing.form, editing.baseline);

  useEffect(() => setDirty('programs', dirty), [dirty, setDirty]);

  const isEdited = (p: Program) => editing?.original != null && key(editing.original) === key(p.name);

  const open = (program: Program | null) => {
    const form = program ? programToForm(program) : emptyProgramForm();
    setConfirmRemove(null);
    setEditing({
      original: program?.name ?? null,
      loadedFrom: program,
      form,
      baseline: form,
      errors: {},
      general: [],
      returnFocus: document.activeElement?.id || null,
    });
    focusSoon(() => document.getElementById(controlId('name')));
  };

  const close = (message?: string) => {
    const back = editing?.returnFocus;
    setEditing(null);
    if (message) announce(message);
    focusSoon(() => (back ? document.getElementById(back) : null) ?? heading.current);
  };

  const write = async (next: Program[]): Promise<string[] | null> => {
    setBusy(true);
    try {
      // Computed from the list as this page last read it: refused if another tab changed it since (B10).
      const result = await savePrograms(next, { base: programs });
      if (!result.ok) return result.problems;
      await refresh();
      return null;
    } catch (err) {
      return [`the programs could not be written to storage (${(err as Error).message})`];
    } finally {
      setBusy(false);
    }
  };

  const onSave = async (e: Event) => {
    e.preventDefault();
    if (!editing || busy) return;
    const checked = checkProgram(editing.form, otherPrograms(programs, editing.original));
    if (!checked.ok) {
      setEditing({ ...editing, errors: checked.errors, general: [] });
      focusSoon(() => document.getElementById('program-errors'));
      return;
    }
    const current =
      editing.original === null ? null : programs.find((p) => key(p.name) === key(editing.original!));
    if (editing.loadedFrom && !sameJson(current, editing.loadedFrom)) {
      setEditing({
        ...editing,
        errors: {},
        general: [
          `${editing.loadedFrom.name} was changed in another MatchMail tab or window while you were editing here; saving would undo that change, so nothing was saved. Note your edits, cancel, open the program again and re-enter them.`,
        ],
      });
      focusSoon(() => document.getElementById('program-errors'));
      return;
    }
    const program = withUnknownFields(ProgramSchema, editing.loadedFrom, checked.value);
    const problems = await write(putProgram(programs, editing.original, program));
    if (problems) {
      setEditing({ ...editing, errors: {}, general: problems });
      focusSoon(() => document.getElementById('program-errors'));
      return;
    }
    close(editing.original === null ? `Added ${checked.value.name}.` : `Saved ${checked.value.name}.`);
  };

  const onRemove = async (program: Program) => {
    if (busy) return;
    const problems = await write(programs.filter((p) => key(p.name) !== key(program.name)));
    setConfirmRemove(null);
    if (problems) announce(`Could not remove ${program.name}: ${problems.join('; ')}`);
    else announce(`Removed ${program.name}.`);
    focusSoon(() => heading.current);
  };

  const matching = filter.trim()
    ? programs.filter((p) =>
        [p.name, ...(p.aliases ?? []), p.city ?? '', p.specialty ?? ''].some((s) =>
          s.toLowerCase().includes(filter.trim().toLowerCase()),
        ),
      )
    : programs;
  // A list of thousands (an imported database) would take seconds to draw: the first MAX_LISTED are shown,
  // plus the one being edited, and "Find a program" reaches the rest (B11).
  const shown = matching.filter((p, i) => i < MAX_LISTED || isEdited(p));

  const editorInList = shown.some(isEdited);
  const cut = matching.length > shown.length;
  const editor = editing ? (
    <ProgramEditor
      editing={editing}
      busy={busy}
      onField={(k, value) => setEditing((e) => (e ? { ...e, form: { ...e.form, [k]: value } } : e))}
      onSubmit={onSave}
      onCancel={() => close(dirty ? 'Changes discarded.' : undefined)}
    />
  ) : null;

  return (
    <section id="programs" class="mm-section" aria-labelledby="programs-title">
      <h2 id="programs-title" ref={heading} tabIndex={-1}>
        Programs
      </h2>
      <p class="mm-lead">
        With your programs, MatchMail knows who you are writing to (from the email domain), catches a wrong
        program or director name, and respects a program's request for no post-interview contact. You can also
        import them from a spreadsheet (see Import and export).
      </p>
      {programs.length > 5 ? (
        <div class="mm-field mm-filter">
          <label for="programs-filter">Find a program</label>
          <input
            id="programs-filter"
            type="search"
            value={filter}
            onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
            aria-describedby="programs-count"
          />
        </div>
      ) : null}
      <p id="programs-count" class="mm-count-line">
        {programs.length === 0
          ? 'No programs yet.'
          : filter.trim() || cut
            ? `Showing ${shown.length} of ${plural(programs.length, 'program')}${cut ? '; find a program to see the others' : ''}.`
            : `${plural(programs.length, 'program')}.`}
      </p>
      {shown.length > 0 ? (
        <ul class="mm-list" aria-labelledby="programs-title">
          {shown.map((p) =>
            isEdited(p) ? (
              <li key={`edit:${p.name}`} class="mm-item mm-item-editing">
                {editor}
              </li>
            ) : (
              <li key={p.name} class="mm-item" data-program={p.name}>
                <div class="mm-item-main">
                  <h3 class="mm-item-title">{p.name}</h3>
                  <ProgramSummary program={p} />
                </div>
                <div class="mm-item-actions">
                  {confirmRemove !== null && key(confirmRemove) === key(p.name) ? (
                    <fieldset class="mm-confirm">
                      <legend>Remove {p.name}?</legend>
                      <button
                        type="button"
                        class="mm-danger"
                        id="program-confirm-remove"
                        onClick={() => void onRemove(p)}
                      >
                        Remove
                      </button>
                      <button
                        type="button"
                        onClick={() => {
                          setConfirmRemove(null);
                          focusSoon(() => document.getElementById(`remove-${cssId(p.name)}`));
                        }}
                      >
                        Keep
                      </button>
                    </fieldset>
                  ) : (
                    <>
                      <button
                        type="button"
                        id={`edit-${cssId(p.name)}`}
                        aria-label={`Edit ${p.name}`}
                        disabled={editing !== null}
                        onClick={() => open(p)}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        id={`remove-${cssId(p.name)}`}
                        aria-label={`Remove ${p.name}`}
                        disabled={editing !== null}
                        onClick={() => {
                          setConfirmRemove(p.name);
                          focusSoon(() => document.getElementById('program-confirm-remove'));
                        }}
                      >
                        Remove
                      </button>
                    </>
                  )}
                </div>
              </li>
            ),
          )}
        </ul>
      ) : null}
      {editing && !editorInList ? <div class="mm-item mm-item-editing">{editor}</div> : null}
      {editing === null ? (
        <div class="mm-actions">
          <button
            type="button"
            id="program-add"
            class="mm-primary"
            data-action="add-program"
            onClick={() => open(null)}
          >
            Add a program
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** A DOM id fragment for a program name (ids only need to be unique on the page, not readable). */
function cssId(name: string): string {
  let h = 0;
  for (const ch of name.toLowerCase()) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return h.toString(36);
}

function ProgramSummary({ program: p }: { program: Program }) {
  const facts = [
    p.specialty,
    p.city,
    p.status ? STATUS_LABELS[p.status] : undefined,
    p.interviewDate ? `interview ${p.interviewDate}` : undefined,
  ].filter((x): x is string => !!x);
  return (
    <>
      {facts.length > 0 ? <p class="mm-meta">{facts.join(' · ')}</p> : null}
      {p.programDirector ? (
        <p class="mm-meta">
          Program director: {p.programDirector.name}
          {p.programDirector.title ? `, ${p.programDirector.title}` : ''}
        </p>
      ) : null}
      {p.domains?.length ? <p class="mm-meta">Email: {p.domains.join(', ')}</p> : null}
      {p.policy?.noPostInterviewCommunication ? (
        <p class="mm-meta mm-flag">Asks for no post-interview communication</p>
      ) : null}
    </>
  );
}

interface EditorProps {
  editing: Editing;
  busy: boolean;
  onField(key: keyof ProgramForm, value: string): void;
  onSubmit(e: Event): void;
  onCancel(): void;
}

function ProgramEditor({ editing, busy, onField, onSubmit, onCancel }: EditorProps) {
  const { form, errors } = editing;
  const title = editing.original === null ? 'New program' : `Edit ${editing.original}`;
  const set = (k: keyof ProgramForm) => (value: string) => onField(k, value);
  const text = (k: keyof ProgramForm, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={controlId(k)}
      label={LABELS[k]}
      value={form[k]}
      onValue={set(k)}
      errors={errors[k]}
      {...extra}
    />
  );
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="program-form-title"
      data-form="program"
      class="mm-subform"
    >
      <h3 id="program-form-title" class="mm-item-title">
        {title}
      </h3>
      <ErrorSummary
        id="program"
        errors={errors}
        labels={LABELS}
        controlId={controlId}
        general={editing.general}
      />
      <div class="mm-grid">
        {text('name', { required: true })}
        {text('specialty')}
        {text('city')}
        <SelectField
          id={controlId('status')}
          label={LABELS.status}
          value={form.status}
          onValue={set('status')}
          errors={errors.status}
          choices={STATUS_CHOICES}
        />
        {text('interviewDate', { hint: 'For example 01/14/2027 or Jan 14, 2027.' })}
        {text('directorName', { hint: 'As you would address them: "Dr. Jane Smith".' })}
        {text('directorTitle', { hint: 'For example: Program Director, Anesthesiology.' })}
        {text('coordinatorName')}
        {text('coordinatorTitle')}
      </div>
      <div class="mm-grid">
        {text('aliases', { rows: 2, hint: 'One per line: short names or abbreviations ("UCSF").' })}
        {text('domains', {
          rows: 2,
          hint: 'One per line, the part after @ in their addresses: example.edu.',
          spellcheck: false,
        })}
        {text('affiliates', { rows: 2, hint: 'One per line.' })}
        {text('liked', {
          rows: 2,
          hint: 'A phrase templates can use: "the resident-run acute pain service".',
        })}
      </div>
      <fieldset class="mm-fieldset">
        <legend>Communication after the interview</legend>
        <div class="mm-grid">
          <SelectField
            id={controlId('policy')}
            label={LABELS.policy}
            value={form.policy}
            onValue={set('policy')}
            errors={errors.policy}
            choices={POLICY_CHOICES}
          />
          {text('policySource', {
            hint: 'A web page, an email or the interview day, so you can check it again.',
          })}
        </div>
      </fieldset>
      <div class="mm-actions">
        <button type="submit" class="mm-primary" aria-busy={busy} data-action="save-program">
          {editing.original === null ? 'Add program' : 'Save program'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
