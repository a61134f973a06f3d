/**
 * The ~1,000 words the typing-overhead tests type (Chromium: performance.e2e.test.ts, Firefox:
 * firefox-performance.e2e.test.ts), so both browsers type exactly the same text: applicant prose from the
 * labeled corpus (the bench's drafts), as paragraphs of words.
 */
import { draftOfWords } from '../bench/drafts.mjs';

export const TARGET_WORDS = 1000;

export function typingScript(): string[][] {
  const paras = draftOfWords(TARGET_WORDS).split('\n\n').slice(1, -1);
  const out: string[][] = [];
  let n = 0;
  for (const p of paras) {
    if (n >= TARGET_WORDS) break;
    const words = p
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, TARGET_WORDS - n);
    out.push(words);
    n += words.length;
  }
  return out;
}

/** Input events the script makes when each word is one insertion, a Space follows all but a paragraph's last word, and Enter Enter ends a paragraph. */
export function inputEventsOf(script: string[][]): number {
  return script.reduce((n, words) => n + words.length * 2 - 1 + 2, 0);
}
