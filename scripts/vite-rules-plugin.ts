import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { type CompiledRule, compileCatalogue } from '../src/analyzer/catalogue';
import { CATALOGUE_MODULE_ID, RULES_MODULE_ID, readRuleSources, rulesModuleSource } from './rule-sources.mjs';

const RESOLVED = `\0${RULES_MODULE_ID}`;
const RESOLVED_CATALOGUE = `\0${CATALOGUE_MODULE_ID}`;
/**
 * What the options page lists of each rule (id, title, summary, severity), without the patterns: importing the
 * catalogue there shipped a second copy of every rule and of the schema code (~390 kB) in the options page.
 */
export const RULE_TITLES_MODULE_ID = 'virtual:matchmail-rule-titles';
const RESOLVED_TITLES = `\0${RULE_TITLES_MODULE_ID}`;

/** The RegExp fields of a compiled rule, which JSON cannot carry. */
const REGEX_FIELDS = ['patterns', 'all', 'unless', 'unlessDraft', 'beforeInterviewNeeds', 'about'] as const;

/**
 * The catalogue as the engine uses it, compiled here at build time: the rules' data as one string for
 * JSON.parse (which V8 scans far faster than an object literal of the same size), each regex as a regex
 * literal the data points to by index. The page then no longer validates every rule against the schema
 * (valibot) nor expands the regex macros when a compose opens (~⅓ of the engine's start-up), and the schema
 * code is not shipped to it.
 */
export function compiledCatalogueSource(compiled: readonly CompiledRule[]): string {
  const regexes: string[] = [];
  const plain = compiled.map((r) => {
    const out: Record<string, unknown> = {
      ...r,
      spec: { ...r.spec, match: withoutRegexSources(r.spec.match) },
    };
    for (const f of REGEX_FIELDS) {
      out[f] = r[f].map((re) => {
        // `source` is always valid as the body of a literal (slashes and line breaks escaped).
        regexes.push(`/${re.source}/${re.flags}`);
        return regexes.length - 1;
      });
    }
    return out;
  });
  return [
    `const regexes = [\n${regexes.join(',\n')}\n];`,
    `const fields = ${JSON.stringify(REGEX_FIELDS)};`,
    `export default JSON.parse(${JSON.stringify(JSON.stringify(plain))}).map((r) => {`,
    `  for (const f of fields) r[f] = r[f].map((i) => regexes[i]);`,
    `  return r;`,
    `});`,
  ].join('\n');
}

/**
 * The rule's match without the regex sources the compiled fields already carry (the analyzer reads only the
 * compiled regexes; tests/unit/compiled-catalogue.test.ts checks that reports are unchanged). A pattern
 * rule keeps its compromise patterns, which are not regexes.
 */
function withoutRegexSources(match: CompiledRule['spec']['match']): CompiledRule['spec']['match'] {
  if (match.kind === 'regex') return { ...match, patterns: [], all: undefined, unless: undefined };
  if (match.kind === 'phrases') return { ...match, phrases: [], unless: undefined };
  if (match.kind === 'pattern') return { ...match, unless: undefined, prefilter: undefined };
  return match;
}

/**
 * Serves rules/*.yml as one virtual module and fails the build when a rule file is malformed; and the
 * same catalogue compiled (virtual:matchmail-catalogue) for the engine.
 */
export function matchmailRules(opts: { keepExamples?: boolean; root?: string } = {}): Plugin {
  const root = opts.root ?? process.cwd();
  const dir = resolve(root, 'rules');
  return {
    name: 'matchmail-rules',
    enforce: 'pre',
    resolveId(id) {
      if (id === RULES_MODULE_ID) return RESOLVED;
      if (id === RULE_TITLES_MODULE_ID) return RESOLVED_TITLES;
      return id === CATALOGUE_MODULE_ID ? RESOLVED_CATALOGUE : undefined;
    },
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_CATALOGUE && id !== RESOLVED_TITLES) return undefined;
      // The rule files only: rules/sentences is a folder (the sentence model's training data), and a watched
      // folder is imported as a module by vitest.
      for (const f of readdirSync(dir)) if (/\.ya?ml$/.test(f)) this.addWatchFile(join(dir, f));
      // Throws "rules/x.yml: field `severity` …" so a bad rule stops the build here.
      const sources = readRuleSources(dir);
      const compiled = compileCatalogue(sources);
      if (id === RESOLVED_TITLES) {
        const titles = compiled.map((r) => ({
          id: r.id,
          title: r.spec.title,
          summary: r.spec.summary ?? '',
          severity: r.spec.severity,
        }));
        return `export default ${JSON.stringify(titles)};`;
      }
      if (opts.keepExamples !== false) {
        return id === RESOLVED ? rulesModuleSource(dir) : compiledCatalogueSource(compiled);
      }
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
      if (id === RESOLVED) return `export default ${JSON.stringify(slim)};`;
      return compiledCatalogueSource(compileCatalogue(slim));
    },
  };
}
