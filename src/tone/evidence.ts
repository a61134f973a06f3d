/** Runs every label's cues over every sentence: evidence points per label per sentence. */
import { APOLOGETIC } from './cues/apologetic';
import { CASUAL } from './cues/casual';
import { CONFIDENT } from './cues/confident';
import type { Cue } from './cues/cue';
import { DESPERATE } from './cues/desperate';
import { EMOTIONAL } from './cues/emotional';
import { HEDGING } from './cues/hedging';
import { NEGATIVE } from './cues/negative';
import { PUSHY } from './cues/pushy';
import { WARM } from './cues/warm';
import type { ToneLabel } from './types';
import type { Unit } from './units';

/** Professional is judged from the whole letter (professional.ts), not from sentence cues. */
export type CueLabel = Exclude<ToneLabel, 'professional'>;

export const CUES: Record<CueLabel, readonly Cue[]> = {
  warm: WARM,
  confident: CONFIDENT,
  hedging: HEDGING,
  apologetic: APOLOGETIC,
  desperate: DESPERATE,
  emotional: EMOTIONAL,
  pushy: PUSHY,
  casual: CASUAL,
  negative: NEGATIVE,
};

export const CUE_LABELS = Object.keys(CUES) as CueLabel[];

function cuePoints(c: Cue, unit: Unit): number {
  if (c.roles && !c.roles.includes(unit.role)) return 0;
  c.re.lastIndex = 0;
  let n = 0;
  const cap = c.max ?? 1;
  for (let m = c.re.exec(unit.norm); m && n < cap; m = c.re.exec(unit.norm)) {
    n++;
    if (m[0].length === 0) c.re.lastIndex++;
  }
  return n * c.weight;
}

/** evidence[label][i] = points sentence i gives the label. */
export function collectEvidence(units: readonly Unit[]): Record<CueLabel, number[]> {
  const out = {} as Record<CueLabel, number[]>;
  for (const label of CUE_LABELS) {
    out[label] = units.map((u) => {
      let p = 0;
      for (const c of CUES[label]) p += cuePoints(c, u);
      return p;
    });
  }
  return out;
}
