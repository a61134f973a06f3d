/** Picks the webmail adapter for a page (webmail-dom.md §2.1, §6.1, §7). */

import { gmail } from './gmail';
import { looksLikeOwa, outlook } from './outlook';
import type { Provider } from './types';

export { comparableText } from './dom-text';
export { gmail } from './gmail';
export { outlook } from './outlook';
export type * from './types';

const PROVIDERS: readonly Provider[] = [gmail, outlook];

/** The adapter for one of the five webmail hosts MatchMail runs on, or null. */
export function providerFor(hostname: string): Provider | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return PROVIDERS.find((provider) => provider.hosts.includes(host)) ?? null;
}

/** Like providerFor, plus OWA on custom domains, which only its assets give away (Briskine, §1.4). */
export function providerForPage(hostname: string, doc: Document): Provider | null {
  return providerFor(hostname) ?? (looksLikeOwa(doc) ? outlook : null);
}
