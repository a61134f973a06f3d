/**
 * Checks that run inside the mail page, shared by the Chromium (Playwright) and Firefox (puppeteer-core over
 * WebDriver BiDi) suites: each is a self-contained function of at most one argument, so either library can
 * pass it to `page.evaluate(fn, arg)` unchanged. They read the page as a user would see it (text, marks,
 * panel hooks) and never change it.
 */

/** Panels of compose windows (the drift notice is a <matchmail-panel data-unreadable> too). */
export const PANEL = 'matchmail-panel:not([data-unreadable])';

/** Nodes of ours inside any editable: must always be zero. */
export function residueInEditables(): number {
  let n = 0;
  for (const ed of document.querySelectorAll('[contenteditable="true"], [contenteditable=""]')) {
    n += ed.querySelectorAll(
      'matchmail-panel, matchmail-marks, [data-rule-id], [data-mark-count], [data-draft-kind], [data-send-guard]',
    ).length;
    for (const el of ed.querySelectorAll('*')) {
      if (el.tagName.toLowerCase().startsWith('matchmail')) n++;
      for (const a of el.getAttributeNames()) if (a.includes('matchmail') || a.startsWith('data-mm')) n++;
      if (el.shadowRoot) n++;
    }
  }
  return n;
}

export interface Residue {
  hosts: number;
  highlights: string[];
  sheets: number;
  /** The styles of the mark boxes drawn in our overlay (`error`, `tone`, …). */
  marks: string[];
}

/**
 * Everything of ours anywhere in the page: hosts (<matchmail-panel>, <matchmail-marks>), ::highlight
 * registries still holding ranges, adopted ::highlight stylesheets, and the styles of the mark boxes drawn.
 */
export function residueInPage(): Residue {
  const hosts = [...document.querySelectorAll('*')].filter((e) =>
    e.tagName.toLowerCase().startsWith('matchmail'),
  ).length;
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  const highlights = registry
    ? [...registry.entries()].filter(([k, v]) => k.startsWith('matchmail') && v.size > 0).map(([k]) => k)
    : [];
  const sheets = document.adoptedStyleSheets.filter((s) =>
    [...s.cssRules].some((r) => r.cssText.includes('matchmail')),
  ).length;
  const marks = new Set<string>();
  for (const host of document.querySelectorAll('matchmail-marks'))
    for (const box of host.shadowRoot?.querySelectorAll('[data-severity]') ?? [])
      marks.add(box.getAttribute('data-severity') ?? '');
  return { hosts, highlights, sheets, marks: [...marks].sort() };
}

export interface MarkedText {
  severity: string;
  text: string;
  inQuote: boolean;
}

export interface PlacedMark extends MarkedText {
  /**
   * How far (px) the boxes are from the lines of that text: the largest gap between a box's left, right and
   * top and the text's own line rectangles (Range.getClientRects in the page). 0 when exactly on it.
   */
  offPx: number;
}

/**
 * The inline marks as a user sees them: each mark's boxes in the <matchmail-marks> overlay (grouped by
 * `data-mark`), the text under them found from the page itself (the caret position just inside the first
 * box's left end and the last box's right end, mid-line: caretRangeFromPoint in Chromium,
 * caretPositionFromPoint in Firefox), and how far the boxes sit from that text's line rectangles. Only marks
 * drawn (on screen, inside the editor's visible part) are listed. Tone tints have severity `tone`.
 */
export function placedMarks(): PlacedMark[] {
  const QUOTE = '.gmail_quote, blockquote, #divRplyFwdMsg, #appendonsend, .gmail_attr';
  /** Must match UNDERLINE_GAP in src/overlay/overlay-layer.ts: the wave is drawn below the line box. */
  const GAP = 4;
  const doc = document as Document & {
    caretRangeFromPoint?(x: number, y: number): Range | null;
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  };
  const out: PlacedMark[] = [];
  // A docked panel may cover the compose in a narrow window: hit-test the page's text, not our panel.
  const panels = [...document.querySelectorAll<HTMLElement>('matchmail-panel')];
  const visibility = panels.map((p) => p.style.visibility);
  for (const p of panels) p.style.visibility = 'hidden';
  for (const host of document.querySelectorAll('matchmail-marks')) {
    const groups = new Map<string, Element[]>();
    for (const box of host.shadowRoot?.querySelectorAll('[data-mark]') ?? []) {
      const key = box.getAttribute('data-mark') ?? '';
      groups.set(key, [...(groups.get(key) ?? []), box]);
    }
    for (const boxes of groups.values()) {
      const rects = boxes
        .map((b) => {
          const r = b.getBoundingClientRect();
          const gap = b.getAttribute('data-severity') === 'tone' ? 0 : GAP;
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom - gap };
        })
        .sort((a, b) => a.top - b.top || a.left - b.left);
      const first = rects[0];
      const last = rects[rects.length - 1];
      if (!first || !last) continue;
      const ends: { node: Node; offset: number }[] = [];
      for (const [x, y] of [
        [first.left + 1, (first.top + first.bottom) / 2],
        [last.right - 1, (last.top + last.bottom) / 2],
      ] as const) {
        if (doc.caretRangeFromPoint) {
          const r = doc.caretRangeFromPoint(x, y);
          if (r) ends.push({ node: r.startContainer, offset: r.startOffset });
        } else {
          const p = doc.caretPositionFromPoint?.(x, y);
          if (p) ends.push({ node: p.offsetNode, offset: p.offset });
        }
      }
      const [a, b] = ends;
      if (!a || !b) continue;
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0.5);
      let offPx = 0;
      for (const box of rects) {
        // The text line this box stands on: the one it overlaps most.
        let best = Number.POSITIVE_INFINITY;
        for (const l of lines) {
          if (Math.min(l.bottom, box.bottom) - Math.max(l.top, box.top) <= 0) continue;
          best = Math.min(best, Math.max(Math.abs(l.top - box.top), Math.abs(l.bottom - box.bottom)));
        }
        const onLine = lines.filter((l) => Math.min(l.bottom, box.bottom) - Math.max(l.top, box.top) > 0);
        const left = Math.min(...onLine.map((l) => l.left));
        const right = Math.max(...onLine.map((l) => l.right));
        offPx = Math.max(offPx, best, Math.abs(left - box.left), Math.abs(right - box.right));
      }
      const node = a.node.nodeType === 1 ? (a.node as Element) : a.node.parentElement;
      out.push({
        severity: boxes[0]?.getAttribute('data-severity') ?? '',
        text: range.toString(),
        inQuote: !!node?.closest(QUOTE),
        offPx: Math.round(offPx * 100) / 100,
      });
    }
  }
  panels.forEach((p, i) => {
    p.style.visibility = visibility[i] ?? '';
  });
  return out;
}

