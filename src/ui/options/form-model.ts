/**
 * The options page's forms, as plain data. A form holds exactly what the user typed (strings), so a
 * validation error never loses input; turning a form into a record and checking it against the records'
 * schemas happens only on save. Each schema problem is mapped back to the form field it belongs to, with
 * the same wording the import and storage errors use (describeIssues).
 *
 * No DOM here: these functions are unit-tested in Node.
 */
import type * as v from 'valibot';
import { safeParse } from 'valibot';
import type { DraftKind } from '../../analyzer/types';
import {
  describeIssues,
  issuePath,
  type LedgerEntry,
  LedgerEntrySchema,
  type Person,
  PROGRAM_STATUSES,
  type Profile,
  ProfileSchema,
  type Program,
  ProgramSchema,
  type ProgramStatus,
  TRACKS,
} from '../../records';
import { DATE_EXAMPLES, readDate, readDateOrMonth } from '../../records/dates';

/** Problems per form field (the field's key, e.g. "scores.step2ck"), in the order they were found. */
export type FieldErrors = Record<string, string[]>;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const TRI = ['', 'yes', 'no'] as const;
/** A yes/no question that may also be unanswered ("not set" is not the same as "no"). */
export type Tri = (typeof TRI)[number];

export interface ProfileForm {
  name: string;
  aamcId: string;
  school: string;
  graduationDate: string;
  step1: string;
  step2ck: string;
  step3: string;
  comlexLevel1: string;
  comlexLevel2ce: string;
  usClinicalExperience: string;
  regionalTies: string;
  specialty: string;
  track: string;
  ecfmgCertified: Tri;
  step3Passed: Tri;
  permanentResident: Tri;
  usCitizen: Tri;
}

export const STATUS_FLAGS = ['ecfmgCertified', 'step3Passed', 'permanentResident', 'usCitizen'] as const;
export const SCORE_FIELDS = ['step1', 'step2ck', 'step3', 'comlexLevel1', 'comlexLevel2ce'] as const;
const NUMERIC_SCORES = ['step2ck', 'step3', 'comlexLevel2ce'] as const;
const TEXT_PROFILE = [
  'name',
  'aamcId',
  'school',
  'graduationDate',
  'usClinicalExperience',
  'regionalTies',
  'specialty',
] as const;

export interface ProgramForm {
  name: string;
  /** One per line. */
  aliases: string;
  /** One per line. */
  domains: string;
  directorName: string;
  directorTitle: string;
  coordinatorName: string;
  coordinatorTitle: string;
  specialty: string;
  city: string;
  /** One per line. */
  affiliates: string;
  liked: string;
  interviewDate: string;
  status: string;
  /** '' not known, 'open' (contact welcome), 'closed' (no post-interview communication). */
  policy: '' | 'open' | 'closed';
  policySource: string;
}

export interface LedgerForm {
  program: string;
  kind: string;
  date: string;
  subject: string;
}

// ---------------------------------------------------------------------------------------------------------
// Text helpers

const clean = (s: string) => s.trim();

