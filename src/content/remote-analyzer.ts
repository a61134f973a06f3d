/**
 * The first reports of a compose opened before the engine is in its tab, from the service worker (see
 * ANALYZE_MESSAGE in messages.ts). The session asks synchronously; this answers with the worker's report for
 * exactly that draft and context once it has come back, and null ("keep what is shown") until then, asking the
 * worker in the meantime and telling the session when the answer is in. Marks already drawn follow their words
 * through edits meanwhile (their Ranges are live), so nothing on screen is ever placed from a stale report.
 */
import type { Context, Report } from '../analyzer/types';
import type { RuleWords } from '../ui/rule-words';
import type { AnalyzeRequest, AnalyzeResponse } from './messages';
import { ANALYZE_MESSAGE } from './messages';

/** How long a compose waits for the worker's report before it asks for the tab's own engine instead. */
export const WORKER_TIMEOUT_MS = 1000;

export type SendToWorker = (request: AnalyzeRequest) => Promise<AnalyzeResponse | undefined>;

/**
 * Same draft context, compared by value (the session builds a new context object for every analysis; records
 * are plain data). Only while the worker answers, until the tab's engine is in.
 */
export function sameContext(a: Context, b: Context): boolean {
  return sameValue(a, b);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    return a.length === y.length && a.every((v, i) => sameValue(v, y[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => sameValue(x[k], y[k]));
}

export class RemoteAnalyzer {
  private last: { draft: string; context: Context; report: Report } | null = null;
  private asked: { draft: string; context: Context } | null = null;
  private readonly words = new Map<string, RuleWords>();
  /** The worker could not be reached or refused: wait for the tab's engine instead. */
  failed = false;

  constructor(
    private readonly send: SendToWorker,
    /** Called when a report is in: the session analyses again and gets it. */
    private readonly ready: () => void,
    /** Called once if the worker cannot answer: the tab's engine is then needed at once. */
    private readonly unavailable: () => void = () => undefined,
    /** A worker that has not answered by then counts as unable to: the compose never waits on it longer. */
    private readonly timeoutMs = WORKER_TIMEOUT_MS,
  ) {}

  analyze(draft: string, context: Context = {}): Report | null {
    const last = this.last;
    if (last && last.draft === draft && sameContext(last.context, context)) return last.report;
    if (this.failed) return null;
    const asked = this.asked;
    if (asked && asked.draft === draft && sameContext(asked.context, context)) return null;
    const request = { draft, context };
    this.asked = request;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.timeoutMs);
    });
    Promise.race([this.send({ type: ANALYZE_MESSAGE, draft, context }), late])
      .finally(() => clearTimeout(timer))
      .then((response) => {
        // An answer to a question no longer asked is dropped: a newer request is on its way.
        if (this.asked !== request) return;
        this.asked = null;
        if (!response || 'error' in response) {
          this.fail();
          return;
        }
        for (const [id, w] of Object.entries(response.words)) this.words.set(id, w);
        this.last = { draft, context, report: response.report };
        this.ready();
      })
      .catch(() => {
        if (this.asked === request) this.fail();
      });
    return null;
  }

  private fail(): void {
    this.asked = null;
    if (this.failed) return;
    this.failed = true;
    this.unavailable();
  }

  wordsFor(ruleId: string): RuleWords | undefined {
    return this.words.get(ruleId);
  }
}
