import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fieldsFor, renderTemplate, TEMPLATES } from '../../../src/templates';
import { compileTemplate } from '../../../src/templates/compile';
import { renderSegments } from '../../../src/templates/render';
import { parseTemplate } from '../../../src/templates/syntax';

const render = (source: string, values: Record<string, string | undefined>) =>
  renderSegments(parseTemplate(source), values);

describe('rendering', () => {
  test('fills fields', () => {
    expect(
      render('Dear Dr. {{program.director.lastName}},', { 'program.director.lastName': 'Okafor' }),
    ).toEqual({
      text: 'Dear Dr. Okafor,',
      missing: [],
    });
  });

  test('an optional sentence disappears whole when its field is empty, leaving no gap', () => {
    const source =
      'I liked {{program.liked}}.[[ I have ties to the area: {{profile.regionalTies}}.]] Thank you.';
    expect(render(source, { 'program.liked': 'the pain service' }).text).toBe(
      'I liked the pain service. Thank you.',
    );
    expect(
      render(source, { 'program.liked': 'the pain service', 'profile.regionalTies': 'my family is here' })
        .text,
    ).toBe('I liked the pain service. I have ties to the area: my family is here. Thank you.');
  });

  test('an optional phrase inside a sentence disappears without leaving " ," or a double space', () => {
    const source =
      'Thank you for welcoming me to {{program.name}}[[ on {{program.interviewDate}}]]. I enjoyed it.';
    expect(render(source, { 'program.name': 'Lantern Bay' }).text).toBe(
      'Thank you for welcoming me to Lantern Bay. I enjoyed it.',
    );
    expect(render('the [[{{program.specialty}} ]]residency', {}).text).toBe('the residency');
  });

  test('an optional line disappears with its line break; an optional paragraph with its blank line', () => {
    expect(
      render('Sincerely,\n{{profile.name}}\n[[{{profile.school}}]]\nAAMC ID 1', { 'profile.name': 'Maya' })
        .text,
    ).toBe('Sincerely,\nMaya\nAAMC ID 1');
    expect(render('One.\n\n[[{{update.detail}}.]]\n\nTwo.', {}).text).toBe('One.\n\nTwo.');
  });

  test('missing required fields are listed once, in order of use, and no text is produced by renderTemplate', () => {
    expect(render('{{a.b}} {{c.d}} {{a.b}}', {}).missing).toEqual(['a.b', 'c.d']);
    const r = renderTemplate('thank-you-faculty-interviewer', { 'profile.name': 'Maya Ortiz' });
    expect(r).toEqual({
      ok: false,
      missing: [
        'profile.aamcId',
        'interviewer.lastName',
        'program.name',
        'interviewer.topic',
        'program.liked',
      ],
    });
  });

  test('blank values and values that are themselves placeholders count as missing', () => {
    for (const value of ['', '   ', '[Program Name]', '{{program.name}}', '<name>']) {
      expect(render('At {{program.name}}.', { 'program.name': value }).missing).toEqual(['program.name']);
    }
  });

  test("the template's punctuation wins over the value's: no doubled full stop", () => {
    expect(render('I liked {{program.liked}}.', { 'program.liked': 'the pain service.' }).text).toBe(
      'I liked the pain service.',
    );
    // A question keeps its question mark when nothing follows it in the template.
    expect(render('{{logistics.question}}\n', { 'logistics.question': 'Is there parking?' }).text).toBe(
      'Is there parking?',
    );
  });

  test('line breaks and runs of spaces in a value become single spaces', () => {
    expect(
      render('I liked {{program.liked}}.', { 'program.liked': 'the pain\n\nservice   and  more' }).text,
    ).toBe('I liked the pain service and more.');
  });
});

describe('no placeholder ever reaches the output', () => {
  const safeText = fc.string({ maxLength: 20 }).filter((s) => !/[[\]{}<>]/.test(s));
  const allFields = [...new Set(TEMPLATES.flatMap((t) => [...t.fields.required, ...t.fields.optional]))];
  const valuesArb = fc.record(
    Object.fromEntries(allFields.map((f) => [f, fc.option(safeText, { nil: undefined })])),
    {
      requiredKeys: [],
    },
  );

  test('for every template and any values: either complete text without markup, or exactly the missing required fields', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATES.map((t) => t.id)), valuesArb, (id, values) => {
        const r = renderTemplate(id, values as Record<string, string | undefined>);
        const blank = fieldsFor(id).required.filter(
          (f) => ((values as Record<string, string | undefined>)[f] ?? '').trim() === '',
        );
        if (blank.length > 0) {
          expect(r).toEqual({ ok: false, missing: blank });
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        for (const text of [r.subject, r.body]) {
          expect(text).not.toMatch(/\{\{|\}\}|\[\[|\]\]/);
          expect(text).not.toContain(String.fromCharCode(0)); // the renderer's internal "dropped here" mark
          expect(text).not.toMatch(/ {2}|^ | $/m);
        }
        expect(r.subject).not.toContain('\n');
        expect(r.body).not.toMatch(/\n{3}/);
      }),
      { numRuns: 400 },
    );
  });
});

describe('template syntax', () => {
  test.each([
    ['Hello [[{{a.b}}', /never closed/],
    ['Hello ]]', /without "\[\["/],
    ['[[ [[{{a.b}}]] ]]', /inside another optional part/],
    ['[[no field here]]', /optional part without a field/],
    ['Dear {{ 1abc }}', /malformed field/],
    ['Dear {{program.name}', /malformed field/],
  ])('%j is rejected', (source, message) => {
    expect(() => parseTemplate(source)).toThrow(message);
  });

  test('a library entry with an unknown field fails at load, naming the template', () => {
    expect(() =>
      compileTemplate({
        id: 'x',
        title: 'x',
        description: 'x',
        kind: 'other',
        stages: ['interviews'],
        subject: 'S',
        body: '{{program.nmae}}',
      }),
    ).toThrow('template "x": unknown field "program.nmae"');
  });
});
