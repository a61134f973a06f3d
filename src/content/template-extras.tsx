/**
 * The template picker of one compose session (issue 4, items 4 and 5): which templates to offer first,
 * filling them from the applicant's records, asking for what is missing, the letter-of-intent guard, and
 * insertion through the editor's own input path. The session renders what `view()` returns into its panel
 * (deps.extras) and hands "Send anyway" on a guard here first (deps.beforeSendAnyway).
 */
import type { ComponentChildren } from 'preact';
import { programForAddress } from '../analyzer/context';
import type { Finding, ProgramInfo } from '../analyzer/types';
import { phaseOn } from '../calendar/match-calendar';
import type { Program, Records } from '../records';
import { templates } from '../templates/provided';
import type { RenderResult } from '../templates/types';
import { fieldLabel } from '../ui/TemplateForm';
import {
  type PickerGroup,
  type PickerStatus,
  type PickerStep,
  SendReasonDialog,
  TemplatePicker,
  TemplatesButton,
} from '../ui/TemplatePicker';
import { cleanAnswer, fieldProblem } from '../ui/template-field-check';
import { fillSubject, insertText, PlaceholderError } from './insert-template';
import {
  DUPLICATE_LOI_RULE,
  letterOfIntentBlock,
  needsSendReason,
  overrideProblem,
  programNamed,
} from './loi-guard';
import type { ComposeSession } from './session';

/** What the picker uses of a compose session (narrow, so tests can drive it without a real one). */
export type TemplateSession = Pick<
  ComposeSession,
  | 'handle'
  | 'snapshot'
  | 'report'
  | 'draftKind'
  | 'lastCaret'
  | 'overrideReason'
  | 'render'
  | 'analyzeNow'
  | 'sendAnyway'
>;

export interface TemplateExtrasDeps {
  records(): Records;
  today(): string;
  /** Saves typed profile answers where the profile is still empty (TP4; written by the service worker). */
  saveToProfile?(values: Partial<Record<ProfileKey, string>>): void;
}

/** Template fields that are profile fields the form offers to save, and their profile keys. */
const SAVABLE: Record<string, ProfileKey> = {
  'profile.name': 'name',
  'profile.aamcId': 'aamcId',
  'profile.school': 'school',
};
type ProfileKey = 'name' | 'aamcId' | 'school';

/** A To: display name that names a program ("Northlake Anesthesiology Residency"), not a person. */
const PROGRAM_WORDS =
  /\b(?:residency|program|programme|hospital|medical|health|university|college|department|school|clinic|center|centre|institute|anesthesiology|medicine|surgery|pediatrics|psychiatry|radiology|neurology|pathology)\b/i;

export function programFromDisplayName(name: string | null | undefined): string | null {
  const n = (name ?? '').replace(/\s+/g, ' ').trim();
  return n.length >= 4 && n.length <= 120 && PROGRAM_WORDS.test(n) && !/[@<>]/.test(n) ? n : null;
}

/** The program the email is addressed to, from the To: domains and the records' programs. */
export function recipientProgram(programs: readonly Program[], to: readonly string[]): Program | undefined {
  const infos: ProgramInfo[] = programs.map((p) => ({ name: p.name, domains: p.domains ?? [] }));
  for (const address of to) {
    const hit = programForAddress(address, infos);
    if (hit) return programs[infos.indexOf(hit)];
  }
  return undefined;
}

type Rendered = Extract<RenderResult, { ok: true }>;

/** From this many words of the applicant's own, a draft is a letter: a template is not added without asking. */
const LETTER_WORDS = 25;
/** How many templates the picker puts under "Suggested for this email". */
const SUGGESTED = 3;
const authorWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

export class TemplateController {
  private open = false;
  private step: PickerStep = { kind: 'list' };
  private status: PickerStatus | null = null;
  private focusId: string | null = null;
  /** What the applicant typed into the form for the template being filled. */
  private typed: Record<string, string> = {};
  /** The program chosen in the form when the recipient's is not known. */
  private chosenProgram: string | null = null;
  /** The reason given to go past the letter-of-intent stop for the template being filled. */
  private overriddenWith: string | null = null;
  private sendPrompt: { explanation: string; reason: string; error: string | null } | null = null;
  /** "Save to my profile" is ticked for the answers being inserted (TP4). */
  private saveTyped = true;
  /** A rendered template waiting for the applicant's choice about the letter already in the draft (TP5). */
  private pending: { id: string; rendered: Rendered; overrideReason?: string } | null = null;

  constructor(
    private readonly session: TemplateSession,
    private readonly deps: TemplateExtrasDeps,
  ) {}

