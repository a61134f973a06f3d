/**
 * `npm run train`: fits the sentence layer on rules/sentences/*.jsonl + the rules' own examples and writes
 * src/analyzer/sentence/weights.json. Deterministic: the same data gives the same file. Platt scaling is fitted
 * on out-of-fold scores, each writer's sentences scored by a model trained without that writer, so the
 * probabilities are calibrated for a writer the model has never seen.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceFeatures } from '../src/analyzer/sentence/features';
import { SENTENCE_LABELS } from '../src/analyzer/sentence/labels';
import {
  DEFAULT_TRAINING,
  encode,
  fitPlatt,
  type LabeledSentence,
  type LinearModel,
  pack,
  packKind,
  rawScores,
  trainKind,
  trainLinear,
} from '../src/analyzer/sentence/train';
import { DRAFT_KINDS } from '../src/analyzer/types';
import { leaveOneWriterOut } from './folds';
import { emailsFrom, kindExample } from './kind-data';
import { loadSentenceData, readSentenceRecords, sentenceDataHash } from './sentence-data.mjs';

/** Calibrated readings of any text by a given linear model. */
export function reader(model: LinearModel, platt: [number, number][]) {
  return (text: string) => {
    const z = rawScores(model, Int32Array.from(sentenceFeatures(text)));
    return Float64Array.from(z, (v, j) => {
      const [a, b] = platt[j] ?? [1, 0];
      return 1 / (1 + Math.exp(-(a * v + b)));
    });
  };
}

export function plattFromOutOfFold(
  data: readonly LabeledSentence[],
  enc: ReturnType<typeof encode>,
  oof: readonly (Float64Array | undefined)[],
) {
  return SENTENCE_LABELS.map((_, j) => {
    const z: number[] = [];
    const y: number[] = [];
    data.forEach((_, i) => {
      const scores = oof[i];
      if (!scores || !(enc.mask[i]! & (1 << j))) return;
      z.push(scores[j]!);
      y.push(enc.y[i]! & (1 << j) ? 1 : 0);
    });
    return fitPlatt(z, y);
  });
}

async function main() {
  const root = process.cwd();
  const t0 = Date.now();
  const data = loadSentenceData(root) as LabeledSentence[];
  const enc = encode(data);
  const dataHash = sentenceDataHash(root);
  const { raw: oof, models } = leaveOneWriterOut(root, dataHash, data, enc);
  const platt = plattFromOutOfFold(data, enc, oof);
  // Kind examples read by the model that did not see the email's writer, as new drafts will be read.
  const kindExamples = emailsFrom(readSentenceRecords(root)).flatMap((e) => {
    const m = models.get(e.group);
    return m ? [kindExample(e, reader(m, platt))] : [];
  });
  const kind = packKind(trainKind(kindExamples, DRAFT_KINDS.length), DRAFT_KINDS);
  const model = trainLinear(
    enc,
    data.map((_, i) => i),
    DEFAULT_TRAINING,
  );
  const file = pack(model, platt, {
    dataHash,
    sentences: data.length,
    authors: new Set(data.map((d) => d.author)).size,
  });
  file.kind = kind;
  const out = join(root, 'src/analyzer/sentence/weights.json');
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  const kb = (Buffer.byteLength(JSON.stringify(file)) / 1024).toFixed(0);
  console.log(
    `trained on ${data.length} sentences by ${file.trainedOn.authors} authors and ${kindExamples.length} emails in ${((Date.now() - t0) / 1000).toFixed(1)} s; ` +
      `${kb} kB written to ${out}`,
  );
}

if (process.env.MATCHMAIL_TRAIN_MAIN !== '0') await main();
