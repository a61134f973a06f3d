/** The template library: pure (no DOM, no storage), shared by the panel picker and the CLI. */

export { FIELDS, type FieldInfo, type FieldPath, isFieldPath } from './fields';
export { TEMPLATE_GROUPS, TEMPLATES } from './library';
export { fieldsFor, getTemplate, renderTemplate, TEMPLATE_IDS } from './library-api';
export { programQuestionIn, type SuggestInput, suggestTemplates, threadAfterInterview } from './suggest';
export { TemplateSyntaxError } from './syntax';
export type * from './types';
export {
  lastNameOf,
  mergeValues,
  specialtyInSentence,
  spokenDate,
  templateValues,
  type ValueSource,
} from './values';
