#!/usr/bin/env node
// `npm test`: every check the project has, in order, with one closing line CI reads:
//   "N passed, N failed" (plus ", N skipped"). Steps that are not vitest count as one test each.
// Usage: npm test [-- --skip-e2e]   (skipping is for quick local loops; CI runs everything)
//        npm test -- --fresh-clone  (with CI set, as .ci/run does: also the unit suite in a clone without ../shared)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const skipE2e = process.argv.includes('--skip-e2e');
/** The Firefox suites (firefox-esr over WebDriver BiDi); everything else in tests/e2e runs in Chromium. */
const FIREFOX_SUITES = 'tests/e2e/firefox';
/** Firefox's typing overhead with and without the extension: a benchmark that prints figures. */
const FIREFOX_BENCH = 'tests/e2e/firefox-performance.e2e.test.ts';
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const flaky = [];
const t0 = Date.now();

function run(name, cmd, args, env = {}, cwd = undefined) {
  const t = Date.now();
  process.stdout.write(`\n::: ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, cwd });
  const ok = r.status === 0;
  process.stdout.write(`::: ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - t) / 1000).toFixed(1)} s)\n`);
  return ok;
}

function step(name, cmd, args) {
  if (run(name, cmd, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

/** Per-suite counts, printed before the closing line (e.g. per browser). */
const bySuite = [];

function vitest(name, args, report, cwd = undefined) {
  rmSync(report, { force: true });
  const ok = run(
    name,
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {},
    cwd,
  );
  if (!existsSync(report)) {
    failed++;
    failures.push(`${name} (no report)`);
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  bySuite.push(
    `${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`,
  );
  passed += r.numPassedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  // A failing beforeAll only skips tests: count the suite as failed then.
  const f = r.numFailedTests || (ok && r.success ? 0 : 1);
  failed += f;
  if (f) failures.push(name);
  // The e2e config retries once (a loaded 2-core runner); a test that needed it is named, not hidden.
  for (const file of r.testResults)
    for (const t of file.assertionResults)
      if (t.status === 'passed' && t.failureMessages?.length) flaky.push(t.fullName);
}

step('typecheck (tsc --noEmit, strict)', 'npx', ['tsc', '--noEmit']);
step('lint and format (biome)', 'npx', ['biome', 'check', '.']);
const built = run('build Chrome and Firefox (MV3)', 'npm', ['run', '-s', 'build']);
if (built) passed++;
else {
  failed++;
  failures.push('build');
}
if (built) step('Firefox build passes web-ext lint', 'npm', ['run', '-s', 'lint:firefox']);
vitest('unit tests (vitest)', [], '.ci-unit.json');
if (skipE2e) process.stdout.write('\n::: e2e skipped (--skip-e2e)\n');
else if (built) {
  vitest(
    'end-to-end tests in Chromium (+ build checks)',
    ['-c', 'vitest.e2e.config.ts', '--exclude', `${FIREFOX_SUITES}*.e2e.test.ts`],
    '.ci-e2e.json',
  );
  vitest(
    'end-to-end tests in Firefox',
    // The typing benchmark (~3 min, figures not pass/fail) runs with `npm run bench:firefox`.
    ['-c', 'vitest.e2e.config.ts', FIREFOX_SUITES, '--exclude', FIREFOX_BENCH],
    '.ci-e2e-firefox.json',
  );
}

// CI only: a clone of this commit with no ../shared beside it (as anyone outside the team has it) passes the
// unit suite, the checks that read ../shared printing what they skipped. node_modules is hard-linked, not
// installed again, to keep the run short.
if (process.env.CI && process.argv.includes('--fresh-clone')) freshClone();

function freshClone() {
  const tmp = mkdtempSync(join(tmpdir(), 'mm-clone-'));
  const repo = join(tmp, 'matchmail');
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const ready =
    run('fresh clone without ../shared: git clone', 'git', ['clone', '-q', '--no-checkout', '.', repo]) &&
    run('  checkout', 'git', ['-C', repo, 'checkout', '-q', head]) &&
    run('  node_modules (hard links)', 'cp', ['-al', 'node_modules', join(repo, 'node_modules')]) &&
    run('  npm postinstall (wxt prepare, CLI bundle)', 'npm', ['run', '-s', 'postinstall'], {}, repo);
  if (ready) vitest('fresh clone without ../shared: unit tests', [], join(tmp, 'unit.json'), repo);
  else {
    failed++;
    failures.push('fresh clone without ../shared');
  }
  rmSync(tmp, { recursive: true, force: true });
}

const secs = ((Date.now() - t0) / 1000).toFixed(0);
if (flaky.length) process.stdout.write(`\nPassed on retry (flaky, look at these): ${flaky.join('; ')}\n`);
if (failures.length) process.stdout.write(`\nFailed: ${failures.join(', ')}\n`);
if (bySuite.length) process.stdout.write(`\n${bySuite.join('\n')}\n`);
process.stdout.write(`\nnpm test took ${secs} s\n`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
