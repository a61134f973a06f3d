import { MAIL_MATCHES } from '../../src/content/hosts';
import { createLifecycle } from '../../src/content/lifecycle';
import { startMatchMail } from '../../src/content/start';

export default defineContentScript({
  matches: MAIL_MATCHES,
  runAt: 'document_idle',
  // No start-up postMessage telling every mail page the extension is installed, and its id (B17); WXT's
  // context is not used for stopping either (src/content/lifecycle.ts, B2).
  noScriptStartedPostMessage: true,
  main() {
    startMatchMail(createLifecycle(document));
  },
});
