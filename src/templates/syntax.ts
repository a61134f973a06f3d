/**
 * The template language: `{{field.path}}` and `[[optional part]]`, nothing else. Kept this small on purpose,
 * so a template reads like the email it produces and every rule of rendering fits in one file.
 */

export type Piece = { text: string } | { field: string };
export type Segment = Piece | { optional: Piece[] };

const TOKEN = /\{\{\s*([A-Za-z]\w*(?:\.[A-Za-z]\w*)*)\s*\}\}|\[\[|\]\]/g;

export class TemplateSyntaxError extends Error {}

/** Splits template text into literal text, fields and optional parts; malformed markup throws. */
export function parseTemplate(source: string): Segment[] {
  const out: Segment[] = [];
  let optional: Piece[] | null = null;
  let last = 0;
  const push = (p: Piece) => {
    if ('text' in p && p.text === '') return;
    if (optional) optional.push(p);
    else out.push(p);
  };
  for (const m of source.matchAll(TOKEN)) {
    push({ text: source.slice(last, m.index) });
    last = m.index + m[0].length;
    if (m[0] === '[[') {
      if (optional) throw new TemplateSyntaxError(`"[[" inside another optional part at offset ${m.index}`);
      optional = [];
    } else if (m[0] === ']]') {
      if (!optional) throw new TemplateSyntaxError(`"]]" without "[[" at offset ${m.index}`);
      if (!optional.some((p) => 'field' in p)) {
        throw new TemplateSyntaxError(`optional part without a field ends at offset ${m.index}`);
      }
      out.push({ optional });
      optional = null;
    } else push({ field: m[1]! });
  }
  push({ text: source.slice(last) });
  if (optional) throw new TemplateSyntaxError('an optional part "[[" is never closed');
  const stray = out.find((s) => 'text' in s && /\{\{|\}\}/.test(s.text));
  if (stray) throw new TemplateSyntaxError(`malformed field in "${(stray as { text: string }).text.trim()}"`);
  return out;
}

/** Fields outside optional parts are required; those only inside them are optional. */
export function fieldsOf(segments: readonly Segment[]): { required: string[]; optional: string[] } {
  const required: string[] = [];
  const optional: string[] = [];
  for (const s of segments) {
    if ('field' in s && !required.includes(s.field)) required.push(s.field);
    if ('optional' in s)
      for (const p of s.optional) if ('field' in p && !optional.includes(p.field)) optional.push(p.field);
  }
  return { required, optional: optional.filter((f) => !required.includes(f)) };
}
