import { describe, expect, it } from 'vitest';
import { TONE_LABELS, type ToneLabel, type ToneReport } from '../../../src/tone/types';
import { strength, toneAdvice, toneSummary } from '../../../src/ui/tone-words';

/** A report with the given scores (others 0) — the shape the panel renders. */
function report(
  scores: Partial<Record<ToneLabel, number>>,
  dominant: ToneLabel[],
  suggestions: string[],
): ToneReport {
  return {
    labels: TONE_LABELS.map((label) => ({ label, score: scores[label] ?? 0, sentences: [] })),
    dominant,
    readability: { gradeLevel: 10, averageSentenceWords: 14, sentences: 5, words: 80 },
    length: { words: 80, budget: 200, over: false },
    suggestions,
  };
}

describe('the tone verdict agrees with its bars and the panel (T1)', () => {
  const review = report(
    { professional: 0.37, warm: 0.71, hedging: 0.36, apologetic: 0.36, emotional: 0.46, casual: 0.3 },
    ['warm'],
    ['No tone changes needed: it reads as warm. Check names and dates once more before sending.'],
  );

  it('the review\'s draft (hedging 36, apologetic 36) is not "no changes needed": the risks are named', () => {
    const s = toneSummary(review, []);
    expect(s.verdict).not.toContain('No tone changes needed');
    expect(s.verdict).toMatch(/^Reads as warm, but /);
    for (const risk of ['hedging', 'apologetic', 'emotional', 'casual']) expect(s.verdict).toContain(risk);
    expect(s.verdict).toContain('a little hedging');
    // The engine's "all fine" line goes; advice is never empty when the verdict points below.
    expect(toneAdvice(review, s)).not.toContain(review.suggestions[0]);
    expect(toneAdvice(review, s).length).toBeGreaterThan(0);
  });

  it('a hedging finding in the panel is named even when the hedging bar is low', () => {
    const calm = report({ professional: 0.6, warm: 0.5, hedging: 0.1 }, ['professional', 'warm'], []);
    expect(toneSummary(calm, []).verdict).toBe('Reads as professional and warm. No tone changes needed.');
    expect(toneSummary(calm, ['hedging']).verdict).toBe(
      'Reads as professional and warm, but hedging in places: see below.',
    );
    expect(toneSummary(calm, ['hedging']).risks).toEqual(['hedging']);
  });

  it('scores have words (T2), and the legend says what the highlights show (T3)', () => {
    expect([0.05, 0.2, 0.36, 0.6, 0.9].map(strength)).toEqual([
      'hardly',
      'slightly',
      'a little',
      'clearly',
      'strongly',
    ]);
    expect(toneSummary(review, []).legend).toBe(
      'Highlighted in your draft: the sentences that make it read warm.',
    );
    expect(toneSummary(report({ professional: 0.8 }, ['professional'], []), []).legend).toBeNull();
  });
});
