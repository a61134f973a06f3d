/** Program and person names: the copy-paste mistakes that cost the most. */
import { escapeRegex } from '../regex';
import { personName } from '../context';
import type { ProgramInfo } from '../types';
import type { Check, CheckHit, CheckInput } from './types';

function namesOf(p: ProgramInfo): string[] {
  return [p.name, ...(p.aliases ?? [])].filter((n) => n && n.trim().length >= 3);
}

function findAll(text: string, name: string): { start: number; end: number }[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The author's text with the recipient's own names and affiliates blanked, so they never count as another program. */
function authorTextMasked({ model, ctx }: CheckInput): string {
  const chars = model.text.split('');
  const keep = new Array<boolean>(chars.length).fill(false);
  for (const p of model.paragraphs) for (let i = p.start; i < p.end; i++) keep[i] = true;
  const own = ctx.recipient ? [...namesOf(ctx.recipient), ...(ctx.recipient.affiliates ?? [])] : [];
  for (const n of own.sort((a, b) => b.length - a.length)) {
    for (const m of findAll(model.text, n)) for (let i = m.start; i < m.end; i++) keep[i] = false;
  }
  return chars.map((c, i) => (keep[i] ? c : c === '\n' ? '\n' : ' ')).join('');
}

export const wrongProgramName: Check = (input) => {
  const { ctx } = input;
  if (!ctx.recipient) return [];
  const text = authorTextMasked(input);
  const hits: CheckHit[] = [];
  for (const p of ctx.programs) {
    if (p.name === ctx.recipient.name) continue;
    const taken = new Set<number>();
    for (const n of namesOf(p).sort((a, b) => b.length - a.length)) {
      for (const m of findAll(text, n)) {
        if (taken.has(m.start)) continue;
        for (let i = m.start; i < m.end; i++) taken.add(i);
        hits.push({ ...m, vars: { named: p.name, recipient: ctx.recipient.name } });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
};

const TITLE = String.raw`(?:dr|doctor|prof|professor|mr|mrs|ms|mx|miss)\.?`;
const SALUTATION = new RegExp(
  String.raw`^\s*(?:dear|hello|hi|good\s+(?:morning|afternoon|evening))\s+${TITLE}\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`,
  'iu',
);

function lastName(full: string): string {
  const parts = full.trim().split(/\s+/);
  return parts[parts.length - 1] ?? '';
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export const pdNameMismatch: Check = ({ model, ctx }) => {
  const pd = personName(ctx.recipient?.programDirector);
  const greeting = model.paragraphs.find((p) => p.role === 'greeting') ?? model.paragraphs[0];
  if (!pd || !greeting) return [];
  const m = SALUTATION.exec(greeting.text);
  if (!m) return [];
  const written = m[1]!;
  const writtenLast = fold(lastName(written));
  const pdLast = fold(lastName(pd));
  const pdFull = fold(pd);
  if (writtenLast === pdLast || fold(written) === pdFull) return [];
  const start = greeting.start + m.index + m[0].length - written.length;
  const hit = { start, end: start + written.length, vars: { written, pd } };
  // A misspelling of the director's name is certain.
  if (editDistance(writtenLast, pdLast) <= Math.max(1, Math.floor(pdLast.length / 4))) return [hit];
  // So is the director of another program on the applicant's list (a copy-paste).
  const others = ctx.programs.filter((p) => p.name !== ctx.recipient?.name);
  if (others.some((p) => fold(lastName(personName(p.programDirector) ?? '')) === writtenLast)) return [hit];
  // Otherwise only when the email is addressed to the director: writing to a faculty interviewer is fine.
  const coordinator = personName(ctx.recipient?.coordinator);
  if (coordinator && fold(lastName(coordinator)) === writtenLast) return [];
  const to = (ctx.raw.to ?? []).map(fold).join(' ');
  if (to.includes(pdLast) && !to.includes(writtenLast)) return [hit];
  return [];
};

const SPECIALTIES: Record<string, string> = {
  anesthesiology: String.raw`anesthesi(?:ology|a)|anaesthesi(?:ology|a)`,
  'internal medicine': String.raw`internal\s+medicine`,
  pediatrics: String.raw`pediatrics|paediatrics`,
  'general surgery': String.raw`general\s+surgery|surgical\s+residency`,
  'emergency medicine': String.raw`emergency\s+medicine`,
  'family medicine': String.raw`family\s+medicine`,
  psychiatry: String.raw`psychiatry`,
  neurology: String.raw`neurology`,
  radiology: String.raw`(?:diagnostic\s+)?radiology`,
  pathology: String.raw`pathology`,
  dermatology: String.raw`dermatology`,
  'obstetrics and gynecology': String.raw`ob\s*/?\s*gyn|obstetrics\s+and\s+gynecology`,
  orthopaedics: String.raw`orthop(?:a)?edic(?:s|\s+surgery)`,
  urology: String.raw`urology`,
  ophthalmology: String.raw`ophthalmology`,
};

/**
 * "your internal medicine program" sent to an anesthesiology program. Only a specialty named as the
 * program's or as the residency applied to counts; "my internal medicine rotation" is ordinary history.
 */
export const specialtyMismatch: Check = ({ model, ctx }) => {
  const own = ctx.recipient?.specialty?.toLowerCase();
  if (!own) return [];
  const hits: CheckHit[] = [];
  for (const [name, pattern] of Object.entries(SPECIALTIES)) {
    if (own.includes(name) || name.includes(own)) continue;
    const re = new RegExp(
      String.raw`\b(?:your|the\s+program's|your\s+program's)\s+(?:(?:excellent|outstanding|renowned|strong|categorical|highly\s+regarded)\s+)?(?:${pattern})\s+(?:residency|program|department|training|team|family)|\b(?:residency|training|career|position)\s+in\s+(?:${pattern})\s+at\s+your|\b(?:${pattern})\s+residency\s+(?:at|with)\s+(?:your|the)\b|\bfuture\s+(?:${pattern})\s+residents?\b`,
      'giu',
    );
    for (const p of model.paragraphs) {
      if (p.role !== 'body') continue;
      for (const m of p.text.matchAll(re)) {
        hits.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, vars: { named: name, specialty: own } });
      }
    }
  }
  return hits;
};
