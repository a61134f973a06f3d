/** Does the draft say anything only this program would recognise? */
import { escapeRegex } from '../regex';
import { personName } from '../context';
import { wordCount } from '../text-model';
import type { Check } from './types';
import { stringList, wholeDraft } from './types';

export const genericMessage: Check = ({ model, kind, ctx, params }) => {
  const r = ctx.recipient;
  if (!r) return [];
  const kinds = stringList(params.kinds);
  if (kinds.length && !kinds.includes(kind)) return [];
  const body = model.paragraphs.filter((p) => p.role === 'body');
  const text = body.map((p) => p.text).join('\n');
  if (wordCount(text) < Number(params.minWords ?? 40)) return [];
  const pd = personName(r.programDirector);
  const specifics = [
    r.name,
    ...(r.aliases ?? []),
    ...(r.affiliates ?? []),
    r.city,
    pd ? pd.split(/\s+/).pop() : undefined,
  ].filter((s): s is string => !!s && s.length >= 3);
  const named = specifics.some((s) =>
    new RegExp(`(?<![\\p{L}])${escapeRegex(s).replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'iu').test(text),
  );
  return named ? [] : [wholeDraft(model)];
};
