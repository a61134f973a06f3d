/**
 * Syllables of an English word, by vowel groups with the usual corrections (silent final e, "-es"/"-ed"
 * endings that add no vowel sound, vowel pairs that split). Good to about ±1 on a word, which is all a
 * grade-level average needs; no dictionary, so it costs nothing to load.
 */

// Not after c/s/t/g, where the i only softens the consonant: "physician", "patient", "region".
const SPLIT_PAIRS = /(?:(?<![cstg])ia|iet|(?<![cstg])ien|(?<![cstg])io(?!n)|iu|eo|ua|uo|ao|oa(?=[^dknrst]))/g;

export function syllables(word: string): number {
  // Acronyms are read letter by letter ("USMLE" is five), W as three.
  if (/^[A-Z]{2,6}$/.test(word)) return [...word].reduce((n, ch) => n + (ch === 'W' ? 3 : 1), 0);
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const stem = w
    // silent final e, and -es / -ed that add no vowel sound ("makes", "jumped"; not "boxes", "wanted")
    .replace(/(?:[^laeiouysxzh]es|[^laeiouytd]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1))
    .replace(/^y/, '');
  let n = stem.match(/[aeiouy]+/g)?.length ?? 0;
  n += w.match(SPLIT_PAIRS)?.length ?? 0;
  // "being", "doing", "saying": the -ing vowel after another vowel is its own syllable.
  if (/[aeiouy]ing$/.test(w)) n += 1;
  return Math.max(1, n);
}

/** Syllables of a token that may be a number: "2027" is read as several words, not one. */
export function tokenSyllables(token: string): number {
  if (/^\d/.test(token)) return Math.max(1, Math.ceil(token.replace(/\D/g, '').length / 2) * 2);
  return syllables(token);
}
