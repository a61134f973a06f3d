import { describe, expect, it } from 'vitest';
import { CATALOGUE, createAnalyzer } from '../../src/analyzer';
import { warmUp } from '../../src/analyzer/warm-up';

const texts = CATALOGUE.flatMap((r) => r.spec.examples.fire.map((e) => (typeof e === 'string' ? e : e.text)));
const ctx = { today: '2027-01-20' };

describe('warming the analyzer up', () => {
  it('runs in small steps and changes nothing the analyzer reports', () => {
    const cold = createAnalyzer(CATALOGUE);
    const before = texts.map((t) => cold.analyze(t, ctx).findings);
    let steps = 0;
    for (const _ of warmUp(CATALOGUE)) steps++;
    // One step per rule, then one per sample draft: each small enough for an idle slice.
    expect(steps).toBeGreaterThan(CATALOGUE.length);
    const warm = createAnalyzer(CATALOGUE);
    expect(texts.map((t) => warm.analyze(t, ctx).findings)).toEqual(before);
    expect(before.flat().length).toBeGreaterThan(texts.length / 2);
  });
});
