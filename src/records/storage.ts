/**
 * The records in the extension's local storage, declared once as versioned WXT storage items. Only the
 * extension imports this file (it needs `browser`); the CLI and the pure core use the other records modules.
 *
 * Every read is checked against the schema. A stored value that fails (a bug, a hand edit, a downgrade) is
 * not allowed to break the panel: it is moved to `local:quarantine`, where an export still carries it, the
 * item falls back to its empty value, and the caller is told so it can tell the user.
 */
import * as v from 'valibot';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { exportRecords, type ImportResult, importRecords } from './export-file';
import { describeIssues } from './issues';
import { programsV1toV2 } from './migrations';
import {
  defaultSettings,
  emptyRecords,
  type LedgerEntry,
  LedgerEntrySchema,
  type Profile,
  type Program,
  RECORD_KEYS,
  RecordSchemas,
  type Records,
  type Settings,
} from './schemas';

/*
 * `migrations: {}` on items that have none yet is deliberate: only items with migrations record their
 * version on first write, and a recorded version is what lets a later release migrate them.
 */
export const profileItem = storage.defineItem<Profile>('local:profile', {
  fallback: {},
  version: 1,
  migrations: {},
});

export const programsItem = storage.defineItem<Program[]>('local:programs', {
  fallback: [],
  version: 2,
  migrations: { 2: programsV1toV2 },
});

export const ledgerItem = storage.defineItem<LedgerEntry[]>('local:ledger', {
  fallback: [],
  version: 1,
  migrations: {},
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: 1,
  migrations: {},
});

export interface QuarantineEntry {
  /** The storage key the value was taken from, e.g. "local:programs". */
  key: string;
  /** The stored value exactly as it was found. */
  value: unknown;
  /** What was wrong with it, one line per problem, naming the field. */
  problems: string[];
  /** When it was moved, ISO 8601. */
  at: string;
}

/**
 * One quarantine list per record, so two tabs setting aside different records at once cannot overwrite each
 * other's entries (a read-modify-write of one shared list could lose one).
 */
const quarantineItems = {
  profile: storage.defineItem<QuarantineEntry[]>('local:quarantine.profile', {
    fallback: [],
    version: 1,
    migrations: {},
  }),
  programs: storage.defineItem<QuarantineEntry[]>('local:quarantine.programs', {
    fallback: [],
    version: 1,
    migrations: {},
  }),
  ledger: storage.defineItem<QuarantineEntry[]>('local:quarantine.ledger', {
    fallback: [],
    version: 1,
    migrations: {},
  }),
  settings: storage.defineItem<QuarantineEntry[]>('local:quarantine.settings', {
    fallback: [],
    version: 1,
    migrations: {},
  }),
} as const;

/** The list kept by earlier versions, still read (and cleared) so nothing set aside is ever lost. */
export const quarantineItem = storage.defineItem<QuarantineEntry[]>('local:quarantine', {
  fallback: [],
  version: 1,
  migrations: {},
});

const ITEMS = {
  profile: profileItem,
  programs: programsItem,
  ledger: ledgerItem,
  settings: settingsItem,
} as const;

/** The items hold different types; writing one chosen by name needs this one loosened signature. */
function writeItem(name: keyof Records, value: unknown): Promise<void> {
  return (ITEMS[name] as WxtStorageItem<unknown, Record<string, never>>).setValue(value);
}

export interface LoadResult {
  records: Records;
  /** Values moved to quarantine by this load; empty when everything was valid. */
  quarantined: QuarantineEntry[];
}

/** Reads every record, quarantining what fails its schema (see the file comment). */
export async function loadRecords(now: () => Date = () => new Date()): Promise<LoadResult> {
  const records = emptyRecords();
  const quarantined: QuarantineEntry[] = [];
  for (const name of RECORD_KEYS) {
    const item = ITEMS[name];
    const raw: unknown = await item.getValue();
    const parsed = v.safeParse(RecordSchemas[name], raw);
    if (parsed.success) {
      (records as unknown as Record<string, unknown>)[name] = parsed.output;
      continue;
    }
    quarantined.push({
      key: item.key,
      value: raw,
      problems: describeIssues(parsed.issues, name),
      at: now().toISOString(),
    });
    // Reset to a fresh empty value (never the item's shared fallback object).
    await writeItem(name, emptyRecords()[name]);
  }
  for (const q of quarantined) {
    const name = q.key.replace(/^local:/, '') as keyof typeof quarantineItems;
    const item = quarantineItems[name];
    const prev: unknown = await item.getValue();
    await item.setValue([...(Array.isArray(prev) ? (prev as QuarantineEntry[]) : []), q]);
  }
  return { records, quarantined };
}

/** The quarantine itself is shown to the user as-is; only a non-list is discarded. */
export async function readQuarantine(): Promise<QuarantineEntry[]> {
  const lists: unknown[] = [await quarantineItem.getValue()];
  for (const item of Object.values(quarantineItems)) lists.push(await item.getValue());
  return lists
    .flatMap((q) => (Array.isArray(q) ? (q as QuarantineEntry[]) : []))
    .sort((a, b) => String(a.at).localeCompare(String(b.at)));
}

export async function clearQuarantine(): Promise<void> {
  await quarantineItem.setValue([]);
  for (const item of Object.values(quarantineItems)) await item.setValue([]);
}

export type SaveResult = { ok: true } | { ok: false; problems: string[] };

async function save<K extends keyof Records>(name: K, value: Records[K]): Promise<SaveResult> {
  const parsed = v.safeParse(RecordSchemas[name], value);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.issues, name) };
  await writeItem(name, parsed.output);
  return { ok: true };
}

export const saveProfile = (profile: Profile) => save('profile', profile);
export const savePrograms = (programs: Program[]) => save('programs', programs);
export const saveSettings = (settings: Settings) => save('settings', settings);
export const saveLedger = (ledger: LedgerEntry[]) => save('ledger', ledger);

/** Records one sent email (called when a watched compose is sent). */
export async function appendLedgerEntry(entry: LedgerEntry): Promise<SaveResult> {
  const parsed = v.safeParse(LedgerEntrySchema, entry);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.issues, 'entry') };
  const { records } = await loadRecords();
  return save('ledger', [...records.ledger, parsed.output as LedgerEntry]);
}

/** Everything, quarantine included, as the text of one JSON file. */
export async function exportAllRecords(now: () => Date = () => new Date()): Promise<string> {
  const { records } = await loadRecords(now);
  return exportRecords(records, { quarantine: await readQuarantine(), now: now() });
}

/**
 * Reads an export file and, if it is valid, replaces the sections it contains (a file holding only
 * programs leaves the ledger alone: the ledger is what stops a second letter of intent).
 */
export async function importAllRecords(text: string): Promise<ImportResult> {
  const result = importRecords(text);
  if (!result.ok) return result;
  for (const name of RECORD_KEYS) {
    const value = result.records[name];
    if (value !== undefined) await writeItem(name, value);
  }
  return result;
}
