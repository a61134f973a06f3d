/**
 * Webmail drift: pages whose classes and attributes moved. Where a fallback layer still finds the compose,
 * MatchMail works as usual; where nothing identifies it, one small notice says so. Either way nothing is
 * thrown into the page and the author's text is left alone.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import {
  cards,
  editableHtml,
  expectClean,
  type Harness,
  launch,
  markCount,
  openCompose,
  PANEL,
  typeNewLine,
} from './harness';

const RANK_QUESTION = 'Could you tell me where I stand on your rank list?';
const NOTICE = 'matchmail-panel[data-unreadable="true"]';

let h: Harness;
const pages: Page[] = [];
beforeAll(async () => {
  h = await launch();
});
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  expect(h.pageErrors, 'uncaught errors in the page').toEqual([]);
  expect(h.consoleErrors, 'console errors in the page').toEqual([]);
});
afterAll(async () => h?.close());

for (const [fixture, body, after] of [
  [
    'gmail/drift-fallback.html',
    '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
    'Alvarez,',
  ],
  ['outlook/drift-fallback.html', '.gB7e [contenteditable="true"]', 'Alvarez,'],
] as const) {
  it(`${fixture}: the fallbacks still find the compose; panel and marks work`, async () => {
    const page = await openCompose(h, fixture);
    pages.push(page);
    expect(await page.locator(PANEL).count()).toBe(1);
    expect(await page.locator(NOTICE).count()).toBe(0);
    await typeNewLine(page, page.locator(body).first(), after, RANK_QUESTION);
    await expect.poll(() => cards(page.locator(PANEL), 'ask-rank-position', 'error').count()).toBe(1);
    await expect.poll(() => markCount(page)).toBeGreaterThan(0);
    await expectClean(page, `typing in ${fixture}`);
  });
}

for (const [fixture, body] of [
  ['gmail/drift-unreadable.html', '.v2-body'],
  ['outlook/drift-unreadable.html', '.body-v3'],
] as const) {
  it(`${fixture}: one "can't read this compose window" notice, no panel, nothing thrown`, async () => {
    const page = await h.open(fixture);
    pages.push(page);
    const notice = page.locator(NOTICE);
    await notice.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await notice.count()).toBe(1);
    expect(await notice.locator('[role="status"]').textContent()).toContain("can't read this compose window");
    expect(await page.locator(PANEL).count()).toBe(0);
    await expectClean(page, `opening ${fixture}`);

    // The user can still type; we neither mark nor change anything, and no second notice appears.
    const editor = page.locator(body).first();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${RANK_QUESTION}`);
    await page.waitForTimeout(200);
    expect(await editor.textContent()).toContain(RANK_QUESTION);
    expect(await page.locator(NOTICE).count()).toBe(1);
    expect(await page.locator(PANEL).count()).toBe(0);
    const html = await editableHtml(page);
    await page.waitForTimeout(200);
    expect(await editableHtml(page)).toEqual(html);
    await expectClean(page, `typing in ${fixture}`);
  });
}
