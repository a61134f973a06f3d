/**
 * Matching text: curly quotes straightened, non-breaking and zero-width spaces made plain, and contractions
 * expanded ("I'll" → "I will", "won't" → "will not"), with a map back to the original offsets. Rules are
 * written once against the expanded form and still catch every contracted way of saying the same thing.
 */

export interface Normalized {
  text: string;
  /** For each index of `text` (and one past the end), the index in the original string; null = identity. */
  toOriginal: number[] | null;
}

/** Anything normalize() would change: curly quotes, odd spaces, dashes, zero-width characters, apostrophes. */
const NEEDS_WORK =
  /[\u2018\u2019\u02bc`\u201c\u201d\u00a0\u2007\u202f\u2013\u2014\u200b-\u200d\u2060\ufeff\u00ad']/;

const IRREGULAR: Record<string, string> = {
  "won't": 'will not',
  "can't": 'can not',
  "shan't": 'shall not',
  "ain't": 'am not',
  "let's": 'let us',
  "y'all": 'you all',
};

const S_IS = new Set(['it', 'that', 'there', 'what', 'he', 'she', 'where', 'who', 'here', 'how', 'this']);

const SUFFIX: Record<string, string> = {
  "n't": ' not',
  "'ll": ' will',
  "'re": ' are',
  "'ve": ' have',
  "'m": ' am',
  "'d": ' would',
};

/**
 * Contractions, and the British "programme" read as "program" (writers trained in Commonwealth English use it
 * throughout, and a rule written for "the only program I will rank" should read "the only programme I rank");
 * "cannot" reads as "can not", the form "can't" expands to, so one pattern covers all three spellings.
 */
const CONTRACTION = /\b(program)me(s?)\b|\b([A-Za-z]+)(n't|'ll|'re|'ve|'m|'d|'s)\b|\b(can)(not)\b/gi;
/** Rewrites that need no apostrophe: "programme", and "cannot" read as "can not" like "can't". */
const BRITISH = /programme|cannot/i;

function straighten(ch: string): string {
  switch (ch) {
    case '\u2018':
    case '\u2019':
    case '\u02bc':
    case '`':
      return "'";
    case '\u201c':
    case '\u201d':
      return '"';
    case '\u00a0':
    case '\u2007':
    case '\u202f':
      return ' ';
    case '\u2013':
    case '\u2014':
      return '-';
    default:
      return ch;
  }
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const ZERO_WIDTH_ALL = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** One-to-one replacements (straighten): the text keeps its length, so offsets need no map. */
const ONE_TO_ONE = /[\u2018\u2019\u02bc`\u201c\u201d\u00a0\u2007\u202f\u2013\u2014]/g;

/**
 * Works run by run, not character by character: a pasted 100,000-character draft with a zero-width
 * character every few letters is normalized in a few milliseconds (string slices and one offset array),
 * and text with only curly quotes or odd spaces needs no offset map at all.
 */
export function normalize(original: string): Normalized {
  // Most text has nothing to change: skip the rebuild (this runs on every keystroke).
  if (!NEEDS_WORK.test(original) && !BRITISH.test(original)) return { text: original, toOriginal: null };
  // Long texts are normalized by several checks in one analysis (the whole author text, each paragraph):
  // the result is kept for the last few (callers only read it).
  if (original.length < LONG) return rebuild(original);
  let n = LONG_CACHE.get(original);
  if (!n) {
    n = rebuild(original);
    if (LONG_CACHE.size >= LONG_CACHE_MAX) LONG_CACHE.delete(LONG_CACHE.keys().next().value as string);
    LONG_CACHE.set(original, n);
  }
  return n;
}

const LONG = 2000;
const LONG_CACHE = new Map<string, Normalized>();
const LONG_CACHE_MAX = 8;

function rebuild(original: string): Normalized {
  // Pass 1: one-to-one character replacements, then zero-width characters dropped (the only step here that
  // moves offsets: flatMap says where each kept character came from, null while nothing moved).
  let flat = original.replace(ONE_TO_ONE, straighten);
  let flatMap: number[] | null = null;
  if (ZERO_WIDTH.test(flat)) {
    const parts: string[] = [];
    flatMap = [];
    let last = 0;
    ZERO_WIDTH_ALL.lastIndex = 0;
    for (let m = ZERO_WIDTH_ALL.exec(flat); m; m = ZERO_WIDTH_ALL.exec(flat)) {
      if (m.index > last) parts.push(flat.slice(last, m.index));
      for (let i = last; i < m.index; i++) flatMap.push(i);
      last = m.index + 1;
    }
    parts.push(flat.slice(last));
    for (let i = last; i < flat.length; i++) flatMap.push(i);
    flat = parts.join('');
  }
  const from = (i: number) => (flatMap ? flatMap[i]! : i);

  // Pass 2: contraction expansion; inserted characters map to the contraction's apostrophe.
  const parts: string[] = [];
  const toOriginal: number[] = [];
  let last = 0;
  if (flat.includes("'") || BRITISH.test(flat)) {
    CONTRACTION.lastIndex = 0;
    for (let m = CONTRACTION.exec(flat); m; m = CONTRACTION.exec(flat)) {
      const word = m[3] ?? '';
      const suffix = (m[4] ?? '').toLowerCase();
      const whole = m[0].toLowerCase();
      let replacement: string | undefined = IRREGULAR[whole];
      if (m[1] !== undefined) {
        replacement = m[1] + (m[2] ?? '');
      } else if (m[5] !== undefined) {
        replacement = `${m[5]} ${m[6]}`;
      } else if (replacement === undefined) {
        if (suffix === "'s") {
          if (!S_IS.has(word.toLowerCase())) continue; // possessive: leave it
          replacement = `${word} is`;
        } else if (suffix === "n't") {
          replacement = `${word} not`;
        } else {
          replacement = word + SUFFIX[suffix]!;
        }
      } else if (/^[A-Z]/.test(word)) {
        replacement = replacement[0]!.toUpperCase() + replacement.slice(1);
      }
      parts.push(flat.slice(last, m.index), replacement);
      for (let i = last; i < m.index; i++) toOriginal.push(from(i));
      // Spread the replacement over the contraction so a match maps back onto the whole original word.
      for (let k = 0; k < replacement.length; k++) {
        const src =
          k === replacement.length - 1
            ? m.index + m[0].length - 1
            : m.index + Math.floor((k * m[0].length) / replacement.length);
        toOriginal.push(from(src));
      }
      last = m.index + m[0].length;
    }
  }
  // Nothing moved: the offsets are the original's.
  if (last === 0 && !flatMap) return { text: flat, toOriginal: null };
  if (last === 0 && flatMap) {
    flatMap.push(original.length);
    return { text: flat, toOriginal: flatMap };
  }
  parts.push(flat.slice(last));
  for (let i = last; i < flat.length; i++) toOriginal.push(from(i));
  toOriginal.push(original.length);
  return { text: parts.join(''), toOriginal };
}

/** Maps a [start, end) match in normalized text to original offsets (end exclusive). */
export function toOriginalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (!n.toOriginal) return { start, end: Math.max(start, end) };
  const s = n.toOriginal[start] ?? 0;
  const e = end > start ? (n.toOriginal[end - 1] ?? s) + 1 : s;
  return { start: s, end: Math.max(e, s) };
}

/** Lower-cased, expanded form of a phrase, for comparing phrase lists. */
export function normalizePhrase(phrase: string): string {
  return normalize(phrase).text.toLowerCase().replace(/\s+/g, ' ').trim();
}
