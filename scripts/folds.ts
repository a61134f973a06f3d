/**
 * Leave one writer out: for each writer, a model trained on every other writer (and the rules' examples),
 * and that model's raw scores for the writer's own sentences. Training and evaluation both need them, so
 * they are kept in node_modules/.cache keyed by the data hash: the second of the two reuses the first's.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HASH_BITS } from '../src/analyzer/sentence/features';
import { SENTENCE_LABELS } from '../src/analyzer/sentence/labels';
import {
  DEFAULT_TRAINING,
  type Encoded,
  type LabeledSentence,
  type LinearModel,
  rawScores,
  trainLinear,
} from '../src/analyzer/sentence/train';

/** Sentences that are not a writer's (the rules' examples) are always trained on, never held out. */
export const NOT_A_WRITER = 'rule-examples';

export interface Folds {
  /** Raw scores of each writer's sentence by the model trained without that writer (undefined otherwise). */
  raw: (Float64Array | undefined)[];
  models: Map<string, LinearModel>;
}

const L = SENTENCE_LABELS.length;

function load(dir: string, groups: string[]): Map<string, LinearModel> | null {
  const out = new Map<string, LinearModel>();
  for (const g of groups) {
    const file = join(dir, `${g}.bin`);
    if (!existsSync(file)) return null;
    const buf = readFileSync(file);
    const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
    const size = (1 << HASH_BITS) * L;
    if (all.length !== size + L) return null;
    out.set(g, { w: all.slice(0, size), bias: Float64Array.from(all.subarray(size)) });
  }
  return out;
}

export function leaveOneWriterOut(
  root: string,
  hash: string,
  data: readonly LabeledSentence[],
  enc: Encoded,
): Folds {
  const groups = [...new Set(data.map((d) => d.group))].filter((g) => g !== NOT_A_WRITER).sort();
  const key = `${hash.replace(/^sha256:/, '').slice(0, 24)}-${DEFAULT_TRAINING.epochs}-${DEFAULT_TRAINING.seed}-x${DEFAULT_TRAINING.ensemble ?? 1}`;
  const dir = join(root, 'node_modules/.cache/matchmail-folds', key);
  let models = load(dir, groups);
  if (!models) {
    models = new Map();
    mkdirSync(dir, { recursive: true });
    for (const g of groups) {
      const t = Date.now();
      const model = trainLinear(
        enc,
        data.flatMap((d, i) => (d.group === g ? [] : [i])),
      );
      models.set(g, model);
      const out = new Float32Array(model.w.length + L);
      out.set(model.w);
      out.set(Float32Array.from(model.bias), model.w.length);
      writeFileSync(join(dir, `${g}.bin`), Buffer.from(out.buffer));
      process.stderr.write(`  model without ${g}: ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
    }
  }
  const raw = data.map((d, i) => {
    const m = models!.get(d.group);
    return m ? rawScores(m, enc.features[i]!) : undefined;
  });
  return { raw, models };
}
