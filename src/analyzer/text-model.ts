/**
 * The text model: a draft body cut into the author's own paragraphs and sentences with UTF-16 offsets,
 * apart from the quoted thread and the signature. Rules only ever see the author's text, so a program's
 * quoted words never produce a mark in the applicant's draft.
 */

export interface Span {
  start: number;
  end: number;
  /** Set when a finding on this span is less severe than its rule (a likely, not certain, intent). */
  severity?: 'warning' | 'suggestion';
}

export interface Sentence extends Span {
  text: string;
}

export type ParagraphRole = 'greeting' | 'body' | 'signoff';

export interface Paragraph extends Span {
  text: string;
  role: ParagraphRole;
  sentences: Sentence[];
}

export interface TextModel {
  /** The whole draft body as given. */
  text: string;
  /** The author's paragraphs in order (greeting, body, sign-off), quote and signature left out. */
  paragraphs: Paragraph[];
  /** Quoted history inside the body ("> " lines, "On … wrote:", forwarded/original-message blocks). */
  quoted: Span[];
  /** The quoted text as one string with the quote markers removed (the program's own message). */
  quotedText: string;
  /** Maps an offset in `quotedText` back to the body. */
  quotedOffsets: number[];
  /** A signature block after a "-- " delimiter, or null. */
  signature: Span | null;
  /**
   * Text past `maxChars` that was not cut into lines and paragraphs (a pasted book): where it starts and how
   * many words of the author's it holds (quoted lines, a quote header or a signature end them), for the
   * length rules. Absent when the whole text was modeled.
   */
  rest?: { start: number; words: number; end: number };
}

const CLOSING =
  /^(?:(?:with\s+)?(?:best|kind|warm|warmest|many|sincere)?\s*(?:regards|wishes|thanks)|sincerely(?:\s+yours)?|yours\s+(?:sincerely|truly|faithfully)|respectfully(?:\s+yours)?|best|thanks(?:\s+(?:again|so\s+much))?|thank\s+you(?:\s+(?:again|so\s+much|kindly))?|cheers|cordially|gratefully|with\s+(?:gratitude|appreciation)|all\s+the\s+best|take\s+care|regards|warmly|(?:thx|ty|tysm)(?:\s+again)?|with\s+(?:[\p{L}'’]+\s+){0,5}?(?:hope|gratitude|thanks|regards|respect|appreciation|wishes|prayers|admiration|humility))\s*[,.!-]*\s*$/iu;

const GREETING_START =
  /^(?:dear|hi|hello|hey|hiya|yo|sup|greetings|good\s+(?:morning|afternoon|evening|day)|to\s+whom|attention|attn|respected|esteemed)\b/i;

/** Lines that open quoted history: "On Mon, Jan 5, 2027 at 9:00 AM Dr. X <x@y> wrote:" and friends. */
const QUOTE_HEADER =
  /^(?:on\s.{0,200}?\bwrote:\s*$|-{2,}\s*(?:original|forwarded)\s+message\s*-{2,}\s*$|_{5,}\s*$|from:\s.+$)/i;

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'sr',
  'jr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'u.s',
  'no',
  'approx',
  'dept',
  'univ',
  'inc',
  'ph.d',
  'm.d',
  'd.o',
  'fig',
  'mt',
  'ft',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'al',
  'cf',
  'ca',
  'u.k',
  'm.s',
  'b.s',
  'mph',
  'pgy',
]);

interface Line extends Span {
  text: string;
}

function splitLines(text: string, upTo = text.length): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= upTo; i++) {
    if (i === upTo || text.charCodeAt(i) === 10) {
      let end = i;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

const isBlank = (s: string) => s.trim() === '';
const isQuoteLine = (s: string) => /^\s*>/.test(s);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Non-ASCII code points already classified (letter or number?): a pasted wall of emoji asks about few. */
const CODE_POINT_IS_WORD = new Map<number, boolean>();
/** Word counts of long texts: a pasted book's paragraph is counted by metrics, the classifier and rules. */
const WORD_COUNTS = new Map<string, number>();
const WORD_COUNTS_MIN_LENGTH = 200;
const CACHE_MAX = 1000;

function isWordCodePoint(cp: number): boolean {
  let yes = CODE_POINT_IS_WORD.get(cp);
  if (yes === undefined) {
    if (CODE_POINT_IS_WORD.size >= 4 * CACHE_MAX) CODE_POINT_IS_WORD.clear();
    yes = LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
    CODE_POINT_IS_WORD.set(cp, yes);
  }
  return yes;
}

/**
 * Words as the regex `[\p{L}\p{N}][\p{L}\p{N}'’-]*` counts them, without building the array of matches:
 * metrics and the classifier count every sentence on every keystroke.
 */
function wordCount(s: string): number {
  const long = s.length >= WORD_COUNTS_MIN_LENGTH;
  if (long) {
    const known = WORD_COUNTS.get(s);
    if (known !== undefined) return known;
  }
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    let isLetter: boolean;
    if (c < 128) {
      const lower = c | 32;
      isLetter = (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122);
    } else {
      // An astral letter is two code units: classify the code point, then step over its second half.
      const cp = s.codePointAt(i) as number;
      isLetter = isWordCodePoint(cp);
      if (cp > 0xffff) i++;
      c = cp;
    }
    if (isLetter) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 45))) {
      inWord = false;
    }
  }
  if (long) {
    if (WORD_COUNTS.size >= CACHE_MAX) WORD_COUNTS.clear();
    WORD_COUNTS.set(s, n);
  }
  return n;
}

