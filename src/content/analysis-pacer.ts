/**
 * When to analyse and when to redraw the panel while the applicant types. A keystroke after a pause is
 * analysed at once (marks follow a person's typing with no delay). Input arriving faster than that (a paste,
 * auto-repeat, typing at machine speed) is a burst: it is analysed when the input pauses, or at the latest
 * BURST_MAX_WAIT_MS (2 s) after the first input not yet analysed, in an idle moment between input events when the
 * browser has one. Meanwhile the marks already drawn follow their words (each is a live Range the browser
 * moves through every edit; src/overlay/marks.ts re-places them every frame), so nothing waits on the
 * analysis but new findings. The panel is redrawn at most every PANEL_BURST_MS during a burst, in a task after
 * the analysis's (so are the caret's card and anything else that is not the marks): re-rendering it
 * is a layout and a repaint of its layer, and nobody reads a sidebar mid-burst. The last state is always
 * rendered, and Send never reads a pending state: the send guard analyses the draft again before it decides
 * (session.tsx, blockingFindings).
 */

/** Input closer together than this is a burst (paste, auto-repeat), not a person typing. */
const BURST_MS = 30;
/** A burst is analysed once no input has come for this long… */
const BURST_PAUSE_MS = 60;
/**
 * …or this long after its first input not yet analysed, whichever comes first. Nobody types this fast for
 * long (auto-repeat, a text expander, dictation), so marks for new words wait for the pause; the marks already
 * drawn follow their words meanwhile. Measured (docs/performance.md): analysing every 100 ms, analyses were most
 * of the extension's cost of typing at machine speed, and every 500 ms still most of what was left over the
 * 5 % target (fourteenth session: the same build analysing every 2 s typed faster in the same runs).
 */
export const BURST_MAX_WAIT_MS = 2000;
/** How long a due burst analysis may wait for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 50;
/** During a burst, the panel is re-rendered at most this often (marks still follow every analysis). */
const PANEL_BURST_MS = 400;

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

export class AnalysisPacer {
  private lastAnalysis = Number.NEGATIVE_INFINITY;
  private lastRender = Number.NEGATIVE_INFINITY;
  private lastInput = Number.NEGATIVE_INFINITY;
  /** When the first input not yet analysed arrived (NaN: everything typed has been analysed). */
  private pendingSince = Number.NaN;
  private burstTimer = 0;
  private idle = 0;
  private panelTimer = 0;

  constructor(
    private readonly analyze: (inBurst: boolean) => void,
    private readonly render: () => void,
    private readonly view: IdleWindow = window,
  ) {}

  /** Called by every analysis, whoever asked for it: nothing typed before now is pending any more. */
  analyzed(): void {
    this.lastAnalysis = performance.now();
    this.pendingSince = Number.NaN;
    this.cancelBurst();
  }

  rendered(): void {
    clearTimeout(this.panelTimer);
    this.panelTimer = 0;
    this.lastRender = performance.now();
  }

  /** True while input has arrived that no analysis has read yet. */
  get pending(): boolean {
    return !Number.isNaN(this.pendingSince);
  }

  input(): void {
    const now = performance.now();
    this.lastInput = now;
    if (now - this.lastAnalysis > BURST_MS && !this.pending) {
      this.analyze(false);
      return;
    }
    if (!this.pending) this.pendingSince = now;
    // One timer for the burst, moved forward only when it fires early (no timer churn per keystroke).
    if (!this.burstTimer && !this.idle) this.arm(now);
  }

  /** When the burst is due: a pause after its last input, or the longest wait after its first. */
  private dueAt(): number {
    return Math.min(this.lastInput + BURST_PAUSE_MS, this.pendingSince + BURST_MAX_WAIT_MS);
  }

  private arm(now: number): void {
    this.burstTimer = this.view.setTimeout(
      () => {
        this.burstTimer = 0;
        if (!this.pending) return;
        const t = performance.now();
        if (t < this.dueAt() - 1) {
          this.arm(t);
          return;
        }
        this.whenIdle();
      },
      Math.max(0, this.dueAt() - now),
    );
  }

  /** Runs the due analysis in the next idle moment (between input events), or after IDLE_TIMEOUT_MS. */
  private whenIdle(): void {
    const run = () => {
      this.idle = 0;
      if (this.pending) this.analyze(true);
    };
    if (typeof this.view.requestIdleCallback === 'function') {
      this.idle = this.view.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    } else {
      this.idle = this.view.setTimeout(run, 0);
    }
  }

  private cancelBurst(): void {
    clearTimeout(this.burstTimer);
    this.burstTimer = 0;
    if (this.idle) {
      if (typeof this.view.cancelIdleCallback === 'function') this.view.cancelIdleCallback(this.idle);
      else clearTimeout(this.idle);
      this.idle = 0;
    }
  }

  /**
   * The panel after a burst's analysis: never in the analysis's own task (a task of its own, so the marks
   * are updated without waiting for the panel's render), and at most every PANEL_BURST_MS.
   */
  renderSoon(): void {
    if (this.panelTimer) return;
    const wait = this.lastRender + PANEL_BURST_MS - performance.now();
    this.panelTimer = this.view.setTimeout(
      () => {
        this.panelTimer = 0;
        this.render();
      },
      Math.max(0, wait),
    );
  }

  /** Work that follows a burst's analysis but is not the marks (the caret's card): a task of its own. */
  afterBurst(work: () => void): void {
    this.view.setTimeout(work, 0);
  }

  stop(): void {
    this.cancelBurst();
    clearTimeout(this.panelTimer);
  }
}
