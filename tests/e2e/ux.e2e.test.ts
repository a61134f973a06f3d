/**
 * Issue 14, as a user meets it: the welcome page on install, the toolbar popup, the setup link, silence on an
 * empty compose, the program's own question as a notice with a reply button, the card at a mark with a
 * one-click rewrite undone by one Ctrl+Z, a panel that never covers a draft (two composes, full screen,
 * 150 % zoom, 1280×720), the send guard as a real modal, a keyboard-only path, and axe-core (colour contrast
 * on) on the panel, the card, the popup, the welcome and options pages in light and dark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  cards,
  clickAfter,
  deleteCurrentLine,
  editableHtml,
  GMAIL_BODY,
  type Harness,
  launch,
  markedTexts,
  openCompose,
  openPanel,
  PANEL,
  placedMarks,
  ROOT,
  SHOTS,
  textRect,
  typeNewLine,
} from './harness';

const RANK_QUESTION = 'Could you tell me where I stand on your rank list?';
const TRY_INSTEAD = 'I remain very interested in your program and would be glad to train there.';
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let h: Harness;
let welcomeAtInstall: string[] = [];
const pages: Page[] = [];
beforeAll(async () => {
  h = await launch();
  // The welcome tab is opened by the service worker on install: wait for it before anything else.
  const welcome = `chrome-extension://${h.extensionId}/welcome.html`;
  for (let i = 0; i < 100 && !h.ctx.pages().some((p) => p.url() === welcome); i++) {
    await new Promise((ok) => setTimeout(ok, 100));
  }
  welcomeAtInstall = h.ctx.pages().map((p) => p.url());
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

async function extPage(path: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await h.ctx.newPage();
  pages.push(page);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  return page;
}

async function compose(
  fixture: string,
  opts: { composes?: number; openPanel?: boolean } = {},
): Promise<Page> {
  const page = await openCompose(h, fixture, opts);
  pages.push(page);
  return page;
}

/** axe-core run in the page (or inside the panel's shadow root) with the colour-contrast rule on. */
async function axe(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (sel) => {
    const a = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const context = sel ? { include: [[sel]] } : document;
    const r = await a.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast': { enabled: true } },
    });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target)).slice(0, 300)}`);
  }, include);
}

const wordCount = (s: string) => s.trim().split(/\s+/).length;

describe('first run', () => {
  it('install opens the welcome page: what it checks, nothing leaves the browser, a two-minute setup that saves', async () => {
    expect(welcomeAtInstall).toContain(`chrome-extension://${h.extensionId}/welcome.html`);
    const page = await extPage('welcome.html');
    await page.getByRole('heading', { name: 'Welcome to MatchMail' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('What it checks');
    expect(text).toContain('Nothing leaves your browser');
    expect(text).toContain('Two-minute setup');
    await page.screenshot({ path: join(SHOTS, 'welcome.png'), fullPage: true });

    // A wrong AAMC ID is refused with a plain reason; nothing is stored.
    await page.getByLabel('Your full name').fill('Maya Okafor');
    await page.getByLabel('AAMC ID').fill('my aamc id');
    await page.locator('[data-action="welcome-save"]').click();
    await expect.poll(() => page.locator('[role="alert"]').innerText()).toContain('must be 8 digits');
    expect(await h.storage('profile')).toBeUndefined();

    const download = page.waitForEvent('download');
    await page.locator('[data-action="sample-csv"]').click();
    expect((await download).suggestedFilename()).toBe('matchmail-programs-sample.csv');

    await page.getByLabel('AAMC ID').fill('14820573');
    await page
      .getByLabel('Your programs')
      .fill('Northlake Health Anesthesiology, northlake.org\nRiverbend Anesthesiology, riverbend.edu');
    await page.locator('[data-action="welcome-save"]').click();
    await expect.poll(() => page.locator('[role="status"]').innerText()).toContain('2 programs on your list');
    expect(await h.storage('profile')).toMatchObject({ name: 'Maya Okafor', aamcId: '14820573' });
    expect(
      ((await h.storage('programs')) as { name: string; domains: string[] }[]).map((p) => [
        p.name,
        p.domains,
      ]),
    ).toEqual([
      ['Northlake Health Anesthesiology', ['northlake.org']],
      ['Riverbend Anesthesiology', ['riverbend.edu']],
    ]);
    await h.setStorage({ profile: {}, programs: [] });
  });

  it('the manifest has a toolbar popup and an icon set; the popup switches MatchMail off and on and says what it sees', async () => {
    const manifest = JSON.parse(readFileSync(join(h.extDir ?? '', 'manifest.json'), 'utf8'));
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);

    const mail = await compose('gmail/new-compose.html', { openPanel: false });
    const popup = await extPage('popup.html');
    const toggle = popup.locator('[data-action="popup-toggle"]');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await popup.screenshot({ path: join(SHOTS, 'popup.png') });
    await toggle.click();
    await expect
      .poll(async () => ((await h.storage('settings')) as { enabled: boolean }).enabled)
      .toBe(false);
    await expect.poll(() => popup.locator('[data-popup-status]').innerText()).toContain('MatchMail is off');
    // The open mail tab follows within a second.
    await mail.locator('matchmail-panel').waitFor({ state: 'detached', timeout: 1000 });
    await toggle.click();
    await mail.locator(PANEL).waitFor({ state: 'attached', timeout: 1000 });
    expect(await popup.locator('[data-action="popup-setup"]').getAttribute('href')).toContain(
      '/welcome.html',
    );
  });

  it('an empty compose says nothing until there is text; with no programs the panel offers setup', async () => {
    const page = await compose('gmail/new-compose.html');
    const body = page.locator(GMAIL_BODY).first();
    await body.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    const panel = page.locator(PANEL);
    await expect.poll(() => cards(panel).count()).toBe(0);
    expect(await panel.locator('.mm-summary').innerText()).toContain('Start writing');
    const setup = panel.locator('.mm-setup');
    expect(await setup.innerText()).toContain('Add your programs');
    const opened = h.ctx.waitForEvent('page');
    await setup.locator('[data-action="open-setup"]').click();
    expect((await opened).url()).toContain('/options.html');
    pages.push(...h.ctx.pages().filter((p) => p.url().includes('/options.html')));
    await page.bringToFront();
    await body.focus();
    await page.keyboard.type('Dear Dr. Marsh, thank you for the interview!! ');
    await expect.poll(() => cards(panel).count()).toBeGreaterThan(0);
  });
});

