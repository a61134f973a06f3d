/**
 * One JSON file holding all the applicant's records: a backup, a move to another browser, something to
 * show an advisor. Export then import gives back exactly what was exported. Import checks everything
 * before anything is written, and each problem names the field ("programs[2].interviewDate: …").
 */
import * as v from 'valibot';
import { describeIssues } from './issues';
import { programsV1toV2 } from './migrations';
import { asQuarantineList, type QuarantineEntry } from './quarantine';
import { RECORD_KEYS, RecordSchemas, type Records } from './schemas';

/** The file's own bookkeeping: neither a record nor something to keep aside. */
const FILE_KEYS = new Set(['format', 'version', 'exportedAt', 'quarantine']);

export const EXPORT_FORMAT = 'matchmail-records';
/** Bump when the file's shape changes, and teach importRecords to read the older one. */
export const EXPORT_VERSION = 1;

export interface ExportOptions {
  /** Values storage set aside as corrupted; exported so nothing the user typed is lost. */
  quarantine?: unknown[];
  now?: Date;
}

export function exportRecords(records: Records, opts: ExportOptions = {}): string {
  const file: Record<string, unknown> = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: (opts.now ?? new Date()).toISOString(),
  };
  for (const key of RECORD_KEYS) file[key] = records[key];
  if (opts.quarantine && opts.quarantine.length > 0) file.quarantine = opts.quarantine;
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult =
  | {
      ok: true;
      records: Partial<Records>;
      version: number;
      /**
       * What the file carries besides records, to be set aside again rather than lost: the export's own
       * quarantine, and any section this version does not know (written by a newer MatchMail).
       */
      quarantine: QuarantineEntry[];
      /** Names of the sections this version does not know (kept in `quarantine`), for the preview. */
      unknownSections: string[];
    }
  | { ok: false; errors: string[] };

/**
 * The sections present in the file, validated. A missing section is left out of `records` (not emptied),
 * so importing a file that only lists programs cannot wipe the ledger. Fields this version does not know
 * are kept (the schemas are loose); sections it does not know, and the export's quarantine, come back as
 * `quarantine` so nothing in the file is dropped without a word.
 */
export function importRecords(text: string, now: Date = new Date()): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`the file is not valid JSON (${(e as Error).message})`] };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, errors: ['the file must hold a JSON object'] };
  }
  const file = json as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) {
    return { ok: false, errors: [`format: expected "${EXPORT_FORMAT}" — this is not a MatchMail export`] };
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: ['version: must be a whole number of 1 or more'] };
  }
  if (version > EXPORT_VERSION) {
    return {
      ok: false,
      errors: [
        `version: the file was made by a newer MatchMail (version ${version}); this one reads up to ${EXPORT_VERSION}`,
      ],
    };
  }
  const records: Partial<Records> = {};
  const errors: string[] = [];
  for (const key of RECORD_KEYS) {
    if (!(key in file)) continue;
    // Hand-written files name a director as plain text, like the CLI context does: accept it.
    const raw = key === 'programs' ? programsV1toV2(file[key]) : file[key];
    const parsed = v.safeParse(RecordSchemas[key], raw);
    if (parsed.success) (records as Record<string, unknown>)[key] = parsed.output;
    else errors.push(...describeIssues(parsed.issues, key));
  }
  if (errors.length > 0) return { ok: false, errors };
  const at = now.toISOString();
  const quarantine = asQuarantineList(file.quarantine, 'file:quarantine', at);
  const known = new Set<string>(RECORD_KEYS);
  const unknownSections = Object.keys(file).filter((k) => !known.has(k) && !FILE_KEYS.has(k));
  for (const name of unknownSections) {
    quarantine.push({
      key: `file:${name}`,
      value: file[name],
      problems: [`${name}: a section this version of MatchMail does not know; kept aside, not used`],
      at,
    });
  }
  if (Object.keys(records).length === 0 && quarantine.length === 0) {
    return { ok: false, errors: [`the file holds none of ${RECORD_KEYS.join(', ')}`] };
  }
  return { ok: true, records, version, quarantine, unknownSections };
}
