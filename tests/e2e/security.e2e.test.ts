/**
 * The security review's page-side and send-guard breaks (../shared/reviews/security-2026-12.md: B2 B3 B5 B6
 * B7 B12 B13 B14 B15 B17), each reproduced in the built extension. "The page" is script run in the page's
 * own world (page.evaluate); "the user" is real input through Playwright, which the browser marks trusted.
 * The fixtures' Send handler logs SEND_LOG; Gmail's keyboard paths and send menu are modelled in the page,
 * as the review did.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  cards,
  clickAfter,
  deleteCurrentLine,
  GMAIL_BODY,
  type Harness,
  launch,
  openCompose,
  PANEL,
  SEND_LOG,
  typeNewLine,
} from './harness';

const RANK_QUESTION = 'Could you tell me where I stand on your rank list?';
const NORTHLAKE = {
  name: 'Northlake Health Anesthesiology',
  aliases: ['Northlake'],
  domains: ['northlake-health.example'],
};
const LOI = { program: 'Secret First Choice Hospital', kind: 'letter-of-intent', date: '2026-01-20' };
const SEND = '.aoO[role="button"]';

/** The extension APIs these tests call in the service worker and in extension pages. */
declare const chrome: {
  storage: {
    local: {
      QUOTA_BYTES: number;
      getBytesInUse(keys: null): Promise<number>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

let h: Harness;
const pages: Page[] = [];
beforeAll(async () => {
  h = await launch();
  // Every message a page receives, from its very start (the content script starts at document_idle).
  await h.ctx.addInitScript(() => {
    const w = window as unknown as { __messages: unknown[] };
    w.__messages = [];
    addEventListener('message', (e) => w.__messages.push(e.data));
  });
});
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  await h.setStorage({
    programs: [],
    ledger: [],
    settings: { enabled: true, disabledRules: [], disabledEmails: [] },
  });
});
afterAll(async () => h?.close());

async function compose(): Promise<Page> {
  const page = await openCompose(h, 'gmail/new-compose.html');
  pages.push(page);
  return page;
}

const sends = (page: Page, line = SEND_LOG) => h.consoleOf(page).filter((l) => l === line).length;

async function withError(page: Page) {
  await typeNewLine(page, page.locator(GMAIL_BODY).first(), 'Marsh,', RANK_QUESTION);
  await cards(page.locator(PANEL), 'ask-rank-position', 'error').waitFor();
}

describe('the page cannot switch MatchMail off or learn it is there', () => {
  it('B17: no start-up message reaches the page; B2: a forged WXT start-up event leaves panel, marks and guard working', async () => {
    const page = await compose();
    const messages = await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
    expect(JSON.stringify(messages)).not.toContain('content-script-started');
    expect(JSON.stringify(messages)).not.toContain(h.extensionId);

    await page.evaluate((id) => {
      document.dispatchEvent(
        new CustomEvent(`${id}:content:wxt:content-script-started`, {
          detail: { contentScriptName: 'content', messageId: 'forged' },
        }),
      );
    }, h.extensionId);
    await page.waitForTimeout(1500);
    expect(await page.locator(PANEL).count()).toBe(1);
    await withError(page);
    await page.locator(SEND).first().click();
    await page.locator(PANEL).locator('[data-send-guard]').waitFor();
    expect(sends(page)).toBe(0);
  });
});

describe('B3: every way to send is guarded', () => {
  it('Ctrl+Enter from the Subject, Enter or Space on the focused Send button, and Schedule send', async () => {
    const page = await compose();
    await page.evaluate(() => {
      // Modelled Gmail: Ctrl+Enter sends from anywhere in the compose; Enter/Space on Send sends; the arrow
      // beside Send opens a menu (outside the compose) whose "Schedule send" sends.
      document.addEventListener('keydown', (e) => {
        const onSend = (e.target as Element).closest?.('.aoO');
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) console.log('fixture: key send');
        else if (onSend && (e.key === 'Enter' || e.key === ' ')) console.log('fixture: key send');
      });
      document.querySelector('.hG')?.addEventListener('click', () => {
        const menu = document.createElement('div');
        menu.setAttribute('role', 'menu');
        menu.innerHTML = '<div role="menuitem" tabindex="0" id="schedule">Schedule send</div>';
        menu.firstElementChild?.addEventListener('click', () => console.log('fixture: scheduled'));
        document.body.append(menu);
      });
    });
    await withError(page);
    const guard = page.locator(PANEL).locator('[data-send-guard]');
    const back = async () => {
      await guard.locator('[data-action="go-back"]').click();
      await guard.waitFor({ state: 'detached' });
    };

    await page.locator('input[name="subjectbox"]').click();
    await page.keyboard.press('Control+Enter');
    await guard.waitFor();
    await back();

    for (const key of ['Enter', ' ']) {
      await page.locator(SEND).first().focus();
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await guard.waitFor();
      await back();
    }
    expect(sends(page, 'fixture: key send')).toBe(0);

    await page.locator('.hG').first().click();
    await page.locator('#schedule').click();
    await guard.waitFor();
    expect(sends(page, 'fixture: scheduled')).toBe(0);
    // "Send anyway" does what the user chose: schedules, not sends now.
    await guard.locator('[data-action="send-anyway"]').click();
    await expect.poll(() => sends(page, 'fixture: scheduled')).toBe(1);
    expect(sends(page)).toBe(0);
  });
});

