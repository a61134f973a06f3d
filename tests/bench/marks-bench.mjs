// How much each way of drawing marks costs typing in Chromium, without the extension: a Gmail-like editable
// (one <div> per line) prefilled with a long draft, N marks on words of it, and the same burst of input events
// typed after the greeting (so the marked text below the caret reflows), back to back. Each painter variant is
// run in its own fresh page, alternating variants round by round so machine load hits them alike; wall time
// and the renderer main thread's TaskDuration (CDP) are reported as medians with their spread.
//
//   node tests/bench/marks-bench.mjs [--marks 22,200] [--events 600] [--rounds 3] [--variants a,b] [--base REF]
//
// --base REF adds `base-overlay`: the overlay painter as it was at git commit REF, in the same run, so a change
// to the painter is measured against what it replaces under the same load. Every painter variant also
// reports "ours": the time spent in the painter's own callbacks (its frames and its MutationObserver), timed
// in the page, forced layouts included; it moves far less with the machine's load than wall time.
//
// Variants: none (no marks); painter-highlight and painter-overlay (src/overlay/marks.ts itself, bundled into
// the page: createMarkPainter(doc, 'highlight-api' | 'overlay', editable) painting the marks once, as the
// session does after an analysis); and three sketches that isolate one cost: hl-underline (the Highlight API
// with the wavy underline shipped before), hl-background (Highlight API, background-color only) and
// overlay-all (overlay boxes for every mark re-measured each frame, no visible-part cut).
// Figures: wall time, CDP TaskDuration of the page, and the CPU time of the whole browser (all its processes,
// from /proc), which the machine's load distorts least.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../e2e/mail-server.mjs';
import { median, treeCpuMs } from './browser-cost.mjs';
import { draftOfWords } from './drafts.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const MARKS = arg('marks', '22,200').split(',').map(Number);
const EVENTS = Number(arg('events', '600'));
const ROUNDS = Number(arg('rounds', '3'));
const VARIANTS = arg(
  'variants',
  'none,painter-highlight,painter-overlay,hl-underline,hl-background,overlay-all',
).split(',');

const BASE = arg('base', '');
const ROOT = new URL('../../', import.meta.url).pathname;

