// @vitest-environment happy-dom
/**
 * The options page's components in happy-dom over WXT's fake browser storage: validation errors sit next
 * to their fields and nothing is written, input survives a failed save, imports are shown before they are
 * applied, set-aside data is announced, and stored text is never turned into markup.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { storedPrograms } from '../records/stored';

const PAYLOAD = '<img src=x onerror="window.__mmPwned=1">';

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

const local = () => fakeBrowser.storage.local;

async function until<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = probe();
    if (v) return v;
    await new Promise((ok) => setTimeout(ok, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);

async function mount(): Promise<void> {
  render(<OptionsApp />, root);
  await until(() => $('#profile-name'), 'the profile form');
}

/** Lets Preact render, as it does between two real events. */
const tick = () => new Promise((ok) => setTimeout(ok, 0));

async function type(sel: string, value: string): Promise<void> {
  const el = $<HTMLInputElement | HTMLTextAreaElement>(sel);
  if (!el) throw new Error(`no ${sel}`);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await tick();
}

async function choose(sel: string, value: string): Promise<void> {
  const el = $<HTMLSelectElement>(sel);
  if (!el) throw new Error(`no ${sel}`);
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await tick();
}

function submit(formSel: string): void {
  const form = $<HTMLFormElement>(formSel);
  if (!form) throw new Error(`no ${formSel}`);
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

function chooseFile(sel: string, name: string, text: string, type = 'text/csv'): void {
  const input = $<HTMLInputElement>(sel);
  if (!input) throw new Error(`no ${sel}`);
  const file = new File([text], name, { type });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const status = () => $('[data-status]')?.textContent ?? '';

describe('profile', () => {
  it('a bad AAMC ID is shown on the field, announced, not saved, and the input stays', async () => {
    await local().set({ profile: { name: 'Maya Ortiz', aamcId: '14285739' } });
    await mount();
    expect($<HTMLInputElement>('#profile-aamcId')?.value).toBe('14285739');
    await type('#profile-aamcId', '123');
    submit('form[data-form="profile"]');
    const error = await until(() => $('#profile-aamcId-error'), 'the field error');
    expect(error.textContent).toContain('Must be 8 digits.');
    const field = $<HTMLInputElement>('#profile-aamcId');
    expect(field?.getAttribute('aria-invalid')).toBe('true');
    expect(field?.getAttribute('aria-describedby')?.split(' ')).toContain('profile-aamcId-error');
    expect($('#profile-errors')?.getAttribute('role')).toBe('alert');
    expect($('#profile-errors a')?.getAttribute('href')).toBe('#profile-aamcId');
    expect(field?.value).toBe('123');
    expect((await local().get('profile')).profile).toEqual({ name: 'Maya Ortiz', aamcId: '14285739' });

    await type('#profile-aamcId', '87654321');
    await type('#profile-step2ck', '251');
    submit('form[data-form="profile"]');
    await until(() => status().includes('Profile saved.'), 'the saved message');
    expect((await local().get('profile')).profile).toEqual({
      name: 'Maya Ortiz',
      aamcId: '87654321',
      scores: { step2ck: 251 },
    });
    expect($('#profile-aamcId-error')).toBeNull();
  });

  it('every control has a label', async () => {
    await local().set({
      programs: [{ name: 'A' }],
      ledger: [{ program: 'A', kind: 'thank-you', date: '2027-01-02' }],
      settings: { enabled: true, disabledRules: ['hedging'], disabledEmails: [] },
    });
    await mount();
    ($('[data-action="add-program"]') as HTMLButtonElement).click();
    ($('[data-action="add-ledger-entry"]') as HTMLButtonElement).click();
    await until(() => $('#program-name') && $('#ledger-program'), 'both forms');
    const unlabelled = [...root.querySelectorAll('input, select, textarea')].filter(
      (el) => !root.querySelector(`label[for="${el.id}"]`) && !el.getAttribute('aria-label'),
    );
    expect(unlabelled.map((el) => el.outerHTML)).toEqual([]);
    const nameless = [...root.querySelectorAll('button')].filter((b) => !b.textContent?.trim());
    expect(nameless).toEqual([]);
  });
});

describe('programs', () => {
  it('adds a program through the form; a duplicate name is refused with the input kept', async () => {
    await local().set({ programs: [{ name: 'Harbor General' }] });
    await mount();
    ($('[data-action="add-program"]') as HTMLButtonElement).click();
    await until(() => $('#program-name'), 'the program form');
    await type('#program-name', 'harbor general');
    await type('#program-domains', 'lakeside.edu');
    submit('form[data-form="program"]');
    const error = await until(() => $('#program-name-error'), 'the duplicate error');
    expect(error.textContent).toContain('Is already used by the program "Harbor General".');
    expect($<HTMLTextAreaElement>('#program-domains')?.value).toBe('lakeside.edu');
    expect(await storedPrograms(await local().get('programs'))).toEqual([{ name: 'Harbor General' }]);

    await type('#program-name', 'Lakeside');
    await choose('#program-policy', 'closed');
    submit('form[data-form="program"]');
    await until(() => status().includes('Added Lakeside.'), 'the added message');
    expect(await storedPrograms(await local().get('programs'))).toEqual([
      { name: 'Harbor General' },
      { name: 'Lakeside', domains: ['lakeside.edu'], policy: { noPostInterviewCommunication: true } },
    ]);
  });

  it('a CSV is previewed with its notes, and merged only on confirmation', async () => {
    await local().set({ programs: [{ name: 'Harbor General', city: 'Boston' }] });
    await mount();
    chooseFile(
      '#csv-file',
      'list.csv',
      'Program,City,Interview date,Favorite color\nHarbor General,Cambridge,,\nBad Date,X,2027-02-30,\nLakeside,Chicago,2027-01-15,blue\n',
    );
    const result = await until(() => $('#csv-result'), 'the CSV preview');
    expect(result.textContent).toContain(
      'list.csv: 3 programs ready to import (2 new, 1 updating one on your list).',
    );
    // An unreadable cell costs the row only that cell (S4), and the preview says so.
    expect(result.querySelector('[role="alert"]')).toBeNull();
    expect(result.textContent).toContain(
      'row 3: interviewDate "2027-02-30" is not a date (for example 01/14/2027, Jan 14, 2027 or 2027-01-14); imported without it',
    );
    expect(result.textContent).toContain('column "Favorite color" is not used');
    expect(await storedPrograms(await local().get('programs'))).toEqual([
      { name: 'Harbor General', city: 'Boston' },
    ]);
    ($('[data-action="merge-csv"]') as HTMLButtonElement).click();
    await until(() => status().includes('Imported 3 programs from list.csv.'), 'the import message');
    expect(await storedPrograms(await local().get('programs'))).toEqual([
      { name: 'Harbor General', city: 'Cambridge' },
      { name: 'Bad Date', city: 'X' },
      { name: 'Lakeside', city: 'Chicago', interviewDate: '2027-01-15' },
    ]);
  });
});

describe('B1: a CSV row taking the alias of a program on the list', () => {
  it('is named in the preview before anything is written, and the listed program is kept', async () => {
    const northlake = {
      name: 'Northlake Health Anesthesiology',
      aliases: ['Northlake'],
      liked: 'the blocks',
    };
    await local().set({ programs: [northlake] });
    await mount();
    chooseFile(
      '#csv-file',
      'list.csv',
      'Program,Aliases\nNorthgate Surgery,Northlake\nAlpha IM,AIM\nBeta IM,AIM\n',
    );
    const result = await until(() => $('#csv-result'), 'the CSV preview');
    expect(result.textContent).toContain(
      'list.csv: 1 program ready to import (1 new, 0 updating one on your list).',
    );
    const problems = result.querySelector('[role="alert"]')?.textContent ?? '';
    expect(problems).toContain('"Northlake" already names "Northlake Health Anesthesiology" on your list');
    expect(problems).toContain('row 4: "AIM" is already used by "Alpha IM" on row 3');
    ($('[data-action="merge-csv"]') as HTMLButtonElement).click();
    await until(() => status().includes('Imported 1 program from list.csv.'), 'the import message');
    expect(await storedPrograms(await local().get('programs'))).toEqual([
      northlake,
      { name: 'Alpha IM', aliases: ['AIM'] },
    ]);
  });
});

describe('files and quarantine', () => {
  it('a JSON file with a bad field is refused naming the field; nothing changes', async () => {
    await local().set({ ledger: [{ program: 'A', kind: 'thank-you', date: '2027-01-02' }] });
    await mount();
    chooseFile(
      '#json-file',
      'backup.json',
      JSON.stringify({
        format: 'matchmail-records',
        version: 1,
        ledger: [{ program: 'A', kind: 'hello', date: 'x' }],
      }),
      'application/json',
    );
    const result = await until(() => $('#json-result'), 'the JSON result');
    expect(result.textContent).toContain('backup.json cannot be imported; nothing was changed');
    expect(result.textContent).toContain('ledger[0].kind: must be one of');
    expect(result.textContent).toContain('ledger[0].date: must be a date written YYYY-MM-DD');
    expect($('[data-action="import-json"]')).toBeNull();
    expect((await local().get('ledger')).ledger).toEqual([
      { program: 'A', kind: 'thank-you', date: '2027-01-02' },
    ]);
  });

  it('corrupted stored data is announced with what was wrong, and can be cleared', async () => {
    await local().set({ programs: 'not a list' });
    await mount();
    const notice = await until(() => $('[data-quarantine]'), 'the quarantine notice');
    expect(notice.textContent).toContain('your programs');
    expect(notice.textContent).toContain('programs: must be a list of programs');
    (notice.querySelector('button:not(.mm-primary)') as HTMLButtonElement).click();
    const confirm = await until(
      () => $<HTMLButtonElement>('[data-action="clear-quarantine"]'),
      'the confirm',
    );
    confirm.click();
    await until(() => !$('[data-quarantine]'), 'the notice to go');
    expect((await local().get('quarantine')).quarantine).toEqual([]);
  });
});

describe('injection', () => {
  it('stored payloads are rendered as text, never as elements', async () => {
    await local().set({
      profile: { name: PAYLOAD },
      programs: [{ name: PAYLOAD, city: PAYLOAD, programDirector: { name: PAYLOAD } }],
      ledger: [{ program: PAYLOAD, kind: 'other', date: '2027-01-01', subject: PAYLOAD }],
      settings: { enabled: true, disabledRules: [PAYLOAD], disabledEmails: [] },
    });
    await mount();
    await until(() => $('[data-program]'), 'the program list');
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect($('[data-program] h3')?.textContent).toBe(PAYLOAD);
    expect($('[data-ledger-row]')?.textContent).toContain(PAYLOAD);
    expect($('[data-disabled-rule]')?.textContent).toContain(PAYLOAD);
    expect($<HTMLInputElement>('#profile-name')?.value).toBe(PAYLOAD);
  });
});

describe('a change made elsewhere', () => {
  it('shows up without a reload, and does not overwrite what the user is typing', async () => {
    await local().set({ profile: { name: 'Maya' } });
    await mount();
    await type('#profile-school', 'Universidad Central');
    await local().set({
      profile: { name: 'Maya Ortiz' },
      ledger: [{ program: 'Lakeside', kind: 'thank-you', date: '2027-01-20' }],
    });
    await until(() => $('[data-ledger-row]'), 'the new ledger row');
    expect($<HTMLInputElement>('#profile-school')?.value).toBe('Universidad Central');
    expect($<HTMLInputElement>('#profile-name')?.value).toBe('Maya');
  });
});

describe('B10: two options tabs', () => {
  it('a profile changed in another tab while this one holds edits: warned at once, the save refused, the other change kept', async () => {
    await local().set({ profile: { name: 'Maya Okafor', school: 'Old School' } });
    await mount();
    await type('#profile-school', 'New School');
    // Tab B saves a new name (what storage.local.set from another page looks like here).
    await local().set({ profile: { name: 'Maya Okafor-Reyes', school: 'Old School' } });
    const warning = await until(() => $('[data-conflict="profile"]'), 'the warning');
    expect(warning.textContent).toContain('changed in another MatchMail tab');
    submit('form[data-form="profile"]');
    await until(() => root.textContent?.includes('nothing was saved'), 'the refusal');
    expect((await local().get('profile')).profile).toEqual({
      name: 'Maya Okafor-Reyes',
      school: 'Old School',
    });
  });

  it('a program changed in another tab while this one edits it: the save is refused, the other change kept', async () => {
    await local().set({ programs: [{ name: 'Harbor General', city: 'Boston' }] });
    await mount();
    ($('[aria-label="Edit Harbor General"]') as HTMLButtonElement).click();
    await until(() => $('#program-city'), 'the program form');
    await type('#program-city', 'Cambridge');
    await local().set({
      programs: [{ name: 'Harbor General', city: 'Boston', interviewDate: '2026-02-02' }],
    });
    // The page re-reads storage on its change event.
    await new Promise((ok) => setTimeout(ok, 200));
    submit('form[data-form="program"]');
    await until(() => root.textContent?.includes('nothing was saved'), 'the refusal');
    expect(await storedPrograms(await local().get('programs'))).toEqual([
      { name: 'Harbor General', city: 'Boston', interviewDate: '2026-02-02' },
    ]);
  });
});

describe('B16: fields this version does not know', () => {
  it('survive editing a program and the profile in the options page', async () => {
    await local().set({
      programs: [
        { name: 'Harbor General', notes: 'call back', programDirector: { name: 'Dr. M', email: 'm@x.org' } },
      ],
      programs$: { v: 3 },
      profile: { name: 'Maya', pronouns: 'she/her', scores: { step2ck: 250, step2cs: 'pass' } },
    });
    await mount();
    ($('[aria-label="Edit Harbor General"]') as HTMLButtonElement).click();
    await until(() => $('#program-city'), 'the program form');
    await type('#program-city', 'Cambridge');
    submit('form[data-form="program"]');
    await until(() => status().includes('Saved Harbor General.'), 'the saved message');
    expect(await storedPrograms(await local().get('programs'))).toEqual([
      {
        name: 'Harbor General',
        notes: 'call back',
        programDirector: { name: 'Dr. M', email: 'm@x.org' },
        city: 'Cambridge',
      },
    ]);
    await type('#profile-school', 'Lakeside');
    submit('form[data-form="profile"]');
    await until(() => status().includes('Profile saved.'), 'the saved message');
    expect((await local().get('profile')).profile).toEqual({
      name: 'Maya',
      pronouns: 'she/her',
      school: 'Lakeside',
      scores: { step2ck: 250, step2cs: 'pass' },
    });
  });
});
