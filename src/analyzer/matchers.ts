/**
 * Text rule kinds (phrases, regex, compromise pattern) evaluated on one paragraph at a time, so results can
 * be cached by paragraph text and only a changed paragraph is matched again. A paragraph is normalized once
 * and every rule scans that one string; sentence conditions (`unless`, `all`) are only evaluated for the
 * sentences where a pattern actually matched, which keeps the common case (no match) to one scan per rule.
 */
import type { CompiledRule } from './catalogue';
import { lastAtOrBefore } from './last-at-or-before';
import { getNlp } from './nlp';
import { type Normalized, normalize, toOriginalSpan } from './normalize';
import { type LiteralIndex, lowerForLiterals, type RequiredLiterals } from './required-literals';
import type { SentenceLabel } from './sentence/labels';
import type { Paragraph, Span } from './text-model';

/** How likely a sentence is to do what a label says (the sentence layer), or null when it is not loaded. */
export type SentenceReader = (sentence: string, label: SentenceLabel) => number;

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
  private worded: boolean[] | undefined;
  private sentenceClauses = new Map<number, { text: string; norm: string }[]>();
  private sentenceLeads = new Map<number, string | null>();
  private lowered: string | null = null;
  private starts: number[] | null = null;
  private found: Set<string> | null = null;
  private readonly looked = new Map<string, boolean>();

  constructor(
    readonly para: Paragraph,
    readonly reader: SentenceReader | null = null,
    /** The catalogue's literals, found in the paragraph in one pass; without it each is looked up alone. */
    private readonly literals: LiteralIndex | null = null,
  ) {
    this.norm = normalize(para.text);
  }

  /**
   * Index of the sentence containing [start, end) (paragraph-relative), or -1 if it spans two. A binary
   * search: a pasted wall of one-line sentences can have thousands, and a rule may match on each.
   */
  sentenceOf(start: number, end: number): number {
    const s = this.para.sentences;
    if (s.length === 0) return -1;
    this.starts ??= s.map((x) => x.start - this.para.start);
    const i = lastAtOrBefore(this.starts, start);
    const a = this.starts[i]!;
    const b = s[i]!.end - this.para.start;
    if (start >= a && start < b) return end <= b ? i : -1;
    return -1;
  }

  /** The normalized text in lower case, for the rules' literal prefilter. */
  get lower(): string {
    this.lowered ??= lowerForLiterals(this.norm.text);
    return this.lowered;
  }

  /**
   * The rules' literal prefilter (mayMatch in required-literals.ts). With the catalogue's literal index, every
   * literal the paragraph contains is found in one pass the first time a pattern asks; without it, each literal
   * is looked up once per paragraph (~400 patterns share the same literals).
   */
  mayMatch(required: RequiredLiterals): boolean {
    if (this.literals) this.found ??= this.literals.foundIn(this.lower);
    for (const set of required) {
      let found = false;
      for (const s of set) {
        if (this.has(s)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  private has(literal: string): boolean {
    if (this.found) return this.found.has(literal);
    let has = this.looked.get(literal);
    if (has === undefined) {
      has = this.lower.includes(literal);
      this.looked.set(literal, has);
    }
    return has;
  }

  /**
   * Whether sentence i has a word to read: a "sentence" of digits or marks alone ("1." in a pasted numbered wall)
   * can say nothing the sentence layer reads, and skipping it keeps such a wall from costing every intent rule a
   * reading, a clause split and its guards per fragment.
   */
  hasWords(i: number): boolean {
    this.worded ??= this.para.sentences.map((s) => WORD.test(s.text));
    return this.worded[i]!;
  }

  sentenceNorm(i: number): Normalized {
    let n = this.sentenceNorms.get(i);
    if (!n) {
      n = normalize(this.para.sentences[i]!.text);
      this.sentenceNorms.set(i, n);
    }
    return n;
  }

  /**
   * What sentence i says after a short lead-in and a colon ("I would like to ask only one thing: could you tell
   * me…"), or null when it has none: found once for all rules.
   */
  afterLeadIn(i: number): string | null {
    let rest = this.sentenceLeads.get(i);
    if (rest === undefined) {
      const text = this.para.sentences[i]!.text;
      const lead = LEAD_IN.exec(text);
      rest =
        lead && wordsIn(lead[0]) <= LEAD_IN_WORDS && wordsIn(text.slice(lead[0].length)) >= CLAUSE_WORDS
          ? text.slice(lead[0].length)
          : null;
      this.sentenceLeads.set(i, rest);
    }
    return rest;
  }

  /** The clauses of sentence i that can be read alone (see clausesOf), split and normalized once for all rules. */
  clauses(i: number): { text: string; norm: string }[] {
    let c = this.sentenceClauses.get(i);
    if (!c) {
      c = clausesOf(this.para.sentences[i]!.text).map((text) => ({ text, norm: normalize(text).text }));
      this.sentenceClauses.set(i, c);
    }
    return c;
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

/** A rule one step less severe: what a likely, not certain, reading of an error-level intent reports. */
const MILDER = { error: 'warning', warning: 'suggestion', suggestion: undefined } as const;

/**
 * Sentences the sentence layer reads as doing what the rule's `intent` names, marked whole (without the
 * spaces around them). The rule's `unless` guards apply as they do to its patterns, and its `about` topics
 * must be named. Only body sentences are read: greetings and sign-offs have rules of their own. A request
 * split over two sentences ("I certify my list on Friday. Anything you can tell me would help.") is read
 * as the pair too, and marked over both when only the pair says it.
 */
function intentHits(rule: CompiledRule, p: PreparedParagraph, out: Span[]) {
  const intent = rule.spec.intent;
  if (!intent || !p.reader || p.para.role !== 'body') return;
  const milder = MILDER[rule.spec.severity];
  const from = milder ? (intent.warnFrom ?? intent.min) : intent.min;
  const sentences = p.para.sentences;
  const passesUnless = (norm: string) => !rule.unless.some((re) => test(re, norm));
  const passes = (norm: string) => passesUnless(norm) && rule.about.every((re) => test(re, norm));
  const push = (first: number, last: number, prob: number, partOnly = false) => {
    const a = sentences[first]!;
    const b = sentences[last]!;
    const lead = a.text.length - a.text.trimStart().length;
    const end = b.end - a.start - (b.text.length - b.text.trimEnd().length);
    if (end <= lead) return;
    const rel = a.start - p.para.start;
    const hit: Span = { start: rel + lead, end: rel + end };
    // A clause read alone has lost the rest of its sentence: however sure, it is not sure enough to block a
    // send ("…, so I hope this shows how seriously I am considering your program" read as a rank question).
    if ((prob < intent.min || partOnly) && milder) hit.severity = milder;
    out.push(hit);
  };
  const alone: number[] = sentences.map((s, i) => {
    if (!p.hasWords(i)) return 0;
    const whole = p.reader!(s.text, intent.label);
    // After a short lead-in and a colon, what the sentence says is read as a sentence too. A fragment read
    // alone has lost its lead-in ("close ties to the region: my parents live nearby"), so it counts only when
    // it reads clearly.
    const after = p.afterLeadIn(i);
    if (after === null) return whole;
    const rest = p.reader!(after, intent.label);
    return rest >= LEAD_IN_FLOOR ? Math.max(whole, rest) : whole;
  });
  sentences.forEach((_, i) => {
    if (alone[i]! < from) return;
    const norm = p.sentenceNorm(i).text;
    if (passes(norm)) push(i, i, alone[i]!);
    // "I will rank Prairie Crest first. You have my word on that.": the topic is named in the sentence before
    // and pointed back to; the sentence's own guards still apply.
    else if (
      i > 0 &&
      POINTS_BACK.test(norm) &&
      passesUnless(norm) &&
      rule.about.every((re) => test(re, `${p.sentenceNorm(i - 1).text} ${norm}`))
    )
      push(i, i, alone[i]!, wordsIn(norm) > POINTS_BACK_WORDS);
  });
  // What is already marked: a sentence's own push never overlaps a later sentence, so this set holds here.
  let marked = overlapsOf(out);
  sentences.forEach((sentence, i) => {
    // A long sentence that does not read so as a whole may carry the request in one of its clauses
    // ("I would be thankful to learn whether…, and if possible some assurance that there will be a place for
    // me, so that…"): each clause is read on its own, and the sentence's own guards still apply to it.
    if (alone[i]! >= from || !p.hasWords(i)) return;
    const a0 = sentence.start - p.para.start;
    if (marked(a0, sentence.end - p.para.start)) return;
    let best = 0;
    for (const clause of p.clauses(i)) {
      const prob = p.reader!(clause.text, intent.label);
      if (prob > best && rule.about.every((re) => test(re, clause.norm))) best = prob;
    }
    // The sentence's guards last: most sentences have no clause that reads so, and the guards are many regexes.
    if (best >= Math.max(from, CLAUSE_FLOOR) && passesUnless(p.sentenceNorm(i).text)) push(i, i, best, true);
  });
  marked = overlapsOf(out);
  // A pair pushed below can overlap only the next pair (it ends inside that pair's first sentence).
  let pairEnd = 0;
  for (let i = 0; i + 1 < sentences.length; i++) {
    // Only when neither sentence says it alone (nor a pattern found it there), and the two together clearly do.
    if (alone[i]! >= from || alone[i + 1]! >= from) continue;
    if (Math.max(alone[i]!, alone[i + 1]!) < PAIR_GATE) continue;
    const a0 = sentences[i]!.start - p.para.start;
    const b1 = sentences[i + 1]!.end - p.para.start;
    if (a0 < pairEnd || marked(a0, b1)) continue;
    const pair = `${sentences[i]!.text.trim()} ${sentences[i + 1]!.text.trim()}`;
    const prob = p.reader!(pair, intent.label);
    if (prob < Math.max(from, PAIR_FLOOR) || !passes(normalize(pair).text)) continue;
    // Each sentence's own guards too: a guard anchored to a sentence's start cannot see it inside the pair ("…not
    // planning to list any other IR program at all. If I'm not training in Knoxville, I'd rather take the year and
    // reapply": the condition's consequence is no ranking, set DF).
    if (!passesUnless(p.sentenceNorm(i).text) || !passesUnless(p.sentenceNorm(i + 1).text)) continue;
    push(i, i + 1, prob);
    pairEnd = out[out.length - 1]?.end ?? pairEnd;
  }
}

/** Two letters in a row: a word the sentence layer can read. */
const WORD = /\p{L}{2}/u;

/** A lead-in ending in a colon ("One more question:", "To be direct:"), not a time ("at 8:30"). */
const LEAD_IN = /^[^:]{3,120}?:\s+(?=\S)/;
/** A lead-in is short: a longer run before a colon is the sentence itself. */
const LEAD_IN_WORDS = 12;
/** What the part after a lead-in must read at least to count (a whole sentence's warning floors are lower). */
const LEAD_IN_FLOOR = 0.7;
const wordsIn = (t: string) => t.split(/\s+/).filter(Boolean).length;

/**
 * Words that point back to the sentence before ("my word on that", "it will not change", "this is final", "I
 * hope so"). "So" opening a purpose or result ("let me know so I can finalize my list") refers to nothing.
 */
// "thats not changing no matter what, u have my word" (set CD): phone-typed "thats" points back too.
const POINTS_BACK = /\b(?:that|thats|this|it|the\s+matter|so(?!\s+(?:that|i|we|i'm|we're|my|our)\b))\b/i;
/**
 * A short sentence that points back ("You have my word on that.") says what its neighbour says; a longer one may
 * only contain "that" or "so" ("a couples list that makes sense, … would help us so much", set B), so its
 * borrowed reading is reported one step milder: it never blocks a send on its own.
 */
const POINTS_BACK_WORDS = 12;

/**
 * Whether any of `spans` overlaps [a, b): a binary search over them sorted by start, with the greatest end so
 * far, instead of a scan per sentence (a wall of one-line sentences, each with a pattern hit, was quadratic).
 */
function overlapsOf(spans: readonly Span[]): (a: number, b: number) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const starts = sorted.map((x) => x.start);
  const maxEnd: number[] = [];
  let m = Number.NEGATIVE_INFINITY;
  for (const x of sorted) {
    m = Math.max(m, x.end);
    maxEnd.push(m);
  }
  return (a, b) => {
    // Among the spans starting before b, does one end after a?
    if (starts[0]! >= b) return false;
    return maxEnd[lastBefore(starts, b)]! > a;
  };
}

/** Index of the last entry of ascending `starts` that is < `offset` (the first is known to be). */
function lastBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! < offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A pair of sentences must read at least this likely: two sentences carry more words to be misread. */
const PAIR_FLOOR = 0.6;
/**
 * A pair costs a model read on the keystroke path, so it is read only where one of its sentences already
 * leans that way (measured on the labeled sets: no finding lost). Clauses are not gated: a long sentence's
 * whole reading can be near zero while one clause says it plainly.
 */
const PAIR_GATE = 0.2;
/** A clause read alone must read at least this likely: it has lost the rest of its sentence. */
const CLAUSE_FLOOR = 0.85;
/** Sentences shorter than this are read whole only: their clauses are too short to say anything alone. */
const CLAUSE_MIN_WORDS = 20;
/** A clause needs this many words to be read alone. */
const CLAUSE_WORDS = 6;
/**
 * Where a long sentence divides into clauses that can stand alone: semicolons and dashes, and a comma before
 * a conjunction or a subordinator ("…, and if possible some assurance…", "…, so that I can plan…").
 */
const CLAUSE_BREAK =
  /\s*(?:;|\s[—–-]\s|,\s+(?=(?:and|but|or|so|because|since|although|though|while|as|which|especially|particularly)\b))\s*/giu;

/**
 * A colon (not a clock time) also ends a clause: "I need a yes or no from you by Tuesday at noon: am I in a position
 * to match at PTMC, and …" (set CN). Its clauses are read besides the others, not instead: a list after a colon
 * ("most of them were a letdown: disorganized interview days, …", set B) reads as one.
 */
const COLON_BREAK = /:\s+/;

/** A question's clauses are parts of the question: each keeps the sentence's question mark. */
const QUESTION_END = /\?\s*$/;

function clausesOf(sentence: string): string[] {
  const words = sentence.split(/\s+/).filter(Boolean).length;
  if (words < CLAUSE_MIN_WORDS) return [];
  const split = (s: string) => s.split(CLAUSE_BREAK).map((c) => c.trim());
  const parts = split(sentence);
  if (COLON_BREAK.test(sentence)) for (const side of sentence.split(COLON_BREAK)) parts.push(...split(side));
  const unique = [...new Set(parts)].filter((c) => c !== sentence.trim());
  if (unique.length < 2) return [];
  const ask = QUESTION_END.test(sentence);
  return unique
    .filter((c) => c.split(/\s+/).length >= CLAUSE_WORDS)
    .map((c) => (ask && !QUESTION_END.test(c) ? `${c.replace(/[,.;:]+$/, '')}?` : c));
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
    intentHits(rule, p, result.hits);
    return result;
  }
  const raw: Span[] = [];
  rule.patterns.forEach((re, i) => {
    const literals = rule.literals[i];
    if (!literals?.length || p.mayMatch(literals)) scan(re, p.norm.text, raw);
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
    intentHits(rule, p, result.hits);
    return result;
  }
  // Paragraph-wide units (paragraph, draft, greeting, signoff): conditions anywhere in the unit.
  result.allSeen = rule.all.map((re) => test(re, p.norm.text));
  result.unlessSeen = rule.unless.some((re) => test(re, p.norm.text));
  for (const h of raw) result.hits.push(toOriginalSpan(p.norm, h.start, h.end));
  if (unit !== 'draft' && (result.unlessSeen || !result.allSeen.every(Boolean))) result.hits = [];
  return result;
}