describe("the program's own question", () => {
  it('one calm notice at the top, not counted, with a button that opens the polite-decline reply', async () => {
    const page = await compose('gmail/reply-inline.html');
    const panel = page.locator(PANEL);
    const notice = panel.locator('[data-program-notice]');
    await notice.waitFor();
    expect(await notice.count()).toBe(1);
    expect(await notice.innerText()).toContain(
      'The program asked how you will rank it — you do not have to answer',
    );
    // First in the panel, before any group, and not in the counts.
    const first = await panel.evaluate((host) =>
      host.shadowRoot?.querySelector('[data-program-notice], .mm-group')?.hasAttribute('data-program-notice'),
    );
    expect(first).toBe(true);
    expect(await panel.locator('.mm-summary').innerText()).not.toMatch(/idea/);
    await page.screenshot({ path: join(SHOTS, 'program-asked.png') });
    await notice.locator('[data-action="use-decline-reply"]').click();
    const form = panel.locator('[data-template-form="reply-rank-question"]');
    const inserted = panel.locator('[data-template-status]');
    await expect.poll(async () => (await form.count()) + (await inserted.count())).toBeGreaterThan(0);
  });
});

describe('advice where the words are', () => {
  it('the card at a rank question: title, ≤ 25-word message, Try instead; applying it is undone by one Ctrl+Z', async () => {
    const page = await compose('gmail/new-compose.html', { openPanel: false });
    const body = page.locator(GMAIL_BODY).first();
    await typeNewLine(page, body, 'Marsh,', RANK_QUESTION);
    const panel = page.locator(PANEL);
    await cards(panel, 'ask-rank-position').waitFor({ state: 'attached' });
    const r = await textRect(body, 'where I stand');
    await page.mouse.move(r.left - 40, r.top - 30);
    await page.mouse.move((r.left + r.right) / 2, (r.top + r.bottom) / 2, { steps: 4 });
    const card = panel.locator('[data-mark-card][data-rule-id="ask-rank-position"]');
    await card.waitFor();
    expect(await card.locator('.mm-card-title').innerText()).toBe('Asks how the program will rank you');
    expect(wordCount(await card.locator('.mm-message').innerText())).toBeLessThanOrEqual(25);
    expect(await card.locator('.mm-try').innerText()).toContain(TRY_INSTEAD);
    // Hoverable: the pointer can travel onto it; it stays within the viewport.
    const box = await card.boundingBox();
    await page.mouse.move((box?.x ?? 0) + 20, (box?.y ?? 0) + 10, { steps: 5 });
    await page.waitForTimeout(500);
    expect(await card.isVisible()).toBe(true);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(900);
    // Small, like a Grammarly card: it hides little of the draft (M1).
    expect(box?.height).toBeLessThanOrEqual(120);
    await page.screenshot({ path: join(SHOTS, 'card-at-mark.png') });

    await card.locator('[data-action="apply-fix"]').click();
    await expect.poll(() => body.innerText()).toContain(TRY_INSTEAD);
    expect(await body.innerText()).not.toContain(RANK_QUESTION);
    await expect.poll(() => cards(panel, 'ask-rank-position').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => body.innerText()).toContain(RANK_QUESTION);
    expect(await body.innerText()).not.toContain(TRY_INSTEAD);
  });

  it('P3: a "[Program Name]" left in the draft is filled with the To: address\'s program in one click; one Ctrl+Z undoes it', async () => {
    await h.setStorage({
      programs: [{ name: 'Northlake Health Anesthesiology', domains: ['northlake-health.example'] }],
    });
    try {
      const page = await compose('gmail/new-compose.html');
      const body = page.locator(GMAIL_BODY).first();
      const typed = 'I am excited about [Program Name] and its curriculum.';
      await typeNewLine(page, body, 'Marsh,', typed);
      const panel = page.locator(PANEL);
      const card = cards(panel, 'unfilled-placeholder');
      await card.waitFor();
      const fix = card.locator('[data-action="apply-fix"]');
      expect(await fix.textContent()).toBe('Fix it');
      await fix.click();
      await expect
        .poll(() => body.textContent())
        .toContain('I am excited about Northlake Health Anesthesiology and its curriculum.');
      await expect.poll(() => cards(panel, 'unfilled-placeholder').count()).toBe(0);
      await page.keyboard.press('Control+z');
      await expect.poll(() => body.textContent()).toContain(typed);
    } finally {
      await h.setStorage({ programs: [] });
    }
  });

  it('M1: at the bottom of the window the card flips above the words, stays on screen and ≤ 120 px; Esc closes it', async () => {
    const page = await compose('gmail/new-compose.html', { openPanel: false });
    const body = page.locator(GMAIL_BODY).first();
    await typeNewLine(page, body, 'Marsh,', RANK_QUESTION);
    const panel = page.locator(PANEL);
    await cards(panel, 'ask-rank-position').waitFor({ state: 'attached' });
    let r = await textRect(body, 'where I stand');
    // The marked line is the last one in the window: no room below it.
    await page.setViewportSize({ width: 1024, height: Math.ceil(r.bottom) + 30 });
    await page.waitForTimeout(200);
    r = await textRect(body, 'where I stand');
    await page.mouse.move(r.left - 40, r.top - 30);
    await page.mouse.move((r.left + r.right) / 2, (r.top + r.bottom) / 2, { steps: 4 });
    const card = panel.locator('[data-mark-card][data-rule-id="ask-rank-position"]');
    await card.waitFor();
    await page.waitForTimeout(100);
    const box = await card.boundingBox();
    const vh = page.viewportSize()?.height ?? 0;
    expect(box?.height).toBeLessThanOrEqual(120);
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(r.top);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(vh);
    // Hoverable and dismissible (WCAG 1.4.13): onto the card, then Escape.
    await page.mouse.move((box?.x ?? 0) + 30, (box?.y ?? 0) + 8, { steps: 4 });
    await page.waitForTimeout(400);
    expect(await card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('keyboard only: caret into a mark shows its card and says its title (A2), Escape closes it, the shortcut reaches the cards and Escape returns', async () => {
    const page = await compose('gmail/new-compose.html', { openPanel: false });
    const body = page.locator(GMAIL_BODY).first();
    await typeNewLine(page, body, 'Marsh,', 'I am so excited to hear from you!!!');
    await typeNewLine(page, body, 'from you!!!', RANK_QUESTION);
    const panel = page.locator(PANEL);
    await cards(panel, 'ask-rank-position').waitFor({ state: 'attached' });
    await page.keyboard.press('Home');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    const card = panel.locator('[data-mark-card][data-rule-id="ask-rank-position"]');
    await card.waitFor();
    // Said aloud while the caret stays in the draft (A2).
    expect(await panel.locator('[data-mark-announce]').textContent()).toContain(
      'MatchMail: Asks how the program will rank you.',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Message Body',
    );
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await panel.locator('[data-mark-announce]').textContent()).toBe('');

    await page.keyboard.press('Alt+Shift+M');
    const focused = () =>
      panel.evaluate((host) => {
        const a = host.shadowRoot?.activeElement;
        return a
          ? `${a.tagName}:${a.getAttribute('data-rule-id') ?? a.getAttribute('data-action') ?? ''}`
          : '';
      });
    await expect.poll(focused).toMatch(/^ARTICLE:/);
    const firstCard = await focused();
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).not.toBe(firstCard);
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatch(/^BUTTON:/);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Message Body');
    // Every button in the panel has a name of its own where it acts on one card.
    const names = await panel.evaluate((host) =>
      [
        ...(host.shadowRoot?.querySelectorAll(
          '.mm-card button[data-action="jump"], .mm-card button[data-action="ignore"]',
        ) ?? []),
      ].map((b) => b.getAttribute('aria-label')),
    );
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the panel is a list, not a report', () => {
  it('P1: at 1440×900 with 5 findings every title shows without scrolling; a closed card opens on click', async () => {
    const page = await compose('gmail/new-compose.html');
    await page.setViewportSize({ width: 1440, height: 900 });
    const body = page.locator(GMAIL_BODY).first();
    // The review's draft: a rank question, "!!", a hedge, an apology, and (removed) the AAMC ID.
    await typeNewLine(page, body, 'Marsh,', RANK_QUESTION);
    for (const line of [
      'Thank you so much for the interview!!',
      'I think I might be a good fit, but I am not sure.',
      "I'm sorry if this is too forward, and sorry again for the long email.",
    ]) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    await clickAfter(page, body, 'is 14820573');
    for (let i = 0; i < 'My AAMC ID is 14820573'.length; i++) await page.keyboard.press('Backspace');
    const panel = page.locator(PANEL);
    await expect.poll(() => cards(panel).count(), { timeout: 5000 }).toBeGreaterThanOrEqual(5);
    await page.waitForTimeout(300);
    const seen = await panel.evaluate((host) => {
      const box = host.shadowRoot?.querySelector('.mm-panel');
      if (!box) return null;
      const r = box.getBoundingClientRect();
      return {
        scrollTop: box.scrollTop,
        titles: [...box.querySelectorAll('.mm-card .mm-card-title')].map((t) => {
          const b = t.getBoundingClientRect();
          return { text: t.textContent, inside: b.top >= r.top && b.bottom <= r.bottom };
        }),
      };
    });
    await page.screenshot({ path: join(SHOTS, 'panel-five-findings.png') });
    expect(seen?.scrollTop).toBe(0);
    expect(seen?.titles.length).toBeGreaterThanOrEqual(5);
    for (const t of seen?.titles ?? []) expect(t.inside, `"${t.text}" is below the fold`).toBe(true);
    // Something missing (the AAMC ID) has a card but no mark on the sign-off, which read as "your name is
    // wrong" (P5).
    expect(await cards(panel, 'missing-aamc-id').count()).toBe(1);
    const marked = await markedTexts(page);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((m) => /Sincerely|Maya Okafor/.test(m.text))).toEqual([]);
    // The error is open; another card shows its title and words, and opens (closing the first) on click.
    const rank = cards(panel, 'ask-rank-position');
    expect(await rank.locator('.mm-try').isVisible()).toBe(true);
    const other = cards(panel).nth(1);
    expect(await other.locator('.mm-excerpt').isVisible()).toBe(true);
    expect(await other.locator('[data-action="ignore"]').count()).toBe(0);
    await other.locator('[data-action="toggle-card"]').click();
    await other.locator('[data-action="ignore"]').waitFor();
    expect(await other.locator('[data-action="toggle-card"]').getAttribute('aria-expanded')).toBe('true');
    expect(await rank.locator('.mm-try').count()).toBe(0);
  });
});

describe('the panel keeps out of the way', () => {
  it('P7: opened by an error, it goes back to a green "✓ Looks good" launcher once the draft is clean', async () => {
    const page = await compose('gmail/new-compose.html', { openPanel: false });
    // A compose window with room beside it (the panel never opens over the draft by itself).
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.addStyleTag({ content: MOLES });
    const panel = page.locator(PANEL);
    const launcher = panel.locator('.mm-badge');
    await launcher.waitFor();
    const body = page.locator(GMAIL_BODY).first();
    await typeNewLine(page, body, 'Marsh,', RANK_QUESTION);
    await panel.locator('.mm-panel').waitFor();
    await deleteCurrentLine(page);
    await expect.poll(() => cards(panel).count()).toBe(0);
    await launcher.waitFor();
    expect(await panel.locator('.mm-panel').count()).toBe(0);
    expect(await launcher.textContent()).toContain('✓ Looks good');
    expect(await launcher.getAttribute('aria-label')).toContain('no problems found');
    const colour = await launcher.locator('.mm-badge-words').evaluate((e) => getComputedStyle(e).color);
    expect(colour).toBe('rgb(19, 115, 51)');
  });

  it("P8: the open panel's top edge stays put while cards come and go", async () => {
    const page = await compose('gmail/new-compose.html');
    await page.setViewportSize({ width: 1440, height: 900 });
    const panel = page.locator(PANEL);
    const compose0 = page.locator('.nH.Hd[role="dialog"]').first();
    const tops = async () => ({
      panel: await panel.evaluate(
        (h) => h.shadowRoot?.querySelector('.mm-panel')?.getBoundingClientRect().top,
      ),
      compose: (await compose0.boundingBox())?.y,
    });
    await page.waitForTimeout(300);
    const before = await tops();
    const body = page.locator(GMAIL_BODY).first();
    await typeNewLine(page, body, 'Marsh,', RANK_QUESTION);
    await cards(panel, 'ask-rank-position').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Thank you so much!! I think I might be a fit.');
    await expect.poll(() => cards(panel).count()).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(300);
    expect(await tops()).toEqual(before);
    await deleteCurrentLine(page);
    await deleteCurrentLine(page);
    await expect.poll(() => cards(panel).count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await tops()).toEqual(before);
  });

  it('P9: the panel closed by hand stays closed in the next compose; opened by hand, it opens there', async () => {
    const first = await compose('gmail/new-compose.html');
    const panel = first.locator(PANEL);
    await panel.locator('[data-action="collapse"]').click();
    await expect.poll(() => h.storage('panelOpen')).toBe(false);
    const next = await compose('gmail/new-compose.html', { openPanel: false });
    await next.setViewportSize({ width: 1440, height: 900 });
    await next.addStyleTag({ content: MOLES });
    await next.waitForTimeout(300);
    expect(await next.locator(PANEL).locator('.mm-badge').isVisible()).toBe(true);
    expect(await next.locator(PANEL).locator('.mm-panel').count()).toBe(0);
    await next.locator(PANEL).locator('[data-action="expand"]').click();
    await expect.poll(() => h.storage('panelOpen')).toBe(true);
    const third = await compose('gmail/new-compose.html', { openPanel: false });
    await third.setViewportSize({ width: 1440, height: 900 });
    await third.addStyleTag({ content: MOLES });
    await third.locator(PANEL).locator('.mm-panel').waitFor({ timeout: 3000 });
  });
});

describe('the panel can be moved (L2)', () => {
  it('dragged by its header it stays where it is dropped, in the next compose too; "Put back beside the draft" docks it again', async () => {
    const moles = async (page: Page) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.addStyleTag({ content: MOLES });
      await page.waitForTimeout(200);
    };
    const box = (panel: Locator) =>
      panel.evaluate((host) => {
        const r = host.shadowRoot?.querySelector('.mm-panel')?.getBoundingClientRect();
        return r ? { left: Math.round(r.left), top: Math.round(r.top) } : null;
      });
    const page = await compose('gmail/new-compose.html');
    await moles(page);
    const panel = page.locator(PANEL);
    const docked = await box(panel);
    const title = await panel.locator('#mm-panel-title').boundingBox();
    if (!docked || !title) throw new Error('no open panel');
    await page.mouse.move(title.x + 5, title.y + 5);
    await page.mouse.down();
    await page.mouse.move(title.x + 5 - 400, title.y + 5 + 80, { steps: 8 });
    await page.mouse.up();
    const dropped = { left: docked.left - 400, top: docked.top + 80 };
    await expect.poll(() => box(panel)).toEqual(dropped);
    await expect.poll(() => h.storage('panelPosition')).toEqual(dropped);
    // The editor was not touched, and the page scrolled or selected nothing while dragging.
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('');

    const next = await compose('gmail/new-compose.html');
    await moles(next);
    const nextPanel = next.locator(PANEL);
    await expect.poll(() => box(nextPanel)).toEqual(dropped);
    await nextPanel.locator('[data-action="dock-panel"]').click();
    await expect.poll(() => box(nextPanel)).toEqual(docked);
    await expect.poll(() => h.storage('panelPosition')).toBeUndefined();
    expect(await nextPanel.locator('[data-action="dock-panel"]').count()).toBe(0);
  });
});

/** The box of what the panel shows now (the open panel or the launcher), in viewport pixels. */
async function shownBox(panel: Locator) {
  return panel.evaluate((host) => {
    const el = host.shadowRoot?.querySelector('.mm-panel, .mm-badge');
    const r = el?.getBoundingClientRect();
    return r
      ? {
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          open: el?.classList.contains('mm-panel'),
        }
      : null;
  });
}

async function editableBoxes(page: Page) {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)].map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    GMAIL_BODY,
  );
}

