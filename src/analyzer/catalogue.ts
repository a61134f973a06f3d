/**
 * Turns rule files into compiled rules. Validation errors name the file and the field, e.g.
 * `rules/hedging.yml: field "match.patterns[2]" is not a valid regular expression: …`.
 */
import * as v from 'valibot';
import { CHECKS } from './checks';
import { normalizePhrase } from './normalize';
import { compileRegex, phraseRegex } from './regex';
import { type RequiredLiterals, requiredLiterals } from './required-literals';
import { type RuleFile, RuleFileSchema } from './rule-schema';

export interface RuleSource {
  file: string;
  data: unknown;
  /** Worked out at build time for the extension (see scripts/vite-rules-plugin.ts); else computed here. */
  literals?: RequiredLiterals[];
}

export interface CompiledRule {
  id: string;
  file: string;
  spec: RuleFile;
  /** Compiled regexes of regex/phrase rules, in the order of the file. */
  patterns: RegExp[];
  /** Per pattern: literals a paragraph must contain for that pattern to be worth scanning. */
  literals: RequiredLiterals[];
  all: RegExp[];
  unless: RegExp[];
  unlessDraft: RegExp[];
  /** beforeInterviewNeeds, compiled: what a finding's sentence must name before any interview. */
  beforeInterviewNeeds: RegExp[];
  /** intent.about, compiled: topics an intent finding's sentence must name. */
  about: RegExp[];
}

export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: field "${field}" ${detail}`);
    this.name = 'RuleFileError';
  }
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  const parts: string[] = [];
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') parts.push(`[${key}]`);
    else parts.push(parts.length ? `.${String(key)}` : String(key));
  }
  return parts.join('') || '(root)';
}

function idFromFile(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}

function compileList(
  file: string,
  field: string,
  list: string[] | undefined,
  caseSensitive: boolean,
): RegExp[] {
  return (list ?? []).map((src, i) => {
    try {
      return compileRegex(src, caseSensitive);
    } catch (e) {
      throw new RuleFileError(
        file,
        `${field}[${i}]`,
        `is not a valid regular expression: ${(e as Error).message}`,
      );
    }
  });
}

export function compileRule(source: RuleSource): CompiledRule {
  const { file, data } = source;
  const parsed = v.safeParse(RuleFileSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const field = pathOf(issue);
    const got = issue.input === undefined ? 'is missing' : issue.message;
    throw new RuleFileError(file, field, issue.input === undefined ? got : `is invalid: ${got}`);
  }
  const spec = parsed.output;
  const id = idFromFile(file);
  if (spec.id !== undefined && spec.id !== id) {
    throw new RuleFileError(
      file,
      'id',
      `is "${spec.id}" but the file name says "${id}"; the id is the file name`,
    );
  }
  const m = spec.match;
  let patterns: RegExp[] = [];
  let all: RegExp[] = [];
  let unless: RegExp[] = [];
  if (m.kind === 'regex') {
    patterns = compileList(file, 'match.patterns', m.patterns, m.caseSensitive ?? false);
    all = compileList(file, 'match.all', m.all, m.caseSensitive ?? false);
    unless = compileList(file, 'match.unless', m.unless, false);
  } else if (m.kind === 'phrases') {
    patterns = [phraseRegex(m.phrases.map(normalizePhrase))];
    unless = compileList(file, 'match.unless', m.unless, false);
  }
  if ((m.kind === 'context' || m.kind === 'regex') && m.check !== undefined) {
    if (!CHECKS[m.check]) {
      throw new RuleFileError(
        file,
        'match.check',
        `names no known check "${m.check}" (known: ${Object.keys(CHECKS).join(', ')})`,
      );
    }
  }
  if (m.kind === 'pattern') {
    unless = compileList(file, 'match.unless', m.unless, false);
    if (m.prefilter) patterns = compileList(file, 'match.prefilter', [m.prefilter], false);
  }
  const literals =
    source.literals?.length === patterns.length ? source.literals : patterns.map(requiredLiterals);
  const unlessDraft = compileList(file, 'unlessDraft', spec.unlessDraft, false);
  const beforeInterviewNeeds = compileList(file, 'beforeInterviewNeeds', spec.beforeInterviewNeeds, false);
  const about = compileList(file, 'intent.about', spec.intent?.about, false);
  return {
    id,
    file,
    spec: { ...spec, id },
    patterns,
    literals,
    all,
    unless,
    unlessDraft,
    beforeInterviewNeeds,
    about,
  };
}

export function compileCatalogue(sources: RuleSource[]): CompiledRule[] {
  const seen = new Map<string, string>();
  const rules = sources.map(compileRule);
  for (const r of rules) {
    const prev = seen.get(r.id);
    if (prev) throw new RuleFileError(r.file, 'id', `duplicates the rule in ${prev}`);
    seen.set(r.id, r.file);
  }
  return rules;
}