/** The painter of the source tree at `dir`, as one script the page can run: window[global] = { createMarkPainter }. */
async function painterScript(dir, global) {
  const bundled = await build({
    stdin: {
      contents: `import { createMarkPainter } from './src/overlay/marks'; window.${global} = { createMarkPainter };`,
      resolveDir: dir,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  return bundled.outputFiles[0].text;
}

const PAINTER_JS = await painterScript(ROOT, '__painter');
let BASE_JS = '';
if (BASE) {
  // The commit's src/ only, in a temporary directory (the painter imports nothing outside src/).
  const dir = mkdtempSync(join(tmpdir(), 'mm-marks-base-'));
  execSync(`git archive ${BASE} src | tar -x -C ${dir}`, { cwd: ROOT });
  BASE_JS = await painterScript(dir, '__basePainter');
  rmSync(dir, { recursive: true, force: true });
  if (!VARIANTS.includes('base-overlay')) VARIANTS.push('base-overlay');
}

const draft = draftOfWords(700);
const typed = draftOfWords(400).split(/\s+/).slice(5);

/** Runs in the page: builds the editable and installs one painter variant over `n` marks. */
function setup({ text, variant, n }) {
  const ed = document.createElement('div');
  ed.contentEditable = 'true';
  ed.style.cssText = 'width:640px;min-height:240px;font:14px Arial;padding:8px;';
  const lines = text.split('\n');
  for (const l of lines) {
    const d = document.createElement('div');
    if (l) d.textContent = l;
    else d.append(document.createElement('br'));
    ed.append(d);
  }
  document.body.append(ed);
  // Marks on n words spread over the draft (skipping the greeting line where the typing goes).
  const words = [];
  const walker = document.createTreeWalker(ed, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    for (const m of t.data.matchAll(/\w{5,}/g)) words.push([t, m.index, m.index + m[0].length]);
  }
  const ranges = [];
  const step = Math.max(1, Math.floor(words.length / n));
  for (let i = 1; ranges.length < n && i < words.length; i += step) {
    const [t, a, b] = words[i];
    const r = document.createRange();
    r.setStart(t, a);
    r.setEnd(t, b);
    ranges.push(r);
  }
  if (variant.startsWith('hl-')) {
    const style =
      variant === 'hl-underline'
        ? 'text-decoration: underline wavy #e37400 2px; text-decoration-skip-ink: none; text-underline-offset: 3px;'
        : 'background-color: rgba(227,116,0,0.22);';
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`::highlight(bench) { ${style} }`);
    document.adoptedStyleSheets = [sheet];
    CSS.highlights.set('bench', new Highlight(...ranges));
  } else if (variant.startsWith('painter-') || variant === 'base-overlay') {
    // The painter's own callbacks, timed: every frame and MutationObserver callback it registers from here on.
    window.__ours = 0;
    const timed =
      (fn) =>
      (...args) => {
        const t = performance.now();
        try {
          return fn(...args);
        } finally {
          window.__ours += performance.now() - t;
        }
      };
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => raf(timed(cb));
    const MO = window.MutationObserver;
    window.MutationObserver = class extends MO {
      constructor(cb) {
        super(timed(cb));
      }
    };
    const lib = variant === 'base-overlay' ? window.__basePainter : window.__painter;
    const painter = lib.createMarkPainter(
      document,
      variant.slice(8) === 'highlight' ? 'highlight-api' : 'overlay',
      ed,
    );
    const sev = ['error', 'warning', 'suggestion'];
    painter.paint(
      ranges.map((r, i) => ({
        start: { node: r.startContainer, offset: r.startOffset },
        end: { node: r.endContainer, offset: r.endOffset },
        severity: sev[i % 3],
        finding: i,
      })),
    );
    window.__mm = painter;
  } else if (variant === 'overlay-all') {
    const host = document.createElement('bench-marks');
    host.style.cssText =
      'position:fixed;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483000;';
    const root = host.attachShadow({ mode: 'open' });
    const layer = document.createElement('div');
    layer.style.cssText = 'position:absolute;left:0;top:0;contain:layout style;';
    root.append(layer);
    document.body.append(host);
    const boxes = [];
    const last = [];
    let frame = 0;
    const update = () => {
      frame = 0;
      let k = 0;
      for (const r of ranges) {
        for (const rect of r.getClientRects()) {
          let box = boxes[k];
          if (!box) {
            box = document.createElement('div');
            box.style.cssText =
              'position:absolute;left:0;top:0;height:3px;border-bottom:2px dotted #e37400;will-change:transform;';
            layer.append(box);
            boxes.push(box);
          }
          const key = `${rect.left}|${rect.bottom}|${rect.width}`;
          if (last[k] !== key) {
            last[k] = key;
            box.style.transform = `translate(${rect.left}px,${rect.bottom - 2}px)`;
            box.style.width = `${rect.width}px`;
            box.style.display = '';
          }
          k++;
        }
      }
      for (let i = k; i < boxes.length; i++) boxes[i].style.display = 'none';
    };
    update();
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    ed.addEventListener('input', schedule);
    addEventListener('scroll', schedule, { capture: true, passive: true });
  }
  // Caret after the greeting line, as the e2e typing test does.
  const first = ed.firstChild;
  const sel = getSelection();
  const r = document.createRange();
  r.selectNodeContents(first);
  r.collapse(false);
  sel.removeAllRanges();
  sel.addRange(r);
  ed.focus();
  document.execCommand('insertParagraph');
}

async function runOnce(ctx, variant, n) {
  const page = await ctx.newPage();
  await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
  if (variant.startsWith('painter-')) await page.addScriptTag({ content: PAINTER_JS });
  if (variant === 'base-overlay') await page.addScriptTag({ content: BASE_JS });
  await page.evaluate(setup, { text: draft, variant, n });
  await page.waitForTimeout(300);
  const ours0 = await page.evaluate(() => window.__ours ?? 0);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const m0 = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
  const c0 = treeCpuMs(PID, { withRoot: false });
  const t0 = performance.now();
  let events = 0;
  for (let i = 0; events < EVENTS; i++) {
    await page.keyboard.insertText(typed[i % typed.length]);
    await page.keyboard.press(i % 12 === 11 ? 'Enter' : 'Space');
    events += 2;
  }
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
  const wallMs = performance.now() - t0;
  const cpuMs = treeCpuMs(PID, { withRoot: false }) - c0;
  const m1 = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
  const oursMs = (await page.evaluate(() => window.__ours ?? 0)) - ours0;
  if (process.env.DBG) console.log(variant, n, JSON.stringify(await page.evaluate(() => window.__dbg)));
  await page.close();
  return { wallMs, cpuMs, oursMs, taskMs: (m1.TaskDuration - m0.TaskDuration) * 1000 };
}

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: chromiumArgs({ extDir: null, port: 1 }),
});
// Playwright starts Chromium as a child of this process: count its descendants, not this script itself.
const PID = process.pid;
const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const results = {};
const cases = MARKS.flatMap((n) => VARIANTS.map((v) => (v === 'none' ? ['none', 0] : [v, n])));
const unique = [...new Map(cases.map((c) => [c.join(':'), c])).values()];
await runOnce(ctx, 'none', 0); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? [...unique].reverse() : unique;
  for (const [v, n] of order) {
    const key = `${v}${n ? ` ×${n}` : ''}`;
    results[key] ??= [];
    results[key].push(await runOnce(ctx, v, n));
  }
}
await browser.close();
const base = median(results.none.map((r) => r.wallMs));
const baseTask = median(results.none.map((r) => r.taskMs));
const baseCpu = median(results.none.map((r) => r.cpuMs));
console.log(`${EVENTS} input events back to back, ${ROUNDS} rounds (median, [min–max])`);
for (const [k, rs] of Object.entries(results)) {
  const w = rs.map((r) => r.wallMs);
  const t = rs.map((r) => r.taskMs);
  const c = rs.map((r) => r.cpuMs);
  const o = rs.map((r) => r.oursMs);
  console.log(
    `${k.padEnd(20)} wall ${median(w).toFixed(0)} ms [${Math.min(...w).toFixed(0)}–${Math.max(...w).toFixed(0)}] ` +
      `(${(((median(w) - base) / base) * 100).toFixed(1)} %)  main thread ${median(t).toFixed(0)} ms ` +
      `[${Math.min(...t).toFixed(0)}–${Math.max(...t).toFixed(0)}] (+${((median(t) - baseTask) / EVENTS).toFixed(3)} ms/event)  browser CPU ${median(c).toFixed(0)} ms ` +
      `[${Math.min(...c).toFixed(0)}–${Math.max(...c).toFixed(0)}] (${(((median(c) - baseCpu) / baseCpu) * 100).toFixed(1)} %)` +
      (k === 'none'
        ? ''
        : `  ours ${median(o).toFixed(1)} ms [${Math.min(...o).toFixed(1)}–${Math.max(...o).toFixed(1)}]`),
  );
}
