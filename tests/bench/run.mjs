#!/usr/bin/env node
// `npm run bench [-- --json] [-- --quick]`: analyze() cold and incremental on drafts of 150–5,000 words, and in
// the same run harper.js (its local linter, binary inlined) and write-good on the same drafts. Medians and
// p95 after warm-up. Figures, not pass/fail.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ANALYZER_BUNDLE, buildCli } from '../../scripts/build-cli.mjs';
import { draftOfWords, editOneWord } from './drafts.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const log = (s) => {
  if (!json) console.log(s);
};
const SIZES = [150, 300, 1000, 5000];

if (!existsSync(ANALYZER_BUNDLE) || process.argv.includes('--rebuild')) await buildCli({ quiet: true });
const { createAnalyzer, CATALOGUE } = await import(ANALYZER_BUNDLE);
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

if (json) {
  console.log(JSON.stringify({ results }));
} else {
  const rows = results.map(
    (r) =>
      `${r.engine.padEnd(11)} ${String(r.words).padStart(5)}  ${r.mode.padEnd(11)} ${r.medianMs.toFixed(3).padStart(9)} ${r.p95Ms.toFixed(3).padStart(9)} ${String(r.runs).padStart(5)}`,
  );
  log(`engine      words  mode          median ms    p95 ms  runs\n${rows.join('\n')}`);
  for (const words of [300, 1000]) {
    const ours = results.find((r) => r.engine === 'matchmail' && r.words === words && r.mode === 'cold');
    const harper = results.find((r) => r.engine === 'harper.js' && r.words === words);
    if (ours && harper)
      log(`harper.js / matchmail (cold, ${words} words): ${(harper.medianMs / ours.medianMs).toFixed(1)}×`);
  }
  log(
    `node ${process.version}, ${(await import('node:os')).cpus()[0]?.model ?? 'unknown CPU'}, ${CATALOGUE.length} rules`,
  );
}
