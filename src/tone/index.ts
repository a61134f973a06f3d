/**
 * The tone report (issue 5): how a busy program director is likely to read a draft. Pure, synchronous and
 * deterministic; no DOM, no I/O. Each label's score is 1 − e^(−evidence): one strong cue or two ordinary
 * ones reach the dominance threshold, more saturate toward 1, so scores are comparable across labels.
 */
import { classifyDraft } from '../analyzer/classify';
import { authorWordCount } from '../analyzer/metrics';
import { buildTextModel } from '../analyzer/text-model';
import { achievements } from './achievements';
import { CUE_LABELS, type CueLabel, collectEvidence } from './evidence';
import { professional } from './professional';
import { readability } from './readability';
import { addReadings } from './readings';
import { specifics } from './specifics';
import { suggestions } from './suggestions';
import { type LabelScore, TONE_LABELS, type ToneLabel, type ToneOptions, type ToneReport } from './types';
import { authorUnits, type Unit } from './units';

export type * from './types';
export { TONE_LABELS } from './types';

/** A label at or above this score describes the email (and may be listed in `dominant`). */
export const DOMINANT_THRESHOLD = 0.5;

/**
 * About fifty times the longest budget. A pasted book is reported on its opening, so one click never
 * freezes the page; every offset still points into the draft as given.
 */
export const MAX_DRAFT_CHARS = 100_000;

/** Sentences listed per label: enough to highlight what drives it without painting the whole draft. */
const MAX_DRIVERS = 5;

const toScore = (points: number) => 1 - Math.exp(-Math.max(0, points));
const round3 = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;

/** Indexes of the sentences with evidence, strongest first (ties in draft order). */
function ranked(weights: readonly number[]): number[] {
  return weights
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => w > 0)
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .map(({ i }) => i);
}

export function toneReport(draft: string, opts: ToneOptions = {}): ToneReport {
  // Plain JS callers (the content script) can hand over a missing value; the report must still come back.
  const text = typeof draft === 'string' ? draft : '';
  const model = buildTextModel(text.length > MAX_DRAFT_CHARS ? text.slice(0, MAX_DRAFT_CHARS) : text);
  const units = authorUnits(model);
  const evidence = collectEvidence(units);
  if (opts.sentences) addReadings(evidence, units, opts.sentences);

  // Accomplishments and specifics live in the body; greetings and sign-offs carry neither.
  const specific = units.map((u) => (u.role === 'body' ? specifics(u.text) : 0));
  const achieved = achievements(units.map((u) => (u.role === 'body' ? u.text : '')));
  achieved.forEach((a, i) => {
    // An accomplishment with a name or number attached is evidence; a bare claim is less.
    if (a > 0) evidence.confident[i]! += a + (specific[i]! > 0 ? 0.1 : 0);
  });

  const scores = {} as Record<ToneLabel, number>;
  for (const label of CUE_LABELS) scores[label] = toScore(evidence[label].reduce((a, b) => a + b, 0));
  // Claims of confidence do not survive hedges, pleading or a string of apologies around them.
  scores.confident *=
    (1 - 0.5 * scores.hedging) * (1 - 0.6 * scores.desperate) * (1 - 0.3 * scores.apologetic);
  const prof = professional(units, specific, scores);
  scores.professional = prof.score;

  const order = {} as Record<CueLabel, number[]>;
  for (const label of CUE_LABELS) order[label] = ranked(evidence[label]);
  const span = (i: number) => ({ start: units[i]!.start, end: units[i]!.end });
  const labels: LabelScore[] = TONE_LABELS.map((label) => ({
    label,
    score: round3(scores[label]),
    sentences: (label === 'professional'
      ? prof.drivers.slice(0, MAX_DRIVERS)
      : order[label].slice(0, MAX_DRIVERS).sort((a, b) => a - b)
    ).map(span),
  }));

  const dominant = labels
    .filter((l) => l.score >= DOMINANT_THRESHOLD)
    .sort((a, b) => b.score - a.score || TONE_LABELS.indexOf(a.label) - TONE_LABELS.indexOf(b.label))
    .slice(0, 3)
    .map((l) => l.label);

  const body = units.filter((u) => u.role === 'body');
  const read = readability((body.length > 0 ? body : units).map((u) => u.text));
  const kind = opts.kind ?? classifyDraft(model, {});
  const words = authorWordCount(model);
  const budget = kind === 'thank-you' ? 200 : 300;
  const length = { words, budget, over: words > budget };

  const strongest = {} as Record<CueLabel, Unit[]>;
  for (const label of CUE_LABELS) strongest[label] = order[label].map((i) => units[i]!);

  return {
    labels,
    dominant,
    readability: read,
    length,
    suggestions: suggestions({
      scores: Object.fromEntries(labels.map((l) => [l.label, l.score])) as Record<ToneLabel, number>,
      strongest,
      dominant,
      threshold: DOMINANT_THRESHOLD,
      kind,
      length,
      readability: read,
      hasGreeting: units.some((u) => u.role === 'greeting'),
      evidence: achieved.reduce((a, b) => a + b, 0) + specific.reduce((a, b) => a + b, 0),
    }),
  };
}
