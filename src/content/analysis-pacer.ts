/**
 * When to analyse and when to redraw the panel while the applicant types. A keystroke after a pause is
 * analysed at once (marks follow the typing with no delay); input arriving faster than that (a paste,
 * auto-repeat, a burst) is coalesced into one analysis per window, and the panel is redrawn at most every
 * PANEL_BURST_MS during a burst: re-rendering it is a layout and a repaint of its layer, and nobody reads a
 * sidebar mid-burst. The last state is always rendered.
 */

/** Input closer together than this is a burst (paste, auto-repeat), not a person typing. */
const BURST_MS = 30;
/** During a burst, at most one analysis per this many milliseconds. */
const BURST_WINDOW_MS = 100;
/** During a burst, the panel is re-rendered at most this often (marks still follow every analysis). */
const PANEL_BURST_MS = 400;

export class AnalysisPacer {
  private lastAnalysis = Number.NEGATIVE_INFINITY;
  private lastRender = Number.NEGATIVE_INFINITY;
  private burstTimer = 0;
  private panelTimer = 0;

  constructor(
    private readonly analyze: (inBurst: boolean) => void,
    private readonly render: () => void,
  ) {}

  analyzed(): void {
    this.lastAnalysis = performance.now();
  }

  rendered(): void {
    clearTimeout(this.panelTimer);
    this.panelTimer = 0;
    this.lastRender = performance.now();
  }

  input(): void {
    const now = performance.now();
    if (now - this.lastAnalysis > BURST_MS && !this.burstTimer) {
      this.analyze(false);
      return;
    }
    this.burstTimer ||= window.setTimeout(
      () => {
        this.burstTimer = 0;
        this.analyze(true);
      },
      Math.max(0, this.lastAnalysis + BURST_WINDOW_MS - now),
    );
  }

  renderSoon(): void {
    if (this.panelTimer) return;
    const wait = this.lastRender + PANEL_BURST_MS - performance.now();
    if (wait <= 0) {
      this.render();
      return;
    }
    this.panelTimer = window.setTimeout(() => {
      this.panelTimer = 0;
      this.render();
    }, wait);
  }

  stop(): void {
    clearTimeout(this.burstTimer);
    clearTimeout(this.panelTimer);
  }
}
