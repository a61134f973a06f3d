/**
 * The content script's heavy parts live in separate scripts that the background injects into this tab's
 * isolated world on request: the engine (analyzer + rule catalogue) at idle after the page has settled, or
 * when the first compose window opens if that is sooner, then the sentence layer's weights and compromise
 * (plus the tone check) at idle after that. A page's load pays for none of them, nothing is exposed to web
 * pages (no web-accessible resources), and the eager script stays small.
 */
import { browser } from 'wxt/browser';
import type { WeightsFile } from '../analyzer/sentence/model';
import {
  ENGINE_GLOBAL,
  type EngineBundle,
  INJECT_MESSAGE,
  type Injectable,
  LAZY_GLOBAL,
  type LazyBundle,
  WEIGHTS_GLOBAL,
} from './lazy-globals';

export * from './lazy-globals';

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
