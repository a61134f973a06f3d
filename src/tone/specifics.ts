/**
 * How specific a sentence is: names, numbers and dates ("Dr. Osei", "the cardiac rotation at Marrowfield",
 * "January 12", "241"). Capitalised words past the first word of a sentence are names in email prose, so a
 * pattern does this as well as a tagger would, at no cost.
 */

const TITLES = new Set(['I', 'Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Prof', 'Professor', 'Dear', 'Thank', 'Thanks']);
const NAME = /\p{Lu}[\p{L}'’-]*/gu;
const NUMBER =
  /\d[\d,.:%/-]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|second|third|fourth|fifth)\b/gi;

/** Count of names and numbers in one sentence, at most `cap`. */
export function specifics(sentence: string, cap = 3): number {
  let n = (sentence.match(NUMBER) ?? []).length;
  for (const m of sentence.matchAll(NAME)) {
    if (n >= cap) break;
    const before = sentence.slice(0, m.index).trimEnd();
    // The first word of the sentence, or of a clause after a colon or semicolon, is capitalised anyway.
    if (before === '' || /[.!?:;]$/.test(before)) continue;
    if (TITLES.has(m[0].replace(/['’]s$/, ''))) continue;
    n++;
  }
  return Math.min(cap, n);
}
