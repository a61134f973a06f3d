/**
 * End-to-end harness: the built extension (.output/chrome-mv3) loaded into Debian's Chromium by
 * playwright-core, fixture pages served over HTTPS on 127.0.0.1 and reached under the real webmail host
 * names (host-resolver rules + a self-signed certificate), so the production match patterns are what is
 * tested. Every request any page, worker or extension target makes is recorded for the zero-network check,
 * and every uncaught page error for the "nothing throws into the page" check.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';
import * as inPage from './in-page';
import { PANEL } from './in-page';
import { chromiumArgs, chromiumPath, fixtureUrl, HOSTS, makeCert, serveFixtures } from './mail-server.mjs';
import { unpackStored } from './stored-value';

export { HOSTS };

/** The few extension APIs the tests call inside the service worker or chrome://extensions. */
interface ChromeApi {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  runtime: { reload(): void };
  management: { setEnabled(id: string, enabled: boolean): Promise<void> };
}
declare const chrome: ChromeApi;
export const ROOT = resolve(import.meta.dirname, '../..');
export const EXT_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const SHOTS = join(ROOT, 'tests/e2e/screenshots');
/** Public captures of real webmail markup in the team's shared folder (absent in a plain clone). */
export const REAL_DOM = resolve(ROOT, '../shared/real-dom/pages');

export { GMAIL_BODY, OUTLOOK_BODY, SEND_LOG } from './scenario-data';
export { PANEL };

export interface RequestRecord {
  url: string;
  resourceType: string;
  /** 'service-worker' for requests made by a service worker (the extension's background), else 'page'. */
  from: 'service-worker' | 'page';
  /** URL of the frame or worker that made it ('' when Chromium does not say, e.g. a first navigation). */
  initiator: string;
}

export interface Harness {
  ctx: BrowserContext;
  port: number;
  extensionId: string;
  /** The private copy of .output/chrome-mv3 this browser loaded (null without the extension). */
  extDir: string | null;
  /** Every request seen from any target, as URLs. */
  requests: string[];
  /** The same requests, with who made them. */
  requestLog: RequestRecord[];
  /** Requests the fixture server received (`host/path?query`). */
  served: string[];
  /** Uncaught exceptions in any page, as `url: message`. */
  pageErrors: string[];
  /** console.error lines from any page other than "Failed to load resource" (fixture assets, favicon). */
  consoleErrors: string[];
  /** Console lines a page printed, in order. */
  consoleOf(page: Page): string[];
  open(fixture: string, host?: string): Promise<Page>;
  /** The extension's running service worker (waits for it after a reload). */
  sw(): Promise<Worker>;
  /** chrome.storage.local[key], read through the service worker (the program list unpacked). */
  storage(key: string): Promise<unknown>;
  setStorage(items: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export { fixtureUrl };

export interface LaunchOptions {
  withExtension?: boolean;
  /**
   * Turn on chrome://extensions "Developer mode" in the profile. Needed to reload the unpacked extension:
   * without it Chromium 156 disables a reloaded unpacked extension ("unsupportedDeveloperExtension").
   */
  developerMode?: boolean;
  /** Another build of the extension to load instead of .output/chrome-mv3 (a variant being measured). */
  extensionDir?: string;
}

/** Every file the built manifest names, so a half-written build is not mistaken for a finished one. */
function buildComplete(dir: string): boolean {
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      background?: { service_worker?: string };
      content_scripts?: { js?: string[] }[];
    };
    const files = [m.background?.service_worker, ...(m.content_scripts ?? []).flatMap((c) => c.js ?? [])];
    return files.every((f) => !f || existsSync(join(dir, f)));
  } catch {
    return false;
  }
}

/**
 * A private copy of the built extension, so a rebuild of .output while the suite runs (several people
 * work in this tree) cannot pull files from under a running browser. Waits a little for a build in
 * progress.
 */
async function snapshotExtension(into: string, from = EXT_DIR): Promise<string> {
  // With .output present but incomplete, a build is probably running: give it a moment.
  const deadline = Date.now() + (existsSync(join(ROOT, '.output')) ? 20_000 : 0);
  while (!buildComplete(from) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 250));
  if (!buildComplete(from)) {
    throw new Error('The extension is not built: run `npm run build` (or `npx wxt build`) first');
  }
  const dir = join(into, 'chrome-mv3');
  cpSync(from, dir, { recursive: true });
  if (!buildComplete(dir)) throw new Error(`${from} changed while it was copied: run the tests again`);
  return dir;
}

