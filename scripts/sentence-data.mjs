// The sentence layer's training data, read the same way by the trainer (scripts/train.mjs), the evaluation
// (scripts/eval.mjs) and the staleness test: labeled sentences from rules/sentences/*.jsonl (one record per
// sentence, each with its author) plus every rule's own fire/pass examples, which say only whether that
// rule's label applies. The hash covers the data and the code that turns it into features, so weights
// trained from anything else are stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRuleSources } from './rule-sources.mjs';

/** Which sentence label each rule's examples teach. */
export const RULE_LABELS = {
  'ask-rank-position': 'asks-ranking',
  'request-commitment': 'requests-commitment',
  'binding-promise': 'promises-binding',
  'conditional-ranking': 'conditional-ranking',
  'outside-match-deal': 'offers-outside-deal',
  'disclose-other-programs': 'discloses-other-programs',
  'backup-plan': 'backup-plan',
  'presumptive-match': 'presumes-match',
  'pressure-program': 'pressures-program',
  'desperate-tone': 'desperate',
  'overly-emotional': 'emotional',
  'negative-remarks': 'negative',
  'excessive-apology': 'apologetic',
  hedging: 'hedging',
  'casual-language': 'casual',
  'program-asked-rank': 'program-asks-ranking',
};

/** Parts of an email the sentence model reads (subjects and signatures are not sentences). */
export const SENTENCE_PARTS = new Set(['greeting', 'body', 'closing', 'quoted']);

/** Files whose content decides the weights. */
const CODE = [
  'src/analyzer/sentence/features.ts',
  'src/analyzer/sentence/concepts.ts',
  'src/analyzer/sentence/labels.ts',
  'src/analyzer/sentence/train.ts',
  'src/analyzer/normalize.ts',
  'scripts/sentence-data.mjs',
];

export function sentenceFiles(root) {
  const dir = join(root, 'rules/sentences');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

/** Every record of every sentence file, with the file and line it came from (for error messages). */
export function readSentenceRecords(root) {
  const out = [];
  for (const path of sentenceFiles(root)) {
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let r;
      try {
        r = JSON.parse(line);
      } catch (e) {
        throw new Error(`${path}:${i + 1}: not valid JSON (${e.message})`);
      }
      if (typeof r.text !== 'string' || typeof r.author !== 'string' || !Array.isArray(r.labels)) {
        throw new Error(`${path}:${i + 1}: a record needs "author", "text" and "labels"`);
      }
      out.push({ ...r, file: path, line: i + 1 });
    });
  }
  return out;
}

function exampleText(e) {
  return typeof e === 'string' ? e : e.text;
}

/** Rule examples as partly labeled sentences (author "rule-examples"). */
export function ruleExampleSentences(root) {
  const out = [];
  for (const { file, data } of readRuleSources(join(root, 'rules'))) {
    const id = file.replace(/^rules\//, '').replace(/\.ya?ml$/, '');
    const label = RULE_LABELS[id];
    if (!label || !data?.examples) continue;
    for (const e of data.examples.fire ?? [])
      out.push({
        author: 'rule-examples',
        group: 'rule-examples',
        text: exampleText(e),
        labels: [label],
        only: [label],
      });
    for (const e of data.examples.pass ?? [])
      out.push({
        author: 'rule-examples',
        group: 'rule-examples',
        text: exampleText(e),
        labels: [],
        only: [label],
      });
  }
  return out;
}

/** Labels only a program's own (quoted) sentences carry. */
export const PROGRAM_LABELS = ['program-asks-ranking', 'program-rank-talk'];

/**
 * The labeled sentences the model learns from, in a stable order. A quoted sentence teaches only the
 * program's labels and an applicant's sentence only the applicant's: "could you let us know where we stand
 * on your list" from a program must not teach that an applicant asking the same is harmless.
 */
export function loadSentenceData(root) {
  const sentences = readSentenceRecords(root)
    .filter((r) => SENTENCE_PARTS.has(r.part ?? 'body') && r.text.trim())
    .map((r) => ({
      author: r.author,
      group: r.writer ?? r.author,
      text: r.text,
      labels: r.labels,
      ...(r.part === 'quoted' ? { only: PROGRAM_LABELS } : { except: PROGRAM_LABELS }),
    }));
  return [...sentences, ...ruleExampleSentences(root)];
}

export function sentenceDataHash(root) {
  const h = createHash('sha256');
  for (const path of sentenceFiles(root)) h.update(readFileSync(path));
  for (const { text, labels, only } of ruleExampleSentences(root))
    h.update(JSON.stringify([text, labels, only]));
  for (const f of CODE) h.update(readFileSync(join(root, f)));
  return `sha256:${h.digest('hex')}`;
}
