/**
 * Labelled form controls. Every control has a visible label; its hint and its errors are tied to it with
 * aria-describedby, and a control with an error carries aria-invalid, so a screen reader reads the problem
 * when the field is reached. Values are strings exactly as typed.
 */
import type { ComponentChildren } from 'preact';
import type { FieldErrors } from './form-model';

interface Base {
  id: string;
  label: string;
  hint?: string | undefined;
  errors?: string[] | undefined;
  required?: boolean;
  /** More ids to describe the control with (a warning next to it, say). */
  describedBy?: string | undefined;
  class?: string;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function errorText(errors: string[]): string {
  return errors.map((e) => `${capitalize(e)}.`).join(' ');
}

function describedBy(p: Base): string | undefined {
  const ids = [p.hint ? `${p.id}-hint` : '', p.errors?.length ? `${p.id}-error` : '', p.describedBy ?? '']
    .filter((x) => x !== '')
    .join(' ');
  return ids === '' ? undefined : ids;
}

function Frame(p: Base & { children: ComponentChildren }) {
  const invalid = !!p.errors?.length;
  return (
    <div class={`mm-field${invalid ? ' mm-invalid' : ''}${p.class ? ` ${p.class}` : ''}`}>
      <label for={p.id}>
        {p.label}
        {p.required ? <span class="mm-required"> (required)</span> : null}
      </label>
      {p.hint ? (
        <p class="mm-hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      ) : null}
      {p.children}
      {invalid ? (
        <p class="mm-field-error" id={`${p.id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {errorText(p.errors ?? [])}
        </p>
      ) : null}
    </div>
  );
}

interface TextProps extends Base {
  value: string;
  onValue(value: string): void;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'email' | 'url';
  placeholder?: string;
  /** A <datalist> id offering suggestions. */
  list?: string;
  /** Render a <textarea> with this many rows. */
  rows?: number;
  spellcheck?: boolean;
}

export function TextField(p: TextProps) {
  const common = {
    id: p.id,
    name: p.id,
    value: p.value,
    'aria-invalid': p.errors?.length ? ('true' as const) : undefined,
    'aria-describedby': describedBy(p),
    'aria-required': p.required ? ('true' as const) : undefined,
    placeholder: p.placeholder,
    spellcheck: p.spellcheck,
  };
  return (
    <Frame {...p}>
      {p.rows ? (
        <textarea
          {...common}
          rows={p.rows}
          onInput={(e) => p.onValue((e.currentTarget as HTMLTextAreaElement).value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          autoComplete={p.autoComplete ?? 'off'}
          inputMode={p.inputMode}
          list={p.list}
          onInput={(e) => p.onValue((e.currentTarget as HTMLInputElement).value)}
        />
      )}
    </Frame>
  );
}

export interface Choice {
  value: string;
  label: string;
}

interface SelectProps extends Base {
  value: string;
  onValue(value: string): void;
  choices: readonly Choice[];
}

export function SelectField(p: SelectProps) {
  return (
    <Frame {...p}>
      <select
        id={p.id}
        name={p.id}
        value={p.value}
        aria-invalid={p.errors?.length ? 'true' : undefined}
        aria-describedby={describedBy(p)}
        aria-required={p.required ? 'true' : undefined}
        onChange={(e) => p.onValue((e.currentTarget as HTMLSelectElement).value)}
      >
        {p.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

interface SummaryProps {
  /** Where the summary's id and heading come from: "profile" → #profile-errors. */
  id: string;
  errors: FieldErrors;
  /** The label of each field, by its key. */
  labels: Record<string, string>;
  /** The DOM id of each field's control, by its key. */
  controlId(key: string): string;
  /** Errors not tied to a field (a failed write, say). */
  general?: string[];
}

/**
 * The list of problems shown at the top of a form after a failed save. It is focused when it appears
 * (role="alert" also announces it), and each line links to its field.
 */
export function ErrorSummary({ id, errors, labels, controlId, general = [] }: SummaryProps) {
  const keys = Object.keys(errors).filter((k) => (errors[k]?.length ?? 0) > 0);
  if (keys.length === 0 && general.length === 0) return null;
  const count = keys.reduce((n, k) => n + (errors[k]?.length ?? 0), 0) + general.length;
  return (
    <div class="mm-error-summary" id={`${id}-errors`} role="alert" tabIndex={-1}>
      <p class="mm-error-summary-title">
        Nothing was saved: {count === 1 ? 'one thing needs' : `${count} things need`} fixing.
      </p>
      <ul>
        {general.map((g) => (
          <li key={`general:${g}`}>{g}</li>
        ))}
        {keys.map((k) => (
          <li key={k}>
            <a
              href={`#${controlId(k)}`}
              onClick={(e) => {
                const el = document.getElementById(controlId(k));
                if (!el) return;
                e.preventDefault();
                el.focus();
              }}
            >
              {labels[k] ?? k}: {errorText(errors[k] ?? [])}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