/** Sentence splits by paragraph text, offsets relative to the paragraph: typing changes one paragraph. */
const SENTENCE_CACHE = new Map<string, Sentence[]>();
const SENTENCE_CACHE_MAX = 2000;

export function clearSentenceCache(): void {
  SENTENCE_CACHE.clear();
  WORD_COUNTS.clear();
}

function sentencesOf(text: string, offset: number): Sentence[] {
  let rel = SENTENCE_CACHE.get(text);
  if (!rel) {
    rel = splitSentences(text, 0);
    if (SENTENCE_CACHE.size >= SENTENCE_CACHE_MAX) SENTENCE_CACHE.clear();
    SENTENCE_CACHE.set(text, rel);
  }
  return offset === 0
    ? rel.map((s) => ({ ...s }))
    : rel.map((s) => ({ ...s, start: s.start + offset, end: s.end + offset }));
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/**
 * A sentence typed without its capital: the mark ends a word of two or more letters (not an initial, a number or
 * an abbreviation, which the caller has ruled out) and a word of small letters follows.
 */
function lowercaseStart(text: string, segStart: number, at: number, rest: string): boolean {
  if (!/^\p{Ll}{1,}\b/u.test(rest)) return false;
  // Inside brackets a note goes on ("[specific feature - regional? peds? check website]"). Such a note is
  // short: only the last 200 characters are looked at, so a pasted wall of "a. b. c." stays linear.
  const open = text.slice(Math.max(segStart, at - 200), at);
  if (count(open, '[') > count(open, ']') || count(open, '(') > count(open, ')')) return false;
  const before = text.slice(Math.max(segStart, at - 20), at).match(/(\p{L}+)$/u)?.[1] ?? '';
  return before.length >= 2 && text[at - before.length - 1] !== '.';
}

/** Splits one paragraph into sentences; a short line or a line ending in punctuation is its own unit. */
export function splitSentences(text: string, offset: number): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: offset + s, end: offset + e, text: text.slice(s, e) });
  };
  let segStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // A hard line break ends a unit unless it looks like a soft wrap inside a long sentence.
      const line = text.slice(text.lastIndexOf('\n', i - 1) + 1, i);
      const next = text.slice(i + 1, i + 2);
      const softWrap = line.length >= 60 && !/[.!?:;,]\s*$/.test(line) && /^[a-z(]/.test(next);
      if (!softWrap) {
        push(segStart, i);
        segStart = i + 1;
      }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < text.length && /[.!?…"')\]”’]/.test(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    if (ch === '.') {
      // Look back a bounded distance: abbreviations are short, and a long run of "Dr. Dr. …" must stay linear.
      const before = text.slice(Math.max(segStart, i - 20), i).match(/([\p{L}.]+)$/u)?.[1] ?? '';
      const word = before.toLowerCase().replace(/^\.+/, '');
      // "top third, middle, etc. I'm not asking…": "etc." ends a sentence when a capital follows (set AQ).
      if (ABBREVIATIONS.has(word) && !(word === 'etc' && /^\s+\p{Lu}/u.test(text.slice(j, j + 64)))) continue;
      if (/^\p{Lu}$/u.test(before)) continue; // an initial: "J. Smith"
      if (/^\d+$/.test(text.slice(Math.max(segStart, i - 3), i)) && /^\s*\d/.test(text.slice(j, j + 64)))
        continue;
    }
    // The next word must plausibly start a sentence. Only a short window after the mark is read: copying the
    // rest of the paragraph at every period made a pasted wall of "1. 1. 1." quadratic.
    let k = j;
    while (text[k] === ' ' || text[k] === '\t') k++;
    const rest = text.slice(k, k + 64);
    // Scripts without letter case (Arabic, Hebrew, CJK, …) start sentences with any letter. A writer typing in
    // lowercase on a phone starts them with a small letter ("it means a lot. just between us, would it be…"):
    // after a word of two or more letters that is no abbreviation, a small letter starts one too.
    if (rest && !/^[\p{Lu}\p{Lo}\p{N}"'“‘(\-\n]/u.test(rest) && !lowercaseStart(text, segStart, i, rest))
      continue;
    push(segStart, j);
    segStart = j;
    i = j - 1;
  }
  push(segStart, text.length);
  return out;
}

/** Finds where quoted history begins and which lines are quoted. */
function findQuoted(lines: Line[]): { quotedLines: Set<number>; cutAt: number } {
  const quotedLines = new Set<number>();
  let cutAt = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (QUOTE_HEADER.test(t) && !/^from:/i.test(t)) {
      cutAt = i;
      break;
    }
    // An Outlook-style header block: From: … followed within 4 lines by Sent:/Date: and Subject:/To:.
    if (/^from:\s/i.test(t)) {
      const window = lines
        .slice(i + 1, i + 5)
        .map((l) => l.text.trim())
        .join('\n');
      if (/^(?:sent|date):/im.test(window) && /^(?:to|subject):/im.test(window)) {
        cutAt = i;
        break;
      }
    }
    if (isQuoteLine(lines[i]!.text)) {
      // A run of quoted lines at the end (after blank lines only) is history; a single inline quote is too.
      quotedLines.add(i);
    }
  }
  for (let i = cutAt; i < lines.length; i++) quotedLines.add(i);
  return { quotedLines, cutAt };
}

