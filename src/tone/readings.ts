/**
 * Tone evidence from the sentence layer: what each body sentence does (src/analyzer/sentence) adds to the
 * tone labels it implies, on top of the cue tables. A sentence read as pleading counts toward "desperate"
 * however it is worded, which word lists alone cannot promise on text nobody here wrote.
 */
import type { SentenceLabel } from '../analyzer/sentence/labels';
import type { CueLabel } from './evidence';
import type { Unit } from './units';

/** The sentence labels each tone label reads. */
export const TONE_FROM_SENTENCES: Readonly<Record<CueLabel, readonly SentenceLabel[]>> = {
  warm: ['thanks'],
  confident: ['confident'],
  hedging: ['hedging'],
  apologetic: ['apologetic'],
  desperate: ['desperate'],
  emotional: ['emotional'],
  pushy: ['pressures-program'],
  casual: ['casual'],
  negative: ['negative'],
};

/** Below this a reading adds nothing: only sentences the model thinks more likely than not count. */
const FLOOR = 0.5;
/** Points for a certain reading; one sentence read at 0.9 gives ~0.8 points, a score of ~0.55. */
const WEIGHT = 1.1;
/**
 * Except an apology: one is courtesy, as in the cue tables (cues/apologetic.ts), so one sentence read as
 * apologising stays below the dominance threshold and the second turns it. With the common weight, 83 of the 84
 * apologetic checks the blind-set writers disagreed with (sets A–AU) were drafts read as apologetic that they did
 * not call so, most with one courteous apology; with this one, 12 disagreements remain, half each way.
 */
const LABEL_WEIGHT: Partial<Record<CueLabel, number>> = { apologetic: 0.65 };

export interface SentenceReadings {
  probability(sentence: string, label: SentenceLabel): number;
}

export function addReadings(
  evidence: Record<CueLabel, number[]>,
  units: readonly Unit[],
  readings: SentenceReadings,
): void {
  units.forEach((u, i) => {
    if (u.role !== 'body') return;
    for (const [label, sources] of Object.entries(TONE_FROM_SENTENCES) as [
      CueLabel,
      readonly SentenceLabel[],
    ][]) {
      let p = 0;
      for (const s of sources) p = Math.max(p, readings.probability(u.text, s));
      if (p < FLOOR) continue;
      // The stronger of the cue tables and the reading counts, so the two never double one sentence.
      const points = (LABEL_WEIGHT[label] ?? WEIGHT) * p;
      if (points > evidence[label][i]!) evidence[label][i] = points;
    }
  });
}
