/**
 * Switches that mean what they say (issue 14 §1): the master switch, the per-email switch and a turned-off
 * check reach an open compose within a second — no marks, no findings in the panel, Send not intercepted —
 * the per-email switch survives a reload, turning off an error-level check asks first and can be undone,
 * and Settings names turned-off checks in plain words with "Turn back on".
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  cards,
  expectUntouched,
  GMAIL_BODY,
  type Harness,
  launch,
  markCount,
  openCompose,
  openPanel,
  PANEL,
  residueInPage,
  SEND_LOG,
  typeNewLine,
} from './harness';

const RANK_QUESTION = 'Could you tell me where I stand on your rank list?';
const SUBJECT = 'Interest in the Northlake Health Anesthesiology Residency';
const ON = { enabled: true, disabledRules: [], disabledEmails: [] };

let h: Harness;
const pages: Page[] = [];
beforeAll(async () => {
  h = await launch();
});
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  await h.setStorage({ settings: ON });
  expect(h.pageErrors, 'uncaught errors in the page').toEqual([]);
});
afterAll(async () => h?.close());

async function withRankQuestion(): Promise<Page> {
  const page = await openCompose(h, 'gmail/new-compose.html');
  pages.push(page);
  await typeNewLine(page, page.locator(GMAIL_BODY).first(), 'Marsh,', RANK_QUESTION);
  await cards(page.locator(PANEL), 'ask-rank-position', 'error').waitFor({ state: 'attached' });
  return page;
}

const sends = (page: Page) => h.consoleOf(page).filter((l) => l === SEND_LOG).length;
const send = (page: Page) => page.locator('.aoO[role="button"]').first().click();

describe('the master switch', () => {
  it('off in Settings: within 1 s the open compose has no panel, no marks, and Send goes through; on again: back', async () => {
    const page = await withRankQuestion();
    expect(await markCount(page)).toBeGreaterThan(0);

    await h.setStorage({ settings: { ...ON, enabled: false } });
    const t0 = Date.now();
    await page.locator('matchmail-panel').first().waitFor({ state: 'detached', timeout: 1000 });
    expect(Date.now() - t0).toBeLessThan(1000);
    // No panel, no mark layer, no highlight, no stylesheet of ours left in the page.
    expect(await residueInPage(page)).toEqual({ hosts: 0, highlights: [], sheets: 0, marks: [] });

    await send(page);
    await expect.poll(() => sends(page), { timeout: 1000 }).toBe(1);
    expect(await page.locator('[data-send-guard]').count()).toBe(0);

    await h.setStorage({ settings: ON });
    await cards(page.locator(PANEL), 'ask-rank-position', 'error').waitFor({
      state: 'attached',
      timeout: 1000,
    });
  });
});

describe('the per-email switch', () => {
  it('"Check this email" off: no marks, no findings, Send goes through; still off after a reload and named in Settings', async () => {
    const page = await withRankQuestion();
    const panel = page.locator(PANEL);
    await panel.locator('[data-action="toggle-email"]').click();
    await expect.poll(() => markCount(page), { timeout: 1000 }).toBe(0);
    expect(await cards(panel).count()).toBe(0);
    await send(page);
    await expect.poll(() => sends(page), { timeout: 1000 }).toBe(1);
    await expect
      .poll(async () => ((await h.storage('settings')) as { disabledEmails: string[] }).disabledEmails)
      .toEqual([`subject:${SUBJECT}`]);

    await page.reload();
    await page.locator(PANEL).waitFor({ state: 'attached' });
    await expect.poll(() => page.locator(PANEL).getAttribute('data-analyzed-at')).not.toBe('0');
    expect(await markCount(page)).toBe(0);
    await openPanel(page.locator(PANEL));
    expect(await page.locator(PANEL).locator('[data-action="toggle-email"]').isChecked()).toBe(false);

    const options = await h.ctx.newPage();
    pages.push(options);
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.locator('#settings').textContent()).toContain(`“${SUBJECT}”`);
    await options.locator('[data-action="turn-email-on"]').first().click();
    await expect
      .poll(async () => ((await h.storage('settings')) as { disabledEmails: string[] }).disabledEmails)
      .toEqual([]);
    // Back on in the open tab, within a second: a rank question typed now is caught again.
    await expect
      .poll(() => page.locator(PANEL).locator('[data-action="toggle-email"]').isChecked(), { timeout: 1000 })
      .toBe(true);
    await typeNewLine(page, page.locator(GMAIL_BODY).first(), 'Marsh,', RANK_QUESTION);
    await expect.poll(() => markCount(page), { timeout: 1000 }).toBeGreaterThan(0);
  });
});

describe('turning off a check', () => {
  it('an error-level Match-policy check asks first, can be undone, and is listed in Settings in plain words', async () => {
    const page = await withRankQuestion();
    const panel = page.locator(PANEL);
    const card = cards(panel, 'ask-rank-position', 'error');
    await card.locator('[data-action="why"]').click();
    await expectUntouched(page, 'asking to turn the check off', async () => {
      await card.locator('[data-action="disable-rule"]').click();
      await card.locator('[data-action="confirm-disable"]').waitFor();
    });
    // "Keep it on" is the default: nothing changes.
    await card.locator('[data-action="cancel-disable"]').click();
    expect(
      ((await h.storage('settings')) as { disabledRules?: string[] } | undefined)?.disabledRules ?? [],
    ).toEqual([]);

    await card.locator('[data-action="disable-rule"]').click();
    await card.locator('[data-action="confirm-disable"]').click();
    await expect.poll(() => cards(panel, 'ask-rank-position').count(), { timeout: 1000 }).toBe(0);
    const toast = panel.locator('.mm-toast');
    expect(await toast.textContent()).toContain('“Asks how the program will rank you” is off in every email');
    // Send is no longer intercepted for it.
    await send(page);
    await expect.poll(() => sends(page), { timeout: 1000 }).toBe(1);

    await toast.locator('[data-action="undo-disable"]').click();
    await cards(panel, 'ask-rank-position', 'error').waitFor({ timeout: 1000 });
    await expect
      .poll(async () => ((await h.storage('settings')) as { disabledRules: string[] }).disabledRules)
      .toEqual([]);

    // Turned off from elsewhere, Settings lists it in plain words with "Turn back on".
    await h.setStorage({ settings: { ...ON, disabledRules: ['ask-rank-position'] } });
    const options = await h.ctx.newPage();
    pages.push(options);
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const item = options.locator('[data-disabled-rule="ask-rank-position"]');
    await item.waitFor();
    const text = await item.textContent();
    expect(text).toContain('Asks how the program will rank you');
    expect(text).toContain('Important');
    expect(text).not.toContain('ask-rank-position');
    await item.getByRole('button', { name: /Turn .* back on/ }).click();
    await cards(panel, 'ask-rank-position', 'error').waitFor({ state: 'attached', timeout: 2000 });
  });
});
