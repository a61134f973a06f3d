import type { ResolvedContext } from '../context';
import type { TextModel } from '../text-model';
import type { DraftKind } from '../types';

export interface CheckInput {
  model: TextModel;
  kind: DraftKind;
  ctx: ResolvedContext;
  params: Record<string, unknown>;
}

/** A span the check points at, with values for the rule message's {placeholders}. */
export interface CheckHit {
  start: number;
  end: number;
  vars?: Record<string, string>;
  /** Milder than the rule's own severity, for a hit that is likely but not near-certain. */
  severity?: 'warning' | 'suggestion';
}

export type Check = (input: CheckInput) => CheckHit[];

/** Post-interview kinds: what a "no post-interview communication" policy covers. */
export const POST_INTERVIEW_KINDS: readonly DraftKind[] = [
  'thank-you',
  'update',
  'letter-of-interest',
  'letter-of-intent',
];

/** A zero-width anchor at the start of the author's text, for findings about the whole email. */
export function wholeDraft(model: TextModel): CheckHit {
  const first = model.paragraphs[0];
  return { start: first?.start ?? 0, end: first?.start ?? 0 };
}

export function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
