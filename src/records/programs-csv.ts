/**
 * Programs from a spreadsheet. Applicants already track programs in Excel or Google Sheets with their own
 * column names, so headers are matched loosely ("Program", "Program name", "PD", "Program Director"…),
 * and every problem is reported with its spreadsheet row so it can be fixed there.
 */
import * as v from 'valibot';
import { type CsvRecord, parseCsv } from './csv';
import { DATE_EXAMPLES, readDate } from './dates';
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
  /** The spreadsheet row of each program in `programs`. */
  rows: number[];
  /** One line per row left out: "row 5: the program name is empty". */
  errors: string[];
  /**
   * Things that did not stop a row: columns we do not use, and cells left out of a row that was imported
   * without them ("row 3: status "maybe" is not one of …; imported without a status").
   */
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
  const reading = startReading(text);
  if ('done' in reading) return reading.done;
  reading.read(Number.POSITIVE_INFINITY);
  return reading.result;
}

/** Work between two pauses: well under a frame, so input is answered even while the code is still cold. */
const SLICE_MS = 12;
/** Rows checked between two looks at the clock. */
const ROWS_PER_LOOK = 50;

/**
 * The same result as programsFromCsv, with the rows checked in slices of about SLICE_MS and `pause` awaited
 * between them, so a page stays responsive while thousands of rows are checked (B11: 10,000 rows were one
 * task of 0.5 s). The slices are timed, not counted, so a slow or busy machine gets smaller ones.
 */
export async function programsFromCsvInSlices(
  text: string,
  pause: () => Promise<unknown>,
  now: () => number = () => performance.now(),
): Promise<ProgramsCsvResult> {
  const reading = startReading(text);
  if ('done' in reading) return reading.done;
  for (let done = false; !done; ) {
    await pause();
    const until = now() + SLICE_MS;
    do done = reading.read(ROWS_PER_LOOK);
    while (!done && now() < until);
  }
  return reading.result;
}

interface Reading {
  result: ProgramsCsvResult;
  /** Checks up to `n` more rows; true when every row has been checked. */
  read(n: number): boolean;
}

/** Parses the file and reads its header: a finished result when the file is refused as a whole. */
function startReading(text: string): Reading | { done: ProgramsCsvResult } {
  const refuse = (errors: string[], warnings: string[] = []) => ({
    done: { programs: [], rows: [], errors, warnings },
  });
  const parsed = parseCsv(text);
  if (!parsed.ok) return refuse([parsed.error]);
  const [header, ...rows] = parsed.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) return refuse(['the file is empty']);

  const warnings: string[] = [];
  const columns: (Column | undefined)[] = header.cells.map((h) => {
    const col = COLUMN_BY_HEADER.get(headerKey(h));
    if (!col && h.trim() !== '') warnings.push(`column "${h.trim()}" is not used`);
    return col;
  });
  if (!columns.includes('name')) {
    return refuse(
      ['no column for the program name (name one "Program", "Program name" or "Name")'],
      warnings,
    );
  }
  if (rows.length > MAX_CSV_PROGRAMS) return refuse([tooManyRows(rows.length)], warnings);

  const result: ProgramsCsvResult = { programs: [], rows: [], errors: [], warnings };
  // Every name and alias seen so far → the row and program that used it first (B1: two rows sharing an alias
  // must not become one program).
  const seen = new Map<string, { row: number; name: string }>();
  let next = 0;
  const readRow = ({ row, cells }: CsvRecord) => {
    const cell = new Map<Column, string>();
    columns.forEach((col, i) => {
      const value = (cells[i] ?? '').trim();
      if (col && value !== '' && !cell.has(col)) cell.set(col, value);
    });
    const rowErrors: string[] = [];
    const rowNotes: string[] = [];
    const program = programFromRow(cell, rowErrors, rowNotes);
    if (program) {
      const names = [program.name, ...(program.aliases ?? [])];
      for (const n of names) {
        const first = seen.get(n.trim().toLowerCase());
        if (!first) continue;
        rowErrors.push(
          first.name.trim().toLowerCase() === n.trim().toLowerCase()
            ? `"${n}" is already on row ${first.row}`
            : `"${n}" is already used by "${first.name}" on row ${first.row}`,
        );
        break;
      }
      if (rowErrors.length === 0)
        for (const n of names) seen.set(n.trim().toLowerCase(), { row, name: program.name });
    }
    if (program && rowErrors.length === 0) {
      const checked = v.safeParse(ProgramSchema, program);
      if (checked.success) {
        result.programs.push(checked.output);
        result.rows.push(row);
      } else rowErrors.push(...describeIssues(checked.issues));
    }
    result.errors.push(...rowErrors.map((e) => `row ${row}: ${e}`));
    // Notes about a row that was left out anyway would only add noise.
    if (rowErrors.length === 0) warnings.push(...rowNotes.map((n) => `row ${row}: ${n}`));
  };
  return {
    result,
    read(n) {
      const stop = Math.min(rows.length, next + n);
      for (; next < stop; next++) readRow(rows[next]!);
      return next >= rows.length;
    },
  };
}

/**
 * The most programs one file may hold. Applicants apply to tens of programs, a few hundred at most; the cap
 * keeps a wrong file (a whole database export) from freezing the options page.
 */
