/**
 * The product's own templates must pass the product's own checks: every template, fully filled with
 * realistic values and checked in the situation it is written for, gets no error and no warning. When a
 * rule fires here, read the finding first: the rule may be wrong about a careful sentence.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyzer';
import { mergeValues, renderTemplate, TEMPLATES, templateValues } from '../../../src/templates';
import { contextFor, EMAIL_VALUES, PROFILE, recipientFor } from './fixtures';

/**
 * Findings we believe are the analyzer's mistake, not the template's, reported to the rule owners. Each
 * names the template, the rule and the sentence. Remove an entry once the rule is fixed: a stale entry
 * fails the "still fires" test below, so this list cannot quietly outlive the bug.
 */
const KNOWN_FALSE_ALARMS: { template: string; ruleId: string; why: string }[] = [];

/** Kinds the classifier gets wrong; same removal rule. */
/** Kinds the classifier gets wrong on a template; same removal rule. */
const KNOWN_MISCLASSIFIED: { template: string; as: string; why: string }[] = [];

function renderFilled(id: string) {
  const template = TEMPLATES.find((t) => t.id === id)!;
  const values = mergeValues(
    templateValues({
      profile: PROFILE,
      program: recipientFor(template),
      threadSubject: 'Re: Following up on your interview',
    }),
    EMAIL_VALUES,
  );
  const r = renderTemplate(id, values);
  if (!r.ok) throw new Error(`${id} is missing ${r.missing.join(', ')}`);
  return { template, ...r };
}

describe.each(TEMPLATES.map((t) => t.id))('template %s', (id) => {
  test('fully filled, it draws no error or warning from the analyzer', () => {
    const { template, subject, body } = renderFilled(id);
    const report = analyze(body, contextFor(template, subject));
    const known = KNOWN_FALSE_ALARMS.filter((k) => k.template === id).map((k) => k.ruleId);
    const serious = report.findings
      .filter((f) => f.severity === 'error' || f.severity === 'warning')
      .filter((f) => !known.includes(f.ruleId))
      .map((f) => `${f.severity} ${f.ruleId}: "${f.excerpt}"`);
    expect(serious, `${id}\n\n${body}`).toEqual([]);
    expect(report.failedRules ?? []).toEqual([]);
  });

  test('the analyzer reads it as the kind of email it is', () => {
    const { template, subject, body } = renderFilled(id);
    const misread = KNOWN_MISCLASSIFIED.find((k) => k.template === id);
    expect(analyze(body, contextFor(template, subject)).kind).toBe(misread?.as ?? template.kind);
  });
});

if (KNOWN_FALSE_ALARMS.length + KNOWN_MISCLASSIFIED.length > 0) {
  describe('known analyzer mistakes on templates (remove an entry once fixed)', () => {
    test.each(KNOWN_FALSE_ALARMS)('$ruleId still fires on $template', ({ template: id, ruleId }) => {
      const { template, subject, body } = renderFilled(id);
      expect(analyze(body, contextFor(template, subject)).findings.map((f) => f.ruleId)).toContain(ruleId);
    });
    test.each(KNOWN_MISCLASSIFIED)('$template is still read as $as', ({ template: id, as }) => {
      const { template, subject, body } = renderFilled(id);
      expect(analyze(body, contextFor(template, subject)).kind).toBe(as);
    });
  });
}
