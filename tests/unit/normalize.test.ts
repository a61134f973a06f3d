/**
 * normalize(): the matching text and its map back to the draft. Checked on generated text mixing curly
 * quotes, odd spaces, zero-width characters and contractions (short texts and long ones, which are cached):
 * every character that was not part of an expanded contraction maps back to the character it came from.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { normalize, toOriginalSpan } from '../../src/analyzer/normalize';

const STRAIGHT: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2013': '-',
  '\u2014': '-',
};
const piece = fc.constantFrom(
  'a',
  'word',
  ' ',
  '\n',
  'I\u2019ll',
  "won't",
  "it's",
  "John's",
  'programme',
  "Programme's",
  'programmes',
  'Cannot',
  'cannot',
  'do\u200bn\u2019t',
  '\u200b',
  '\u200d',
  '\u00ad',
  '\ufeff',
  '\u201cquoted\u201d',
  '\u00a0',
  '\u2014',
  '😀',
);

function check(s: string) {
  const n = normalize(s);
  const map = n.toOriginal ?? [...Array(n.text.length + 1).keys()];
  expect(map).toHaveLength(n.text.length + 1);
  expect(map[n.text.length]).toBe(s.length);
  expect(n.text).not.toMatch(/[\u200b-\u200d\u2060\ufeff\u00ad\u2018\u2019\u201c\u201d\u00a0\u2014]/);
  for (let i = 0; i < n.text.length; i++) {
    const from = s[map[i] as number] as string;
    // Characters inside an expanded contraction map onto the contraction; all others onto themselves.
    if (n.text[i] !== (STRAIGHT[from] ?? from)) expect(/[A-Za-z' ]/.test(n.text[i] as string)).toBe(true);
  }
  const span = toOriginalSpan(n, 0, n.text.length);
  expect(span.end).toBeLessThanOrEqual(s.length);
}

test('short texts: every character maps back to where it came from', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 80 }), (a) => check(a.join(''))),
    { numRuns: 2000 },
  );
});

test('long texts (cached) map the same as the first time', () => {
  const long = `${'Dear Dr. Lin, I\u2019ll be\u200b there. '.repeat(200)}won't`;
  const first = normalize(long);
  check(long);
  expect(normalize(long)).toEqual(first);
  expect(first.text).toContain('I will be there.');
  expect(first.text.endsWith('will not')).toBe(true);
});

test.each([
  {
    what: '"cannot" reads as "can not", like "can\'t"',
    t: 'I cannot go through another cycle. Cannot wait. Cannoted',
    expected: 'I can not go through another cycle. Can not wait. Cannoted',
    phrase: 'can not go',
    span: 'can not',
    original: 'cannot',
  },
  {
    what: 'the British "programme" reads as "program"',
    t: "The Programme's residents and our programmes; I'll rank the programme first. programmer",
    expected: "The Program's residents and our programs; I will rank the program first. programmer",
    phrase: 'the program first',
    span: 'the program',
    original: 'the programme',
  },
])('$what, and maps back onto the whole word', ({ t, expected, phrase, span, original }) => {
  const n = normalize(t);
  expect(n.text).toBe(expected);
  const i = n.text.indexOf(phrase);
  const back = toOriginalSpan(n, i, i + span.length);
  expect(t.slice(back.start, back.end)).toBe(original);
  check(t);
});
