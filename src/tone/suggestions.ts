/**
 * One to three things to change, most costly first, each naming the sentence it is about. The wording is
 * ours and speaks to the applicant, not about them.
 */
import type { DraftKind } from '../analyzer/types';
import type { CueLabel } from './evidence';
import type { LengthCheck, Readability, ToneLabel } from './types';
import type { Unit } from './units';

export interface SuggestionInput {
  scores: Record<ToneLabel, number>;
  /** The sentences that drive each label, strongest first. */
  strongest: Record<CueLabel, Unit[]>;
  dominant: ToneLabel[];
  threshold: number;
  kind: DraftKind;
  length: LengthCheck;
  readability: Readability;
  hasGreeting: boolean;
  /** Sum of names, numbers and accomplishments in the body. */
  evidence: number;
}

const MAX = 3;

const BOAST =
  /\b(?:strongest|best|top)\s+(?:candidate|applicant)\b|\bi\s+am\s+(?:certain|sure)\s+(?:that\s+)?i\b|\b(?:has|have)\s+(?:not|never)\s+seen\b|\bi\s+know\s+i\s+will\s+excel\b/i;

/** A short, single-line quotation of the user's sentence. */
export function excerpt(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

const TONE_ADVICE: [CueLabel, (q: string) => string][] = [
  [
    'desperate',
    (q) =>
      `Take out the pleading ("${q}"). A program director reads it as worry, not commitment; say plainly why this program fits you and what you bring.`,
  ],
  [
    'pushy',
    (q) =>
      `Drop the deadline or demand ("${q}"). Programs owe no reply and cannot promise a rank, so pressure can only count against you.`,
  ],
  [
    'negative',
    (q) =>
      `Cut the criticism ("${q}"). Running down another program, a person or the process reflects on the writer, not on them.`,
  ],
  [
    'casual',
    (q) =>
      `Write it as you would to an attending: replace "${q}" with plain, complete sentences, without slang or emoji.`,
  ],
  [
    'emotional',
    (q) =>
      `Tone down "${q}". One sincere sentence about why the program fits you carries more than strong feelings.`,
  ],
  ['apologetic', (q) => `Keep one apology at most; "${q}" spends the reader's time on saying sorry.`],
  [
    'hedging',
    (q) => `Say it plainly: "${q}" hedges. State what you know and what you want; one "I believe" is enough.`,
  ],
];

const KIND_PHRASE: Partial<Record<DraftKind, string>> = {
  'thank-you': 'a thank-you note',
  'letter-of-intent': 'a letter of intent',
  'letter-of-interest': 'a letter of interest',
  update: 'an update',
  'pre-interview-interest': 'an introduction',
};

/** "a", "a and b", "a, b and c". */
function listWords(items: readonly string[]): string {
  return items.length <= 2
    ? items.join(' and ')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function suggestions(input: SuggestionInput): string[] {
  const { scores, strongest, threshold, kind, length, readability } = input;
  if (length.words === 0) return ['Nothing to check yet: write the email first.'];
  const out: string[] = [];
  // Each piece of advice quotes a different sentence where it can: two notes on one line read as nagging.
  const quoted = new Set<Unit>();
  const pick = (label: CueLabel) => strongest[label].find((u) => !quoted.has(u)) ?? strongest[label][0];
  for (const [label, advise] of TONE_ADVICE) {
    const unit = pick(label);
    if (scores[label] < threshold || !unit) continue;
    quoted.add(unit);
    out.push(
      label === 'casual' && unit.role === 'greeting'
        ? `Open with "Dear Dr. <last name>," rather than "${excerpt(unit.text)}", and keep slang and emoji out of the body.`
        : advise(excerpt(unit.text)),
    );
  }
  // Confidence is welcome; claiming to be the best is not, and the record says it better.
  const boast = strongest.confident.find((u) => BOAST.test(u.norm));
  if (scores.confident >= threshold && boast) {
    out.push(
      `Let your record make the case: keep the facts and soften "${excerpt(boast.text)}", which can read as arrogant.`,
    );
  }
  if (length.over) {
    out.push(
      `Trim about ${length.words - length.budget} words: ${length.words} is over the ${length.budget}-word budget for ${KIND_PHRASE[kind] ?? 'this kind of email'}, and a busy reader skims the rest.`,
    );
  }
  if (readability.averageSentenceWords > 25) {
    out.push(
      `Split the long sentences: they average ${readability.averageSentenceWords} words; under 20 reads easily on a phone.`,
    );
  } else if (readability.gradeLevel > 17 && readability.words >= 40) {
    // Medical vocabulary alone puts a careful email near grade 15; past 17 the sentences are the problem.
    out.push(`Use plainer words: it reads at grade ${readability.gradeLevel}; aim for 12 to 14.`);
  }
  if (kind === 'thank-you' && scores.warm < 0.3) {
    out.push(
      'Add one specific moment from the interview day that you appreciated; that is what makes a thank-you warm.',
    );
  }
  if (
    (kind === 'update' || kind === 'letter-of-intent' || kind === 'letter-of-interest') &&
    scores.confident < 0.3 &&
    input.evidence === 0
  ) {
    out.push(
      'Name one concrete result (a paper, a score, a project, a rotation) so your interest comes with evidence.',
    );
  }
  if (!input.hasGreeting && scores.professional < threshold) {
    out.push('Open with "Dear Dr. <last name>," and close with "Sincerely," and your full name.');
  }
  if (out.length === 0) {
    const reads = listWords(input.dominant) || 'neutral';
    out.push(`No tone changes needed: it reads as ${reads}. Check names and dates once more before sending.`);
  }
  return out.slice(0, MAX);
}
