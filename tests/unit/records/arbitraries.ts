/** Generated valid records, for property tests: every optional key may be absent, strings are any UTF-16. */
import fc from 'fast-check';
import { DRAFT_KINDS } from '../../../src/analyzer/types';
import { PROGRAM_STATUSES, type Records, TRACKS } from '../../../src/records';

const anyText = fc.string({ unit: 'binary', maxLength: 30 });
const nonBlank = anyText.filter((s) => s.trim() !== '');
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const domain = fc.domain().filter((d) => /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(d));
const optional = { requiredKeys: [] as never[] };

const person = fc.record({ name: nonBlank, title: anyText }, { requiredKeys: ['name'] });

export const profileArb = fc.record(
  {
    name: anyText,
    aamcId: fc.stringMatching(/^\d{8}$/),
    school: anyText,
    graduationDate: fc.oneof(
      isoDate,
      isoDate.map((d) => d.slice(0, 7)),
    ),
    scores: fc.record(
      {
        step1: fc.constantFrom('pass' as const, 'fail' as const),
        step2ck: fc.integer({ min: 1, max: 300 }),
        step3: fc.integer({ min: 1, max: 300 }),
        comlexLevel1: fc.constantFrom('pass' as const, 'fail' as const),
        comlexLevel2ce: fc.integer({ min: 9, max: 999 }),
      },
      optional,
    ),
    usClinicalExperience: anyText,
    regionalTies: anyText,
    specialty: anyText,
    track: fc.constantFrom(...TRACKS),
    status: fc.record(
      {
        ecfmgCertified: fc.boolean(),
        step3Passed: fc.boolean(),
        permanentResident: fc.boolean(),
        usCitizen: fc.boolean(),
      },
      optional,
    ),
  },
  optional,
);

export const programArb = fc.record(
  {
    name: nonBlank,
    aliases: fc.array(anyText, { maxLength: 3 }),
    domains: fc.array(domain, { maxLength: 3 }),
    programDirector: person,
    coordinator: person,
    specialty: anyText,
    city: anyText,
    affiliates: fc.array(anyText, { maxLength: 3 }),
    liked: anyText,
    interviewDate: isoDate,
    status: fc.constantFrom(...PROGRAM_STATUSES),
    policy: fc.record(
      { noPostInterviewCommunication: fc.boolean(), source: anyText },
      { requiredKeys: ['noPostInterviewCommunication'] },
    ),
  },
  { requiredKeys: ['name'] },
);

export const ledgerEntryArb = fc.record(
  {
    program: nonBlank,
    kind: fc.constantFrom(...DRAFT_KINDS),
    date: isoDate,
    subject: anyText,
    overrideReason: nonBlank,
  },
  { requiredKeys: ['program', 'kind', 'date'] },
);

export const recordsArb: fc.Arbitrary<Records> = fc.record({
  profile: profileArb,
  programs: fc.array(programArb, { maxLength: 4 }),
  ledger: fc.array(ledgerEntryArb, { maxLength: 4 }),
  settings: fc.record({
    enabled: fc.boolean(),
    disabledRules: fc.array(anyText, { maxLength: 3 }),
    disabledEmails: fc.array(anyText, { maxLength: 3 }),
  }),
});
