#!/usr/bin/env node
// `matchmail` entry: runs the bundled CLI, rebuilding it first when src/ or rules/ changed since the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli.mjs');

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(bundle) ||
  Math.max(newestMtime(join(root, 'src')), newestMtime(join(root, 'rules'))) > statSync(bundle).mtimeMs;
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
