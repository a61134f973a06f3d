// Reads rules/*.yml into plain objects. Shared by the Vite plugin (extension, tests) and the CLI build,
// so both embed the same catalogue. Schema validation happens in src/analyzer/catalogue.ts; this file only
// reports YAML syntax errors, naming the file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export function readRuleSources(dir) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort();
  return files.map((file) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    let data;
    try {
      data = parse(text, { prettyErrors: true });
    } catch (e) {
      const where = e.linePos?.[0] ? ` at line ${e.linePos[0].line}` : '';
      throw new Error(
        `${relative(process.cwd(), path)}: not valid YAML${where}: ${String(e.message).split('\n')[0]}`,
      );
    }
    return { file: `rules/${file}`, data };
  });
}

export const RULES_MODULE_ID = 'virtual:matchmail-rules';
/** The same rules compiled at build time for the engine (scripts/vite-rules-plugin.ts). */
export const CATALOGUE_MODULE_ID = 'virtual:matchmail-catalogue';

export function rulesModuleSource(dir) {
  return `export default ${JSON.stringify(readRuleSources(dir))};`;
}

/**
 * The esbuild plugin that serves `virtual:matchmail-rules` from `<root>/rules` (the CLI bundle, the trainer, the
 * benches and the isolated analyzer of the hardening tests all bundle the core this way; Vite has its own,
 * scripts/vite-rules-plugin.ts).
 */
export function esbuildRulesPlugin(root) {
  return {
    name: 'matchmail-rules',
    setup(b) {
      b.onResolve({ filter: /^virtual:matchmail-rules$/ }, () => ({
        path: RULES_MODULE_ID,
        namespace: 'mm-rules',
      }));
      b.onLoad({ filter: /.*/, namespace: 'mm-rules' }, () => ({
        contents: rulesModuleSource(join(root, 'rules')),
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}