export const MAX_CSV_PROGRAMS = 10_000;
/** A file larger than this is refused before it is read: 10,000 full rows take well under 5 MB. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

function tooManyRows(n: number) {
  return `the file has ${n.toLocaleString('en-US')} rows; MatchMail imports at most ${MAX_CSV_PROGRAMS.toLocaleString('en-US')} programs from one file (split it, or keep only the programs you applied to)`;
}

/** Counts line breaks only (cheap), so a far too long file is refused before it is parsed. */
export function csvTooLong(text: string): string | null {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  // The header is one line; a quoted cell may hold line breaks, so this only ever over-counts rows.
  return lines > MAX_CSV_PROGRAMS * 2 ? tooManyRows(lines) : null;
}

/**
 * One row as a program. `errors` leave the row out (no name); `notes` are cells that cannot be read, left
 * out of a row that is imported without them (S4): one odd cell must not cost the applicant a whole program.
 */
function programFromRow(cell: Map<Column, string>, errors: string[], notes: string[]): Program | null {
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
  const domains = list('domains')
    ?.map((d) => d.replace(/^.*@/, '').toLowerCase())
    .filter((d) => {
      if (/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(d)) return true;
      notes.push(`domain "${d}" does not look like an email domain (example.edu); imported without it`);
      return false;
    });
  if (domains?.length) p.domains = domains;
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
    const iso = readDate(date);
    if (iso) p.interviewDate = iso;
    else notes.push(`interviewDate "${date}" is not a date (${DATE_EXAMPLES}); imported without it`);
  }
  const status = cell.get('status');
  if (status) {
    const s = status.toLowerCase();
    if ((PROGRAM_STATUSES as readonly string[]).includes(s)) p.status = s as ProgramStatus;
    else
      notes.push(
        `status "${status}" is not one of ${PROGRAM_STATUSES.join(', ')}; imported without a status`,
      );
  }
  const noPic = cell.get('noPostInterviewCommunication');
  const source = cell.get('policySource');
  if (noPic !== undefined || source) {
    const flag = (noPic ?? '').toLowerCase();
    if (YES.has(flag)) p.policy = { noPostInterviewCommunication: true };
    else if (NO.has(flag)) p.policy = { noPostInterviewCommunication: false };
    else notes.push(`noPostInterviewCommunication "${noPic}" is not yes or no; imported without it`);
    if (p.policy && source) p.policy.source = source;
  }
  return p;
}

function withTitle(name: string, title: string | undefined) {
  return title ? { name, title } : { name };
}

/** Every name a program answers to, compared trimmed and in lower case. */
const programKeys = (p: Program) => [p.name, ...(p.aliases ?? [])].map((n) => n.trim().toLowerCase());

export interface MergePlan {
  /** The list to store: programs already there (updated ones in place), then the new ones. */
  programs: Program[];
  /** Names of the imported programs that are new. */
  added: string[];
  /** What each update does, naming the program on the list: "Lantern Bay University Medical Center (from "lantern bay")". */
  updated: string[];
  /** Imported programs left out because they would take another program's name or alias, one line each. */
  conflicts: string[];
}

/**
 * Adds imported programs to the list, in time linear in the two lists (one map from every name and alias to
 * its program). A row whose program name is the name or an alias of exactly one program on the list updates
 * that program in place: its cells replace those fields, everything else is kept, and a different spelling of
 * the name is kept as an alias. A row that would take a name or alias another program answers to is left out
 * and reported (as the program form refuses it): an import never silently drops or replaces a program.
 */
export function mergePrograms(
  existing: readonly Program[],
  incoming: readonly Program[],
  rows?: readonly number[],
): MergePlan {
  const out = [...existing];
  const owner = new Map<string, number>();
  const claim = (p: Program, at: number) => {
    for (const k of programKeys(p)) if (!owner.has(k)) owner.set(k, at);
  };
  out.forEach(claim);
  const added: string[] = [];
  const updated: string[] = [];
  const conflicts: string[] = [];
  incoming.forEach((p, i) => {
    const where = rows?.[i] !== undefined ? `row ${rows[i]}: ` : '';
    const target = owner.get(p.name.trim().toLowerCase());
    const clash = programKeys(p)
      .map((k) => [k, owner.get(k)] as const)
      .find(([, at]) => at !== undefined && at !== target);
    if (clash) {
      const [k, at] = clash;
      const other = out[at!]!;
      const taken = [other.name, ...(other.aliases ?? [])].find((n) => n.trim().toLowerCase() === k) ?? k;
      conflicts.push(
        `${where}"${p.name}" is left out: "${taken}" already names ${other.name === taken ? 'a program' : `"${other.name}"`} on your list (or earlier in the file); change the name or alias in the spreadsheet`,
      );
      return;
    }
    if (target === undefined) {
      out.push(p);
      claim(p, out.length - 1);
      added.push(p.name);
      return;
    }
    const mine = out[target]!;
    const aliases = [...(mine.aliases ?? []), ...(p.aliases ?? [])];
    if (p.name.trim() !== mine.name.trim()) aliases.push(p.name);
    const seen = new Set<string>([mine.name.trim().toLowerCase()]);
    const unique = aliases.filter((a) => {
      const k = a.trim().toLowerCase();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    out[target] = { ...mine, ...p, name: mine.name, ...(unique.length ? { aliases: unique } : {}) };
    claim(out[target]!, target);
    updated.push(p.name === mine.name ? mine.name : `${mine.name} (from "${p.name}")`);
  });
  return { programs: out, added, updated, conflicts };
}
