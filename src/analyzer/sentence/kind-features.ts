/**
 * What the draft-kind model reads of a draft: the sentence layer's readings of its body (strongest anywhere,
 * strongest in the opening two sentences, average), of its subject line, whether it quotes a message, and a
 * hashed bag of the body's and subject's stemmed words and word pairs. Shared by training and inference.
 */
import { hashFeature, sentenceWords } from './features';
import { SENTENCE_LABELS } from './labels';

const L = SENTENCE_LABELS.length;
export const KIND_BUCKET_BITS = 12;
/** Dense features: 4 reading blocks, then sentence count, quoted, bias. */
export const KIND_DENSE = 4 * L + 3;

export interface KindInput {
  /** The author's body sentences, in order (no greeting, sign-off or quote). */
  body: readonly string[];
  subject: string;
  /** The draft quotes or replies to a message. */
  quoted: boolean;
}

export interface KindFeatures {
  dense: Float64Array;
  sparse: number[];
}

export function kindFeatures(input: KindInput, read: (sentence: string) => ArrayLike<number>): KindFeatures {
  const dense = new Float64Array(KIND_DENSE);
  const n = input.body.length;
  input.body.forEach((s, i) => {
    const p = read(s);
    for (let j = 0; j < L; j++) {
      const v = p[j]!;
      if (v > dense[j]!) dense[j] = v;
      if (i < 2 && v > dense[L + j]!) dense[L + j] = v;
      dense[2 * L + j]! += v / n;
    }
  });
  if (input.subject.trim()) {
    const p = read(input.subject);
    for (let j = 0; j < L; j++) dense[3 * L + j] = p[j]!;
  }
  dense[4 * L] = Math.log1p(n) / 3;
  dense[4 * L + 1] = input.quoted ? 1 : 0;
  dense[4 * L + 2] = 1;

  const mask = (1 << KIND_BUCKET_BITS) - 1;
  const sparse = new Set<number>();
  const bag = (prefix: string, text: string) => {
    const words = sentenceWords(text).filter((w) => w !== '?' && w !== '!');
    words.forEach((w, i) => {
      sparse.add(hashFeature(`${prefix}${w}`) & mask);
      const next = words[i + 1];
      if (next) sparse.add(hashFeature(`${prefix}${w} ${next}`) & mask);
    });
  };
  for (const s of input.body) bag('k|', s);
  bag('s|', input.subject);
  return { dense, sparse: [...sparse] };
}
