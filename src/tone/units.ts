/** The author's sentences the tone report reads: greeting, body and sign-off, never the quote or signature. */
import { normalize } from '../analyzer/normalize';
import type { ParagraphRole, TextModel } from '../analyzer/text-model';

export interface Unit {
  start: number;
  end: number;
  /** The sentence as written (for casing, emoji and quoting back), cut at MAX_SENTENCE_CHARS. */
  text: string;
  /** Quotes straightened, contractions expanded: what cue patterns are written against. */
  norm: string;
  role: ParagraphRole;
}

/**
 * Far past any budget (300 words is ~20 sentences); a pasted book is scored on its opening so the report
 * stays instant, while length and readability still count every word.
 */
export const MAX_UNITS = 400;

/** A "sentence" longer than this is pasted data, not prose; cues read its opening only. */
export const MAX_SENTENCE_CHARS = 2_000;

export function authorUnits(model: TextModel): Unit[] {
  const out: Unit[] = [];
  for (const p of model.paragraphs) {
    for (const s of p.sentences) {
      if (out.length >= MAX_UNITS) return out;
      const text = s.text.length > MAX_SENTENCE_CHARS ? s.text.slice(0, MAX_SENTENCE_CHARS) : s.text;
      out.push({ start: s.start, end: s.end, text, norm: normalize(text).text, role: p.role });
    }
  }
  return out;
}
