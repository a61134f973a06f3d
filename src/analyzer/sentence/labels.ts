/**
 * What a sentence can do, the vocabulary the sentence layer reads and the training data is labeled with
 * (`rules/sentences/*.jsonl`; definitions in rules/sentences/README.md). A sentence carries any number of them.
 * The order is the order of the weight columns in the generated model: append, never reorder.
 */
export const SENTENCE_LABELS = [
  'asks-ranking',
  'requests-commitment',
  'promises-binding',
  'conditional-ranking',
  'offers-outside-deal',
  'discloses-other-programs',
  'backup-plan',
  'presumes-match',
  'pressures-program',
  'desperate',
  'emotional',
  'negative',
  'apologetic',
  'hedging',
  'casual',
  'confident',
  'thanks',
  'interest',
  'first-choice',
  'update',
  'asks-question',
  'responds-to-program',
  'program-asks-ranking',
  'program-rank-talk',
] as const;

export type SentenceLabel = (typeof SENTENCE_LABELS)[number];

export const LABEL_INDEX: Readonly<Record<SentenceLabel, number>> = Object.fromEntries(
  SENTENCE_LABELS.map((l, i) => [l, i]),
) as Record<SentenceLabel, number>;

export function isSentenceLabel(x: string): x is SentenceLabel {
  return (SENTENCE_LABELS as readonly string[]).includes(x);
}