const overlaps = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const MOLES = `.no { position: fixed; right: 16px; bottom: 0; display: flex; gap: 8px; align-items: flex-end; width: auto !important; }
  .nH.Hd[role="dialog"] { width: 500px; background: #fff; border: 1px solid #999; }`;
const FULL = `.nH.Hd[role="dialog"] { position: fixed; inset: 40px 60px; background: #fff; border: 1px solid #999; overflow: auto; }`;

describe('the panel never covers a draft', () => {
  const layouts: [string, string, number, { width: number; height: number }][] = [
    ['two composes side by side', 'gmail/two-composes.html', 2, { width: 1440, height: 900 }],
    ['full-screen compose', 'gmail/new-compose.html', 1, { width: 1440, height: 900 }],
    ['150 % zoom on 1280×720', 'gmail/new-compose.html', 1, { width: 853, height: 480 }],
    ['1280×720', 'gmail/new-compose.html', 1, { width: 1280, height: 720 }],
  ];
  for (const [name, fixture, n, viewport] of layouts) {
    it(`${name}: with an error in the draft, no panel box intersects any compose text`, async () => {
      const page = await compose(fixture, { composes: n, openPanel: false });
      await page.setViewportSize(viewport);
      await page.addStyleTag({ content: name.startsWith('full') ? FULL : MOLES });
      await typeNewLine(
        page,
        page.locator(GMAIL_BODY).first(),
        fixture.includes('two') ? 'Alvarez,' : 'Marsh,',
        RANK_QUESTION,
      );
      const panels = page.locator(PANEL);
      await cards(panels.first(), 'ask-rank-position').waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      const texts = await editableBoxes(page);
      for (let i = 0; i < n; i++) {
        const box = await shownBox(panels.nth(i));
        expect(box, `panel ${i}`).not.toBeNull();
        for (const t of texts)
          expect(overlaps(box!, t), `panel ${i} (${JSON.stringify(box)}) covers ${JSON.stringify(t)}`).toBe(
            false,
          );
      }
      await page.screenshot({ path: join(SHOTS, `layout-${name.replace(/[^a-z0-9]+/gi, '-')}.png`) });
    });
  }
});

