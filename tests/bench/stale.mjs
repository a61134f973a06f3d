// Whether dist/analyzer.mjs is older than src/ or rules/ (the same test bin/matchmail.mjs makes for the
// CLI), so the bench never times yesterday's analyzer.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYZER_BUNDLE } from '../../scripts/build-cli.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function analyzerIsStale() {
  if (!existsSync(ANALYZER_BUNDLE)) return true;
  const sources = Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'rules')));
  return sources > statSync(ANALYZER_BUNDLE).mtimeMs;
}
