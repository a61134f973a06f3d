/**
 * The tone check of one compose: loads the lazy bundle on the first request, runs the tone report on the
 * current draft, and highlights the sentences behind its strongest labels while the report is open.
 */

import type { DraftKind } from '../analyzer/types';
import type { MarkPainter } from '../overlay/marks';
import type { ComposeSnapshot } from '../providers/types';
import type { SentenceReadings } from '../tone/readings';
import type { ToneReport } from '../tone/types';
import type { LazyBundle } from './lazy-bundle';

export interface ToneState {
  report: ToneReport | null;
  loading: boolean;
  error: string | null;
}

export class ToneRunner {
  state: ToneState | null = null;
  private bundle: LazyBundle | null = null;

  constructor(
    private readonly painter: MarkPainter,
    private readonly load: () => Promise<LazyBundle | null>,
    private readonly changed: () => void,
    private readonly alive: () => boolean,
    /** The engine's sentence layer, lent to the tone check (null until the engine has one). */
    private readonly sentences: () => SentenceReadings | null = () => null,
  ) {}

  get open(): boolean {
    return this.state !== null;
  }

  start(current: () => { snapshot: ComposeSnapshot | null; text: string; kind?: DraftKind }): void {
    this.state = { report: null, loading: true, error: null };
    this.changed();
    void this.load().then((bundle) => {
      if (!this.alive() || !this.state) return;
      if (!bundle) {
        this.state = {
          report: null,
          loading: false,
          error: 'The tone check could not be loaded. Reload the page and try again.',
        };
      } else {
        this.bundle = bundle;
        const c = current();
        this.run(c.snapshot, c.text, c.kind);
      }
      this.changed();
    });
  }

  close(): void {
    this.state = null;
    this.painter.paintTone([]);
    this.changed();
  }

  /** Re-runs the open report on a new draft (called after each analysis). */
  run(snapshot: ComposeSnapshot | null, text: string, kind?: DraftKind): void {
    if (!this.state || !this.bundle || !snapshot) return;
    try {
      const report = this.bundle.toneReport(text, { kind, sentences: this.sentences() });
      this.state = { report, loading: false, error: null };
      const ranges: Range[] = [];
      for (const l of report.labels) {
        if (!report.dominant.includes(l.label) || l.label === 'professional') continue;
        for (const sp of l.sentences) {
          const r = sp.end <= snapshot.text.length ? snapshot.map.rangeFor(sp.start, sp.end) : null;
          if (r && !r.collapsed) ranges.push(r);
        }
      }
      this.painter.paintTone(ranges);
    } catch {
      this.state = { report: null, loading: false, error: 'The tone check failed on this draft.' };
    }
  }
}
