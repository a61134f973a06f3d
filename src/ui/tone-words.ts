/**
 * What the tone report says at a glance (T1–T3): a verdict that agrees with its own bars and with the
 * panel's findings, which labels are wanted and which are risks, a word for each score, and what the
 * highlights in the draft mean. Pure, so it is unit-tested in Node.
 */
import type { ToneLabel, ToneReport } from '../tone/types';

export const TONE_NAMES: Record<ToneLabel, string> = {
  professional: 'Professional',
  warm: 'Warm',
  confident: 'Confident',
  hedging: 'Hedging',
  apologetic: 'Apologetic',
  desperate: 'Desperate',
  emotional: 'Emotional',
  pushy: 'Pushy',
  casual: 'Casual',
  negative: 'Negative',
};

/** What a program director likes to read; every other label is a risk to keep low. */
export const WANTED: ReadonlySet<ToneLabel> = new Set(['professional', 'warm', 'confident']);

/** From this score up a risk is named in the verdict (the review saw hedging 36 called "no changes"). */
export const RISK_FROM = 0.3;

/** Panel findings that are the same thing as a tone risk: the verdict must not contradict them. */
const FINDING_RISK: Record<string, ToneLabel> = {
  hedging: 'hedging',
  'excessive-apology': 'apologetic',
  'desperate-tone': 'desperate',
};

/** A score in words: "a little", "clearly"… (0–100 alone does not say whether 37 is much). */
export function strength(score: number): string {
  if (score < 0.15) return 'hardly';
  if (score < RISK_FROM) return 'slightly';
  if (score < 0.5) return 'a little';
  if (score < 0.7) return 'clearly';
  return 'strongly';
}

const lower = (l: ToneLabel) => TONE_NAMES[l].toLowerCase();

/** "a little hedging"; a risk only the panel's findings show (its bar is low) is "hedging in places". */
const riskWords = (l: ToneLabel, score: number) =>
  score >= RISK_FROM ? `${strength(score)} ${lower(l)}` : `${lower(l)} in places`;

function listWords(items: readonly string[]): string {
  return items.length <= 2
    ? items.join(' and ')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface ToneSummary {
  /** One sentence: how it reads and, when there is one, what to watch. */
  verdict: string;
  /** The risks the verdict names, strongest first. */
  risks: ToneLabel[];
  /** What the highlighted sentences in the draft show, or null when nothing is highlighted. */
  legend: string | null;
}

/** The verdict for `report`, given the rule ids of the panel's current findings. */
export function toneSummary(report: ToneReport, findingRuleIds: readonly string[]): ToneSummary {
  const score = new Map(report.labels.map((l) => [l.label, l.score] as const));
  const risks = report.labels
    .filter((l) => !WANTED.has(l.label) && l.score >= RISK_FROM)
    .sort((a, b) => b.score - a.score)
    .map((l) => l.label);
  for (const id of findingRuleIds) {
    const risk = FINDING_RISK[id];
    if (risk && !risks.includes(risk)) risks.push(risk);
  }
  const wanted = report.dominant.filter((l) => WANTED.has(l));
  const reads = wanted.length ? `Reads as ${listWords(wanted.map(lower))}` : 'Reads as neutral';
  const verdict = risks.length
    ? `${reads}, but ${listWords(risks.map((r) => riskWords(r, score.get(r) ?? 0)))}: see below.`
    : `${reads}. No tone changes needed.`;
  // tone-runner.ts highlights the sentences behind the dominant labels other than "professional".
  const shown = report.dominant.filter((l) => l !== 'professional');
  const legend = shown.length
    ? `Highlighted in your draft: the sentences that make it read ${listWords(shown.map(lower))}.`
    : null;
  return { verdict, risks, legend };
}

/** Advice for a risk the report's own suggestions (which start at a higher score) left unsaid. */
const PLAIN_ADVICE: Record<ToneLabel, string> = {
  hedging: 'Say it plainly: state what you know and what you want; one "I believe" is enough.',
  apologetic: 'Keep one apology at most, for something that needs one, and thank the reader instead.',
  desperate: 'Take out the pleading; say plainly why this program fits you and what you bring.',
  pushy: 'Drop deadlines and demands: programs owe no reply and cannot promise a rank.',
  emotional: 'One sincere sentence about why the program fits you carries more than strong feelings.',
  casual: 'Write as you would to an attending: complete sentences, no slang or emoji.',
  negative: 'Cut the criticism: running down others reflects on the writer.',
  professional: '',
  warm: '',
  confident: '',
};

/** The report's own advice, without an "all fine" line the verdict would contradict, and never empty when the verdict names a risk. */
export function toneAdvice(report: ToneReport, summary: ToneSummary): string[] {
  if (!summary.risks.length) return report.suggestions;
  const advice = report.suggestions.filter((s) => !s.startsWith('No tone changes needed'));
  const top = summary.risks[0];
  return advice.length || !top ? advice : [PLAIN_ADVICE[top]];
}
