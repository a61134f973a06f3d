import { describe, expect, it } from 'vitest';
import { readability } from '../../../src/tone/readability';
import { syllables } from '../../../src/tone/syllables';

describe('syllables', () => {
  it('counts common words to within one syllable', () => {
    const words: Record<string, number> = {
      the: 1,
      table: 2,
      simple: 2,
      patient: 2,
      video: 3,
      wanted: 2,
      needed: 2,
      jumped: 1,
      interview: 3,
      residency: 4,
      program: 2,
      opportunity: 5,
      experience: 4,
      application: 4,
      hospital: 3,
      rotation: 3,
      family: 3,
      being: 2,
      medicine: 3,
      physician: 3,
      particularly: 5,
      enjoyed: 2,
      curriculum: 4,
      boxes: 2,
      makes: 1,
      USMLE: 5,
    };
    let exact = 0;
    for (const [w, n] of Object.entries(words)) {
      expect(Math.abs(syllables(w) - n), w).toBeLessThanOrEqual(1);
      if (syllables(w) === n) exact++;
    }
    expect(exact / Object.keys(words).length).toBeGreaterThan(0.85);
  });

  it('gives every word at least one syllable', () => {
    for (const w of ['a', 'I', 'rhythm', 'psst', 'x']) expect(syllables(w)).toBeGreaterThanOrEqual(1);
    expect(syllables('')).toBe(0);
  });
});

describe('readability', () => {
  it('grades short plain sentences low and long Latinate ones high', () => {
    const plain = readability(['I saw the team.', 'They were kind to me.', 'I had a good day.']);
    const dense = readability([
      'The multidisciplinary perioperative curriculum demonstrates institutional commitment to comprehensive, evidence-based anesthesiology education and professional development.',
    ]);
    expect(plain.gradeLevel).toBeLessThan(4);
    expect(dense.gradeLevel).toBeGreaterThan(16);
    expect(plain).toMatchObject({ sentences: 3, words: 14, averageSentenceWords: 4.7 });
  });

  it('reports zeros for no words', () => {
    expect(readability([])).toEqual({ gradeLevel: 0, averageSentenceWords: 0, sentences: 0, words: 0 });
    expect(readability(['!!!', '😀'])).toEqual({
      gradeLevel: 0,
      averageSentenceWords: 0,
      sentences: 0,
      words: 0,
    });
  });
});
