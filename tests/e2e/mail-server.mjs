/**
 * What the e2e harnesses (harness.ts for Chromium, firefox-harness.ts for Firefox) and `npm run demo`
 * (demo.mjs) share: the five webmail host names, a self-signed certificate for them made with the OS openssl,
 * a local HTTPS server that serves fixture pages, the Chromium flags that load the built extension and send
 * those host names to the local server, and the recording proxy Firefox is sent through. Plain Node ESM so
 * the demo needs no TypeScript step; types in mail-server.d.mts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:https';
import { connect } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

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

/** Debian's Firefox ESR (apt-get install firefox-esr); FIREFOX_PATH wins. Null when none is installed. */
export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'];
  return candidates.find((p) => typeof p === 'string' && p.length > 0 && existsSync(p)) ?? null;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** The URL a fixture page is opened at: Gmail's account path or Outlook's mail path on a real host name. */
export function fixtureUrl(fixture, host, port, account = 0) {
  const path = host === 'mail.google.com' ? `/mail/u/${account}/` : '/mail/';
  return `https://${host}${port ? `:${port}` : ''}${path}?fixture=${encodeURIComponent(fixture)}`;
}

/**
 * Serves `?fixture=<path under root>` over HTTPS whatever the host name and path, and records every request it
 * receives (`host/path?query`) in `served`. `roots` maps a prefix of the fixture name to another folder (the
 * real-DOM captures in ../shared stay there: `real-dom/x.html`).
 */
export function serveFixtures(tls, served, root, roots = {}) {
  return startHttps(tls, (req, res) => {
    served.push(`${req.headers.host}${req.url}`);
    const url = new URL(req.url ?? '/', 'https://x');
    const name = url.searchParams.get('fixture') ?? '';
    const prefix = Object.keys(roots).find((p) => name.startsWith(`${p}/`));
    const base = prefix ? roots[prefix] : root;
    const file = name ? normalize(join(base, prefix ? name.slice(prefix.length + 1) : name)) : '';
    if (!name || !file.startsWith(base + sep) || !existsSync(file)) {
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
}

/**
 * An HTTP proxy every Firefox connection is sent through: it records each one (`CONNECT host:port` or a
 * plain `http://` URL) in `seen`, tunnels the five webmail hosts to the fixture server and refuses the rest,
 * so nothing leaves the machine and a request made by any part of the browser, the extension's background
 * included, is seen.
 */
export function startRecordingProxy(targetPort, seen) {
  // Every socket the proxy holds, tunnels included: a CONNECT tunnel leaves the HTTP server's bookkeeping
  // (`closeAllConnections` does not reach it) yet keeps `server.close()` waiting until the browser ends it — and a
  // browser that hangs on exit never does. `destroy()` ends them all.
  const sockets = new Set();
  const track = (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  };
  const server = createHttpServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(403);
    res.end();
  });
  server.on('connect', (req, socket) => {
    const target = req.url ?? '';
    seen.push(target);
    const host = target.replace(/:\d+$/, '');
    if (!HOSTS.includes(host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    track(socket);
    const upstream = connect(targetPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.on('connection', track);
    const destroy = () => {
      for (const s of sockets) s.destroy();
    };
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, destroy }));
  });
}

/** http(s) URLs a fixture page's own markup loads (stylesheets, scripts, images, frames), comments aside. */
export function fixtureMarkupRefs(file) {
  const html = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const refs = [];
  for (const m of html.matchAll(
    /<(?:link|script|img|iframe|source|video|audio)\b[^>]*?\b(?:href|src)="([^"]+)"/gi,
  )) {
    if (m[1] && /^https?:/i.test(m[1])) refs.push(m[1]);
  }
  return refs;
}
