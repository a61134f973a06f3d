/**
 * The template picker in the panel: a "Templates" button, then every template as a button
 * (`[data-template-id]`, DESIGN §4.4) in the order the session suggests, the form for missing fields, and
 * the letter-of-intent stop. It only draws; the session's template controller decides and inserts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type FormField, ReasonForm, TemplateForm } from './TemplateForm';

export interface PickerTemplate {
  id: string;
  title: string;
  /** When to use it, in one line (TP1). */
  description: string;
  /** The letter as it would go in now, with what is still missing shown as [Label] (TP1). */
  preview: string;
}

/** "Suggested for this email" (at most 3), then the rest by stage. */
export interface PickerGroup {
  title: string;
  templates: PickerTemplate[];
}

export type PickerStep =
  | { kind: 'list' }
  | {
      kind: 'form';
      id: string;
      title: string;
      fields: FormField[];
      /** Program names to choose from, when the recipient's program is unknown. */
      programs?: string[];
      program?: string | null;
      error: string | null;
      /** A problem per field (TP3), shown next to it; the first one gets focus after each Insert. */
      fieldErrors?: Record<string, string>;
      /** Bumped on every refused Insert, so focus moves to the first problem again. */
      attempt?: number;
      /** Profile answers are asked: offer "Save to my profile" (TP4), ticked or not. */
      offerSave?: boolean;
      save?: boolean;
    }
  | {
      /** The draft already has a letter (TP5): replace it, add below it, or go back. */
      kind: 'existing-draft';
      id: string;
      title: string;
      words: number;
    }
  | {
      kind: 'letter-of-intent';
      id: string;
      title: string;
      explanation: string;
      /** The applicant chose to go ahead: the reason form is showing. */
      overriding: boolean;
      reason: string;
      error: string | null;
    };

export interface PickerStatus {
  text: string;
  error: boolean;
}

export interface PickerActions {
  onToggle(): void;
  onChoose(id: string): void;
  onField(path: string, value: string): void;
  onProgram(name: string | null): void;
  onSave(save: boolean): void;
  onSubmitForm(): void;
  onCancel(): void;
  onOverride(): void;
  onReason(value: string): void;
  onConfirmOverride(): void;
  onReplaceDraft(): void;
  onInsertBelow(): void;
}

interface Props extends PickerActions {
  open: boolean;
  groups: PickerGroup[];
  step: PickerStep;
  status: PickerStatus | null;
  /** After a form is cancelled, focus goes back to this template's button. */
  focusId?: string | null;
}

/** The button that opens the list: it sits in the panel's one row of tools, beside "Check tone" (P6). */
export function TemplatesButton({ open, onToggle }: Pick<Props, 'open' | 'onToggle'>) {
  return (
    <button type="button" data-action="templates" aria-expanded={open ? 'true' : 'false'} onClick={onToggle}>
      Templates
    </button>
  );
}

export function TemplatePicker(props: Props) {
  const { step } = props;
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!props.open || step.kind !== 'list' || !props.focusId) return;
    list.current?.querySelector<HTMLElement>(`[data-template-id="${props.focusId}"]`)?.focus();
  }, [props.open, step.kind, props.focusId]);

  return (
    <>
      {props.status && (
        <p class={props.status.error ? 'mm-error-text' : 'mm-summary'} role="status" data-template-status>
          {props.status.text}
        </p>
      )}
      {props.open && (
        <section class="mm-templates" aria-label="Templates" data-template-picker>
          {step.kind === 'list' && (
            <div ref={list}>
              {props.groups.map((g) => (
                <section
                  key={g.title}
                  class="mm-template-group"
                  data-template-group={g.title}
                  aria-label={g.title}
                >
                  <h3>{g.title}</h3>
                  {g.templates.map((t) => (
                    <TemplateItem key={t.id} t={t} onChoose={props.onChoose} />
                  ))}
                </section>
              ))}
            </div>
          )}
          {step.kind === 'form' && (
            <TemplateForm
              templateId={step.id}
              title={step.title}
              fields={step.fields}
              programs={step.programs}
              program={step.program}
              error={step.error}
              fieldErrors={step.fieldErrors}
              attempt={step.attempt}
              offerSave={step.offerSave}
              save={step.save}
              onSave={props.onSave}
              onProgram={props.onProgram}
              onField={props.onField}
              onSubmit={props.onSubmitForm}
              onCancel={props.onCancel}
            />
          )}
          {step.kind === 'letter-of-intent' && <LetterOfIntentStop {...props} step={step} />}
          {step.kind === 'existing-draft' && <ExistingDraftChoice {...props} step={step} />}
        </section>
      )}
    </>
  );
}

