/**
 * Extension reload and disable with mail tabs open. A reload (what an update does) invalidates the old
 * content script; the background re-injects a new one, which must replace the old panel and marks, not add
 * to them. A disable leaves an orphaned script with nobody to replace it: it must remove everything itself.
 *
 * The profile has Developer mode on: Chromium 156 otherwise disables a reloaded unpacked extension
 * ("unsupportedDeveloperExtension"). Disabling goes through chrome://extensions, whose page may call
 * chrome.management for any extension (an extension may not disable itself).
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import {
  analyzedAt,
  cards,
  expectClean,
  GMAIL_BODY,
  type Harness,
  launch,
  markedTexts,
  openCompose,
  PANEL,
  residueInPage,
  typeNewLine,
} from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch({ developerMode: true });
});
afterEach(() => {
  expect(h.pageErrors, 'uncaught errors in the page').toEqual([]);
});
afterAll(async () => h?.close());

const RANK_QUESTION = 'Could you tell me where I stand on your rank list?';

async function markOld(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { __oldHosts: Element[] }).__oldHosts = [
      ...document.querySelectorAll('matchmail-panel'),
    ];
  });
}

async function oldHostsConnected(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __oldHosts: Element[] }).__oldHosts.filter((e) => e.isConnected).length,
  );
}

it('reload: the old instance leaves, exactly one new panel per compose takes over', async () => {
  const single = await openCompose(h, 'gmail/new-compose.html');
  const two = await openCompose(h, 'gmail/two-composes.html', { composes: 2 });
  await typeNewLine(single, single.locator(GMAIL_BODY).first(), 'Marsh,', RANK_QUESTION);
  await cards(single.locator(PANEL), 'ask-rank-position').waitFor();
  await markOld(single);
  await markOld(two);

  const worker = await h.sw();
  await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
  );

  for (const [page, n] of [
    [single, 1],
    [two, 2],
  ] as const) {
    await expect.poll(() => oldHostsConnected(page), { timeout: 10_000 }).toBe(0);
    // The background's onInstalled re-injection brings one new panel per compose, never two.
    await expect.poll(() => page.locator(PANEL).count(), { timeout: 10_000 }).toBe(n);
    await page.waitForTimeout(300);
    expect(await page.locator(PANEL).count()).toBe(n);
    const residue = await residueInPage(page);
    // One panel and one mark layer per compose.
    expect(residue.hosts).toBe(2 * n);
    expect(residue.sheets, 'one ::highlight stylesheet, not one per instance').toBeLessThanOrEqual(1);
    await expectClean(page, 'reloading the extension');
  }

  // The new instance works: it found the typed question again and follows new typing.
  const panel = single.locator(PANEL);
  // (A new instance starts as the launcher where there is no room beside the compose: the card is kept, hidden.)
  await cards(panel, 'ask-rank-position').waitFor({ state: 'attached' });
  // Patterns mark the words at once; the whole question once the sentence layer's weights arrive at idle. After a
  // reload on a loaded 2-core runner that idle moment came later than 10 s in two of four runs (7 December 2026, on
  // this and the previous stop's code alike), so the wait is longer; the whole question must still be marked.
  await expect
    .poll(async () => (await markedTexts(single)).map((m) => m.text), { timeout: 30_000 })
    .toContain(RANK_QUESTION);
  const before = await analyzedAt(panel);
  await typeNewLine(
    single,
    single.locator(GMAIL_BODY).first(),
    'rank list?',
    'I will do anything to train here.',
  );
  await expect.poll(() => analyzedAt(panel)).toBeGreaterThan(before);
  await cards(panel, 'desperate-tone').waitFor({ state: 'attached' });
  await expectClean(single, 'typing after the reload');
  await single.close();
  await two.close();
});

it('disable: the orphaned content script removes its panels, marks and styles by itself', async () => {
  const page = await openCompose(h, 'gmail/new-compose.html');
  await typeNewLine(page, page.locator(GMAIL_BODY).first(), 'Marsh,', RANK_QUESTION);
  await cards(page.locator(PANEL), 'ask-rank-position').waitFor();
  const before = await residueInPage(page);
  expect(before.hosts, 'a panel and a mark layer').toBe(2);
  expect(before.marks).toContain('error');
  const textBefore = await page.locator(GMAIL_BODY).first().innerHTML();

  const extensions = await h.ctx.newPage();
  await extensions.goto('chrome://extensions');
  const setEnabled = (enabled: boolean) =>
    extensions.evaluate(
      ([id, on]) =>
        (
          globalThis as unknown as {
            chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } };
          }
        ).chrome.management.setEnabled(id as string, on as boolean),
      [h.extensionId, enabled] as const,
    );
  await setEnabled(false);

  // No typing, no page change: the script notices on its own.
  await expect
    .poll(() => residueInPage(page), { timeout: 5_000 })
    .toEqual({ hosts: 0, highlights: [], sheets: 0, marks: [] });
  expect(await page.locator(GMAIL_BODY).first().innerHTML(), 'the draft is untouched').toBe(textBefore);
  await expectClean(page, 'disabling the extension');

  // Typing with the extension off: nothing comes back.
  await page.locator(GMAIL_BODY).first().click();
  await page.keyboard.type(' More words.');
  await page.waitForTimeout(300);
  expect(await residueInPage(page)).toEqual({ hosts: 0, highlights: [], sheets: 0, marks: [] });

  // Enabled again: the worker starts a new run (storage.session is empty) and re-injects: exactly one panel.
  await setEnabled(true);
  await h.sw();
  await expect.poll(() => page.locator(PANEL).count(), { timeout: 10_000 }).toBe(1);
  await expectClean(page, 're-enabling the extension');
  await extensions.close();
  await page.close();
});
