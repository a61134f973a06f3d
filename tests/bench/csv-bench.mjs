#!/usr/bin/env node
// `node tests/bench/csv-bench.mjs [--runs 7]`: the options page's CSV import, the part that is ours, in Node:
// parsing, checking every row (valibot), the merge into the list, and the row cap's line count on a
// 100,000-row file. Medians after one warm-up run. Figures, not pass/fail. What this leaves out is the browser's
// own part (chrome.storage.local writing the list, the change event): tests/e2e/options-scale.e2e.test.ts
// prints the end-to-end figures in Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = new URL('../../', import.meta.url).pathname;
const { values: opt } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Number(opt.runs);

const tmp = mkdtempSync(join(tmpdir(), 'mm-csv-bench-'));
const bundle = join(tmp, 'records.mjs');
await build({
  entryPoints: [join(ROOT, 'src/records/index.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'error',
});
const records = await import(pathToFileURL(bundle).href);
rmSync(tmp, { recursive: true, force: true });

const row = (i) => `Program number ${i},p${i}.example,Dr. Person ${i},2027-01-15,applied,City ${i}`;
const file = (n) =>
  `Program,Email domain,PD,Interview date,Status,City\n${Array.from({ length: n }, (_, i) => row(i)).join('\n')}\n`;

function median(fn) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)].toFixed(1).padStart(7);
}

console.log(
  `CSV import in Node ${process.version}, median of ${runs} runs, load average ${loadavg()[0].toFixed(1)}`,
);
for (const n of [1_000, 10_000]) {
  const text = file(n);
  const { programs, rows } = records.programsFromCsv(text);
  const listed = programs.map((p) => ({ ...p, name: `${p.name} listed` }));
  console.log(`${n.toLocaleString('en-US').padStart(7)} rows (${(text.length / 1e6).toFixed(2)} MB)`);
  console.log(`  parse (RFC 4180)                     ${median(() => records.parseCsv(text))} ms`);
  console.log(`  parse + check every row              ${median(() => records.programsFromCsv(text))} ms`);
  console.log(
    `  merge into an empty list             ${median(() => records.mergePrograms([], programs, rows))} ms`,
  );
  console.log(
    `  merge into a list of as many         ${median(() => records.mergePrograms(listed, programs, rows))} ms`,
  );
}
const huge = file(100_000);
console.log(`100,000 rows (${(huge.length / 1e6).toFixed(2)} MB)`);
console.log(`  refused by the row cap (line count)  ${median(() => records.csvTooLong(huge))} ms`);
