import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileCatalogue } from '../src/analyzer/catalogue';
import { RULES_MODULE_ID, readRuleSources, rulesModuleSource } from './rule-sources.mjs';

const RESOLVED = `\0${RULES_MODULE_ID}`;

/** Serves rules/*.yml as one virtual module and fails the build when a rule file is malformed. */
export function matchmailRules(opts: { keepExamples?: boolean; root?: string } = {}): Plugin {
  const root = opts.root ?? process.cwd();
  const dir = resolve(root, 'rules');
  return {
    name: 'matchmail-rules',
    enforce: 'pre',
    resolveId(id) {
      return id === RULES_MODULE_ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      // The rule files only: rules/sentences is a folder (the sentence model's training data), and a watched
      // folder is imported as a module by vitest.
      for (const f of readdirSync(dir)) if (/\.ya?ml$/.test(f)) this.addWatchFile(join(dir, f));
      // Throws "rules/x.yml: field `severity` …" so a bad rule stops the build here.
      const sources = readRuleSources(dir);
      const compiled = compileCatalogue(sources);
      if (opts.keepExamples !== false) return rulesModuleSource(dir);
      // The extension ships without the examples: they are for tests, and weigh more than the rules. It
      // ships each pattern's required literals instead, worked out here rather than in the page (~50 ms).
      const slim = sources.map(({ file, data }, i) => {
        const { examples: _examples, ...rest } = data as Record<string, unknown>;
        return {
          file,
          data: { ...rest, examples: { fire: ['-', '-', '-'], pass: ['-', '-', '-'] } },
          literals: compiled[i]?.literals,
        };
      });
      return `export default ${JSON.stringify(slim)};`;
    },
  };
}
