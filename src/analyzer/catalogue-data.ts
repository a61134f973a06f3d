/** The shipped catalogue: rules/*.yml, embedded at build time by the matchmail-rules plugin. */
import sources from 'virtual:matchmail-rules';
import { type CompiledRule, compileCatalogue } from './catalogue';

export const RULE_SOURCES = sources;
export const CATALOGUE: readonly CompiledRule[] = compileCatalogue(sources);
