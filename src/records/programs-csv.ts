/**
 * Programs from a spreadsheet. Applicants already track programs in Excel or Google Sheets with their own
 * column names, so headers are matched loosely ("Program", "Program name", "PD", "Program Director"…),
 * and every problem is reported with its spreadsheet row so it can be fixed there.
 */
import * as v from 'valibot';
import { isIsoDate } from '../calendar/match-calendar';
import { parseCsv } from './csv';
import { describeIssues } from './issues';
import { PROGRAM_STATUSES, type Program, ProgramSchema, type ProgramStatus } from './schemas';

type Column =
  | 'name'
  | 'aliases'
  | 'domains'
  | 'programDirector'
  | 'programDirectorTitle'
  | 'coordinator'
  | 'coordinatorTitle'
  | 'specialty'
  | 'city'
  | 'affiliates'
  | 'liked'
  | 'interviewDate'
  | 'status'
  | 'noPostInterviewCommunication'
  | 'policySource';

/** Header spellings, compared lower-case with everything but letters and digits removed. */
const HEADERS: Record<Column, string[]> = {
  name: ['program', 'programname', 'name', 'residency', 'residencyprogram', 'institution'],
  aliases: ['aliases', 'alias', 'aka', 'alsoknownas', 'othernames', 'shortname', 'abbreviation'],
  domains: ['domains', 'domain', 'emaildomains', 'emaildomain', 'email', 'emails'],
  programDirector: ['pd', 'pdname', 'programdirector', 'programdirectorname', 'director'],
  programDirectorTitle: ['pdtitle', 'programdirectortitle', 'directortitle'],
  coordinator: ['coordinator', 'coordinatorname', 'programcoordinator', 'pc'],
  coordinatorTitle: ['coordinatortitle', 'programcoordinatortitle', 'pctitle'],
  specialty: ['specialty', 'speciality'],
  city: ['city', 'location', 'town'],
  affiliates: ['affiliates', 'affiliatedhospitals', 'affiliations', 'hospitals', 'sites'],
  liked: ['liked', 'whatiliked', 'likes', 'highlights'],
  interviewDate: ['interviewdate', 'interview', 'interviewday'],
  status: ['status', 'applicationstatus', 'stage'],
  noPostInterviewCommunication: [
    'nopostinterviewcommunication',
    'nopostinterviewcontact',
    'nopic',
    'nocontact',
    'nocommunication',
  ],
  policySource: ['policysource', 'source'],
};

const headerKey = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

const COLUMN_BY_HEADER = new Map<string, Column>(
  (Object.entries(HEADERS) as [Column, string[]][]).flatMap(([col, names]) =>
    names.map((n) => [n, col] as const),
  ),
);

export interface ProgramsCsvResult {
  /** Programs from the rows without errors, in spreadsheet order. */
  programs: Program[];
  /** One line per problem: "row 4: interviewDate "13/45/2027" is not a date (YYYY-MM-DD)". */
  errors: string[];
  /** Things that did not stop a row: columns we do not use. */
  warnings: string[];
}

/** "a; b" or "a, b": a semicolon wins when present, so "Grady Memorial Hospital, Atlanta" can stay whole. */
export function splitList(cell: string): string[] {
  const sep = cell.includes(';') ? ';' : ',';
  return cell
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);

