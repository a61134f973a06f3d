/**
 * The content script's heavy parts live in separate scripts that the background injects into this tab's
 * isolated world on request: the engine (analyzer + rule catalogue) at idle after the page has settled, or
 * when the first compose window opens if that is sooner, then the sentence layer's weights and compromise
 * (plus the tone check) at idle after that. A page's load pays for neither, nothing is exposed to web pages (no web-accessible resources), and
 * the eager script stays small.
 */
import { browser } from 'wxt/browser';
import type { CompiledRule } from '../analyzer/catalogue';
import type { Analyzer } from '../analyzer/core';
import type { Nlp } from '../analyzer/nlp';
import type { WeightsFile } from '../analyzer/sentence/model';
import type { SentenceReadings } from '../tone/readings';

export const INJECT_MESSAGE = 'matchmail:inject';
export const INJECTABLE = { engine: '/engine.js', weights: '/weights.js', nlp: '/lazy.js' } as const;
export type Injectable = keyof typeof INJECTABLE;

export const ENGINE_GLOBAL = '__matchmailEngine';
export const LAZY_GLOBAL = '__matchmailLazy';
export const WEIGHTS_GLOBAL = '__matchmailWeights';

export interface EngineBundle {
  analyzer: Analyzer;
  catalogue: readonly CompiledRule[];
  setNlp(nlp: Nlp | null): void;
  /** The sentence layer the analyzer reads with, also lent to the tone check (which does not carry it). */
  sentences(): SentenceReadings | null;
  /** Whether the sentence layer's weights are decoded (the analyzer reads intents only then). */
  sentencesReady(): boolean;
  /** Decodes the weights (tens of milliseconds) once their script is injected: call it in idle time. */
  readySentences(weights: WeightsFile): void;
  /** Steps that compile and optimize the analyzer ahead of the first draft; walk them in idle time. */
  warmUp(): Iterator<void>;
}

export interface LazyBundle {
  nlp: Nlp;
  toneReport: typeof import('../tone').toneReport;
}

const GLOBALS: Record<Injectable, string> = {
  engine: ENGINE_GLOBAL,
  weights: WEIGHTS_GLOBAL,
  nlp: LAZY_GLOBAL,
};
const pending = new Map<Injectable, Promise<unknown>>();

function present<T>(name: Injectable): T | null {
  return ((globalThis as Record<string, unknown>)[GLOBALS[name]] as T | undefined) ?? null;
}

function inject<T>(name: Injectable): Promise<T | null> {
  const ready = present<T>(name);
  if (ready) return Promise.resolve(ready);
  let p = pending.get(name) as Promise<T | null> | undefined;
  if (!p) {
    p = browser.runtime
      .sendMessage({ type: INJECT_MESSAGE, name })
      .then(() => present<T>(name))
      .catch(() => {
        pending.delete(name);
        return null;
      });
    pending.set(name, p);
  }
  return p;
}

export const loadEngine = () => inject<EngineBundle>('engine');
export const loadLazyBundle = () => inject<LazyBundle>('nlp');
export const loadWeights = () => inject<WeightsFile>('weights');