/** Lines of a one-per-line box, trimmed, blanks dropped. */
export function lines(s: string): string[] {
  return s
    .split(/\r?\n/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/**
 * "251" → 251; "" → undefined; anything else → NaN, which the schema reports as "must be a number" (a
 * decimal like "250.5" stays a number so the schema can say "must be a whole number").
 */
export function toNumber(s: string): number | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  return /^[+-]?\d+(?:\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

function triToBool(t: Tri): boolean | undefined {
  return t === '' ? undefined : t === 'yes';
}

function boolToTri(b: boolean | undefined): Tri {
  return b === undefined ? '' : b ? 'yes' : 'no';
}

/** Only the keys whose value is defined: records never store `undefined`. */
function defined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(o)) if (val !== undefined) out[k] = val;
  return out as T;
}

const orUndefined = (s: string) => (clean(s) === '' ? undefined : clean(s));

// ---------------------------------------------------------------------------------------------------------
// Issues → fields

/**
 * A typed date as stored (YYYY-MM-DD, or YYYY-MM where `read` allows it): the forms accept 01/14/2027,
 * Jan 14, 2027 and the other ways src/records/dates.ts reads (S3). What cannot be read is kept as typed,
 * so the schema refuses it and the applicant sees what they wrote.
 */
function asDate(typed: string, read: (s: string) => string | null = readDate): string {
  return read(typed) ?? clean(typed);
}

/** The schema's "must be a date written YYYY-MM-DD" in the words the form uses, with examples it reads. */
function plainDateErrors(errors: FieldErrors, fields: readonly string[], monthToo = false): FieldErrors {
  for (const f of fields) {
    if (errors[f]?.some((m) => m.startsWith('must be a date')))
      errors[f] = [`must be a date, ${DATE_EXAMPLES}${monthToo ? ' (or only the month: May 2027)' : ''}`];
  }
  return errors;
}

/**
 * Valibot issues as field errors. `fieldOf` maps the issue's path (e.g. "programDirector.name",
 * "domains[1]") to the form field; list items name the offending line.
 */
export function issuesToFields(
  issues: readonly v.BaseIssue<unknown>[],
  fieldOf: (path: string) => string,
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const path = issuePath(issue);
    const described = describeIssues([issue])[0] ?? '';
    let message = described.slice(`${path || '(top level)'}: `.length);
    const item = /\[(\d+)\]$/.exec(path);
    if (item && typeof issue.input === 'string') {
      message = `line ${Number(item[1]) + 1} ("${issue.input}") ${message}`;
    }
    addError(out, fieldOf(path.replace(/\[\d+\]/g, '')), message);
  }
  return out;
}

function addError(errors: FieldErrors, field: string, message: string) {
  const list = errors[field] ?? [];
  if (!list.includes(message)) list.push(message);
  errors[field] = list;
}

function merge(a: FieldErrors, b: FieldErrors): FieldErrors {
  const out: FieldErrors = { ...a };
  for (const [k, msgs] of Object.entries(b)) for (const m of msgs) addError(out, k, m);
  return out;
}

export function errorCount(errors: FieldErrors): number {
  return Object.values(errors).reduce((n, l) => n + l.length, 0);
}

// ---------------------------------------------------------------------------------------------------------
// Profile

export function emptyProfileForm(): ProfileForm {
  return profileToForm({});
}

export function profileToForm(p: Profile): ProfileForm {
  const s = p.scores ?? {};
  const st = p.status ?? {};
  const num = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    name: p.name ?? '',
    aamcId: p.aamcId ?? '',
    school: p.school ?? '',
    graduationDate: p.graduationDate ?? '',
    step1: s.step1 ?? '',
    step2ck: num(s.step2ck),
    step3: num(s.step3),
    comlexLevel1: s.comlexLevel1 ?? '',
    comlexLevel2ce: num(s.comlexLevel2ce),
    usClinicalExperience: p.usClinicalExperience ?? '',
    regionalTies: p.regionalTies ?? '',
    specialty: p.specialty ?? '',
    track: p.track ?? '',
    ecfmgCertified: boolToTri(st.ecfmgCertified),
    step3Passed: boolToTri(st.step3Passed),
    permanentResident: boolToTri(st.permanentResident),
    usCitizen: boolToTri(st.usCitizen),
  };
}

/** The profile the form describes, not yet checked (numbers that are not numbers are NaN). */
export function formToProfileDraft(f: ProfileForm): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of TEXT_PROFILE) {
    const val = orUndefined(f[k]);
    if (val !== undefined) out[k] = val;
  }
  // An AAMC ID is often copied with spaces ("1428 5739"): those are not part of it.
  if (typeof out.aamcId === 'string') out.aamcId = out.aamcId.replace(/\s+/g, '');
  if (typeof out.graduationDate === 'string')
    out.graduationDate = asDate(out.graduationDate, readDateOrMonth);
  const scores: Record<string, unknown> = {};
  if (f.step1) scores.step1 = f.step1;
  if (f.comlexLevel1) scores.comlexLevel1 = f.comlexLevel1;
  for (const k of NUMERIC_SCORES) {
    const n = toNumber(f[k]);
    if (n !== undefined) scores[k] = n;
  }
  if (Object.keys(scores).length > 0) out.scores = scores;
  if (f.track) out.track = f.track;
  const status = defined(Object.fromEntries(STATUS_FLAGS.map((k) => [k, triToBool(f[k])])));
  if (Object.keys(status).length > 0) out.status = status;
  return out;
}

