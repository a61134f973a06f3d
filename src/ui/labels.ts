import type { DraftKind, Finding, Severity } from '../analyzer/types';

export const KIND_LABELS: Record<DraftKind, string> = {
  'pre-interview-interest': 'Pre-interview interest',
  'thank-you': 'Thank-you note',
  update: 'Update',
  'letter-of-interest': 'Letter of interest',
  'letter-of-intent': 'Letter of intent',
  'reply-to-program': 'Reply to a program',
  other: 'Other email',
};

export const SEVERITY_LABELS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  suggestion: ['suggestion', 'suggestions'],
};

export const ORDER: Severity[] = ['error', 'warning', 'suggestion'];

export function countLabel(n: number, s: Severity): string {
  return `${n} ${SEVERITY_LABELS[s][n === 1 ? 0 : 1]}`;
}

/** Counts in words for the launcher: what to do, not a severity code ("1 to fix, 2 ideas"). */
const WORDS: Record<Severity, (n: number) => string> = {
  error: (n) => `${n} to fix`,
  warning: (n) => `${n} to check`,
  suggestion: (n) => `${n} ${n === 1 ? 'idea' : 'ideas'}`,
};

export function counts(findings: readonly Finding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, suggestion: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** Zero counts are left out; nothing at all reads "Looks good". */
export function countWords(c: Record<Severity, number>): string {
  const parts = ORDER.filter((s) => c[s] > 0).map((s) => WORDS[s](c[s]));
  return parts.length ? parts.join(', ') : 'Looks good';
}

/** The same counts for assistive technology, by severity ("1 error, 2 suggestions"). */
export function countSentence(c: Record<Severity, number>): string {
  const parts = ORDER.filter((s) => c[s] > 0).map((s) => countLabel(c[s], s));
  return parts.length ? parts.join(', ') : 'no problems found';
}

/** Keyboard shortcut between the draft and the panel (shown in the panel and the popup). */
export const PANEL_SHORTCUT = 'Alt+Shift+M';