describe('B6, B7: the page cannot act for the user in the panel', () => {
  it('a page click on "Turn off this check", on Templates or on Send anyway does nothing; forged Send clicks record nothing', async () => {
    await h.setStorage({ programs: [NORTHLAKE], ledger: [LOI] });
    const page = await compose();
    await withError(page);
    const pageClick = (sel: string) =>
      page.evaluate((s) => {
        const el = document.querySelector('matchmail-panel')?.shadowRoot?.querySelector<HTMLElement>(s);
        el?.click();
        return !!el;
      }, sel);

    // The user opens the card's details (where "Turn off this check" is); the page then clicks it, and
    // clicks the confirm step it would open too.
    await cards(page.locator(PANEL), 'ask-rank-position').locator('[data-action="why"]').click();
    expect(await pageClick('[data-rule-id="ask-rank-position"] [data-action="disable-rule"]')).toBe(true);
    await page.waitForTimeout(200);
    expect(await page.locator(PANEL).locator('[data-action="confirm-disable"]').count()).toBe(0);
    expect(await pageClick('[data-action="templates"]')).toBe(true);
    await page.waitForTimeout(500);
    // Nothing stored (a first run has no settings yet) or nothing turned off.
    const settings = (await h.storage('settings')) as { disabledRules?: string[] } | undefined;
    expect(settings?.disabledRules ?? []).toEqual([]);
    expect(await cards(page.locator(PANEL), 'ask-rank-position').count()).toBe(1);
    // The template picker, with the program list and the letter-of-intent history, stays closed.
    expect(await page.locator(PANEL).locator('[data-template-id]').count()).toBe(0);

    await page.locator(SEND).first().click();
    const guard = page.locator(PANEL).locator('[data-send-guard]');
    await guard.waitFor();
    expect(await pageClick('[data-action="send-anyway"]')).toBe(true);
    await page.waitForTimeout(300);
    expect(sends(page)).toBe(0);
    await guard.locator('[data-action="go-back"]').click();

    // Without the error, 20 page-made clicks on Send reach the page (it can send anyway) but write nothing.
    await deleteCurrentLine(page);
    await expect.poll(() => cards(page.locator(PANEL), undefined, 'error').count()).toBe(0);
    await page.evaluate((sel) => {
      for (let i = 0; i < 20; i++) document.querySelector<HTMLElement>(sel)?.click();
    }, SEND);
    await expect.poll(() => sends(page)).toBe(20);
    await page.waitForTimeout(500);
    expect(await h.storage('ledger')).toEqual([LOI]);
    // The user's own click is recorded.
    await page.locator(SEND).first().click();
    await expect.poll(async () => ((await h.storage('ledger')) as unknown[]).length).toBe(2);
  });
});

describe('B12, B13: the guard is never stuck', () => {
  it('with the panel hidden or removed by the page, Send goes through instead of being blocked unseen', async () => {
    const page = await compose();
    await withError(page);
    await page.addStyleTag({ content: 'matchmail-panel{display:none!important}' });
    await page.locator(SEND).first().click();
    await expect.poll(() => sends(page)).toBe(1);
    await page.evaluate(() => document.querySelector('matchmail-panel')?.remove());
    await page.locator(SEND).first().click();
    await expect.poll(() => sends(page)).toBe(2);
  });

  it('the open guard follows the draft: fixed after "Show me", or the check turned off in Settings meanwhile, Send goes through', async () => {
    const page = await compose();
    await withError(page);
    const guard = page.locator(PANEL).locator('[data-send-guard]');
    await page.locator(SEND).first().click();
    await guard.waitFor();
    // The guard is modal (no click reaches the draft): "Show me" closes it and selects the words; delete them.
    const quoted = await guard.locator('li[data-rule-id="ask-rank-position"] .mm-guard-quote').textContent();
    await guard.locator('[data-action="guard-show"]').click();
    await guard.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(quoted);
    await page.keyboard.press('Backspace');
    await expect.poll(() => cards(page.locator(PANEL), undefined, 'error').count()).toBe(0);
    await page.locator(SEND).first().click();
    await expect.poll(() => sends(page)).toBe(1);

    // While the guard is open, the check is turned off in Settings (another tab): the guard closes by itself.
    await withError(page);
    await page.locator(SEND).first().click();
    await guard.waitFor();
    await h.setStorage({
      settings: { enabled: true, disabledRules: ['ask-rank-position'], disabledEmails: [] },
    });
    await guard.waitFor({ state: 'detached' });
    await page.locator(SEND).first().click();
    await expect.poll(() => sends(page)).toBe(2);
  });
});

