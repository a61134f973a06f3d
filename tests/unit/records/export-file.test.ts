import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EXPORT_VERSION, emptyRecords, exportRecords, importRecords } from '../../../src/records';
import { recordsArb } from './arbitraries';

const file = (body: Record<string, unknown>) =>
  JSON.stringify({ format: 'matchmail-records', version: 1, ...body });

describe('export then import', () => {
  test('gives back exactly the records exported (any valid records, any text)', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const back = importRecords(exportRecords(records));
        expect(back).toEqual({
          ok: true,
          records,
          version: EXPORT_VERSION,
          quarantine: [],
          unknownSections: [],
        });
      }),
      { numRuns: 300 },
    );
  });

  test('the file says what it is and which version wrote it', () => {
    const json = JSON.parse(exportRecords(emptyRecords(), { now: new Date('2027-01-02T03:04:05Z') }));
    expect(json).toMatchObject({
      format: 'matchmail-records',
      version: EXPORT_VERSION,
      exportedAt: '2027-01-02T03:04:05.000Z',
    });
    expect(Object.keys(json)).toEqual([
      'format',
      'version',
      'exportedAt',
      'profile',
      'programs',
      'ledger',
      'settings',
    ]);
  });
});

describe('import errors name the field', () => {
  test.each([
    [
      { programs: [{ name: 'A' }, { name: 'B', interviewDate: '2027-13-01' }] },
      'programs[1].interviewDate: must be a date written YYYY-MM-DD',
    ],
    [{ profile: { aamcId: '1234567' } }, 'profile.aamcId: must be 8 digits'],
    [{ profile: { scores: { step2ck: 251.5 } } }, 'profile.scores.step2ck: must be a whole number'],
    [{ profile: { track: 'prelim' } }, 'profile.track: must be one of categorical, advanced, both'],
    [
      { ledger: [{ program: 'A', kind: 'love-letter', date: '2027-01-01' }] },
      'ledger[0].kind: must be one of pre-interview-interest, thank-you, update, letter-of-interest, letter-of-intent, reply-to-program, other',
    ],
    [{ ledger: [{ program: 'A', kind: 'thank-you' }] }, 'ledger[0].date: is required'],
    [
      { programs: [{ name: 'A', domains: ['not a domain'] }] },
      'programs[0].domains[0]: must be an email domain like example.edu',
    ],
    [{ settings: { enabled: 'yes' } }, 'settings.enabled: must be true or false'],
    [
      { programs: [{ name: 'A', status: 'pending' }] },
      'programs[0].status: must be one of applied, invited, interviewed, ranked, withdrawn',
    ],
  ])('%j → %s', (body, error) => {
    const r = importRecords(file(body));
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors).toContain(error);
  });

  test('every problem is listed, not just the first', () => {
    const r = importRecords(file({ profile: { aamcId: 'x' }, programs: [{ name: '' }] }));
    expect(r).toEqual({
      ok: false,
      errors: ['profile.aamcId: must be 8 digits', 'programs[0].name: must not be empty'],
    });
  });

  test.each([
    ['{"format":', /^the file is not valid JSON/],
    ['[]', /^the file must hold a JSON object$/],
    ['{"format":"other","version":1}', /^format: expected "matchmail-records"/],
    ['{"format":"matchmail-records"}', /^version: must be a whole number/],
    [
      '{"format":"matchmail-records","version":7,"profile":{}}',
      /^version: the file was made by a newer MatchMail \(version 7\)/,
    ],
    [
      '{"format":"matchmail-records","version":1}',
      /^the file holds none of profile, programs, ledger, settings$/,
    ],
  ])('%s is refused with a reason', (text, message) => {
    const r = importRecords(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]).toMatch(message);
  });
});

describe('lenient where people write files by hand', () => {
  test('a director given as plain text is read as {name}', () => {
    const r = importRecords(
      file({ programs: [{ name: 'Lantern Bay', programDirector: 'Marguerite Okafor' }] }),
    );
    expect(r).toEqual({
      ok: true,
      version: 1,
      records: { programs: [{ name: 'Lantern Bay', programDirector: { name: 'Marguerite Okafor' } }] },
      quarantine: [],
      unknownSections: [],
    });
  });

  test('a byte-order mark is ignored', () => {
    expect(importRecords(`\uFEFF${file({ profile: {} })}`).ok).toBe(true);
  });

  test('sections missing from the file are left out, not emptied', () => {
    const r = importRecords(file({ profile: { name: 'Maya Ortiz' } }));
    expect(r.ok && Object.keys(r.records)).toEqual(['profile']);
  });
});
