#!/usr/bin/env node
// `npm run bench [-- --json] [-- --quick] [-- --rebuild]`: analyze() cold and incremental on drafts of
// 150–5,000 words, and in the same run harper.js (its local linter, binary inlined) and write-good on the same
// drafts. Medians and p95 after warm-up. Figures, not pass/fail.
//   cold         a fresh analyzer and empty shared caches per run; the rule regexes are already compiled
//   incremental  a warm analyzer, then a one-word edit in the middle paragraph (a new text every run)
// harper.js and write-good have no incremental mode: every run lints a freshly edited draft ("cold").
// --json prints one object, DESIGN §4.1: {"results":[{"engine","words","mode","medianMs","p95Ms","runs"}]}.
// No retext/alex pipeline: those packages are not dependencies of this project.
// Where the time goes: `node tests/bench/profile.mjs --words 300 --mode cold` (see that file).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { ANALYZER_BUNDLE, buildCli } from '../../scripts/build-cli.mjs';
import { draftOfWords, editOneWord } from './drafts.mjs';
import { analyzerIsStale } from './stale.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const log = (s) => {
  if (!json) console.log(s);
};
const SIZES = [150, 300, 1000, 5000];

// dist/analyzer.mjs is rebuilt when src/ or rules/ changed since it was built: never time a stale analyzer.
if (process.argv.includes('--rebuild') || analyzerIsStale()) await buildCli({ quiet: true });
const loadBefore = loadavg();
const { createAnalyzer, resetSharedCaches, CATALOGUE } = await import(pathToFileURL(ANALYZER_BUNDLE).href);
const require = createRequire(import.meta.url);
const writeGood = require('write-good');

function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { medianMs: +at(0.5).toFixed(4), p95Ms: +at(0.95).toFixed(4), runs: s.length };
}

function runsFor(words) {
  const base = quick ? 10 : 60;
  return Math.max(5, Math.round((base * 300) / Math.max(words, 300)));
}

const results = [];
const push = (engine, words, mode, times) => results.push({ engine, words, mode, ...stats(times) });

for (const words of SIZES) {
  const draft = draftOfWords(words);
  const runs = runsFor(words);
  // Cold: a fresh analyzer (empty paragraph cache) per run.
  for (let i = 0; i < 3; i++) createAnalyzer(CATALOGUE).analyze(draft, {});
  const cold = [];
  for (let i = 0; i < runs; i++) {
    // Nothing cached: not the analyzer's paragraphs, nor the sentence splits and readings all analyzers share.
    resetSharedCaches();
    const a = createAnalyzer(CATALOGUE);
    const t = performance.now();
    a.analyze(draft, {});
    cold.push(performance.now() - t);
  }
  push('matchmail', words, 'cold', cold);
  // Incremental: a warm analyzer, then a one-word edit (a new paragraph text every run).
  const warm = createAnalyzer(CATALOGUE);
  warm.analyze(draft, {});
  const inc = [];
  for (let i = 0; i < runs; i++) {
    const edited = editOneWord(draft, i);
    const t = performance.now();
    warm.analyze(edited, {});
    inc.push(performance.now() - t);
  }
  push('matchmail', words, 'incremental', inc);

  const wg = [];
  for (let i = 0; i < 3; i++) writeGood(draft);
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    writeGood(editOneWord(draft, i));
    wg.push(performance.now() - t);
  }
  push('write-good', words, 'cold', wg);
}

// harper.js: the WebAssembly linter, binary inlined, as a browser extension would ship it.
try {
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  for (const words of SIZES) {
    const draft = draftOfWords(words);
    const runs = Math.max(5, Math.round(runsFor(words) / 2));
    for (let i = 0; i < 2; i++) await linter.lint(editOneWord(draft, 1000 + i));
    const cold = [];
    for (let i = 0; i < runs; i++) {
      const text = editOneWord(draft, i);
      const t = performance.now();
      await linter.lint(text);
      cold.push(performance.now() - t);
    }
    push('harper.js', words, 'cold', cold);
  }
} catch (e) {
  log(`harper.js could not run here: ${e?.message ?? e}`);
}

// The very first analysis in a fresh process, as on a page where the engine was just injected: every rule
// regex is compiled on its first exec. Text output only (DESIGN §4.1 modes are cold and incremental).
function firstAnalysisMs(words) {
  const script = `
    const { createAnalyzer, CATALOGUE } = await import(${JSON.stringify(pathToFileURL(ANALYZER_BUNDLE).href)});
    const { draftOfWords } = await import(${JSON.stringify(new URL('./drafts.mjs', import.meta.url).href)});
    const d = draftOfWords(${words});
    const t = performance.now();
    createAnalyzer(CATALOGUE).analyze(d, {});
    console.log(performance.now() - t);`;
  const times = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    times.push(
      Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })),
    );
  }
  return stats(times);
}

if (json) {
  console.log(JSON.stringify({ results }));
} else {
  const rows = results.map(
    (r) =>
      `${r.engine.padEnd(11)} ${String(r.words).padStart(5)}  ${r.mode.padEnd(11)} ${r.medianMs.toFixed(3).padStart(9)} ${r.p95Ms.toFixed(3).padStart(9)} ${String(r.runs).padStart(5)}`,
  );
  log(`engine      words  mode          median ms    p95 ms  runs\n${rows.join('\n')}`);
  const find = (engine, words, mode) =>
    results.find((r) => r.engine === engine && r.words === words && r.mode === mode);
  for (const words of [300, 1000]) {
    const ours = find('matchmail', words, 'cold');
    const harper = find('harper.js', words, 'cold');
    if (ours && harper) {
      const ratio = harper.medianMs / ours.medianMs;
      log(
        `harper.js / matchmail (cold, ${words} words): ${ratio.toFixed(1)}× (target ≥ 3×: ${ratio >= 3 ? 'met' : 'missed'})`,
      );
    }
  }
  const inc = find('matchmail', 300, 'incremental');
  if (inc) {
    log(
      `matchmail incremental at 300 words: median ${inc.medianMs.toFixed(3)} ms (target ≤ 1 ms: ${inc.medianMs <= 1 ? 'met' : 'missed'})`,
    );
  }
  for (const words of [300, 1000]) {
    const first = firstAnalysisMs(words);
    log(
      `first analysis in a fresh process (regex compilation included), ${words} words: median ${first.medianMs.toFixed(1)} ms, p95 ${first.p95Ms.toFixed(1)} ms (${first.runs} processes)`,
    );
  }
  const pkg = (name) => {
    try {
      const file = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
      return JSON.parse(readFileSync(file, 'utf8')).version;
    } catch {
      return '?';
    }
  };
  const fmt = (l) => l.map((x) => x.toFixed(2)).join(' ');
  log(
    `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${CATALOGUE.length} rules; ` +
      `harper.js ${pkg('harper.js')}, write-good ${pkg('write-good')}; load average ${fmt(loadBefore)} → ${fmt(loadavg())}`,
  );
}
