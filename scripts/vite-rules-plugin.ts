import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileCatalogue } from '../src/analyzer/catalogue';
import { RULES_MODULE_ID, readRuleSources, rulesModuleSource } from './rule-sources.mjs';

const RESOLVED = `\0${RULES_MODULE_ID}`;

/** Serves rules/*.yml as one virtual module and fails the build when a rule file is malformed. */
export function matchmailRules(root = process.cwd()): Plugin {
  const dir = resolve(root, 'rules');
  return {
    name: 'matchmail-rules',
    enforce: 'pre',
    resolveId(id) {
      return id === RULES_MODULE_ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const f of readdirSync(dir)) this.addWatchFile(join(dir, f));
      // Throws "rules/x.yml: field `severity` …" so a bad rule stops the build here.
      compileCatalogue(readRuleSources(dir));
      return rulesModuleSource(dir);
    },
  };
}
