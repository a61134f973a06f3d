/**
 * Turns a library entry into a Template: parses its markup once and works out its fields. A typo in the
 * library (an unknown field, an unclosed "[[") throws here, at load, naming the template — never at the
 * moment an applicant clicks it.
 */
import { isFieldPath } from './fields';
import { fieldsOf, parseTemplate, type Segment } from './syntax';
import type { Template, TemplateSource } from './types';

const PARSED = new Map<string, { subject: Segment[]; body: Segment[] }>();

export function compileTemplate(source: TemplateSource): Template {
  let subject: Segment[];
  let body: Segment[];
  try {
    subject = parseTemplate(source.subject);
    body = parseTemplate(source.body);
  } catch (e) {
    throw new Error(`template "${source.id}": ${(e as Error).message}`);
  }
  const all = [...subject, ...body];
  const fields = fieldsOf(all);
  for (const f of [...fields.required, ...fields.optional]) {
    if (!isFieldPath(f))
      throw new Error(`template "${source.id}": unknown field "${f}" (add it to templates/fields.ts)`);
  }
  PARSED.set(source.id, { subject, body });
  return { ...source, fields };
}

export function parsedTemplate(id: string): { subject: Segment[]; body: Segment[] } | undefined {
  return PARSED.get(id);
}