/** In a quoted thread, header lines are skipped like quoted lines; nothing is cut. */
function threadHeaders(lines: Line[]): { quotedLines: Set<number>; cutAt: number } {
  const quotedLines = new Set<number>();
  lines.forEach((l, i) => {
    const t = l.text.trim();
    if (QUOTE_HEADER.test(t) || /^(?:sent|date|to|cc|subject):\s/i.test(t)) quotedLines.add(i);
  });
  return { quotedLines, cutAt: lines.length };
}

function findSignature(lines: Line[], limit: number): number {
  for (let i = 0; i < limit; i++) {
    if (/^--\s?$/.test(lines[i]!.text) || /^—\s*$/.test(lines[i]!.text)) return i;
  }
  return limit;
}

/**
 * Where a text longer than `maxChars` stops being modeled: at the last line break in the second half of the
 * limit (so the last paragraph modeled is whole), else at the limit itself, never inside a surrogate pair.
 */
function modeledEnd(text: string, maxChars: number): number {
  const nl = text.lastIndexOf('\n', maxChars - 1);
  if (nl >= maxChars / 2) return nl;
  const high = text.charCodeAt(maxChars - 1);
  return high >= 0xd800 && high <= 0xdbff ? maxChars - 1 : maxChars;
}

/**
 * The author's words in the text past the model (up to a quote header or signature, quoted lines and a
 * closing sign-off left out, as markSignoff() leaves them out) and where the last line holding some ends.
 */
function restWords(text: string, from: number): { words: number; end: number } {
  let words = 0;
  let last = from;
  /** Words from a closing line ("Best regards,") on, while every line after it is short: a sign-off. */
  let signoff: { words: number; last: number } | null = null;
  for (let start = from; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trimEnd();
    const lineStart = start;
    start = end + 1;
    const t = line.trim();
    if (t === '') continue;
    if (/^--$/.test(line) || line === '—' || (QUOTE_HEADER.test(t) && !/^from:/i.test(t))) break;
    if (isQuoteLine(line)) continue;
    const n = wordCount(line);
    if (CLOSING.test(t)) {
      if (signoff) words += signoff.words;
      if (signoff) last = signoff.last;
      signoff = { words: 0, last };
    } else if (signoff && n > 12) {
      words += signoff.words;
      last = signoff.last;
      signoff = null;
    }
    if (signoff) {
      signoff.words += n;
      if (n > 0) signoff.last = lineStart + line.length;
    } else {
      words += n;
      if (n > 0) last = lineStart + line.length;
    }
  }
  return { words, end: last };
}

