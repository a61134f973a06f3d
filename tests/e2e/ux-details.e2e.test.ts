/**
 * The UX review's remaining defects (../shared/reviews/ux-2026-12.md), each as a user meets it: the panel's
 * one row of tools (P6) that opening the tone report does not move (T4), marks too small to see (M4), what
 * "Show in draft" does (M5), the program's question marked in the quote (R4), the draft kind corrected by
 * hand (P11), marks that stay visible on a dark theme (D3), and Outlook's own dark theme (O3).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cards, GMAIL_BODY, type Harness, launch, openCompose, PANEL, typeNewLine } from './harness';

const RANK_QUESTION = 'Could you tell me where I stand on your rank list?';

let h: Harness;
const pages: Page[] = [];
beforeAll(async () => {
  h = await launch();
});
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  await h.setStorage({
    settings: { enabled: true, disabledRules: [], disabledEmails: [] },
    panelOpen: false,
  });
  expect(h.pageErrors, 'uncaught errors in the page').toEqual([]);
});
afterAll(async () => h?.close());

async function compose(fixture: string, opts: { openPanel?: boolean } = {}): Promise<Page> {
  const page = await openCompose(h, fixture, opts);
  pages.push(page);
  return page;
}

/** A box in the panel's shadow root, in viewport pixels (null when absent). */
const boxIn = (panel: Locator, selector: string) =>
  panel.evaluate((host, sel) => {
    const r = host.shadowRoot?.querySelector(sel)?.getBoundingClientRect();
    return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  }, selector);

/** A draft with an error and two suggestions, so the panel has cards above its tools. */
async function draftWithFindings(page: Page): Promise<Locator> {
  await page.setViewportSize({ width: 1440, height: 900 });
  const body = page.locator(GMAIL_BODY).first();
  await typeNewLine(page, body, 'Marsh,', RANK_QUESTION);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Thank you so much!! I think I might be a good fit.');
  const panel = page.locator(PANEL);
  await expect.poll(() => cards(panel).count()).toBeGreaterThanOrEqual(3);
  await page.waitForTimeout(300);
  return panel;
}

describe('the panel’s tools (P6, T4)', () => {
  it('P6: the findings come first, then "Check tone" and "Templates" in one row; the per-email switch is below them', async () => {
    const page = await compose('gmail/new-compose.html');
    const panel = await draftWithFindings(page);
    const tone = await boxIn(panel, '[data-action="tone-check"]');
    const templates = await boxIn(panel, '[data-action="templates"]');
    const lastCard = await boxIn(panel, '.mm-group:last-of-type .mm-card:last-of-type');
    const toggle = await boxIn(panel, '[data-action="toggle-email"]');
    if (!tone || !templates || !lastCard || !toggle) throw new Error('a control is missing from the panel');
    expect(templates.top, 'Templates on the same row as Check tone').toBe(tone.top);
    expect(templates.left).toBeGreaterThan(tone.right);
    expect(lastCard.bottom, 'the findings above the tools').toBeLessThanOrEqual(tone.top);
    expect(toggle.top, '"Check this email" below the tools').toBeGreaterThan(tone.bottom);
    expect(await panel.locator('[role="toolbar"]').evaluate((t) => t.getAttribute('aria-label'))).toBe(
      'MatchMail tools',
    );
  });

  it('T4: opening the tone report moves no card and not the Templates button', async () => {
    const page = await compose('gmail/new-compose.html');
    const panel = await draftWithFindings(page);
    const firstCard = () => boxIn(panel, '.mm-card');
    const templates = () => boxIn(panel, '[data-action="templates"]');
    const before = { card: await firstCard(), templates: await templates() };
    await panel.locator('[data-action="tone-check"]').click();
    await panel.locator('[data-tone-verdict]').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(200);
    expect({ card: await firstCard(), templates: await templates() }).toEqual(before);
    // The report opened below the row of tools.
    const report = await boxIn(panel, '[data-tone-report]');
    expect(report?.top).toBeGreaterThanOrEqual(before.templates?.bottom ?? Number.POSITIVE_INFINITY);
  });
});
