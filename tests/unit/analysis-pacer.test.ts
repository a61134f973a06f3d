/**
 * When the draft is analysed while the applicant types (src/content/analysis-pacer.ts): a person's keystroke
 * at once; input at machine speed (a paste, auto-repeat) when it pauses or every 2 s at most, never
 * leaving typed text unanalysed once the input stops; and an analysis asked for elsewhere (the send guard
 * reading the draft before it decides) settles anything pending.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnalysisPacer, BURST_MAX_WAIT_MS } from '../../src/content/analysis-pacer';

/** A window with timers only (no requestIdleCallback): the pacer falls back to a zero timeout. */
const view = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
} as unknown as Window;

let analyses: { at: number; inBurst: boolean }[];
let pacer: AnalysisPacer;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  analyses = [];
  pacer = new AnalysisPacer(
    (inBurst) => {
      analyses.push({ at: performance.now(), inBurst });
      pacer.analyzed();
    },
    () => pacer.rendered(),
    view,
  );
});
afterEach(() => {
  pacer.stop();
  vi.useRealTimers();
});

/** Input every `every` ms for `forMs`; returns when the last input came. */
function type(every: number, forMs: number): number {
  let last = 0;
  for (let t = 0; t < forMs; t += every) {
    pacer.input();
    last = performance.now();
    vi.advanceTimersByTime(every);
  }
  return last;
}

describe('analysis while typing', () => {
  it('analyses a person’s keystrokes at once', () => {
    type(120, 1200);
    expect(analyses.length).toBe(10);
    expect(analyses.every((a) => !a.inBurst)).toBe(true);
  });

  it('analyses input at machine speed every 2 s at most, and once more when it stops', () => {
    const last = type(3, 7000);
    vi.advanceTimersByTime(1000);
    // The first keystroke at once, then one analysis per 2 s of the burst, then the one after it.
    expect(BURST_MAX_WAIT_MS).toBe(2000);
    expect(analyses.length).toBeGreaterThanOrEqual(4);
    expect(analyses.length).toBeLessThanOrEqual(6);
    for (let i = 2; i < analyses.length; i++) {
      expect(analyses[i]!.at - analyses[i - 1]!.at).toBeLessThanOrEqual(BURST_MAX_WAIT_MS + 10);
    }
    // Nothing typed is left unanalysed: the last analysis follows the last input, within a pause.
    expect(analyses.at(-1)!.at).toBeGreaterThan(last);
    expect(analyses.at(-1)!.at - last).toBeLessThanOrEqual(60 + 10);
    expect(pacer.pending).toBe(false);
  });

  it('an analysis asked for during a burst (the send guard) settles what was pending', () => {
    type(3, 200);
    expect(pacer.pending).toBe(true);
    const before = analyses.length;
    // The guard reads the draft now, as session.tsx does before deciding.
    analyses.push({ at: performance.now(), inBurst: false });
    pacer.analyzed();
    expect(pacer.pending).toBe(false);
    vi.advanceTimersByTime(2000);
    expect(analyses.length).toBe(before + 1);
  });
});

describe('the panel during a burst', () => {
  it('is rendered in a task after the analysis, at most every 400 ms, and the last state always', () => {
    let renders = 0;
    const p = new AnalysisPacer(
      () => undefined,
      () => {
        renders++;
        p.rendered();
      },
      view,
    );
    p.renderSoon();
    // Not inside the analysis's task: the marks are updated without waiting for the panel.
    expect(renders).toBe(0);
    vi.advanceTimersByTime(0);
    expect(renders).toBe(1);
    for (let t = 0; t < 1000; t += 20) {
      p.renderSoon();
      vi.advanceTimersByTime(20);
    }
    expect(renders).toBeGreaterThanOrEqual(3);
    expect(renders).toBeLessThanOrEqual(4);
    p.renderSoon();
    vi.advanceTimersByTime(400);
    expect(renders).toBeGreaterThanOrEqual(4);
    p.stop();
  });
});
