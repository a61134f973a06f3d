import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { matchmailRules } from './scripts/vite-rules-plugin';
import { MAIL_MATCHES } from './src/content/hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'MatchMail',
    description: 'Coaches residency applicants while they write to residency programs in Gmail and Outlook.',
    permissions: ['storage', 'scripting'],
    // The toolbar button opens the popup (entrypoints/popup); icons come from public/icon/<size>.png.
    action: { default_title: 'MatchMail' },
    host_permissions: MAIL_MATCHES,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'matchmail@matchmail.app',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    // MATCHMAIL_PAINTER=highlight-api builds the CSS Custom Highlight API mark painter instead of the overlay,
    // to measure one against the other (tests/e2e/performance.e2e.test.ts, docs/performance.md).
    // MATCHMAIL_PROFILE=1 also times each analysis with performance.measure('matchmail-analysis') (the page's
    // timeline, read by tests/bench/typing-bench.mjs); a release build has no such entry.
    define: {
      __MATCHMAIL_PAINTER__: JSON.stringify(process.env.MATCHMAIL_PAINTER ?? 'auto'),
      __MATCHMAIL_PROFILE__: JSON.stringify(!!process.env.MATCHMAIL_PROFILE),
    },
    plugins: [preact(), matchmailRules({ keepExamples: false })],
    // Vite's module-preload polyfill fetch()es chunks; extension pages never need it, and we ship no fetch.
    // MATCHMAIL_PROFILE=1 keeps names readable in a CPU profile (tests/bench/typing-bench.mjs --profile).
    build: { modulePreload: { polyfill: false }, minify: process.env.MATCHMAIL_PROFILE ? false : undefined },
  }),
});
