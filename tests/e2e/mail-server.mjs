/**
 * What the e2e harness (harness.ts) and `npm run demo` (demo.mjs) share: the five webmail host names, a
 * self-signed certificate for them made with the OS openssl, a local HTTPS server, and the Chromium flags that
 * load the built extension and send those host names to the local server. Plain Node ESM so the demo needs
 * no TypeScript step; types in mail-server.d.mts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { join } from 'node:path';

export const HOSTS = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
];

/** Debian's real Chromium binary (the /usr/bin/chromium wrapper script also works); CHROME_PATH wins. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(
    (p) => typeof p === 'string' && p.length > 0,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found: install Debian chromium (apt-get install chromium) or set CHROME_PATH',
    );
  }
  return found;
}

/** A throwaway certificate valid for the five host names (Chromium is told to ignore its issuer). */
export function makeCert(dir) {
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

/** Starts an HTTPS server on 127.0.0.1 with a free port. */
export function startHttps(tls, handler) {
  const server = createServer(tls, handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port }));
  });
}

/**
 * Chromium flags: the extension (if any), every webmail host mapped to the local server and every other
 * name to NOTFOUND (so a stray request fails fast instead of leaving the machine), no background traffic.
 */
export function chromiumArgs({ extDir, port }) {
  const rules = [...HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    ...(extDir ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : []),
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
  ];
}
