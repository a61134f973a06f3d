/**
 * Training for the sentence layer (run by `npm run train`, never shipped): one-vs-rest logistic regression
 * over hashed features, fitted with AdaGrad in a seeded order (the same data gives the same weights, byte for
 * byte), Platt scaling fitted on predictions for authors the model did not see, then pruned and quantised to
 * int8 so the shipped file stays small. Records may be partly labeled: a rule example says only whether its
 * own label applies, and the other labels learn nothing from it.
 */
import { HASH_BITS, sentenceFeatures } from './features';
import { KIND_BUCKET_BITS, KIND_DENSE, type KindFeatures } from './kind-features';
import { type KindWeightsFile, kindScores, softmaxInPlace } from './kind-model';
import { SENTENCE_LABELS } from './labels';
import type { WeightsFile } from './model';

export interface LabeledSentence {
  author: string;
  /** Authors are grouped for splits (all personas of one writer stay on one side). */
  group: string;
  text: string;
  labels: string[];
  /** When set, only these labels are supervised by this record. */
  only?: string[];
  /** When set, these labels are not supervised by this record. */
  except?: string[];
  weight?: number;
}

export interface Encoded {
  features: Int32Array[];
  /** Bit j set: label j applies. */
  y: Uint32Array;
  /** Bit j set: label j is supervised by this record. */
  mask: Uint32Array;
  weight: Float32Array;
}

const L = SENTENCE_LABELS.length;
const ALL = L >= 32 ? 0xffffffff : (1 << L) - 1;

export function encode(data: readonly LabeledSentence[]): Encoded {
  const features: Int32Array[] = [];
  const y = new Uint32Array(data.length);
  const mask = new Uint32Array(data.length);
  const weight = new Float32Array(data.length);
  data.forEach((d, i) => {
    features.push(Int32Array.from(sentenceFeatures(d.text)));
    for (const l of d.labels) {
      const j = (SENTENCE_LABELS as readonly string[]).indexOf(l);
      if (j >= 0) y[i]! |= 1 << j;
    }
    if (d.only) {
      for (const l of d.only) {
        const j = (SENTENCE_LABELS as readonly string[]).indexOf(l);
        if (j >= 0) mask[i]! |= 1 << j;
      }
    } else mask[i] = ALL;
    for (const l of d.except ?? []) {
      const j = (SENTENCE_LABELS as readonly string[]).indexOf(l);
      if (j >= 0) mask[i]! &= ~(1 << j);
    }
    weight[i] = d.weight ?? 1;
  });
  return { features, y, mask, weight };
}

/** mulberry32: a small seeded generator, so training order is the same on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /**
   * How many models, each trained on its own shuffling (seed, seed + 1, …), are averaged into the one returned.
   * One model's weights depend on the order it saw the data in: two seeds disagree on 6–8 rule-label decisions
   * per 100 sentences of 15 words or more, so a retrain for one new example moved whole sets by 3–4 points.
   * The mean of three halves that (docs/accuracy.md), at three times the training time.
   */
  ensemble?: number;
}

export const DEFAULT_TRAINING: TrainOptions = {
  epochs: 10,
  rate: 0.3,
  l2: 2e-5,
  seed: 20261206,
  ensemble: 3,
};

