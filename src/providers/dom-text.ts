/**
 * Plain text of a contenteditable with an exact offset <-> DOM map (webmail-dom.md §4.3).
 *
 * One walk produces both the text we lint and the map back to the DOM, so the two cannot drift the way
 * `innerText`-for-linting plus a `textContent` walk for mapping do (§8 pitfall 6). Lines follow what the
 * browser renders, not `innerText`'s spec: `<div>a</div><div><br></div><div>b</div>` is "a\n\nb".
 * The walk only reads the DOM.
 */

import type { DomPoint, TextMap } from './types';

export type { DomPoint };

export interface TextModelOptions {
  /** Subtrees (or single text nodes) to leave out: quoted history, signature, the provider's islands. */
  exclude?: (node: Node) => boolean;
}

export interface TextModel {
  text: string;
  map: TextMap;
}

interface Segment {
  start: number;
  end: number;
  /** text: each character is node.data[from.offset + i]; break: newlines with no DOM characters. */
  kind: 'text' | 'break';
  from: DomPoint;
  to: DomPoint;
}

// Editors park the caret on these; they are invisible and would split words for the rules.
const DROPPED = /[\u200B\u2060\uFEFF\u00AD\r]/;
const COLLAPSIBLE = /[ \t\n\f]/;
const NBSP = '\u00A0';

/** Other extensions' nodes and our own hosts: never part of what the author wrote (§4.4 "Both"). */
const FOREIGN =
  'grammarly-extension, grammarly-mirror, grammarly-desktop-integration, matchmail-panel, [data-matchmail]';

const NOT_RENDERED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'SVG',
  'svg',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);

/** Elements laid out as blocks: their text starts on a line of its own (also read by src/overlay/marks.ts). */
export const BLOCKS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/**
 * Text as the map compares it: collapsible whitespace runs become one space, invisible characters go,
 * NBSP becomes a space. `comparableText(map.rangeFor(s, e).toString()) === text.slice(s, e)` within a line.
 */
export function comparableText(raw: string): string {
  return raw
    .replace(/[\u200B\u2060\uFEFF\u00AD\r]/g, '')
    .replace(/[ \t\n\f]+/g, ' ')
    .replaceAll(NBSP, ' ');
}

/** A Range between two points, or null when the DOM changed under them (a text node shrank). */
export function rangeBetween(doc: Document, start: DomPoint, end: DomPoint): Range | null {
  const range = doc.createRange();
  try {
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
  } catch {
    return null;
  }
  return range;
}

function isRenderedElement(el: Element): boolean {
  if (NOT_RENDERED.has(el.tagName) || el.hasAttribute('hidden')) return false;
  // Inline styles only: layout is not available everywhere (and costs time), classes are the page's.
  return (el as HTMLElement).style?.display !== 'none';
}

function isForeign(el: Element): boolean {
  return el.matches(FOREIGN) || el.tagName.startsWith('GRAMMARLY-');
}

/** Newlines a block asks for around itself: 2 for paragraphs (they have margins), 1 for other blocks. */
function blockBreaks(el: Element): number {
  if (!BLOCKS.has(el.tagName)) return 0;
  // Word/Outlook HTML sets MsoNormal margins to 0 and writes blank lines as empty paragraphs.
  if (el.tagName === 'P' && !el.classList.contains('MsoNormal')) return 2;
  return 1;
}

function preservesWhitespace(el: Element): boolean {
  if (el.tagName === 'PRE') return true;
  const ws = (el as HTMLElement).style?.whiteSpace ?? '';
  return ws.startsWith('pre') || ws === 'break-spaces';
}

function indexInParent(node: Node): number {
  return Array.prototype.indexOf.call(node.parentNode?.childNodes ?? [], node);
}

