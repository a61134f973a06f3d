/**
 * Inline marks, drawn without touching the editor: the CSS Custom Highlight API where the browser has it
 * (ranges styled by ::highlight, no nodes at all), else an overlay of boxes in a shadow root appended to
 * <body>, positioned over the text. Either way nothing of ours enters the editable.
 */
import type { Severity } from '../analyzer/types';
import { rangeBetween } from '../providers/dom-text';
import type { DomPoint } from '../providers/types';

/** A finding's severity, or `tone` for the sentences that drive an open tone report. */
export type MarkStyle = Severity | 'tone';

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
  /** Shows exactly these marks; returns how many are drawn (marks whose place is gone are skipped). */
  paint(marks: Mark[]): number;
  /** Re-positions overlay boxes after scroll/resize; a no-op for the Highlight API. */
  reposition(): void;
  /** The finding under a viewport point, if a mark is there. */
  findingAt(x: number, y: number): number | null;
  /** Tone sentences, painted in their own style while the tone report is open. */
  paintTone(ranges: Range[]): void;
  destroy(): void;
}

const SEVERITIES: MarkStyle[] = ['error', 'warning', 'suggestion', 'tone'];
const COLORS: Record<MarkStyle, string> = {
  error: '#d93025',
  warning: '#e37400',
  suggestion: '#1a73e8',
  tone: '#8e24aa',
};
export const HIGHLIGHT_NAMES: Record<MarkStyle, string> = {
  error: 'matchmail-error',
  warning: 'matchmail-warning',
  suggestion: 'matchmail-suggestion',
  tone: 'matchmail-tone',
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
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 2 && y <= r.bottom + 4) return true;
  }
  return false;
}

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
      next.push({ ...m, range: old.range });
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
      return mine.length;
    },
    reposition() {},
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

function overlayPainter(doc: Document): MarkPainter {
  const host = doc.createElement('matchmail-marks');
  host.style.cssText =
    'position:absolute;left:0;top:0;width:0;height:0;overflow:visible;pointer-events:none;z-index:2147483000;';
  const root = host.attachShadow({ mode: 'open' });
  const layer = doc.createElement('div');
  root.append(layer);
  doc.body.append(host);
  let mine: Painted[] = [];
  let tone: Range[] = [];
  const draw = () => {
    layer.replaceChildren();
    for (const range of tone) {
      for (const r of range.getClientRects()) {
        const box = doc.createElement('div');
        box.style.cssText = `position:absolute;left:${r.left + (doc.defaultView?.scrollX ?? 0)}px;top:${r.top + (doc.defaultView?.scrollY ?? 0)}px;width:${r.width}px;height:${r.height}px;background:rgba(142,36,170,0.14);`;
        layer.append(box);
      }
    }
    const sx = doc.defaultView?.scrollX ?? 0;
    const sy = doc.defaultView?.scrollY ?? 0;
    for (const m of mine) {
      for (const r of m.range.getClientRects()) {
        if (r.width === 0) continue;
        const box = doc.createElement('div');
        box.style.cssText = `position:absolute;left:${r.left + sx}px;top:${r.bottom + sy - 2}px;width:${r.width}px;height:3px;border-bottom:2px dotted ${COLORS[m.severity]};`;
        layer.append(box);
      }
    }
  };
  return {
    mode: 'overlay',
    paint(marks) {
      mine = repaint(
        doc,
        mine,
        marks,
        () => undefined,
        () => undefined,
      );
      draw();
      return mine.length;
    },
    reposition: draw,
    findingAt(x, y) {
      return mine.find((m) => hit(m.range, x, y))?.finding ?? null;
    },
    paintTone(ranges) {
      tone = ranges;
      draw();
    },
    destroy() {
      mine = [];
      host.remove();
    },
  };
}

export function createMarkPainter(doc: Document, prefer: 'auto' | 'overlay' = 'auto'): MarkPainter {
  const reg = prefer === 'auto' ? registry() : null;
  return reg ? highlightPainter(doc, reg) : overlayPainter(doc);
}
