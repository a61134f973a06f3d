/**
 * A sentence as model features: hashed ids of its stemmed words, word pairs and triples, the named concepts
 * its words belong to (alone, in sequence, and as ordered pairs a few words apart) and cheap form flags
 * (a question, a sentence opening with an auxiliary or a wh-word, a conditional, a negation, all lower case).
 * Pure and deterministic: training (scripts/train.mjs) and inference share this one function.
 */
import { stemmer } from 'stemmer';
import { normalize } from '../normalize';
import { CONCEPTS, SHORTHAND } from './concepts';

export const HASH_BITS = 16;
const MASK = (1 << HASH_BITS) - 1;
/** How far apart (in words) two concepts may be and still count as a pair. */
const PAIR_WINDOW = 7;

/** Words that open a condition on their own. */
const CONDITIONAL = new Set(['if', 'unless', 'provided', 'providing', 'assuming', 'contingent']);
/** "Should the program…", "Were you…", "Had I…": a condition by word order. */
const INVERTED_IF = new Set(['should', 'were', 'had']);
const INVERTED_SUBJECT = new Set([
  'the',
  'you',
  'your',
  'i',
  'we',
  'it',
  'there',
  'this',
  'that',
  'my',
  'our',
]);
const AUX = new Set([
  'do',
  'does',
  'did',
  'would',
  'could',
  'can',
  'will',
  'is',
  'are',
  'am',
  'was',
  'were',
  'have',
  'has',
  'may',
  'might',
  'should',
  'shall',
]);
const WH = new Set(['where', 'how', 'whether', 'what', 'which', 'when', 'who', 'why']);
const NEGATION = new Set(['not', 'never', 'no', 'cannot', 'nor', 'neither', 'without']);

const stemCache = new Map<string, string>();
function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) && word.length > 3 ? stemmer(word) : word;
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Concept names by stem, and by stem pair for two-word entries ("plan b", "match day"). */
const CONCEPT_OF = new Map<string, string[]>();
for (const [name, words] of Object.entries(CONCEPTS)) {
  for (const w of words) {
    const key = w
      .toLowerCase()
      .split(/[\s]+/)
      .map((x) => stem(x))
      .join(' ');
    const list = CONCEPT_OF.get(key) ?? [];
    if (!list.includes(name)) list.push(name);
    CONCEPT_OF.set(key, list);
  }
}

/** FNV-1a over UTF-16 code units, folded to HASH_BITS. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> HASH_BITS)) & MASK;
}

const TOKEN = /[a-z]+(?:[-'][a-z]+)*|\d+(?:st|nd|rd|th)?|#\d+|[?!]/g;

/** Lower-cased words of a sentence with chat spellings expanded: what the model reads. */
export function sentenceWords(text: string): string[] {
  const lower = normalize(text).text.toLowerCase();
  const out: string[] = [];
  for (const m of lower.matchAll(TOKEN)) {
    const t = m[0].replace(/'s$/, '').replace(/'/g, '');
    // Own keys only: a word like "constructor" must not reach Object.prototype.
    const expanded = Object.hasOwn(SHORTHAND, t) ? SHORTHAND[t] : undefined;
    if (expanded) for (const x of expanded.split(' ')) out.push(x);
    else out.push(t);
  }
  return out;
}

/** Capitalised words that are not names of programs, places or people. */
const NOT_A_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I|Dr|Mr|Mrs|Ms|Match|Day|Step|USMLE|COMLEX|ERAS|NRMP|SOAP|AAMC|MD|DO|PGY|ICU|God)$/;
const CASED_WORD = /[A-Za-z]+(?:[-'][A-Za-z]+)*/g;
const CAPITALISED = /^[A-Z][a-z]/;

/**
 * Names in the middle of a sentence, as the word before and after them: "interviewed at NAME", "NAME and NAME".
 * The rest of the features are lower-cased, so without these "I also interviewed at Canyon Sky" reads like
 * "I also interviewed at your program". Measured on eight held-out writers: mean average precision over the
 * twelve problem labels 0.766 → 0.774, recall at precision 0.9 0.608 → 0.633 (discloses-other-programs AP
 * 0.602 → 0.666).
 */
function properNameFeatures(text: string, ids: Set<number>): void {
  const toks = text.match(CASED_WORD);
  if (!toks) return;
  let names = 0;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!CAPITALISED.test(t) || NOT_A_NAME.test(t)) continue;
    names++;
    const prev = toks[i - 1]!;
    const next = toks[i + 1];
    if (i - 1 === 0 || !CAPITALISED.test(prev)) ids.add(hashFeature(`n|${prev.toLowerCase()} NAME`));
    if (next && !CAPITALISED.test(next)) ids.add(hashFeature(`n|NAME ${next.toLowerCase()}`));
  }
  if (names) ids.add(hashFeature('n|NAME'));
  if (names >= 3) ids.add(hashFeature('n|NAMES'));
}

