#!/usr/bin/env node
// `node tests/bench/hostile.mjs [--only SUBSTRING] [--reps 3] [--profile] [--top 15]`
// Times analyze() on 100,000-character drafts of hostile shape: the generated-draft suite's families
// (tests/unit/hardening/arbitraries.ts, three fixed seeds each, alone and with an odd context), its known-slow seeds, and hand-made shapes
// (zero-width characters every few letters, no spaces, one giant paragraph, quote walls, …). Each draft is
// analysed by a fresh analyzer with the shared caches emptied (what a paste costs), `--reps` times; the
// figure is min(wall, CPU) as the suite measures it, the best of the repetitions and the first one.
// --profile samples the V8 CPU profiler over each shape's repetitions and prints its costliest functions.
import { mkdtempSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { esbuildRulesPlugin } from '../../scripts/rule-sources.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const { values: opt } = parseArgs({
  options: {
    only: { type: 'string' },
    reps: { type: 'string', default: '3' },
    profile: { type: 'boolean', default: false },
    top: { type: 'string', default: '12' },
  },
});
const reps = Number(opt.reps);

const tmp = mkdtempSync(join(tmpdir(), 'mm-hostile-'));
const bundle = join(tmp, 'hostile.mjs');
await build({
  stdin: {
    contents: [
      `export { analyze, buildTextModel, createAnalyzer, resetSharedCaches, CATALOGUE } from './src/analyzer/index.ts';`,
      `export { normalize } from './src/analyzer/normalize.ts';`,
      `export { HOSTILE_SEEDS, HUGE_FAMILIES, HUNDRED_K, oddContext, toLength } from './tests/unit/hardening/arbitraries.ts';`,
      `export { default as fc } from 'fast-check';`,
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
  },
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
const {
  buildTextModel,
  createAnalyzer,
  resetSharedCaches,
  CATALOGUE,
  HUGE_FAMILIES,
  HUNDRED_K,
  toLength,
  fc,
  normalize,
  oddContext,
  HOSTILE_SEEDS,
} = await import(bundleUrl);
const map = findSourceMap(bundle);
rmSync(tmp, { recursive: true, force: true });

const N = HUNDRED_K;
/** A full context: a recipient program with a specialty, so the name and specialty checks read the draft. */
const PROGRAMS = {
  today: '2027-02-20',
  to: ['residency@lanternbay.example'],
  profile: { name: 'Maya Okafor', aamcId: '14285739', school: 'Pinecrest' },
  programs: [
    { name: 'Lantern Bay University', domains: ['lanternbay.example'], specialty: 'anesthesiology' },
    { name: 'Sorrel Ridge', domains: ['sorrel.example'], specialty: 'pediatrics' },
  ],
  thread: '> Where will you rank us?',
  isReply: true,
};
const shapes = [];
for (const [family, arb] of HUGE_FAMILIES) {
  for (const [i, d] of fc.sample(arb, { seed: 42, numRuns: 3 }).entries())
    shapes.push([`${family} #${i}`, d]);
  // With the odd contexts the suite pairs them with (recipients, programs, a thread: the context checks run).
  for (const [i, [d, ctx]] of fc.sample(fc.tuple(arb, oddContext), { seed: 7, numRuns: 3 }).entries()) {
    shapes.push([`${family} + context #${i}`, d, ctx]);
  }
}
for (const seed of ['שלום. ', 'مرحبا. ', 'see fig. two. ', '🇳🇬\n', 'wow!!\n', 'اp', 'a.']) {
  shapes.push([`known slow ${JSON.stringify(seed)}`, toLength(seed, N)]);
}
const SENTENCE = 'I will rank your program first and I hope to match there. ';
for (const [name, seed] of Object.entries(HOSTILE_SEEDS)) {
  shapes.push([name, toLength(seed, N)]);
  shapes.push([`${name} + programs`, toLength(seed, N), PROGRAMS]);
}
const todo = opt.only ? shapes.filter(([n]) => n.includes(opt.only)) : shapes;

function timed(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return Math.min(wall, (c.user + c.system) / 1000);
}

// Warm-up: regexes compiled, compromise loaded, JIT (as the suite's worker does before timing).
for (let i = 0; i < 3; i++) createAnalyzer(CATALOGUE).analyze(`${SENTENCE}\n\n`.repeat(40), {});

const origin = (cf) => {
  if (cf.url === bundleUrl && map) {
    const e = map.findEntry(cf.lineNumber, cf.columnNumber);
    const file = e?.originalSource ? relative(ROOT, new URL(e.originalSource).pathname) : '(bundle)';
    return `${file}:${(e?.originalLine ?? -1) + 1}`;
  }
  return cf.url ? relative(ROOT, cf.url.replace(/^file:\/\//, '')) : `(${cf.functionName || 'native'})`;
};

async function profiled(fn) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  fn();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const n = byId.get(id);
    if (!n || n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(root)') return;
    const k = (cf) => `${cf.functionName || '(anonymous)'} ${origin(cf)}`;
    // The profiler's own stop call is not the analyzer's time.
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur).callFrame;
      if (cf.url.startsWith('node:inspector') || cf.functionName === '(program)') return;
    }
    all += us;
    self.set(k(n.callFrame), (self.get(k(n.callFrame)) ?? 0) + us);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = k(byId.get(cur).callFrame);
      if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + us);
      seen.add(key);
    }
  });
  const top = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(opt.top))
      .map(([k, us]) => `      ${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n');
  return `    self:\n${top(self)}\n    inclusive:\n${top(total)}\n    (${(all / 1000).toFixed(1)} ms sampled)`;
}

console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}; ${todo.length} shapes, ${reps} reps`,
);
const rows = [];
for (const [name, draft, context] of todo) {
  const cold = () => {
    resetSharedCaches();
    // normalize() keeps its last eight long texts (src/analyzer/normalize.ts): push this draft's out.
    for (let k = 0; k < 8; k++) normalize(`\u2019${k}${' '.repeat(2000)}`);
  };
  const one = () => {
    if (process.env.PART === 'model') buildTextModel(draft);
    else createAnalyzer(CATALOGUE).analyze(draft, context ?? {});
  };
  const times = [];
  for (let r = 0; r < reps; r++) {
    cold();
    times.push(timed(one));
  }
  const best = Math.min(...times);
  rows.push({ name, best, first: times[0] });
  if (process.env.ALL) console.log(times.map((t) => t.toFixed(1)).join(' '));
  console.log(`${best.toFixed(1).padStart(8)} ms best, ${times[0].toFixed(1).padStart(8)} first  ${name}`);
  if (opt.profile) {
    console.log(
      await profiled(() => {
        for (let r = 0; r < reps; r++) {
          cold();
          one();
        }
      }),
    );
  }
}
const sorted = rows.map((r) => r.best).sort((a, b) => a - b);
console.log(
  `\nmedian ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms, ` +
    `${sorted.filter((x) => x > 50).length} of ${sorted.length} over 50 ms (best of ${reps}); ` +
    `load average now ${loadavg()[0].toFixed(2)}`,
);
