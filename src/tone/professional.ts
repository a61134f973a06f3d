/**
 * Professional is a property of the whole letter, not of a phrase: a proper greeting and closing, polite
 * and specific sentences, clean mechanics — and none of the registers a program director holds against
 * an applicant. The form sets the ceiling; casual, desperate, pushy, negative and emotional scores pull it
 * down steeply, apologies and hedges a little.
 */
import type { CueLabel } from './evidence';
import type { Unit } from './units';

const FORMAL_GREETING = /^(?:dear|good\s+(?:morning|afternoon|evening)|to\s+whom|respected|esteemed)\b/i;
const TITLED_GREETING =
  /^(?:hello|hi|greetings)\s+(?:dr\.?|doctor|professor|prof\.?|mr\.?|ms\.?|mrs\.?|mx\.?|program|the|selection)\b/i;
const FORMAL_CLOSING =
  /^(?:sincerely|respectfully|best|kind(?:est)?\s+regards|warm(?:est)?\s+regards|regards|with\s+(?:gratitude|appreciation|thanks|best)|thank\s+you|thanks(?:\s+again)?|many\s+thanks|yours|all\s+the\s+best|cordially|gratefully|warmly)\b/i;
const POLITE =
  /\b(?:thank|appreciat|grateful|please|consideration|kindly|glad\s+to|would\s+welcome|may\s+i)/i;
const WELL_ENDED = /[.?!:;)"'\]]$/;
const WELL_STARTED = /^[\p{Lu}\p{N}"'(]/u;

/**
 * Registers that disqualify a letter cost it steeply: the form is multiplied by (1 − score)^k, so a
 * clearly pushy or desperate letter is not professional however well it is laid out.
 */
const DISQUALIFY: Partial<Record<CueLabel, number>> = {
  casual: 1,
  desperate: 1.2,
  pushy: 1,
  negative: 1,
  emotional: 0.7,
};
/** Registers that only weaken a letter cost it in proportion: (1 − w·score). */
const WEAKEN: Partial<Record<CueLabel, number>> = {
  apologetic: 0.35,
  hedging: 0.2,
};

export interface ProfessionalResult {
  score: number;
  /** Indexes of the sentences that carry the form: greeting, closing, polite or specific sentences. */
  drivers: number[];
}

export function professional(
  units: readonly Unit[],
  specifics: readonly number[],
  scores: Record<CueLabel, number>,
): ProfessionalResult {
  const body = units.map((u, i) => ({ u, i })).filter(({ u }) => u.role === 'body');
  if (body.length === 0) return { score: 0, drivers: [] };
  const drivers: number[] = [];
  let form = 0.45;

  const greeting = units.findIndex((u) => u.role === 'greeting');
  if (greeting >= 0) {
    const g = units[greeting]!.norm.trim();
    const w = FORMAL_GREETING.test(g) ? 0.15 : TITLED_GREETING.test(g) ? 0.08 : 0;
    form += w;
    if (w > 0) drivers.push(greeting);
  }
  const closing = units.findIndex((u) => u.role === 'signoff');
  if (closing >= 0 && FORMAL_CLOSING.test(units[closing]!.norm.trim())) {
    form += 0.1;
    drivers.push(closing);
  }

  let polite = false;
  let specific = 0;
  for (const { u, i } of body) {
    const isPolite = POLITE.test(u.norm);
    polite ||= isPolite;
    specific += specifics[i] ?? 0;
    if (isPolite || (specifics[i] ?? 0) > 0) drivers.push(i);
  }
  if (polite) form += 0.1;
  form += Math.min(0.15, 0.05 * specific);

  const clean =
    body.filter(({ u }) => WELL_STARTED.test(u.text) && WELL_ENDED.test(u.text.trim())).length / body.length;
  form += clean >= 0.8 ? 0.1 : clean >= 0.5 ? 0.05 : 0;

  let score = Math.min(1, form);
  for (const [label, k] of Object.entries(DISQUALIFY) as [CueLabel, number][])
    score *= (1 - scores[label]) ** k;
  for (const [label, w] of Object.entries(WEAKEN) as [CueLabel, number][]) score *= 1 - w * scores[label];
  return { score, drivers: [...new Set(drivers)].sort((a, b) => a - b) };
}
