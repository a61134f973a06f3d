/**
 * Real webmail markup as a standing check: every page in ../shared/real-dom/pages (public captures of live
 * Gmail and Outlook, described in its SOURCES.md; they stay there and are never copied into this repository)
 * is opened under its webmail's host name with the built extension. A whole compose must work fully: panel,
 * card and mark for a typed error, a template inserted and taken out by one Ctrl+Z, the send guard, nothing of
 * ours in the editor, nothing thrown. A fragment (one element, no compose around it; `*-fragment.html`) must
 * get the "can't read this compose window" notice and nothing else. Skipped, with a printed line, where
 * ../shared is absent.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../shared-folder';
import {
  cards,
  editableHtml,
  expectClean,
  expectUntouched,
  type Harness,
  launch,
  markCount,
  markedTexts,
  openPanel,
  PANEL,
  residueInPage,
} from './harness';
import { LIKED, LOI_OPENING, NORTHLAKE, PROFILE, RANK_EXCERPT, RANK_QUESTION } from './scenario-data';

const dir = sharedPath('real-dom/pages', 'the real-markup suite (tests/e2e/real-dom.e2e.test.ts)');
const pagesIn = dir ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
const NOTICE = 'matchmail-panel[data-unreadable="true"]';
/** The editable of a capture: every one has contenteditable="true" on its body element. */
const EDITABLE = '[contenteditable="true"]';

let h: Harness;
const open: Page[] = [];
beforeAll(async () => {
  if (!pagesIn.length) return;
  h = await launch();
  await h.setStorage({
    profile: PROFILE,
    programs: [NORTHLAKE],
    ledger: [],
    settings: { enabled: true, disabledRules: [], disabledEmails: [] },
  });
});
afterEach(async () => {
  for (const p of open.splice(0)) await p.close();
  if (h) {
    expect(h.pageErrors, 'uncaught errors in the page').toEqual([]);
    expect(h.consoleErrors, 'console errors in the page').toEqual([]);
  }
});
afterAll(async () => h?.close());

async function visit(file: string): Promise<Page> {
  const page = await h.open(
    `real-dom/${file}`,
    file.startsWith('outlook-') ? 'outlook.office.com' : 'mail.google.com',
  );
  open.push(page);
  return page;
}

describe.skipIf(!pagesIn.length)('real captured markup', () => {
  for (const file of pagesIn.filter((f) => f.includes('-fragment'))) {
    it(`${file}: a fragment gets the unreadable notice and nothing else`, async () => {
      const page = await visit(file);
      const notice = page.locator(NOTICE);
      await notice.waitFor({ state: 'attached', timeout: 10_000 });
      const before = await editableHtml(page);
      await page.waitForTimeout(300);
      expect(await notice.count()).toBe(1);
      expect(await notice.locator('[role="status"]').textContent()).toContain(
        "can't read this compose window",
      );
      expect(await page.locator(PANEL).count(), 'no panel').toBe(0);
      const residue = await residueInPage(page);
      expect([...residue.highlights, ...residue.marks], 'no marks').toEqual([]);
      expect(await editableHtml(page), 'the editor is left as it was').toEqual(before);
      await expectClean(page, `opening ${file}`);
    });
  }

  for (const file of pagesIn.filter((f) => !f.includes('-fragment'))) {
    it(`${file}: the whole compose works: card and mark, template and Ctrl+Z, send guard, no residue`, async () => {
      const page = await visit(file);
      const panel = page.locator(PANEL);
      await panel.waitFor({ state: 'attached', timeout: 10_000 });
      expect(await page.locator(NOTICE).count(), 'no unreadable notice').toBe(0);
      const body = page.locator(`${EDITABLE}`).first();
      await expectClean(page, `opening ${file}`);

      // Typing: an error card and its mark, then gone after the fix.
      await body.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(RANK_QUESTION);
      await expect.poll(() => cards(panel, 'ask-rank-position', 'error').count()).toBe(1);
      await expect
        .poll(() => markedTexts(page))
        .toContainEqual({ severity: 'error', text: RANK_EXCERPT, inQuote: false });
      expect(await markCount(page)).toBeGreaterThan(0);
      await expectClean(page, 'typing a rank question');

      // The send guard stops the real Send button.
      const guard = panel.locator('[data-send-guard]');
      await expectUntouched(page, 'clicking Send (guarded)', async () => {
        await page.locator('.aoO[role="button"]').first().click();
        await guard.waitFor();
      });
      expect(await guard.locator('li[data-rule-id="ask-rank-position"]').count()).toBe(1);
      await guard.locator('[data-action="go-back"]').click();
      await guard.waitFor({ state: 'detached' });

      // Fix the draft: select all and delete; the card and the mark go.
      await body.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
      await expect.poll(() => cards(panel, 'ask-rank-position').count()).toBe(0);
      await expect.poll(async () => (await markedTexts(page)).map((m) => m.text)).not.toContain(RANK_EXCERPT);
      const empty = await body.evaluate((e) => e.innerHTML);

      // A template goes in through the editor's input path and one Ctrl+Z takes it out. Where there is no room
      // beside the compose, the panel stays a launcher until the user opens it.
      await openPanel(panel);
      await panel.locator('[data-action="templates"]').click();
      await panel.locator('[data-template-id="letter-of-interest"]').click();
      const form = panel.locator('[data-template-form="letter-of-interest"]');
      // No recipient in the capture: the user picks the program from their records, then what is missing.
      // With the keyboard, as a user would: the panel acts only on trusted events, and Playwright's
      // selectOption() fires synthetic ones.
      await form.locator('select[data-field="program"]').focus();
      await page.keyboard.type(NORTHLAKE.name.slice(0, 9));
      await expect.poll(() => form.locator('select[data-field="program"]').inputValue()).toBe(NORTHLAKE.name);
      await form.locator('[data-field="program.liked"]').fill(LIKED);
      await form.locator('[data-action="insert-template"]').click();
      await form.waitFor({ state: 'detached' });
      await expect.poll(() => body.textContent()).toContain(LOI_OPENING);
      await expectClean(page, 'inserting a template');
      await page.keyboard.press('Control+z');
      await expect.poll(() => body.evaluate((e) => e.innerHTML)).toBe(empty);
      await expectClean(page, 'Ctrl+Z after inserting');
    });
  }
});