describe('send guard', () => {
  it('is a modal: scrim, focus kept inside on Tab, Escape goes back; each error has its words and "Show me"', async () => {
    const page = await compose('gmail/new-compose.html');
    await typeNewLine(page, page.locator(GMAIL_BODY).first(), 'Marsh,', RANK_QUESTION);
    const panel = page.locator(PANEL);
    await cards(panel, 'ask-rank-position', 'error').waitFor();
    await page.locator('.aoO[role="button"]').first().click();
    const guard = panel.locator('[role="alertdialog"][data-send-guard]');
    await guard.waitFor();
    expect(await panel.locator('[data-guard-scrim]').isVisible()).toBe(true);
    const item = guard.locator('li[data-rule-id="ask-rank-position"]');
    expect(await item.innerText()).toContain('tell me where I stand on your rank list');
    await page.screenshot({ path: join(SHOTS, 'send-guard.png') });
    const inside = () =>
      panel.evaluate((host) => !!host.shadowRoot?.activeElement?.closest('[data-send-guard]'));
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await inside(), `focus left the dialog after ${i + 1} Tab`).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await inside()).toBe(true);
    // The page behind is inert: a click on the draft lands on the scrim, and typing stays in the dialog.
    const before = await editableHtml(page);
    const draft = await page.locator(GMAIL_BODY).first().boundingBox();
    await page.mouse.click((draft?.x ?? 0) + 40, (draft?.y ?? 0) + 20);
    await page.keyboard.type('X');
    expect(await editableHtml(page)).toEqual(before);
    expect(await guard.isVisible()).toBe(true);
    expect(await inside()).toBe(true);
    await page.keyboard.press('Escape');
    await guard.waitFor({ state: 'detached' });
    await page.locator('.aoO[role="button"]').first().click();
    // "Show me" selects in the draft exactly the words the guard quotes.
    const quoted = await item.locator('.mm-guard-quote').textContent();
    expect(quoted).toContain('tell me where I stand on your rank list');
    await guard.locator('[data-action="guard-show"]').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(quoted);
  });
});

