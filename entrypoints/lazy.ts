/**
 * Injected on request into a mail tab's isolated world (never listed in the manifest, never web-accessible):
 * hands compromise to the content script that asked for it.
 */
import nlp from 'compromise';
import { LAZY_GLOBAL, type LazyBundle } from '../src/content/lazy-bundle';

export default defineUnlistedScript(() => {
  const bundle: LazyBundle = { nlp: nlp as unknown as LazyBundle['nlp'] };
  (globalThis as Record<string, unknown>)[LAZY_GLOBAL] = bundle;
});
