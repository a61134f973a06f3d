// Typing at machine speed into the Gmail-shaped compose, with builds of the extension against each other and
// against no extension, alternating round by round in one run (the machine's load moves absolute figures
// 2–4×; compare sides within a run). Per side: wall time, the renderer main thread's TaskDuration and
// ScriptDuration (CDP), main-thread ms added per input event against no extension, analyses, and keystroke →
// marks (the e2e test's measure). With --profile, a CPU profile of the mail tab (CDP Profiler, 200 µs) of
// each extension side's first round, its top functions by self time and by script.
//
//   npx wxt build && cp -r .output/chrome-mv3 /tmp/build-a    # one build per side
//   node tests/bench/typing-bench.mjs --builds a=/tmp/build-a,b=/tmp/build-b [--words 400] [--rounds 3] [--profile]
//
// A side named `none` (always added) runs without the extension. MATCHMAIL_PROFILE=1 builds keep names readable.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, fixtureUrl, makeCert, serveFixtures } from '../e2e/mail-server.mjs';
import { cpuByType, median, pct, selfByName, treeCpuMs } from './browser-cost.mjs';
import { draftOfWords } from './drafts.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const WORDS = Number(arg('words', '400'));
/** After the last keystroke, long enough for the pause's analysis of the last words to have run (see typeOnce). */
const AFTER_TYPING_MS = 400;
const ROUNDS = Number(arg('rounds', '3'));
const PROFILE = process.argv.includes('--profile');
/** --trace: a Chromium trace of each side's first round, main-thread self time by event name. */
const TRACE = process.argv.includes('--trace');
/** --depth N: how many frames of ours, from the entry point down, name an entry in the profile summary. */
const DEPTH = Number(arg('depth', '2'));
const BUILDS = (arg('builds', `ext=${resolve('.output/chrome-mv3')}`) ?? '')
  .split(',')
  .map((s) => s.split('='))
  .map(([name, dir]) => ({ name, dir: resolve(dir) }));
const PANEL = 'matchmail-panel:not([data-unreadable])';
const BODY = '[contenteditable="true"][aria-label="Message Body"]';
const FIXTURES = resolve('tests/fixtures');

function script() {
  const paras = draftOfWords(Math.max(WORDS, 150)).split('\n\n').slice(1, -1);
  const out = [];
  let n = 0;
  for (const p of paras) {
    if (n >= WORDS) break;
    const words = p
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, WORDS - n);
    out.push(words);
    n += words.length;
  }
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'mm-typing-bench-'));
const served = [];
const { server, port } = await serveFixtures(makeCert(tmp), served, FIXTURES);

async function browser(name, extDir) {
  const ctx = await chromium.launchPersistentContext(join(tmp, `profile-${name}`), {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: chromiumArgs({ extDir, port }),
  });
  if (extDir) {
    if (!ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  return ctx;
}

/** The browser process of a profile directory (its command line names it, and it has no --type=). */
function browserPid(profileDir) {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0');
      if (cmd.includes(`--user-data-dir=${profileDir}`) && !cmd.some((a) => a.startsWith('--type=')))
        return Number(d);
    } catch {}
  }
  return null;
}

const sides = [...BUILDS.map((b) => ({ ...b, ext: true })), { name: 'none', dir: null, ext: false }];
for (const s of sides) {
  s.ctx = await browser(s.name, s.dir);
  s.pid = browserPid(join(tmp, `profile-${s.name}`));
}

/** As the e2e tests: t0 at the last input event, t1 when data-analyzed-at moves (the marks are updated). */
function recordLatency(panelSelector) {
  window.__mmLat = [];
  window.__mmPairs = [];
  let t0 = null;
  document.addEventListener('input', () => (t0 = performance.now()), true);
  const host = document.querySelector(panelSelector);
  if (host)
    new MutationObserver(() => {
      if (t0 === null) return;
      const t1 = performance.now();
      window.__mmLat.push(t1 - t0);
      window.__mmPairs.push([t0, t1]);
      t0 = null;
    }).observe(host, { attributes: true, attributeFilter: ['data-analyzed-at'] });
}

/**
 * Splits each keystroke → marks sample into the wait before the analysis began (the pacer's, and other
 * tasks queued before it) and the analysis itself, from the profile build's performance.measure entries.
 */
function splitLatency() {
  const measures = performance.getEntriesByName('matchmail-analysis');
  return window.__mmPairs.flatMap(([t0, t1]) => {
    const m = measures.findLast((e) => e.startTime >= t0 - 0.01 && e.startTime + e.duration <= t1 + 0.01);
    return m
      ? [[m.startTime - t0, m.duration, t1 - m.startTime - m.duration, m.detail?.inBurst ? 1 : 0]]
      : [];
  });
}

