/**
 * The applicant's records: what they tell us once (profile, programs), what we remember for them (the
 * ledger of sent emails) and how they want MatchMail to behave (settings). These schemas are the one
 * definition of a valid record: storage, import and the options page all check against them.
 *
 * Every object is loose: a field this version does not know (written by a newer MatchMail, or added by hand)
 * is kept as it is through load, edit, import and export, never trimmed away (valibot skips `__proto__`,
 * `constructor` and `prototype`, so a loose object cannot pollute a prototype).
 */
import * as v from 'valibot';
import { DRAFT_KINDS, type DraftKind } from '../analyzer/types';
import { isIsoDate } from '../calendar/match-calendar';

const str = v.string('must be text');
const strList = v.array(str, 'must be a list of text values');
const nonBlank = v.pipe(
  str,
  v.check((s) => s.trim() !== '', 'must not be empty'),
);
export const isoDate = v.pipe(
  str,
  v.check((s: string) => isIsoDate(s), 'must be a date written YYYY-MM-DD'),
);
const bool = v.boolean('must be true or false');

/** "2027-05" or "2027-05-15": applicants often know the month of graduation, not the day. */
const graduationDate = v.pipe(
  str,
  v.check(
    (s) => (/^\d{4}-\d{2}$/.test(s) ? isIsoDate(`${s}-01`) : isIsoDate(s)),
    'must be a date written YYYY-MM-DD or YYYY-MM',
  ),
);

const passFail = v.picklist(['pass', 'fail'], 'must be "pass" or "fail"');
const scoreIn = (min: number, max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );

export const ScoresSchema = v.looseObject({
  step1: v.optional(passFail),
  step2ck: v.optional(scoreIn(1, 300)),
  step3: v.optional(scoreIn(1, 300)),
  comlexLevel1: v.optional(passFail),
  comlexLevel2ce: v.optional(scoreIn(9, 999)),
});

export const TRACKS = ['categorical', 'advanced', 'both'] as const;

export const ProfileSchema = v.looseObject({
  name: v.optional(str),
  aamcId: v.optional(v.pipe(str, v.regex(/^\d{8}$/, 'must be 8 digits'))),
  school: v.optional(str),
  graduationDate: v.optional(graduationDate),
  scores: v.optional(ScoresSchema),
  /** Free text: rotations, observerships, jobs in US hospitals. */
  usClinicalExperience: v.optional(str),
  /** Free text completing "I have ties to the area: …". */
  regionalTies: v.optional(str),
  specialty: v.optional(str),
  track: v.optional(v.picklist(TRACKS, `must be one of ${TRACKS.join(', ')}`)),
  status: v.optional(
    v.looseObject({
      ecfmgCertified: v.optional(bool),
      step3Passed: v.optional(bool),
      permanentResident: v.optional(bool),
      usCitizen: v.optional(bool),
    }),
  ),
});

export const PersonSchema = v.looseObject({ name: nonBlank, title: v.optional(str) });

/** "example.edu" (a leading "@" is tolerated: people copy it from addresses). */
const DOMAIN = /^@?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;
const domain = v.pipe(str, v.regex(DOMAIN, 'must be an email domain like example.edu'));

export const PROGRAM_STATUSES = ['applied', 'invited', 'interviewed', 'ranked', 'withdrawn'] as const;

export const ProgramSchema = v.looseObject({
  name: nonBlank,
  aliases: v.optional(strList),
  domains: v.optional(v.array(domain, 'must be a list of email domains')),
  programDirector: v.optional(PersonSchema),
  coordinator: v.optional(PersonSchema),
  specialty: v.optional(str),
  city: v.optional(str),
  affiliates: v.optional(strList),
  /** What the applicant liked, as a phrase templates can use: "the resident-run acute pain service". */
  liked: v.optional(str),
  interviewDate: v.optional(isoDate),
  status: v.optional(v.picklist(PROGRAM_STATUSES, `must be one of ${PROGRAM_STATUSES.join(', ')}`)),
  policy: v.optional(v.looseObject({ noPostInterviewCommunication: bool, source: v.optional(str) })),
});

export const ProgramsSchema = v.array(ProgramSchema, 'must be a list of programs');

export const LedgerEntrySchema = v.looseObject({
  program: nonBlank,
  kind: v.picklist(DRAFT_KINDS, `must be one of ${DRAFT_KINDS.join(', ')}`),
  date: isoDate,
  subject: v.optional(str),
  /** Why the applicant sent it despite a warning (a second letter of intent). */
  overrideReason: v.optional(nonBlank),
});

export const LedgerSchema = v.array(LedgerEntrySchema, 'must be a list of sent emails');

/*
 * Each setting has a default, so settings written by a part that knows only some of them (the panel's
 * "turn this rule off" writes only disabledRules) are complete when read, not quarantined as corrupt.
 */
export const SettingsSchema = v.looseObject({
  enabled: v.optional(bool, true),
  disabledRules: v.optional(strList, () => []),
  /** Compose or thread keys where the applicant switched MatchMail off for that one email. */
  disabledEmails: v.optional(strList, () => []),
});

export type Scores = v.InferOutput<typeof ScoresSchema>;
export type Profile = v.InferOutput<typeof ProfileSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Program = v.InferOutput<typeof ProgramSchema>;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
export type LedgerEntry = v.InferOutput<typeof LedgerEntrySchema> & { kind: DraftKind };
export type Settings = v.InferOutput<typeof SettingsSchema>;

export interface Records {
  profile: Profile;
  programs: Program[];
  ledger: LedgerEntry[];
  settings: Settings;
}

export const RECORD_KEYS = [
  'profile',
  'programs',
  'ledger',
  'settings',
] as const satisfies readonly (keyof Records)[];

export const RecordSchemas = {
  profile: ProfileSchema,
  programs: ProgramsSchema,
  ledger: LedgerSchema,
  settings: SettingsSchema,
} as const;

/** Fresh values; a function so no caller can mutate a shared default. */
export function emptyRecords(): Records {
  return { profile: {}, programs: [], ledger: [], settings: defaultSettings() };
}

export function defaultSettings(): Settings {
  return { enabled: true, disabledRules: [], disabledEmails: [] };
}
