/**
 * Inline marks, drawn without touching the editor: boxes in a shadow root of ours appended to <body>,
 * positioned over the text from live Ranges and clipped to the editor (the default), or the CSS Custom
 * Highlight API (ranges styled by ::highlight, kept to measure against: in Chromium every registered range is
 * revalidated on every keystroke, see docs/performance.md). Either way nothing of ours enters the editable.
 */
import type { Severity } from '../analyzer/types';
import { BLOCKS, rangeBetween } from '../providers/dom-text';
import type { DomPoint } from '../providers/types';
import { type Box, createOverlayLayer, HALO_PX, SMALL_MARK_PX } from './overlay-layer';

/** Set at build time (wxt.config.ts, MATCHMAIL_PAINTER) to measure painters against each other. */
declare const __MATCHMAIL_PAINTER__: string | undefined;

/**
 * A finding's severity, `tone` for the sentences that drive an open tone report, or `asked` for the
 * program's own question in the quoted message (R4): a calm tint, not a problem in the applicant's text.
 */
export type MarkStyle = Severity | 'tone' | 'asked';

/** Where a mark goes, as boundary points: the painter makes a Range only for a mark it is not showing yet. */
export interface Mark {
  start: DomPoint;
  end: DomPoint;
  severity: MarkStyle;
  /** Index of the finding the mark belongs to (for hover → card). */
  finding: number;
}

/** A mark on screen, with the live Range the browser keeps up to date as the text around it changes. */
interface Painted extends Mark {
  range: Range;
}

export interface MarkPainter {
  readonly mode: 'highlight-api' | 'overlay';
  /**
   * Shows exactly these marks; returns how many marks of the applicant's text are drawn (marks whose place
   * is gone are skipped; `asked` marks in the quote are drawn but not counted).
   */
  paint(marks: Mark[]): number;
  /** Re-positions overlay boxes after scroll/resize; a no-op for the Highlight API. */
  reposition(): void;
  /** The finding under a viewport point, if a mark is there. */
  findingAt(x: number, y: number): number | null;
  /** Tone sentences, painted in their own style while the tone report is open. */
  paintTone(ranges: Range[]): void;
  /** The text under the marks is on a dark background (the mail site's dark theme): lighter colours (D3). */
  setDark(dark: boolean): void;
  destroy(): void;
}

const SEVERITIES: MarkStyle[] = ['error', 'warning', 'suggestion', 'tone', 'asked'];
const COLORS: Record<MarkStyle, string> = {
  error: '#d93025',
  warning: '#e37400',
  suggestion: '#1a73e8',
  tone: '#8e24aa',
  asked: '#137333',
};
export const HIGHLIGHT_NAMES: Record<MarkStyle, string> = {
  error: 'matchmail-error',
  warning: 'matchmail-warning',
  suggestion: 'matchmail-suggestion',
  tone: 'matchmail-tone',
  asked: 'matchmail-asked',
};

interface HighlightLike {
  add(r: Range): void;
  delete(r: Range): boolean;
  readonly size: number;
}
interface HighlightRegistry {
  get(name: string): HighlightLike | undefined;
  set(name: string, h: HighlightLike): void;
  delete(name: string): boolean;
}

function registry(): HighlightRegistry | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry; supports?: (s: string) => boolean } })
    .CSS;
  const ctor = (globalThis as { Highlight?: unknown }).Highlight;
  if (!css?.highlights || typeof ctor !== 'function') return null;
  try {
    if (css.supports && !css.supports('selector(::highlight(matchmail-probe))')) return null;
  } catch {
    return null;
  }
  return css.highlights;
}

export function highlightApiAvailable(): boolean {
  return registry() !== null;
}

let sheetInstalled: CSSStyleSheet | null = null;
let painters = 0;

/** ::highlight styles live in a constructed stylesheet adopted by the page: a stylesheet, not a node. */
function installHighlightStyles(doc: Document) {
  if (sheetInstalled) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    SEVERITIES.map(
      (s) =>
        `::highlight(${HIGHLIGHT_NAMES[s]}) { text-decoration: underline wavy ${COLORS[s]} ${s === 'suggestion' ? '1.5px' : '2px'}; text-decoration-skip-ink: none; text-underline-offset: 3px; ${s === 'error' ? 'background-color: rgba(217,48,37,0.10);' : ''} }`,
    ).join('\n'),
  );
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  sheetInstalled = sheet;
}

