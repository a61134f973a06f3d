// A compose opened 0.3 s after a mail page loads (the engine not yet in the tab: since 7 December 2026 its first
// reports come from the service worker's engine, before that the tab's engine was injected then, cold), builds
// against each other in one run, alternating page by page (the machine's load moves absolute figures 2–4×).
// The same measure as tests/e2e/performance.e2e.test.ts: t0 stamped in the page just before the compose of
// new-compose.html is appended to the inbox, t1 when <matchmail-panel data-analyzed-at> reaches 1. With
// --profile, a CPU profile of each build's pages (CDP Profiler, 100 µs), summed: self time by script and the
// top functions.
//
//   node tests/bench/cold-compose.mjs --builds a=/tmp/build-a,b=/tmp/build-b [--pages 8] [--profile]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, fixtureUrl, makeCert, serveFixtures } from '../e2e/mail-server.mjs';
import { pct, selfByName } from './browser-cost.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const PAGES = Number(arg('pages', '8'));
const AFTER_MS = Number(arg('after', '300'));
const PROFILE = process.argv.includes('--profile');
/** --trace: a Chromium trace of each page instead, main-thread self time by event name (summed per page). */
const TRACE = process.argv.includes('--trace');
/**
 * --load: instead, the script the extension adds to the inbox's load (no compose): CDP ScriptDuration at the
 * first idle after load, as performance.e2e.test.ts measures it, per build (and without the extension).
 */
const LOAD = process.argv.includes('--load');
const BUILDS = arg('builds', `ext=${resolve('.output/chrome-mv3')}`)
  .split(',')
  .map((s) => s.split('='))
  .map(([name, dir]) => ({ name, dir: resolve(dir) }));
const PANEL = 'matchmail-panel:not([data-unreadable])';
const FIXTURES = resolve('tests/fixtures');

const html = readFileSync(join(FIXTURES, 'gmail/new-compose.html'), 'utf8');
const start = html.indexOf('<div class="dw">');
const end = html.lastIndexOf('</div>', html.indexOf('<script>')) + '</div>'.length;
const COMPOSE = html.slice(start, end);

const tmp = mkdtempSync(join(tmpdir(), 'mm-cold-'));
const { server, port } = await serveFixtures(makeCert(tmp), [], FIXTURES);
for (const b of BUILDS) {
  b.ctx = await chromium.launchPersistentContext(join(tmp, `profile-${b.name}`), {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: chromiumArgs({ extDir: b.dir, port }),
  });
  if (!b.ctx.serviceWorkers().length) await b.ctx.waitForEvent('serviceworker', { timeout: 15_000 });
  b.ready = [];
  b.self = new Map();
  b.byScript = new Map();
}

function openTimed({ markup, panelSelector }) {
  return new Promise((resolve) => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    const timer = setTimeout(() => resolve(null), 10_000);
    let t0 = 0;
    const observer = new MutationObserver(() => {
      const panel = document.querySelector(panelSelector);
      if (!panel || Number(panel.getAttribute('data-analyzed-at')) < 1) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - t0);
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-analyzed-at'],
    });
    t0 = performance.now();
    document.body.append(template.content);
  });
}

