/**
 * Which mark the applicant is at: the pointer over it, a click on it, or the caret inside it (keyboard
 * users). It opens the card at that mark and closes it when they move on; a card opened by hover stays
 * while the pointer travels onto it (WCAG 1.4.13: hoverable, dismissible with Escape).
 */
import type { Finding } from '../analyzer/types';
import type { MarkPainter } from '../overlay/marks';
import type { ComposeHandle, ComposeSnapshot } from '../providers/types';
import type { MarkCardAt } from '../ui/Panel';

/** Time for the pointer to travel from the mark onto its card before a hover card closes. */
const HOVER_GRACE_MS = 350;

/** Where the selection is: a Range, or a collapsed caret read from the selection's boundary points. */
export type Caret = Pick<
  Range,
  'collapsed' | 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'
>;

export interface MarkPointerDeps {
  handle: ComposeHandle;
  painter: MarkPainter;
  snapshot(): ComposeSnapshot | null;
  findings(): readonly Finding[];
  current(): MarkCardAt | null;
  show(card: MarkCardAt | null): void;
  signal: AbortSignal;
}

export class MarkPointer {
  private closeTimer = 0;
  /**
   * Where the caret was when its card was dismissed with Escape: the same caret position does not open it again.
   * A selectionchange queued by the arrow keys before Escape can arrive after it on a busy page, and would.
   */
  private dismissedAt: number | null = null;

  constructor(private readonly d: MarkPointerDeps) {
    const { editable } = d.handle;
    const signal = d.signal;
    editable.addEventListener('mousemove', (e) => this.hover(e), { signal, passive: true });
    editable.addEventListener('mouseleave', () => this.closeSoon('hover'), { signal });
    editable.addEventListener('click', (e) => this.click(e), { signal });
    signal.addEventListener('abort', () => clearTimeout(this.closeTimer));
  }

  /** The pointer is on the card: keep it open. */
  holdOpen(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }

  closeSoon(via: MarkCardAt['via']): void {
    const c = this.d.current();
    if (!c || c.via !== via) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => {
      this.closeTimer = 0;
      if (this.d.current()?.via === via) this.d.show(null);
    }, HOVER_GRACE_MS);
  }

  close(): void {
    this.holdOpen();
    this.d.show(null);
  }

  /** Escape: closed where the caret is, and kept closed until the caret moves. */
  dismiss(caret: Caret | null): void {
    const snapshot = this.d.snapshot();
    this.dismissedAt =
      caret && snapshot ? snapshot.map.offsetOf(caret.startContainer, caret.startOffset) : null;
    this.close();
  }

  private open(index: number, via: MarkCardAt['via']): void {
    this.holdOpen();
    const c = this.d.current();
    if (c && c.index === index && (c.via === via || via === 'hover')) return;
    const anchor = this.anchorOf(index);
    if (anchor) this.d.show({ index, via, anchor });
  }

  private anchorOf(index: number): MarkCardAt['anchor'] | null {
    const f = this.d.findings()[index];
    const range = f && this.d.snapshot()?.map.rangeFor(f.start, f.end);
    if (!range) return null;
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!first || !last) return null;
    return { left: first.left, top: first.top, bottom: last.bottom };
  }

  private hover(e: MouseEvent): void {
    const i = this.d.painter.findingAt(e.clientX, e.clientY);
    if (i === null) this.closeSoon('hover');
    else this.open(i, 'hover');
  }

  private click(e: MouseEvent): void {
    const i = this.d.painter.findingAt(e.clientX, e.clientY);
    if (i !== null) this.open(i, 'click');
  }

  /** The caret moved: open the card of the mark it is in (keyboard users get the same card). */
  caret(range: Caret | null): void {
    const snapshot = this.d.snapshot();
    if (!range?.collapsed || !snapshot) return;
    const at = snapshot.map.offsetOf(range.startContainer, range.startOffset);
    if (at === null) return;
    if (at === this.dismissedAt) return;
    this.dismissedAt = null;
    const i = this.d
      .findings()
      .findIndex((f) => f.target === 'draft' && f.start < at && at < f.end && f.end > f.start);
    if (i >= 0) this.open(i, 'caret');
    else if (this.d.current()?.via === 'caret') this.d.show(null);
  }
}