  /** Template ids, best first: the program's own question, then the draft kind, the calendar, the thread. */
  suggestions(): string[] {
    const snapshot = this.session.snapshot;
    const asked = templates().programQuestionIn(snapshot?.thread ?? '');
    return templates().suggestTemplates({
      kind: this.session.draftKind(),
      phase: phaseOn(this.deps.today())?.phase,
      programAskedRank: asked.asksRank,
      programAskedOtherPrograms: asked.asksOtherPrograms,
      isReply: snapshot?.isReply,
      afterInterview: templates().threadAfterInterview(snapshot?.thread ?? ''),
    });
  }

  view(): { templates: ComponentChildren; templatesButton: ComponentChildren; dialog: ComponentChildren } {
    const groups = this.open ? this.groups() : [];
    const prompt = this.sendPrompt;
    return {
      templatesButton: <TemplatesButton open={this.open} onToggle={() => this.toggle()} />,
      templates: (
        <TemplatePicker
          open={this.open}
          groups={groups}
          step={this.step}
          status={this.status}
          focusId={this.focusId}
          onToggle={() => this.toggle()}
          onChoose={(id) => this.choose(id)}
          onField={(path, value) => this.field(path, value)}
          onProgram={(name) => this.pickProgram(name)}
          onSave={(save) => this.toggleSave(save)}
          onSubmitForm={() => this.submitForm()}
          onCancel={() => this.cancel()}
          onOverride={() => this.override()}
          onReason={(value) => this.reason(value)}
          onConfirmOverride={() => this.confirmOverride()}
          onReplaceDraft={() => this.placePending(true)}
          onInsertBelow={() => this.placePending(false)}
        />
      ),
      dialog: prompt && (
        <SendReasonDialog
          explanation={prompt.explanation}
          reason={prompt.reason}
          error={prompt.error}
          onReason={(value) => {
            prompt.reason = value;
            prompt.error = null;
            this.session.render();
          }}
          onSubmit={() => this.confirmSend()}
          onCancel={() => this.cancelSend()}
        />
      ),
    };
  }

  /** "Suggested for this email" (the best three), then every other template under its stage (TP1). */
  private groups(): PickerGroup[] {
    const known = this.knownValues();
    const item = (id: string) => {
      const t = templates().getTemplate(id);
      return t ? { id, title: t.title, description: t.description, preview: this.preview(id, known) } : null;
    };
    const suggested = this.suggestions().slice(0, SUGGESTED);
    const groups: PickerGroup[] = [
      { title: 'Suggested for this email', templates: suggested.flatMap((id) => item(id) ?? []) },
    ];
    for (const g of templates().TEMPLATE_GROUPS) {
      const rest = g.ids.filter((id) => !suggested.includes(id)).flatMap((id) => item(id) ?? []);
      if (rest.length) groups.push({ title: g.title, templates: rest });
    }
    return groups;
  }

  /** The letter as it would go in now: what the records know, and [Label] where an answer is still needed. */
  private preview(id: string, known: Record<string, string>): string {
    const template = templates().getTemplate(id);
    if (!template) return '';
    // renderTemplate refuses bracketed values (a placeholder must never be inserted), so the gaps go in as
    // tokens and become "[Label]" in the preview only.
    const filled = { ...known };
    const gaps: string[] = [];
    for (const path of template.fields.required)
      if (!filled[path]?.trim()) filled[path] = `\u2983${gaps.push(fieldLabel(path).label) - 1}\u2984`;
    const r = templates().renderTemplate(id, filled);
    return r.ok ? r.body.replace(/\u2983(\d+)\u2984/g, (_, i) => `[${gaps[Number(i)]}]`) : '';
  }

  toggle(): void {
    this.open = !this.open;
    this.step = { kind: 'list' };
    this.status = null;
    this.session.render();
  }

  /** Opens the picker on one template (the program-question notice's reply button). */
  openWith(id: string): void {
    this.open = true;
    this.step = { kind: 'list' };
    this.choose(id);
  }

  choose(id: string): void {
    if (!templates().getTemplate(id)) return;
    this.typed = {};
    this.saveTyped = true;
    this.chosenProgram = null;
    this.overriddenWith = null;
    this.status = null;
    this.focusId = id;
    this.advance(id);
  }

  private recipient(): Program | undefined {
    return recipientProgram(this.deps.records().programs, this.session.snapshot?.to ?? []);
  }

  /** Values MatchMail knows (records, recipient or chosen program, thread), without what was typed. */
  private knownValues(): Record<string, string> {
    const records = this.deps.records();
    const snapshot = this.session.snapshot;
    const program =
      this.recipient() ??
      (this.chosenProgram ? programNamed(records.programs, this.chosenProgram) : undefined);
    return templates().templateValues({
      profile: records.profile,
      program,
      threadSubject: snapshot?.isReply ? (snapshot.subject ?? undefined) : undefined,
      thread: snapshot?.isReply ? snapshot.thread : undefined,
    });
  }

