/**
 * Where one sentence ends and the next begins decides what the sentence layer reads: a rank question joined to a
 * thank-you reads as thanks. Writers on phones start sentences with small letters; abbreviations, initials,
 * numbers and notes inside brackets do not end one.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/analyzer/text-model';

const split = (text: string) => splitSentences(text, 0).map((s) => s.text);

describe('splitting a paragraph into sentences', () => {
  it.each([
    [
      'thank you for replying, it means a lot. just between us, would it be crazy to hope?',
      ['thank you for replying, it means a lot.', 'just between us, would it be crazy to hope?'],
    ],
    ['Totally understand!! thank you for replying.', ['Totally understand!!', 'thank you for replying.']],
    ['is it too late? i can come any day', ['is it too late?', 'i can come any day']],
    ['Thank you. I enjoyed the day.', ['Thank you.', 'I enjoyed the day.']],
  ])('%j ends where a sentence ends', (text, want) => {
    expect(split(text)).toEqual(want);
  });

  it.each([
    'I met Dr. smith and the residents at the social.',
    'Our study (Lee et al. reported the first cohort) was accepted.',
    'I scored in the 70th percentile, approx. the program average.',
    'I met J. smith on the tour.',
    'It was 3.5 times the volume.',
    'Your program stands out for [specific feature - regional? peds? check website] and teaching.',
    'The call schedule (is it q4? or night float?) came up twice.',
    'We met at 7 a.m. before rounds.',
  ])('%j stays one sentence', (text) => {
    expect(split(text)).toEqual([text]);
  });

  it('looks for an open bracket only in the last 200 characters, so a pasted wall stays linear', () => {
    const long = `[note ${'x'.repeat(300)} ok. next one`;
    expect(split(long)).toEqual([`[note ${'x'.repeat(300)} ok.`, 'next one']);
    // 12,500 "ab. cd." pairs after one open bracket: every period is looked at once, over a bounded window.
    expect(split(`[${'ab. cd. '.repeat(12_500)}`).length).toBe(24_950);
  });
});
