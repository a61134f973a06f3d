/**
 * The service worker's copy of the checking engine, for the first reports of a compose opened before the
 * engine is in its tab (see ANALYZE_MESSAGE in src/content/messages.ts). The worker runs in the extension's
 * own process: loading and warming the engine here costs the mail page's thread nothing, so a compose opened
 * right after the page loads gets its panel as fast as a later one. It is the same engine.js the tab gets (no
 * second copy in the package; Chromium only), reading patterns only as the tab's engine does before its sentence-layer
 * weights are decoded; the tab's own engine takes over as soon as it is injected.
 */

import type { Context } from '../analyzer/types';
import { ENGINE_GLOBAL, type EngineBundle, INJECTABLE } from '../content/lazy-globals';
import {
  ANALYZE_MESSAGE,
  type AnalyzeRequest,
  type AnalyzeResponse,
  WARM_MESSAGE,
} from '../content/messages';
import { type RuleWords, wordsOfCatalogue } from '../ui/rule-words';

/** Longer than any email; the analyzer reads a pasted book only up to its own limit anyway. */
export const MAX_DRAFT_CHARS = 1_000_000;

let engine: Promise<EngineBundle | null> = Promise.resolve(null);
const warmed = new WeakMap<EngineBundle, Promise<void>>();

/**
 * Loads engine.js into this service worker. A worker may import scripts only while it starts (Chrome refuses
 * importScripts later), so this runs in the background's synchronous start. Not called in Firefox, whose
 * background is an event page (see WORKER_FIRST in src/content/start.ts).
 */
export function startWorkerEngine(scope: typeof globalThis = globalThis): void {
  const present = () =>
    ((scope as Record<string, unknown>)[ENGINE_GLOBAL] as EngineBundle | undefined) ?? null;
  const file = INJECTABLE.engine;
  const g = scope as { importScripts?: (url: string) => void };
  if (typeof g.importScripts !== 'function') return;
  try {
    g.importScripts(file);
  } catch {
    // Not loadable here: every compose then waits for the tab's engine, as it did before.
  }
  engine = Promise.resolve(present());
}

/** For tests: the engine this module answers with. */
export function useWorkerEngine(bundle: EngineBundle | null): void {
  engine = Promise.resolve(bundle);
}

/** Compiles the rules and runs the sample drafts, a few milliseconds at a time so messages are not held up. */
function warm(bundle: EngineBundle): Promise<void> {
  let done = warmed.get(bundle);
  if (!done) {
    done = new Promise((resolve) => {
      const steps = bundle.warmUp();
      const step = () => {
        const until = performance.now() + 8;
        while (performance.now() < until) if (steps.next().done) return resolve();
        setTimeout(step, 0);
      };
      step();
    });
    warmed.set(bundle, done);
  }
  return done;
}

/** What is wrong with a request, in words, or null when it can be analysed. */
export function invalidRequest(m: Partial<AnalyzeRequest>): string | null {
  if (typeof m.draft !== 'string') return 'the draft is not text';
  if (m.draft.length > MAX_DRAFT_CHARS) return `the draft is longer than ${MAX_DRAFT_CHARS} characters`;
  const c = m.context as unknown;
  if (c !== undefined && (typeof c !== 'object' || c === null || Array.isArray(c)))
    return 'the context is not an object';
  return null;
}

export function analyzeRequest(bundle: EngineBundle | null, m: Partial<AnalyzeRequest>): AnalyzeResponse {
  if (!bundle) return { error: 'MatchMail could not check this draft here: its engine is not loaded.' };
  const problem = invalidRequest(m);
  if (problem) return { error: `MatchMail could not check this draft: ${problem}.` };
  const report = bundle.analyzer.analyze(m.draft as string, (m.context ?? {}) as Context);
  const words = wordsOfCatalogue(bundle.catalogue);
  const used: Record<string, RuleWords> = {};
  for (const f of report.findings) {
    const w = words(f.ruleId);
    if (w) used[f.ruleId] = w;
  }
  return { report, words: used };
}

/** The reply to a message from a mail tab, or undefined when the message is not for this module. */
export function handleFirstAnalysis(message: unknown): Promise<unknown> | undefined {
  const m = message as { type?: unknown } | null;
  if (m?.type === WARM_MESSAGE) return engine.then((b) => (b ? warm(b).then(() => true) : false));
  if (m?.type !== ANALYZE_MESSAGE) return undefined;
  return engine.then((b) => analyzeRequest(b, m as Partial<AnalyzeRequest>));
}
