/**
 * The small forms of the template picker: the fields a template still needs before it is inserted (as Text
 * Blaze asks for them), and the reason the applicant gives to go past the letter-of-intent guard. Both are
 * plain labelled form controls: Tab moves through them, Enter submits, Escape cancels.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { templates } from '../templates/provided';

export interface FormField {
  /** The template field path, e.g. "program.liked". */
  path: string;
  value: string;
}

/** What the form shows for a field: its label and an example in the shape the template needs. */
export function fieldLabel(path: string): { label: string; hint: string } {
  const { FIELDS, isFieldPath } = templates();
  if (isFieldPath(path)) return { label: FIELDS[path].label, hint: FIELDS[path].hint };
  return { label: path, hint: '' };
}

const idFor = (path: string) => `mm-field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

interface TemplateFormProps {
  templateId: string;
  title: string;
  fields: FormField[];
  /** Programs from the records to choose from, when the recipient's program is not known. */
  programs?: string[];
  program?: string | null;
  error?: string | null;
  /** A problem per field path, shown next to the field with aria-invalid (TP3). */
  fieldErrors?: Record<string, string>;
  /** Changes on every refused Insert: focus goes to the first field with a problem. */
  attempt?: number;
  /** Offer to keep the profile answers (name, AAMC ID, school) for next time (TP4). */
  offerSave?: boolean;
  save?: boolean;
  onSave?(save: boolean): void;
  onProgram?(name: string | null): void;
  onField(path: string, value: string): void;
  onSubmit(): void;
  onCancel(): void;
}

export function TemplateForm(props: TemplateFormProps) {
  const first = useRef<HTMLSelectElement & HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (props.attempt) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [props.attempt]);
  const hasPrograms = !!props.programs && props.programs.length > 0;
  return (
    <form
      ref={form}
      class="mm-form"
      noValidate
      data-template-form={props.templateId}
      aria-label={`Fill in: ${props.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        props.onCancel();
      }}
    >
      <p class="mm-summary">
        <strong>{props.title}</strong>: fill in what MatchMail does not know yet.
      </p>
      {hasPrograms && (
        <label>
          <span>Program</span>
          <select
            ref={first}
            data-field="program"
            value={props.program ?? ''}
            onChange={(e) => props.onProgram?.((e.currentTarget as HTMLSelectElement).value || null)}
          >
            <option value="">Not in my records (type it below)</option>
            {props.programs?.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      {props.fields.map((f, i) => {
        const { label, hint } = fieldLabel(f.path);
        const id = idFor(f.path);
        const problem = props.fieldErrors?.[f.path];
        const describedBy = [hint && `${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' ');
        return (
          <label key={f.path} for={id}>
            <span>{label}</span>
            <input
              ref={i === 0 && !hasPrograms ? first : undefined}
              id={id}
              type="text"
              data-field={f.path}
              value={f.value}
              required
              aria-required="true"
              aria-invalid={problem ? 'true' : undefined}
              aria-describedby={describedBy || undefined}
              onInput={(e) => props.onField(f.path, (e.currentTarget as HTMLInputElement).value)}
            />
            {problem && (
              <small id={`${id}-error`} class="mm-error-text" data-field-error={f.path}>
                {problem}
              </small>
            )}
            {hint && (
              <small id={`${id}-hint`} class="mm-why">
                e.g. {hint}
              </small>
            )}
          </label>
        );
      })}
      {props.offerSave && (
        <label class="mm-switch">
          <input
            type="checkbox"
            data-save-profile
            checked={props.save ?? true}
            onChange={(e) => props.onSave?.((e.currentTarget as HTMLInputElement).checked)}
          />
          Save my name, AAMC ID and school to my profile for next time
        </label>
      )}
      {props.error && (
        <p class="mm-error-text" role="alert">
          {props.error}
        </p>
      )}
      <div class="mm-guard-actions">
        <button type="button" data-action="cancel-template" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" class="mm-primary" data-action="insert-template">
          Insert
        </button>
      </div>
    </form>
  );
}

interface ReasonFormProps {
  /** Marks the form for tests and assistive tech ("loi-insert", "loi-send"). */
  name: string;
  intro: ComponentChildren;
  reason: string;
  error?: string | null;
  submitLabel: string;
  onReason(value: string): void;
  onSubmit(): void;
  onCancel(): void;
}

/** Asks why the applicant goes past a guard. The reason is required: an empty one shows an error. */
export function ReasonForm(props: ReasonFormProps) {
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);
  const id = `mm-reason-${props.name}`;
  return (
    <form
      class="mm-form"
      noValidate
      data-reason-form={props.name}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        } else if (e.key === 'Enter' && !e.shiftKey) {
          // Enter submits, as in the other forms; Shift+Enter starts a new line.
          e.preventDefault();
          props.onSubmit();
        }
      }}
    >
      {props.intro}
      <label for={id}>
        <span>Why are you going ahead? (required; kept with this email in your records)</span>
        <textarea
          ref={input}
          id={id}
          rows={2}
          data-field="override-reason"
          value={props.reason}
          required
          aria-required="true"
          aria-invalid={props.error ? 'true' : undefined}
          onInput={(e) => props.onReason((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      {props.error && (
        <p class="mm-error-text" role="alert">
          {props.error}
        </p>
      )}
      <div class="mm-guard-actions">
        <button type="button" data-action="cancel-override" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" data-action="confirm-override">
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
