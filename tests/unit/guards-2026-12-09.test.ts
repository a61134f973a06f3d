/**
 * What sets CL and CM showed (recorded on the eleventh stop's final analyzer, fixed on 9 December 2026) and what
 * the sets after them showed, checked through the analyzer as a user would meet it. Each fails with its fix removed.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import type { Context } from '../../src/analyzer/types';

const ruleIds = (body: string, context: Context = {}) =>
  analyze(`Dear Dr. Hart,\n\n${body}\n\nSincerely,\nAna Ruiz\nAAMC ID 12345678`, context).findings.map(
    (f) => f.ruleId,
  );

describe('harmless sentences sets CL and CM showed', () => {
  it.each([
    [
      'pressure-program',
      'I am curious about the night float schedule. Thank you for your time, and there is no need for urgent answer.',
    ],
    ['negative-remarks', 'To be honest, the decision was difficult, because I had only few signals.'],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });

  it('a dig at prestige still reads as a remark about others', () => {
    expect(ruleIds("At 41, with two kids and a mortgage, I'm not shopping for prestige.")).toContain(
      'negative-remarks',
    );
  });
});

describe('a thank-you for a welcome, with the interview still on record ahead', () => {
  const programs = [
    { name: 'Fairview Lakes Medical Center', aliases: ['Fairview Lakes'], interviewDate: '2027-01-14' },
  ];
  const context = { programs, recipientProgram: programs[0]!.name, today: '2027-01-05' } as Context;

  it('thanks for the welcome on a day already past is a thank-you sent early', () => {
    const body =
      'Thank you for the warm welcome on Friday. It was a pleasure to meet you and the residents at Fairview Lakes.\n\nThank you again for your time and hospitality.';
    expect(ruleIds(body, context)).toContain('thank-you-before-interview');
  });

  it('thanks for the welcome at an open house, the interview still to come, is not', () => {
    const body =
      'Thank you for hosting the virtual open house last Tuesday evening. I appreciated it very much.\n\nI am looking forward to my interview on January 14. Thank you again for your time and for the kind welcome.';
    expect(ruleIds(body, context)).not.toContain('thank-you-before-interview');
  });
});
