/**
 * When this content script must stop: the extension was reloaded, updated, disabled or removed (its
 * context is gone), or a newer copy of the script started in this tab.
 *
 * WXT's own context stops on a DOM event any page script can fire, and announces itself to the page with
 * `postMessage` (B2, B17). The announcement is switched off in the entrypoint (`noScriptStartedPostMessage`),
 * and this lifecycle replaces WXT's for everything MatchMail does, trusting nothing the page can forge:
 * - a newer copy in the same isolated world (injected again by the service worker) finds this one through a
 *   global of that world, which page script cannot see, and stops it;
 * - a newer copy after an update or reload fires WXT's start-up event; it stops this copy only if this
 *   copy's extension context is really gone (`browser.runtime.id` undefined), which a page cannot cause;
 * - a disable or uninstall starts no newer copy: a check every second notices the context is gone.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface Lifecycle {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): void;
  /** window.setTimeout that never fires once invalid. */
  setTimeout(fn: () => void, ms: number): number;
}

/** A key in the isolated world's global object: the page's script has its own globals and never sees it. */
const CURRENT = Symbol.for('matchmail.content-script');
const ORPHAN_CHECK_MS = 1000;
/** The event WXT fires when a copy of the script starts (private in WXT's types, public at run time). */
const STARTED_EVENT = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

function extensionGone(): boolean {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true;
  }
}

export function createLifecycle(doc: Document = document): Lifecycle {
  const abort = new AbortController();
  const signal = abort.signal;
  const invalidate = () => {
    if (!signal.aborted) abort.abort();
  };
  const world = globalThis as unknown as Record<symbol, { stop(): void } | undefined>;
  world[CURRENT]?.stop();
  const me = { stop: invalidate };
  world[CURRENT] = me;

  doc.addEventListener(
    STARTED_EVENT,
    () => {
      if (extensionGone()) invalidate();
    },
    { signal },
  );
  const timer = setInterval(() => {
    if (extensionGone()) invalidate();
  }, ORPHAN_CHECK_MS);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    if (world[CURRENT] === me) world[CURRENT] = undefined;
  });

  const lifecycle: Lifecycle = {
    get isInvalid() {
      if (extensionGone()) invalidate();
      return signal.aborted;
    },
    onInvalidated(cb) {
      if (signal.aborted) cb();
      else signal.addEventListener('abort', cb);
    },
    setTimeout(fn, ms) {
      const id = window.setTimeout(() => {
        if (!lifecycle.isInvalid) fn();
      }, ms);
      signal.addEventListener('abort', () => clearTimeout(id));
      return id;
    },
  };
  return lifecycle;
}
