/**
 * Zero network. A whole session — Gmail and all four Outlook hosts, typing, every panel action, the send
 * guard, the lazy NLP bundle, the options page if the build has one — while every request from every target
 * is recorded: pages and frames (where the content script runs) and the extension's service worker
 * (Playwright reports service-worker requests in Chromium). The only requests allowed are the fixture
 * documents themselves and what the fixture's own markup asks for (the Outlook fixtures link OWA assets,
 * which the host-resolver rules send nowhere). The extension adds none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  cards,
  expectClean,
  FIXTURES,
  fixtureUrl,
  GMAIL_BODY,
  type Harness,
  HOSTS,
  launch,
  OUTLOOK_BODY,
  openCompose,
  PANEL,
  textRect,
  typeNewLine,
} from './harness';
import { fixtureMarkupRefs } from './mail-server.mjs';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

const RANK_QUESTION = 'Could you tell me where I stand on your rank list?';

const markupRefs = (fixture: string) => fixtureMarkupRefs(join(FIXTURES, fixture));

it('a full session on Gmail and Outlook makes no request but the fixture pages themselves', async () => {
  const opened: { fixture: string; host: string }[] = [];
  let lastOpen = Date.now();
  const visit = async (fixture: string, host: string, composes = 1): Promise<Page> => {
    opened.push({ fixture, host });
    lastOpen = Date.now();
    return openCompose(h, fixture, { host, composes });
  };

  const reply = await visit('gmail/reply-inline.html', 'mail.google.com');
  await typeNewLine(
    reply,
    reply.locator(GMAIL_BODY).first(),
    'rank list.',
    'I will do anything to train here.',
  );
  await cards(reply.locator(PANEL), 'desperate-tone').waitFor();
  await visit('gmail/two-composes.html', 'mail.google.com', 2);
  await visit('gmail/drift-unreadable.html', 'mail.google.com', 0);

  // Outlook, under each of its four host names.
  for (const host of HOSTS.filter((x) => x.startsWith('outlook'))) {
    const page = await visit('outlook/docked-compose.html', host);
    await typeNewLine(page, page.locator(OUTLOOK_BODY).first(), 'Marsh,', RANK_QUESTION);
    await cards(page.locator(PANEL), 'ask-rank-position').waitFor();
  }
  await visit('outlook/popout-reply.html', 'outlook.live.com');

  // Gmail last (its many steps give the other pages time to fetch their lazy bundle): type, use every panel action, hover, the send guard both ways.
  const gmail = await visit('gmail/new-compose.html', 'mail.google.com');
  const panel = gmail.locator(PANEL);
  const body = gmail.locator(GMAIL_BODY).first();
  await typeNewLine(gmail, body, 'Marsh,', RANK_QUESTION);
  await cards(panel, 'ask-rank-position').waitFor();
  await panel.locator('[data-action="tone-check"]').click();
  await panel.locator('[data-action="collapse"]').click();
  await panel.locator('[data-action="expand"]').click();
  await cards(panel, 'ask-rank-position').locator('[data-action="jump"]').click();
  const r = await textRect(body, 'where I stand');
  await gmail.mouse.move((r.left + r.right) / 2, (r.top + r.bottom) / 2, { steps: 3 });
  await panel.locator('[data-mark-card]').waitFor();
  await panel.locator('[data-action="toggle-email"]').click();
  await panel.locator('[data-action="toggle-email"]').click();
  await gmail.locator('.aoO[role="button"]').first().click();
  await panel.locator('[data-action="go-back"]').click();
  await gmail.keyboard.press('Control+Enter');
  await panel.locator('[data-action="send-anyway"]').click();
  await cards(panel, 'ask-rank-position').locator('[data-action="ignore"]').click();
  await expectClean(gmail, 'the Gmail session');

  // The options page, when the build has one (its own packaged files are not network requests).
  const manifest = JSON.parse(readFileSync(join(h.extDir ?? '', 'manifest.json'), 'utf8')) as {
    options_ui?: { page?: string };
    options_page?: string;
  };
  const optionsPath = manifest.options_ui?.page ?? manifest.options_page;
  if (optionsPath) {
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/${optionsPath}`);
    await options.waitForLoadState('load');
  }

  // The lazy NLP bundle is injected at idle (at most 3 s after a page loads): let that happen everywhere.
  await gmail.waitForTimeout(Math.max(0, 3_300 - (Date.now() - lastOpen)));

  const documents = new Set(opened.map((o) => fixtureUrl(o.fixture, o.host)));
  const refs = new Set(opened.flatMap((o) => markupRefs(o.fixture)));
  const own = `chrome-extension://${h.extensionId}/`;
  const fromDocs = h.requestLog.filter((q) => documents.has(q.url));
  const fromMarkup = h.requestLog.filter((q) => refs.has(q.url));
  const packaged = h.requestLog.filter((q) => q.url.startsWith(own));
  const other = h.requestLog.filter(
    (q) => !documents.has(q.url) && !refs.has(q.url) && !q.url.startsWith(own),
  );
  const fromWorker = h.requestLog.filter((q) => q.from === 'service-worker');

  console.log(
    `requests seen: ${h.requestLog.length} — ${fromDocs.length} fixture documents, ` +
      `${fromMarkup.length} asked for by the fixtures' own markup (${[...new Set(fromMarkup.map((q) => new URL(q.url).host))].join(', ') || 'none'}), ` +
      `${packaged.length} the extension's packaged files (options page), ${other.length} other; ` +
      `from the service worker: ${fromWorker.length}; the local server received ${h.served.length} ` +
      `(${h.served.filter((s) => s.endsWith('/favicon.ico')).length} of them the browser's favicon look-ups)`,
  );
  expect(
    other.map((q) => `${q.from} ${q.resourceType} ${q.url}`),
    'requests nobody asked for',
  ).toEqual([]);
  // The worker reads one file of the package while it starts (engine.js, for the first checks of a compose
  // opened before the engine is in its tab: src/background/first-analysis.ts) and nothing else.
  expect(
    fromWorker.map((q) => q.url).filter((u) => u !== `${own}engine.js`),
    'requests from the service worker, besides its own engine.js',
  ).toEqual([]);
  // The extension's own files are loaded only by the extension (a new tab opening options.html is the one
  // top-level document load, and Chromium names its initiator about:blank).
  expect(
    packaged.filter((q) => q.initiator && !q.initiator.startsWith(own) && q.resourceType !== 'document'),
  ).toEqual([]);
  expect(fromDocs.length).toBeGreaterThanOrEqual(documents.size);
  // What reached the machine: the documents, and the browser's own favicon look-up on the same hosts.
  const allowedServed = new Set([
    ...[...documents].map((u) => u.replace(/^https:\/\//, '')),
    ...HOSTS.map((x) => `${x}/favicon.ico`),
  ]);
  expect(h.served.filter((s) => !allowedServed.has(s))).toEqual([]);
  expect(h.pageErrors).toEqual([]);
});

it('negative control: the recorder does see a request from the service worker and from a page', async () => {
  const before = h.requestLog.length;
  const worker = await h.sw();
  await worker.evaluate(() => fetch('https://canary.invalid/from-worker').catch(() => undefined));
  const page = await openCompose(h, 'gmail/new-compose.html');
  await page.evaluate(() => fetch('https://canary.invalid/from-page').catch(() => undefined));
  await expect
    .poll(() => h.requestLog.slice(before).map((q) => `${q.from} ${q.url}`))
    .toEqual(
      expect.arrayContaining([
        'service-worker https://canary.invalid/from-worker',
        'page https://canary.invalid/from-page',
      ]),
    );
});
