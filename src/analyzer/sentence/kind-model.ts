/**
 * The draft-kind model: which kind of email a draft is, from the sentence layer's readings of it (see
 * ./kind-features.ts). Softmax regression trained with the sentence model (`npm run train`); its weights are
 * the `kind` section of ./weights.json.
 */
import { KIND_BUCKET_BITS, KIND_DENSE, type KindFeatures } from './kind-features';

export interface KindWeightsFile {
  classes: string[];
  /** classes × KIND_DENSE, row by row. */
  dense: number[];
  /** [bucket, weight per class…] for buckets with any weight. */
  sparse: number[][];
}

/** Class scores into `out` (length = classes). `w.sparse` is classes × 2^KIND_BUCKET_BITS. */
export function kindScores(
  w: { dense: ArrayLike<number>; sparse: ArrayLike<number> },
  f: KindFeatures,
  out: Float64Array,
) {
  const D = KIND_DENSE;
  const B = 1 << KIND_BUCKET_BITS;
  for (let c = 0; c < out.length; c++) {
    let z = 0;
    for (let d = 0; d < D; d++) z += w.dense[c * D + d]! * f.dense[d]!;
    for (const b of f.sparse) z += w.sparse[c * B + b]!;
    out[c] = z;
  }
}

export function softmaxInPlace(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    z[i] = Math.exp(z[i]! - max);
    sum += z[i]!;
  }
  for (let i = 0; i < z.length; i++) z[i] = z[i]! / sum;
}

export class KindModel {
  private readonly dense: Float64Array;
  private readonly sparse: Float64Array;

  constructor(readonly file: KindWeightsFile) {
    const K = file.classes.length;
    const B = 1 << KIND_BUCKET_BITS;
    if (file.dense.length !== K * KIND_DENSE)
      throw new Error('kind model: weights do not match the features; run npm run train');
    this.dense = Float64Array.from(file.dense);
    this.sparse = new Float64Array(K * B);
    for (const [b, ...row] of file.sparse) {
      for (let c = 0; c < row.length; c++) this.sparse[c * B + b!] = row[c]!;
    }
  }

  /** Probability per class, in `file.classes` order. */
  probabilities(f: KindFeatures): Float64Array {
    const z = new Float64Array(this.file.classes.length);
    kindScores({ dense: this.dense, sparse: this.sparse }, f, z);
    softmaxInPlace(z);
    return z;
  }

  classify(f: KindFeatures): string {
    const p = this.probabilities(f);
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    return this.file.classes[best]!;
  }
}
