/**
 * Injected on request into a mail tab's isolated world (at idle once the page has settled, or when the first
 * compose window opens if that is sooner): the analyzer and the rule catalogue, handed to the content script
 * through a global of that isolated world only.
 */
import { analyzer, CATALOGUE, setNlp } from '../src/analyzer/lite';
import { sentenceModel } from '../src/analyzer/sentence/model';
import { warmUp } from '../src/analyzer/warm-up';
import { ENGINE_GLOBAL, type EngineBundle } from '../src/content/lazy-bundle';

export default defineUnlistedScript(() => {
  const bundle: EngineBundle = {
    analyzer,
    catalogue: CATALOGUE,
    setNlp,
    sentences: sentenceModel,
    warmUp: () => warmUp(CATALOGUE),
  };
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = bundle;
});