export interface TextModelOptions {
  /**
   * `thread: true` reads a program's quoted message: no quote detection (all of it is the message) and the
   * reply headers ("On … wrote:", "From:/Sent:/To:/Subject:") are left out of its paragraphs.
   */
  thread?: boolean;
  /**
   * Model only about this many characters (whole lines); past them only the author's words are counted
   * (`rest`). The analyzer reads at most the first 10,000 characters, so a pasted book costs it no more
   * than a long letter.
   */
  maxChars?: number;
}

export function buildTextModel(text: string, opts: TextModelOptions = {}): TextModel {
  const upTo =
    opts.maxChars !== undefined && text.length > opts.maxChars
      ? modeledEnd(text, opts.maxChars)
      : text.length;
  const lines = splitLines(text, upTo);
  const { quotedLines, cutAt } = opts.thread ? threadHeaders(lines) : findQuoted(lines);
  const sigLine = opts.thread ? cutAt : findSignature(lines, cutAt);
  const lastAuthorLine = Math.min(cutAt, sigLine);

  // Quoted spans and the quoted text without markers.
  const quoted: Span[] = [];
  let quotedText = '';
  const quotedOffsets: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!quotedLines.has(i)) continue;
    const line = lines[i]!;
    const prev = quoted[quoted.length - 1];
    if (prev && prev.end + 1 >= line.start) prev.end = line.end;
    else quoted.push({ start: line.start, end: line.end });
    const m = /^\s*(?:>\s?)*/.exec(line.text)!;
    const body = line.text.slice(m[0].length);
    for (let k = 0; k < body.length; k++) quotedOffsets.push(line.start + m[0].length + k);
    quotedText += body;
    quotedOffsets.push(line.end);
    quotedText += '\n';
  }

  // Author paragraphs: runs of non-blank, non-quoted lines before the signature/quote cut.
  const blocks: Span[] = [];
  let cur: Span | null = null;
  for (let i = 0; i < lastAuthorLine; i++) {
    const line = lines[i]!;
    if (isBlank(line.text) || quotedLines.has(i)) {
      cur = null;
      continue;
    }
    if (cur) cur.end = line.end;
    else {
      cur = { start: line.start, end: line.end };
      blocks.push(cur);
    }
  }

  const paragraphs: Paragraph[] = [];
  for (const b of blocks) {
    const blockText = text.slice(b.start, b.end);
    // The greeting line is its own paragraph even when the body follows on the next line.
    if (paragraphs.length === 0) {
      const nl = blockText.indexOf('\n');
      const first = nl === -1 ? blockText : blockText.slice(0, nl);
      if (isGreeting(first)) {
        addParagraph(paragraphs, text, b.start, b.start + first.length, 'greeting');
        if (nl !== -1) addParagraph(paragraphs, text, b.start + nl + 1, b.end, 'body');
        continue;
      }
      // "Hi Dr. Lee, I am writing to…": the salutation is judged as a greeting whatever follows it.
      const g = leadingSalutation(first);
      if (g > 0) {
        addParagraph(paragraphs, text, b.start, b.start + g, 'greeting');
        addParagraph(paragraphs, text, b.start + g, b.end, 'body');
        continue;
      }
    }
    addParagraph(paragraphs, text, b.start, b.end, 'body');
  }
  markSignoff(paragraphs, text);

  const signature =
    sigLine < cutAt ? { start: lines[sigLine]!.start, end: lines[cutAt - 1]?.end ?? text.length } : null;
  const model: TextModel = { text, paragraphs, quoted, quotedText, quotedOffsets, signature };
  if (upTo < text.length) {
    // Past a quote header or a signature nothing is the author's; a thread has no author words.
    const ended = opts.thread || cutAt < lines.length || sigLine < cutAt;
    model.rest = { start: upTo, ...(ended ? { words: 0, end: upTo } : restWords(text, upTo)) };
  }
  return model;
}

/** The signature block (after "-- ") as sign-off paragraphs, one per run of non-blank lines. */
export function signatureParagraphs(model: TextModel): Paragraph[] {
  const sig = model.signature;
  if (!sig) return [];
  const out: Paragraph[] = [];
  let start = -1;
  for (const line of splitLines(model.text.slice(sig.start, sig.end))) {
    const blank = isBlank(line.text) || /^--\s?$/.test(line.text) || /^—\s*$/.test(line.text);
    if (!blank && start < 0) start = sig.start + line.start;
    if (blank && start >= 0) {
      addParagraph(out, model.text, start, sig.start + line.start, 'signoff');
      start = -1;
    }
  }
  if (start >= 0) addParagraph(out, model.text, start, sig.end, 'signoff');
  return out;
}

