import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyzer';
import {
  emptyRecords,
  isCheckingOn,
  localIsoDate,
  type Records,
  toAnalyzerContext,
} from '../../../src/records';

const records: Records = {
  profile: {
    name: 'Maya Ortiz',
    aamcId: '14285739',
    specialty: 'anesthesiology',
    status: { usCitizen: true },
  },
  programs: [
    {
      name: 'Lantern Bay University Medical Center',
      aliases: ['Lantern Bay'],
      domains: ['@lanternbay-med.example.org'],
      programDirector: { name: 'Marguerite Okafor', title: 'Program Director' },
      specialty: 'anesthesiology',
      liked: 'the acute pain service',
      interviewDate: '2026-11-12',
      status: 'interviewed',
      policy: { noPostInterviewCommunication: false },
    },
    { name: 'Thistlewood Medical Center', domains: ['thistlewood-mc.example.org'] },
  ],
  ledger: [
    {
      program: 'Thistlewood Medical Center',
      kind: 'letter-of-intent',
      date: '2027-02-01',
      overrideReason: 'x',
    },
  ],
  settings: { enabled: true, disabledRules: ['hedging'], disabledEmails: ['thread-42'] },
};

describe('toAnalyzerContext', () => {
  test('carries the records and the compose into the analyzer context', () => {
    const ctx = toAnalyzerContext(records, {
      to: ['Marguerite Okafor <mokafor@lanternbay-med.example.org>'],
      cc: [],
      subject: 'Letter of intent',
      today: '2027-02-10',
      isReply: false,
    });
    expect(ctx).toEqual({
      profile: records.profile,
      programs: [
        {
          name: 'Lantern Bay University Medical Center',
          aliases: ['Lantern Bay'],
          domains: ['lanternbay-med.example.org'],
          programDirector: { name: 'Marguerite Okafor', title: 'Program Director' },
          specialty: 'anesthesiology',
          interviewDate: '2026-11-12',
          policy: { noPostInterviewCommunication: false },
        },
        { name: 'Thistlewood Medical Center', domains: ['thistlewood-mc.example.org'] },
      ],
      ledger: [{ program: 'Thistlewood Medical Center', kind: 'letter-of-intent', date: '2027-02-01' }],
      disabledRules: ['hedging'],
      to: ['Marguerite Okafor <mokafor@lanternbay-med.example.org>'],
      cc: [],
      subject: 'Letter of intent',
      today: '2027-02-10',
      isReply: false,
    });
  });

  test('does not share arrays with the records (the analyzer may be handed them again and again)', () => {
    const ctx = toAnalyzerContext(records, {});
    ctx.disabledRules?.push('x');
    expect(records.settings.disabledRules).toEqual(['hedging']);
  });

  test('feeds the analyzer: the recipient is found from the To: domain and the ledger stops a second letter of intent', () => {
    const ctx = toAnalyzerContext(records, {
      to: ['mokafor@lanternbay-med.example.org'],
      subject: 'Letter of intent – Maya Ortiz (AAMC ID 14285739)',
      today: '2027-02-10',
    });
    const report = analyze(
      'Dear Dr. Okafor,\n\nI intend to rank Lantern Bay University Medical Center first on my rank order list.\n\nSincerely,\nMaya Ortiz\nAAMC ID 14285739',
      ctx,
    );
    expect(report.kind).toBe('letter-of-intent');
    expect(report.findings.map((f) => f.ruleId)).toContain('duplicate-letter-of-intent');
  });

  test('empty records make an empty but valid context', () => {
    expect(toAnalyzerContext(emptyRecords(), { today: '2026-10-01' })).toEqual({
      profile: {},
      programs: [],
      ledger: [],
      disabledRules: [],
      today: '2026-10-01',
    });
  });
});

describe('switches', () => {
  test('the master switch and the per-email switch', () => {
    expect(isCheckingOn(records.settings, 'thread-1')).toBe(true);
    expect(isCheckingOn(records.settings, 'thread-42')).toBe(false);
    expect(isCheckingOn(records.settings, undefined)).toBe(true);
    expect(isCheckingOn({ ...records.settings, enabled: false }, 'thread-1')).toBe(false);
  });

  test("today is the applicant's local date", () => {
    expect(localIsoDate(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });
});
