/**
 * Guards added on 7 December 2026 for rules whose own `pass` examples also teach the sentence layer (adding one
 * there retrains the model): each case is a harmless sentence from a blind set that a rule flagged, checked here
 * through the analyzer as a user would meet it. Each fails with its guard removed.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';

const ruleIds = (body: string) =>
  analyze(`Dear Dr. Hart,\n\n${body}\n\nSincerely,\nAna Ruiz\nAAMC ID 12345678`).findings.map(
    (f) => f.ruleId,
  );

describe('harmless sentences that share words with a problem', () => {
  it.each([
    [
      'ask-rank-position',
      'Does the program sponsor H-1B visas? I only want to know where things stand, so I can prepare documents in time.',
    ],
    [
      'desperate-tone',
      'Now that rank lists have been certified, I beg to enquire whether you have any research openings.',
    ],
    [
      'desperate-tone',
      'I beg you to accept the assurance of my highest consideration, and I remain, Sir, your servant.',
    ],
    ['ask-rank-position', 'I will be grateful if my application is given your kind consideration.'],
    ['pressure-program', 'I did not match this morning. I can start tomorrow if you need me.'],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });

  it('a rank question asked as how the committee received the application still counts', () => {
    expect(
      ruleIds(
        'As I am finalizing my rank list, it would help me greatly to have some idea how my application was received by the committee.',
      ),
    ).toContain('ask-rank-position');
  });

  it.each([
    [
      'binding-promise',
      'My list is settled, it will be certified in this form, and I hereby pledge that no subsequent interview shall alter it.',
    ],
    [
      'ask-rank-position',
      'Do applicants who send letters like this usually end up ranked high enough to match at Lakeside?',
    ],
  ])('%s fires on: %s (set AX, after its first contact)', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });
});
