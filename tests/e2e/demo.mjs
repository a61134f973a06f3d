#!/usr/bin/env node
/**
 * `npm run demo`: try MatchMail without a Google account. Serves a Gmail-shaped demo page
 * (tests/fixtures/demo/gmail-demo.html) over HTTPS as https://mail.google.com — on this machine only:
 * Chromium's host-resolver rules send that name to a local server with a throwaway certificate — and
 * opens Chromium with the built extension (.output/chrome-mv3) loaded.
 *
 *   npm run demo                                   a window you can type in (needs a display); close it to quit
 *   npm run demo -- --screenshot docs/shot.png     headless: waits for the panel and marks, saves a PNG, exits
 *
 * It builds nothing: run `npm run build` first. Chromium: Debian's /usr/lib/chromium/chromium or CHROME_PATH.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, makeCert, startHttps } from './mail-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXT_DIR = join(ROOT, '.output/chrome-mv3');
const DEMO_PAGE = join(ROOT, 'tests/fixtures/demo/gmail-demo.html');
const URL_SHOWN = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const PANEL = 'matchmail-panel:not([data-unreadable])';

function usage(code) {
  const out = code === 0 ? console.log : console.error;
  out(`Usage: npm run demo [-- --screenshot FILE]

Opens a Gmail-shaped demo page at ${URL_SHOWN} (served locally; nothing goes to Google)
in Chromium with MatchMail loaded.
  (no option)          a browser window to type in; needs a display (DISPLAY or WAYLAND_DISPLAY).
                       Close the window (or press Ctrl+C) to quit.
  --screenshot FILE    headless: wait for the panel and the inline marks, save a PNG to FILE, exit.`);
  process.exit(code);
}

function parseArgs(argv) {
  let screenshot = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') usage(0);
    else if (a === '--screenshot') {
      screenshot = argv[++i];
      if (!screenshot) usage(2);
    } else if (a.startsWith('--screenshot=')) screenshot = a.slice('--screenshot='.length);
    else {
      console.error(`demo: unknown argument "${a}"`);
      usage(2);
    }
  }
  return { screenshot: screenshot ? resolve(process.cwd(), screenshot) : null };
}

async function main() {
  const { screenshot } = parseArgs(process.argv.slice(2));
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) {
    console.error(
      'demo: the extension is not built (.output/chrome-mv3 is missing). Run `npm run build` first.',
    );
    process.exit(1);
  }
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!screenshot && !hasDisplay) {
    console.error(
      'demo: no display found (DISPLAY / WAYLAND_DISPLAY are unset), so there is no window to show.\n' +
        '      Run it from a desktop session, under `xvfb-run`, or take a picture instead:\n' +
        '      npm run demo -- --screenshot demo.png',
    );
    process.exit(1);
  }

  const tmp = mkdtempSync(join(tmpdir(), 'mm-demo-'));
  const page = readFileSync(DEMO_PAGE);
  const { server, port } = await startHttps(makeCert(tmp), (req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    if (req.headers.host?.split(':')[0] === 'mail.google.com' && path.startsWith('/mail/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not part of the demo');
    }
  });

  const headless = Boolean(screenshot);
  const ctx = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: chromiumPath(),
    headless,
    viewport: headless ? { width: 1440, height: 900 } : null,
    ignoreDefaultArgs: ['--enable-automation'],
    // Ctrl+C is ours to handle: close the browser, the server and the temporary profile, in that order.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [...chromiumArgs({ extDir: EXT_DIR, port }), ...(headless ? [] : ['--window-size=1440,960'])],
  });

  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await ctx.close().catch(() => undefined);
    server.closeAllConnections();
    await new Promise((ok) => server.close(() => ok(null)));
    rmSync(tmp, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
  process.on('SIGTERM', () => void cleanup().then(() => process.exit(143)));
  process.on('SIGHUP', () => void cleanup().then(() => process.exit(129)));

  try {
    const tab = ctx.pages()[0] ?? (await ctx.newPage());
    await tab.goto(URL_SHOWN);
    const panel = tab.locator(PANEL);
    await panel.waitFor({ state: 'attached', timeout: 15_000 });

    if (!screenshot) {
      console.log(
        `MatchMail demo: ${URL_SHOWN} is open. Type in the compose window; close the browser to quit.`,
      );
      await new Promise((ok) => ctx.on('close', ok));
      await cleanup();
      return;
    }

    // Marks drawn, then a click on the rank question: the panel opens its card, as a user would see it.
    await tab.waitForFunction(
      (sel) => Number(document.querySelector(sel)?.getAttribute('data-mark-count')) > 0,
      PANEL,
      { timeout: 15_000 },
    );
    const body = tab.locator('[contenteditable="true"][aria-label="Message Body"]').first();
    const box = await body.evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf('where I stand');
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 'where I stand'.length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    });
    if (box) await tab.mouse.click(box.x, box.y);
    else await body.click();
    await tab.mouse.move(700, 60);
    // Let the idle-time NLP pass and the panel settle.
    await tab.waitForTimeout(1500);
    await panel.locator('[data-rule-id][data-severity]').first().waitFor();
    mkdirSync(dirname(screenshot), { recursive: true });
    await tab.screenshot({ path: screenshot });
    const marks = await panel.getAttribute('data-mark-count');
    const cards = await panel.locator('[data-rule-id][data-severity]').count();
    console.log(`demo: saved ${screenshot} (${cards} findings in the panel, ${marks} inline marks)`);
    await cleanup();
  } catch (error) {
    await cleanup();
    throw error;
  }
}

main().catch((error) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