const metrics = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

async function typeOnce(side, words, profile, trace) {
  const page = await side.ctx.newPage();
  await page.goto(fixtureUrl('gmail/new-compose.html', 'mail.google.com'));
  if (side.ext)
    await page.waitForFunction(
      (sel) => Number(document.querySelector(sel)?.getAttribute('data-analyzed-at')) > 0,
      PANEL,
      { timeout: 15_000 },
    );
  await page.waitForTimeout(3_500);
  const body = page.locator(BODY).first();
  const r = await body.evaluate((root) => {
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const i = n.data.indexOf('Marsh,');
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i + 5);
      range.setEnd(n, i + 6);
      const b = range.getBoundingClientRect();
      return { x: b.right - 1, y: (b.top + b.bottom) / 2 };
    }
    return null;
  });
  await page.mouse.click(r.x, r.y);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const cdp = await side.ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const traceEvents = [];
  let traceDone = null;
  if (trace) {
    cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...e.value));
    traceDone = new Promise((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        recordMode: 'recordAsMuchAsPossible',
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink',
          'cc',
          'v8',
        ],
      },
    });
  }
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const before = await metrics(cdp);
  const cpuBefore = side.pid ? treeCpuMs(side.pid) : 0;
  const typesBefore = side.pid ? cpuByType(side.pid) : {};
  const analysedBefore = side.ext ? Number(await page.locator(PANEL).getAttribute('data-analyzed-at')) : 0;
  await page.evaluate(recordLatency, PANEL);
  let events = 0;
  const t0 = performance.now();
  for (const para of words) {
    for (let i = 0; i < para.length; i++) {
      await page.keyboard.insertText(para[i]);
      if (i < para.length - 1) await page.keyboard.press('Space');
      events += i < para.length - 1 ? 2 : 1;
    }
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    events += 2;
  }
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
  const wallMs = performance.now() - t0;
  // The analysis of the last words typed comes at the pause after them (60 ms, then an idle moment): it is
  // the typing's cost too, so the main thread is read once it has run. Both sides wait the same.
  await page.waitForTimeout(AFTER_TYPING_MS);
  const after = await metrics(cdp);
  const cpuMs = side.pid ? treeCpuMs(side.pid) - cpuBefore : 0;
  const typesAfter = side.pid ? cpuByType(side.pid) : {};
  const cpuTypes = Object.fromEntries(
    Object.entries(typesAfter).map(([k, v]) => [k, v - (typesBefore[k] ?? 0)]),
  );
  let prof = null;
  if (profile) prof = (await cdp.send('Profiler.stop')).profile;
  let traceSummary = null;
  if (trace) {
    await cdp.send('Tracing.end');
    await traceDone;
    traceSummary = selfByName(traceEvents);
  }
  const analyses = side.ext
    ? Number(await page.locator(PANEL).getAttribute('data-analyzed-at')) - analysedBefore
    : 0;
  const marks = side.ext ? Number(await page.locator(PANEL).getAttribute('data-mark-count')) : 0;
  const lat = await page.evaluate(() => window.__mmLat);
  const split = side.ext ? await page.evaluate(splitLatency) : [];
  await cdp.detach();
  await page.close();
  return {
    wallMs,
    cpuMs,
    cpuTypes,
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    layoutMs: (after.LayoutDuration - before.LayoutDuration) * 1000,
    styleMs: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
    events,
    analyses,
    marks,
    lat,
    split,
    prof,
    traceSummary,
  };
}

