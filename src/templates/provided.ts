/**
 * The template library as the content script reaches it. The library (fifteen letters, their fields, the
 * renderer and the suggestions) is loaded with the engine (entrypoints/engine.ts), not in the eager content
 * script: a compose session exists only once the engine is there, so the picker always finds it. Only types
 * are imported here: importing this file bundles none of the library.
 */
import type * as Library from './index';

export type TemplateLibrary = Pick<
  typeof Library,
  | 'FIELDS'
  | 'isFieldPath'
  | 'getTemplate'
  | 'renderTemplate'
  | 'suggestTemplates'
  | 'TEMPLATE_GROUPS'
  | 'templateValues'
  | 'mergeValues'
  | 'programQuestionIn'
  | 'threadAfterInterview'
>;

let provided: TemplateLibrary | null = null;

/** Called when the engine arrives (src/content/start.ts), and by tests with the library itself. */
export function provideTemplates(library: TemplateLibrary): void {
  provided = library;
}

export function templates(): TemplateLibrary {
  if (!provided) throw new Error('the template library arrives with the engine: none is loaded yet');
  return provided;
}