function uninstallHighlightStyles(doc: Document) {
  if (!sheetInstalled) return;
  const s = sheetInstalled;
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s);
  sheetInstalled = null;
  const reg = registry();
  for (const sev of SEVERITIES) reg?.delete(HIGHLIGHT_NAMES[sev]);
}

function hit(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    // A small mark ("!!") answers the pointer on its halo too (M4).
    const pad = r.width < SMALL_MARK_PX ? HALO_PX : 1;
    if (x >= r.left - pad && x <= r.right + pad && y >= r.top - 2 && y <= r.bottom + 4) return true;
  }
  return false;
}

/** Marks on the applicant's own text (the quote's `asked` tint is not a finding there). */
const counted = (marks: readonly Mark[]) => marks.filter((m) => m.severity !== 'asked').length;

const nodeIds = new WeakMap<Node, number>();
let nextNodeId = 1;
function nodeId(n: Node): number {
  let id = nodeIds.get(n);
  if (id === undefined) {
    id = nextNodeId++;
    nodeIds.set(n, id);
  }
  return id;
}

/** Same style, same boundary points: the same mark on screen. */
function key(style: MarkStyle, a: Node, aOffset: number, b: Node, bOffset: number): string {
  return `${style}|${nodeId(a)}:${aOffset}|${nodeId(b)}:${bOffset}`;
}

/** Where a mark wants to be. */
const markKey = (m: Mark) => key(m.severity, m.start.node, m.start.offset, m.end.node, m.end.offset);

/** Where a shown mark is now: its live Range has followed every edit since it was made. */
const shownKey = (p: Painted) =>
  key(p.severity, p.range.startContainer, p.range.startOffset, p.range.endContainer, p.range.endOffset);

function rangeOf(doc: Document, m: Mark): Range | null {
  const r = rangeBetween(doc, m.start, m.end);
  return r && !r.collapsed ? r : null;
}

/**
 * The marks to show, reusing the Range of every mark already shown at the same place (a live Range costs the
 * page on every edit until it is collected, so unchanged marks make none). Calls `added` and `removed` for the
 * ranges that come and go.
 */
function repaint(
  doc: Document,
  shown: Painted[],
  marks: Mark[],
  added: (p: Painted) => void,
  removed: (p: Painted) => void,
): Painted[] {
  const kept = new Map<string, Painted[]>();
  for (const p of shown) {
    const k = shownKey(p);
    kept.set(k, [...(kept.get(k) ?? []), p]);
  }
  const next: Painted[] = [];
  for (const m of marks) {
    const old = kept.get(markKey(m))?.pop();
    if (old) {
      next.push({ ...old, ...m, range: old.range });
      continue;
    }
    const range = rangeOf(doc, m);
    if (!range) continue;
    const p = { ...m, range };
    added(p);
    next.push(p);
  }
  for (const list of kept.values()) for (const p of list) removed(p);
  return next;
}

function highlightPainter(doc: Document, reg: HighlightRegistry): MarkPainter {
  installHighlightStyles(doc);
  painters++;
  const Ctor = (globalThis as unknown as { Highlight: new () => HighlightLike }).Highlight;
  let mine: Painted[] = [];
  let tone: Range[] = [];
  const highlightFor = (s: MarkStyle) => {
    let h = reg.get(HIGHLIGHT_NAMES[s]);
    if (!h) {
      h = new Ctor();
      reg.set(HIGHLIGHT_NAMES[s], h);
    }
    return h;
  };
  const clear = () => {
    for (const m of mine) reg.get(HIGHLIGHT_NAMES[m.severity])?.delete(m.range);
    mine = [];
  };
  return {
    mode: 'highlight-api',
    paint(marks) {
      // Most keystrokes leave most marks where they were: those stay registered, so the browser repaints only
      // the text whose marks changed.
      mine = repaint(
        doc,
        mine,
        marks,
        (p) => highlightFor(p.severity).add(p.range),
        (p) => reg.get(HIGHLIGHT_NAMES[p.severity])?.delete(p.range),
      );
      return counted(mine);
    },
    reposition() {},
    setDark() {},
    findingAt(x, y) {
      return mine.find((m) => hit(m.range, x, y))?.finding ?? null;
    },
    paintTone(ranges) {
      const h = highlightFor('tone');
      for (const r of tone) h.delete(r);
      for (const r of ranges) h.add(r);
      tone = ranges;
    },
    destroy() {
      const h = reg.get(HIGHLIGHT_NAMES.tone);
      for (const r of tone) h?.delete(r);
      tone = [];
      clear();
      painters--;
      if (painters === 0) uninstallHighlightStyles(doc);
    },
  };
}

