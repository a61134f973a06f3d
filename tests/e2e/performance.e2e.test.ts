/**
 * What the extension costs the page it runs in (issue 6), measured in Chromium with and without the built
 * extension, in the same run: two browsers launched with the same flags (the second without
 * --load-extension), used in alternation so machine load hits both alike.
 *
 * 1. Typing overhead: the same ~1,000 words typed into the Gmail compose of tests/fixtures/gmail/
 *    new-compose.html (per word: keyboard.insertText, then a Space keypress; Enter between paragraphs), wall
 *    time and the renderer main thread's TaskDuration (CDP Performance.getMetrics), medians of 3 runs each;
 *    keystroke → marks updated for every input event, early in the draft and near 1,000 words.
 * 2. Main-thread time the extension adds to a mail page's load before the first idle: CDP TaskDuration and
 *    ScriptDuration after load + the first idle callback, with vs without the extension, on an inbox with no
 *    compose (tests/fixtures/demo/gmail-inbox.html: the content script only looks for compose windows) and
 *    on a page with a compose open at load (new-compose.html: the engine is injected and the panel drawn).
 *    A trace of the same loads (Chromium's sampled V8 CPU profile plus v8.compile events) attributes
 *    main-thread JavaScript time to each of our scripts (content.js, engine.js, lazy.js), native calls and
 *    promise continuations included; the tracer slows scripts down, so its figures only say where time goes.
 * 3. Compose opened → panel ready: on the inbox, the compose "mole" of new-compose.html is appended to
 *    <body>; t0 is stamped in the page just before, and a MutationObserver in the page's world stamps t1 when
 *    <matchmail-panel data-analyzed-at> reaches 1. A compose 0.3 s after load finds no engine in the tab yet:
 *    its first reports come from the service worker's engine (src/background/first-analysis.ts) while the
 *    tab's is injected and warmed; one 4 s after load finds it preloaded and warmed in idle slices (what those cost is measured
 *    with the page load); the second compose of a page (another draft, so no paragraph is cached) finds it
 *    warm too.
 *
 * Figures, not pass/fail: everything is printed in one block and written to
 * tests/e2e/screenshots/performance.json. Only gross regressions (10× a target) fail. Takes 3–4 minutes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  clickAfter,
  expectClean,
  FIXTURES,
  fixtureUrl,
  GMAIL_BODY,
  type Harness,
  launch,
  PANEL,
  SHOTS,
} from './harness';
import { recordKeystrokeLatency, TARGET_WORDS, typingScript } from './typing-script';

type Side = 'with' | 'without' | 'highlight';
let withExt: Harness;
let without: Harness;
/**
 * MATCHMAIL_COMPARE_PAINTERS=1 with a build of the Highlight API painter in .output/chrome-mv3-highlight-api
 * (`MATCHMAIL_PAINTER=highlight-api npx wxt build` copied there) adds it as a third side of the typing test.
 */
const HIGHLIGHT_BUILD = join(import.meta.dirname, '../../.output/chrome-mv3-highlight-api');
let highlight: Harness | null = null;
const harness = (side: Side) =>
  side === 'with' ? withExt : side === 'highlight' ? (highlight as Harness) : without;

beforeAll(async () => {
  withExt = await launch();
  without = await launch({ withExtension: false });
  if (process.env.MATCHMAIL_COMPARE_PAINTERS && existsSync(HIGHLIGHT_BUILD))
    highlight = await launch({ extensionDir: HIGHLIGHT_BUILD });
});

// ---------------------------------------------------------------------------------------------------------
// Figures, printed together at the end.

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i] as number;
}
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
};

const figures: Record<string, unknown> = {};
const lines: string[] = [];
const loadAverages: number[][] = [];
const noteLoad = () => loadAverages.push(loadavg().map((l) => round(l, 2)));

