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

/**
 * Run in the page (both browsers, with and without the extension alike): a capture listener on document
 * stamps each input event, a MutationObserver on the panel's data-analyzed-at stamps the marks' update, and
 * the gaps collect in window.__mmLat. Self-contained: it is serialized into the page.
 */
export function recordKeystrokeLatency(panelSelector: string): void {
  const w = window as unknown as { __mmLat: number[] };
  w.__mmLat = [];
  let t0: number | null = null;
  document.addEventListener('input', () => (t0 = performance.now()), true);
  const host = document.querySelector(panelSelector);
  if (host) {
    new MutationObserver(() => {
      if (t0 === null) return;
      w.__mmLat.push(performance.now() - t0);
      t0 = null;
    }).observe(host, { attributes: true, attributeFilter: ['data-analyzed-at'] });
  }
}
