/**
 * The length and all-caps metrics run on every keystroke, so they read cached per-paragraph counts and
 * per-paragraph results (src/analyzer/metrics.ts). These tests hold them to the plain reading: every word
 * counted by the WORD pattern, the mark from the first word past the limit to the last word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/analyzer';
import { runMetric } from '../../src/analyzer/metrics';
import { buildTextModel } from '../../src/analyzer/text-model';
import type { DraftKind } from '../../src/analyzer/types';

const rule = (id: string) => {
  const r = CATALOGUE.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};

/** The draft-words metric read word by word over every paragraph (what the cached version must equal). */
function plainDraftWords(text: string, max: number) {
  const model = buildTextModel(text);
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  let count = 0;
  let from = -1;
  let lastEnd = 0;
  for (const p of model.paragraphs) {
    if (p.role === 'signoff') continue;
    for (const m of p.text.matchAll(WORD)) {
      if (count === max) from = p.start + m.index;
      count++;
      lastEnd = p.start + m.index + m[0].length;
    }
  }
  if (count <= max || from < 0) return [];
  return [{ start: from, end: lastEnd, vars: { count: String(count), max: String(max) } }];
}

describe('the draft length metric', () => {
  const tooLong = rule('too-long');
  const spec = tooLong.spec.match as { max: number; maxByKind?: Partial<Record<DraftKind, number>> };
  const kind: DraftKind = 'other';
  const max = spec.maxByKind?.[kind] ?? spec.max;

  it('marks from the first word past the limit to the last word, as a word-by-word count does', () => {
    const word = fc.constantFrom('rank', "don't", 'co-op', 'Zürich', '2027', '—', '😀', 'x', "l'", '-');
    const sep = fc.constantFrom(' ', '\n', '\n\n', ', ', '. ', '!\n\n', '  ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, sep), { minLength: max - 20, maxLength: 2 * max + 40 }),
        (parts) => {
          const text = `Dear Dr. Lee,\n\n${parts.map(([w, s]) => w + s).join('')}\n\nBest,\nAna`;
          expect(runMetric(tooLong, buildTextModel(text), kind)).toEqual(plainDraftWords(text, max));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports nothing under the limit and counts a draft exactly at it as within', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    expect(runMetric(tooLong, buildTextModel(words(max)), kind)).toEqual([]);
    const over = words(max + 3);
    const [hit] = runMetric(tooLong, buildTextModel(over), kind);
    expect(over.slice(hit?.start, hit?.end)).toBe(`word${max} word${max + 1} word${max + 2}`);
  });
});

describe('the all-caps metric', () => {
  it('finds the same shouting when a paragraph is read again from its cache', () => {
    const caps = rule('all-caps');
    const text =
      'Dear Dr. Lee,\n\nI am VERY EXCITED and HONESTLY THRILLED about the ICU rotation.\n\nBest,\nAna';
    const first = runMetric(caps, buildTextModel(text), 'other');
    const again = runMetric(caps, buildTextModel(`\n${text}`), 'other');
    expect(again.map((h) => ({ start: h.start - 1, end: h.end - 1 }))).toEqual(first);
  });
});
