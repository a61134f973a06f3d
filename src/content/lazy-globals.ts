/**
 * What the content script and the scripts injected beside it (engine.js, weights.js, lazy.js) agree on: the
 * message that asks for one, the files, the isolated-world globals they hand themselves over in, and their
 * shapes. No import of the extension API here: the injected scripts import this module, and anything that
 * pulls in `wxt/browser` bundles (and runs) the webextension polyfill into each of them.
 */
import type { CompiledRule } from '../analyzer/catalogue';
import type { Analyzer } from '../analyzer/core';
import type { Nlp } from '../analyzer/nlp';
import type { WeightsFile } from '../analyzer/sentence/model';
import type { TemplateLibrary } from '../templates/provided';
import type { SentenceReadings } from '../tone/readings';

export const INJECT_MESSAGE = 'matchmail:inject';
export const INJECTABLE = { engine: '/engine.js', weights: '/weights.js', nlp: '/lazy.js' } as const;
export type Injectable = keyof typeof INJECTABLE;

export const ENGINE_GLOBAL = '__matchmailEngine';
export const LAZY_GLOBAL = '__matchmailLazy';
export const WEIGHTS_GLOBAL = '__matchmailWeights';

export interface EngineBundle {
  analyzer: Analyzer;
  catalogue: readonly CompiledRule[];
  setNlp(nlp: Nlp | null): void;
  /** The sentence layer the analyzer reads with, also lent to the tone check (which does not carry it). */
  sentences(): SentenceReadings | null;
  /** Whether the sentence layer's weights are decoded (the analyzer reads intents only then). */
  sentencesReady(): boolean;
  /** Decodes the weights (tens of milliseconds) once their script is injected: call it in idle time. */
  readySentences(weights: WeightsFile): void;
  /** Steps that compile and optimize the analyzer ahead of the first draft; walk them in idle time. */
  warmUp(): Iterator<void>;
  /** The template library (src/templates/provided.ts): letters are text the eager script need not carry. */
  templates: TemplateLibrary;
}

export interface LazyBundle {
  nlp: Nlp;
  toneReport: typeof import('../tone').toneReport;
}