afterAll(async () => {
  noteLoad();
  const result = {
    ...figures,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverage1_5_15: loadAverages,
      node: process.version,
      browser: withExt?.ctx.browser()?.version() ?? (await browserVersion()),
    },
    date: new Date().toISOString(),
  };
  if (lines.length) {
    console.log(
      [
        '── MatchMail in-browser performance ─────────────────────────────────────────────',
        ...lines,
        `machine: ${result.machine.cpus} CPUs (${result.machine.cpuModel}), ${result.machine.browser}, ` +
          `node ${process.version}, load average ${loadAverages.map((l) => l[0]).join(' → ')}`,
        '──────────────────────────────────────────────────────────────────────────────────',
      ].join('\n'),
    );
    writeFileSync(join(SHOTS, 'performance.json'), `${JSON.stringify(result, null, 2)}\n`);
  }
  await withExt?.close();
  await without?.close();
  await highlight?.close();
});

async function browserVersion(): Promise<string> {
  try {
    const page = await withExt.ctx.newPage();
    const v = await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? 'chromium');
    await page.close();
    return `Chromium ${v}`;
  } catch {
    return 'chromium';
  }
}

// ---------------------------------------------------------------------------------------------------------
// Page helpers.

/** CDP Performance.getMetrics as a name → value map (durations in seconds). */
async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Waits for the load event, then for the page's first idle callback after a short settle. */
async function firstIdle(page: Page, settleMs = 300): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(
    (ms) =>
      new Promise<void>((ok) => setTimeout(() => requestIdleCallback(() => ok(), { timeout: 2000 }), ms)),
    settleMs,
  );
}

/** Waits until the compose's panel exists and has analysed once. */
async function panelReady(page: Page): Promise<void> {
  await page.waitForFunction(
    (sel) => Number(document.querySelector(sel)?.getAttribute('data-analyzed-at')) > 0,
    PANEL,
    { timeout: 15_000 },
  );
}

/** The compose "mole" (div.dw) of a fixture page, as markup to append to another page's <body>. */
function composeMarkup(fixture: string): string {
  const html = readFileSync(join(FIXTURES, fixture), 'utf8');
  const start = html.indexOf('<div class="dw">');
  const end = html.lastIndexOf('</div>', html.indexOf('<script>')) + '</div>'.length;
  if (start < 0 || end <= start) throw new Error(`no div.dw compose block in ${fixture}`);
  return html.slice(start, end);
}

// ---------------------------------------------------------------------------------------------------------
// Trace attribution: main-thread time spent in each of our scripts.

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    name?: string;
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

async function traced<T>(
  cdp: CDPSession,
  run: () => Promise<T>,
): Promise<{ events: TraceEvent[]; value: T }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: ['devtools.timeline', 'disabled-by-default-v8.cpu_profiler'],
    },
  });
  const value = await run();
  await cdp.send('Tracing.end');
  await done;
  return { events, value };
}

function mainThreadsOf(events: TraceEvent[]): Set<string> {
  const main = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      main.add(`${e.pid}:${e.tid}`);
  }
  return main;
}

/**
 * Main-thread milliseconds per script of ours, from the trace's sampled V8 CPU profile: each sample is charged
 * to the nearest frame on its stack that has a script URL, so native calls (DOM, layout forced by a read,
 * regex execution) count for the script that made them, and so does work run from a promise continuation
 * (which the timeline's events do not name). Samples in the page's own scripts are "(page scripts)"; samples with no
 * script on the stack (GC, style, layout, paint) are left out; script compilation is added from the timeline's
 * v8.compile events. `total` is ours only.
 */