describe('accessibility (axe-core, colour contrast on)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: panel, card at a mark, popup, welcome and options have no violations`, async () => {
      const page = await h.ctx.newPage();
      pages.push(page);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(
        `https://mail.google.com/mail/u/0/?fixture=${encodeURIComponent('gmail/new-compose.html')}`,
      );
      await page.locator(PANEL).waitFor({ state: 'attached' });
      await openPanel(page.locator(PANEL));
      const body = page.locator(GMAIL_BODY).first();
      await typeNewLine(page, body, 'Marsh,', RANK_QUESTION);
      const panel = page.locator(PANEL);
      await cards(panel, 'ask-rank-position').waitFor();
      await cards(panel, 'ask-rank-position').locator('[data-action="why"]').click();
      const r = await textRect(body, 'where I stand');
      await page.mouse.move((r.left + r.right) / 2, (r.top + r.bottom) / 2, { steps: 3 });
      await panel.locator('[data-mark-card]').waitFor();
      if (scheme === 'dark') await page.screenshot({ path: join(SHOTS, 'panel-dark.png') });
      expect(await axe(page, 'matchmail-panel'), 'panel and card').toEqual([]);
      await panel.locator('[data-action="collapse"]').click();
      expect(await axe(page, 'matchmail-panel'), 'launcher').toEqual([]);
      for (const path of ['popup.html', 'welcome.html', 'options.html']) {
        const ext = await extPage(path, scheme);
        await ext.locator('h1').first().waitFor();
        await ext.waitForTimeout(300);
        expect(await axe(ext), path).toEqual([]);
      }
    });
  }
});

