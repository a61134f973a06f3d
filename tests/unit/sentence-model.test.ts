/**
 * The sentence layer: its weights are generated from rules/sentences/ and the rules' examples (npm run
 * train) and must match them; training is deterministic; the shipped model reads plain cases right.
 */
import { describe, expect, it } from 'vitest';
import { loadSentenceData, readSentenceRecords, sentenceDataHash } from '../../scripts/sentence-data.mjs';
import { compileRule } from '../../src/analyzer/catalogue';
import { sentenceFeatures } from '../../src/analyzer/sentence/features';
import { SENTENCE_LABELS } from '../../src/analyzer/sentence/labels';
import { SentenceModel, type WeightsFile } from '../../src/analyzer/sentence/model';
import { sentenceModel } from '../../src/analyzer/sentence/shipped';
import { encode, pack, trainLinear } from '../../src/analyzer/sentence/train';
import weights from '../../src/analyzer/sentence/weights.json';

const root = new URL('../..', import.meta.url).pathname;

describe('sentence layer weights', () => {
  it('were trained from the sentences and rule examples in this checkout (else run `npm run train`)', () => {
    expect((weights as WeightsFile).dataHash).toBe(sentenceDataHash(root));
  });

  it('have one column per label, in order', () => {
    expect((weights as WeightsFile).labels).toEqual([...SENTENCE_LABELS]);
  });

  it('every training record has an author, a known part and known labels', () => {
    const parts = new Set(['subject', 'greeting', 'body', 'closing', 'signature', 'quoted']);
    const bad = readSentenceRecords(root)
      .filter(
        (r) =>
          !r.author.trim() ||
          !parts.has(r.part ?? 'body') ||
          r.labels.some((l) => !(SENTENCE_LABELS as readonly string[]).includes(l)),
      )
      .map((r) => `${r.file}:${r.line}`);
    expect(bad).toEqual([]);
  });

  it('holds at least 10,000 labeled sentences by several authors', () => {
    const data = loadSentenceData(root);
    expect(data.length).toBeGreaterThanOrEqual(10_000);
    expect(new Set(data.map((d) => d.group)).size).toBeGreaterThanOrEqual(6);
  });
});

describe('training', () => {
  it('gives the same weights from the same data', () => {
    const data = loadSentenceData(root).slice(0, 400);
    const enc = encode(data);
    const rows = data.map((_, i) => i);
    const opts = { epochs: 2, rate: 0.3, l2: 2e-5, seed: 7 };
    const meta = { dataHash: 'x', sentences: 400, authors: 1 };
    const a = pack(trainLinear(enc, rows, opts), [], meta);
    const b = pack(trainLinear(enc, rows, opts), [], meta);
    expect(a.weights).toBe(b.weights);
    expect(a.buckets).toBe(b.buckets);
  }, 60_000);

  it('averages an ensemble of models trained on different shufflings', () => {
    const data = loadSentenceData(root).slice(0, 200);
    const enc = encode(data);
    const rows = data.map((_, i) => i);
    const base = { epochs: 1, rate: 0.3, l2: 2e-5 };
    const a = trainLinear(enc, rows, { ...base, seed: 7 });
    const b = trainLinear(enc, rows, { ...base, seed: 8 });
    const mean = trainLinear(enc, rows, { ...base, seed: 7, ensemble: 2 });
    expect(a.w).not.toEqual(b.w);
    for (let k = 0; k < a.w.length; k += 97) expect(mean.w[k]).toBeCloseTo((a.w[k]! + b.w[k]!) / 2, 5);
    expect(mean.bias[0]).toBeCloseTo((a.bias[0]! + b.bias[0]!) / 2, 9);
  }, 60_000);

  it('rejects weights whose labels do not match, naming the fix', () => {
    const file = { ...(weights as WeightsFile), labels: ['asks-ranking'] };
    expect(() => new SentenceModel(file)).toThrow(/npm run train/);
  });
});

describe('the shipped model', () => {
  const model = sentenceModel();
  it.each([
    ['Could you let me know where I stand on your rank list?', 'asks-ranking'],
    ['I promise you I will rank your program first, no matter what.', 'promises-binding'],
    ['Thank you so much for taking the time to interview me on Tuesday.', 'thanks'],
    ['I also interviewed at two other programs in Ohio last month.', 'discloses-other-programs'],
  ] as const)('reads "%s" as %s', (text, label) => {
    expect(model.probability(text, label)).toBeGreaterThan(0.5);
  });

  it.each([
    ['I really enjoyed learning more about the position and the team.', 'asks-ranking'],
    ['My class rank was in the top tenth of my school.', 'asks-ranking'],
    ['I intend to rank your program first.', 'promises-binding'],
    ['Our ICU rotation taught me to hold steady under pressure.', 'requests-commitment'],
  ] as const)('does not read "%s" as %s', (text, label) => {
    expect(model.probability(text, label)).toBeLessThan(0.5);
  });

  it('reads each sentence once (cached by its text)', () => {
    const s = 'I would be grateful for any update you can share.';
    expect(model.probabilities(s)).toBe(model.probabilities(` ${s} `));
  });

  it('gives probabilities between 0 and 1 for every label, even on empty or odd text', () => {
    for (const s of [
      '',
      '???',
      'x'.repeat(5000),
      '\u200b\u200b',
      'constructor __proto__ toString hasOwnProperty',
    ]) {
      const p = model.probabilities(s);
      expect(p.length).toBe(SENTENCE_LABELS.length);
      for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
    }
  });

  it('features read chat spellings as words ("u" as "you")', () => {
    expect(sentenceFeatures('will u rank me')).toEqual(sentenceFeatures('will you rank me'));
  });
});

describe('rule intents', () => {
  const base = {
    severity: 'error',
    category: 'match-policy',
    title: 't',
    message: 'm',
    why: 'w',
    source: { title: 's', url: 'https://example.org' },
    match: { kind: 'regex', patterns: ['\\bzzz\\b'] },
    examples: { fire: ['zzz', 'zzz', 'zzz'], pass: ['a', 'b', 'c'] },
  };
  it('names the file and field when the label is unknown', () => {
    expect(() =>
      compileRule({ file: 'rules/x.yml', data: { ...base, intent: { label: 'asks-rank', min: 0.9 } } }),
    ).toThrow(/rules\/x\.yml: field "intent\.label"/);
  });
  it('refuses a warning threshold above the error threshold', () => {
    expect(() =>
      compileRule({
        file: 'rules/x.yml',
        data: { ...base, intent: { label: 'asks-ranking', min: 0.6, warnFrom: 0.8 } },
      }),
    ).toThrow(/warnFrom must be below min/);
  });
});

describe('an analyzer whose sentence layer arrives later (the extension decodes it at idle)', () => {
  it('reads patterns only until the model is ready, then the same paragraph again with it', async () => {
    const { createAnalyzer } = await import('../../src/analyzer/core');
    const { CATALOGUE } = await import('../../src/analyzer/lite');
    let ready: ReturnType<typeof sentenceModel> | null = null;
    const analyzer = createAnalyzer(CATALOGUE, { sentences: () => ready });
    // No pattern names this rank question; only the sentence layer reads it.
    const draft =
      'Dear Dr. Lee,\n\nIs my name within the group the committee expects to reach?\n\nBest,\nSam';
    const ids = () => analyzer.analyze(draft).findings.map((f) => f.ruleId);
    expect(ids()).not.toContain('ask-rank-position');
    ready = sentenceModel();
    expect(ids()).toContain('ask-rank-position');
  });
});
