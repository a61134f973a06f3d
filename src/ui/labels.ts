import type { DraftKind, Severity } from '../analyzer/types';

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

export function countLabel(n: number, s: Severity): string {
  return `${n} ${SEVERITY_LABELS[s][n === 1 ? 0 : 1]}`;
}
