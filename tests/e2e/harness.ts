/**
 * End-to-end harness: the built extension (.output/chrome-mv3) loaded into Debian's Chromium by
 * playwright-core, fixture pages served over HTTPS on 127.0.0.1 and reached under the real webmail host
 * names (host-resolver rules + a self-signed certificate), so the production match patterns are what is
 * tested. Every request any page, worker or extension target makes is recorded for the zero-network check.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXT_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const SHOTS = join(ROOT, 'tests/e2e/screenshots');
export const HOSTS = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
];

export interface Harness {
  ctx: BrowserContext;
  port: number;
  extensionId: string;
  /** Every request seen from any target, as URLs. */
  requests: string[];
  /** Requests the fixture server received. */
  served: string[];
  open(fixture: string, host?: string): Promise<Page>;
  close(): Promise<void>;
}

function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(
    Boolean,
  );
  const found = candidates.find((p) => existsSync(p as string));
  if (!found)
    throw new Error(
      'Chromium not found: install Debian chromium (apt-get install chromium) or set CHROME_PATH',
    );
  return found as string;
}

function makeCert(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=mail.google.com',
      '-addext',
      `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}`,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

function serveFixtures(tls: { key: Buffer; cert: Buffer }, served: string[]): Promise<Server> {
  const server = createServer(tls, (req, res) => {
    served.push(`${req.headers.host}${req.url}`);
    const url = new URL(req.url ?? '/', 'https://x');
    const name = url.searchParams.get('fixture');
    const file = name ? normalize(join(FIXTURES, name)) : '';
    if (!name || !file.startsWith(FIXTURES) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('no such fixture');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export async function launch(opts: { withExtension?: boolean } = {}): Promise<Harness> {
  const withExtension = opts.withExtension ?? true;
  if (withExtension && !existsSync(join(EXT_DIR, 'manifest.json'))) {
    throw new Error('The extension is not built: run `npm run build` first');
  }
  const tmp = mkdtempSync(join(tmpdir(), 'mm-e2e-'));
  const served: string[] = [];
  const server = await serveFixtures(makeCert(tmp), served);
  const port = (server.address() as AddressInfo).port;
  const rules = [...HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
  const ctx = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      ...(withExtension ? [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`] : []),
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
    ],
  });
  const requests: string[] = [];
  ctx.on('request', (r) => requests.push(r.url()));
  let extensionId = '';
  if (withExtension) {
    let sw = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    sw ??= await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(sw.url()).host;
  }
  mkdirSync(SHOTS, { recursive: true });
  return {
    ctx,
    port,
    extensionId,
    requests,
    served,
    async open(fixture, host = fixture.startsWith('outlook/') ? 'outlook.office.com' : 'mail.google.com') {
      const page = await ctx.newPage();
      const path = host === 'mail.google.com' ? '/mail/u/0/' : '/mail/';
      await page.goto(`https://${host}${path}?fixture=${encodeURIComponent(fixture)}`);
      return page;
    },
    async close() {
      await ctx.close();
      await new Promise((ok) => server.close(() => ok(null)));
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Nodes of ours inside any editable: must always be zero. */
export async function residueInEditables(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const ed of document.querySelectorAll('[contenteditable="true"], [contenteditable=""]')) {
      n += ed.querySelectorAll(
        'matchmail-panel, matchmail-marks, [data-rule-id], [data-mark-count], [data-draft-kind]',
      ).length;
      for (const el of ed.querySelectorAll('*')) if (el.tagName.toLowerCase().startsWith('matchmail')) n++;
    }
    return n;
  });
}

export async function markCount(page: Page, index = 0): Promise<number> {
  return Number(await page.locator('matchmail-panel').nth(index).getAttribute('data-mark-count'));
}