  private values(): Record<string, string> {
    return templates().mergeValues(this.knownValues(), this.typed);
  }

  /**
   * Stops a second letter of intent (as soon as the program is known, so no form is filled in vain), asks
   * for what is missing, else inserts.
   */
  private advance(id: string, formError?: string): void {
    const template = templates().getTemplate(id);
    if (!template) return;
    const values = this.values();
    const result = templates().renderTemplate(id, values);
    const program = values['program.name'];
    if (template.kind === 'letter-of-intent' && this.overriddenWith === null && program) {
      const block = letterOfIntentBlock(this.deps.records(), program);
      if (block) {
        this.step = {
          kind: 'letter-of-intent',
          id,
          title: template.title,
          explanation: block.message,
          overriding: false,
          reason: this.session.overrideReason ?? '',
          error: null,
        };
        this.session.render();
        return;
      }
    }
    if (!result.ok) {
      this.openForm(id, formError ?? null);
      return;
    }
    this.insert(id, result, this.overriddenWith ?? undefined);
  }

  /** The form lists every required field the records cannot fill; typed values stay in their inputs. */
  private openForm(id: string, error: string | null): void {
    const template = templates().getTemplate(id);
    if (!template) return;
    const known = templates().renderTemplate(id, this.knownValues());
    const missing = known.ok ? [] : known.missing;
    const records = this.deps.records();
    const usesProgram = [...template.fields.required, ...template.fields.optional].some((f) =>
      f.startsWith('program.'),
    );
    const offerPrograms = usesProgram && !this.recipient() && records.programs.length > 0;
    // A program not in the records: its name is often the To: display name ("Riverbend Anesthesiology").
    if (missing.includes('program.name') && this.typed['program.name'] === undefined) {
      const shown = this.session.snapshot?.recipients.find(
        (r) => r.field === 'to' && programFromDisplayName(r.name),
      );
      const name = programFromDisplayName(shown?.name);
      if (name) this.typed['program.name'] = name;
    }
    this.step = {
      kind: 'form',
      id,
      title: template.title,
      fields: missing.map((path) => ({ path, value: this.typed[path] ?? '' })),
      programs: offerPrograms ? records.programs.map((p) => p.name) : undefined,
      program: this.chosenProgram,
      error,
      offerSave: missing.some((path) => path in SAVABLE),
      save: this.saveTyped,
    };
    this.session.render();
  }

  private field(path: string, value: string): void {
    this.typed[path] = value;
    if (this.step.kind === 'form') {
      // What was wrong with this answer goes as soon as it is being corrected.
      const { [path]: _fixed, ...fieldErrors } = this.step.fieldErrors ?? {};
      this.step = {
        ...this.step,
        fields: this.step.fields.map((f) => (f.path === path ? { path, value } : f)),
        fieldErrors,
      };
    }
    this.session.render();
  }

  private toggleSave(save: boolean): void {
    this.saveTyped = save;
    if (this.step.kind === 'form') this.step = { ...this.step, save };
    this.session.render();
  }

  private pickProgram(name: string | null): void {
    if (this.step.kind !== 'form') return;
    this.chosenProgram = name;
    this.openForm(this.step.id, null);
  }

  private submitForm(): void {
    const step = this.step;
    if (step.kind !== 'form') return;
    // Every answer is checked where it is typed (TP2, TP3): nothing goes in until each one is right.
    const fieldErrors: Record<string, string> = {};
    for (const f of step.fields) {
      const problem = fieldProblem(f.path, f.value);
      if (problem) fieldErrors[f.path] = problem;
      else this.typed[f.path] = cleanAnswer(f.path, f.value);
    }
    const n = Object.keys(fieldErrors).length;
    if (n > 0) {
      this.step = {
        ...step,
        fieldErrors,
        attempt: (step.attempt ?? 0) + 1,
        // The summary names each field too, for whoever reads only the alert.
        error: Object.entries(fieldErrors)
          .map(([path, problem]) => `"${fieldLabel(path).label}": ${problem}`)
          .join(' '),
      };
      this.session.render();
      return;
    }
    this.advance(
      step.id,
      'Some answers look like placeholders (such as "[Program Name]"): write the real words.',
    );
  }

  private cancel(): void {
    this.pending = null;
    this.step = { kind: 'list' };
    this.session.render();
  }

  private override(): void {
    if (this.step.kind !== 'letter-of-intent') return;
    this.step = { ...this.step, overriding: true };
    this.session.render();
  }

  private reason(value: string): void {
    if (this.step.kind !== 'letter-of-intent') return;
    this.step = { ...this.step, reason: value, error: null };
    this.session.render();
  }

