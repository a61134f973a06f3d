#!/usr/bin/env node
// `node tests/bench/profile.mjs [--words 300] [--mode cold|incremental|first] [--runs N] [--top 20] [--cpuprofile FILE]`
// Where analyze() spends its time. Builds the analyzer the bench times (src/analyzer/index.ts + rules/*.yml,
// compromise registered) from the working tree with an inline source map, samples the V8 CPU profiler
// (node:inspector, 50 µs interval) while the bench's drafts are analysed, and prints self and inclusive time
// by source file:line and function. Regex execution has no frames of its own: it is charged to the function
// that called exec/test (matchers.ts `scan`), so the script also times every text rule's patterns over the
// same paragraphs and prints the costliest rules. --cpuprofile writes the raw profile (Chrome DevTools).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { esbuildRulesPlugin } from '../../scripts/rule-sources.mjs';
import { draftOfWords, editOneWord } from './drafts.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const { values: opt } = parseArgs({
  options: {
    words: { type: 'string', default: '300' },
    mode: { type: 'string', default: 'cold' },
    runs: { type: 'string' },
    top: { type: 'string', default: '25' },
    cpuprofile: { type: 'string' },
  },
});
const words = Number(opt.words);
const mode = ['incremental', 'first'].includes(opt.mode) ? opt.mode : 'cold';
// first: the very first analysis in this process (regexes compiled on first use), profiled once.
const runs = mode === 'first' ? 1 : Number(opt.runs ?? Math.max(20, Math.round((300 * 300) / words)));