class Builder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];
  /** Something (even an empty line) has been emitted, so block breaks are no longer leading. */
  private started = false;
  /** The current line has visible characters, so a collapsible space may follow. */
  private lineHasText = false;
  private pendingSpace: DomPoint | null = null;
  private pendingBreak: { count: number; from: DomPoint; to: DomPoint } | null = null;
  /** A `<br>` whose newline counts only if content follows before the block ends. */
  private pendingBr: { from: DomPoint; to: DomPoint } | null = null;

  blockEdge(count: number, at: DomPoint): void {
    this.pendingSpace = null;
    if (this.pendingBr) {
      // A trailing <br> ends its block's line without adding one; the line itself exists (<div><br></div>).
      this.flushBreak();
      this.started = true;
      this.pendingBr = null;
    }
    if (this.pendingBreak) {
      this.pendingBreak.count = Math.max(this.pendingBreak.count, count);
      this.pendingBreak.to = at;
    } else {
      this.pendingBreak = { count, from: at, to: at };
    }
  }

  lineBreak(from: DomPoint, to: DomPoint): void {
    this.pendingSpace = null;
    if (this.pendingBr) this.flushBr();
    this.pendingBr = { from, to };
  }

  char(ch: string, node: Text, index: number, pre: boolean): void {
    if (DROPPED.test(ch)) return;
    if (!pre && COLLAPSIBLE.test(ch)) {
      if (this.lineHasText && !this.pendingBreak && !this.pendingBr && !this.pendingSpace) {
        this.pendingSpace = { node, offset: index };
      }
      return;
    }
    if (this.pendingBr) this.flushBr();
    else this.flushBreak();
    if (this.pendingSpace) {
      this.push(' ', 'text', this.pendingSpace, {
        node: this.pendingSpace.node,
        offset: this.pendingSpace.offset + 1,
      });
      this.pendingSpace = null;
    }
    this.push(ch === NBSP ? ' ' : ch, 'text', { node, offset: index }, { node, offset: index + 1 });
    this.started = true;
    this.lineHasText = ch !== '\n';
  }

  private flushBr(): void {
    const br = this.pendingBr;
    if (!br) return;
    this.flushBreak();
    this.push('\n', 'break', br.from, br.to);
    this.pendingBr = null;
    this.started = true;
    this.lineHasText = false;
  }

  private flushBreak(): void {
    const pending = this.pendingBreak;
    if (!pending) return;
    if (this.started) this.push('\n'.repeat(pending.count), 'break', pending.from, pending.to);
    this.pendingBreak = null;
    this.lineHasText = false;
  }

  private push(s: string, kind: Segment['kind'], from: DomPoint, to: DomPoint): void {
    const last = this.segments[this.segments.length - 1];
    // Consecutive characters of one text node share a segment, which keeps the map small.
    if (
      kind === 'text' &&
      last?.kind === 'text' &&
      last.to.node === from.node &&
      last.to.offset === from.offset
    ) {
      last.end += s.length;
      last.to = to;
    } else {
      this.segments.push({ start: this.length, end: this.length + s.length, kind, from, to });
    }
    this.parts.push(s);
    this.length += s.length;
  }

  /** The text and segments without leading or trailing blank lines. */
  finish(): { text: string; segments: Segment[] } {
    let first = 0;
    let last = this.segments.length;
    while (first < last && this.segments[first]?.kind === 'break') first++;
    while (last > first && this.segments[last - 1]?.kind === 'break') last--;
    const kept = this.segments.slice(first, last);
    const full = this.parts.join('');
    const shift = kept[0]?.start ?? 0;
    const text = full.slice(shift, kept[kept.length - 1]?.end ?? shift);
    for (const seg of kept) {
      seg.start -= shift;
      seg.end -= shift;
    }
    return { text, segments: kept };
  }
}

function walk(node: Node, b: Builder, exclude: (node: Node) => boolean, pre: boolean): void {
  if (node.nodeType === 3) {
    if (exclude(node)) return;
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) b.char(data[i] as string, node as Text, i, pre);
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (!isRenderedElement(el)) return;
  const breaks = blockBreaks(el);
  if (exclude(el) || isForeign(el)) {
    // An excluded block still separates the lines around it.
    if (breaks && el.parentNode) {
      const i = indexInParent(el);
      b.blockEdge(breaks, { node: el.parentNode, offset: i });
      b.blockEdge(breaks, { node: el.parentNode, offset: i + 1 });
    }
    return;
  }
  if (el.tagName === 'BR') {
    if (!el.parentNode) return;
    const i = indexInParent(el);
    b.lineBreak({ node: el.parentNode, offset: i }, { node: el.parentNode, offset: i + 1 });
    return;
  }
  if (breaks) b.blockEdge(breaks, { node: el, offset: 0 });
  const childPre = pre || preservesWhitespace(el);
  for (let child = el.firstChild; child; child = child.nextSibling) walk(child, b, exclude, childPre);
  if (breaks) b.blockEdge(breaks, { node: el, offset: el.childNodes.length });
}

