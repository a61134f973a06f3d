// @vitest-environment happy-dom
/**
 * The picker of one compose session, driven through its own buttons and forms (rendered with Preact into
 * happy-dom) on the provider fixtures, with a stand-in session: suggestions, the fill-in form, program
 * choice, the letter-of-intent stop with its required reason, the Send-side reason dialog, and the promise
 * that no template markup ever reaches the draft.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Finding, Report } from '../../../src/analyzer/types';
import { TemplateController, type TemplateSession } from '../../../src/content/template-extras';
import { gmail, outlook } from '../../../src/providers';
import type { ComposeHandle, Provider } from '../../../src/providers/types';
import { emptyRecords, type Records } from '../../../src/records';
import * as library from '../../../src/templates';
import { TEMPLATE_IDS } from '../../../src/templates';
import { provideTemplates } from '../../../src/templates/provided';
import { loadFixture } from '../providers/load-fixture';

// The real library, as the engine hands it to the content script.
provideTemplates(library);

const NORTHLAKE = {
  name: 'Northlake Health Anesthesiology',
  aliases: ['Northlake Health', 'Northlake'],
  domains: ['northlake-health.example'],
  programDirector: { name: 'Evelyn Marsh' },
  coordinator: { name: 'Rosa Alvarez' },
  specialty: 'Anesthesiology',
};
const CEDAR_VALLEY = {
  name: 'Cedar Valley Anesthesiology',
  domains: ['cedarvalley.example'],
  programDirector: { name: 'Jordan Pike' },
  coordinator: { name: 'Lena Brooks' },
  specialty: 'Anesthesiology',
  liked: 'the resident-run acute pain service',
};

function records(patch: Partial<Records> = {}): Records {
  return {
    ...emptyRecords(),
    profile: { name: 'Maya Okafor', aamcId: '14820573', school: 'University of Lagos College of Medicine' },
    programs: [NORTHLAKE, CEDAR_VALLEY],
    ...patch,
  };
}

interface Rig {
  handle: ComposeHandle;
  session: TemplateSession & { sendAnyway: ReturnType<typeof vi.fn> };
  controller: TemplateController;
  ui: HTMLElement;
  $(selector: string): HTMLElement;
  all(selector: string): HTMLElement[];
  editableText(): string;
}

function rig(
  provider: Provider,
  fixture: string,
  data: Records,
  opts: { index?: number; kind?: string; prepare?(doc: Document): void } = {},
): Rig {
  const doc = loadFixture(fixture);
  opts.prepare?.(doc);
  const handle = provider.findComposes(doc)[opts.index ?? 0] as ComposeHandle;
  const ui = doc.createElement('div');
  doc.body.append(ui);
  let controller!: TemplateController;
  const session = {
    handle,
    snapshot: handle.read(),
    report: { kind: opts.kind ?? 'other' } as unknown as Report,
    draftKind: () => (opts.kind ?? 'other') as Report['kind'],
    lastCaret: null as Range | null,
    overrideReason: null as string | null,
    render() {
      const view = controller.view();
      render(
        <>
          {view.templatesButton}
          {view.templates}
          {view.dialog}
        </>,
        ui,
      );
    },
    analyzeNow() {
      session.snapshot = handle.read();
    },
    // The real session closes its guard and re-renders when sending.
    sendAnyway: vi.fn(() => session.render()),
  };
  controller = new TemplateController(session, { records: () => data, today: () => '2026-11-25' });
  act(() => session.render());
  const all = (selector: string) => [...ui.querySelectorAll<HTMLElement>(selector)];
  return {
    handle,
    session,
    controller,
    ui,
    all,
    $(selector) {
      const el = ui.querySelector<HTMLElement>(selector);
      if (!el) throw new Error(`nothing matches ${selector}`);
      return el;
    },
    editableText: () => handle.editable.textContent ?? '',
  };
}

const click = (el: HTMLElement) => act(() => el.click());
function type(el: HTMLElement, value: string) {
  act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const submit = (form: HTMLElement) =>
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
const key = (el: HTMLElement, k: string, init: KeyboardEventInit = {}) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));
  });
const MARKUP = /\{\{|\}\}|\[\[|\]\]/;

describe('suggestions', () => {
  test('a reply to a program message asking "where will you rank us?" offers the rank-question reply first', () => {
    const r = rig(gmail, 'gmail/reply-inline.html', records(), { kind: 'reply-to-program' });
    expect(r.all('[data-template-id]')).toHaveLength(0);
    click(r.$('[data-action="templates"]'));
    expect(r.$('[data-action="templates"]').getAttribute('aria-expanded')).toBe('true');
    const ids = r.all('[data-template-id]').map((b) => b.dataset.templateId);
    expect(ids[0]).toBe('reply-rank-question');
    expect([...ids].sort()).toEqual([...TEMPLATE_IDS].sort());
  });

  test('a new email does not put reply templates first', () => {
    const r = rig(gmail, 'gmail/new-compose.html', records(), { kind: 'letter-of-interest' });
    click(r.$('[data-action="templates"]'));
    expect(r.all('[data-template-id]')[0]?.dataset.templateId).toBe('letter-of-interest');
  });
});

describe('the fill-in form', () => {
  let r: Rig;
  beforeEach(() => {
    r = rig(gmail, 'gmail/new-compose.html', records());
    click(r.$('[data-action="templates"]'));
  });

  test('asks only for what the records do not know, labelled, with the first field focused', () => {
    const before = r.handle.editable.innerHTML;
    click(r.$('[data-template-id="letter-of-interest"]'));
    const form = r.$('[data-template-form="letter-of-interest"]');
    const inputs = [...form.querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.map((i) => i.dataset.field)).toEqual(['program.liked']);
    const label = inputs[0]?.closest('label');
    expect(label?.textContent).toContain('What you liked about the program');
    expect(label?.getAttribute('for')).toBe(inputs[0]?.id);
    expect(document.activeElement).toBe(inputs[0]);
    expect(r.handle.editable.innerHTML, 'nothing inserted yet').toBe(before);
  });

  test('submitting with a field empty shows an error and inserts nothing', () => {
    const before = r.handle.editable.innerHTML;
    click(r.$('[data-template-id="letter-of-interest"]'));
    submit(r.$('[data-template-form]'));
    expect(r.$('[data-template-form] [role="alert"]').textContent).toContain(
      'What you liked about the program',
    );
    expect(r.handle.editable.innerHTML).toBe(before);
  });

  test('an answer that is itself a placeholder is refused; nothing reaches the draft', () => {
    const before = r.handle.editable.innerHTML;
    click(r.$('[data-template-id="letter-of-interest"]'));
    type(r.$('[data-field="program.liked"]'), '[What I liked]');
    submit(r.$('[data-template-form]'));
    expect(r.$('[data-template-form] [role="alert"]').textContent).toMatch(/placeholder/);
    expect(r.handle.editable.innerHTML).toBe(before);
  });

  test('Escape cancels back to the list, focused on the template, and inserts nothing', () => {
    const before = r.handle.editable.innerHTML;
    click(r.$('[data-template-id="letter-of-interest"]'));
    key(r.$('[data-field="program.liked"]'), 'Escape');
    expect(r.all('[data-template-form]')).toHaveLength(0);
    expect(document.activeElement).toBe(r.$('[data-template-id="letter-of-interest"]'));
    expect(r.handle.editable.innerHTML).toBe(before);
  });

  test('answered: the filled template goes into the author text; a written subject is kept', () => {
    const subject = (r.handle.subjectInput as HTMLInputElement).value;
    click(r.$('[data-template-id="letter-of-interest"]'));
    type(r.$('[data-field="program.liked"]'), 'the regional anesthesia curriculum');
    submit(r.$('[data-template-form]'));
    click(r.$('[data-action="insert-below"]'));
    const text = r.handle.read().text;
    expect(text).toContain('I am writing to share my continued interest in Northlake Health Anesthesiology.');
    expect(text).toContain('What I value most is the regional anesthesia curriculum.');
    expect(r.editableText()).not.toMatch(MARKUP);
    expect((r.handle.subjectInput as HTMLInputElement).value).toBe(subject);
    expect(r.$('[data-template-status]').textContent).toContain('Inserted "Letter of interest"');
    expect(r.all('[data-template-picker]'), 'the picker closes').toHaveLength(0);
  });
});

describe('program choice', () => {
  test('with no known recipient program, the form offers the records’ programs, and a choice fills them in', () => {
    // The one address in To: belongs to no program in the records.
    const r = rig(outlook, 'outlook/docked-compose.html', records(), {
      prepare(doc) {
        for (const el of doc.querySelectorAll('[class^="individualText"]'))
          if (el.textContent?.includes('@northlake')) el.textContent = 'someone@elsewhere.example';
      },
    });
    expect(r.handle.read().to).toEqual(['someone@elsewhere.example']);
    click(r.$('[data-action="templates"]'));
    click(r.$('[data-template-id="letter-of-interest"]'));
    const select = r.$('select[data-field="program"]') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['', NORTHLAKE.name, CEDAR_VALLEY.name]);
    expect(r.all('input[data-field]').map((i) => i.dataset.field)).toEqual(
      expect.arrayContaining(['program.name', 'program.director.lastName', 'program.liked']),
    );
    act(() => {
      select.value = CEDAR_VALLEY.name;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(r.all('input[data-field]'), 'Cedar Valley’s record knows everything').toHaveLength(0);
    submit(r.$('[data-template-form]'));
    click(r.$('[data-action="insert-below"]'));
    const text = r.handle.read().text;
    expect(text).toContain('Dear Dr. Pike,');
    expect(text).toContain('What I value most is the resident-run acute pain service.');
  });
});

describe('letter-of-intent guard on insert', () => {
  const earlier = { program: CEDAR_VALLEY.name, kind: 'letter-of-intent' as const, date: '2026-11-20' };

  test('stops before asking for fields, explains, and "Choose another template" goes back', () => {
    const r = rig(gmail, 'gmail/new-compose.html', records({ ledger: [earlier] }));
    const before = r.handle.editable.innerHTML;
    click(r.$('[data-action="templates"]'));
    click(r.$('[data-template-id="letter-of-intent"]'));
    const stop = r.$('[data-loi-guard="letter-of-intent"]');
    expect(stop.textContent).toContain(`letter of intent to ${CEDAR_VALLEY.name}`);
    expect(stop.textContent).toContain('November 20, 2026');
    expect(r.all('[data-template-form]')).toHaveLength(0);
    expect(document.activeElement).toBe(r.$('[data-action="loi-back"]'));
    click(r.$('[data-action="loi-back"]'));
    expect(r.all('[data-loi-guard]')).toHaveLength(0);
    expect(r.handle.editable.innerHTML).toBe(before);
  });

  test('the override needs a non-empty reason, then the form, then insertion; the reason stays with the session', () => {
    const r = rig(gmail, 'gmail/new-compose.html', records({ ledger: [earlier] }));
    const before = r.handle.editable.innerHTML;
    click(r.$('[data-action="templates"]'));
    click(r.$('[data-template-id="letter-of-intent"]'));
    click(r.$('[data-action="loi-override"]'));
    const reason = r.$('[data-field="override-reason"]');
    expect(document.activeElement).toBe(reason);
    type(reason, '   ');
    key(reason, 'Enter');
    expect(r.$('[data-reason-form="loi-insert"] [role="alert"]').textContent).toBe(
      'Say why you are sending a second letter of intent before going ahead.',
    );
    expect(r.handle.editable.innerHTML).toBe(before);

    type(r.$('[data-field="override-reason"]'), ' Cedar Valley closed its list. ');
    key(r.$('[data-field="override-reason"]'), 'Enter', { shiftKey: true });
    expect(r.all('[data-template-form]'), 'Shift+Enter is a new line, not a submit').toHaveLength(0);
    key(r.$('[data-field="override-reason"]'), 'Enter');
    type(r.$('[data-field="program.liked"]'), 'the regional anesthesia curriculum');
    submit(r.$('[data-template-form]'));
    click(r.$('[data-action="insert-below"]'));
    expect(r.handle.read().text).toContain('I intend to rank Northlake Health Anesthesiology first');
    expect(r.editableText()).not.toMatch(MARKUP);
    expect(r.session.overrideReason).toBe('Cedar Valley closed its list.');
  });

  test('an earlier letter of intent to the same program (by an alias) does not stop it', () => {
    const r = rig(
      gmail,
      'gmail/new-compose.html',
      records({ ledger: [{ ...earlier, program: 'Northlake' }] }),
    );
    click(r.$('[data-action="templates"]'));
    click(r.$('[data-template-id="letter-of-intent"]'));
    expect(r.all('[data-loi-guard]')).toHaveLength(0);
    expect(r.all('[data-template-form="letter-of-intent"]')).toHaveLength(1);
  });
});

describe('letter-of-intent guard on Send', () => {
  const duplicate = {
    ruleId: 'duplicate-letter-of-intent',
    message: 'Your records show a letter of intent to Cedar Valley.',
  } as Finding;

  test('other guard findings are left to the session', () => {
    const r = rig(gmail, 'gmail/new-compose.html', records());
    expect(r.controller.beforeSendAnyway([{ ...duplicate, ruleId: 'ask-rank-position' }])).toBe(false);
  });

  test('"Send anyway" asks for the reason (prefilled from the insertion); empty does not send; given, it sends with it', () => {
    const r = rig(gmail, 'gmail/new-compose.html', records());
    r.session.overrideReason = 'Plans changed.';
    expect(r.controller.beforeSendAnyway([duplicate])).toBe(true);
    act(() => r.session.render());
    const dialog = r.$('[data-loi-send-guard]');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.textContent).toContain('Your records show a letter of intent to Cedar Valley.');
    const field = r.$('[data-field="override-reason"]') as HTMLTextAreaElement;
    expect(field.value).toBe('Plans changed.');
    type(field, '');
    submit(r.$('[data-reason-form="loi-send"]'));
    expect(r.$('[data-reason-form="loi-send"] [role="alert"]')).toBeTruthy();
    expect(r.session.sendAnyway).not.toHaveBeenCalled();
    type(r.$('[data-field="override-reason"]'), 'Cedar Valley closed its list.');
    click(r.$('[data-action="confirm-override"]'));
    expect(r.session.sendAnyway).toHaveBeenCalledWith('Cedar Valley closed its list.');
    expect(r.all('[data-loi-send-guard]')).toHaveLength(0);
  });

  test('Escape closes the dialog without sending and returns to the editor', () => {
    const r = rig(gmail, 'gmail/new-compose.html', records());
    r.controller.beforeSendAnyway([duplicate]);
    act(() => r.session.render());
    key(r.$('[data-field="override-reason"]'), 'Escape');
    expect(r.all('[data-loi-send-guard]')).toHaveLength(0);
    expect(r.session.sendAnyway).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(r.handle.editable);
  });
});

describe('no placeholder ever reaches the draft', () => {
  test.each(TEMPLATE_IDS)('%s: filled from the records and the form, inserted without markup', (id) => {
    const r = rig(gmail, 'gmail/two-composes.html', records(), { index: 1 });
    const subject = r.handle.subjectInput as HTMLInputElement;
    expect(subject.value).toBe('');
    click(r.$('[data-action="templates"]'));
    click(r.$(`[data-template-id="${id}"]`));
    // An answer of the kind each field takes (a score is a number since TP2).
    for (const input of r.all('[data-template-form] input[data-field]'))
      type(
        input,
        (input as HTMLInputElement).dataset.field === 'score.value' ? '251' : 'a value the applicant typed',
      );
    if (r.all('[data-template-form]').length) submit(r.$('[data-template-form]'));
    expect(r.all('[data-template-form], [data-loi-guard]')).toHaveLength(0);
    expect(r.handle.read().text.length).toBeGreaterThan(100);
    expect(r.editableText()).not.toMatch(MARKUP);
    expect(subject.value).not.toMatch(MARKUP);
    expect(r.editableText()).toContain('AAMC ID 14820573');
  });
});
