#!/usr/bin/env node
// `matchmail` entry: runs the bundled CLI, rebuilding it first when src/ or rules/ changed since the build.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleIsStale } from '../scripts/bundle-stale.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli.mjs');

const stale = bundleIsStale(bundle);
if (stale) {
  try {
    const { buildCli } = await import(pathToFileURL(join(root, 'scripts', 'build-cli.mjs')).href);
    await buildCli({ quiet: true });
  } catch (e) {
    process.stderr.write(
      `matchmail: could not build the command line: ${String(e?.message ?? e).split('\n')[0]}\n`,
    );
    process.exit(2);
  }
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
