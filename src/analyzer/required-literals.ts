/**
 * Literals a regex cannot match without: for each rule pattern, a few sets of lower-case strings such that
 * every match contains at least one string of every set (an AND of ORs). A paragraph that lacks them is not
 * scanned at all, which skips most patterns on most paragraphs and, on a page's first draft, spares V8
 * compiling regexes that could never match (the same idea as a trigram index or Hyperscan's literal
 * prefilter, kept to what our rule files use).
 *
 * Soundness is the only requirement: leaving a constraint out is always allowed, adding a wrong one hides a
 * finding. So anything the reader does not understand counts as "matches anything", and only plain ASCII
 * literals are kept (case-insensitive Unicode matching folds a few non-ASCII letters onto ASCII ones:
 * `lowerForLiterals` maps those).
 */

/** Every match contains one string of each inner list (lower case). Empty: no constraint. */
export type RequiredLiterals = string[][];

interface Info {
  /** Every string the node can match, when that set is small; '' when it can match nothing. */
  exact: Set<string> | null;
  /** Necessary any-of sets gathered so far. */
  and: string[][];
}

const ANY: Info = { exact: null, and: [] };
const EMPTY = (): Info => ({ exact: new Set(['']), and: [] });
const MAX_EXACT = 64;
const MIN_LITERAL = 3;
const MAX_ALTERNATIVES = 200;
const MAX_SETS = 4;

/** A set worth keeping: every string long enough to be selective (shorter ones are dropped at the end). */
function useful(set: string[]): boolean {
  for (const x of set) if (x.length < MIN_LITERAL) return false;
  return true;
}

/** An any-of set the node guarantees by itself (its exact strings), if it has a useful one. */
function ownSet(i: Info): string[] | null {
  if (!i.exact || i.exact.size === 0) return null;
  const set = [...i.exact];
  return useful(set) ? set : null;
}

function sets(i: Info): string[][] {
  const own = ownSet(i);
  return own ? [...i.and, own] : i.and;
}

function weakest(set: string[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const x of set) if (x.length < min) min = x.length;
  return min;
}

/** The single most selective necessary set of a node (for alternations), or null. */
function bestSet(i: Info): string[] | null {
  let best: string[] | null = null;
  for (const s of sets(i)) if (!best || weakest(s) > weakest(best)) best = s;
  return best;
}

/** `acc` followed by `b`. Mutates and returns `acc`, which must be a sequence's own accumulator. */
function append(acc: Info, b: Info): Info {
  if (acc.exact && b.exact && acc.exact.size * b.exact.size <= MAX_EXACT) {
    const exact = new Set<string>();
    for (const x of acc.exact) for (const y of b.exact) exact.add(x + y);
    acc.exact = exact;
    for (const set of b.and) acc.and.push(set);
    return acc;
  }
  const own = ownSet(acc);
  if (own) acc.and.push(own);
  acc.exact = null;
  for (const set of sets(b)) acc.and.push(set);
  return acc;
}

function alternation(branches: Info[]): Info {
  if (branches.every((b) => b.exact)) {
    const exact = new Set<string>();
    for (const b of branches) for (const s of b.exact as Set<string>) exact.add(s);
    if (exact.size <= MAX_EXACT) return { exact, and: [] };
  }
  const union: string[] = [];
  for (const b of branches) {
    const s = bestSet(b);
    if (!s) return ANY;
    union.push(...s);
  }
  return useful(union) ? { exact: null, and: [union] } : ANY;
}

function repeat(i: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return i;
  if (min === 0) {
    if (max === 1 && i.exact && i.exact.size < MAX_EXACT)
      return { exact: new Set([...i.exact, '']), and: [] };
    return ANY;
  }
  return { exact: null, and: [...sets(i)] };
}

const SPECIAL = new Set('\\()[]{}|.*+?^$');
const QUANTIFIER = new Set('*+?{');

/** Matches `re` at `at` without slicing the source (sticky). */
function lookingAt(re: RegExp, src: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(src);
}
const BRACES = /\{(\d+)(,(\d*))?\}/y;
const LOOKAROUND = /\?<?[=!]/y;
const HEX2 = /[0-9a-fA-F]{2}/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const BRACED_HEX = /\{([0-9a-fA-F]+)\}/y;

class Reader {
  private at = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Info {
    const info = this.alternatives();
    if (this.at < this.src.length) throw new Error(`unexpected "${this.src[this.at]}" at ${this.at}`);
    return info;
  }

  private peek(): string | undefined {
    return this.src[this.at];
  }

