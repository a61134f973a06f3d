/**
 * The engine runs with the catalogue compiled at build time (virtual:matchmail-catalogue, made by
 * scripts/vite-rules-plugin.ts) instead of compiling rules/*.yml in the page. It must be the same catalogue:
 * the same rules in the same order, the same regexes, and the same reports on every fixture draft and rule
 * example, with the regex sources it leaves out of each rule's `match`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_MODULE_ID } from '../../scripts/rule-sources.mjs';
import { matchmailRules } from '../../scripts/vite-rules-plugin';
import { CATALOGUE, createAnalyzer } from '../../src/analyzer';
import type { CompiledRule } from '../../src/analyzer/catalogue';
import type { RuleExample } from '../../src/analyzer/rule-schema';
import type { Context } from '../../src/analyzer/types';

const REGEX_FIELDS = ['patterns', 'all', 'unless', 'unlessDraft', 'beforeInterviewNeeds', 'about'] as const;
const exampleText = (e: RuleExample): string => (typeof e === 'string' ? e : e.text);
const exampleContext = (e: RuleExample): Context =>
  typeof e === 'string' ? {} : ((e.context ?? {}) as Context);

let tmp = '';
let shipped: CompiledRule[] = [];

beforeAll(async () => {
  const plugin = matchmailRules({ keepExamples: false });
  const load = plugin.load as unknown as (this: { addWatchFile(f: string): void }, id: string) => string;
  const code = load.call({ addWatchFile: () => undefined }, `\0${CATALOGUE_MODULE_ID}`);
  tmp = mkdtempSync(join(tmpdir(), 'mm-catalogue-'));
  const file = join(tmp, 'catalogue.mjs');
  writeFileSync(file, code);
  shipped = (await import(pathToFileURL(file).href)).default as CompiledRule[];
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the catalogue compiled at build time', () => {
  it('has every rule, in order, with the same regexes and literals', () => {
    expect(shipped.map((r) => r.id)).toEqual(CATALOGUE.map((r) => r.id));
    shipped.forEach((r, i) => {
      const runtime = CATALOGUE[i] as CompiledRule;
      for (const f of REGEX_FIELDS) {
        expect(
          r[f].map((re) => `/${re.source}/${re.flags}`),
          `${r.id}.${f}`,
        ).toEqual(runtime[f].map((re) => `/${re.source}/${re.flags}`));
        expect(r[f].every((re) => re instanceof RegExp && re.lastIndex === 0)).toBe(true);
      }
      expect(r.literals, r.id).toEqual(runtime.literals);
      expect(r.spec.match.kind).toBe(runtime.spec.match.kind);
      expect({ ...r.spec, match: null, examples: null }).toEqual({
        ...runtime.spec,
        match: null,
        examples: null,
      });
    });
    // Each rule has regex objects of its own (a global regex carries lastIndex between calls).
    const all = shipped.flatMap((r) => REGEX_FIELDS.flatMap((f) => r[f]));
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives the same reports as the catalogue compiled at run time', { timeout: 60_000 }, () => {
    const engine = createAnalyzer(shipped);
    const reference = createAnalyzer(CATALOGUE);
    const texts: [string, Context][] = CATALOGUE.flatMap((r) =>
      Object.values(r.spec.examples)
        .flat()
        .map((e): [string, Context] => [exampleText(e), exampleContext(e)]),
    );
    const dir = 'tests/fixtures/drafts';
    if (existsSync(dir)) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt') || n.endsWith('.eml')))
        texts.push([readFileSync(join(dir, f), 'utf8'), {}]);
    }
    expect(texts.length).toBeGreaterThan(200);
    let findings = 0;
    for (const [text, ctx] of texts) {
      const c = { today: '2027-02-01', ...ctx };
      const got = engine.analyze(text, c);
      expect(got, text.slice(0, 80)).toEqual(reference.analyze(text, c));
      findings += got.findings.length;
    }
    expect(findings, 'the texts produce findings to compare').toBeGreaterThan(100);
  });
});