export async function launch(opts: LaunchOptions = {}): Promise<Harness> {
  const withExtension = opts.withExtension ?? true;
  const tmp = mkdtempSync(join(tmpdir(), 'mm-e2e-'));
  let extDir: string | null = null;
  try {
    extDir = withExtension ? await snapshotExtension(tmp, opts.extensionDir) : null;
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  const served: string[] = [];
  const { server, port } = await serveFixtures(makeCert(tmp), served, FIXTURES, { 'real-dom': REAL_DOM });
  const profile = join(tmp, 'profile');
  if (opts.developerMode) {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
    );
  }
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: chromiumArgs({ extDir, port }),
  });

  const requests: string[] = [];
  const requestLog: RequestRecord[] = [];
  ctx.on('request', (r) => {
    const worker = r.serviceWorker();
    let initiator = worker?.url() ?? '';
    if (!worker) {
      try {
        initiator = r.frame().url();
      } catch {
        initiator = '';
      }
    }
    requests.push(r.url());
    requestLog.push({
      url: r.url(),
      resourceType: r.resourceType(),
      from: worker ? 'service-worker' : 'page',
      initiator,
    });
  });

  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const consoles = new WeakMap<Page, string[]>();
  const watch = (page: Page) => {
    const lines: string[] = [];
    consoles.set(page, lines);
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      lines.push(m.text());
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
        consoleErrors.push(`${page.url()}: ${m.text()}`);
      }
    });
  };
  for (const p of ctx.pages()) watch(p);
  ctx.on('page', watch);

  const findWorker = () =>
    ctx.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  let extensionId = '';
  if (withExtension) {
    let sw = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    sw ??= await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(sw.url()).host;
  }
  const sw = async (): Promise<Worker> =>
    findWorker() ??
    ctx.waitForEvent('serviceworker', {
      timeout: 15_000,
      predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`),
    });
  mkdirSync(SHOTS, { recursive: true });

  return {
    ctx,
    port,
    extensionId,
    extDir,
    requests,
    requestLog,
    served,
    pageErrors,
    consoleErrors,
    consoleOf: (page) => consoles.get(page) ?? [],
    async open(fixture, host = fixture.startsWith('outlook/') ? 'outlook.office.com' : 'mail.google.com') {
      const page = await ctx.newPage();
      await page.goto(fixtureUrl(fixture, host));
      return page;
    },
    sw,
    async storage(key) {
      const worker = await sw();
      return unpackStored(await worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key));
    },
    async setStorage(items) {
      const worker = await sw();
      await worker.evaluate(async (i) => chrome.storage.local.set(i), items);
    },
    async close() {
      await ctx.close();
      await new Promise((ok) => (server as Server).close(() => ok(null)));
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Nodes of ours inside any editable: must always be zero. */
export async function residueInEditables(page: Page): Promise<number> {
  return page.evaluate(inPage.residueInEditables);
}

/**
 * Everything of ours anywhere in the page: hosts (<matchmail-panel>, <matchmail-marks>), ::highlight
 * registries still holding ranges, adopted ::highlight stylesheets, and the styles of the mark boxes drawn.
 */
export async function residueInPage(page: Page): Promise<inPage.Residue> {
  return page.evaluate(inPage.residueInPage);
}

export type PlacedMark = inPage.PlacedMark;

/** The inline marks as a user sees them, with the text under their boxes (see inPage.placedMarks). */
export async function placedMarks(page: Page): Promise<PlacedMark[]> {
  return page.evaluate(inPage.placedMarks);
}

/** The text of every inline mark drawn (tone tints left out), read from the page's world. */
export async function markedTexts(page: Page): Promise<inPage.MarkedText[]> {
  return inPage.draftMarks(await placedMarks(page));
}

/** innerHTML of every editable on the page, to prove a non-typing step did not alter the author's text. */
export async function editableHtml(page: Page): Promise<string[]> {
  return page.evaluate(inPage.editableHtml);
}

export async function markCount(page: Page, index = 0): Promise<number> {
  return Number(await page.locator(PANEL).nth(index).getAttribute('data-mark-count'));
}

export async function analyzedAt(panel: Locator): Promise<number> {
  return Number(await panel.getAttribute('data-analyzed-at'));
}

type Rect = { left: number; right: number; top: number; bottom: number };

/**
 * Where `text` sits on screen inside `body`, in viewport pixels: from the left of its first line box to the
 * right of its last. `lastChar` narrows it to the final character. Computed with a Range over the text node
 * that holds it (fixtures and typed sentences keep each phrase in one text node).
 */
export async function textRect(body: Locator, text: string, lastChar = false): Promise<Rect> {
  const rect = await body.evaluate(
    (root, [needle, last]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(needle as string);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, last ? i + (needle as string).length - 1 : i);
        range.setEnd(n, i + (needle as string).length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const first = rects[0];
        const end = rects[rects.length - 1];
        if (!first || !end) return null;
        return { left: first.left, top: first.top, right: end.right, bottom: end.bottom };
      }
      return null;
    },
    [text, lastChar] as const,
  );
  if (!rect) throw new Error(`"${text}" is not in the compose body`);
  return rect;
}

/** Clicks just after the last character of `text` in the body, like a user placing the caret there. */
export async function clickAfter(page: Page, body: Locator, text: string): Promise<void> {
  const r = await textRect(body, text, true);
  await page.mouse.click(r.right - 1, (r.top + r.bottom) / 2);
}

/** Finding cards in a panel (the send guard's list items carry data-rule-id too, but no data-severity). */
export function cards(panel: Locator, ruleId?: string, severity?: string): Locator {
  const id = ruleId ? `[data-rule-id="${ruleId}"]` : '[data-rule-id]';
  return panel.locator(`${id}${severity ? `[data-severity="${severity}"]` : '[data-severity]'}`);
}

/**
 * Opens a fixture and waits until every compose window has its panel and a first analysis (or, with
 * `composes: 0`, until the content script has had time to look).
 */
export async function openCompose(
  h: Harness,
  fixture: string,
  opts: { host?: string; composes?: number; openPanel?: boolean } = {},
): Promise<Page> {
  const page = await h.open(fixture, opts.host);
  const n = opts.composes ?? 1;
  const panels = page.locator(PANEL);
  for (let i = 0; i < n; i++) {
    await panels.nth(i).waitFor({ state: 'attached', timeout: 10_000 });
    await page.waitForFunction(
      ([sel, idx]) =>
        Number(document.querySelectorAll(sel as string)[idx as number]?.getAttribute('data-analyzed-at')) > 0,
      [PANEL, i] as const,
    );
    // The panel starts as a launcher at the compose's edge; most tests work in the open panel, as a user
    // who clicked it would.
    if (opts.openPanel ?? true) await openPanel(panels.nth(i));
  }
  return page;
}

/** Opens a compose's panel from its launcher, as a user clicking it (no-op when already open). */
export async function openPanel(panel: Locator): Promise<void> {
  const launcher = panel.locator('[data-action="expand"]');
  if (await launcher.count()) await launcher.click();
  await panel.locator('.mm-panel').waitFor();
}

/** A user's way to start a new line after `after`: click at its end, End, Enter, then type. */
export async function typeNewLine(page: Page, body: Locator, after: string, text: string): Promise<void> {
  await clickAfter(page, body, after);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

/** Selects the current line with the keyboard and deletes it (and the empty line it leaves). */
export async function deleteCurrentLine(page: Page): Promise<void> {
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
}

/** After every step: nothing of ours inside any editable. */
export async function expectClean(page: Page, step: string): Promise<void> {
  expect(await residueInEditables(page), `nodes of ours inside an editable after: ${step}`).toBe(0);
}

/** Runs a step that must not change what the user wrote (panel clicks, hover, send guard...). */
export async function expectUntouched(page: Page, step: string, action: () => Promise<void>): Promise<void> {
  const before = await editableHtml(page);
  await action();
  expect(await editableHtml(page), `the editor's content changed after: ${step}`).toEqual(before);
  await expectClean(page, step);
}