/** Boxes within this many pixels of the visible part of the editor are kept placed (fast scroll, wheel). */
const NEAR_PX = 300;
/** Below the panel (2147483000), above the page. */
const MARKS_Z = 2147482990;

/** One box per line: the rectangles of a range merged where they share a line (an inline <b> and its text). */
function lineBoxes(range: Range): Box[] {
  const out: Box[] = [];
  for (const r of range.getClientRects()) {
    if (r.width < 0.5 || r.height < 0.5) continue;
    const same = out.find(
      (b) => Math.min(b.top + b.height, r.bottom) - Math.max(b.top, r.top) > r.height / 2,
    );
    if (!same) {
      out.push({ left: r.left, top: r.top, width: r.width, height: r.height });
      continue;
    }
    const right = Math.max(same.left + same.width, r.right);
    const bottom = Math.max(same.top + same.height, r.bottom);
    same.left = Math.min(same.left, r.left);
    same.top = Math.min(same.top, r.top);
    same.width = right - same.left;
    same.height = bottom - same.top;
  }
  return out;
}

function intersect(a: Box, b: Box): Box | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

/** The editable's scrolling ancestors (and itself if it scrolls): what cuts the editor's visible part. */
function clippingAncestors(editable: HTMLElement): Element[] {
  const out: Element[] = [];
  const view = editable.ownerDocument.defaultView;
  for (
    let el: Element | null = editable.parentElement;
    el && el !== el.ownerDocument.body;
    el = el.parentElement
  ) {
    const cs = view?.getComputedStyle(el);
    if (cs && (cs.overflowX !== 'visible' || cs.overflowY !== 'visible')) out.push(el);
  }
  return out;
}

/** In document order, so the marks on screen are one run found by a binary search. */
function byPosition(a: { range: Range }, b: { range: Range }): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return 0; // different roots: order does not matter
  }
}

/** A mark or tone sentence the overlay draws, with its line boxes as last measured (still valid, see draw). */
interface Measured {
  range: Range;
  boxes?: Box[];
}

/**
 * The marks near the visible part of the editor: the run of `list` (in document order) whose lines come
 * within NEAR_PX of `clip`, found by a binary search, so a frame measures O(log n + marks on screen) ranges
 * however long the draft is. A mark whose boxes are still valid from an earlier frame is not measured again.
 */
function nearClip<T extends Measured>(list: T[], clip: Box): { item: T; boxes: Box[] }[] {
  const top = clip.top - NEAR_PX;
  const bottom = clip.top + clip.height + NEAR_PX;
  const boxesOf = (item: T) => {
    item.boxes ??= lineBoxes(item.range);
    return item.boxes;
  };
  // First mark whose last line ends below the top of the band (a mark with no box counts as above it).
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const b = boxesOf(list[mid] as T);
    const last = b[b.length - 1];
    if (last && last.top + last.height >= top) hi = mid;
    else lo = mid + 1;
  }
  const out: { item: T; boxes: Box[] }[] = [];
  for (let i = lo; i < list.length; i++) {
    const item = list[i] as T;
    const b = boxesOf(item);
    if (b.length === 0) continue;
    if ((b[0] as Box).top > bottom) break;
    out.push({ item, boxes: b });
  }
  return out;
}

/** Whether `range` ends before the point (node, 0): an edit from there on cannot move its text. */
function endsBefore(range: Range, node: Node): boolean {
  try {
    return range.comparePoint(node, 0) === 1;
  } catch {
    return false; // another root, or the node has gone: measure again
  }
}

/**
 * Table parts, which dom-text's BLOCKS counts as blocks: a cell can re-lay out its whole table, so for an edit's
 * span the table is the block. Text after any other block starts on a line of its own, so an edit inside one can
 * move what follows only by the height it adds or removes.
 */
