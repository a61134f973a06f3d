/**
 * Firefox end to end: the built .output/firefox-mv3 in Debian's firefox-esr, driven over WebDriver BiDi
 * (firefox-harness.ts), on the same fixtures and with the same page checks and scenario data as the Chromium
 * suite. The flows a user depends on: panel, cards and marks while typing and gone after a fix; the send
 * guard on a click and on Ctrl+Enter; a template inserted before the signature and taken out by one Ctrl+Z;
 * the tone check; a setting saved in the options page changing an open compose; records kept across a
 * browser restart; no request leaving the browser; nothing of ours inside the editor after any step.
 * Skipped, with the reason printed, where firefox-esr or the Firefox build is missing.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { packRecord } from '../../src/records/stored-form';
import {
  expectClean,
  expectUntouched,
  type FirefoxHarness,
  firefoxMissing,
  inPanel,
  launchFirefox,
  openCompose,
  strayConnections,
  strayPageRequests,
  typeNewLine,
  view,
} from './firefox-harness';
import * as inPage from './in-page';
import {
  BEGGING,
  CEDAR_VALLEY,
  DRAFT_KINDS,
  GMAIL_BODY,
  LIKED,
  LOI_LIKED,
  LOI_OPENING,
  LOI_SUBJECT,
  NORTHLAKE,
  OUTLOOK_BODY,
  PROFILE,
  RANK_EXCERPT,
  RANK_QUESTION,
  SEND_LOG,
  TEMPLATE_MARKUP,
  TONE_LABELS,
} from './scenario-data';

const missing = firefoxMissing();
if (missing) console.log(`skipped: the Firefox end-to-end suite (${missing})`);

// CI promises Firefox: there a missing browser or build is a failure, not a skip.
it.runIf(missing && process.env.CI)('Firefox is installed and built (required in CI)', () => {
  expect(missing).toBe(null);
});

const RECORDS = {
  profile: PROFILE,
  programs: [NORTHLAKE, CEDAR_VALLEY],
  ledger: [],
  settings: { enabled: true, disabledRules: [], disabledEmails: [] },
};

let h: FirefoxHarness;
const pages: Page[] = [];
beforeAll(async () => {
  if (missing) return;
  h = await launchFirefox();
  // The program list as MatchMail stores it (packed), so the content script unpacks it in Firefox.
  await h.setStorage({ ...RECORDS, programs: await packRecord('programs', RECORDS.programs) });
});
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  if (h) expect(h.pageErrors, 'uncaught errors in the page').toEqual([]);
});
afterAll(async () => h?.close());

async function compose(fixture: string, host?: string): Promise<Page> {
  const page = await openCompose(h, fixture, host);
  pages.push(page);
  // The webmail's own Ctrl+Enter handler: document, bubble phase.
  await page.evaluate(() => {
    const w = window as unknown as { __keySends: number };
    w.__keySends = 0;
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) w.__keySends++;
    });
  });
  return page;
}

const clickSends = (page: Page) => h.consoleOf(page).filter((l) => l === SEND_LOG).length;
const keySends = (page: Page) =>
  page.evaluate(() => (window as unknown as { __keySends: number }).__keySends);

async function chord(page: Page, key: string): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  await page.keyboard.up('Control');
}

/** Selects the current line with the keyboard and deletes it (and the empty line it leaves). */
async function deleteCurrentLine(page: Page): Promise<void> {
  await page.keyboard.press('End');
  await page.keyboard.down('Shift');
  await page.keyboard.press('Home');
  await page.keyboard.up('Shift');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
}

const hasCard = async (page: Page, card: string) => (await view(page)).cards.includes(card);
/** The editable's text as a reader sees it (line breaks between blocks). */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what the tests compare
const bodyText = (page: Page, body: string) => page.$eval(body, (e) => (e as HTMLElement).innerText);
const bodyHtml = (page: Page, body: string) => page.$eval(body, (e) => e.innerHTML);