function sampledByScript(events: TraceEvent[], extensionId: string): Record<string, number> {
  const main = mainThreadsOf(events);
  const prefix = `chrome-extension://${extensionId}/`;
  const threadOf = new Map<string, string>();
  for (const e of events) if (e.name === 'Profile') threadOf.set(`${e.pid}:${e.id}`, `${e.pid}:${e.tid}`);
  const nodes = new Map<string, ProfileNode>();
  const out: Record<string, number> = {};
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const profile = `${e.pid}:${e.id}`;
    const thread = threadOf.get(profile);
    if (!thread || !main.has(thread)) continue;
    const data = e.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(`${profile}:${n.id}`, n);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((id, i) => {
      let node = nodes.get(`${profile}:${id}`);
      while (node && !node.callFrame.url)
        node = node.parent ? nodes.get(`${profile}:${node.parent}`) : undefined;
      const url = node?.callFrame.url;
      if (!url) return;
      let key = url.startsWith(prefix) ? url.slice(prefix.length) : '(page scripts)';
      // Code of one script run by another (the analyzer in engine.js called by content.js) says so.
      let caller = '';
      for (let n = node; n; n = n.parent ? nodes.get(`${profile}:${n.parent}`) : undefined) {
        const u = n.callFrame.url ?? '';
        if (u.startsWith(prefix) && u !== url) caller = u.slice(prefix.length);
      }
      if (caller) key = `${key} (called from ${caller})`;
      out[key] = (out[key] ?? 0) + Math.max(0, deltas[i] ?? 0) / 1000;
    });
  }
  // Compiling a script shows in the samples as "(program)", with no script on the stack: take it from the
  // timeline's v8.compile events instead.
  for (const e of events) {
    if (e.name !== 'v8.compile' || e.ph !== 'X' || !e.dur || !main.has(`${e.pid}:${e.tid}`)) continue;
    const url = e.args?.data?.url;
    if (!url?.startsWith(prefix)) continue;
    const key = `${url.slice(prefix.length)} (compile)`;
    out[key] = (out[key] ?? 0) + e.dur / 1000;
  }
  let total = 0;
  for (const [k, v] of Object.entries(out)) {
    out[k] = round(v);
    if (k !== '(page scripts)') total += v;
  }
  out.total = round(total);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// 2. Page load: main-thread time before the first idle.

const LOAD_RUNS = 7;

async function loadOnce(side: Side, fixture: string, composeOpen: boolean) {
  const h = harness(side);
  const page = await h.ctx.newPage();
  const cdp = await h.ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(fixtureUrl(fixture, 'mail.google.com'), { waitUntil: 'load' });
  // The same wait on both sides (no polling on one side only): long enough for the engine and the panel.
  await firstIdle(page, composeOpen ? 1_000 : 300);
  const m = await metrics(cdp);
  if (composeOpen && side === 'with') {
    const ready = await page.evaluate(
      (sel) => Number(document.querySelector(sel)?.getAttribute('data-analyzed-at')) > 0,
      PANEL,
    );
    expect(ready, 'the panel was ready before the measurement ended').toBe(true);
  }
  await cdp.detach();
  await page.close();
  return { taskMs: (m.TaskDuration ?? 0) * 1000, scriptMs: (m.ScriptDuration ?? 0) * 1000 };
}

async function traceOnce(fixture: string, composeOpen: boolean, waitLazy: boolean) {
  const h = withExt;
  const page = await h.ctx.newPage();
  const cdp = await h.ctx.newCDPSession(page);
  const { events } = await traced(cdp, async () => {
    await page.goto(fixtureUrl(fixture, 'mail.google.com'), { waitUntil: 'load' });
    await firstIdle(page, composeOpen ? 1_000 : 300);
    // The lazy NLP bundle is requested at idle (at most 3 s after the engine): wait for it if asked.
    if (waitLazy) await page.waitForTimeout(3_500);
  });
  await cdp.detach();
  await page.close();
  return sampledByScript(events, h.extensionId);
}

