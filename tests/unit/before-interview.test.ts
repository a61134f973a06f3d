/**
 * `milderBeforeInterview` (rule-schema.ts): while the recipient's interview on record is still ahead, a rank
 * question is reported as a warning, not an error — before an interview there is no standing to ask about, and
 * "whether I'm still being considered" asks about the application (set AJ). After the interview, or with no date
 * on record, it is the error it always was.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';

const programs = [{ name: 'Hillcrest Medical Center', aliases: ['Hillcrest'], interviewDate: '2027-01-13' }];
const draft = [
  'Dear Dr. Lee,',
  '',
  'I hope you are well. Could you tell me where I am on your rank list?',
  '',
  'Best regards,',
  'Ana Ruiz',
  'AAMC ID 12345678',
].join('\n');
const severityOn = (today?: string, recipientProgram = 'Hillcrest Medical Center') =>
  analyze(draft, { programs, recipientProgram, ...(today ? { today } : {}) }).findings.find(
    (f) => f.ruleId === 'ask-rank-position',
  )?.severity;

describe('a rank question before the interview on record', () => {
  it('is a warning while the interview is ahead', () => {
    expect(severityOn('2026-11-20')).toBe('warning');
  });
  it('is an error once the interview has happened, or when no date says otherwise', () => {
    expect(severityOn('2027-02-01')).toBe('error');
    expect(severityOn(undefined)).toBe('error');
  });
});