export interface LinearModel {
  /** Dense weights [bucket * L + label]. */
  w: Float32Array;
  bias: Float64Array;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function trainLinear(
  data: Encoded,
  rows: readonly number[],
  opt: TrainOptions = DEFAULT_TRAINING,
): LinearModel {
  const n = Math.max(1, Math.floor(opt.ensemble ?? 1));
  if (n === 1) return trainOne(data, rows, opt);
  const models = Array.from({ length: n }, (_, k) => trainOne(data, rows, { ...opt, seed: opt.seed + k }));
  const w = new Float32Array(models[0]!.w.length);
  const bias = new Float64Array(L);
  for (const m of models) {
    for (let k = 0; k < w.length; k++) w[k]! += m.w[k]! / n;
    for (let j = 0; j < L; j++) bias[j]! += m.bias[j]! / n;
  }
  return { w, bias };
}

function trainOne(data: Encoded, rows: readonly number[], opt: TrainOptions): LinearModel {
  const size = 1 << HASH_BITS;
  const w = new Float32Array(size * L);
  const g2 = new Float32Array(size * L);
  const bias = new Float64Array(L);
  const bg2 = new Float64Array(L).fill(1e-8);
  // Rare labels weigh more, up to 4×, so a label seen 200 times is not drowned by 10,000 negatives.
  const pos = new Float64Array(L);
  const sup = new Float64Array(L);
  for (const i of rows)
    for (let j = 0; j < L; j++)
      if (data.mask[i]! & (1 << j)) {
        sup[j]!++;
        if (data.y[i]! & (1 << j)) pos[j]!++;
      }
  const posWeight = Array.from({ length: L }, (_, j) =>
    pos[j]! > 0 ? Math.min(4, Math.max(1, Math.sqrt((sup[j]! - pos[j]!) / pos[j]!) / 2)) : 1,
  );
  const order = [...rows];
  const rand = seeded(opt.seed);
  const z = new Float64Array(L);
  const g = new Float64Array(L);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const r = Math.floor(rand() * (k + 1));
      [order[k], order[r]] = [order[r]!, order[k]!];
    }
    for (const i of order) {
      const f = data.features[i]!;
      const m = data.mask[i]!;
      const yi = data.y[i]!;
      const wi = data.weight[i]!;
      // One pass over the features for every label's score (the weights of a feature sit side by side) …
      z.set(bias);
      for (let k = 0; k < f.length; k++) {
        const base = f[k]! * L;
        for (let j = 0; j < L; j++) z[j]! += w[base + j]!;
      }
      let any = false;
      for (let j = 0; j < L; j++) {
        if (!(m & (1 << j))) {
          g[j] = 0;
          continue;
        }
        const yy = yi & (1 << j) ? 1 : 0;
        g[j] = (sigmoid(z[j]!) - yy) * wi * (yy ? posWeight[j]! : 1);
        if (g[j] !== 0) {
          any = true;
          bg2[j]! += g[j]! * g[j]!;
          bias[j]! -= (opt.rate * g[j]!) / Math.sqrt(bg2[j]!);
        }
      }
      if (!any) continue;
      // … and one pass to update them.
      for (let k = 0; k < f.length; k++) {
        const base = f[k]! * L;
        for (let j = 0; j < L; j++) {
          const gj0 = g[j]!;
          if (gj0 === 0) continue;
          const at = base + j;
          const gj = gj0 + opt.l2 * w[at]!;
          g2[at]! += gj * gj;
          w[at]! -= (opt.rate * gj) / Math.sqrt(g2[at]! + 1e-8);
        }
      }
    }
  }
  return { w, bias };
}

export function rawScores(model: LinearModel, features: Int32Array): Float64Array {
  const z = Float64Array.from(model.bias);
  for (let k = 0; k < features.length; k++) {
    const base = features[k]! * L;
    for (let j = 0; j < L; j++) z[j]! += model.w[base + j]!;
  }
  return z;
}

/** Platt scaling (a, b) for one label from raw scores and truths, by damped Newton steps on log loss. */
export function fitPlatt(z: readonly number[], y: readonly number[]): [number, number] {
  const n = z.length;
  const pos = y.filter((v) => v).length;
  if (pos < 5 || n - pos < 5) return [1, 0];
  // Targets smoothed as Platt proposed, so a separable label does not run off to infinity.
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (n - pos + 2);
  const loss = (a: number, b: number) => {
    let l = 0;
    for (let i = 0; i < n; i++) {
      const t = y[i] ? hi : lo;
      const u = a * z[i]! + b;
      // log(1 + e^u) − t·u, computed without overflow.
      l += (u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u))) - t * u;
    }
    return l;
  };
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let it = 0; it < 100; it++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-6;
    let hab = 0;
    let hbb = 1e-6;
    for (let i = 0; i < n; i++) {
      const t = y[i] ? hi : lo;
      const p = sigmoid(a * z[i]! + b);
      const d = p - t;
      const s = p * (1 - p);
      ga += d * z[i]!;
      gb += d;
      haa += s * z[i]! * z[i]!;
      hab += s * z[i]!;
      hbb += s;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    let next = loss(a - da, b - db);
    while (next > current && step > 1e-4) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    if (next > current) break;
    a -= step * da;
    b -= step * db;
    const gain = current - next;
    current = next;
    if (gain < 1e-10) break;
  }
  return [a, b];
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * The shipped form: buckets whose largest weight is below `prune` of that label's largest are dropped, the
 * rest quantised to int8 per label.
 */