/** Our script time from the first idle to SETTLE_MS after load, and the longest main-thread task then. */
async function traceSettling(fixture: string): Promise<Record<string, number>> {
  const page = await withExt.ctx.newPage();
  await page.goto(fixtureUrl(fixture, 'mail.google.com'), { waitUntil: 'load' });
  const loaded = Date.now();
  await firstIdle(page, 300);
  const cdp = await withExt.ctx.newCDPSession(page);
  const { events } = await traced(cdp, () =>
    page.waitForTimeout(Math.max(0, SETTLE_MS - (Date.now() - loaded))),
  );
  await cdp.detach();
  await page.close();
  const main = mainThreadsOf(events);
  // Top-level timeline events: an idle callback, a timer, a script's evaluation, a message's handler.
  const TOP = new Set(['FireIdleCallback', 'TimerFire', 'EvaluateScript', 'FunctionCall', 'v8.compile']);
  let longest = 0;
  for (const e of events)
    if (TOP.has(e.name) && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`))
      longest = Math.max(longest, e.dur ?? 0);
  return {
    ...sampledByScript(events, withExt.extensionId),
    'longest main-thread task of ours': round(longest / 1000),
  };
}

function summarize(samples: { taskMs: number; scriptMs: number }[]) {
  return {
    taskMs: round(median(samples.map((s) => s.taskMs))),
    scriptMs: round(median(samples.map((s) => s.scriptMs))),
    runs: samples.length,
  };
}

it('page load: main-thread time the extension adds before the first idle', async () => {
  noteLoad();
  const result: Record<string, unknown> = {};
  for (const [label, fixture, composeOpen] of [
    ['inbox (no compose)', 'demo/gmail-inbox.html', false],
    ['compose open at load', 'gmail/new-compose.html', true],
  ] as const) {
    const runs: Record<'with' | 'without', { taskMs: number; scriptMs: number }[]> = {
      with: [],
      without: [],
    };
    // One unmeasured load each (disk cache, first compile), then alternate.
    await loadOnce('with', fixture, composeOpen);
    await loadOnce('without', fixture, composeOpen);
    for (let i = 0; i < LOAD_RUNS; i++) {
      const order: ('with' | 'without')[] = i % 2 ? ['without', 'with'] : ['with', 'without'];
      for (const side of order) runs[side].push(await loadOnce(side, fixture, composeOpen));
    }
    const w = summarize(runs.with);
    const wo = summarize(runs.without);
    const traces = [];
    for (let i = 0; i < 5; i++) traces.push(await traceOnce(fixture, composeOpen, false));
    const ours: Record<string, number> = {};
    for (const key of new Set(traces.flatMap((t) => Object.keys(t)))) {
      ours[key] = round(median(traces.map((t) => t[key] ?? 0)));
    }
    const entry = {
      withExtension: w,
      withoutExtension: wo,
      addedTaskMs: round(w.taskMs - wo.taskMs),
      addedScriptMs: round(w.scriptMs - wo.scriptMs),
      ourScriptsByTraceMs: ours,
      perRun: { with: runs.with, without: runs.without },
    };
    result[label] = entry;
    lines.push(
      `page load, ${label}: the extension adds +${entry.addedScriptMs} ms of script (ScriptDuration ${w.scriptMs} vs ` +
        `${wo.scriptMs} ms) and +${entry.addedTaskMs} ms of main-thread tasks (TaskDuration ${w.taskMs} vs ` +
        `${wo.taskMs} ms) before the first idle, medians of ${LOAD_RUNS} (target ≤ 20 ms); traced, with the ` +
        `tracer slowing scripts down: ${Object.entries(ours)
          .map(([k, v]) => `${k} ${v} ms`)
          .join(', ')}`,
    );
    // Gross regression only: ten times the 20 ms budget, in script time measured without a tracer.
    if (!composeOpen) expect(entry.addedScriptMs, `${label}: script ms the extension adds`).toBeLessThan(200);
  }
  // The lazy NLP bundle (compromise + tone) is injected at idle after the engine when a rule needs compromise
  // (else only when the tone view is opened): what the extension has cost 3.5 s after that first idle.
  const later = [];
  for (let i = 0; i < 2; i++) later.push(await traceOnce('gmail/new-compose.html', true, true));
  const laterMs: Record<string, number> = {};
  for (const key of new Set(later.flatMap((t) => Object.keys(t)))) {
    laterMs[key] = round(median(later.map((t) => t[key] ?? 0)));
  }
  result['compose open, 3.5 s after the first idle'] = {
    ourScriptsByTraceMs: laterMs,
    lazyBundleInjected: 'lazy.js' in laterMs,
  };
  lines.push(
    `page load, compose open, 3.5 s after the first idle: ${Object.entries(laterMs)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(', ')}${'lazy.js' in laterMs ? '' : ' (lazy.js not injected: no rule needs compromise)'}`,
  );
  // After the load, once the page has settled: the engine preload and warm-up (src/content/start.ts), which
  // run in idle slices. What they cost in all, and the longest main-thread task while they ran.
  const idle = [];
  for (let i = 0; i < 3; i++) idle.push(await traceSettling('demo/gmail-inbox.html'));
  const idleMs: Record<string, number> = {};
  for (const key of new Set(idle.flatMap((t) => Object.keys(t)))) {
    idleMs[key] = round(median(idle.map((t) => t[key] ?? 0)));
  }
  result[`inbox, from the first idle to ${SETTLE_MS / 1000} s after load`] = { ourScriptsByTraceMs: idleMs };
  lines.push(
    `after the first idle, until ${SETTLE_MS / 1000} s after load (inbox, engine preloaded and warmed in idle ` +
      `slices): ${Object.entries(idleMs)
        .map(([k, v]) => `${k} ${v} ms`)
        .join(', ')}`,
  );
  figures.pageLoad = result;
  expect(withExt.pageErrors, 'uncaught errors in the page').toEqual([]);
}, 240_000);

// ---------------------------------------------------------------------------------------------------------
// 3. Compose opened → panel ready.

const COMPOSE_RUNS = 7;
const SETTLED_RUNS = 5;
/** Long enough for the preload (1 s after start, at idle) and the warm-up slices on a loaded 2-core runner. */
const SETTLE_MS = 4_000;

/** Appends a compose to the page and resolves with ms from just before the append to the panel's first analysis. */
async function openComposeTimed(page: Page, markup: string) {
  return page.evaluate(
    ({ html, panelSelector }) =>
      new Promise<{ attachedMs: number; readyMs: number; paintedMs: number } | null>((resolve) => {
        const template = document.createElement('template');
        template.innerHTML = html;
        let attachedMs = -1;
        let t0 = 0;
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 10_000);
        const observer = new MutationObserver(() => {
          const panel = document.querySelector(panelSelector);
          if (!panel) return;
          if (attachedMs < 0) attachedMs = performance.now() - t0;
          if (Number(panel.getAttribute('data-analyzed-at')) < 1) return;
          const readyMs = performance.now() - t0;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve({ attachedMs, readyMs, paintedMs: performance.now() - t0 }));
        });
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['data-analyzed-at'],
        });
        t0 = performance.now();
        document.body.append(template.content);
      }),
    { html: markup, panelSelector: PANEL },
  );
}

it('compose opened → panel ready', async () => {
  noteLoad();
  const first = composeMarkup('gmail/new-compose.html');
  const second = composeMarkup('demo/gmail-demo.html');
  const cold: { attachedMs: number; readyMs: number; paintedMs: number }[] = [];
  const warm: { attachedMs: number; readyMs: number; paintedMs: number }[] = [];
  for (let i = 0; i < COMPOSE_RUNS + 1; i++) {
    const page = await withExt.open('demo/gmail-inbox.html');
    await firstIdle(page, 500);
    const a = await openComposeTimed(page, first);
    expect(a, 'the first compose got a panel').not.toBeNull();
    await expectClean(page, 'first compose opened');
    // Close it (as Gmail removes a discarded mole), wait for our panel to go, then open another.
    await page.evaluate(() => document.querySelector('.dw')?.remove());
    await page.waitForFunction((sel) => !document.querySelector(sel), PANEL);
    await page.waitForTimeout(100);
    const b = await openComposeTimed(page, second);
    expect(b, 'the second compose got a panel').not.toBeNull();
    await page.close();
    if (i === 0 || !a || !b) continue; // first page of the browser: warm-up
    cold.push(a);
    warm.push(b);
  }
  // The usual case: the page has been open a few seconds (reading mail) before a compose opens; by then
  // the engine was preloaded and warmed in idle time (src/content/start.ts).
  const settled: { attachedMs: number; readyMs: number; paintedMs: number }[] = [];
  for (let i = 0; i < SETTLED_RUNS; i++) {
    const page = await withExt.open('demo/gmail-inbox.html');
    await firstIdle(page, SETTLE_MS);
    const a = await openComposeTimed(page, first);
    expect(a, 'a compose on a settled page got a panel').not.toBeNull();
    await page.close();
    if (a) settled.push(a);
  }
  const sum = (xs: { attachedMs: number; readyMs: number; paintedMs: number }[]) => ({
    readyP50Ms: round(median(xs.map((x) => x.readyMs))),
    readyP95Ms: round(
      percentile(
        xs.map((x) => x.readyMs),
        95,
      ),
    ),
    panelAttachedP50Ms: round(median(xs.map((x) => x.attachedMs))),
    nextFrameP50Ms: round(median(xs.map((x) => x.paintedMs))),
    runs: xs.length,
    samplesMs: xs.map((x) => round(x.readyMs)),
  });
  const c = sum(cold);
  const w = sum(warm);
  const st = sum(settled);
  // The page's own share: without the extension, the same compose appended and laid out at once (style and
  // layout forced by a read). The panel-ready figures include this work, because MatchMail measures the
  // compose to place its panel; without MatchMail the page pays it in its next frame instead.
  const ownLayout: number[] = [];
  for (let i = 0; i < SETTLED_RUNS + 1; i++) {
    const bare = await without.open('demo/gmail-inbox.html');
    await firstIdle(bare, 500);
    const ms = await bare.evaluate((html) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      const t0 = performance.now();
      document.body.append(template.content);
      document.querySelector('.dw')?.getBoundingClientRect();
      return performance.now() - t0;
    }, first);
    await bare.close();
    if (i > 0) ownLayout.push(ms);
  }
  const pageOwnLayoutP50Ms = round(median(ownLayout));
  // Where the first compose's time goes: one more page, traced (not part of the figures above).
  const page = await withExt.open('demo/gmail-inbox.html');
  await firstIdle(page, 500);
  const cdp = await withExt.ctx.newCDPSession(page);
  const { events, value } = await traced(cdp, () => openComposeTimed(page, first));
  await cdp.detach();
  await page.close();
  const byScript = sampledByScript(events, withExt.extensionId);
  figures.composeToPanel = {
    firstComposeOfPage: c,
    firstComposeAfterPageSettled: st,
    secondCompose: w,
    pageOwnLayoutWithoutExtension: { p50Ms: pageOwnLayoutP50Ms, samplesMs: ownLayout.map((x) => round(x)) },
    tracedFirstCompose: { readyMs: value ? round(value.readyMs) : null, ourScriptsByTraceMs: byScript },
  };
  lines.push(
    `compose opened → panel ready (target ≤ 50 ms): first compose ${SETTLE_MS / 1000} s after the page ` +
      `loaded (engine preloaded and warmed at idle) p50 ${st.readyP50Ms} ms (p95 ${st.readyP95Ms}, next frame ` +
      `${st.nextFrameP50Ms}, ${st.runs} pages); first compose 0.3 s after load (no engine in the tab yet: first reports from the service worker) p50 ` +
      `${c.readyP50Ms} ms (p95 ${c.readyP95Ms}, next frame ${c.nextFrameP50Ms}); second compose p50 ` +
      `${w.readyP50Ms} ms (p95 ${w.readyP95Ms}, next frame ${w.nextFrameP50Ms}); ${c.runs} pages`,
    `  of which the page's own style and layout of the new compose (without the extension, forced at once): ` +
      `p50 ${pageOwnLayoutP50Ms} ms`,
    `  a traced first compose (${value ? round(value.readyMs) : '?'} ms with the tracer on): ${Object.entries(
      byScript,
    )
      .map(([k, v]) => `${k} ${v} ms`)
      .join(', ')}`,
  );
  expect(c.readyP50Ms, 'compose → panel p50, first compose (gross regression bound)').toBeLessThan(500);
  expect(w.readyP50Ms, 'compose → panel p50, second compose (gross regression bound)').toBeLessThan(500);
  expect(st.readyP50Ms, 'compose → panel p50, settled page (gross regression bound)').toBeLessThan(500);
  expect(withExt.pageErrors, 'uncaught errors in the page').toEqual([]);
}, 240_000);

