// Whether a bundle in dist/ is missing or older than anything in src/ or rules/. No dependencies: the
// `matchmail` bin runs it before esbuild (a dev dependency) is needed, and the bench uses it too.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function bundleIsStale(bundle) {
  if (!existsSync(bundle)) return true;
  return (
    Math.max(newestMtime(join(root, 'src')), newestMtime(join(root, 'rules'))) > statSync(bundle).mtimeMs
  );
}
