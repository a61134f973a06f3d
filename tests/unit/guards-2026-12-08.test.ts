/**
 * What sets BT and BU showed at first contact (recorded at the tenth stop, fixed on 8 December 2026), checked
 * through the analyzer as a user would meet it: problems now caught, and harmless sentences now left alone. Each
 * fails with its fix removed.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import type { Context } from '../../src/analyzer/types';

const ruleIds = (body: string, context: Context = {}) =>
  analyze(`Dear Dr. Hart,\n\n${body}\n\nSincerely,\nAna Ruiz\nAAMC ID 12345678`, context).findings.map(
    (f) => f.ruleId,
  );

describe('problems sets BT and BU showed', () => {
  it.each([
    ['entitlement-language', 'An application like mine deserves a faster answer than this.'],
    [
      'disclose-other-programs',
      'Last month I interviewed at a program back east where the chief resident told us the fellows take the good cases.',
    ],
    [
      'disclose-other-programs',
      'At another program I interviewed with last week, the faculty seemed more interested in their private practices than in teaching.',
    ],
    [
      'overly-emotional',
      'My wife has put her own career on hold for three years, and my daughter asks every night whether they have called.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it('a residency claimed as finalized while the profile says otherwise is a status claimed too early', () => {
    const body = 'One practical thing: my permanent residency is now finalized, so no visa is needed.';
    const profile = { status: { permanentResident: false } };
    expect(ruleIds(body, { profile } as Context)).toContain('expected-as-current');
    expect(ruleIds(body, { profile: { status: { permanentResident: true } } } as Context)).not.toContain(
      'expected-as-current',
    );
  });
});

describe('harmless sentences beside them', () => {
  it.each([
    [
      'disclose-other-programs',
      'I would prefer to keep my rank list and the other places I have interviewed to myself.',
    ],
    [
      'ask-rank-position',
      "I applied in September and haven't heard anything. I'd like to know where my application is in the review process.",
    ],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });
});

describe('before any interview, standing means the application', () => {
  const waiting =
    "I applied on September 16 and still haven't received an interview decision. I need to know where I stand with you by Friday.";

  it('no rank question while the applicant is still waiting for an invitation', () => {
    expect(ruleIds(waiting, { today: '2026-10-05' })).not.toContain('ask-rank-position');
  });

  it('still a rank question once an interview happened, or in ranking season', () => {
    const after = `I interviewed with you in November. ${waiting}`;
    expect(ruleIds(after, { today: '2026-10-05' })).toContain('ask-rank-position');
    expect(ruleIds(waiting, { today: '2027-02-10' })).toContain('ask-rank-position');
  });

  it('still a rank question before the interview when the sentence names the list', () => {
    const list = "I still haven't received an interview decision. Will I be ranked high on your list?";
    expect(ruleIds(list, { today: '2026-10-05' })).toContain('ask-rank-position');
    expect(
      ruleIds('I would also like to humbly ask if I am being strongly considered for the program already.', {
        today: '2026-11-09',
        recipientProgram: 'Kettle Moraine PM&R',
        programs: [{ name: 'Kettle Moraine PM&R', interviewDate: '2026-11-18' }],
      } as Context),
    ).toContain('ask-rank-position');
  });

  it('with the interview on record still ahead, "where I stand" asks about the application', () => {
    const ctx = {
      today: '2026-11-09',
      recipientProgram: 'Kettle Moraine PM&R',
      programs: [{ name: 'Kettle Moraine PM&R', interviewDate: '2026-11-18' }],
    } as Context;
    expect(ruleIds('Could you tell me where I stand with you?', ctx)).not.toContain('ask-rank-position');
    expect(ruleIds('Could you tell me where I stand with you?')).toContain('ask-rank-position');
  });
});
