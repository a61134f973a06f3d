/**
 * The options page's form model: what the user typed becomes a record only when it passes the records'
 * schemas, each problem lands on the field it belongs to, and a stored record opened and saved unchanged
 * comes back the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLedgerEntry,
  checkProfile,
  checkProgram,
  describeSections,
  emptyLedgerForm,
  emptyProfileForm,
  emptyProgramForm,
  joinAnd,
  lines,
  type ProfileForm,
  type ProgramForm,
  profileToForm,
  programToForm,
  putProgram,
  toNumber,
} from '../../../src/ui/options/form-model';
import { profileArb, programArb } from '../records/arbitraries';

const profile = (over: Partial<ProfileForm>): ProfileForm => ({ ...emptyProfileForm(), ...over });
const program = (over: Partial<ProgramForm>): ProgramForm => ({ ...emptyProgramForm(), ...over });

describe('profile', () => {
  it('an empty form is an empty profile', () => {
    expect(checkProfile(emptyProfileForm())).toEqual({ ok: true, value: {} });
  });

  it('typed values become the record, trimmed, with numbers and flags in their places', () => {
    const checked = checkProfile(
      profile({
        name: '  Maya Ortiz ',
        aamcId: '1428 5739',
        graduationDate: '2024-05',
        step1: 'pass',
        step2ck: '251',
        track: 'advanced',
        ecfmgCertified: 'yes',
        step3Passed: 'no',
        regionalTies: 'My family lives in Chicago.',
      }),
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        name: 'Maya Ortiz',
        aamcId: '14285739',
        graduationDate: '2024-05',
        scores: { step1: 'pass', step2ck: 251 },
        track: 'advanced',
        status: { ecfmgCertified: true, step3Passed: false },
        regionalTies: 'My family lives in Chicago.',
      },
    });
  });

  it('each problem is reported on its own field, in the schema wording', () => {
    const checked = checkProfile(
      profile({
        aamcId: '1234',
        graduationDate: 'spring 2024',
        step2ck: 'abc',
        step3: '250.5',
        comlexLevel2ce: '1000',
      }),
    );
    expect(checked).toEqual({
      ok: false,
      errors: {
        aamcId: ['must be 8 digits'],
        graduationDate: [
          'must be a date, for example 01/14/2027, Jan 14, 2027 or 2027-01-14 (or only the month: May 2027)',
        ],
        step2ck: ['must be a number'],
        step3: ['must be a whole number'],
        comlexLevel2ce: ['must be at most 999'],
      },
    });
  });

  it('toNumber leaves non-numbers for the schema to name', () => {
    expect(toNumber('')).toBeUndefined();
    expect(toNumber(' 251 ')).toBe(251);
    expect(toNumber('2e2')).toBeNaN();
    expect(toNumber('250.5')).toBe(250.5);
  });

  it('any stored profile opened and saved unchanged is accepted, and a second round trip changes nothing', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const once = checkProfile(profileToForm(p));
        expect(once.ok).toBe(true);
        if (!once.ok) return;
        expect(checkProfile(profileToForm(once.value))).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('a tidy profile round-trips exactly', () => {
    const p = {
      name: 'Maya Ortiz',
      aamcId: '14285739',
      school: 'Universidad Central',
      graduationDate: '2024-05-30',
      scores: { step1: 'pass' as const, step2ck: 251, comlexLevel1: 'fail' as const, comlexLevel2ce: 600 },
      usClinicalExperience: 'Observership, Mercy Hospital',
      regionalTies: 'Family in Chicago',
      specialty: 'Anesthesiology',
      track: 'both' as const,
      status: { ecfmgCertified: true, step3Passed: false, permanentResident: false, usCitizen: true },
    };
    expect(checkProfile(profileToForm(p))).toEqual({ ok: true, value: p });
  });
});

describe('program', () => {
  it('a full form becomes a full program; lists are one per line', () => {
    const checked = checkProgram(
      program({
        name: 'Lakeside University Anesthesiology',
        aliases: 'LUA\n\n  Lakeside  ',
        domains: 'lakeside.edu\n@med.lakeside.edu',
        directorName: 'Dr. Jane Smith',
        directorTitle: 'Program Director',
        coordinatorName: 'Pat Lee',
        specialty: 'Anesthesiology',
        city: 'Chicago',
        affiliates: 'Lakeside Memorial Hospital, Chicago\nVA Lakeside',
        liked: 'the resident-run acute pain service',
        interviewDate: '2027-01-15',
        status: 'interviewed',
        policy: 'closed',
        policySource: 'Interview day handout',
      }),
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        name: 'Lakeside University Anesthesiology',
        aliases: ['LUA', 'Lakeside'],
        domains: ['lakeside.edu', '@med.lakeside.edu'],
        programDirector: { name: 'Dr. Jane Smith', title: 'Program Director' },
        coordinator: { name: 'Pat Lee' },
        specialty: 'Anesthesiology',
        city: 'Chicago',
        affiliates: ['Lakeside Memorial Hospital, Chicago', 'VA Lakeside'],
        liked: 'the resident-run acute pain service',
        interviewDate: '2027-01-15',
        status: 'interviewed',
        policy: { noPostInterviewCommunication: true, source: 'Interview day handout' },
      },
    });
  });

  it('problems name their field, and a bad list item its line', () => {
    const checked = checkProgram(
      program({
        name: '   ',
        domains: 'lakeside.edu\nnot a domain',
        directorTitle: 'Program Director',
        interviewDate: '13/45/2027',
        policySource: 'their website',
      }),
    );
    expect(checked).toEqual({
      ok: false,
      errors: {
        policy: ['choose what the program said, or clear the source'],
        name: ['must not be empty'],
        domains: ['line 2 ("not a domain") must be an email domain like example.edu'],
        directorName: ['must not be empty'],
        interviewDate: ['must be a date, for example 01/14/2027, Jan 14, 2027 or 2027-01-14'],
      },
    });
  });

  it('a name or alias another program already uses is refused (the recipient would be ambiguous)', () => {
    const others = [{ name: 'Harbor General', aliases: ['HGH'] }];
    expect(checkProgram(program({ name: 'harbor general' }), others)).toEqual({
      ok: false,
      errors: { name: ['is already used by the program "Harbor General"'] },
    });
    expect(checkProgram(program({ name: 'Lakeside', aliases: 'hgh' }), others)).toEqual({
      ok: false,
      errors: { aliases: ['"hgh" is already used by "Harbor General"'] },
    });
  });

  it('"contact welcome" is kept apart from "not known"', () => {
    expect(checkProgram(program({ name: 'A', policy: 'open' }))).toEqual({
      ok: true,
      value: { name: 'A', policy: { noPostInterviewCommunication: false } },
    });
    expect(programToForm({ name: 'A', policy: { noPostInterviewCommunication: false } }).policy).toBe('open');
    expect(programToForm({ name: 'A' }).policy).toBe('');
  });

  it('any stored program opened and saved unchanged is accepted, and a second round trip changes nothing', () => {
    fc.assert(
      fc.property(programArb, (p) => {
        const once = checkProgram(programToForm(p));
        expect(once.ok).toBe(true);
        if (!once.ok) return;
        expect(checkProgram(programToForm(once.value))).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('an edited program keeps its place; a new one goes at the end', () => {
    const list = [{ name: 'A' }, { name: 'B' }, { name: 'C' }];
    expect(putProgram(list, 'b', { name: 'B2' }).map((p) => p.name)).toEqual(['A', 'B2', 'C']);
    expect(putProgram(list, null, { name: 'D' }).map((p) => p.name)).toEqual(['A', 'B', 'C', 'D']);
    // Renamed elsewhere meanwhile: nothing is overwritten, the edit is added.
    expect(putProgram(list, 'Z', { name: 'Z2' }).map((p) => p.name)).toEqual(['A', 'B', 'C', 'Z2']);
  });
});

describe('dates as people type them (S3)', () => {
  it('01/14/2027 and Jan 14, 2027 are stored as 2027-01-14 in the program, ledger and profile forms', () => {
    for (const typed of ['01/14/2027', 'Jan 14, 2027', '14 January 2027', '2027-01-14']) {
      const p = checkProgram(program({ name: 'Lakeside', interviewDate: typed }));
      expect(p.ok && p.value.interviewDate, typed).toBe('2027-01-14');
      const l = checkLedgerEntry({ program: 'Lakeside', kind: 'thank-you', date: typed, subject: '' });
      expect(l.ok && l.value.date, typed).toBe('2027-01-14');
    }
    const g = checkProfile(profile({ graduationDate: 'May 2024' }));
    expect(g.ok && g.value.graduationDate).toBe('2024-05');
  });
});

describe('ledger entry', () => {
  it('needs a program, a kind and a date', () => {
    expect(checkLedgerEntry(emptyLedgerForm(''))).toEqual({
      ok: false,
      errors: {
        program: ['must not be empty'],
        kind: ['is required'],
        date: ['must be a date, for example 01/14/2027, Jan 14, 2027 or 2027-01-14'],
      },
    });
    expect(
      checkLedgerEntry({ program: ' Lakeside ', kind: 'letter-of-intent', date: '2027-02-10', subject: '' }),
    ).toEqual({ ok: true, value: { program: 'Lakeside', kind: 'letter-of-intent', date: '2027-02-10' } });
  });
});

describe('imports', () => {
  it('describes what a file holds', () => {
    expect(joinAnd(describeSections({ profile: {}, programs: [{}, {}], ledger: [{}], settings: {} }))).toBe(
      'your profile, 2 programs, 1 sent email and your settings',
    );
    expect(joinAnd(describeSections({ programs: [] }))).toBe('0 programs');
  });

  it('lines drops blanks and trims', () => {
    expect(lines(' a \r\n\n b\n')).toEqual(['a', 'b']);
  });
});