/** Profile paths are the form's keys, except scores.x and status.x, which are flat in the form. */
export const profileField = (path: string) => path.replace(/^(?:scores|status)\./, '');

export function checkProfile(f: ProfileForm): Checked<Profile> {
  const parsed = safeParse(ProfileSchema, formToProfileDraft(f));
  if (!parsed.success)
    return {
      ok: false,
      errors: plainDateErrors(issuesToFields(parsed.issues, profileField), ['graduationDate'], true),
    };
  return { ok: true, value: parsed.output };
}

// ---------------------------------------------------------------------------------------------------------
// Programs

export function emptyProgramForm(): ProgramForm {
  return programToForm({ name: '' });
}

export function programToForm(p: Program): ProgramForm {
  return {
    name: p.name,
    aliases: (p.aliases ?? []).join('\n'),
    domains: (p.domains ?? []).join('\n'),
    directorName: p.programDirector?.name ?? '',
    directorTitle: p.programDirector?.title ?? '',
    coordinatorName: p.coordinator?.name ?? '',
    coordinatorTitle: p.coordinator?.title ?? '',
    specialty: p.specialty ?? '',
    city: p.city ?? '',
    affiliates: (p.affiliates ?? []).join('\n'),
    liked: p.liked ?? '',
    interviewDate: p.interviewDate ?? '',
    status: p.status ?? '',
    policy: p.policy === undefined ? '' : p.policy.noPostInterviewCommunication ? 'closed' : 'open',
    policySource: p.policy?.source ?? '',
  };
}

function person(name: string, title: string): Person | undefined {
  if (clean(name) === '' && clean(title) === '') return undefined;
  return defined({ name: clean(name), title: orUndefined(title) });
}

export function formToProgramDraft(f: ProgramForm): Record<string, unknown> {
  const list = (s: string) => {
    const l = lines(s);
    return l.length > 0 ? l : undefined;
  };
  const policy =
    f.policy === ''
      ? undefined
      : defined({ noPostInterviewCommunication: f.policy === 'closed', source: orUndefined(f.policySource) });
  return defined({
    name: clean(f.name),
    aliases: list(f.aliases),
    domains: list(f.domains),
    programDirector: person(f.directorName, f.directorTitle),
    coordinator: person(f.coordinatorName, f.coordinatorTitle),
    specialty: orUndefined(f.specialty),
    city: orUndefined(f.city),
    affiliates: list(f.affiliates),
    liked: orUndefined(f.liked),
    interviewDate: f.interviewDate.trim() === '' ? undefined : asDate(f.interviewDate),
    status: f.status === '' ? undefined : f.status,
    policy,
  });
}

const PROGRAM_FIELDS: Record<string, keyof ProgramForm> = {
  'programDirector.name': 'directorName',
  programDirector: 'directorName',
  'programDirector.title': 'directorTitle',
  'coordinator.name': 'coordinatorName',
  coordinator: 'coordinatorName',
  'coordinator.title': 'coordinatorTitle',
  'policy.noPostInterviewCommunication': 'policy',
  policy: 'policy',
  'policy.source': 'policySource',
};

export const programField = (path: string): string => PROGRAM_FIELDS[path] ?? path;

const nameKey = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Checks one program against the schema and against the others on the list (`others`: every program but
 * the one being edited): two programs with the same name or alias would make the recipient ambiguous.
 */