function isGreeting(line: string): boolean {
  const t = line.trim();
  if (!t || wordCount(t) > 9) return false;
  return GREETING_START.test(t) || (/[,:]$/.test(t) && wordCount(t) <= 5 && !CLOSING.test(t));
}

/** The greeting words a salutation opens with; not "Attention:", which heads a line rather than greeting. */
const SALUTATION_WORD =
  /^\s*(?:dear|hi+|hello|hey+|hiya|heya|yo|sup|howdy|greetings|good\s+(?:morning|afternoon|evening|day)|to\s+whom|respected|esteemed)(?![\p{L}\p{N}'’-])/iu;
/** The salutation ends at its first comma, colon, semicolon, exclamation mark or dash ("Dear Dr. Lee,"). */
const SALUTATION_END = /^[^,:;!?\n—–]{0,60}?(?:[,:;!]+|\s[—–-]+)/u;
/** A full stop that ends a sentence, not a title's ("Dear Dr. Lee. I am…" has no salutation to split off). */
const SENTENCE_INSIDE = /(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr))[.?]\s/u;
/** Bare "Hi." / "Hello." ends at its full stop, since no title can follow ("Hello. My name is…"). */
const BARE_GREETING_STOP = /^\s*(?:hi+|hello|hey+|greetings|good\s+(?:morning|afternoon|evening|day))\.+/iu;
/** "Hey I wanted to ask…": a greeting word run straight into the message. */
const GREETING_RUN_ON =
  /^\s*(?:hi+|hello|hey+|hiya|yo)(?=\s+(?:I|I'm|I’m|my|we|just|hope|hoping|quick|sorry|so|thanks|thank|this|wanted)(?![\p{L}\p{N}]))/iu;

/**
 * How long the salutation is at the start of a first line that goes on with the message ("Hey, I wanted to…",
 * "Hi, my name is…", "Hi Dr. Lee, I am…"), or 0 when the line does not open with one. At most eight words.
 */
function leadingSalutation(line: string): number {
  if (!SALUTATION_WORD.test(line)) return 0;
  const end = BARE_GREETING_STOP.exec(line) ?? GREETING_RUN_ON.exec(line) ?? SALUTATION_END.exec(line);
  if (!end || wordCount(end[0]) > 8 || SENTENCE_INSIDE.test(end[0])) return 0;
  return line.slice(end[0].length).trim() ? end[0].length : 0;
}

function addParagraph(out: Paragraph[], text: string, start: number, end: number, role: ParagraphRole) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  const t = text.slice(start, end);
  out.push({ start, end, text: t, role, sentences: sentencesOf(t, start) });
}

/**
 * The sign-off is the closing line ("Best regards,") and the short lines after it (name, AAMC ID, school).
 * A closing line inside the last paragraph splits that paragraph so the body keeps its sentences.
 */
function markSignoff(paragraphs: Paragraph[], text: string) {
  for (let p = paragraphs.length - 1; p >= Math.max(0, paragraphs.length - 3); p--) {
    const para = paragraphs[p]!;
    if (para.role === 'greeting') return;
    const lines = splitLines(para.text);
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i]!.text.trim();
      if (!CLOSING.test(t)) continue;
      const tail = lines.slice(i + 1);
      if (tail.some((l) => wordCount(l.text) > 12)) continue;
      const cut = para.start + lines[i]!.start;
      const signoff: Paragraph[] = [];
      addParagraph(signoff, text, cut, para.end, 'signoff');
      const before: Paragraph[] = [];
      if (cut > para.start) addParagraph(before, text, para.start, cut, para.role);
      for (const later of paragraphs.slice(p + 1)) later.role = 'signoff';
      paragraphs.splice(p, 1, ...before, ...signoff);
      return;
    }
  }
}

export { wordCount };

/** The text of the sentence that holds draft offset `offset` (its paragraph's when between sentences), or ''. */
export function sentenceTextAt(paragraphs: readonly Paragraph[], offset: number): string {
  for (const p of paragraphs) {
    if (offset < p.start || offset >= p.end) continue;
    return p.sentences.find((x) => offset >= x.start && offset < x.end)?.text ?? p.text;
  }
  return '';
}