const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a of `s` continued from state `h` (before folding): a feature's hash without building its string. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
const fold = (h: number) => (h ^ (h >>> HASH_BITS)) & MASK;
const SPACE = (h: number) => Math.imul(h ^ 0x20, 0x01000193);
const W = fnv(FNV_OFFSET, 'w|');
const B = fnv(FNV_OFFSET, 'b|');
const T = fnv(FNV_OFFSET, 't|');
const C = fnv(FNV_OFFSET, 'c|');
const CC = fnv(FNV_OFFSET, 'cc|');
const CCC = fnv(FNV_OFFSET, 'ccc|');
const P = fnv(FNV_OFFSET, 'p|');
const CW = fnv(FNV_OFFSET, 'cw|');
const TILDE = (h: number) => Math.imul(h ^ 0x7e, 0x01000193);
const flag = (name: string) => hashFeature(`f|${name}`);
const FLAG = {
  question: flag('question'),
  exclaim: flag('exclaim'),
  auxFirst: flag('aux-first'),
  whFirst: flag('wh-first'),
  if: flag('if'),
  negation: flag('negation'),
  imperative: flag('imperative'),
  allLower: flag('all-lower'),
  shouting: flag('shouting'),
  emoji: flag('emoji'),
  len: [0, 1, 2, 3, 4].map((k) => flag(`len${k}`)),
};
const BIAS = hashFeature('bias');

/**
 * Feature ids of one sentence (with repeats removed), ready for a linear model. Each feature is the FNV-1a
 * hash of a string ("w|stem", "b|stem stem", "c|concept", …); the hashes are computed part by part without
 * building those strings (the reading of a sentence is on the typing path). The ids come in the order the
 * features are first produced, which tests/unit/sentence-features.test.ts holds equal to hashing the strings.
 */
export function sentenceFeatures(text: string): number[] {
  const words = sentenceWords(text);
  const ids = new Set<number>();
  const stems = words.filter((w) => w !== '?' && w !== '!').map(stem);
  const n = stems.length;

  // Words, pairs and triples over <s> stems </s>.
  const len = n + 2;
  const tok = (i: number) => (i === 0 ? '<s>' : i === len - 1 ? '</s>' : (stems[i - 1] as string));
  for (let i = 0; i < len; i++) {
    const a = tok(i);
    if (i > 0 && i < len - 1) ids.add(fold(fnv(W, a)));
    if (i + 1 < len) {
      const ab = fnv(SPACE(fnv(B, a)), tok(i + 1));
      ids.add(fold(ab));
    }
    if (i + 2 < len) ids.add(fold(fnv(SPACE(fnv(SPACE(fnv(T, a)), tok(i + 1))), tok(i + 2))));
  }

  // Concepts at each word position (two-word entries mark both words).
  const at: string[][] = stems.map((s) => [...(CONCEPT_OF.get(s) ?? [])]);
  for (let i = 0; i + 1 < n; i++) {
    const two = CONCEPT_OF.get(`${stems[i]} ${stems[i + 1]}`);
    if (!two) continue;
    for (const c of two) {
      at[i]!.push(c);
      at[i + 1]!.push(c);
    }
  }
  const chain: { c: string; i: number }[] = [];
  for (let i = 0; i < n; i++) for (const c of at[i]!) chain.push({ c, i });
  for (const { c } of chain) ids.add(fold(fnv(C, c)));
  for (let k = 0; k < chain.length; k++) {
    const a = chain[k]!;
    const b = chain[k + 1];
    if (b && b.i > a.i) {
      ids.add(fold(fnv(SPACE(fnv(CC, a.c)), b.c)));
      const d = chain[k + 2];
      if (d && d.i > b.i) ids.add(fold(fnv(SPACE(fnv(SPACE(fnv(CCC, a.c)), b.c)), d.c)));
    }
    const pa = TILDE(fnv(P, a.c));
    for (let j = k + 1; j < chain.length; j++) {
      const o = chain[j]!;
      if (o.i - a.i > PAIR_WINDOW) break;
      if (o.i > a.i) ids.add(fold(fnv(pa, o.c)));
    }
    // A concept next to a plain word keeps some of the wording ("hold" + "for me").
    const next = stems[a.i + 1];
    if (next && !at[a.i + 1]!.length) ids.add(fold(fnv(SPACE(fnv(CW, a.c)), next)));
  }

  // Form.
  const first = words[0];
  if (words.includes('?')) ids.add(FLAG.question);
  if (words.includes('!')) ids.add(FLAG.exclaim);
  if (first && AUX.has(first)) ids.add(FLAG.auxFirst);
  if (first && WH.has(first)) ids.add(FLAG.whFirst);
  // A condition: "if", "unless", "provided", "as long as" — or the inverted form "Should the programme be
  // able to…", "Were you to…", "Had I known…", which names no "if".
  if (
    words.some((w) => CONDITIONAL.has(w)) ||
    (INVERTED_IF.has(first ?? '') && INVERTED_SUBJECT.has(words[1] ?? ''))
  )
    ids.add(FLAG.if);
  if (words.some((w) => NEGATION.has(w))) ids.add(FLAG.negation);
  if (first === 'please' || first === 'kindly' || first === 'let' || first === 'tell')
    ids.add(FLAG.imperative);
  if (/[a-z]/.test(text) && text === text.toLowerCase()) ids.add(FLAG.allLower);
  if (/\b[A-Z]{4,}\b/.test(text)) ids.add(FLAG.shouting);
  if (/\p{Extended_Pictographic}|:\)|:D|;\)/u.test(text)) ids.add(FLAG.emoji);
  ids.add(FLAG.len[n < 5 ? 0 : n < 12 ? 1 : n < 25 ? 2 : n < 40 ? 3 : 4] as number);
  properNameFeatures(text, ids);
  ids.add(BIAS);
  return [...ids];
}
