/**
 * A cue is one way a sentence shows a tone: a pattern over the sentence's normalized text (curly quotes
 * straightened, contractions expanded, so "can't" is matched as "can not") and how much evidence one
 * match is worth. Weights are calibrated so ~0.7 points of evidence makes a label dominant
 * (score = 1 − e^−points), i.e. one strong cue or two ordinary ones.
 */
import type { ParagraphRole } from '../../analyzer/text-model';

export interface Cue {
  re: RegExp;
  weight: number;
  /** Paragraph roles the cue applies to; all roles when absent. */
  roles?: readonly ParagraphRole[];
  /** Matches counted per sentence; a repeated word inside one sentence is one thought, not several. */
  max?: number;
}

/** Builds a cue; patterns are case-insensitive unless `caseSensitive`, and global so repeats can count. */
export function cue(
  re: RegExp,
  weight: number,
  opts: { roles?: readonly ParagraphRole[]; max?: number; caseSensitive?: boolean } = {},
): Cue {
  let flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  if (!opts.caseSensitive && !flags.includes('i')) flags += 'i';
  return { re: new RegExp(re.source, flags), weight, roles: opts.roles, max: opts.max ?? 1 };
}

export const BODY: readonly ParagraphRole[] = ['body'];
export const GREETING: readonly ParagraphRole[] = ['greeting'];
export const SIGNOFF: readonly ParagraphRole[] = ['signoff'];
export const OPEN_AND_BODY: readonly ParagraphRole[] = ['greeting', 'body'];
