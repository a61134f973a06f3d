/**
 * The pure API (DESIGN §4.3): `analyze(draft, context) → Report`, synchronous, no DOM, no I/O.
 * This entry registers compromise eagerly (Node: CLI, tests, bench); the content script uses ./lite.
 */
import nlp from 'compromise';
import { type Nlp, setNlp } from './nlp';
// The sentence layer's weights, for Node; the extension's engine receives them at idle instead.
import './sentence/shipped';

setNlp(nlp as unknown as Nlp);

export { createAnalyzer, resetSharedCaches } from './core';
export { analyze, analyzer, CATALOGUE } from './lite';
export { buildTextModel } from './text-model';
export type * from './types';
