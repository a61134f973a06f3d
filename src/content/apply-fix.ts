/**
 * One-click rewrites offered on a card ("Try instead"), and putting them into the draft through the editor's
 * own input path: the words are selected and replaced with `execCommand('insertText')`, which the browser
 * treats as typing, so Gmail and Outlook see ordinary text and one Ctrl+Z restores what was there. A fix is
 * offered only where it cannot change what the applicant meant beyond the flagged words: "!!" → "!",
 * shouted words in plain capitals, a placeholder for the program or the applicant's name filled with what
 * the records know (the To: address's program, the profile's name), and, for a Match-policy problem, the
 * flagged sentence replaced by the rule's own "try instead" sentence. When the editor refuses the input path nothing is changed.
 */
import type { Finding } from '../analyzer/types';
import type { ComposeHandle, ComposeSnapshot } from '../providers/types';
import type { RuleWords } from '../ui/rule-words';

export interface Fix {
  start: number;
  end: number;
  text: string;
}

/** Longest sentence we replace whole: past this the flagged words are probably inside something longer. */
const MAX_SENTENCE = 400;

/** The sentence holding [start, end): from after the previous terminator or line break to the next one. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1] ?? '')) s--;
  while (s < start && /\s/.test(text[s] ?? '')) s++;
  let e = Math.max(end, start);
  while (e < text.length && !/[.!?\n]/.test(text[e] ?? '')) e++;
  while (e < text.length && /[.!?]/.test(text[e] ?? '')) e++;
  return { start: s, end: e };
}

function startsSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  return before === '' || /[.!?\n]$/.test(before);
}

/** What a placeholder can be filled with: only values MatchMail knows for certain (P3). */
export interface KnownValues {
  /** The program the To: address belongs to, from the applicant's records. */
  program?: string;
  /** The applicant's own name, from their profile. */
  name?: string;
}

/** A placeholder naming the program ("[Program Name]", "{{program}}") or the writer ("[Your Name]"). */
const PROGRAM_SLOT = /^[[{<«%*|\s]*(?:program(?:me)?|institution|hospital)(?:[\s_-]*name)?[\s\]}>»%*|]*$/i;
const NAME_SLOT = /^[[{<«%*|\s]*(?:your|my)[\s_-]*(?:full[\s_-]*)?name[\s\]}>»%*|]*$/i;

export function fixFor(
  f: Finding,
  text: string,
  words: RuleWords | undefined,
  known: KnownValues = {},
): Fix | null {
  if (f.target !== 'draft' || f.end <= f.start || f.end > text.length) return null;
  const span = text.slice(f.start, f.end);
  if (f.ruleId === 'unfilled-placeholder') {
    const value = PROGRAM_SLOT.test(span) ? known.program : NAME_SLOT.test(span) ? known.name : undefined;
    return value?.trim() ? { start: f.start, end: f.end, text: value.trim() } : null;
  }
  if (f.ruleId === 'excessive-exclamation' && /!{2,}/.test(span) && span.length <= MAX_SENTENCE) {
    return { start: f.start, end: f.end, text: span.replace(/!{2,}/g, '!') };
  }
  if (f.ruleId === 'all-caps' && /^[A-Z][A-Z'’ -]*[A-Z]$/.test(span)) {
    const lower = span.toLowerCase();
    const text2 = startsSentence(text, f.start) ? lower[0]?.toUpperCase() + lower.slice(1) : lower;
    return { start: f.start, end: f.end, text: text2 };
  }
  if (words?.tryInstead && words.category === 'match-policy') {
    const s = sentenceAround(text, f.start, f.end);
    if (s.end - s.start > MAX_SENTENCE || s.end <= s.start) return null;
    return { start: s.start, end: s.end, text: words.tryInstead };
  }
  return null;
}

/** Replaces the fix's words in the editor; true when the new words are now in the draft. */
export function applyFix(handle: ComposeHandle, snapshot: ComposeSnapshot, fix: Fix): boolean {
  const range = snapshot.map.rangeFor(fix.start, fix.end);
  if (!range) return false;
  const doc = handle.editable.ownerDocument;
  handle.editable.focus({ preventScroll: true });
  const selection = doc.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  let ok = false;
  try {
    ok = doc.execCommand('insertText', false, fix.text);
  } catch {
    ok = false;
  }
  return ok && handle.read().text.includes(fix.text);
}
