/**
 * The options page in the real browser (issue 4, item 2; issue 7, items 3, 4 and 7): the built extension's
 * options.html, driven with the keyboard where a user would. Records typed here reach chrome.storage (read
 * back through the service worker) and survive a reload; invalid input is reported next to its field and
 * never saved nor lost; CSV and JSON files go in and out without a single network request; script payloads
 * in every kind of record render as text; stored data that cannot be read is shown, exportable and
 * clearable; axe-core finds no serious or critical accessibility violation in any state of the page.
 *
 * The tests run in order on one page and build on each other's records. MM_SHOTS=/some/dir saves a
 * full-page screenshot and every axe result (any impact) of each state checked, for looking at the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, ROOT } from './harness';
import { unpackStored } from './stored-value';

/** What the service worker sees in chrome.storage.local (the whole area). */
declare const chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };

const PAYLOAD = '<img src=x onerror="window.__mmPwned=1">';
const SCRIPT_PAYLOAD = '<script>window.__mmPwned=2</script>';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let h: Harness;
let page: Page;
let url = '';

beforeAll(async () => {
  h = await launch();
  url = `chrome-extension://${h.extensionId}/options.html`;
  page = await h.ctx.newPage();
  await openOptions();
});
afterAll(async () => h?.close());

async function openOptions(): Promise<void> {
  await page.goto(url);
  await page.locator('#profile-name').waitFor();
}

async function reload(): Promise<void> {
  await page.reload();
  await page.locator('#profile-name').waitFor();
}

/** Everything stored, the program list unpacked (it is stored packed: src/records/stored-form.ts). */
async function stored(): Promise<Record<string, unknown>> {
  const sw = await h.sw();
  const all = await sw.evaluate(() => chrome.storage.local.get(null));
  return 'programs' in all ? { ...all, programs: unpackStored(all.programs) } : all;
}

async function setStored(items: Record<string, unknown>): Promise<void> {
  await h.setStorage(items);
}

/** The id of the focused element (or its tag when it has none). */
function focusedId(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.id || el?.tagName.toLowerCase() || '';
  });
}

/** Presses Tab until the element with `id` has focus; returns the ids visited on the way. */
async function tabTo(id: string, max = 40): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focusedId();
    seen.push(now);
    if (now === id) return seen;
  }
  throw new Error(`Tab never reached #${id}; visited ${seen.join(' → ')}`);
}

/** Types into the focused field, replacing what it held. */
async function typeHere(text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

async function statusSays(text: string): Promise<void> {
  await page.locator('[data-status]', { hasText: text }).waitFor({ timeout: 15_000 });
}

/** axe-core in the page; fails on serious or critical violations, naming rule and elements. */
async function axe(state: string): Promise<void> {
  // The extension page's CSP (script-src 'self') refuses addScriptTag's inline script; evaluating the
  // source through the DevTools protocol is not subject to it (and leaves the page's CSP as shipped).
  await page.evaluate(AXE_SOURCE);
  const { violations, rulesPassed } = await page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
      passes: unknown[];
    }
    const { axe } = window as unknown as { axe: { run(ctx: Document): Promise<AxeResult> } };
    const result = await axe.run(document);
    return {
      rulesPassed: result.passes.length,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      })),
    };
  });
  // axe really ran (a page it could not read would pass nothing).
  expect(rulesPassed, `axe rules passed (${state})`).toBeGreaterThan(10);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (process.env.MM_SHOTS) {
    console.log(state, JSON.stringify(violations));
    await page.screenshot({
      path: join(process.env.MM_SHOTS, `${state.replace(/\W+/g, '-')}.png`),
      fullPage: true,
    });
  }
  expect(bad, `axe violations (${state})`).toEqual([]);
}

async function pwned(): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __mmPwned?: unknown }).__mmPwned);
}

