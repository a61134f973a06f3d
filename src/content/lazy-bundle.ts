/**
 * The heavy, optional half of the content script (compromise, and the tone check once it is loaded) lives in
 * a separate script the background injects into this tab's isolated world on request. Nothing is exposed to
 * web pages (no web-accessible resources) and first paint never pays for it.
 */
import { browser } from 'wxt/browser';
import type { Nlp } from '../analyzer/nlp';

export const LAZY_MESSAGE = 'matchmail:load-lazy-bundle';
export const LAZY_GLOBAL = '__matchmailLazy';

export interface LazyBundle {
  nlp: Nlp;
  /** Present when the tone module is part of the bundle. */
  toneReport?: (draft: string, opts?: { kind?: string }) => unknown;
}

let pending: Promise<LazyBundle | null> | null = null;

export function lazyBundle(): LazyBundle | null {
  return ((globalThis as Record<string, unknown>)[LAZY_GLOBAL] as LazyBundle | undefined) ?? null;
}

export function loadLazyBundle(): Promise<LazyBundle | null> {
  const ready = lazyBundle();
  if (ready) return Promise.resolve(ready);
  pending ??= browser.runtime
    .sendMessage({ type: LAZY_MESSAGE })
    .then(() => lazyBundle())
    .catch(() => {
      pending = null;
      return null;
    });
  return pending;
}