// ---------------------------------------------------------------------------------------------------------
// 1. Typing overhead.

const TYPE_RUNS = 3;
/** After the last keystroke, long enough for the pause's analysis of the last words to have run (see typeOnce). */
const AFTER_TYPING_MS = 400;

async function typeOnce(side: Side, script: string[][]) {
  const h = harness(side);
  const page = await h.open('gmail/new-compose.html');
  if (side !== 'without') await panelReady(page);
  // The extension's lazy NLP bundle is requested at idle, at most 3 s after the engine: type with it in place.
  // Both sides wait the same.
  await page.waitForTimeout(3_500);
  const body = page.locator(GMAIL_BODY).first();
  await clickAfter(page, body, 'Marsh,');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const cdp = await h.ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await metrics(cdp);
  const analysedBefore =
    side !== 'without' ? Number(await page.locator(PANEL).getAttribute('data-analyzed-at')) : 0;
  // Keystroke → marks updated, as in latency.e2e.test.ts, for every input event: a capture listener on
  // document stamps t0 (installed on both sides alike), a MutationObserver on the panel's data-analyzed-at t1.
  await page.evaluate(recordKeystrokeLatency, PANEL);
  let events = 0;
  const t0 = performance.now();
  for (const words of script) {
    for (let i = 0; i < words.length; i++) {
      await page.keyboard.insertText(words[i] as string);
      if (i < words.length - 1) await page.keyboard.press('Space');
      events += i < words.length - 1 ? 2 : 1;
    }
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    events += 2;
  }
  // What the page still has to do for the last keystrokes (a frame) belongs to the typing too.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
  const wallMs = performance.now() - t0;
  // The analysis of the last words typed comes at the pause after them (60 ms, then an idle moment): it is
  // the typing's cost too, so the main thread is read once it has run. Both sides wait the same.
  await page.waitForTimeout(AFTER_TYPING_MS);
  const after = await metrics(cdp);
  await cdp.detach();
  const analyses =
    side !== 'without'
      ? Number(await page.locator(PANEL).getAttribute('data-analyzed-at')) - analysedBefore
      : 0;
  const latencies = await page.evaluate(() => (window as unknown as { __mmLat: number[] }).__mmLat);
  const marks = side !== 'without' ? Number(await page.locator(PANEL).getAttribute('data-mark-count')) : 0;
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are needed to find "-- "
  const typed = ((await body.innerText()).split(/\n--\s*\n/)[0] ?? '').split(/\s+/).filter(Boolean).length;
  if (side !== 'without') await expectClean(page, 'typing 1,000 words');
  await page.close();
  return {
    wallMs,
    taskMs: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
    scriptMs: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
    events,
    analyses,
    draftWords: typed,
    marksAtEnd: marks,
    latencies,
  };
}

