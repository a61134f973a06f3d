import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { matchmailRules } from './scripts/vite-rules-plugin';

// The five webmail hosts MatchMail works on; nothing else is requested.
export const MAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'MatchMail',
    description: 'Coaches residency applicants while they write to residency programs in Gmail and Outlook.',
    permissions: ['storage', 'scripting'],
    host_permissions: MAIL_MATCHES,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'matchmail@matchmail.app', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact(), matchmailRules()] }),
});
