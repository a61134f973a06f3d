/**
 * The literal prefilter (src/analyzer/required-literals.ts) may only skip a paragraph no pattern could
 * match: a wrong literal silently hides a finding. Checked on hand-written sources, on every rule pattern
 * against every example and draft we have, on generated text, and end to end: the analyzer reports exactly
 * the same with and without it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES_MODULE_ID } from '../../scripts/rule-sources.mjs';
import { matchmailRules } from '../../scripts/vite-rules-plugin';
import { CATALOGUE, createAnalyzer } from '../../src/analyzer';
import type { CompiledRule } from '../../src/analyzer/catalogue';
import { normalize } from '../../src/analyzer/normalize';
import {
  LiteralIndex,
  lowerForLiterals,
  mayMatch,
  requiredLiterals,
} from '../../src/analyzer/required-literals';
import type { RuleExample } from '../../src/analyzer/rule-schema';
import { readDraft } from '../../src/cli/read-input';
import { sharedPath } from '../shared-folder';

const sorted = (sets: string[][]) =>
  sets.map((s) => [...s].sort()).sort((a, b) => a.join().localeCompare(b.join()));
const lits = (src: string, flags = 'gi') => sorted(requiredLiterals(new RegExp(src, flags)));

describe('reading a pattern', () => {
  it.each([
    ['dear\\s+sir', [['dear'], ['sir']]],
    ['(?:foo|bar)baz', [['barbaz', 'foobaz']]],
    ['colou?r', [['color', 'colour']]],
    ['(?:abc|)def', [['def']]],
    ['(?=xyz)abc', [['abc']]],
    ['(?<!not\\s)rank', [['rank']]],
    ['(?<who>you|the\\s+program)\\s+rank', [['program', 'you'], ['rank']]],
    ['\\d+\\s+years', [['years']]],
    ["[’']s\\s+fine", [['fine']]],
    ['(?:ab){2}cdef', [['cdef']]],
    ['(?:high|highly)\\s+ranked', [['high'], ['ranked']]],
    ['signal(?:ed|led)?', [['signal']]],
    ['\\[program\\s+name\\]', [['[program'], ['name]']]],
    ['d\\.o\\.b', [['d.o.b']]],
  ])('/%s/ needs %j', (src, expected) => {
    expect(lits(src)).toEqual(sorted(expected));
  });

  it.each([
    'a|bcd', // one branch has nothing long enough
    '(?:wonderful)?day',
    'x*',
    '[a-z]+ing',
    '\\w{3,}',
    '.+',
    '(a)\\1',
    'un(?:',
  ])('/%s/ says nothing it cannot be sure of', (src) => {
    let re: RegExp;
    try {
      re = new RegExp(src, 'gi');
    } catch {
      re = { source: src, flags: 'gi' } as RegExp;
    }
    for (const set of requiredLiterals(re)) for (const s of set) expect(s.length).toBeGreaterThanOrEqual(3);
    if (src === 'a|bcd' || src === '.+' || src === 'x*' || src === 'un(')
      expect(requiredLiterals(re)).toEqual([]);
  });

  it('keeps only ASCII literals, in lower case', () => {
    expect(lits('Straße\\s+RANK')).toEqual([['rank']]);
  });

  it('finds literals case-insensitive Unicode matching folds onto ASCII', () => {
    const re = /stay/giu;
    const text = 'I will \u017Ftay';
    expect(re.test(text)).toBe(true);
    expect(mayMatch(requiredLiterals(re), lowerForLiterals(text))).toBe(true);
    const kelvin = /kind/giu;
    expect(mayMatch(requiredLiterals(kelvin), lowerForLiterals('\u212Aind regards'))).toBe(true);
  });
});

const patterns = CATALOGUE.flatMap((rule) =>
  rule.patterns.map((re, i) => ({ id: `${rule.id}[${i}]`, re, literals: rule.literals[i] ?? [] })),
);

const exampleText = (e: RuleExample): string => (typeof e === 'string' ? e : e.text);

function assertSound(text: string, where: string) {
  const norm = normalize(text).text;
  const lower = lowerForLiterals(norm);
  for (const p of patterns) {
    p.re.lastIndex = 0;
    if (p.re.test(norm) && !mayMatch(p.literals, lower)) {
      throw new Error(
        `${p.id} matches ${where} but its literals ${JSON.stringify(p.literals)} say it cannot`,
      );
    }
  }
}

const SHARED_CORPUS = sharedPath(
  'corpus',
  'prefilter soundness on the shared corpus drafts (tests/unit/required-literals.test.ts)',
);

async function drafts(): Promise<{ name: string; body: string }[]> {
  const dirs = [
    'tests/fixtures/drafts',
    'tests/fixtures/holdout',
    'tests/fixtures/holdout2',
    SHARED_CORPUS,
  ].filter((d): d is string => !!d && existsSync(d));
  const out: { name: string; body: string }[] = [];
  for (const dir of dirs)
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.eml')))
      out.push({ name: join(dir, f), body: (await readDraft(join(dir, f))).body });
  return out;
}

describe('every rule pattern', () => {
  it('has literals on most patterns (else the prefilter does nothing)', () => {
    const without = patterns.filter((p) => p.literals.length === 0).length;
    expect(without / patterns.length).toBeLessThan(0.25);
  });

  it('never rules out a text it matches: rule examples', () => {
    for (const rule of CATALOGUE)
      for (const [side, list] of Object.entries(rule.spec.examples))
        for (const ex of list)
          assertSound(exampleText(ex), `${rule.id} example (${side}) "${exampleText(ex)}"`);
  });

  it('never rules out a text it matches: labeled drafts', async () => {
    const all = await drafts();
    expect(all.length).toBeGreaterThan(50);
    for (const d of all) assertSound(d.body, d.name);
  });

  it('never rules out a text it matches: generated text', () => {
    // Words the literals and examples are made of, mixed with noise, odd case and punctuation.
    const vocab = [
      ...new Set(
        CATALOGUE.flatMap((r) => [
          ...r.literals.flat(2),
          ...Object.values(r.spec.examples)
            .flat()
            .flatMap((t) => exampleText(t).split(/\s+/)),
        ]),
      ),
    ];
    const word = fc.oneof(
      fc.constantFrom(...vocab),
      fc.constantFrom(...vocab).map((w) => w.toUpperCase()),
      fc.string({ maxLength: 6 }),
    );
    const sep = fc.constantFrom(' ', '  ', ', ', '. ', '\n', '-', "'", '’', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 30 }), (parts) => {
        assertSound(parts.map(([w, s]) => w + s).join(''), 'generated text');
      }),
      { numRuns: 2000 },
    );
  });

  it('never rules out a text it matches: examples that fire, re-cased and re-spaced', () => {
    const fire = CATALOGUE.flatMap((r) => r.spec.examples.fire.map(exampleText));
    fc.assert(
      fc.property(
        fc.constantFrom(...fire),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }),
        fc.constantFrom(' ', '  ', '\n', '\u00a0', ' \u200b'),
        (text, flips, space) => {
          const recased = [...text]
            .map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase()))
            .join('');
          assertSound(recased.replace(/ /g, space), 'a re-cased example');
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('the literal index (one pass over a paragraph for every literal)', () => {
  const found = (index: LiteralIndex, text: string) => [...index.foundIn(text)].sort();
  const brute = (literals: string[], text: string) =>
    [...new Set(literals.filter((l) => text.includes(l)))].sort();

  it('finds exactly the literals a text contains: overlapping, repeated, at both ends, short and non-ASCII', () => {
    const literals = ['rank', 'ranked', 'ran', 'ank', 'nk', 'é', 'café', 'where', 'here', '[program'];
    const index = new LiteralIndex(literals);
    for (const text of ['ranked here', 'rank', 'nk', 'a café where', '[program name]', 'ra nk', '', 'an']) {
      expect(found(index, text), text).toEqual(brute(literals, text));
    }
  });

  it("finds exactly what includes() finds for the catalogue's literals, on generated text", () => {
    const literals = CATALOGUE.flatMap((r) => r.literals.flat(2));
    const index = new LiteralIndex(literals);
    const piece = fc.oneof(
      fc.constantFrom(...literals),
      fc.string({ maxLength: 4 }),
      fc.constantFrom(' ', 'ü', '\u00e9', '’', '\u200b', '😀'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const text = lowerForLiterals(parts.join(''));
        expect(found(index, text)).toEqual(brute(literals, text));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('the analyzer', () => {
  // Two full analyses of every draft and rule example (over a thousand texts): seconds, more on a loaded machine.
  it('reports exactly the same with and without the prefilter', { timeout: 60_000 }, async () => {
    const plain: CompiledRule[] = CATALOGUE.map((r) => ({ ...r, literals: r.literals.map(() => []) }));
    const fast = createAnalyzer(CATALOGUE);
    const slow = createAnalyzer(plain);
    const texts = [
      ...(await drafts()).map((d) => d.body),
      ...CATALOGUE.flatMap((r) => Object.values(r.spec.examples).flat().map(exampleText)),
    ];
    for (const text of texts) {
      const ctx = { today: '2027-02-01' };
      expect(fast.analyze(text, ctx).findings).toEqual(slow.analyze(text, ctx).findings);
    }
  });

  it('ships the same literals in the extension build as it computes at run time', async () => {
    const plugin = matchmailRules({ keepExamples: false });
    const load = plugin.load as unknown as (this: { addWatchFile(f: string): void }, id: string) => string;
    const code = load.call({ addWatchFile: () => undefined }, `\0${RULES_MODULE_ID}`);
    const shipped = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as {
      file: string;
      literals: string[][][];
    }[];
    expect(shipped).toHaveLength(CATALOGUE.length);
    for (const s of shipped) {
      const rule = CATALOGUE.find((r) => r.file === s.file);
      expect(s.literals, s.file).toEqual(rule?.literals);
    }
  });
});
