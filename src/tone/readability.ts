/** Flesch–Kincaid grade level and sentence length over the body sentences (greeting and sign-off are fragments). */
import { tokenSyllables } from './syllables';
import type { Readability } from './types';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

const round1 = (x: number) => Math.round(x * 10) / 10;

export function readability(sentences: readonly string[]): Readability {
  let words = 0;
  let syl = 0;
  let counted = 0;
  for (const s of sentences) {
    const tokens = s.match(WORD);
    if (!tokens) continue;
    counted++;
    words += tokens.length;
    for (const t of tokens) {
      // "first-year" is two words to the ear, one to the word count.
      for (const part of t.replace(/['’]/g, '').split('-')) if (part) syl += tokenSyllables(part);
    }
  }
  if (words === 0) return { gradeLevel: 0, averageSentenceWords: 0, sentences: 0, words: 0 };
  const grade = 0.39 * (words / counted) + 11.8 * (syl / words) - 15.59;
  return {
    gradeLevel: round1(Math.max(0, grade)),
    averageSentenceWords: round1(words / counted),
    sentences: counted,
    words,
  };
}
