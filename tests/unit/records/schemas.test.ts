import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
  describeIssues,
  LedgerEntrySchema,
  ProfileSchema,
  ProgramSchema,
  programsV1toV2,
  SettingsSchema,
} from '../../../src/records';

const problems = (schema: v.GenericSchema, value: unknown, prefix = '') => {
  const r = v.safeParse(schema, value);
  return r.success ? [] : describeIssues(r.issues, prefix);
};

describe('profile', () => {
  test('a complete profile is valid', () => {
    const profile = {
      name: 'Maya Ortiz',
      aamcId: '14285739',
      school: 'St. Brigid School of Medicine',
      graduationDate: '2026-05',
      scores: { step1: 'pass', step2ck: 251, comlexLevel1: 'pass', comlexLevel2ce: 640 },
      usClinicalExperience: 'a sub-internship in Ohio',
      regionalTies: 'my family lives nearby',
      specialty: 'anesthesiology',
      track: 'both',
      status: { ecfmgCertified: false, step3Passed: false, permanentResident: false, usCitizen: true },
    };
    expect(problems(ProfileSchema, profile)).toEqual([]);
  });

  test.each([
    [{ aamcId: '1428573' }, 'profile.aamcId: must be 8 digits'],
    [{ aamcId: 14285739 }, 'profile.aamcId: must be text'],
    [{ graduationDate: '2026-13' }, 'profile.graduationDate: must be a date written YYYY-MM-DD or YYYY-MM'],
    [{ scores: { step1: 'passed' } }, 'profile.scores.step1: must be "pass" or "fail"'],
    [{ scores: { step2ck: 301 } }, 'profile.scores.step2ck: must be at most 300'],
    [{ status: { usCitizen: 'yes' } }, 'profile.status.usCitizen: must be true or false'],
  ])('%j → %s', (profile, message) => {
    expect(problems(ProfileSchema, profile, 'profile')).toEqual([message]);
  });
});

describe('program', () => {
  test('needs a name that is not blank', () => {
    expect(problems(ProgramSchema, { name: '  ' })).toEqual(['name: must not be empty']);
    expect(problems(ProgramSchema, {})).toEqual(['name: is required']);
  });

  test('a director is {name, title}; the v1 plain-text form is what the migration converts', () => {
    expect(problems(ProgramSchema, { name: 'A', programDirector: 'Marguerite Okafor' })).toHaveLength(1);
    const [migrated] = programsV1toV2([{ name: 'A', programDirector: 'Marguerite Okafor' }]) as unknown[];
    expect(problems(ProgramSchema, migrated)).toEqual([]);
  });

  test('the migration passes odd input through for the schema to judge', () => {
    expect(programsV1toV2('nonsense')).toBe('nonsense');
    expect(programsV1toV2([null, 3, { name: 'A', programDirector: { name: 'B' } }])).toEqual([
      null,
      3,
      { name: 'A', programDirector: { name: 'B' } },
    ]);
  });
});

describe('ledger entry and settings', () => {
  test('an override reason may be absent but not blank', () => {
    const entry = { program: 'A', kind: 'letter-of-intent', date: '2027-02-01' };
    expect(problems(LedgerEntrySchema, entry)).toEqual([]);
    expect(problems(LedgerEntrySchema, { ...entry, overrideReason: ' ' })).toEqual([
      'overrideReason: must not be empty',
    ]);
  });

  test('missing settings take their defaults', () => {
    expect(v.parse(SettingsSchema, {})).toEqual({ enabled: true, disabledRules: [], disabledEmails: [] });
  });
});
