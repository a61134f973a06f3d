#!/usr/bin/env node
// Runs a TypeScript entry (scripts/train-main.ts by default) after bundling it with esbuild, so the trainer
// uses the very feature code the extension ships. Usage: node scripts/train.mjs [entry.ts] [args…]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { esbuildRulesPlugin } from './rule-sources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = resolve(root, process.argv[2]?.endsWith('.ts') ? process.argv[2] : 'scripts/train-main.ts');
// Inside the project, so the bundle resolves the project's packages (they stay external).
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const dir = mkdtempSync(join(root, 'node_modules/.cache/mm-train-'));
const outfile = join(dir, 'main.mjs');
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  packages: 'external',
  plugins: [esbuildRulesPlugin(root)],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
process.chdir(root);
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
