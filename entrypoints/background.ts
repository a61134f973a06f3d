/**
 * The service worker does one thing: after an install or update, inject the content script into mail tabs
 * that are already open, so the applicant does not have to reload Gmail or Outlook. It makes no network
 * request and keeps no state.
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async () => {
    const manifest = browser.runtime.getManifest();
    for (const cs of manifest.content_scripts ?? []) {
      const tabs = await browser.tabs.query({ url: cs.matches ?? [] });
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        // A tab that cannot be scripted (discarded, still loading an error page) is skipped, not fatal.
        await browser.scripting
          .executeScript({ target: { tabId: tab.id, allFrames: false }, files: (cs.js ?? []) as ScriptPublicPath[] })
          .catch(() => undefined);
      }
    }
  });
});