export function pack(
  model: LinearModel,
  platt: [number, number][],
  meta: { dataHash: string; sentences: number; authors: number },
  prune = 0.02,
): WeightsFile {
  const size = 1 << HASH_BITS;
  const maxAbs = new Float64Array(L);
  for (let i = 0; i < size * L; i++) {
    const j = i % L;
    const a = Math.abs(model.w[i]!);
    if (a > maxAbs[j]!) maxAbs[j] = a;
  }
  const scale = Array.from(maxAbs, (m) => (m > 0 ? m / 127 : 1));
  const kept: number[] = [];
  for (let f = 0; f < size; f++) {
    for (let j = 0; j < L; j++) {
      if (Math.abs(model.w[f * L + j]!) >= prune * maxAbs[j]!) {
        kept.push(f);
        break;
      }
    }
  }
  const ids = Uint32Array.from(kept);
  const q = new Int8Array(kept.length * L);
  kept.forEach((f, row) => {
    for (let j = 0; j < L; j++) q[row * L + j] = Math.round(model.w[f * L + j]! / scale[j]!);
  });
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    format: 1,
    labels: [...SENTENCE_LABELS],
    hashBits: HASH_BITS,
    dataHash: meta.dataHash,
    trainedOn: { sentences: meta.sentences, authors: meta.authors },
    bias: Array.from(model.bias, round),
    platt: platt.map(([a, b]) => [round(a), round(b)]),
    scale: scale.map((s) => Number(s.toPrecision(7))),
    buckets: toBase64(new Uint8Array(ids.buffer)),
    weights: toBase64(new Uint8Array(q.buffer)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The draft-kind model: softmax regression over the features of ./kind-features.ts.

export interface KindExample {
  features: KindFeatures;
  /** Index into DRAFT_KINDS. */
  kind: number;
}

export interface KindWeights {
  dense: Float64Array;
  sparse: Float64Array;
}

export function trainKind(examples: readonly KindExample[], classes: number, seed = 20261206): KindWeights {
  const D = KIND_DENSE;
  const B = 1 << KIND_BUCKET_BITS;
  const dense = new Float64Array(classes * D);
  const sparse = new Float64Array(classes * B);
  const gd = new Float64Array(classes * D).fill(1e-8);
  const gs = new Float64Array(classes * B).fill(1e-8);
  const order = examples.map((_, i) => i);
  const rand = seeded(seed);
  const rate = 0.2;
  const l2 = 1e-4;
  const z = new Float64Array(classes);
  for (let epoch = 0; epoch < 40; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const r = Math.floor(rand() * (k + 1));
      [order[k], order[r]] = [order[r]!, order[k]!];
    }
    for (const i of order) {
      const { features, kind } = examples[i]!;
      kindScores({ dense, sparse }, features, z);
      softmaxInPlace(z);
      for (let c = 0; c < classes; c++) {
        const g = z[c]! - (c === kind ? 1 : 0);
        for (let d = 0; d < D; d++) {
          const x = features.dense[d]!;
          if (!x) continue;
          const at = c * D + d;
          const gj = g * x + l2 * dense[at]!;
          gd[at]! += gj * gj;
          dense[at]! -= (rate * gj) / Math.sqrt(gd[at]!);
        }
        for (const b of features.sparse) {
          const at = c * B + b;
          const gj = g + l2 * sparse[at]!;
          gs[at]! += gj * gj;
          sparse[at]! -= (rate * gj) / Math.sqrt(gs[at]!);
        }
      }
    }
  }
  return { dense, sparse };
}

export function packKind(w: KindWeights, classes: readonly string[]): KindWeightsFile {
  const B = 1 << KIND_BUCKET_BITS;
  const K = classes.length;
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const sparse: number[][] = [];
  for (let b = 0; b < B; b++) {
    const row = Array.from({ length: K }, (_, c) => round(w.sparse[c * B + b]!));
    if (row.some((x) => Math.abs(x) >= 0.002)) sparse.push([b, ...row]);
  }
  return { classes: [...classes], dense: Array.from(w.dense, round), sparse };
}
