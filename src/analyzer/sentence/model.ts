/**
 * The sentence layer's reader: calibrated probabilities, one per label, for what a sentence does. A linear
 * model over the hashed features of ./features.ts, trained by `npm run train` (scripts/train.mjs) from the
 * labeled sentences in rules/sentences/; its weights are generated data (./weights.json) that carry the hash
 * of the sentences they came from, and a test fails when they are stale. Readings are cached by sentence
 * text, so after an edit only the edited sentence is read again.
 *
 * This module does not import the weights: they are 2.5 MB, and the extension's engine must not carry them
 * (they arrive in a script of their own at idle, entrypoints/weights.ts). Node entries import ./shipped,
 * which provides them.
 */
import { sentenceFeatures } from './features';
import type { KindWeightsFile } from './kind-model';
import { LABEL_INDEX, SENTENCE_LABELS, type SentenceLabel } from './labels';

export interface WeightsFile {
  format: 1;
  labels: string[];
  hashBits: number;
  dataHash: string;
  trainedOn: { sentences: number; authors: number };
  bias: number[];
  /** Platt scaling per label: p = sigmoid(a·z + b), fitted on predictions for authors left out of training. */
  platt: [number, number][];
  /** Per-label factor turning the int8 weights back into floats. */
  scale: number[];
  /** Feature ids with a weight, ascending, as base64 of a Uint32Array. */
  buckets: string;
  /** int8 weights, one row per bucket, one column per label, as base64. */
  weights: string;
  /** The draft-kind model read from these sentences' readings (./kind-model.ts). */
  kind?: KindWeightsFile;
}

export type Reading = Readonly<Record<SentenceLabel, number>>;

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export class SentenceModel {
  /**
   * Row of each feature id's weights, -1 for none: a flat table over the whole hashed feature space (2^16
   * ids, 256 kB), read once per feature of every sentence read — a Map lookup there was the largest single
   * cost of a cold analysis.
   */
  private readonly rows: Int32Array;
  private readonly w: Int8Array;
  private readonly cache = new Map<string, Float32Array>();
  readonly labelCount: number;

  constructor(private readonly file: WeightsFile) {
    if (file.format !== 1) throw new Error(`sentence model: unknown weights format ${String(file.format)}`);
    const missing = SENTENCE_LABELS.filter((l, i) => file.labels[i] !== l);
    if (missing.length)
      throw new Error(
        `sentence model: weights do not match labels (${missing.join(', ')}); run npm run train`,
      );
    this.labelCount = file.labels.length;
    if (!(file.hashBits > 0 && file.hashBits <= 24))
      throw new Error(`sentence model: hashBits ${String(file.hashBits)} is out of range (1–24)`);
    this.rows = new Int32Array(1 << file.hashBits).fill(-1);
    const b = fromBase64(file.buckets);
    const ids = new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4);
    for (let row = 0; row < ids.length; row++) {
      const id = ids[row]!;
      if (id >= this.rows.length)
        throw new Error(`sentence model: feature id ${id} is outside its ${file.hashBits}-bit space`);
      this.rows[id] = row;
    }
    const w = fromBase64(file.weights);
    this.w = new Int8Array(w.buffer, w.byteOffset, w.byteLength);
  }

  /** Raw scores (before calibration) for a list of feature ids. */
  private scores(features: readonly number[]): Float64Array {
    const L = this.labelCount;
    const z = new Float64Array(L);
    const rows = this.rows;
    for (const f of features) {
      const row = f < rows.length ? rows[f]! : -1;
      if (row < 0) continue;
      const base = row * L;
      for (let j = 0; j < L; j++) z[j]! += this.w[base + j]!;
    }
    for (let j = 0; j < L; j++) z[j] = z[j]! * this.file.scale[j]! + this.file.bias[j]!;
    return z;
  }

  /** Probabilities per label, in SENTENCE_LABELS order. */
  probabilities(sentence: string): Float32Array {
    const key = sentence.trim();
    let p = this.cache.get(key);
    if (!p) {
      const z = this.scores(sentenceFeatures(key));
      p = new Float32Array(this.labelCount);
      for (let j = 0; j < this.labelCount; j++) {
        const [a, b] = this.file.platt[j] ?? [1, 0];
        p[j] = 1 / (1 + Math.exp(-(a * z[j]! + b)));
      }
      if (this.cache.size >= 8000) this.cache.clear();
      this.cache.set(key, p);
    }
    return p;
  }

  probability(sentence: string, label: SentenceLabel): number {
    return this.probabilities(sentence)[LABEL_INDEX[label]]!;
  }

  read(sentence: string): Reading {
    const p = this.probabilities(sentence);
    return Object.fromEntries(SENTENCE_LABELS.map((l, i) => [l, p[i]!])) as Record<SentenceLabel, number>;
  }

  get dataHash(): string {
    return this.file.dataHash;
  }

  get kindWeights(): KindWeightsFile | undefined {
    return this.file.kind;
  }

  clearCache(): void {
    this.cache.clear();
  }
}

let shippedFile: WeightsFile | null = null;
let shipped: SentenceModel | null = null;

/** Hands over the shipped weights (./shipped in Node, the injected weights script in the extension). */
export function provideShippedWeights(file: WeightsFile): void {
  shippedFile ??= file;
}

/** The shipped model if it has been decoded already, else null (never decodes: for the keystroke path). */
export function decodedSentenceModel(): SentenceModel | null {
  return shipped;
}

/** The shipped model, decoded on first use (a few milliseconds), or null while its weights are not here. */
export function availableSentenceModel(): SentenceModel | null {
  if (!shipped && shippedFile) shipped = new SentenceModel(shippedFile);
  return shipped;
}

/** The model trained from rules/sentences/; its weights must have been provided (import ./shipped). */
export function sentenceModel(): SentenceModel {
  const model = availableSentenceModel();
  if (!model)
    throw new Error(
      'sentence model: the weights are not loaded (Node: import src/analyzer/sentence/shipped; the extension injects weights.js)',
    );
  return model;
}
