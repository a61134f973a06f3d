/** Where the draft says the program will be ranked first: the sentence a letter of intent stands on. */
import { normalize, toOriginalSpan } from '../normalize';
import type { Span, TextModel } from '../text-model';

const FIRST_CHOICE = [
  /\b(?:rank|list|place|put)(?:ing|ed)?\s+(?:[^.!?\n]{0,60}?\s)?(?:first|1st|#\s?1|number\s*(?:one|1)|at\s+the\s+(?:very\s+)?top)\b(?!\s+(?:three|five|ten|few|several|two|\d))/i,
  /(?<!one of )\b(?:my|the)\s+(?:clear\s+|absolute\s+|true\s+|very\s+)?(?:first|top|#\s?1|number[\s-]*(?:one|1))\s+(?:choice|pick|program)(?!s)\b/i,
];

export function firstChoiceSpan(model: TextModel): Span | null {
  for (const p of model.paragraphs) {
    if (p.role !== 'body') continue;
    for (const s of p.sentences) {
      const n = normalize(s.text);
      for (const re of FIRST_CHOICE) {
        const m = re.exec(n.text);
        if (m) {
          const span = toOriginalSpan(n, m.index, m.index + m[0].length);
          return { start: s.start + span.start, end: s.start + span.end };
        }
      }
    }
  }
  return null;
}