  private alternatives(): Info {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as Info) : alternation(branches);
  }

  private sequence(): Info {
    const info = EMPTY();
    // Plain characters not followed by a quantifier are gathered into one literal: most of a rule's source.
    let run = '';
    while (this.at < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const c = this.peek() as string;
      // An escaped punctuation mark (`\.`, `\]`) is as plain as a letter.
      const escaped = c === '\\' && /^[^\w\s]$/.test(this.src[this.at + 1] ?? '');
      const ch = escaped ? (this.src[this.at + 1] as string) : c;
      const width = escaped ? 2 : 1;
      if (
        (escaped || !SPECIAL.has(c)) &&
        !QUANTIFIER.has(this.src[this.at + width] ?? '') &&
        !/[\uD800-\uDBFF]/.test(ch)
      ) {
        run += ch;
        this.at += width;
        continue;
      }
      if (run) {
        append(info, this.literal(run));
        run = '';
      }
      append(info, this.quantified(this.atom()));
    }
    return run ? append(info, this.literal(run)) : info;
  }

  private quantified(atom: Info): Info {
    let result = atom;
    for (;;) {
      const c = this.peek();
      let min: number;
      let max: number;
      if (c === '*' || c === '+' || c === '?') {
        this.at++;
        [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
      } else if (c === '{') {
        const m = lookingAt(BRACES, this.src, this.at);
        if (!m) return result;
        this.at += m[0].length;
        min = Number(m[1]);
        max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      } else {
        return result;
      }
      if (this.peek() === '?') this.at++;
      result = repeat(result, min, max);
    }
  }

  private atom(): Info {
    const c = this.src[this.at++] as string;
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape(false).info;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY();
    if (c === '*' || c === '+' || c === '?') throw new Error(`nothing to repeat at ${this.at - 1}`);
    return this.literal(this.codePoint(c));
  }

  /** Reads the rest of a surrogate pair in Unicode mode, so an astral character is one literal. */
  private codePoint(first: string): string {
    const next = this.peek();
    if (this.unicode && /[\uD800-\uDBFF]/.test(first) && next && /[\uDC00-\uDFFF]/.test(next)) {
      this.at++;
      return first + next;
    }
    return first;
  }

  private literal(ch: string): Info {
    return { exact: new Set([ch]), and: [] };
  }

  private group(): Info {
    let assertion = false;
    if (this.src.startsWith('?:', this.at)) this.at += 2;
    else if (lookingAt(LOOKAROUND, this.src, this.at)) {
      assertion = true;
      this.at += this.src[this.at + 1] === '<' ? 3 : 2;
    } else if (this.src.startsWith('?<', this.at)) {
      const close = this.src.indexOf('>', this.at);
      if (close < 0) throw new Error('unterminated group name');
      this.at = close + 1;
    } else if (this.peek() === '?') {
      throw new Error(`unsupported group at ${this.at}`);
    }
    const inner = this.alternatives();
    if (this.src[this.at++] !== ')') throw new Error('unterminated group');
    // A lookaround consumes nothing: what it requires need not lie inside the match.
    return assertion ? EMPTY() : inner;
  }

  /** Small classes of plain characters (`['’]`, `[sz]`) are alternatives; anything else matches anything. */
  private characterClass(): Info {
    const chars = new Set<string>();
    let plain = this.peek() !== '^';
    if (!plain) this.at++;
    while (this.at < this.src.length && this.peek() !== ']') {
      const c = this.src[this.at++] as string;
      if (c === '\\') {
        const e = this.escape(true);
        if (e.char === null) plain = false;
        else chars.add(e.char);
      } else if (this.peek() === '-' && this.src[this.at + 1] !== ']' && this.at + 1 < this.src.length) {
        plain = false;
        this.at++;
        if (this.src[this.at++] === '\\') this.escape(true);
      } else {
        chars.add(this.codePoint(c));
      }
    }
    if (this.src[this.at++] !== ']') throw new Error('unterminated character class');
    if (!plain || chars.size === 0 || chars.size > 4) return ANY;
    return { exact: chars, and: [] };
  }

  /** After a backslash. `char` is the one character matched, or null for classes, assertions and the like. */
  private escape(inClass: boolean): { info: Info; char: string | null } {
    const c = this.src[this.at++];
    if (c === undefined) throw new Error('trailing backslash');
    const one = (ch: string) => ({ info: this.literal(ch), char: ch });
    if (c === 'b') return inClass ? one('\b') : { info: EMPTY(), char: null };
    if (c === 'B') return { info: EMPTY(), char: null };
    if ('dDwWsS'.includes(c)) return { info: ANY, char: null };
    if (c === 'p' || c === 'P') {
      if (this.peek() === '{') this.at = this.src.indexOf('}', this.at) + 1;
      return { info: ANY, char: null };
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (simple[c] !== undefined && !/\d/.test(this.peek() ?? '')) return one(simple[c] as string);
    if (c === 'x' && lookingAt(HEX2, this.src, this.at)) {
      const ch = String.fromCharCode(Number.parseInt(this.src.slice(this.at, this.at + 2), 16));
      this.at += 2;
      return one(ch);
    }
    if (c === 'u') {
      const braced = lookingAt(BRACED_HEX, this.src, this.at);
      if (braced && this.unicode) {
        this.at += braced[0].length;
        return one(String.fromCodePoint(Number.parseInt(braced[1] as string, 16)));
      }
      if (lookingAt(HEX4, this.src, this.at)) {
        const ch = String.fromCharCode(Number.parseInt(this.src.slice(this.at, this.at + 4), 16));
        this.at += 4;
        return one(ch);
      }
    }
    // Back-references, \k<name>, \cX and anything unusual: no constraint.
    if (/[1-9kc]/.test(c) || /[a-zA-Z0-9]/.test(c)) {
      if (c === 'k' && this.peek() === '<') this.at = this.src.indexOf('>', this.at) + 1;
      return { info: ANY, char: null };
    }
    return one(c);
  }
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * The necessary literals of `re` (its source and flags), lower case, at most a few of the most selective
 * sets. Empty when nothing useful can be said, or the source is beyond this reader.
 */
export function requiredLiterals(re: RegExp): RequiredLiterals {
  let info: Info;
  try {
    info = new Reader(re.source, re.flags.includes('u') || re.flags.includes('v')).parse();
  } catch {
    return [];
  }
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const set of sets(info)) {
    const lower = [...new Set(set.map((s) => s.toLowerCase()))];
    if (lower.some((s) => s.length < MIN_LITERAL || !ASCII.test(s))) continue;
    // "high" covers "highly": a text with the longer one contains the shorter.
    const minimal = lower.filter((s) => !lower.some((t) => t !== s && s.includes(t)));
    if (minimal.length > MAX_ALTERNATIVES) continue;
    const key = [...minimal].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(minimal);
  }
  return out.sort((a, b) => weakest(b) - weakest(a)).slice(0, MAX_SETS);
}

/**
 * Text the literals are looked up in: lower case, with the two non-ASCII letters that case-insensitive
 * Unicode regexes fold onto ASCII (long s, Kelvin sign) written as those ASCII letters.
 */
export function lowerForLiterals(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

/** False only when `lower` (from lowerForLiterals) lacks every string of some required set. */
export function mayMatch(required: RequiredLiterals, lower: string): boolean {
  for (const set of required) {
    let found = false;
    for (const s of set) {
      if (lower.includes(s)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/**
 * Which of a catalogue's literals a text contains, found in one pass over the text instead of one
 * `includes` per literal (1,400 distinct literals × every paragraph was a third of a cold analysis at
 * 1,000 words). Literals are indexed by their first three characters, so each position of the text costs
 * one map lookup and a `startsWith` per literal sharing that start. Literals the reader never keeps (shorter
 * than three characters, or not ASCII) but a hand-written list might are looked up with `includes`.
 */
export class LiteralIndex {
  private readonly byStart = new Map<number, string[]>();
  private readonly short: string[] = [];

  constructor(literals: Iterable<string>) {
    const seen = new Set<string>();
    for (const s of literals) {
      if (seen.has(s)) continue;
      seen.add(s);
      const key = s.length < MIN_LITERAL ? -1 : startKey(s, 0);
      if (key < 0) {
        this.short.push(s);
        continue;
      }
      const list = this.byStart.get(key);
      if (list) list.push(s);
      else this.byStart.set(key, [s]);
    }
  }

  /** Every indexed literal that `lower` (from lowerForLiterals) contains. */
  foundIn(lower: string): Set<string> {
    const found = new Set<string>();
    for (const s of this.short) if (lower.includes(s)) found.add(s);
    for (let i = 0; i + MIN_LITERAL <= lower.length; i++) {
      const key = startKey(lower, i);
      const list = key < 0 ? undefined : this.byStart.get(key);
      if (!list) continue;
      for (const s of list) if (lower.startsWith(s, i)) found.add(s);
    }
    return found;
  }
}

/**
 * The three characters at `i` as one small integer, or -1 when one is not ASCII (the reader keeps only ASCII
 * literals, so no indexed literal starts there).
 */
function startKey(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  const c = s.charCodeAt(i + 2);
  return (a | b | c) > 0x7f ? -1 : (a << 14) | (b << 7) | c;
}
