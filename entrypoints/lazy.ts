/**
 * Injected on request into a mail tab's isolated world (never listed in the manifest, never web-accessible):
 * hands compromise and the tone check to the content script that asked for them.
 */
import nlp from 'compromise';
import { LAZY_GLOBAL, type LazyBundle } from '../src/content/lazy-globals';
import { toneReport } from '../src/tone';

export default defineUnlistedScript(() => {
  const bundle: LazyBundle = { nlp: nlp as unknown as LazyBundle['nlp'], toneReport };
  (globalThis as Record<string, unknown>)[LAZY_GLOBAL] = bundle;
});
