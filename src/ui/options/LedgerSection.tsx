/**
 * The ledger of sent emails. MatchMail records an email when it is sent from a compose window it watches;
 * here the applicant can see them, correct or delete a wrong one (S8), and add the ones sent before MatchMail
 * was installed (a letter of intent sent last month is exactly what the ledger must know about).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftKind } from '../../analyzer/types';
import { checkLetterOfIntent, type LedgerEntry, localIsoDate } from '../../records';
import { saveLedger } from '../../records/storage';
import { KIND_LABELS } from '../labels';
import { type Choice, ErrorSummary, SelectField, TextField } from './Field';
import {
  checkLedgerEntry,
  emptyLedgerForm,
  type FieldErrors,
  type LedgerForm,
  sameEntry,
} from './form-model';
import { focusSoon, plural, type SectionProps, sameJson } from './shared';

const LABELS: Record<keyof LedgerForm, string> = {
  program: 'Program',
  kind: 'Kind of email',
  date: 'Date sent',
  subject: 'Subject',
};

const KIND_CHOICES: Choice[] = [
  { value: '', label: 'Choose…' },
  ...(Object.entries(KIND_LABELS) as [DraftKind, string][]).map(([value, label]) => ({ value, label })),
];

const controlId = (k: string) => `ledger-${k}`;

export function LedgerSection({ records, announce, refresh, setDirty }: SectionProps) {
  const { ledger, programs } = records;
  const [adding, setAdding] = useState(false);
  /** The entry being corrected (null: the form adds a new one). */
  const [editing, setEditing] = useState<LedgerEntry | null>(null);
  const [form, setForm] = useState<LedgerForm>(() => emptyLedgerForm(localIsoDate()));
  const [baseline, setBaseline] = useState<LedgerForm>(form);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [confirm, setConfirm] = useState<LedgerEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const dirty = adding && !sameJson(form, baseline);

  useEffect(() => setDirty('ledger', dirty), [dirty, setDirty]);

  const write = async (next: LedgerEntry[]): Promise<string[] | null> => {
    setBusy(true);
    try {
      // Refused if a mail tab recorded a send since this page read the ledger: nothing is overwritten (B10).
      const result = await saveLedger(next, { base: records.ledger });
      if (!result.ok) return result.problems;
      await refresh();
      return null;
    } catch (err) {
      return [`the ledger could not be written to storage (${(err as Error).message})`];
    } finally {
      setBusy(false);
    }
  };

  const openForm = (entry: LedgerEntry | null = null) => {
    const fresh = entry
      ? { program: entry.program, kind: entry.kind, date: entry.date, subject: entry.subject ?? '' }
      : emptyLedgerForm(localIsoDate());
    setEditing(entry);
    setForm(fresh);
    setBaseline(fresh);
    setErrors({});
    setGeneral([]);
    setAdding(true);
    focusSoon(() => document.getElementById(controlId('program')));
  };

  const closeForm = (message?: string) => {
    setAdding(false);
    if (message) announce(message);
    focusSoon(() => addButton.current);
  };

  const onAdd = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const checked = checkLedgerEntry(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setGeneral([]);
      focusSoon(() => document.getElementById('ledger-errors'));
      return;
    }
    let next = [...ledger, checked.value];
    if (editing) {
      const at = ledger.findIndex((x) => sameEntry(x, editing));
      if (at < 0) {
        setErrors({});
        setGeneral(['that entry changed or was deleted elsewhere; nothing was saved']);
        focusSoon(() => document.getElementById('ledger-errors'));
        return;
      }
      // What the form does not show (why a warning was overridden, fields of a newer version) is kept.
      const { subject: _old, ...kept } = ledger[at] as LedgerEntry;
      next = ledger.map((x, i) => (i === at ? { ...kept, ...checked.value } : x));
    }
    const problems = await write(next);
    if (problems) {
      setErrors({});
      setGeneral(problems);
      focusSoon(() => document.getElementById('ledger-errors'));
      return;
    }
    closeForm(
      `${editing ? 'Saved' : 'Recorded'} the ${KIND_LABELS[checked.value.kind].toLowerCase()} to ${checked.value.program}.`,
    );
  };

  const onDelete = async (entry: LedgerEntry) => {
    if (busy) return;
    const at = ledger.findIndex((x) => sameEntry(x, entry));
    setConfirm(null);
    if (at < 0) {
      announce('That entry was already gone.');
      return;
    }
    const problems = await write(ledger.filter((_, i) => i !== at));
    announce(
      problems
        ? `Could not delete the entry: ${problems.join('; ')}`
        : `Deleted the entry for ${entry.program}.`,
    );
    focusSoon(() => heading.current);
  };

  // Newest first; entries keep their place in storage.
  const rows = ledger
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.index - a.index);

  // A second letter of intent: allowed here (the applicant may really have sent it), but said plainly.
  const program = programs.find(
    (p) =>
      p.name.trim().toLowerCase() === form.program.trim().toLowerCase() ||
      (p.aliases ?? []).some((a) => a.trim().toLowerCase() === form.program.trim().toLowerCase()),
  );
  const loi =
    adding && form.kind === 'letter-of-intent' && form.program.trim() !== ''
      ? checkLetterOfIntent(
          editing ? ledger.filter((x) => !sameEntry(x, editing)) : ledger,
          program?.name ?? form.program,
          program?.aliases ?? [],
        )
      : { ok: true as const };

  return (
    <section id="ledger" class="mm-section" aria-labelledby="ledger-title">
      <h2 id="ledger-title" ref={heading} tabIndex={-1}>
        Sent emails
      </h2>
      <p class="mm-lead">
        MatchMail remembers what you sent from Gmail or Outlook, so it can stop a second letter of intent to a
        different program. Add letters you sent before installing MatchMail.
      </p>
      <p class="mm-count-line">
        {ledger.length === 0 ? 'Nothing recorded yet.' : `${plural(ledger.length, 'email')}.`}
      </p>
      {ledger.length > 0 ? (
        <div class="mm-table-wrap">
          <table class="mm-table">
            <caption class="mm-visually-hidden">Emails you sent, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Program</th>
                <th scope="col">Kind</th>
                <th scope="col">Subject</th>
                <th scope="col">
                  <span class="mm-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ entry, index }) => {
                const confirming = confirm !== null && sameEntry(confirm, entry);
                return (
                  <tr key={`${index}:${entry.program}:${entry.date}`} data-ledger-row>
                    <td class="mm-nowrap">{entry.date}</td>
                    <td>{entry.program}</td>
                    <td>
                      {KIND_LABELS[entry.kind] ?? entry.kind}
                      {entry.overrideReason ? (
                        <span class="mm-meta"> (sent despite a warning: {entry.overrideReason})</span>
                      ) : null}
                    </td>
                    <td>{entry.subject ?? ''}</td>
                    <td class="mm-cell-actions">
                      {confirming ? (
                        <fieldset class="mm-confirm">
                          <legend>Delete this entry?</legend>
                          <button
                            type="button"
                            class="mm-danger"
                            id="ledger-confirm-delete"
                            onClick={() => void onDelete(entry)}
                          >
                            Delete
                          </button>
                          <button
                            type="button"
                            onClick={() => {
                              setConfirm(null);
                              focusSoon(() => heading.current);
                            }}
                          >
                            Keep
                          </button>
                        </fieldset>
                      ) : (
                        <>
                          <button
                            type="button"
                            data-action="edit-ledger-entry"
                            aria-label={`Edit the ${KIND_LABELS[entry.kind]?.toLowerCase() ?? 'email'} to ${entry.program} of ${entry.date}`}
                            onClick={() => openForm(entry)}
                          >
                            Edit
                          </button>
                          <button
                            type="button"
                            aria-label={`Delete the ${KIND_LABELS[entry.kind]?.toLowerCase() ?? 'email'} to ${entry.program} of ${entry.date}`}
                            onClick={() => {
                              setConfirm(entry);
                              focusSoon(() => document.getElementById('ledger-confirm-delete'));
                            }}
                          >
                            Delete
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {adding ? (
        <form
          noValidate
          onSubmit={onAdd}
          aria-labelledby="ledger-form-title"
          class="mm-subform"
          data-form="ledger"
        >
          <h3 id="ledger-form-title" class="mm-item-title">
            {editing ? `Edit the email to ${editing.program} of ${editing.date}` : 'Add an email you sent'}
          </h3>
          <ErrorSummary id="ledger" errors={errors} labels={LABELS} controlId={controlId} general={general} />
          <div class="mm-grid">
            <TextField
              id={controlId('program')}
              label={LABELS.program}
              value={form.program}
              onValue={(value) => setForm((f) => ({ ...f, program: value }))}
              errors={errors.program}
              required
              list="ledger-program-names"
            />
            <datalist id="ledger-program-names">
              {programs.map((p) => (
                <option key={p.name} value={p.name} />
              ))}
            </datalist>
            <SelectField
              id={controlId('kind')}
              label={LABELS.kind}
              value={form.kind}
              onValue={(value) => setForm((f) => ({ ...f, kind: value }))}
              errors={errors.kind}
              required
              choices={KIND_CHOICES}
              describedBy={loi.ok ? undefined : 'ledger-loi-warning'}
            />
            <TextField
              id={controlId('date')}
              label={LABELS.date}
              value={form.date}
              onValue={(value) => setForm((f) => ({ ...f, date: value }))}
              errors={errors.date}
              required
              hint="For example 01/14/2027 or Jan 14, 2027."
            />
            <TextField
              id={controlId('subject')}
              label={LABELS.subject}
              value={form.subject}
              onValue={(value) => setForm((f) => ({ ...f, subject: value }))}
              errors={errors.subject}
            />
          </div>
          {loi.ok ? null : (
            <p class="mm-warning" id="ledger-loi-warning" role="status">
              Your ledger already holds a letter of intent to {loi.earlier.program} ({loi.earlier.date}). A
              letter of intent can honestly go to one program only: record this one only if you really sent
              it.
            </p>
          )}
          <div class="mm-actions">
            <button type="submit" class="mm-primary" aria-busy={busy} data-action="save-ledger-entry">
              {editing ? 'Save changes' : 'Record this email'}
            </button>
            <button
              type="button"
              onClick={() =>
                closeForm(
                  dirty ? (editing ? 'Discarded the changes.' : 'Discarded the new entry.') : undefined,
                )
              }
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="mm-actions">
          <button type="button" ref={addButton} data-action="add-ledger-entry" onClick={() => openForm()}>
            Add an email you sent
          </button>
        </div>
      )}
    </section>
  );
}
