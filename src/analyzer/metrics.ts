/** Metric rule kinds: counts and thresholds over the author's own text. */
import type { CompiledRule } from './catalogue';
import type { Paragraph, Span, TextModel } from './text-model';
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

/** The `index`th word of `text` (-1: the last), as the WORD pattern reads words; text is known to have it. */
function wordAt(text: string, index: number): Span {
  WORD.lastIndex = 0;
  let found: Span = { start: 0, end: 0 };
  let i = 0;
  for (let w = WORD.exec(text); w; w = WORD.exec(text)) {
    found = { start: w.index, end: w.index + w[0].length };
    if (i++ === index) break;
  }
  return found;
}

/** Shouted words by paragraph text, per rule: typing changes one paragraph, the others keep theirs. */
let SHOUTED = new WeakMap<CompiledRule, Map<string, Span[]>>();
const SHOUTED_MAX = 500;

/** For a benchmark's cold run (resetSharedCaches). */
export function clearShouted(): void {
  SHOUTED = new WeakMap();
}

/** The shouted words of one paragraph, offsets relative to it. */
function shoutedIn(rule: CompiledRule, m: MetricMatch, text: string): Span[] {
  let byText = SHOUTED.get(rule);
  if (!byText) {
    byText = new Map();
    SHOUTED.set(rule, byText);
  }
  const known = byText.get(text);
  if (known) return known;
  const { allow, emphasis, before } = shoutingLists(rule, m);
  const minLetters = m.minLetters ?? 6;
  const hits: Span[] = [];
  for (const mm of text.matchAll(/(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}'’-]*[\p{Lu}](?![\p{L}\p{N}])/gu)) {
    const word = mm[0].replace(/['’]S$/, '');
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (allow.has(word) || allow.has(letters)) continue;
    // Acronyms are short; long all-caps words and short emphasis words are shouting.
    if (letters.length < minLetters && !emphasis.has(letters)) {
      const next = before.get(letters);
      const after = next && /^\s+([\p{L}'’-]+)/u.exec(text.slice(mm.index + mm[0].length, mm.index + 40));
      if (!after || !next.has((after[1] as string).toLowerCase())) continue;
    }
    hits.push({ start: mm.index, end: mm.index + mm[0].length });
  }
  if (byText.size >= SHOUTED_MAX) byText.clear();
  byText.set(text, hits);
  return hits;
}

export function runMetric(rule: CompiledRule, model: TextModel, kind: DraftKind): MetricHit[] {
  const m = rule.spec.match;
  if (m.kind !== 'metric') return [];
  const max = m.maxByKind?.[kind] ?? m.max;
  const paras = model.paragraphs;
  switch (m.metric) {
    case 'draft-words': {
      // Count with the cached per-paragraph counts (drafts can be pasted books, and this runs on every
      // keystroke); only the paragraph where the limit falls and the last one are read word by word.
      let count = 0;
      let crossing: Paragraph | null = null;
      let before = 0;
      let last: Paragraph | null = null;
      for (const p of paras) {
        if (p.role === 'signoff') continue;
        const n = wordCount(p.text);
        if (n === 0) continue;
        if (!crossing && count + n > max) {
          crossing = p;
          before = count;
        }
        count += n;
        last = p;
      }
      let from = crossing ? crossing.start + wordAt(crossing.text, max - before).start : -1;
      let lastEnd = last ? last.start + wordAt(last.text, -1).end : 0;
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
      const hits: MetricHit[] = [];
      for (const p of paras) {
        if (p.role === 'signoff') continue;
        for (const h of shoutedIn(rule, m, p.text))
          hits.push({ start: p.start + h.start, end: p.start + h.end });
      }
      return hits.length > max ? hits : [];
    }
  }
}
