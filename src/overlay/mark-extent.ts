/** An inline mark underlines at most about this many characters (see markEnd). */
export const MARK_MAX_CHARS = 80;

/**
 * Where a finding's inline mark ends. A finding about a whole sentence, paragraph or the text past a word
 * limit would underline hundreds of words: unreadable, and Chromium revalidates and repaints every highlighted
 * text node on every keystroke (measured: +87 % typing time at 1,000 words with whole spans, +42 % marked at
 * their start). Long spans are marked at their start, ending at a word; the card names the whole span.
 */
export function markEnd(text: string, start: number, end: number): number {
  if (end - start <= MARK_MAX_CHARS) return end;
  const cut = text.lastIndexOf(' ', start + MARK_MAX_CHARS);
  if (cut > start + MARK_MAX_CHARS / 2) return cut;
  // No space to end at (a long URL): do not split a surrogate pair.
  const at = start + MARK_MAX_CHARS;
  return /[\uD800-\uDBFF]/.test(text[at - 1] ?? '') ? at - 1 : at;
}
