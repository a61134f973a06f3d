/**
 * Injected on request into a mail tab's isolated world (at idle once the page has settled, or when the first
 * compose window opens if that is sooner): the analyzer and the rule catalogue, handed to the content script
 * through a global of that isolated world only. The sentence layer's weights come in a script of their own
 * (entrypoints/weights.ts) and are decoded at idle by `readySentences`: until then the analyzer reads patterns
 * only. The catalogue comes compiled from the build (virtual:matchmail-catalogue): the rules were validated
 * there, so a page opening a compose only builds their regexes. The template library comes here too: it is
 * text and pure functions that no page needs before a compose window opens.
 */
import CATALOGUE from 'virtual:matchmail-catalogue';
import { createAnalyzer } from '../src/analyzer/core';
import { setNlp } from '../src/analyzer/nlp';
import {
  availableSentenceModel,
  decodedSentenceModel,
  provideShippedWeights,
} from '../src/analyzer/sentence/model';
import { warmUp } from '../src/analyzer/warm-up';
import { ENGINE_GLOBAL, type EngineBundle } from '../src/content/lazy-globals';
import * as templates from '../src/templates';

export default defineUnlistedScript(() => {
  const bundle: EngineBundle = {
    analyzer: createAnalyzer(CATALOGUE, { sentences: decodedSentenceModel }),
    catalogue: CATALOGUE,
    setNlp,
    sentences: decodedSentenceModel,
    sentencesReady: () => decodedSentenceModel() !== null,
    readySentences: (weights) => {
      provideShippedWeights(weights);
      availableSentenceModel();
    },
    warmUp: () => warmUp(CATALOGUE),
    templates,
  };
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = bundle;
});
