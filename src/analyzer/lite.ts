/**
 * The analyzer without compromise, for the content script's first paint. `pattern` rules wait until
 * `setNlp` registers compromise (loaded lazily); everything else works at once.
 */
import { CATALOGUE } from './catalogue-data';
import { createAnalyzer } from './core';
import type { Context, Report } from './types';

export const analyzer = createAnalyzer(CATALOGUE);

export function analyze(draft: string, context?: Context): Report {
  return analyzer.analyze(draft, context);
}

export { CATALOGUE } from './catalogue-data';
export { setNlp } from './nlp';
export type * from './types';
