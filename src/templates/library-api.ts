/** Looking templates up, asking what they need, and rendering them. */

import { parsedTemplate } from './compile';
import { TEMPLATES } from './library';
import { renderSegments } from './render';
import type { FieldValues, RenderResult, Template, TemplateFields } from './types';

export const TEMPLATE_IDS: readonly string[] = TEMPLATES.map((t) => t.id);

export function getTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

function mustGet(id: string): Template {
  const t = getTemplate(id);
  if (!t) throw new RangeError(`unknown template "${id}" (known: ${TEMPLATE_IDS.join(', ')})`);
  return t;
}

/** Required and optional field paths of a template; throws a RangeError for an unknown id. */
export function fieldsFor(id: string): TemplateFields {
  const { required, optional } = mustGet(id).fields;
  return { required: [...required], optional: [...optional] };
}

/** A physician's last name given the older way (`sender.lastName`) greets them as "Dr. …". */
function withGreeting(values: FieldValues): FieldValues {
  const last = values['sender.lastName']?.trim();
  return values['sender.greeting']?.trim() || !last
    ? values
    : { ...values, 'sender.greeting': `Dr. ${last}` };
}

/**
 * Renders a template with the given values: all required fields present → subject and body with no markup
 * left; otherwise the missing required fields, in order of first use, and no text at all.
 */
export function renderTemplate(id: string, values: FieldValues): RenderResult {
  mustGet(id);
  const parsed = parsedTemplate(id)!;
  const all = withGreeting(values);
  const subject = renderSegments(parsed.subject, all);
  const body = renderSegments(parsed.body, all);
  const missing = [...subject.missing, ...body.missing.filter((f) => !subject.missing.includes(f))];
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, subject: subject.text.replace(/\n+/g, ' '), body: body.text };
}
