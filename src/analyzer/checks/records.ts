/** Checks against what the applicant already sent and who the email goes to. */
import { programByName, programForAddress } from '../context';
import { firstChoiceSpan } from './first-choice';
import type { Check, CheckHit } from './types';
import { wholeDraft } from './types';

export const duplicateLetterOfIntent: Check = ({ model, kind, ctx }) => {
  const recipient = ctx.recipient;
  const ledger = ctx.raw.ledger ?? [];
  if (!recipient || ledger.length === 0) return [];
  const claim = firstChoiceSpan(model);
  if (kind !== 'letter-of-intent' && !claim) return [];
  const same = (name: string) => {
    const p = programByName(name, ctx.programs);
    return (p?.name ?? name).toLowerCase() === recipient.name.toLowerCase();
  };
  const earlier = ledger.find((e) => e && e.kind === 'letter-of-intent' && typeof e.program === 'string' && !same(e.program));
  if (!earlier) return [];
  const at = claim ?? wholeDraft(model);
  return [{ ...at, vars: { earlier: earlier.program, date: earlier.date ?? 'earlier', recipient: recipient.name } }];
};

export const massEmailRecipients: Check = ({ model, ctx }) => {
  const addresses = [...(ctx.raw.to ?? []), ...(ctx.raw.cc ?? [])];
  const names = new Set<string>();
  for (const a of addresses) {
    const p = programForAddress(a, ctx.programs);
    if (p) names.add(p.name);
  }
  if (names.size < 2) return [];
  return [{ ...wholeDraft(model), vars: { programs: [...names].join(', '), count: String(names.size) } }];
};

export const missingSubject: Check = ({ model, ctx }) => {
  const s = ctx.raw.subject;
  if (typeof s !== 'string' || s.trim() !== '') return [];
  return [wholeDraft(model)];
};

const AAMC = /\bAAMC\b[^\n]{0,20}?\d{7,9}|\bAAMC\s*(?:ID|#|number)/i;

/** Only once the applicant has signed off: a half-written draft is not missing anything yet. */
export const missingAamcId: Check = ({ model }) => {
  const signoff = model.paragraphs.filter((p) => p.role === 'signoff');
  const tail = [
    ...signoff.map((p) => p.text),
    model.signature ? model.text.slice(model.signature.start, model.signature.end) : '',
  ].join('\n');
  if (signoff.length === 0 && !model.signature) return [];
  if (AAMC.test(tail)) return [];
  const last = signoff[signoff.length - 1];
  const at: CheckHit = last ? { start: last.start, end: last.end } : wholeDraft(model);
  return [at];
};

export const expectedAsCurrent: Check = ({ model, ctx }) => {
  const status = (ctx.raw.profile as { status?: Record<string, unknown> } | undefined)?.status;
  if (!status || typeof status !== 'object') return [];
  const claims: [string, RegExp][] = [
    ['ecfmgCertified', /\b(?:I\s+am|I'm|as\s+an?)\s+(?:now\s+|fully\s+|already\s+)*ECFMG[\s-]certified\b|\b(?:received|obtained|have)\s+(?:my\s+)?ECFMG\s+certification\b/i],
    ['step3Passed', /\b(?:I\s+)?(?:have\s+|already\s+)*(?:passed|completed|cleared)\s+(?:USMLE\s+)?Step\s*(?:3|III)\b/i],
    ['permanentResident', /\b(?:I\s+am|I'm|as)\s+(?:now\s+)?an?\s+(?:U\.?S\.?\s+)?(?:permanent\s+resident|green[\s-]card\s+holder)\b|\bI\s+(?:have|hold)\s+(?:a|my)\s+green\s+card\b/i],
    ['usCitizen', /\b(?:I\s+am|I'm|as)\s+(?:now\s+)?an?\s+(?:U\.?S\.?|American)\s+citizen\b/i],
  ];
  const hits: CheckHit[] = [];
  for (const [field, re] of claims) {
    if (status[field] !== false) continue;
    for (const p of model.paragraphs) {
      if (p.role !== 'body') continue;
      const m = re.exec(p.text);
      if (m) hits.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, vars: { field } });
    }
  }
  return hits;
};
