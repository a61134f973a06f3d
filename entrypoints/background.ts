/**
 * The service worker injects scripts and nothing else: the content script into mail tabs already open after
 * an install or update (no reload needed), and the lazy NLP bundle when a content script asks for it. It
 * makes no network request and keeps no state.
 */
import { INJECT_MESSAGE, INJECTABLE, type Injectable } from '../src/content/lazy-bundle';

export default defineBackground(() => {
  // A content script asks for one of its lazy parts; inject it into that frame's isolated world only.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as { type?: string; name?: string } | null;
    if (m?.type !== INJECT_MESSAGE || sender.tab?.id === undefined) return undefined;
    const file = INJECTABLE[m.name as Injectable];
    if (!file) return undefined;
    return browser.scripting
      .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: [file] })
      .then(() => true);
  });

  browser.runtime.onInstalled.addListener(async () => {
    const manifest = browser.runtime.getManifest();
    for (const cs of manifest.content_scripts ?? []) {
      const tabs = await browser.tabs.query({ url: cs.matches ?? [] });
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        // A tab that cannot be scripted (discarded, still loading an error page) is skipped, not fatal.
        await browser.scripting
          .executeScript({
            target: { tabId: tab.id, allFrames: false },
            files: (cs.js ?? []) as ScriptPublicPath[],
          })
          .catch(() => undefined);
      }
    }
  });
});
