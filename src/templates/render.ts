/**
 * Fills a template. The promise: either every required field has a value and the text contains no
 * template markup, or nothing is rendered and the caller learns which fields are missing (the panel opens
 * a small form for them). An optional part whose field is empty disappears with its sentence or line.
 */
import type { Segment } from './syntax';
import type { FieldValues } from './types';

/** Marks where an optional part was dropped, so a line left empty by it can go too. */
const DROPPED = '\u0000';

/** A value that is itself an unfilled placeholder ("[Program Name]", "{{x}}", "<name>") counts as missing. */
const LOOKS_LIKE_PLACEHOLDER = /^(?:\[[^\]]*\]|\{\{[^}]*\}\}|<[^>]*>)$/;

export function cleanValue(raw: string | undefined): string {
  if (typeof raw !== 'string') return '';
  const v = raw.replace(/\s+/g, ' ').trim();
  return LOOKS_LIKE_PLACEHOLDER.test(v) ? '' : v;
}

/** The template's own punctuation wins: "liked." + "." must not print "liked..". */
function fitBefore(value: string, following: string): string {
  return /^[.,;:!?]/.test(following) ? value.replace(/[.,;:]+$/, '') : value;
}

function textAfter(pieces: readonly Segment[], i: number): string {
  const next = pieces[i + 1];
  return next && 'text' in next ? next.text : '';
}

export function renderSegments(
  segments: readonly Segment[],
  values: FieldValues,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  let out = '';
  segments.forEach((s, i) => {
    if ('text' in s) out += s.text;
    else if ('field' in s) {
      const v = cleanValue(values[s.field]);
      if (v === '') {
        if (!missing.includes(s.field)) missing.push(s.field);
      } else out += fitBefore(v, textAfter(segments, i));
    } else {
      const filled = s.optional.every((p) => !('field' in p) || cleanValue(values[p.field]) !== '');
      if (!filled) {
        out += DROPPED;
        return;
      }
      s.optional.forEach((p, j) => {
        if ('text' in p) out += p.text;
        else {
          const after = textAfter(s.optional, j) || textAfter(segments, i);
          out += fitBefore(cleanValue(values[p.field]), after);
        }
      });
    }
  });
  return { text: tidy(out), missing };
}

/** Removes lines emptied by a dropped part, doubled spaces and spaces before punctuation. */
function tidy(text: string): string {
  return text
    .split('\n')
    .filter((line) => !(line.includes(DROPPED) && line.replaceAll(DROPPED, '').trim() === ''))
    .map((line) =>
      line
        .replaceAll(DROPPED, '')
        .replace(/ {2,}/g, ' ')
        .replace(/ +([.,;:!?])/g, '$1')
        .trimEnd(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