/** -1 when a is before b, 0 when equal, 1 when after (DOM boundary-point order). */
function comparePoints(doc: Document, a: DomPoint, b: DomPoint): number {
  const range = doc.createRange();
  range.setStart(b.node, b.offset);
  return range.comparePoint(a.node, a.offset);
}

function createMap(
  root: Element,
  segments: Segment[],
  textLength: number,
  exclude: (n: Node) => boolean,
): TextMap {
  const doc = root.ownerDocument;
  const byNode = new Map<Node, Segment[]>();
  for (const seg of segments) {
    if (seg.kind !== 'text') continue;
    const list = byNode.get(seg.from.node) ?? [];
    list.push(seg);
    byNode.set(seg.from.node, list);
  }

  /** The segment holding the character at `offset` (forward) or just before it (backward). */
  function segmentAt(offset: number, backward: boolean): Segment | undefined {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const seg = segments[mid] as Segment;
      const inside = backward
        ? seg.start < offset && offset <= seg.end
        : seg.start <= offset && offset < seg.end;
      if (inside) return seg;
      if (backward ? seg.end < offset : seg.end <= offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  function pointAt(offset: number, backward: boolean): DomPoint {
    const seg = segmentAt(offset, backward) ?? segmentAt(offset, !backward);
    if (!seg) return { node: root, offset: 0 };
    if (seg.kind === 'text') return { node: seg.from.node, offset: seg.from.offset + (offset - seg.start) };
    if (backward) return offset === seg.end ? seg.to : seg.from;
    return offset === seg.start ? seg.from : seg.to;
  }

  function isAuthorPoint(node: Node): boolean {
    if (node !== root && !root.contains(node)) return false;
    for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
      if (exclude(n)) return false;
      if (n.nodeType === 1 && (!isRenderedElement(n as Element) || isForeign(n as Element))) return false;
    }
    return true;
  }

  function pointsFor(start: number, end: number): { start: DomPoint; end: DomPoint } | null {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > textLength) {
      return null;
    }
    const collapsed = start === end;
    const a = pointAt(start, collapsed && start > 0);
    const b = collapsed ? a : pointAt(end, true);
    if (!root.isConnected || !root.contains(a.node) || !root.contains(b.node)) return null;
    return { start: a, end: b };
  }

  return {
    pointsFor,
    rangeFor(start, end) {
      const points = pointsFor(start, end);
      return points && rangeBetween(doc, points.start, points.end);
    },
    offsetOf(node, offset) {
      if (!isAuthorPoint(node)) return null;
      for (const seg of byNode.get(node) ?? []) {
        if (seg.from.offset <= offset && offset <= seg.to.offset)
          return seg.start + (offset - seg.from.offset);
      }
      const point = { node, offset };
      try {
        // First segment that ends after the point; segments are in document order.
        let lo = 0;
        let hi = segments.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (comparePoints(doc, point, (segments[mid] as Segment).to) < 0) hi = mid;
          else lo = mid + 1;
        }
        const seg = segments[lo];
        if (!seg) return textLength;
        if (comparePoints(doc, point, seg.from) <= 0) return seg.start;
        // Strictly inside a break (between two blocks): the caret belongs to the next line.
        return seg.end;
      } catch {
        // The DOM changed under the map (an undo emptied a text node before the next read): no answer
        // until the draft is read again.
        return null;
      }
    },
  };
}

/** The text model of `root`'s rendered content, minus excluded subtrees. */
export function buildTextModel(root: Element, options: TextModelOptions = {}): TextModel {
  const exclude = options.exclude ?? (() => false);
  const builder = new Builder();
  const pre = preservesWhitespace(root);
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child, builder, exclude, pre);
  const { text, segments } = builder.finish();
  return { text, map: createMap(root, segments, text.length, exclude) };
}

/** Plain text of a subtree (signature, quoted history) without a map. */
export function plainTextOf(root: Element, options: TextModelOptions = {}): string {
  return buildTextModel(root, options).text;
}
