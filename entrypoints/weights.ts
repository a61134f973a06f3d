/**
 * Injected on request into a mail tab's isolated world, at idle after the engine (never listed in the
 * manifest, never web-accessible): the sentence layer's weights, 1.3 MB gzipped, kept out of the engine so
 * that a compose opened right after page load gets its panel without waiting for them to be parsed.
 */
import type { WeightsFile } from '../src/analyzer/sentence/model';
import weights from '../src/analyzer/sentence/weights.json';
import { WEIGHTS_GLOBAL } from '../src/content/lazy-globals';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[WEIGHTS_GLOBAL] = weights as WeightsFile;
});