/** Self time per function (name @ script:line) and per script, from a V8 CPU profile. */
function summarizeProfile(p) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const ms = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i];
    ms.set(id, (ms.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  const byScript = new Map();
  for (const [id, t] of ms) {
    const n = byId.get(id);
    const f = n.callFrame;
    const file = (f.url || '').split('/').pop() || '(native)';
    const key = `${f.functionName || '(anon)'} @ ${file}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + t);
    byScript.set(file, (byScript.get(file) ?? 0) + t);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
  // Inclusive time by entry point: the outermost frame of ours on each sample's stack, and the frame under it.
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const entries = new Map();
  const ours = (n) => /(content|engine|lazy|weights)\.js$/.test(n.callFrame.url || '');
  for (const [id, t] of ms) {
    const chain = [];
    for (let x = id; x !== undefined; x = parent.get(x)) chain.push(byId.get(x));
    const i = chain.findLastIndex(ours);
    if (i < 0) continue;
    const name = (n) => (n ? `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}` : '');
    const key = chain
      .slice(Math.max(0, i - DEPTH + 1), i + 1)
      .reverse()
      .map(name)
      .join(' > ');
    entries.set(key, (entries.get(key) ?? 0) + t);
  }
  return {
    byScript: Object.fromEntries(
      [...byScript].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, +v.toFixed(1)]),
    ),
    top: top.map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`),
    entries: [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`),
  };
}

const words = script();
const runs = Object.fromEntries(sides.map((s) => [s.name, []]));
const loads = [loadavg()[0]];
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? [...sides].reverse() : sides;
  for (const s of order) {
    const r = await typeOnce(s, words, PROFILE && round === 0 && s.ext, TRACE && round === 0);
    runs[s.name].push(r);
    process.stderr.write(
      `round ${round + 1} ${s.name}: wall ${r.wallMs.toFixed(0)} ms, task ${r.taskMs.toFixed(0)} ms, analyses ${r.analyses}\n`,
    );
  }
  loads.push(loadavg()[0]);
}

const base = runs.none;
console.log(
  `typing ${words.flat().length} words, ${base[0].events} input events, ${ROUNDS} rounds; load ${loads.map((l) => l.toFixed(1)).join(' → ')}`,
);
for (const s of sides) {
  const rs = runs[s.name];
  const m = (k) => median(rs.map((r) => r[k]));
  const perRound = rs.map((r, i) => ((r.wallMs / base[i].wallMs - 1) * 100).toFixed(1));
  const perEvent = (m('taskMs') - median(base.map((r) => r.taskMs))) / rs[0].events;
  const lat = rs.flatMap((r) => r.lat ?? []);
  console.log(
    `${s.name.padEnd(8)} wall ${m('wallMs').toFixed(0)} ms (${s.ext ? `+${((m('wallMs') / median(base.map((r) => r.wallMs)) - 1) * 100).toFixed(1)} %, rounds ${perRound.join(' / ')} %` : 'baseline'}); ` +
      `browser CPU ${m('cpuMs').toFixed(0)} ms${s.ext ? ` (+${((m('cpuMs') / median(base.map((r) => r.cpuMs)) - 1) * 100).toFixed(1)} %)` : ''}; task ${m('taskMs').toFixed(0)} ms, script ${m('scriptMs').toFixed(0)}, layout ${m('layoutMs').toFixed(0)}, style ${m('styleMs').toFixed(0)}` +
      (s.ext
        ? `; +${perEvent.toFixed(3)} ms main thread per input event; analyses ${rs.map((r) => r.analyses).join('/')}; marks ${rs[0].marks}; keystroke → marks p50 ${pct(lat, 50)?.toFixed(1)} p95 ${pct(lat, 95)?.toFixed(1)} ms (n ${lat.length})`
        : ''),
  );
  const types = [...new Set(rs.flatMap((r) => Object.keys(r.cpuTypes ?? {})))].sort();
  console.log(
    `  CPU by process, median ms: ${types.map((t) => `${t} ${median(rs.map((r) => r.cpuTypes?.[t] ?? 0)).toFixed(0)}`).join(', ')}`,
  );
  const split = rs.flatMap((r) => r.split ?? []);
  if (split.length) {
    const col = (i, only) => split.filter((x) => only === undefined || x[3] === only).map((x) => x[i]);
    const fmt = (xs) => (xs.length ? `p50 ${pct(xs, 50).toFixed(1)} p95 ${pct(xs, 95).toFixed(1)}` : '-');
    console.log(
      `  keystroke → marks split (${split.length} samples, ${col(0, 1).length} in a burst): wait before the analysis ${fmt(col(0))} ms ` +
        `(in a burst ${fmt(col(0, 1))}, at once ${fmt(col(0, 0))}); the analysis itself ${fmt(col(1))} ms ` +
        `(in a burst ${fmt(col(1, 1))}, at once ${fmt(col(1, 0))})`,
    );
  }
  const ts = rs[0].traceSummary;
  if (ts)
    console.log(
      `  trace, main thread ${ts.totalMs.toFixed(0)} ms top-level; self ms: ${ts.top.map(([k, v]) => `${k} ${v}`).join(', ')}`,
    );
  const prof = rs[0].prof;
  if (prof) {
    const sum = summarizeProfile(prof);
    console.log(`  profile by script (ms): ${JSON.stringify(sum.byScript)}`);
    for (const line of sum.top) console.log(`  ${line}`);
    console.log('  inclusive, by entry point of ours > the frame under it:');
    for (const line of sum.entries) console.log(`  ${line}`);
  }
}

for (const s of sides) await s.ctx.close();
server.close();
rmSync(tmp, { recursive: true, force: true });
