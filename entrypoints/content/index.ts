import { MAIL_MATCHES } from '../../src/content/hosts';
import { startMatchMail } from '../../src/content/start';

export default defineContentScript({
  matches: MAIL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startMatchMail(ctx);
  },
});