// The analyzer as the bench loads it (src/analyzer/index.ts + rules/*.yml, compromise registered), built
// fresh from the working tree with an inline source map, so every sample maps back to file:line.
const tmp = mkdtempSync(join(tmpdir(), 'mm-profile-'));
const bundle = join(tmp, 'analyzer.mjs');
await build({
  entryPoints: [join(ROOT, 'src/analyzer/index.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'error',
  plugins: [esbuildRulesPlugin(ROOT)],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
process.setSourceMapsEnabled(true);
const bundleUrl = pathToFileURL(bundle).href;
const { createAnalyzer, resetSharedCaches, CATALOGUE } = await import(bundleUrl);
const map = findSourceMap(bundle);
rmSync(tmp, { recursive: true, force: true });

const draft = draftOfWords(words);
const work =
  mode !== 'incremental'
    ? () => {
        // As the bench's cold runs: nothing cached, not even what all analyzers share (readings, splits).
        resetSharedCaches();
        createAnalyzer(CATALOGUE).analyze(draft, {});
      }
    : (() => {
        const warm = createAnalyzer(CATALOGUE);
        warm.analyze(draft, {});
        let i = 0;
        return () => warm.analyze(editOneWord(draft, i++), {});
      })();
if (mode !== 'first') for (let i = 0; i < 5; i++) work(); // warm-up (JIT, regex compilation), not profiled

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 50 });
await session.post('Profiler.start');
const t0 = performance.now();
for (let i = 0; i < runs; i++) work();
const wall = performance.now() - t0;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
if (opt.cpuprofile) writeFileSync(opt.cpuprofile, JSON.stringify(profile));

/** Source file and line of a call frame (bundle frames through the source map). */
const origin = (cf) => {
  if (cf.url === bundleUrl && map) {
    const e = map.findEntry(cf.lineNumber, cf.columnNumber);
    const file = e?.originalSource ? relative(ROOT, new URL(e.originalSource).pathname) : '(bundle)';
    return { file, line: (e?.originalLine ?? -1) + 1 };
  }
  if (!cf.url) return { file: `(${cf.functionName || 'native'})`, line: 0 };
  return { file: relative(ROOT, cf.url.replace(/^file:\/\//, '')), line: cf.lineNumber + 1 };
};
const fnKey = (cf) => {
  const o = origin(cf);
  return `${o.file}:${o.line} ${cf.functionName || '(anonymous)'}`;
};

// Self time per sampled node, charged to its function and file; inclusive time to every distinct function on
// its stack. Samples under the inspector (the Profiler.stop call itself) are left out.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
const total = new Map();
const files = new Map();
const add = (m, k, us) => m.set(k, (m.get(k) ?? 0) + us);
let all = 0;
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0;
  const stack = [];
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    if (n) stack.push(n.callFrame);
  }
  if (stack.some((cf) => cf.url.startsWith('node:inspector'))) return;
  const top = stack[0];
  if (!top || top.functionName === '(root)' || top.functionName === '(idle)') return;
  all += us;
  add(self, fnKey(top), us);
  add(files, origin(top).file, us);
  for (const k of new Set(stack.map(fnKey))) add(total, k, us);
});

const pct = (us, of = all) => `${((100 * us) / of).toFixed(1).padStart(5)} %`;
const table = (m, n = Number(opt.top)) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${pct(us)}  ${(us / 1000 / runs).toFixed(3).padStart(8)} ms/run  ${k}`)
    .join('\n');

console.log(
  `analyze() ${mode}, ${words} words, ${runs} runs: ${(wall / runs).toFixed(3)} ms/run wall with the profiler on, ` +
    `${profile.samples.length} samples, ${CATALOGUE.length} rules`,
);
console.log(`\nself time by source file\n${table(files)}`);
console.log(`\nself time by function\n${table(self)}`);
console.log(`\ninclusive time by function\n${table(total)}`);

// Per rule (author scope; thread-only rules are left out): its patterns scanned over the draft's paragraphs
// (cold and first: every paragraph; incremental: the one edited paragraph), as matchers.ts scans them (a
// global regex, exec until null). V8 runs a regex's first exec in its bytecode interpreter and compiles it to
// native code on the next: "1st" and "2nd" time those passes on fresh copies (the source gets a no-op
// suffix, so V8's compilation cache cannot serve them), "steady" is the mean of later passes.
const paras = draft.split(/\n\s*\n/);
const scanned = mode === 'incremental' ? [paras[Math.floor(paras.length / 2)] ?? ''] : paras;
const perRule = [];
const reps = Math.max(5, Math.round(runs / 4));
const sum = { first: 0, second: 0, steady: 0 };
for (const rule of CATALOGUE) {
  if (!rule.patterns?.length || rule.spec.scope === 'program-message') continue;
  const res = rule.patterns.map((re) => new RegExp(`${re.source}(?:)`, re.flags));
  const pass = () => {
    const t = performance.now();
    for (const re of res)
      for (const p of scanned) {
        re.lastIndex = 0;
        for (let m = re.exec(p); m; m = re.exec(p)) if (m[0].length === 0) re.lastIndex++;
      }
    return performance.now() - t;
  };
  const first = pass();
  const second = pass();
  let steady = 0;
  for (let r = 0; r < reps; r++) steady += pass();
  steady /= reps;
  sum.first += first;
  sum.second += second;
  sum.steady += steady;
  const m = rule.spec.match;
  perRule.push({
    label: `${rule.id} (${m.kind}, ${res.length} pattern${res.length > 1 ? 's' : ''}, ${res.reduce((n, re) => n + re.source.length - 4, 0)} chars${m.unit ? `, unit ${m.unit}` : ''})`,
    first,
    second,
    steady,
  });
}
const by = mode === 'first' ? (r) => r.first + r.second : (r) => r.steady;
console.log(
  `\nrule patterns scanned alone over ${scanned.length} paragraph(s), ms: 1st pass ${sum.first.toFixed(2)}, ` +
    `2nd ${sum.second.toFixed(2)}, steady ${sum.steady.toFixed(3)} per pass (sorted by ${mode === 'first' ? '1st + 2nd' : 'steady'})`,
);
console.log(
  perRule
    .sort((a, b) => by(b) - by(a))
    .slice(0, Number(opt.top))
    .map(
      (r) =>
        `${r.first.toFixed(2).padStart(8)} ${r.second.toFixed(2).padStart(8)} ${r.steady.toFixed(3).padStart(8)}  ${r.label}`,
    )
    .join('\n'),
);