describe('tone report (T1–T3)', () => {
  it('the verdict names the hedging and apology the bars show; wanted and risky bars differ; the highlights are explained', async () => {
    const page = await compose('gmail/new-compose.html');
    const body = page.locator(GMAIL_BODY).first();
    await typeNewLine(
      page,
      body,
      'Marsh,',
      'I truly enjoyed meeting the residents, and I am grateful for the warm welcome.',
    );
    for (const line of [
      'I think I might be a good fit, but I am not sure.',
      "I'm sorry if this is too forward, and sorry again for the long email.",
    ]) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    const panel = page.locator(PANEL);
    await cards(panel, 'hedging').first().waitFor();
    await panel.locator('[data-action="tone-check"]').click();
    const verdict = panel.locator('[data-tone-verdict]');
    await verdict.waitFor({ timeout: 15_000 });
    const said = (await verdict.textContent()) ?? '';
    expect(said).not.toContain('No tone changes needed');
    expect(said).toContain('hedging');
    expect(await panel.locator('.mm-suggestions').textContent()).not.toContain('No tone changes needed');
    // Wanted traits and risks in two colours, each score with a word.
    const fill = (label: string) =>
      panel
        .locator(`[data-tone-label="${label}"] .mm-bar > span`)
        .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await fill('warm')).toBe(await fill('professional'));
    expect(await fill('hedging')).toBe(await fill('apologetic'));
    expect(await fill('warm')).not.toBe(await fill('hedging'));
    expect(await panel.locator('[data-tone-label="hedging"] .mm-tone-word').textContent()).toMatch(
      /hardly|slightly|a little|clearly|strongly/,
    );
    expect(await panel.locator('.mm-tone-key').textContent()).toContain('more is better');
    // The sentences tinted in the draft are explained in the report.
    await expect
      .poll(async () => (await placedMarks(page)).filter((m) => m.severity === 'tone').length)
      .toBeGreaterThan(0);
    expect(await panel.locator('[data-tone-legend]').textContent()).toContain('Highlighted in your draft');
    await page.screenshot({ path: join(SHOTS, 'tone-report.png') });
    expect(await axe(page, 'matchmail-panel'), 'panel with the tone report').toEqual([]);
  });
});