export function programsFromCsv(text: string): ProgramsCsvResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { programs: [], errors: [parsed.error], warnings: [] };
  const [header, ...rows] = parsed.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) return { programs: [], errors: ['the file is empty'], warnings: [] };

  const warnings: string[] = [];
  const columns: (Column | undefined)[] = header.cells.map((h) => {
    const col = COLUMN_BY_HEADER.get(headerKey(h));
    if (!col && h.trim() !== '') warnings.push(`column "${h.trim()}" is not used`);
    return col;
  });
  if (!columns.includes('name')) {
    return {
      programs: [],
      errors: ['no column for the program name (name one "Program", "Program name" or "Name")'],
      warnings,
    };
  }

  const programs: Program[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const cell = new Map<Column, string>();
    columns.forEach((col, i) => {
      const value = (cells[i] ?? '').trim();
      if (col && value !== '' && !cell.has(col)) cell.set(col, value);
    });
    const rowErrors: string[] = [];
    const program = programFromRow(cell, rowErrors);
    if (program) {
      const key = program.name.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) rowErrors.push(`"${program.name}" is already on row ${first}`);
      else seen.set(key, row);
    }
    if (program && rowErrors.length === 0) {
      const checked = v.safeParse(ProgramSchema, program);
      if (checked.success) programs.push(checked.output);
      else rowErrors.push(...describeIssues(checked.issues));
    }
    errors.push(...rowErrors.map((e) => `row ${row}: ${e}`));
  }
  return { programs, errors, warnings };
}

function programFromRow(cell: Map<Column, string>, errors: string[]): Program | null {
  const name = cell.get('name');
  if (!name) {
    errors.push('the program name is empty');
    return null;
  }
  const p: Program = { name };
  const list = (col: Column) => {
    const c = cell.get(col);
    return c ? splitList(c) : undefined;
  };
  const aliases = list('aliases');
  if (aliases) p.aliases = aliases;
  const domains = list('domains')?.map((d) => d.replace(/^.*@/, '').toLowerCase());
  if (domains) {
    for (const d of domains) {
      if (!/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(d)) {
        errors.push(`domain "${d}" does not look like an email domain (example.edu)`);
      }
    }
    p.domains = domains;
  }
  const pd = cell.get('programDirector');
  if (pd) p.programDirector = withTitle(pd, cell.get('programDirectorTitle'));
  const coordinator = cell.get('coordinator');
  if (coordinator) p.coordinator = withTitle(coordinator, cell.get('coordinatorTitle'));
  for (const col of ['specialty', 'city', 'liked'] as const) {
    const c = cell.get(col);
    if (c) p[col] = c;
  }
  const affiliates = list('affiliates');
  if (affiliates) p.affiliates = affiliates;

  const date = cell.get('interviewDate');
  if (date) {
    if (isIsoDate(date)) p.interviewDate = date;
    else errors.push(`interviewDate "${date}" is not a date (YYYY-MM-DD)`);
  }
  const status = cell.get('status');
  if (status) {
    const s = status.toLowerCase();
    if ((PROGRAM_STATUSES as readonly string[]).includes(s)) p.status = s as ProgramStatus;
    else errors.push(`status "${status}" is not one of ${PROGRAM_STATUSES.join(', ')}`);
  }
  const noPic = cell.get('noPostInterviewCommunication');
  const source = cell.get('policySource');
  if (noPic !== undefined || source) {
    const flag = (noPic ?? '').toLowerCase();
    if (YES.has(flag)) p.policy = { noPostInterviewCommunication: true };
    else if (NO.has(flag)) p.policy = { noPostInterviewCommunication: false };
    else errors.push(`noPostInterviewCommunication "${noPic}" is not yes or no`);
    if (p.policy && source) p.policy.source = source;
  }
  return p;
}

function withTitle(name: string, title: string | undefined) {
  return title ? { name, title } : { name };
}

/**
 * Adds imported programs to the list: a program already there (same name or alias, any case) is replaced
 * by the imported row, keeping its place; new ones go at the end.
 */
export function mergePrograms(existing: readonly Program[], incoming: readonly Program[]): Program[] {
  const keys = (p: Program) => [p.name, ...(p.aliases ?? [])].map((n) => n.trim().toLowerCase());
  const out = [...existing];
  for (const p of incoming) {
    const mine = new Set(keys(p));
    const at = out.findIndex((q) => keys(q).some((k) => mine.has(k)));
    if (at >= 0) out[at] = p;
    else out.push(p);
  }
  return out;
}
