#!/usr/bin/env node
// Bundles the `matchmail` command line (src/cli/main.ts + the pure core + rules/*.yml) into dist/cli.mjs.
// Runs on postinstall so `npx matchmail` works right after `npm ci`; bin/matchmail.mjs re-runs it when a
// source file is newer than the bundle. A malformed rule file fails here, naming the file and the field.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildRulesPlugin } from './rule-sources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(root, 'dist', 'cli.mjs');
/** The pure core as a Node library, for the benchmark (tests/bench) and other Node tools. */
export const ANALYZER_BUNDLE = join(root, 'dist', 'analyzer.mjs');

const rulesPlugin = esbuildRulesPlugin(root);

export async function buildCli({ quiet = false } = {}) {
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: quiet ? 'error' : 'warning',
    plugins: [rulesPlugin],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  };
  await build({ ...common, entryPoints: [join(root, 'src/analyzer/index.ts')], outfile: ANALYZER_BUNDLE });
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
    plugins: [rulesPlugin],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  // Load the bundle once: this compiles and validates every rule file.
  execFileSync(process.execPath, [CLI_BUNDLE, '--validate'], { stdio: 'inherit' });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildCli();
  } catch (e) {
    if (e?.status === undefined)
      console.error(`matchmail: could not build the command line: ${e?.message ?? e}`);
    process.exit(1);
  }
}