describe('B5, B14: what the user is told in the mail tab', () => {
  it('B5: data set aside is said in the panel at once, and the readable ledger entries stay in use', async () => {
    await h.setStorage({ programs: [NORTHLAKE], ledger: [LOI, { kind: 'second-look-visit', program: 'X' }] });
    const page = await compose();
    const notice = page.locator(PANEL).locator('.mm-notice');
    await expect
      .poll(async () => (await notice.count()) && notice.first().textContent())
      .toContain('set aside (ledger)');
    await page.waitForTimeout(300);
    expect(await h.storage('ledger')).toEqual([LOI, { kind: 'second-look-visit', program: 'X' }]);
  });

  it('B14: a send the ledger could not record (storage full) is said in the panel', async () => {
    await h.setStorage({ programs: [NORTHLAKE], ledger: [] });
    const page = await compose();
    // Fill storage to within a few bytes of the 10 MB quota.
    const worker = await h.sw();
    await worker.evaluate(async () => {
      const quota = chrome.storage.local.QUOTA_BYTES;
      const used = await chrome.storage.local.getBytesInUse(null);
      await chrome.storage.local.set({ filler: 'x'.repeat(quota - used - 'filler'.length - 2 - 40) });
    });
    await page.locator(SEND).first().click();
    await expect.poll(() => sends(page)).toBe(1);
    const notice = page.locator(PANEL).locator('.mm-notice');
    await expect
      .poll(async () => (await notice.count()) && notice.first().textContent(), { timeout: 10_000 })
      .toContain('could not record it in your ledger');
    await worker.evaluate(async () => chrome.storage.local.remove('filler'));
  });
});

describe('B15: two tabs sending at once', () => {
  it('20 sends in each of two tabs, interleaved, store 40 ledger entries', async () => {
    await h.setStorage({ programs: [NORTHLAKE], ledger: [] });
    const a = await compose();
    const b = await compose();
    const burst = async (page: Page) => {
      await page.locator(GMAIL_BODY).first().click();
      for (let i = 0; i < 20; i++) await page.keyboard.press('Control+Enter');
    };
    const t0 = Date.now();
    await Promise.all([burst(a), burst(b)]);
    const ms = Date.now() - t0;
    await expect
      .poll(async () => ((await h.storage('ledger')) as unknown[]).length, { timeout: 15_000 })
      .toBe(40);
    console.log(`B15: 40 sends from two tabs in ${ms} ms (about ${(ms / 20).toFixed(1)} ms apart per tab)`);
  });

  it('two tabs asking for 20 ledger writes each, at most 10 ms apart, store all 40', async () => {
    await h.setStorage({ ledger: [] });
    // Real input cannot be made faster than Playwright types; this drives the same message a mail tab sends
    // on Send from two extension tabs, so the writes race as closely as the review's probe made them.
    const tabs = [await h.ctx.newPage(), await h.ctx.newPage()];
    pages.push(...tabs);
    for (const t of tabs) await t.goto(`chrome-extension://${h.extensionId}/options.html`);
    const t0 = Date.now();
    const results = await Promise.all(
      tabs.map((t, n) =>
        t.evaluate(async (tab) => {
          const out: unknown[] = [];
          for (let i = 0; i < 20; i++) {
            out.push(
              chrome.runtime.sendMessage({
                type: 'matchmail:records-write',
                op: 'append-ledger',
                entry: { program: `Tab ${tab} send ${i}`, kind: 'thank-you', date: '2026-11-13' },
              }),
            );
            await new Promise((ok) => setTimeout(ok, Math.random() * 10));
          }
          return Promise.all(out);
        }, n),
      ),
    );
    console.log(`B15: 40 writes from two tabs within ${Date.now() - t0} ms`);
    expect(results.flat().every((r) => (r as { ok: boolean }).ok)).toBe(true);
    expect(((await h.storage('ledger')) as unknown[]).length).toBe(40);
  });
});