describe.skipIf(missing)('Firefox', () => {
  for (const [fixture, body] of [
    ['gmail/new-compose.html', GMAIL_BODY],
    ['outlook/docked-compose.html', OUTLOOK_BODY],
  ] as const) {
    it(`${fixture}: a typed rank question gets an error card and a mark; deleting it removes both`, async () => {
      const page = await compose(fixture);
      const before = await view(page);
      expect(before.panels).toBe(1);
      expect(DRAFT_KINDS).toContain(before.draftKind);
      expect(before.cards).not.toContain('ask-rank-position:error');
      await expectClean(page, 'opening the compose');

      await typeNewLine(page, body, 'Marsh,', RANK_QUESTION);
      await expect.poll(() => hasCard(page, 'ask-rank-position:error')).toBe(true);
      await expect.poll(async () => (await view(page)).markCount).toBeGreaterThan(before.markCount);
      await expect
        .poll(() => page.evaluate(inPage.placedMarks).then(inPage.draftMarks))
        .toContainEqual({ severity: 'error', text: RANK_EXCERPT, inQuote: false });
      await expectClean(page, 'typing a rank question');

      await deleteCurrentLine(page);
      expect(await bodyText(page, body)).not.toContain('rank list');
      await expect.poll(() => hasCard(page, 'ask-rank-position:error')).toBe(false);
      await expect.poll(async () => (await view(page)).markCount).toBe(before.markCount);
      expect(
        (await page.evaluate(inPage.placedMarks).then(inPage.draftMarks)).map((m) => m.text),
      ).not.toContain(RANK_EXCERPT);
      await expectClean(page, 'deleting the sentence');
    });
  }

  it('a second Gmail account (/mail/u/1/) in plain-text mode: the draft is read and the mark drawn', async () => {
    const page = await openCompose(h, 'gmail/plain-text-mode.html', 'mail.google.com', 1);
    pages.push(page);
    expect(page.url()).toContain('/mail/u/1/');
    await typeNewLine(page, GMAIL_BODY, 'Marsh,', RANK_QUESTION);
    await expect.poll(() => hasCard(page, 'ask-rank-position:error')).toBe(true);
    await expect
      .poll(() => page.evaluate(inPage.placedMarks).then(inPage.draftMarks))
      .toContainEqual({ severity: 'error', text: RANK_EXCERPT, inQuote: false });
    await expectClean(page, 'typing in plain-text mode');
  });

  it('send guard: Send with an error is stopped, "Go back" keeps it, "Send anyway" sends once', async () => {
    const page = await compose('gmail/new-compose.html');
    await typeNewLine(page, GMAIL_BODY, 'Marsh,', RANK_QUESTION);
    await expect.poll(() => hasCard(page, 'ask-rank-position:error')).toBe(true);
    const guardShown = async () => (await view(page)).sendGuard;

    await expectUntouched(page, 'clicking Send (guarded)', async () => {
      await page.click('.aoO[role="button"]');
      await expect.poll(guardShown).toEqual(['ask-rank-position']);
    });
    expect(clickSends(page), 'the webmail did not send').toBe(0);
    await expectUntouched(page, '"Go back and edit"', async () => {
      await page.click(inPanel('[data-action="go-back"]'));
      await expect.poll(guardShown).toBe(null);
    });
    expect(clickSends(page)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Message Body',
    );

    await expectUntouched(page, 'Send again and "Send anyway"', async () => {
      await page.click('.aoO[role="button"]');
      await expect.poll(guardShown).not.toBe(null);
      await page.click(inPanel('[data-action="send-anyway"]'));
      await expect.poll(() => clickSends(page)).toBe(1);
    });
    await new Promise((ok) => setTimeout(ok, 100));
    expect(clickSends(page), 'sent exactly once').toBe(1);
  });

  it('send guard: Ctrl+Enter with an error is stopped before the webmail sees it; Escape goes back', async () => {
    const page = await compose('outlook/docked-compose.html');
    await typeNewLine(page, OUTLOOK_BODY, 'Marsh,', RANK_QUESTION);
    await expect.poll(() => hasCard(page, 'ask-rank-position:error')).toBe(true);
    const guardShown = async () => (await view(page)).sendGuard;

    await expectUntouched(page, 'Ctrl+Enter (guarded)', async () => {
      await chord(page, 'Enter');
      await expect.poll(guardShown).toEqual(['ask-rank-position']);
    });
    expect(await keySends(page), "the webmail's shortcut handler did not run").toBe(0);
    await expectUntouched(page, 'Escape in the guard', async () => {
      await page.keyboard.press('Escape');
      await expect.poll(guardShown).toBe(null);
    });
    expect(await keySends(page)).toBe(0);
    expect(clickSends(page)).toBe(0);

    await chord(page, 'Enter');
    await expect.poll(guardShown).not.toBe(null);
    await page.click(inPanel('[data-action="send-anyway"]'));
    await expect.poll(() => clickSends(page), { message: '"Send anyway" sends through Send' }).toBe(1);
    await expectClean(page, '"Send anyway" after Ctrl+Enter');
  });

  it('a template goes in before the signature, fills the empty subject, and one Ctrl+Z takes it out', async () => {
    const page = await compose('gmail/new-compose.html');
    const subject = 'input[name="subjectbox"]';
    await page.$eval(subject, (e) => {
      (e as HTMLInputElement).value = '';
    });
    const signature = await page.$eval(`${GMAIL_BODY} .gmail_signature`, (e) => e.outerHTML);
    const original = await bodyHtml(page, GMAIL_BODY);

    await page.click(inPanel('[data-action="templates"]'));
    await page.click(inPanel('[data-template-id="letter-of-interest"]'));
    const field = inPanel('[data-template-form="letter-of-interest"] [data-field="program.liked"]');
    await page.waitForSelector(field);
    // The form's first field has focus: the user just types.
    await expect
      .poll(() =>
        page.evaluate(
          (sel) => document.querySelector(sel)?.shadowRoot?.activeElement?.getAttribute('data-field'),
          inPage.PANEL,
        ),
      )
      .toBe('program.liked');
    await page.keyboard.type(LIKED);
    await page.keyboard.press('Enter');
    // The draft is already a letter: MatchMail asks where the template goes, "Insert below" focused (TP5).
    await page.waitForSelector(inPanel('[data-existing-draft] [data-action="insert-below"]'));
    await expect
      .poll(() =>
        page.evaluate(
          (sel) => document.querySelector(sel)?.shadowRoot?.activeElement?.getAttribute('data-action'),
          inPage.PANEL,
        ),
      )
      .toBe('insert-below');
    await page.keyboard.press('Enter');
    await expect.poll(() => bodyText(page, GMAIL_BODY)).toContain(LOI_LIKED);
    await expectClean(page, 'inserting a template');

    const text = await bodyText(page, GMAIL_BODY);
    expect(text).toContain(LOI_OPENING);
    expect(text, 'no template markup reaches the draft').not.toMatch(TEMPLATE_MARKUP);
    // Paragraphs stay paragraphs: the template's blank lines became line breaks, not one run-on line.
    expect(text).toMatch(/Dear Dr\. Marsh,\n+I am writing/);
    expect(text.indexOf('Maya Okafor\n')).toBeLessThan(text.indexOf('I am writing to share'));
    expect(
      await page.evaluate(inPage.textPrecedesIn, [
        GMAIL_BODY,
        'What I value most',
        '.gmail_signature_prefix',
      ] as const),
    ).toBe(true);
    expect(await page.$eval(`${GMAIL_BODY} .gmail_signature`, (e) => e.outerHTML)).toBe(signature);
    expect(await page.$eval(subject, (e) => (e as HTMLInputElement).value)).toBe(LOI_SUBJECT);
    await expect.poll(async () => (await view(page)).draftKind).toBe('letter-of-interest');

    await chord(page, 'z');
    await expect.poll(() => bodyHtml(page, GMAIL_BODY)).toBe(original);
    await expectClean(page, 'Ctrl+Z after inserting');
  });

  it('"Check tone" shows the ten labels and highlights the sentence behind "desperate"', async () => {
    const page = await compose('gmail/new-compose.html');
    await typeNewLine(page, GMAIL_BODY, 'Marsh,', BEGGING);
    await expect
      .poll(async () => (await view(page)).cards.some((c) => c.startsWith('desperate-tone:')))
      .toBe(true);
    await page.click(inPanel('[data-action="tone-check"]'));
    await expect.poll(async () => (await view(page)).toneLabels, { timeout: 15_000 }).toEqual(TONE_LABELS);
    const desperate = await page.$eval(inPanel('[data-tone-label="desperate"]'), (e) =>
      Number(e.getAttribute('data-score')),
    );
    expect(desperate).toBeGreaterThanOrEqual(0.5);
    await expect.poll(() => page.evaluate(inPage.markBoxes, 'tone')).toBeGreaterThan(0);
    await expectClean(page, 'opening the tone check');
    await page.click(inPanel('[data-action="close-tone"]'));
    await expect.poll(async () => (await view(page)).toneLabels).toEqual([]);
  });

  it('a check turned back on in the options page comes back in the open compose', async () => {
    await h.setStorage({
      settings: { enabled: true, disabledRules: ['ask-rank-position'], disabledEmails: [] },
    });
    const page = await compose('gmail/new-compose.html');
    const before = (await view(page)).analyzedAt;
    await typeNewLine(page, GMAIL_BODY, 'Marsh,', RANK_QUESTION);
    await expect.poll(async () => (await view(page)).analyzedAt).toBeGreaterThan(before);
    expect(await hasCard(page, 'ask-rank-position:error'), 'the check is off').toBe(false);

    const options = await h.options();
    pages.push(options);
    await options.waitForSelector('[data-disabled-rule="ask-rank-position"] button');
    await options.click('[data-disabled-rule="ask-rank-position"] button');
    await expect
      .poll(async () => ((await h.storage('settings')) as { disabledRules: string[] }).disabledRules)
      .toEqual([]);
    await expect.poll(() => hasCard(page, 'ask-rank-position:error')).toBe(true);
    await expectClean(page, 'a setting changed in the options page');
  });

  it('records survive a browser restart: a check turned off from the panel stays off', async () => {
    await h.setStorage(RECORDS);
    const page = await compose('outlook/docked-compose.html');
    await typeNewLine(page, OUTLOOK_BODY, 'Marsh,', RANK_QUESTION);
    await expect.poll(() => hasCard(page, 'ask-rank-position:error')).toBe(true);
    // "Turn off this check" is in the card's details, and an error-level check asks first.
    const card = '[data-rule-id="ask-rank-position"][data-severity]';
    await page.click(inPanel(`${card} [data-action="why"]`));
    await page.click(inPanel(`${card} [data-action="disable-rule"]`));
    await page.click(inPanel(`${card} [data-action="confirm-disable"]`));
    await expect
      .poll(async () => ((await h.storage('settings')) as { disabledRules: string[] }).disabledRules)
      .toEqual(['ask-rank-position']);
    pages.splice(0);

    await h.restart();
    expect(await h.storage('profile'), 'the profile is still there').toEqual(PROFILE);
    expect(((await h.storage('programs')) as { name: string }[]).map((p) => p.name)).toEqual([
      NORTHLAKE.name,
      CEDAR_VALLEY.name,
    ]);
    const again = await compose('outlook/docked-compose.html');
    const before = (await view(again)).analyzedAt;
    await typeNewLine(again, OUTLOOK_BODY, 'Marsh,', RANK_QUESTION);
    await expect.poll(async () => (await view(again)).analyzedAt).toBeGreaterThan(before);
    expect(await hasCard(again, 'ask-rank-position:error'), 'still off after the restart').toBe(false);
    await h.setStorage(RECORDS);
  });

  it('made no request anywhere: every connection was to a fixture page the test opened', async () => {
    // Runs last: the whole session above (typing, panel actions, send guard, templates, tone check, the
    // options page, a restart) went through the recording proxy; this test adds a visit of its own so it
    // also stands alone.
    for (const [fixture, body] of [
      ['gmail/new-compose.html', GMAIL_BODY],
      ['outlook/docked-compose.html', OUTLOOK_BODY],
    ] as const) {
      const page = await compose(fixture);
      await typeNewLine(page, body, 'Marsh,', RANK_QUESTION);
      await expect.poll(() => hasCard(page, 'ask-rank-position:error')).toBe(true);
    }
    expect(h.connections, 'the proxy saw the fixture pages (negative control)').toContain(
      'mail.google.com:443',
    );
    expect(strayConnections(h, ['mail.google.com', 'outlook.office.com'])).toEqual([]);
    const fixturePage = /^[a-z.]+\/mail\/(u\/\d\/)?\?fixture=[\w%./-]+$|^[a-z.]+\/favicon\.ico$/;
    expect(h.served.filter((s) => !fixturePage.test(s))).toEqual([]);
    expect(strayPageRequests(h)).toEqual([]);
  });
});
