// @vitest-environment happy-dom
/**
 * Issue 7 §3, templates: a value carrying markup or a template-looking string is plain text. It appears in
 * the rendered email exactly as written (whitespace collapsed), is never interpreted (no field lookup, no
 * evaluation, no HTML), and when inserted into a compose window it becomes text, not elements.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { insertText } from '../../../src/content/insert-template';
import { providerFor } from '../../../src/providers';
import { renderTemplate, TEMPLATES } from '../../../src/templates';
import { cleanValue } from '../../../src/templates/render';
import { loadFixture } from '../providers/load-fixture';
import { MARKUP, PAYLOADS } from './payloads';

let payloadsTried = 0;

/** Values for every field of a template, so optional parts render too. */
function allValues(id: string): Record<string, string> {
  const t = TEMPLATES.find((x) => x.id === id)!;
  return Object.fromEntries([...t.fields.required, ...t.fields.optional].map((f) => [f, `V${f.length}`]));
}

const payload = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  // Markup pieces glued to ordinary words, as a pasted value would carry them.
  fc
    .array(
      fc.oneof(fc.constantFrom(...MARKUP), fc.constantFrom('Lantern Bay', 'the ICU', '—', '&amp;', '"', "'")),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((parts) => parts.join(' ')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('renderTemplate with hostile values', () => {
  test('every template, every field: the value appears verbatim, or counts as missing, never interpreted', () => {
    const cases = TEMPLATES.flatMap((t) =>
      [...t.fields.required, ...t.fields.optional].map((f) => [t.id, f] as const),
    );
    fc.assert(
      fc.property(fc.constantFrom(...cases), payload, ([id, field], value) => {
        payloadsTried++;
        const result = renderTemplate(id, { ...allValues(id), [field]: value });
        const clean = cleanValue(value);
        const required = TEMPLATES.find((t) => t.id === id)!.fields.required.includes(field);
        if (clean === '') {
          // Blank, or a placeholder such as "<name>" or "{{x}}": treated as not filled in.
          if (required) expect(result).toEqual({ ok: false, missing: [field] });
          return;
        }
        if (!result.ok) throw new Error(`not rendered: missing ${result.missing.join(', ')}`);
        const text = `${result.subject}\n${result.body}`;
        // The renderer's tidying applies to values too: the template's own punctuation wins over a value's
        // trailing ".,;:", a space before punctuation goes, and NUL (its own "dropped part" marker,
        // src/templates/render.ts) is removed. Nothing else is changed.
        const expected = clean
          .replace(/[.,;:]+$/, '')
          .replaceAll('\u0000', '')
          .replace(/ {2,}/g, ' ')
          .replace(/ +([.,;:!?])/g, '$1')
          .trim();
        expect(text).toContain(expected);
        expect((globalThis as { __mmPwned?: unknown }).__mmPwned).toBeUndefined();
      }),
      { numRuns: 1500 },
    );
  });

  test('a value that looks like template markup is not expanded into another field', () => {
    payloadsTried++;
    const values: Record<string, string> = {
      ...allValues('letter-of-interest'),
      'program.liked': 'the {{profile.aamcId}} rotation',
    };
    const result = renderTemplate('letter-of-interest', values);
    expect(result.ok && result.body).toContain('the {{profile.aamcId}} rotation');
    expect(result.ok && result.body).not.toContain(`the ${values['profile.aamcId']} rotation`);
  });
});

describe('inserting a rendered template with payloads into a compose', () => {
  test('the editor receives text nodes and line breaks only; the payload reads back literally', () => {
    const compose = providerFor('mail.google.com')!.findComposes(loadFixture('gmail/new-compose.html'))[0]!;
    const lines = MARKUP.filter((m) => !/\{\{|\}\}|\[\[|\]\]/.test(m)); // markup is refused before insertion
    payloadsTried += lines.length;
    const result = insertText(compose, lines.join('\n'));
    expect(result.ok).toBe(true);
    const editable = compose.editable;
    expect(editable.querySelectorAll('script, img, svg, iframe, style, a[href^="javascript"]').length).toBe(
      0,
    );
    for (const el of editable.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames())
        expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
    }
    const text = compose.read().text;
    for (const line of lines) expect(text).toContain(line);
    expect((window as unknown as { __mmPwned?: unknown }).__mmPwned).toBeUndefined();
  });
});

afterAll(() => {
  console.log(`template injection: ${payloadsTried} payload values tried`);
});
