/** What every analyzer report must satisfy, whatever the draft (issue 7 §1). Returns the first problem found. */
import { DRAFT_KINDS, type Finding, type Report, SEVERITIES } from '../../../src/analyzer/types';

/** Offsets where each line starts, for line/column checks that stay linear on 100,000-character drafts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, by binary search over `lineStarts`. */
export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  // The line of `offset` is the last one that starts at or before it (a '\n' belongs to the line it ends).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

const show = (f: Finding) => `${f.ruleId} [${f.target} ${f.start},${f.end}) line ${f.line}:${f.column}`;

export function reportProblem(draft: string, thread: string | undefined, report: Report): string | null {
  if (!report || !Array.isArray(report.findings)) return 'report has no findings array';
  if (!DRAFT_KINDS.includes(report.kind)) return `unknown kind ${String(report.kind)}`;
  if (report.failedRules !== undefined) return `failedRules: ${JSON.stringify(report.failedRules)}`;
  const starts = { draft: null as number[] | null, thread: null as number[] | null };
  for (const f of report.findings) {
    const source = f.target === 'draft' ? draft : f.target === 'thread' ? thread : undefined;
    if (source === undefined) return `${show(f)}: target ${String(f.target)} has no text to point into`;
    if (!SEVERITIES.includes(f.severity)) return `${show(f)}: severity ${String(f.severity)}`;
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) return `${show(f)}: offsets not integers`;
    if (!(f.start >= 0 && f.start <= f.end && f.end <= source.length)) {
      return `${show(f)}: outside the ${f.target} (length ${source.length})`;
    }
    const key = f.target === 'draft' ? 'draft' : 'thread';
    starts[key] ??= lineStarts(source);
    const table = starts[key];
    const want = lineColumn(table, f.start);
    if (f.line !== want.line || f.column !== want.column) {
      return `${show(f)}: line/column should be ${want.line}:${want.column}`;
    }
    if (f.excerpt !== source.slice(f.start, f.end).slice(0, 200)) {
      return `${show(f)}: excerpt ${JSON.stringify(f.excerpt)} is not the slice`;
    }
    for (const key of ['message', 'why'] as const) {
      if (typeof f[key] !== 'string' || f[key].trim() === '') return `${show(f)}: empty ${key}`;
    }
    if (!f.source || typeof f.source.url !== 'string' || typeof f.source.title !== 'string') {
      return `${show(f)}: source missing`;
    }
  }
  return null;
}

const TONE_LABELS = [
  'professional',
  'warm',
  'confident',
  'hedging',
  'apologetic',
  'desperate',
  'emotional',
  'pushy',
  'casual',
  'negative',
];

/** What every tone report must satisfy (DESIGN §4.1 `tone --format json`). Returns the first problem found. */
export function toneProblem(draft: string, report: unknown): string | null {
  const r = report as {
    labels?: { label: string; score: number; sentences: { start: number; end: number }[] }[];
    dominant?: string[];
    suggestions?: unknown[];
    readability?: Record<string, number>;
    length?: { words: number; budget: number; over: boolean };
  };
  if (!r || !Array.isArray(r.labels)) return 'no labels';
  const labels = r.labels.map((l) => l.label);
  if (labels.join() !== TONE_LABELS.join()) return `labels ${labels.join()}`;
  for (const l of r.labels) {
    if (!(l.score >= 0 && l.score <= 1)) return `${l.label}: score ${l.score}`;
    for (const s of l.sentences) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `${l.label}: offsets not integers`;
      if (!(s.start >= 0 && s.start <= s.end && s.end <= draft.length)) {
        return `${l.label}: sentence [${s.start},${s.end}) outside the draft (length ${draft.length})`;
      }
    }
  }
  if (!Array.isArray(r.dominant) || r.dominant.some((d) => !TONE_LABELS.includes(d))) return 'dominant';
  if (!Array.isArray(r.suggestions) || r.suggestions.some((s) => typeof s !== 'string' || s.trim() === '')) {
    return 'suggestions';
  }
  for (const [k, v] of Object.entries(r.readability ?? {}))
    if (!Number.isFinite(v)) return `readability.${k} ${v}`;
  if (!r.length || !Number.isFinite(r.length.words) || r.length.words < 0) return 'length';
  return null;
}
