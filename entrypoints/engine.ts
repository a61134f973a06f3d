/**
 * Injected on request into a mail tab's isolated world when the first compose window opens: the analyzer and
 * the rule catalogue, handed to the content script through a global of that isolated world only.
 */
import { analyzer, CATALOGUE, setNlp } from '../src/analyzer/lite';
import { ENGINE_GLOBAL, type EngineBundle } from '../src/content/lazy-bundle';

export default defineUnlistedScript(() => {
  const bundle: EngineBundle = { analyzer, catalogue: CATALOGUE, setNlp };
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = bundle;
});