async function once(b, measure) {
  const page = await b.ctx.newPage();
  const cdp = await b.ctx.newCDPSession(page);
  if (measure && PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  await page.goto(fixtureUrl('demo/gmail-inbox.html', 'mail.google.com'), { waitUntil: 'load' });
  await page.waitForTimeout(AFTER_MS);
  if (measure && PROFILE) await cdp.send('Profiler.start');
  const events = [];
  let traced = null;
  if (measure && TRACE) {
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    traced = new Promise((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        recordMode: 'recordAsMuchAsPossible',
        includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'],
      },
    });
  }
  const ms = await page.evaluate(openTimed, { markup: COMPOSE, panelSelector: PANEL });
  if (measure && PROFILE) {
    const { profile: p } = await cdp.send('Profiler.stop');
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    p.samples.forEach((id, i) => {
      const f = byId.get(id).callFrame;
      const file = (f.url || '').split('/').pop() || '(native)';
      const key = `${f.functionName || '(anon)'} @ ${file}:${f.lineNumber + 1}`;
      const t = (p.timeDeltas[i] ?? 0) / 1000;
      if (key.startsWith('(idle)')) return;
      b.self.set(key, (b.self.get(key) ?? 0) + t);
      b.byScript.set(file, (b.byScript.get(file) ?? 0) + t);
    });
  }
  if (traced) {
    await cdp.send('Tracing.end');
    await traced;
    const sum = selfByName(events);
    for (const [k, v] of sum?.top ?? []) b.self.set(k, (b.self.get(k) ?? 0) + v);
    b.byScript.set(
      '(main thread, top level)',
      (b.byScript.get('(main thread, top level)') ?? 0) + (sum?.totalMs ?? 0),
    );
  }
  await cdp.detach();
  await page.close();
  if (measure && ms !== null) b.ready.push(ms);
}

if (LOAD) {
  const none = { name: 'none', dir: null };
  none.ctx = await chromium.launchPersistentContext(join(tmp, 'profile-none'), {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: chromiumArgs({ extDir: null, port }),
  });
  const sides = [...BUILDS, none];
  const script = new Map(sides.map((b) => [b.name, []]));
  const loadOnce = async (b) => {
    const page = await b.ctx.newPage();
    const cdp = await b.ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(fixtureUrl('demo/gmail-inbox.html', 'mail.google.com'), { waitUntil: 'load' });
    await page.evaluate(
      () => new Promise((ok) => setTimeout(() => requestIdleCallback(() => ok(), { timeout: 2000 }), 300)),
    );
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.detach();
    await page.close();
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
  for (const b of sides) await loadOnce(b);
  for (let i = 0; i < PAGES; i++)
    for (const b of i % 2 ? [...sides].reverse() : sides) script.get(b.name).push(await loadOnce(b));
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = med(script.get('none'));
  console.log(
    `inbox load, ScriptDuration at the first idle, medians of ${PAGES}; load ${loadavg()[0].toFixed(1)}`,
  );
  for (const b of sides)
    console.log(
      `${b.name.padEnd(8)} ${med(script.get(b.name)).toFixed(1)} ms (added ${(med(script.get(b.name)) - base).toFixed(1)} ms)`,
    );
  for (const b of sides) await b.ctx.close();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}

const loads = [loadavg()[0]];
for (const b of BUILDS) await once(b, false); // the first page of each browser: disk cache, first compile
for (let i = 0; i < PAGES; i++) {
  for (const b of i % 2 ? [...BUILDS].reverse() : BUILDS) await once(b, true);
}
loads.push(loadavg()[0]);
console.log(
  `compose opened ${AFTER_MS} ms after load → panel ready, ${PAGES} pages per build; load ${loads.map((l) => l.toFixed(1)).join(' → ')}`,
);
for (const b of BUILDS) {
  console.log(
    `${b.name.padEnd(8)} p50 ${pct(b.ready, 50).toFixed(1)} ms, p95 ${pct(b.ready, 95).toFixed(1)} ms (${b.ready.map((x) => x.toFixed(0)).join(' ')})`,
  );
  if (PROFILE || TRACE) {
    const per = (v) => (v / PAGES).toFixed(1);
    console.log(
      `  per page, by script (ms): ${[...b.byScript]
        .sort((x, y) => y[1] - x[1])
        .map(([k, v]) => `${k} ${per(v)}`)
        .join(', ')}`,
    );
    for (const [k, v] of [...b.self].sort((x, y) => y[1] - x[1]).slice(0, 25))
      console.log(`  ${per(v).padStart(6)} ms  ${k}`);
  }
}
for (const b of BUILDS) await b.ctx.close();
server.close();
rmSync(tmp, { recursive: true, force: true });