describe('the options page', () => {
  it('is the manifest options page, opens in a tab, and starts empty', async () => {
    const manifest = JSON.parse(readFileSync(join(h.extDir ?? '', 'manifest.json'), 'utf8')) as {
      options_ui?: { page?: string; open_in_tab?: boolean };
    };
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    await expect(page.title()).resolves.toMatch(/MatchMail/);
    await expect.poll(() => page.locator('#programs-count').textContent()).toBe('No programs yet.');
    await axe('empty page');
  });

  it('fills the profile and adds a program with the keyboard only; both persist across a reload', async () => {
    // Start from the top of the page: the section links come first, then the profile form in order.
    await page.locator('#page-title').focus();
    const path = await tabTo('profile-name');
    expect(path.slice(-1)).toEqual(['profile-name']);
    await page.keyboard.type('Maya Ortiz');
    const order: string[] = [];
    const next = async (text?: string) => {
      await page.keyboard.press('Tab');
      order.push(await focusedId());
      if (text !== undefined) await typeHere(text);
    };
    await next('14285739');
    await next('Universidad Central');
    await next('2024-05');
    await next('Anesthesiology');
    await next(); // track (select)
    await page.keyboard.press('ArrowDown'); // Categorical
    await next(); // step 1 (select)
    await page.keyboard.press('ArrowDown'); // Pass
    await next('251');
    expect(order).toEqual([
      'profile-aamcId',
      'profile-school',
      'profile-graduationDate',
      'profile-specialty',
      'profile-track',
      'profile-step1',
      'profile-step2ck',
    ]);
    // A visible focus ring on a text field.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter'); // submits the form
    await statusSays('Profile saved.');

    // Add a program: Tab to the button, Enter, and the form's first field has focus.
    await page.locator('#programs-title').focus();
    await tabTo('program-add');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(ring, 'a focused button shows a focus ring').not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(focusedId).toBe('program-name');
    await page.keyboard.type('Lakeside University Anesthesiology');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Anesthesiology');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Chicago');
    await page.keyboard.press('Tab'); // status
    await page.keyboard.press('ArrowDown'); // Applied
    await page.keyboard.press('ArrowDown'); // Invited to interview
    await page.keyboard.press('Tab');
    await page.keyboard.type('2027-01-15');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Dr. Jane Smith');
    await page.keyboard.press('Enter');
    await statusSays('Added Lakeside University Anesthesiology.');
    // Focus returns to where the user was (the Add button).
    await expect.poll(focusedId).toBe('program-add');

    const all = await stored();
    expect(all.profile).toEqual({
      name: 'Maya Ortiz',
      aamcId: '14285739',
      school: 'Universidad Central',
      graduationDate: '2024-05',
      specialty: 'Anesthesiology',
      track: 'categorical',
      scores: { step1: 'pass', step2ck: 251 },
    });
    expect(all.programs).toEqual([
      {
        name: 'Lakeside University Anesthesiology',
        specialty: 'Anesthesiology',
        city: 'Chicago',
        status: 'invited',
        interviewDate: '2027-01-15',
        programDirector: { name: 'Dr. Jane Smith' },
      },
    ]);

    await reload();
    await expect.poll(() => page.locator('#profile-name').inputValue()).toBe('Maya Ortiz');
    await expect.poll(() => page.locator('#profile-aamcId').inputValue()).toBe('14285739');
    await expect.poll(() => page.locator('#profile-track').inputValue()).toBe('categorical');
    await expect.poll(() => page.locator('#profile-step2ck').inputValue()).toBe('251');
    await expect
      .poll(() => page.locator('[data-program] h3').allTextContents())
      .toEqual(['Lakeside University Anesthesiology']);
  });

  it('reports a bad AAMC ID next to the field, saves nothing, and keeps what was typed', async () => {
    await page.locator('#profile-aamcId').focus();
    await typeHere('1428573');
    await page.keyboard.press('Enter');
    const error = page.locator('#profile-aamcId-error');
    await error.waitFor();
    await expect.poll(() => error.textContent()).toContain('Must be 8 digits.');
    const field = page.locator('#profile-aamcId');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field.getAttribute('aria-describedby')).resolves.toContain('profile-aamcId-error');
    // The summary is an alert, has focus, and links to the field.
    const summary = page.locator('#profile-errors');
    await expect(summary.getAttribute('role')).resolves.toBe('alert');
    await expect.poll(focusedId).toBe('profile-errors');
    await expect.poll(() => summary.textContent()).toContain('AAMC ID: Must be 8 digits.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // follow the link to the field
    await expect.poll(focusedId).toBe('profile-aamcId');
    // Nothing saved, nothing lost.
    expect(((await stored()).profile as { aamcId: string }).aamcId).toBe('14285739');
    await expect.poll(() => field.inputValue()).toBe('1428573');
    await axe('profile with a validation error');

    // A program without a name and with a bad domain: both fields say so.
    await page.locator('[data-action="add-program"]').click();
    await page.locator('#program-domains').fill('lakeside.edu\nnot a domain');
    await page.locator('[data-action="save-program"]').click();
    await expect
      .poll(() => page.locator('#program-name-error').textContent())
      .toContain('Must not be empty.');
    await expect
      .poll(() => page.locator('#program-domains-error').textContent())
      .toContain('Line 2 ("not a domain") must be an email domain like example.edu.');
    await expect.poll(() => page.locator('#program-domains').inputValue()).toBe('lakeside.edu\nnot a domain');
    expect((await stored()).programs).toHaveLength(1);
    await axe('program form with validation errors');
    await page.locator('form[data-form="program"] button', { hasText: 'Cancel' }).click();
    // Focus goes back to the button that opened the form.
    await expect.poll(focusedId).toBe('program-add');

    // Fix the AAMC ID and save.
    await field.focus();
    await typeHere('14285739');
    await page.keyboard.press('Enter');
    await statusSays('Profile saved.');
    await expect(page.locator('#profile-aamcId-error').count()).resolves.toBe(0);
  });

  it('edits and removes a program', async () => {
    await setStored({
      programs: [
        { name: 'Lakeside University Anesthesiology', city: 'Chicago' },
        { name: 'Harbor General', domains: ['harbor.org'] },
      ],
    });
    await page.locator('[data-program="Harbor General"]').waitFor();
    await page.getByRole('button', { name: 'Edit Harbor General' }).click();
    await expect.poll(focusedId).toBe('program-name');
    await page.locator('#program-policy').selectOption('closed');
    await page.locator('#program-policySource').fill('Interview day handout');
    await page.locator('[data-action="save-program"]').click();
    await statusSays('Saved Harbor General.');
    await expect.poll(focusedId).toMatch(/^edit-/);
    expect((await stored()).programs).toEqual([
      { name: 'Lakeside University Anesthesiology', city: 'Chicago' },
      {
        name: 'Harbor General',
        domains: ['harbor.org'],
        policy: { noPostInterviewCommunication: true, source: 'Interview day handout' },
      },
    ]);
    await page.getByRole('button', { name: 'Remove Harbor General' }).click();
    await expect.poll(focusedId).toBe('program-confirm-remove');
    await page.keyboard.press('Enter');
    await statusSays('Removed Harbor General.');
    expect((await stored()).programs).toEqual([
      { name: 'Lakeside University Anesthesiology', city: 'Chicago' },
    ]);
  });

  it('imports a CSV as Excel writes it: US dates read, an odd cell noted and left out, a nameless row reported; a sample to download (S3, S4)', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a sample CSV' }).click();
    const sample = await download;
    expect(sample.suggestedFilename()).toBe('matchmail-programs-sample.csv');
    expect(readFileSync((await sample.path()) ?? '', 'utf8')).toMatch(/^Program,Email domains,/);

    const csv = [
      'Program,Email domain,PD,Interview date,Status',
      'Lakeside University Anesthesiology,lakeside.edu,Dr. Jane Smith,01/14/2025,interviewed',
      'Northshore Medical Center,northshore.org,Dr. Omar Haddad,13/45/2027,maybe',
      'Prairie State Anesthesiology,prairie.edu,Dr. Lee Park,"Jan 14, 2025",applied',
      ',nameless.org,,,',
    ].join('\n');
    await page.locator('#csv-file').setInputFiles({
      name: 'programs.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const result = page.locator('#csv-result');
    await result.waitFor();
    await expect
      .poll(() => result.textContent())
      .toContain('programs.csv: 3 programs ready to import (2 new, 1 updating one on your list).');
    await expect
      .poll(() => result.locator('[role="alert"]').textContent())
      .toContain('row 5: the program name is empty');
    const notes = await result.locator('.mm-notes').textContent();
    expect(notes).toContain(
      'row 3: interviewDate "13/45/2027" is not a date (for example 01/14/2027, Jan 14, 2027 or 2027-01-14); imported without it',
    );
    expect(notes).toContain('row 3: status "maybe" is not one of');
    expect(notes).toContain('imported without a status');
    await axe('CSV import result');
    await page.locator('[data-action="merge-csv"]').click();
    await statusSays('Imported 3 programs from programs.csv.');
    const programs = (await stored()).programs as { name: string; interviewDate?: string; status?: string }[];
    expect(programs.map((p) => [p.name, p.interviewDate, p.status])).toEqual([
      ['Lakeside University Anesthesiology', '2025-01-14', 'interviewed'],
      ['Northshore Medical Center', undefined, undefined],
      ['Prairie State Anesthesiology', '2025-01-14', 'applied'],
    ]);
    expect(programs[0]).toMatchObject({ domains: ['lakeside.edu'] });
  });

  it('adds a letter sent before installing to the ledger, and deletes an entry', async () => {
    await setStored({
      ledger: [{ program: 'Old Program', kind: 'thank-you', date: '2026-12-01', subject: 'Thank you' }],
    });
    await page.locator('[data-ledger-row]').first().waitFor();
    await page.locator('[data-action="add-ledger-entry"]').click();
    await expect.poll(focusedId).toBe('ledger-program');
    await page.keyboard.type('Prairie State Anesthesiology');
    await page.keyboard.press('Tab');
    await page.locator('#ledger-kind').selectOption('letter-of-intent');
    await page.locator('#ledger-date').fill('2027-13-01');
    await page.locator('[data-action="save-ledger-entry"]').click();
    await expect
      .poll(() => page.locator('#ledger-date-error').textContent())
      .toContain('Must be a date, for example 01/14/2027, Jan 14, 2027 or 2027-01-14.');
    expect((await stored()).ledger).toHaveLength(1);
    // Typed as a US date, stored as 2027-02-10 (S3).
    await page.locator('#ledger-date').fill('02/10/2027');
    await page.locator('#ledger-subject').fill('Letter of intent');
    await page.locator('#ledger-subject').press('Enter');
    await statusSays('Recorded the letter of intent to Prairie State Anesthesiology.');
    expect((await stored()).ledger).toEqual([
      { program: 'Old Program', kind: 'thank-you', date: '2026-12-01', subject: 'Thank you' },
      {
        program: 'Prairie State Anesthesiology',
        kind: 'letter-of-intent',
        date: '2027-02-10',
        subject: 'Letter of intent',
      },
    ]);
    await page
      .getByRole('button', { name: 'Delete the thank-you note to Old Program of 2026-12-01' })
      .click();
    await page.locator('#ledger-confirm-delete').click();
    await statusSays('Deleted the entry for Old Program.');
    expect((await stored()).ledger).toEqual([
      {
        program: 'Prairie State Anesthesiology',
        kind: 'letter-of-intent',
        date: '2027-02-10',
        subject: 'Letter of intent',
      },
    ]);
  });

  it('lists the rules turned off and turns one back on; the master switch is saved', async () => {
    await setStored({
      settings: { enabled: true, disabledRules: ['hedging', 'all-caps'], disabledEmails: [] },
    });
    await page.locator('[data-disabled-rule="all-caps"]').waitFor();
    await expect(page.locator('[data-disabled-rule]').count()).resolves.toBe(2);
    await page.locator('[data-disabled-rule="hedging"] button').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await stored()).settings)
      .toEqual({
        enabled: true,
        disabledRules: ['all-caps'],
        disabledEmails: [],
      });
    // The keyboard user lands on the next rule's button, not at the top of the page.
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[data-disabled-rule]')?.getAttribute('data-disabled-rule'),
        ),
      )
      .toBe('all-caps');
    await page.locator('#settings-enabled').focus();
    await page.keyboard.press('Space');
    await statusSays('MatchMail is off');
    expect(((await stored()).settings as { enabled: boolean }).enabled).toBe(false);
    await page.locator('#settings-enabled').press('Space');
    await statusSays('MatchMail is on.');
  });

  it('exports every record to one JSON file, and a bad import names the field and changes nothing', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="export-json"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^matchmail-records-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    const before = await stored();
    expect(file).toMatchObject({
      format: 'matchmail-records',
      version: 1,
      profile: before.profile,
      programs: before.programs,
      ledger: before.ledger,
      settings: before.settings,
    });

    const bad = { ...file, programs: [{ name: 'Lakeside', interviewDate: 'next Tuesday' }] };
    await page.locator('#json-file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const result = page.locator('#json-result');
    await result.waitFor();
    await expect
      .poll(() => result.textContent())
      .toContain('programs[0].interviewDate: must be a date written YYYY-MM-DD');
    await expect(page.locator('[data-action="import-json"]').count()).resolves.toBe(0);
    expect(await stored()).toEqual(before);

    // The file just exported goes back in unchanged.
    await page.locator('#json-file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: readFileSync(await download.path()),
    });
    await expect.poll(() => result.textContent()).toContain('backup.json holds your profile');
    await page.locator('[data-action="import-json"]').click();
    await statusSays('Imported your profile');
    const after = await stored();
    for (const k of ['profile', 'programs', 'ledger', 'settings']) expect(after[k]).toEqual(before[k]);
  });

  it('shows data set aside as unreadable, exports it, and clears it', async () => {
    // Written while no options page is open, so exactly one page load finds (and sets aside) the values.
    await page.goto('about:blank');
    await setStored({ programs: [{ name: 42 }], profile: { aamcId: 'abc' } });
    await openOptions();
    const notice = page.locator('[data-quarantine]');
    await notice.waitFor();
    await expect.poll(() => notice.textContent()).toContain('programs[0].name: must be text');
    await expect.poll(() => notice.textContent()).toContain('profile.aamcId: must be 8 digits');
    await axe('quarantine notice');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="export-quarantine"]').click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      quarantine: { key: string; value: unknown }[];
    };
    expect(file.quarantine.map((q) => [q.key, q.value])).toEqual(
      expect.arrayContaining([
        ['local:programs', { name: 42 }],
        ['local:profile', { aamcId: 'abc' }],
      ]),
    );
    await notice.getByRole('button', { name: /Discard the data set aside/ }).click();
    await page.locator('[data-action="clear-quarantine"]').click();
    await notice.waitFor({ state: 'detached' });
    expect((await stored()).quarantine).toEqual([]);
  });

  it('renders script payloads in every record as text (injection canary)', async () => {
    await setStored({
      profile: { name: PAYLOAD, school: SCRIPT_PAYLOAD, regionalTies: PAYLOAD },
      programs: [
        {
          name: PAYLOAD,
          aliases: [SCRIPT_PAYLOAD],
          city: PAYLOAD,
          specialty: SCRIPT_PAYLOAD,
          programDirector: { name: PAYLOAD, title: SCRIPT_PAYLOAD },
        },
      ],
      ledger: [{ program: PAYLOAD, kind: 'letter-of-intent', date: '2027-01-01', subject: SCRIPT_PAYLOAD }],
      settings: { enabled: true, disabledRules: [PAYLOAD], disabledEmails: [] },
      quarantine: [{ key: PAYLOAD, value: PAYLOAD, problems: [PAYLOAD], at: '2027-01-01T00:00:00.000Z' }],
    });
    await reload();
    await page.locator(`[data-program="${PAYLOAD.replace(/"/g, '\\"')}"]`).waitFor();
    // A program added through the form, and one from a CSV row.
    await page.locator('[data-action="add-program"]').click();
    await page.locator('#program-name').fill(`${SCRIPT_PAYLOAD} two`);
    await page.locator('#program-liked').fill(PAYLOAD);
    await page.locator('[data-action="save-program"]').click();
    await statusSays('Added');
    await page.locator('#csv-file').setInputFiles({
      name: `${PAYLOAD}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `Program,City,Interview date\n"${PAYLOAD.replace(/"/g, '""')} three",x,${PAYLOAD}\n`,
      ),
    });
    await page.locator('#csv-result').waitFor();

    await expect
      .poll(() => page.locator('[data-program] h3').allTextContents())
      .toEqual(expect.arrayContaining([PAYLOAD, `${SCRIPT_PAYLOAD} two`]));
    await expect.poll(() => page.locator('#profile-name').inputValue()).toBe(PAYLOAD);
    await expect
      .poll(() => page.locator('[data-ledger-row]').first().textContent())
      .toContain(SCRIPT_PAYLOAD);
    await expect.poll(() => page.locator('#csv-result').textContent()).toContain(PAYLOAD);
    await expect.poll(() => page.locator('[data-quarantine]').textContent()).toContain(PAYLOAD);
    // No element the payloads describe exists anywhere in the page, and the canary never fired.
    const injected = await page.evaluate(() => ({
      img: document.querySelectorAll('img').length,
      script: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    }));
    expect(injected).toEqual({ img: 0, script: 0 });
    await page.waitForTimeout(300);
    expect(await pwned()).toBeUndefined();
    await axe('records full of payloads');
  });

  it('made no request but its own packaged files, and threw nothing', async () => {
    const own = `chrome-extension://${h.extensionId}/`;
    const other = h.requestLog.filter((q) => !q.url.startsWith(own));
    console.log(
      `options page: ${h.requestLog.length} requests, all to ${own} (${h.requestLog.filter((q) => q.from === 'service-worker').length} from the service worker)`,
    );
    expect(other.map((q) => `${q.from} ${q.resourceType} ${q.url}`)).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