describe('dark mode (D1)', () => {
  /** WCAG relative luminance of the open panel's background. */
  const panelLuminance = (panel: Locator) =>
    panel.evaluate((host) => {
      const el = host.shadowRoot?.querySelector('.mm-panel');
      const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(el ? getComputedStyle(el).backgroundColor : '');
      if (!m) return -1;
      const lin = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(Number(m[1])) + 0.7152 * lin(Number(m[2])) + 0.0722 * lin(Number(m[3]));
    });

  it('the panel is dark under a dark system preference, and under a dark Gmail theme on a light system', async () => {
    const light = await compose('gmail/new-compose.html');
    expect(await panelLuminance(light.locator(PANEL))).toBeGreaterThan(0.9);

    const system = await h.ctx.newPage();
    pages.push(system);
    await system.emulateMedia({ colorScheme: 'dark' });
    await system.goto(
      `https://mail.google.com/mail/u/0/?fixture=${encodeURIComponent('gmail/new-compose.html')}`,
    );
    await system.locator(PANEL).waitFor({ state: 'attached' });
    await openPanel(system.locator(PANEL));
    expect(await panelLuminance(system.locator(PANEL))).toBeLessThan(0.1);

    // Gmail's dark theme paints the page and the compose dark while the system stays light.
    const themed = await compose('gmail/new-compose.html', { openPanel: false });
    await themed.addStyleTag({
      content:
        'html, body, .nH.Hd[role="dialog"] { background: #1f1f1f !important; color: #e3e3e3 !important; }',
    });
    const panel = themed.locator(PANEL);
    await openPanel(panel);
    await typeNewLine(themed, themed.locator(GMAIL_BODY).first(), 'Marsh,', RANK_QUESTION);
    await cards(panel, 'ask-rank-position').waitFor();
    expect(await panelLuminance(panel)).toBeLessThan(0.1);
    await themed.screenshot({ path: join(SHOTS, 'panel-gmail-dark-theme.png') });
    expect(await axe(themed, 'matchmail-panel'), 'panel on a dark Gmail theme').toEqual([]);
  });
});