/** The findings' marks of `placedMarks()` (tone tints left out), as text: runs in the test, not the page. */
export function draftMarks(marks: readonly PlacedMark[]): MarkedText[] {
  return (
    marks
      // Tone tints and the program's question tinted in the quote (R4) are not findings in the draft.
      .filter((m) => m.severity !== 'tone' && m.severity !== 'asked')
      .map(({ severity, text, inQuote }) => ({ severity, text, inQuote }))
  );
}

/** How many boxes of one style (e.g. 'tone') our mark overlay draws. */
export function markBoxes(style: string): number {
  let n = 0;
  for (const host of document.querySelectorAll('matchmail-marks'))
    n += host.shadowRoot?.querySelectorAll(`[data-severity="${style}"]`).length ?? 0;
  return n;
}

/** innerHTML of every editable on the page, to prove a non-typing step did not alter the author's text. */
export function editableHtml(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[contenteditable="true"]')].map((e) => e.innerHTML);
}

export type Rect = { left: number; right: number; top: number; bottom: number };

/**
 * Where `text` sits on screen inside the first element matching `root`, in viewport pixels: from the left of
 * its first line box to the right of its last; `last` narrows it to the final character. Computed with a
 * Range over the text node that holds it (fixtures and typed sentences keep each phrase in one text node).
 */
export function textRectIn([root, needle, last]: readonly [string, string, boolean]): Rect | null {
  const scope = document.querySelector(root);
  if (!scope) return null;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(needle);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, last ? i + needle.length - 1 : i);
    range.setEnd(n, i + needle.length);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const first = rects[0];
    const end = rects[rects.length - 1];
    if (!first || !end) return null;
    return { left: first.left, top: first.top, right: end.right, bottom: end.bottom };
  }
  return null;
}

/** True when `needle` (in a text node of the first `root` match) comes before the first `selector` in it. */
export function textPrecedesIn([root, needle, selector]: readonly [string, string, string]): boolean {
  const scope = document.querySelector(root);
  if (!scope) return false;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  let node: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n as Text).data.includes(needle)) {
      node = n;
      break;
    }
  }
  const target = scope.querySelector(selector);
  if (!node || !target) return false;
  return !!(node.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/** What a panel shows: its hooks and the cards in it (DESIGN §4.4), read through its shadow root. */
export interface PanelView {
  panels: number;
  markCount: number;
  analyzedAt: number;
  draftKind: string | null;
  /** `ruleId:severity` per finding card. */
  cards: string[];
  sendGuard: string[] | null;
  toneLabels: string[];
}

export function panelView(index: number): PanelView {
  const panels = document.querySelectorAll('matchmail-panel:not([data-unreadable])');
  const host = panels[index];
  const root = host?.shadowRoot;
  const guard = root?.querySelector('[data-send-guard]');
  return {
    panels: panels.length,
    markCount: Number(host?.getAttribute('data-mark-count') ?? -1),
    analyzedAt: Number(host?.getAttribute('data-analyzed-at') ?? 0),
    draftKind: root?.querySelector('[data-draft-kind]')?.getAttribute('data-draft-kind') ?? null,
    cards: [...(root?.querySelectorAll('[data-rule-id][data-severity]') ?? [])].map(
      (c) => `${c.getAttribute('data-rule-id')}:${c.getAttribute('data-severity')}`,
    ),
    sendGuard: guard
      ? [...guard.querySelectorAll('li[data-rule-id]')].map((li) => li.getAttribute('data-rule-id') ?? '')
      : null,
    toneLabels: [...(root?.querySelectorAll('[data-tone-label]') ?? [])].map(
      (e) => e.getAttribute('data-tone-label') ?? '',
    ),
  };
}

/** The unreadable-compose notices on the page, by their text. */
export function unreadableNotices(): string[] {
  return [...document.querySelectorAll('matchmail-panel[data-unreadable]')].map(
    (e) => e.shadowRoot?.textContent?.trim() ?? e.textContent?.trim() ?? '',
  );
}
