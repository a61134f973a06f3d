/**
 * The sentence layer's features are hashed part by part without building their strings (they are on the
 * typing path); the model was trained on the hashes of the strings. Both must give the same ids, in the same
 * order, for every sentence the model was trained on and every rule example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '../../src/analyzer/sentence/features';
import { sentenceFeatures as byStrings } from './reference/sentence-features-strings';

const DIR = join(import.meta.dirname, '../../rules/sentences');
const sentences = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(join(DIR, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );

describe('sentence features', () => {
  it('are the ids of the feature strings, for every training sentence', () => {
    expect(sentences.length).toBeGreaterThan(10_000);
    const differing = sentences.filter((s) => sentenceFeatures(s).join() !== byStrings(s).join());
    expect(differing).toEqual([]);
  });

  it.each([
    '',
    'Hi!!',
    'IF YOU RANK ME FIRST, I WILL RANK YOU FIRST :)',
    'Should the program be able to offer me a spot, I would commit right away?',
    'I interviewed at Canyon Sky and Red Mesa, and Blue Ridge too.',
    'ur program is my #1 fr fr 🙏',
    'Plan B, match day, and the constructor of toString.',
  ])('are the same for %j', (s) => {
    expect(sentenceFeatures(s)).toEqual(byStrings(s));
  });
});