describe('README screenshots', () => {
  it('the styled demo page: the panel beside the compose, the card at a mark; the welcome page and the popup', async () => {
    const docs = join(ROOT, 'docs');
    const page = await compose('demo/gmail-demo.html', { openPanel: false });
    await page.setViewportSize({ width: 1440, height: 900 });
    const panel = page.locator(PANEL);
    await cards(panel, 'ask-rank-position', 'error').waitFor({ state: 'attached' });
    // An error is in the draft and there is room beside the compose: the panel opened by itself.
    await panel.locator('.mm-panel').waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(docs, 'screenshot.png') });
    const body = page.locator(GMAIL_BODY).first();
    const text = await body.innerText();
    const words = ['tell me how highly', 'where I stand', 'rank'].find((w) => text.includes(w)) ?? 'rank';
    const r = await textRect(body, words);
    await page.mouse.move((r.left + r.right) / 2, (r.top + r.bottom) / 2, { steps: 3 });
    await panel.locator('[data-mark-card]').first().waitFor();
    await page.screenshot({ path: join(docs, 'screenshot-card.png') });
    const welcome = await extPage('welcome.html');
    await welcome.setViewportSize({ width: 1000, height: 900 });
    await welcome.locator('h1').waitFor();
    await welcome.screenshot({ path: join(docs, 'welcome.png') });
    const popup = await extPage('popup.html');
    await popup.setViewportSize({ width: 360, height: 300 });
    await popup.locator('[data-popup-status]').waitFor();
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: join(docs, 'popup.png') });
  });
});