export function checkProgram(f: ProgramForm, others: readonly Program[] = []): Checked<Program> {
  let errors: FieldErrors = {};
  if (f.policy === '' && clean(f.policySource) !== '') {
    addError(errors, 'policy', 'choose what the program said, or clear the source');
  }
  const parsed = safeParse(ProgramSchema, formToProgramDraft(f));
  if (!parsed.success)
    errors = merge(errors, plainDateErrors(issuesToFields(parsed.issues, programField), ['interviewDate']));
  const taken = new Map<string, string>();
  for (const o of others) for (const n of [o.name, ...(o.aliases ?? [])]) taken.set(nameKey(n), o.name);
  const clash = (n: string) => (n.trim() === '' ? undefined : taken.get(nameKey(n)));
  const nameClash = clash(f.name);
  if (nameClash !== undefined) addError(errors, 'name', `is already used by the program "${nameClash}"`);
  for (const alias of lines(f.aliases)) {
    const other = clash(alias);
    if (other !== undefined) addError(errors, 'aliases', `"${alias}" is already used by "${other}"`);
  }
  if (errorCount(errors) > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.output };
}

export const STATUS_LABELS: Record<ProgramStatus, string> = {
  applied: 'Applied',
  invited: 'Invited to interview',
  interviewed: 'Interviewed',
  ranked: 'Ranked',
  withdrawn: 'Withdrawn',
};

export const TRACK_LABELS: Record<(typeof TRACKS)[number], string> = {
  categorical: 'Categorical',
  advanced: 'Advanced',
  both: 'Both categorical and advanced',
};

export { PROGRAM_STATUSES, TRACKS };

// ---------------------------------------------------------------------------------------------------------
// Ledger

export function emptyLedgerForm(today: string): LedgerForm {
  return { program: '', kind: '', date: today, subject: '' };
}

export function checkLedgerEntry(f: LedgerForm): Checked<LedgerEntry> {
  const draft = defined({
    program: clean(f.program),
    kind: f.kind === '' ? undefined : f.kind,
    date: asDate(f.date),
    subject: orUndefined(f.subject),
  });
  const parsed = safeParse(LedgerEntrySchema, draft);
  if (!parsed.success)
    return {
      ok: false,
      errors: plainDateErrors(
        issuesToFields(parsed.issues, (p) => p),
        ['date'],
      ),
    };
  return { ok: true, value: { ...parsed.output, kind: parsed.output.kind as DraftKind } };
}

// ---------------------------------------------------------------------------------------------------------
// Lists

/** A stable key for a record in a list, for Preact and for "which one" after the list changed elsewhere. */
export function sameProgram(a: Program, b: Program): boolean {
  return nameKey(a.name) === nameKey(b.name);
}

/** The list with `program` in place of the one called `originalName` (or added at the end). */
export function putProgram(
  list: readonly Program[],
  originalName: string | null,
  program: Program,
): Program[] {
  const out = [...list];
  const at = originalName === null ? -1 : out.findIndex((p) => nameKey(p.name) === nameKey(originalName));
  if (at >= 0) out[at] = program;
  else out.push(program);
  return out;
}

/** Everyone except the program called `name` (for the duplicate check while editing it). */
export function otherPrograms(list: readonly Program[], name: string | null): Program[] {
  return name === null ? [...list] : list.filter((p) => nameKey(p.name) !== nameKey(name));
}

export function sameEntry(a: LedgerEntry, b: LedgerEntry): boolean {
  return (
    a.program === b.program &&
    a.kind === b.kind &&
    a.date === b.date &&
    a.subject === b.subject &&
    a.overrideReason === b.overrideReason
  );
}

// ---------------------------------------------------------------------------------------------------------
// Imports

/** "your profile, 12 programs, 3 sent emails and your settings": what an import file holds. */
export function describeSections(records: {
  profile?: unknown;
  programs?: readonly unknown[];
  ledger?: readonly unknown[];
  settings?: unknown;
}): string[] {
  const out: string[] = [];
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  if (records.profile !== undefined) out.push('your profile');
  if (records.programs !== undefined) out.push(n(records.programs.length, 'program', 'programs'));
  if (records.ledger !== undefined) out.push(n(records.ledger.length, 'sent email', 'sent emails'));
  if (records.settings !== undefined) out.push('your settings');
  return out;
}

/** ["a", "b", "c"] → "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