  private confirmOverride(): void {
    const step = this.step;
    if (step.kind !== 'letter-of-intent') return;
    const program = this.values()['program.name'] ?? '';
    const problem = overrideProblem(this.deps.records(), program, step.reason, this.deps.today());
    if (problem) {
      this.step = { ...step, error: problem };
      this.session.render();
      return;
    }
    this.overriddenWith = step.reason.trim();
    this.advance(step.id);
  }

  /** Inserts, or first asks where when the draft already holds a letter (TP5). */
  private insert(id: string, rendered: Rendered, overrideReason?: string): void {
    const words = authorWords(this.session.snapshot?.text ?? '');
    if (words >= LETTER_WORDS) {
      this.pending = { id, rendered, overrideReason };
      this.step = { kind: 'existing-draft', id, title: templates().getTemplate(id)?.title ?? id, words };
      this.session.render();
      return;
    }
    this.place(id, rendered, overrideReason, false);
  }

  private placePending(replace: boolean): void {
    const p = this.pending;
    this.pending = null;
    if (p) this.place(p.id, p.rendered, p.overrideReason, replace);
  }

  private place(id: string, rendered: Rendered, overrideReason: string | undefined, replace: boolean): void {
    const title = templates().getTemplate(id)?.title ?? id;
    const handle = this.session.handle;
    this.open = false;
    this.step = { kind: 'list' };
    try {
      const subjectFilled = fillSubject(handle.subjectInput, rendered.subject);
      const result = insertText(handle, rendered.body, this.session.lastCaret, {
        replaceAuthorText: replace,
      });
      if (overrideReason) this.session.overrideReason = overrideReason;
      if (result.ok) this.saveAnswers();
      this.status = result.ok
        ? {
            text: `${replace ? 'Replaced your draft with' : 'Inserted'} "${title}"${subjectFilled ? ' and filled in the subject' : ''}. Ctrl+Z ${replace ? 'brings your draft back' : 'takes it out again'}.`,
            error: false,
          }
        : {
            text: 'MatchMail could not confirm the template went into your text. Check the draft, or click where it should go and try again.',
            error: true,
          };
    } catch (error) {
      this.status = {
        text:
          error instanceof PlaceholderError
            ? 'A template field was left unfilled, so nothing was inserted.'
            : 'MatchMail could not insert the template here. Your draft is unchanged.',
        error: true,
      };
    }
    // Re-check right away (the editor's input event usually has already), and show the status.
    this.session.analyzeNow();
    this.session.render();
  }

  /** The typed profile answers go to the profile, where it is empty, when "Save to my profile" is ticked. */
  private saveAnswers(): void {
    if (!this.saveTyped) return;
    const values: Partial<Record<ProfileKey, string>> = {};
    for (const [path, key] of Object.entries(SAVABLE)) {
      const v = this.typed[path]?.trim();
      if (v) values[key] = v;
    }
    if (Object.keys(values).length) this.deps.saveToProfile?.(values);
  }

  /** "Send anyway" on the guard: a second letter of intent needs a reason first. */
  beforeSendAnyway(findings: readonly Finding[]): boolean {
    if (!needsSendReason(findings)) return false;
    const finding = findings.find((f) => f.ruleId === DUPLICATE_LOI_RULE);
    this.sendPrompt = {
      explanation: `${finding?.message ?? ''} To send it anyway, say why; the reason is kept with this email in your records.`,
      reason: this.session.overrideReason ?? '',
      error: null,
    };
    return true;
  }

  private confirmSend(): void {
    const prompt = this.sendPrompt;
    if (!prompt) return;
    const program = this.recipient()?.name ?? '';
    const problem = overrideProblem(this.deps.records(), program, prompt.reason, this.deps.today());
    if (problem) {
      prompt.error = problem;
      this.session.render();
      return;
    }
    this.sendPrompt = null;
    this.session.sendAnyway(prompt.reason.trim());
  }

  private cancelSend(): void {
    this.sendPrompt = null;
    this.session.render();
    this.session.handle.editable.focus();
  }
}

/** One controller per session, created on the session's first render. */
export function createTemplateExtras(deps: TemplateExtrasDeps) {
  const controllers = new WeakMap<TemplateSession, TemplateController>();
  const controllerFor = (session: TemplateSession) => {
    let c = controllers.get(session);
    if (!c) {
      c = new TemplateController(session, deps);
      controllers.set(session, c);
    }
    return c;
  };
  return {
    extras: (session: TemplateSession) => controllerFor(session).view(),
    useTemplate: (session: TemplateSession, id: string) => controllerFor(session).openWith(id),
    beforeSendAnyway: (session: TemplateSession, findings: Finding[]) =>
      controllerFor(session).beforeSendAnyway(findings),
  };
}