/** One template: its button, when to use it, and a preview of the letter before anything is inserted. */
function TemplateItem({ t, onChoose }: { t: PickerTemplate; onChoose(id: string): void }) {
  const [shown, setShown] = useState(false);
  const previewId = `mm-preview-${t.id}`;
  return (
    <div class="mm-template-item">
      <button
        type="button"
        data-template-id={t.id}
        aria-describedby={`${previewId}-what`}
        onClick={() => onChoose(t.id)}
      >
        {t.title}
      </button>
      <p class="mm-template-what" id={`${previewId}-what`}>
        {t.description}{' '}
        <button
          type="button"
          class="mm-link"
          data-action="preview-template"
          aria-expanded={shown}
          aria-controls={shown ? previewId : undefined}
          aria-label={`Preview: ${t.title}`}
          onClick={() => setShown(!shown)}
        >
          {shown ? 'Hide preview' : 'Preview'}
        </button>
      </p>
      {shown && (
        <pre class="mm-preview" id={previewId} data-template-preview={t.id} tabIndex={0}>
          {t.preview}
        </pre>
      )}
    </div>
  );
}

type DraftStep = Extract<PickerStep, { kind: 'existing-draft' }>;

/**
 * A whole letter would go into a draft that already has one (TP5): the applicant chooses. "Insert below" has
 * focus (it loses nothing); "Replace your draft" is one Ctrl+Z away from the letter they had.
 */
function ExistingDraftChoice({ step, ...props }: { step: DraftStep } & PickerActions) {
  const below = useRef<HTMLButtonElement>(null);
  useEffect(() => below.current?.focus(), []);
  return (
    <div
      data-existing-draft={step.id}
      role="group"
      aria-labelledby="mm-existing-draft-title"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        props.onCancel();
      }}
    >
      <p class="mm-notice" id="mm-existing-draft-title">
        Your draft already has {step.words} words. Where should “{step.title}” go?
      </p>
      <div class="mm-guard-actions mm-choice">
        <button type="button" data-action="replace-draft" onClick={props.onReplaceDraft}>
          Replace your draft
        </button>
        <button
          type="button"
          ref={below}
          class="mm-primary"
          data-action="insert-below"
          onClick={props.onInsertBelow}
        >
          Insert below
        </button>
        <button type="button" data-action="cancel-template" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

type LoiStep = Extract<PickerStep, { kind: 'letter-of-intent' }>;

/** The picker stops before a second letter of intent: why, a way back, and an override with a reason. */
function LetterOfIntentStop({ step, ...props }: { step: LoiStep } & PickerActions) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <div data-loi-guard={step.id}>
      <p class="mm-notice" role="alert">
        {step.explanation}
      </p>
      {step.overriding ? (
        <ReasonForm
          name="loi-insert"
          intro={null}
          reason={step.reason}
          error={step.error}
          submitLabel="Insert with this reason"
          onReason={props.onReason}
          onSubmit={props.onConfirmOverride}
          onCancel={props.onCancel}
        />
      ) : (
        <div class="mm-guard-actions">
          <button type="button" ref={back} class="mm-primary" data-action="loi-back" onClick={props.onCancel}>
            Choose another template
          </button>
          <button type="button" data-action="loi-override" onClick={props.onOverride}>
            Insert anyway…
          </button>
        </div>
      )}
    </div>
  );
}

interface SendDialogProps {
  /** Why the send was stopped (the guard's finding message). */
  explanation: string;
  reason: string;
  error: string | null;
  onReason(value: string): void;
  onSubmit(): void;
  onCancel(): void;
}

/** "Send anyway" on a second letter of intent: the email goes only with a reason, kept in the ledger. */
export function SendReasonDialog(props: SendDialogProps) {
  return (
    <div
      class="mm-guard"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="mm-loi-send-title"
      data-loi-send-guard
    >
      <h2 id="mm-loi-send-title">A second letter of intent</h2>
      <ReasonForm
        name="loi-send"
        intro={<p>{props.explanation}</p>}
        reason={props.reason}
        error={props.error}
        submitLabel="Send with this reason"
        onReason={props.onReason}
        onSubmit={props.onSubmit}
        onCancel={props.onCancel}
      />
    </div>
  );
}