it('typing overhead: the same 1,000 words with and without the extension', async () => {
  noteLoad();
  const script = typingScript();
  const words = script.reduce((n, p) => n + p.length, 0);
  expect(words).toBeGreaterThanOrEqual(TARGET_WORDS - 5);
  const runs: Record<Side, Awaited<ReturnType<typeof typeOnce>>[]> = { with: [], without: [], highlight: [] };
  const sides: Side[] = highlight ? ['with', 'without', 'highlight'] : ['with', 'without'];
  for (let i = 0; i < TYPE_RUNS; i++) {
    const order = i % 2 ? [...sides].reverse() : sides;
    for (const side of order) runs[side].push(await typeOnce(side, script));
  }
  noteLoad();
  const med = (side: Side, k: 'wallMs' | 'taskMs' | 'scriptMs') => round(median(runs[side].map((r) => r[k])));
  const w = {
    wallMs: med('with', 'wallMs'),
    taskMs: med('with', 'taskMs'),
    scriptMs: med('with', 'scriptMs'),
  };
  const wo = {
    wallMs: med('without', 'wallMs'),
    taskMs: med('without', 'taskMs'),
    scriptMs: med('without', 'scriptMs'),
  };
  const events = runs.with[0]?.events ?? 0;
  // Keystroke → marks updated early in the draft (its first 200 input events) and near 1,000 words (the last 200).
  const early = runs.with.flatMap((r) => r.latencies.slice(0, 200));
  const late = runs.with.flatMap((r) => r.latencies.slice(-200));
  const latency = {
    first200EventsP50Ms: round(percentile(early, 50)),
    first200EventsP95Ms: round(percentile(early, 95)),
    last200EventsP50Ms: round(percentile(late, 50)),
    last200EventsP95Ms: round(percentile(late, 95)),
    samples: early.length + late.length,
  };
  const perRun = {
    with: runs.with.map(({ latencies: _, ...r }) => r),
    without: runs.without.map(({ latencies: _, ...r }) => r),
    ...(highlight ? { highlightApiPainter: runs.highlight.map(({ latencies: _, ...r }) => r) } : {}),
  };
  const ratio = w.wallMs / wo.wallMs;
  // The spread: each round's with/without ratio (the two ran back to back).
  const roundPercents = runs.with.map((r, i) =>
    round((r.wallMs / (runs.without[i]?.wallMs ?? Number.NaN) - 1) * 100, 1),
  );
  const hl = highlight
    ? {
        wallMs: med('highlight', 'wallMs'),
        taskMs: med('highlight', 'taskMs'),
        slowerPercent: round((med('highlight', 'wallMs') / wo.wallMs - 1) * 100, 1),
        roundPercents: runs.highlight.map((r, i) =>
          round((r.wallMs / (runs.without[i]?.wallMs ?? Number.NaN) - 1) * 100, 1),
        ),
        marksAtEnd: runs.highlight[0]?.marksAtEnd,
      }
    : null;
  const perEventMs = (w.taskMs - wo.taskMs) / Math.max(1, events);
  figures.typing = {
    wordsTyped: words,
    inputEvents: events,
    draftWordsAtEnd: runs.with[0]?.draftWords,
    marksAtEnd: runs.with[0]?.marksAtEnd,
    analysesPerRun: runs.with.map((r) => r.analyses),
    withExtension: w,
    withoutExtension: wo,
    wallRatio: round(ratio, 3),
    slowerPercent: round((ratio - 1) * 100, 1),
    slowerPercentPerRound: roundPercents,
    ...(hl ? { highlightApiPainter: hl } : {}),
    addedMainThreadMsPerInputEvent: round(perEventMs, 3),
    keystrokeToMarks: latency,
    runs: TYPE_RUNS,
    perRun,
    method:
      'per word keyboard.insertText + Space keypress, Enter Enter between paragraphs, back to back (no delay); ' +
      'medians of 3 alternating runs; TaskDuration/ScriptDuration from CDP Performance.getMetrics',
  };
  lines.push(
    `typing ${words} words (${events} input events, back to back): ${w.wallMs} ms with vs ${wo.wallMs} ms ` +
      `without → ${round((ratio - 1) * 100, 1)} % slower (target ≤ 5 %; per round ${roundPercents.join(' / ')} %); ` +
      `main thread ${w.taskMs} vs ${wo.taskMs} ms (+${round(perEventMs, 2)} ms per input event, ` +
      `${runs.with[0]?.analyses} analyses)`,
    ...(hl
      ? [
          `  the same with the Highlight API painter (MATCHMAIL_PAINTER=highlight-api build): ${hl.wallMs} ms → ` +
            `${hl.slowerPercent} % slower (per round ${hl.roundPercents.join(' / ')} %), main thread ${hl.taskMs} ms`,
        ]
      : []),
    `keystroke → marks updated while typing them: p50 ${latency.first200EventsP50Ms} ms / p95 ` +
      `${latency.first200EventsP95Ms} ms over the first 200 input events, p50 ${latency.last200EventsP50Ms} ms / ` +
      `p95 ${latency.last200EventsP95Ms} ms over the last 200 (draft ≈ ${runs.with[0]?.draftWords} words, ` +
      `${runs.with[0]?.marksAtEnd} marks)`,
  );
  // Back-to-back input is a burst: it is analysed at its pauses or at the latest 2 s after its first unread
  // input, in an idle moment (src/content/analysis-pacer.ts, BURST_MAX_WAIT_MS). So: far fewer analyses than
  // input events, but the draft is read again while it is typed, not only at the end: the first keystroke at
  // once, then at least one per 2.5 s of typing (a loaded machine finds fewer idle moments and takes longer).
  const firstRun = runs.with[0];
  const expected = 1 + Math.floor((firstRun?.wallMs ?? 0) / 2500);
  expect(firstRun?.analyses ?? 0, 'the extension analysed while typing').toBeGreaterThanOrEqual(expected);
  // Gross regression only. Ten times the 5 % target would be 1.5×, which today's +47–58 % sits on (the
  // target is missed and the README says so); 2× catches a return to the old per-keystroke cost (+322 %).
  expect(ratio, 'typing wall-time ratio with/without the extension (gross regression bound)').toBeLessThan(2);
  expect(withExt.pageErrors, 'uncaught errors in the page').toEqual([]);
}, 600_000);
