/**
 * The service worker injects scripts, opens MatchMail's own pages and writes the records: the content script
 * into mail tabs already open when the extension starts (install, update, reload, or re-enable: no page reload
 * needed), the lazy bundles when a content script asks for them, the welcome page on install and the options
 * page when the panel's "Set up" is pressed. It is also the one writer of the records for every mail tab
 * (src/records/writer.ts), and reads the first drafts of a compose opened before the engine is in its tab
 * (src/background/first-analysis.ts). It makes no network request.
 */
import { handleFirstAnalysis, startWorkerEngine } from '../src/background/first-analysis';
import { INJECT_MESSAGE, INJECTABLE, type Injectable } from '../src/content/lazy-bundle';
import { OPEN_SETUP_MESSAGE } from '../src/content/messages';
import { handleRecordsWrite } from '../src/records/writer';

export default defineBackground(() => {
  // First, while the worker starts (the only time Chrome lets it import a script): the checking engine, for
  // the first reports of a compose opened before the engine is in its tab.
  if (import.meta.env.BROWSER !== 'firefox') startWorkerEngine();

  // A content script asks for one of its lazy parts; inject it into that frame's isolated world only.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.tab?.id !== undefined) {
      const write = handleRecordsWrite(message);
      if (write) return write;
      // Only a mail tab's content script sends drafts (the popup and the options page never do).
      const analysis = handleFirstAnalysis(message);
      if (analysis) return analysis;
    }
    const m = message as { type?: string; name?: string } | null;
    // A content script cannot open the options page itself.
    if (m?.type === OPEN_SETUP_MESSAGE) return browser.runtime.openOptionsPage().then(() => true);
    if (m?.type !== INJECT_MESSAGE || sender.tab?.id === undefined) return undefined;
    const file = INJECTABLE[m.name as Injectable];
    if (!file) return undefined;
    return browser.scripting
      .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: [file] })
      .then(() => true);
  });

  // storage.session lives as long as this run of the extension: empty after install, update, reload or
  // re-enable (inject then), kept while the worker merely sleeps and wakes (do not inject twice).
  void injectIntoOpenTabsOnce();

  // A first install opens the welcome page: what MatchMail checks, that nothing leaves the browser, setup.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});

async function injectIntoOpenTabsOnce() {
  const session = browser.storage.session;
  if (session) {
    const { injected } = await session.get('injected');
    if (injected) return;
    await session.set({ injected: true });
  }
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
}
