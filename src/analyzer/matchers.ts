/**
 * Text rule kinds (phrases, regex, compromise pattern) evaluated on one paragraph at a time, so results can
 * be cached by paragraph text and only a changed paragraph is matched again.
 */
import type { CompiledRule } from './catalogue';
import { getNlp } from './nlp';
import { normalize, toOriginalSpan } from './normalize';
import type { Paragraph, Sentence, Span } from './text-model';

/** What one rule found in one paragraph; offsets relative to the paragraph start. */
export interface ParagraphResult {
  hits: Span[];
  /** For paragraph/draft units: which `all` conditions matched somewhere in the paragraph. */
  allSeen: boolean[];
  unlessSeen: boolean;
}

function scan(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

function regexHits(
  rule: CompiledRule,
  original: string,
): { hits: Span[]; allSeen: boolean[]; unlessSeen: boolean } {
  const n = normalize(original);
  const allSeen = rule.all.map((re) => test(re, n.text));
  const unlessSeen = rule.unless.some((re) => test(re, n.text));
  const hits: Span[] = [];
  for (const re of rule.patterns) {
    for (const h of scan(re, n.text)) hits.push(toOriginalSpan(n, h.start, h.end));
  }
  return { hits, allSeen, unlessSeen };
}

function patternHits(rule: CompiledRule, sentence: string): Span[] {
  const nlp = getNlp();
  const spec = rule.spec.match;
  if (!nlp || spec.kind !== 'pattern') return [];
  if (rule.patterns[0] && !test(rule.patterns[0], normalize(sentence).text)) return [];
  const doc = nlp(sentence);
  const out: Span[] = [];
  for (const p of spec.patterns) {
    for (const m of doc.match(p).json({ offset: true }) as { offset?: { start: number; length: number } }[]) {
      if (m.offset) out.push({ start: m.offset.start, end: m.offset.start + m.offset.length });
    }
  }
  return out;
}

function unitTexts(rule: CompiledRule, para: Paragraph): (Sentence | Paragraph)[] {
  const m = rule.spec.match;
  const unit = ('unit' in m ? m.unit : undefined) ?? 'sentence';
  if (unit === 'greeting') return para.role === 'greeting' ? [para] : [];
  if (unit === 'signoff') return para.role === 'signoff' ? [para] : [];
  if (para.role === 'signoff') return [];
  if (unit === 'sentence') return para.sentences;
  return [para];
}

/** Runs one text rule on one paragraph. */
export function matchParagraph(rule: CompiledRule, para: Paragraph): ParagraphResult {
  const m = rule.spec.match;
  const unit = ('unit' in m ? m.unit : undefined) ?? 'sentence';
  const result: ParagraphResult = { hits: [], allSeen: rule.all.map(() => false), unlessSeen: false };
  for (const u of unitTexts(rule, para)) {
    const rel = u.start - para.start;
    if (m.kind === 'pattern') {
      const n = normalize(u.text);
      if (rule.unless.some((re) => test(re, n.text))) continue;
      for (const h of patternHits(rule, u.text)) result.hits.push({ start: h.start + rel, end: h.end + rel });
      continue;
    }
    const r = regexHits(rule, u.text);
    const perUnit = unit === 'sentence' || unit === 'greeting' || unit === 'signoff';
    if (perUnit) {
      // Sentence-scoped rules: conditions must hold in the same sentence.
      if (r.unlessSeen || !r.allSeen.every(Boolean)) continue;
    } else {
      r.allSeen.forEach((seen, i) => {
        if (seen) result.allSeen[i] = true;
      });
      if (r.unlessSeen) result.unlessSeen = true;
    }
    for (const h of r.hits) result.hits.push({ start: h.start + rel, end: h.end + rel });
  }
  if (unit === 'paragraph' && (result.unlessSeen || !result.allSeen.every(Boolean))) result.hits = [];
  return result;
}
