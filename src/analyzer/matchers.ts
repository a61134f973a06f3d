/**
 * Text rule kinds (phrases, regex, compromise pattern) evaluated on one paragraph at a time, so results can
 * be cached by paragraph text and only a changed paragraph is matched again. A paragraph is normalized once
 * and every rule scans that one string; sentence conditions (`unless`, `all`) are only evaluated for the
 * sentences where a pattern actually matched, which keeps the common case (no match) to one scan per rule.
 */
import type { CompiledRule } from './catalogue';
import { getNlp } from './nlp';
import { type Normalized, normalize, toOriginalSpan } from './normalize';
import { lowerForLiterals, mayMatch } from './required-literals';
import type { Paragraph, Span } from './text-model';

/** What one rule found in one paragraph; offsets relative to the paragraph start. */
export interface ParagraphResult {
  hits: Span[];
  /** For paragraph/draft units: which `all` conditions matched somewhere in the paragraph. */
  allSeen: boolean[];
  unlessSeen: boolean;
}

/** A paragraph prepared once for all rules. */
export class PreparedParagraph {
  readonly norm: Normalized;
  private sentenceNorms = new Map<number, Normalized>();
  private lowered: string | null = null;

  constructor(readonly para: Paragraph) {
    this.norm = normalize(para.text);
  }

  /** Index of the sentence containing [start, end) (paragraph-relative), or -1 if it spans two. */
  sentenceOf(start: number, end: number): number {
    const s = this.para.sentences;
    for (let i = 0; i < s.length; i++) {
      const a = s[i]!.start - this.para.start;
      const b = s[i]!.end - this.para.start;
      if (start >= a && start < b) return end <= b ? i : -1;
    }
    return -1;
  }

  /** The normalized text in lower case, for the rules' literal prefilter. */
  get lower(): string {
    this.lowered ??= lowerForLiterals(this.norm.text);
    return this.lowered;
  }

  sentenceNorm(i: number): Normalized {
    let n = this.sentenceNorms.get(i);
    if (!n) {
      n = normalize(this.para.sentences[i]!.text);
      this.sentenceNorms.set(i, n);
    }
    return n;
  }
}

function scan(re: RegExp, text: string, out: Span[]) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

function unitOf(rule: CompiledRule) {
  const m = rule.spec.match;
  return ('unit' in m ? m.unit : undefined) ?? 'sentence';
}

function patternHits(rule: CompiledRule, p: PreparedParagraph): Span[] {
  const nlp = getNlp();
  const spec = rule.spec.match;
  if (!nlp || spec.kind !== 'pattern') return [];
  const out: Span[] = [];
  p.para.sentences.forEach((s, i) => {
    const n = p.sentenceNorm(i);
    if (rule.patterns[0] && !test(rule.patterns[0], n.text)) return;
    if (rule.unless.some((re) => test(re, n.text))) return;
    const doc = nlp(s.text);
    const rel = s.start - p.para.start;
    for (const pattern of spec.patterns) {
      for (const m of doc.match(pattern).json({ offset: true }) as {
        offset?: { start: number; length: number };
      }[]) {
        if (m.offset) out.push({ start: rel + m.offset.start, end: rel + m.offset.start + m.offset.length });
      }
    }
  });
  return out;
}

/** Runs one text rule on one prepared paragraph. */
export function matchParagraph(rule: CompiledRule, p: PreparedParagraph): ParagraphResult {
  const unit = unitOf(rule);
  const role = p.para.role;
  const result: ParagraphResult = { hits: [], allSeen: rule.all.map(() => false), unlessSeen: false };
  const skipsSignoff = role === 'signoff' && !rule.spec.readsSignature;
  if (unit === 'greeting' ? role !== 'greeting' : unit === 'signoff' ? role !== 'signoff' : skipsSignoff) {
    return result;
  }
  if (rule.spec.match.kind === 'pattern') {
    result.hits = patternHits(rule, p);
    return result;
  }
  const raw: Span[] = [];
  rule.patterns.forEach((re, i) => {
    const literals = rule.literals[i];
    if (!literals?.length || mayMatch(literals, p.lower)) scan(re, p.norm.text, raw);
  });

  if (unit === 'sentence') {
    // Conditions must hold in the sentence the match is in; a match across two sentences does not count.
    const verdict = new Map<number, boolean>();
    for (const h of raw) {
      const span = toOriginalSpan(p.norm, h.start, h.end);
      const i = p.sentenceOf(span.start, span.end);
      if (i < 0) continue;
      let ok = verdict.get(i);
      if (ok === undefined) {
        const n = p.sentenceNorm(i).text;
        ok = !rule.unless.some((re) => test(re, n)) && rule.all.every((re) => test(re, n));
        verdict.set(i, ok);
      }
      if (ok) result.hits.push(span);
    }
    return result;
  }
  // Paragraph-wide units (paragraph, draft, greeting, signoff): conditions anywhere in the unit.
  result.allSeen = rule.all.map((re) => test(re, p.norm.text));
  result.unlessSeen = rule.unless.some((re) => test(re, p.norm.text));
  for (const h of raw) result.hits.push(toOriginalSpan(p.norm, h.start, h.end));
  if (unit !== 'draft' && (result.unlessSeen || !result.allSeen.every(Boolean))) result.hits = [];
  return result;
}
