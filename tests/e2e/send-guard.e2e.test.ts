/**
 * Check before send. The fixtures' own Send handler prints "fixture: send clicked" (a document listener in
 * the bubble phase, like a webmail's); for Ctrl+Enter the test adds the same kind of listener for the
 * shortcut. A send "went through" when that handler ran.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  cards,
  expectClean,
  expectUntouched,
  GMAIL_BODY,
  type Harness,
  launch,
  OUTLOOK_BODY,
  openCompose,
  PANEL,
  SEND_LOG,
  typeNewLine,
} from './harness';
import { NORTHLAKE } from './scenario-data';

const RANK_QUESTION = 'Could you tell me where I stand on your rank list?';

let h: Harness;
const pages: Page[] = [];
beforeAll(async () => {
  h = await launch();
});
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  expect(h.pageErrors, 'uncaught errors in the page').toEqual([]);
});
afterAll(async () => h?.close());

async function compose(fixture: string): Promise<Page> {
  const page = await openCompose(h, fixture);
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

describe('Gmail', () => {
  it('Send with an error: the guard lists it; "Go back" stops the send; "Send anyway" sends once', async () => {
    const page = await compose('gmail/new-compose.html');
    const panel = page.locator(PANEL);
    await typeNewLine(page, page.locator(GMAIL_BODY).first(), 'Marsh,', RANK_QUESTION);
    await cards(panel, 'ask-rank-position', 'error').waitFor();
    const guard = panel.locator('[data-send-guard]');
    const send = page.locator('.aoO[role="button"]').first();

    await expectUntouched(page, 'clicking Send (guarded)', async () => {
      await send.click();
      await guard.waitFor();
    });
    expect(await guard.locator('li[data-rule-id="ask-rank-position"]').count()).toBe(1);
    expect(await guard.getAttribute('role')).toBe('alertdialog');
    expect(clickSends(page), 'the webmail did not send').toBe(0);

    await expectUntouched(page, '"Go back and edit"', async () => {
      await guard.locator('[data-action="go-back"]').click();
      await guard.waitFor({ state: 'detached' });
    });
    await page.waitForTimeout(100);
    expect(clickSends(page), 'still not sent after going back').toBe(0);
    // Back in the editor, ready to type.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Message Body',
    );

    await expectUntouched(page, 'clicking Send again and "Send anyway"', async () => {
      await send.click();
      await guard.waitFor();
      await guard.locator('[data-action="send-anyway"]').click();
      await guard.waitFor({ state: 'detached' });
    });
    await expect.poll(() => clickSends(page)).toBe(1);
    await page.waitForTimeout(100);
    expect(clickSends(page), 'sent exactly once').toBe(1);
  });

  it('Ctrl+Enter with an error is guarded the same way; Escape goes back', async () => {
    const page = await compose('gmail/new-compose.html');
    const panel = page.locator(PANEL);
    await typeNewLine(page, page.locator(GMAIL_BODY).first(), 'Marsh,', RANK_QUESTION);
    await cards(panel, 'ask-rank-position').waitFor();
    const guard = panel.locator('[data-send-guard]');

    await expectUntouched(page, 'Ctrl+Enter (guarded)', async () => {
      await page.keyboard.press('Control+Enter');
      await guard.waitFor();
    });
    expect(await guard.locator('li[data-rule-id="ask-rank-position"]').count()).toBe(1);
    expect(await keySends(page), "the webmail's shortcut handler did not run").toBe(0);

    // The guard has focus ("Go back" is the default); Escape closes it.
    await expectUntouched(page, 'Escape in the guard', async () => {
      await page.keyboard.press('Escape');
      await guard.waitFor({ state: 'detached' });
    });
    expect(await keySends(page)).toBe(0);
    expect(clickSends(page)).toBe(0);

    await page.keyboard.press('Control+Enter');
    await guard.waitFor();
    await guard.locator('[data-action="send-anyway"]').click();
    await expect
      .poll(() => clickSends(page), { message: '"Send anyway" sends through the Send button' })
      .toBe(1);
    await expectClean(page, '"Send anyway" after Ctrl+Enter');
  });

  it('with no error (a warning only, or nothing), Send and Ctrl+Enter go through with no dialog', async () => {
    const page = await compose('gmail/new-compose.html');
    const panel = page.locator(PANEL);
    const guard = panel.locator('[data-send-guard]');
    expect(await cards(panel, undefined, 'error').count()).toBe(0);

    await expectUntouched(page, 'clicking Send with nothing found', async () => {
      await page.locator('.aoO[role="button"]').first().click();
      await expect.poll(() => clickSends(page)).toBe(1);
    });
    expect(await guard.count()).toBe(0);

    await typeNewLine(
      page,
      page.locator(GMAIL_BODY).first(),
      'Marsh,',
      'I will do anything to train at your program.',
    );
    await cards(panel, 'desperate-tone', 'warning').waitFor();
    expect(await cards(panel, undefined, 'error').count()).toBe(0);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => keySends(page)).toBe(1);
    expect(await guard.count()).toBe(0);
    await page.locator('.aoO[role="button"]').first().click();
    await expect.poll(() => clickSends(page)).toBe(2);
    expect(await guard.count()).toBe(0);
    await expectClean(page, 'sending with a warning only');
  });

  it('a rank question to a program whose interview on record is still ahead is a warning: Send goes through', async () => {
    // Before the interview there is no standing to ask about (rule field milderBeforeInterview): the card stays,
    // one step milder, and the send is not stopped.
    const ahead = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await h.setStorage({ programs: [{ ...NORTHLAKE, interviewDate: ahead }] });
    try {
      const page = await compose('gmail/new-compose.html');
      const panel = page.locator(PANEL);
      await typeNewLine(page, page.locator(GMAIL_BODY).first(), 'Marsh,', RANK_QUESTION);
      await cards(panel, 'ask-rank-position', 'warning').waitFor();
      expect(await cards(panel, undefined, 'error').count()).toBe(0);
      await page.locator('.aoO[role="button"]').first().click();
      await expect.poll(() => clickSends(page)).toBe(1);
      expect(await panel.locator('[data-send-guard]').count()).toBe(0);

      // The same question once the interview date on record has passed is an error again, and guarded.
      await h.setStorage({ programs: [NORTHLAKE] });
      const after = await compose('gmail/new-compose.html');
      const panel2 = after.locator(PANEL);
      await typeNewLine(after, after.locator(GMAIL_BODY).first(), 'Marsh,', RANK_QUESTION);
      await cards(panel2, 'ask-rank-position', 'error').waitFor();
      await after.locator('.aoO[role="button"]').first().click();
      await panel2.locator('[data-send-guard]').waitFor();
      expect(clickSends(after), 'guarded after the interview').toBe(0);
    } finally {
      await h.setStorage({ programs: [] });
    }
  });
});

describe('Outlook', () => {
  it('docked compose: Send with an error is guarded; "Send anyway" reaches the page', async () => {
    const page = await compose('outlook/docked-compose.html');
    const panel = page.locator(PANEL);
    await typeNewLine(page, page.locator(OUTLOOK_BODY).first(), 'Marsh,', RANK_QUESTION);
    await cards(panel, 'ask-rank-position').waitFor();
    const guard = panel.locator('[data-send-guard]');
    const send = page.locator('button.ms-Button--primary').first();

    await expectUntouched(page, 'clicking Send in Outlook (guarded)', async () => {
      await send.click();
      await guard.waitFor();
    });
    expect(clickSends(page)).toBe(0);
    await guard.locator('[data-action="go-back"]').click();
    await guard.waitFor({ state: 'detached' });
    expect(clickSends(page)).toBe(0);

    await page.keyboard.press('Control+Enter');
    await guard.waitFor();
    expect(await keySends(page)).toBe(0);
    await guard.locator('[data-action="send-anyway"]').click();
    await expect.poll(() => clickSends(page)).toBe(1);
    await expectClean(page, 'sending anyway in Outlook');
  });
});
