/**
 * The program's question told back in the applicant's own words: "You asked where UGB falls on my rank list and
 * which other programs I am still considering" (sets EB and EE, replies that decline to answer). The program asked
 * what it may not ask, as much as when its message is quoted below; program-asked-rank tells the applicant they
 * need not answer either way.
 */
import { normalize, toOriginalSpan } from '../normalize';
import type { Check } from './types';

/** "you asked (me) where / whether / which / how …", "your question about …", "you wanted to know if …". */
const YOU_ASKED =
  /\b(?:you\s+(?:also\s+|kindly\s+|had\s+)?(?:asked|enquired|inquired|wanted\s+to\s+know|were\s+asking|wondered)\s+(?:me\s+)?(?:about\s+)?(?:where|whether|which|how|if|what)|your\s+question\s+(?:about|on|regarding|of)\s+(?:where|whether|which|how|what))\b/i;

/** What a program may not ask: where it stands on the list, the other programs, the signals. */
const RANK_OR_OTHERS =
  /\b(?:rank(?:ed|ing)?|(?:my|your)\s+(?:rank\s+)?list|first\s+choice|top\s+choice|other\s+(?:programs?|places|interviews|offers|applications)|where\s+else|signal(?:ed|led|s)?)\b/i;

export const programAskedRecounted: Check = ({ model }) => {
  for (const p of model.paragraphs) {
    if (p.role !== 'body') continue;
    for (const s of p.sentences) {
      const n = normalize(s.text);
      const asked = YOU_ASKED.exec(n.text);
      if (!asked || !RANK_OR_OTHERS.test(n.text.slice(asked.index))) continue;
      const span = toOriginalSpan(n, asked.index, n.text.length);
      return [{ start: s.start + span.start, end: s.start + span.end }];
    }
  }
  return [];
};
