/** Metric rule kinds: counts and thresholds over the author's own text. */
import type { CompiledRule } from './catalogue';
import type { Span, TextModel } from './text-model';
import { wordCount } from './text-model';
import type { DraftKind } from './types';

export interface MetricHit extends Span {
  vars?: Record<string, string>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** A metric never needs to point at more places than the panel would show. */
const MAX_MARKS = 50;

/** Words a reader sees as the message: greeting and body, not the sign-off, signature or quote. */
export function authorWordCount(model: TextModel): number {
  let n = 0;
  for (const p of model.paragraphs) if (p.role !== 'signoff') n += wordCount(p.text);
  return n + (model.rest?.words ?? 0);
}

type MetricMatch = Extract<CompiledRule['spec']['match'], { kind: 'metric' }>;

interface ShoutingLists {
  allow: Set<string>;
  emphasis: Set<string>;
  before: Map<string, Set<string>>;
}

/** The `shouting` word lists as sets, made once per rule rather than on every keystroke. */
const SHOUTING = new WeakMap<CompiledRule, ShoutingLists>();
function shoutingLists(rule: CompiledRule, spec: MetricMatch): ShoutingLists {
  let lists = SHOUTING.get(rule);
  if (!lists) {
    lists = {
      allow: new Set((spec.allow ?? []).map((a) => a.toUpperCase())),
      emphasis: new Set((spec.emphasis ?? []).map((a) => a.toUpperCase())),
      before: new Map(
        Object.entries(spec.emphasisBefore ?? {}).map(([k, words]) => [
          k.toUpperCase(),
          new Set(words.map((w) => w.toLowerCase())),
        ]),
      ),
    };
    SHOUTING.set(rule, lists);
  }
  return lists;
}

export function runMetric(rule: CompiledRule, model: TextModel, kind: DraftKind): MetricHit[] {
  const m = rule.spec.match;
  if (m.kind !== 'metric') return [];
  const max = m.maxByKind?.[kind] ?? m.max;
  const paras = model.paragraphs;
  switch (m.metric) {
    case 'draft-words': {
      // Count without allocating a span per word (drafts can be pasted books); remember only the limit word.
      let count = 0;
      let from = -1;
      let lastEnd = 0;
      for (const p of paras) {
        if (p.role === 'signoff') continue;
        WORD.lastIndex = 0;
        for (let m = WORD.exec(p.text); m; m = WORD.exec(p.text)) {
          if (count === max) from = p.start + m.index;
          count++;
          lastEnd = p.start + m.index + m[0].length;
        }
      }
      // A pasted book: the words past the model are counted, not spanned one by one.
      const rest = model.rest;
      if (rest?.words) {
        if (count + rest.words > max && from < 0) from = rest.start;
        count += rest.words;
        lastEnd = rest.end;
      }
      if (count <= max || from < 0) return [];
      // Mark the text past the limit: that is what a trim would remove.
      return [{ start: from, end: lastEnd, vars: { count: String(count), max: String(max) } }];
    }
    case 'paragraph-words':
      return paras
        .filter((p) => p.role === 'body')
        .map((p) => ({ p, n: wordCount(p.text) }))
        .filter(({ n }) => n > max)
        .map(({ p, n }) => ({ start: p.start, end: p.end, vars: { count: String(n), max: String(max) } }));
    case 'sentence-words':
      return paras
        .filter((p) => p.role === 'body')
        .flatMap((p) => p.sentences)
        .map((s) => ({ s, n: wordCount(s.text) }))
        .filter(({ n }) => n > max)
        .map(({ s, n }) => ({ start: s.start, end: s.end, vars: { count: String(n), max: String(max) } }));
    case 'exclamations': {
      const marks: Span[] = [];
      let count = 0;
      let doubled = false;
      for (const p of paras) {
        for (const mm of p.text.matchAll(/!+/g)) {
          count += mm[0].length;
          if (mm[0].length > 1) doubled = true;
          if (marks.length < MAX_MARKS)
            marks.push({ start: p.start + mm.index, end: p.start + mm.index + mm[0].length });
        }
      }
      if (count <= max && !doubled) return [];
      return marks.map((s) => ({ ...s, vars: { count: String(count) } }));
    }
    case 'shouting': {
      const { allow, emphasis, before } = shoutingLists(rule, m);
      const minLetters = m.minLetters ?? 6;
      const hits: MetricHit[] = [];
      for (const p of paras) {
        if (p.role === 'signoff') continue;
        for (const mm of p.text.matchAll(/(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}'’-]*[\p{Lu}](?![\p{L}\p{N}])/gu)) {
          const word = mm[0].replace(/['’]S$/, '');
          const letters = word.replace(/[^\p{L}]/gu, '');
          if (allow.has(word) || allow.has(letters)) continue;
          // Acronyms are short; long all-caps words and short emphasis words are shouting.
          if (letters.length < minLetters && !emphasis.has(letters)) {
            const next = before.get(letters);
            const after =
              next && /^\s+([\p{L}'’-]+)/u.exec(p.text.slice(mm.index + mm[0].length, mm.index + 40));
            if (!after || !next.has((after[1] as string).toLowerCase())) continue;
          }
          hits.push({ start: p.start + mm.index, end: p.start + mm.index + mm[0].length });
        }
      }
      return hits.length > max ? hits : [];
    }
  }
}