const TABLE_PARTS = new Set(['CAPTION', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR']);

const isBlock = (n: Node | null): n is Element =>
  !!n && n.nodeType === 1 && BLOCKS.has((n as Element).tagName) && !TABLE_PARTS.has((n as Element).tagName);

/** The nearest block holding `node` (itself included), below the editor; null when there is none. */
function blockOf(editable: HTMLElement, node: Node): Element | null {
  for (let n: Node | null = node; n && n !== editable; n = n.parentNode) if (isBlock(n)) return n;
  return null;
}

/**
 * The first node after `block` in the editor (its next sibling, or its parent block's, and so on up; null:
 * nothing follows it). Text from there on keeps its lines through any edit inside `block`.
 */
function after(editable: HTMLElement, block: Element): Node | null {
  for (let n: Node | null = block; n && n !== editable; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
    if (n.parentNode !== editable && !isBlock(n.parentNode)) return null;
  }
  return null;
}

/**
 * What one change inside `editable` can have moved: text from `start` on (null: from the editor's start) up to
 * `end` (null: to the editor's end); text from `end` on moved only by the height the change added or removed.
 * A change inside one block (typing in a paragraph) spans that block; blocks added or removed (Enter, a
 * paragraph deleted) span from the block before them (a split or merge changes it too) to the block after.
 */
function editSpan(editable: HTMLElement, record: MutationRecord): { start: Node | null; end: Node | null } {
  const target = record.target;
  const changed = [...record.addedNodes, ...record.removedNodes];
  if (
    record.type === 'childList' &&
    (target === editable || isBlock(target)) &&
    changed.length > 0 &&
    changed.every((n) => isBlock(n))
  ) {
    const prev = record.previousSibling;
    const start = prev ? (prev.previousSibling ?? prev) : target === editable ? null : target;
    const end = record.nextSibling ?? (target === editable ? null : after(editable, target as Element));
    return { start, end };
  }
  const block = blockOf(editable, target);
  if (block) return { start: block, end: after(editable, block) };
  // Text straight inside the editor, outside any block: from its top-level node on, everything may move.
  let top: Node = target;
  while (top.parentNode && top.parentNode !== editable) top = top.parentNode;
  return { start: top.parentNode === editable ? (top.previousSibling ?? top) : null, end: null };
}

/** Whether `range` starts at or after the start of `node` (before it: the point (node, 0) is not after it). */
function startsFrom(range: Range, node: Node): boolean {
  try {
    return range.comparePoint(node, 0) === -1;
  } catch {
    return false;
  }
}

/** The later of two boundary nodes in document order (null, "the end", is latest). */
function later(a: Node | null, b: Node | null): Node | null {
  if (!a || !b) return null;
  if (a === b) return a;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? b : a;
}

/**
 * After an edit, the marks of `list` (document order) between `from` and `until` may have moved anywhere and
 * are measured again. The marks from `until` on (the edit's followers) kept their lines: the edit can only
 * have moved them all by the same height. So the first and the last follower already measured are measured
 * again and, if both moved by the same offset (and not sideways), every other follower's boxes are shifted
 * by it instead of measured: typing in a paragraph costs its own marks, not those below it. Otherwise (a
 * float, a table re-laid out) every follower is measured again. The marks before `from` keep their boxes.
 * True when any box was forgotten or moved.
 */
function afterEdit(list: Measured[], from: Node | null, until: Node | null): boolean {
  let lo = 0;
  if (from) {
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (endsBefore((list[mid] as Measured).range, from)) lo = mid + 1;
      else hi = mid;
    }
  }
  let i = lo;
  // Marks are in order of their starts: once one starts after the edit, every later one does too.
  for (; i < list.length && !(until && startsFrom((list[i] as Measured).range, until)); i++)
    (list[i] as Measured).boxes = undefined;
  const followers = list.slice(i).filter((m) => m.boxes);
  const forgetFollowers = () => {
    for (const m of followers) m.boxes = undefined;
  };
  if (followers.length <= 2) {
    forgetFollowers();
    return i > lo || followers.length > 0;
  }
  const first = followers[0] as Measured;
  const last = followers[followers.length - 1] as Measured;
  const offset = (m: Measured) => {
    const was = m.boxes as Box[];
    const now = lineBoxes(m.range);
    m.boxes = now;
    const a = was[0];
    const b = now[0];
    if (!a || !b || was.length !== now.length || Math.abs(a.left - b.left) > 0.5) return Number.NaN;
    return b.top - a.top;
  };
  const dy = offset(first);
  const dyLast = offset(last);
  if (!(Math.abs(dy - dyLast) < 0.5)) {
    forgetFollowers();
    return true;
  }
  if (dy !== 0) {
    for (const m of followers) {
      if (m === first || m === last) continue;
      m.boxes = (m.boxes as Box[]).map((b) => ({ ...b, top: b.top + dy }));
    }
  }
  return i > lo || dy !== 0;
}

/** Moves every measured box of `list` by (dx, dy): the editor moved, its text with it. */
function shiftAll(list: Measured[], dx: number, dy: number): void {
  for (const m of list) {
    if (m.boxes) m.boxes = m.boxes.map((b) => ({ ...b, left: b.left + dx, top: b.top + dy }));
  }
}

/** The earlier of two nodes in document order (null, "from the start", is earliest). */
function earlier(a: Node | null, b: Node | null): Node | null {
  if (!a || !b) return null;
  if (a === b) return a;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? b : a;
}

interface OverlayMark extends Painted {
  id: number;
  boxes?: Box[];
}

/**
 * Marks drawn as boxes in a layer of ours over the page (see overlay-layer.ts): the page's DOM and the
 * browser's highlight markers are never touched, so a keystroke costs the page nothing for the marks it does
 * not move. Once per frame after an input, scroll, resize or paint, only the marks near the visible part of
 * the editor are measured (Range.getClientRects on live Ranges, which follow every edit) and a box is written
 * only when its line moved.
 */
function overlayPainter(doc: Document, editable: HTMLElement | null): MarkPainter {
  const layer = createOverlayLayer(doc, MARKS_Z);
  const view = doc.defaultView ?? window;
  const abort = new AbortController();
  const signal = abort.signal;
  let mine: OverlayMark[] = [];
  let tone: { range: Range; id: number; boxes?: Box[] }[] = [];
  let nextId = 1;
  let frame = 0;
  let clippers = editable ? clippingAncestors(editable) : [];
  /** The marks drawn in the last frame, for hit tests. */
  let drawn: OverlayMark[] = [];
  /**
   * What can have moved since the last frame. `all`: a scroll, a resize, a zoom or an unknown change: every
   * mark is measured again. Else `editFrom`: the first node an edit in the editor since the last frame can
   * have moved text from (undefined: no edit); marks ending before it keep their boxes.
   */
  let all = true;
  let editFrom: Node | null | undefined;
  /** The first node after every block edited since the last frame (null: the edits reach the end). */
  let editUntil: Node | null = null;
  /** The text node the last edit since the last frame typed into, if it was a change of its text. */
  let typedIn: Node | null = null;
  /** A mark was added, removed, forgotten or moved since the boxes were last placed. */
  let stale = true;
  /** The visible part of the editor the boxes were last placed for. */
  let lastClip = '';
  /** The editor's width (and the window's size) in the last frame: if they change, every mark may have moved. */
  let lastEditor = '';
  /** Where the editor was in the last frame, and how far it has moved since (if it has, width unchanged). */
  let editorAt = { left: 0, top: 0 };
  let editorMoved: { dx: number; dy: number } | null = null;

  const visibleClip = (): Box | null => {
    let clip: Box | null = { left: 0, top: 0, width: view.innerWidth, height: view.innerHeight };
    const cut = (el: Element) => {
      const r = el.getBoundingClientRect();
      clip = clip && intersect(clip, { left: r.left, top: r.top, width: r.width, height: r.height });
      return r;
    };
    if (editable) {
      if (!editable.isConnected) return null;
      const r = cut(editable);
      // The editor moved without changing width (a compose that grows upwards as lines are added, as
      // Gmail's does): its text moved with it, line for line.
      const at = `${r.width},${view.innerWidth},${view.innerHeight}`;
      if (at !== lastEditor) all = true;
      else if (r.left !== editorAt.left || r.top !== editorAt.top)
        editorMoved = { dx: r.left - editorAt.left, dy: r.top - editorAt.top };
      lastEditor = at;
      editorAt = { left: r.left, top: r.top };
      for (const el of clippers) cut(el);
    }
    return clip;
  };

  const draw = () => {
    frame = 0;
    if (signal.aborted) return;
    const clip = visibleClip();
    if (editorMoved && !all) {
      for (const list of [mine, tone] as Measured[][]) shiftAll(list, editorMoved.dx, editorMoved.dy);
      stale = true;
    }
    editorMoved = null;
    if (all) {
      afterEdit(mine, null, null);
      afterEdit(tone, null, null);
      stale = true;
    } else if (editFrom !== undefined) {
      const marksMoved = afterEdit(mine, editFrom, editUntil);
      if (afterEdit(tone, editFrom, editUntil) || marksMoved) stale = true;
    }
    // The layer's zoom is read (a style read) only when the page may have been zoomed.
    layer.clip(clip, all);
    all = false;
    editFrom = undefined;
    typedIn = null;
    // Which marks are near the view changes only when a mark or the visible part does: most keystrokes in a
    // paragraph without marks, on a line that does not wrap, leave every box where it is.
    const at = clip ? `${clip.left},${clip.top},${clip.width},${clip.height}` : '';
    if (!stale && at === lastClip) return;
    stale = false;
    lastClip = at;
    drawn = [];
    if (clip) {
      for (const { item, boxes } of nearClip(tone, clip)) {
        for (const [line, b] of boxes.entries()) layer.place(`t${item.id}`, line, 'tone', null, b);
      }
      for (const { item, boxes } of nearClip(mine, clip)) {
        drawn.push(item);
        for (const [line, b] of boxes.entries())
          layer.place(`m${item.id}`, line, item.severity, item.finding, b);
      }
    }
    layer.sweep();
  };
  const schedule = () => {
    if (!frame && !signal.aborted) frame = view.requestAnimationFrame(draw);
  };
  const moved = () => {
    all = true;
    schedule();
  };

  if (editable) {
    // Every change in the editor, typed or made by the page's script, is seen here (no layout is read: the
    // frame measures). Each says where text may have moved from.
    const mo = new MutationObserver((records) => {
      if (!all) {
        for (const r of records) {
          // Typing into one text node: its span is already counted since the last frame (its place in the
          // tree cannot change without a childList record, which starts the count again).
          if (r.type === 'characterData' && r.target === typedIn) continue;
          typedIn = r.type === 'characterData' ? r.target : null;
          const { start, end } = editSpan(editable, r);
          if (editFrom === undefined) {
            editFrom = start;
            editUntil = end;
          } else {
            editFrom = earlier(editFrom, start);
            editUntil = later(editUntil, end);
          }
        }
      }
      schedule();
    });
    mo.observe(editable, { childList: true, characterData: true, attributes: true, subtree: true });
    let width = -1;
    const ro = new ResizeObserver((entries) => {
      // Growing taller as lines are typed moves nothing above the edit; another width re-wraps every line.
      const w = entries[entries.length - 1]?.contentRect.width ?? -1;
      if (w !== width) all = true;
      width = w;
      schedule();
    });
    ro.observe(editable);
    signal.addEventListener('abort', () => {
      ro.disconnect();
      mo.disconnect();
    });
  }
  doc.addEventListener('scroll', moved, { signal, capture: true, passive: true });
  view.addEventListener(
    'resize',
    () => {
      // A zoom or a window resize can change which ancestors scroll (a responsive layout).
      if (editable) clippers = clippingAncestors(editable);
      moved();
    },
    { signal },
  );

  return {
    mode: 'overlay',
    paint(marks) {
      mine = repaint(
        doc,
        mine,
        marks,
        () => undefined,
        () => undefined,
      ).map((p) => {
        // A mark kept from the last paint keeps its id and its boxes (its Range is the same live Range).
        const o = p as Partial<OverlayMark>;
        return { ...p, id: o.id ?? nextId++, boxes: o.boxes };
      });
      mine.sort(byPosition);
      stale = true;
      schedule();
      return counted(mine);
    },
    // The session asks after its compose moved or resized: the editor's place is checked every frame, so
    // only a frame is needed (a compose growing by a line must not make every mark be measured again).
    reposition: schedule,
    setDark: (dark) => layer.setDark(dark),
    findingAt(x, y) {
      return drawn.find((m) => hit(m.range, x, y))?.finding ?? null;
    },
    paintTone(ranges) {
      tone = ranges.map((range) => ({ range, id: nextId++ })).sort(byPosition);
      stale = true;
      schedule();
    },
    destroy() {
      abort.abort();
      view.cancelAnimationFrame(frame);
      mine = [];
      tone = [];
      drawn = [];
      layer.remove();
    },
  };
}

/**
 * `auto` draws in the overlay: measured against the Highlight API in docs/performance.md ("Marks"), it is the
 * one whose cost per keystroke does not grow with the marks on the draft. `highlight-api` keeps the CSS Custom
 * Highlight API painter for comparison (and falls back to the overlay where the API is missing). `editable`
 * is the compose body: the overlay follows its input, scrolling and size, and clips marks to it.
 */
export function createMarkPainter(
  doc: Document,
  prefer: 'auto' | 'overlay' | 'highlight-api' = 'auto',
  editable: HTMLElement | null = null,
): MarkPainter {
  const built = typeof __MATCHMAIL_PAINTER__ === 'string' ? __MATCHMAIL_PAINTER__ : 'auto';
  const choice = prefer === 'auto' ? built : prefer;
  const reg = choice === 'highlight-api' ? registry() : null;
  return reg ? highlightPainter(doc, reg) : overlayPainter(doc, editable);
}
