/**
 * The records in the extension's local storage, declared once as versioned WXT storage items. Only the
 * extension imports this file (it needs `browser`); the CLI and the pure core use the other records modules.
 *
 * Nothing stored is ever lost:
 * - every read is checked against the schema; what fails (a bug, a hand edit) is set aside in
 *   `local:quarantine.<record>`, entry by entry for a list, and the copy is stored in the same
 *   `storage.local.set` as the cleaned value, so a full storage leaves the value where it was (B4, B5);
 * - data written by a newer version is used as far as it reads, and a copy is set aside (B16);
 * - every read-modify-write runs under one lock (lock.ts), so concurrent writers cannot lose a change (B15);
 * - a save can name the value it was based on and is refused if storage changed since (B10);
 * - an import is checked against the quota and written in one call: all of it or nothing (B8);
 * - a failed write is returned to the caller, never swallowed (B14).
 *
 * The program list is stored packed, gzipped JSON text in one string (stored-form.ts): as 10,000 objects Chrome
 * took seconds to store it and to hand it to every listening page and mail tab (B11). Every form is read.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { exportRecords, type ImportResult, importRecords } from './export-file';
import { describeIssues } from './issues';
import { withRecordsLock } from './lock';
import { programsV1toV2 } from './migrations';
import {
  asQuarantineList,
  type Checked,
  checkStored,
  mergeQuarantine,
  type QuarantineEntry,
} from './quarantine';
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
import { isPacked, packRecord, storedText, unpackRecord } from './stored-form';

export type { QuarantineEntry } from './quarantine';

/*
 * `migrations: {}` on items that have none yet is deliberate: only items with migrations record their
 * version on first write, and a recorded version is what lets a later release migrate them.
 */
export const profileItem = storage.defineItem<Profile>('local:profile', {
  fallback: {},
  version: 1,
  migrations: {},
});

/** Stored packed (one string, see stored-form.ts); an array when an earlier version wrote it. */
export const programsItem = storage.defineItem<Program[] | string>('local:programs', {
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

/** The schema version each record is written at (the items' `version` above). */
const VERSIONS: Record<keyof Records, number> = { profile: 1, programs: 2, ledger: 1, settings: 1 };

/** The list kept by earlier versions; it also receives the quarantine an imported file carries. */
const SHARED_QUARANTINE_KEY = 'quarantine';
const quarantineKey = (name: keyof Records) => `quarantine.${name}`;

const local = () => browser.storage.local;
const failure = (err: unknown) => `storage failed (${err instanceof Error ? err.message : String(err)})`;

export interface LoadResult {
  records: Records;
  /** Values set aside by this load (or, without repair, that would be); empty when all was readable. */
  quarantined: QuarantineEntry[];
  /** Setting them aside failed (storage full): the stored values were left exactly as they were. */
  writeError?: string;
}

export interface LoadOptions {
  /**
   * Write the set-aside copies and the cleaned values (default). Mail tabs load with `repair: false`: they
   * use the readable part and leave the writing to the extension's own pages (one writer, see lock.ts).
   */
  repair?: boolean;
}

/** Reads every record, setting aside what fails its schema (see the file comment). */
export function loadRecords(now: () => Date = () => new Date(), opts: LoadOptions = {}): Promise<LoadResult> {
  if (opts.repair === false) return loadUnlocked(now, false);
  return withRecordsLock(() => loadUnlocked(now, true));
}

async function storedVersion(name: keyof Records): Promise<number> {
  const meta = (await ITEMS[name].getMeta()) as { v?: unknown } | null;
  return typeof meta?.v === 'number' ? meta.v : 1;
}

async function loadUnlocked(now: () => Date, repair: boolean): Promise<LoadResult> {
  const records = emptyRecords();
  const quarantined: QuarantineEntry[] = [];
  const at = now().toISOString();
  const writes: Record<string, unknown> = {};
  for (const name of RECORD_KEYS) {
    const stored: unknown = await ITEMS[name].getValue();
    const known = knownPacked.get(name);
    const same = known !== undefined && known.stored === stored;
    const raw: unknown = same ? known.value : await unpackRecord(name, stored);
    const checked: Checked<typeof name> = same
      ? { value: known.value as never, setAside: [] }
      : checkStored(name, raw, emptyRecords()[name], at);
    if (!same && typeof stored === 'string' && isPacked(name) && !checked.setAside.length) {
      knownPacked.set(name, { stored, value: checked.value });
    }
    (records as unknown as Record<string, unknown>)[name] = checked.value;
    const setAside = [...checked.setAside];
    const version = await storedVersion(name);
    if (version > VERSIONS[name] && raw != null) {
      // A newer MatchMail wrote this: use what reads, and keep an untouched copy should the fields we do not
      // understand mean something we would otherwise change on the next edit.
      setAside.push({
        key: `local:${name}`,
        value: raw,
        problems: [
          `${name}: saved by a newer MatchMail (version ${version}); this one reads up to version ${VERSIONS[name]}, so a copy is kept as it was`,
        ],
        at,
      });
    }
    if (!setAside.length) continue;
    const existing = asQuarantineList(
      await local()
        .get(quarantineKey(name))
        .then((r) => r[quarantineKey(name)]),
      `local:${name}`,
      at,
    );
    const merged = mergeQuarantine(existing, setAside);
    const fresh = merged.slice(existing.length);
    quarantined.push(...fresh);
    if (fresh.length) writes[quarantineKey(name)] = merged;
    if (checked.setAside.length) writes[name] = await pack(name, checked.value);
  }
  if (!repair || Object.keys(writes).length === 0) return { records, quarantined };
  try {
    // One call: the set-aside copies and the cleaned values are stored together or not at all.
    await local().set(writes);
    return { records, quarantined };
  } catch (err) {
    return { records, quarantined, writeError: failure(err) };
  }
}

/** One key's change as `storage.onChanged` reports it. */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * The records after a storage change, from the values the change event already carries, so a page need not
 * read a large list back (B11: reading 10,000 programs again took longer than writing them). Null when only a
 * full load can tell: a record removed, a value that fails its schema (the load sets it aside), data from a
 * newer version, or a change to what is set aside.
 */
export async function recordsFromChanges(
  current: Records,
  changes: Record<string, StorageChange>,
): Promise<Records | null> {
  const next: Records = { ...current };
  for (const [key, change] of Object.entries(changes)) {
    if (key === SHARED_QUARANTINE_KEY || key.startsWith('quarantine.')) return null;
    const name = RECORD_KEYS.find((n) => key === n || key === `${n}$`);
    if (!name) continue;
    if (key !== name) {
      const v = (change.newValue as { v?: unknown } | undefined)?.v;
      if (typeof v === 'number' && v > VERSIONS[name]) return null;
      continue;
    }
    if (!('newValue' in change) || change.newValue == null) return null;
    // This context's own write (or a value it has read): used as checked then, not unpacked and checked again.
    const known = knownPacked.get(name);
    if (known && known.stored === change.newValue) {
      (next as unknown as Record<string, unknown>)[name] = known.value;
      continue;
    }
    const checked = checkStored(name, await unpackRecord(name, change.newValue), emptyRecords()[name], '');
    if (checked.setAside.length) return null;
    (next as unknown as Record<string, unknown>)[name] = checked.value;
  }
  return next;
}

/** The quarantine itself is shown to the user as-is; nothing in it is discarded. */
export async function readQuarantine(): Promise<QuarantineEntry[]> {
  const keys = [SHARED_QUARANTINE_KEY, ...RECORD_KEYS.map(quarantineKey)];
  const stored = await local().get(keys);
  const at = new Date(0).toISOString();
  return keys
    .flatMap((k) => asQuarantineList(stored[k], k, at))
    .sort((a, b) => String(a.at).localeCompare(String(b.at)));
}

export async function clearQuarantine(): Promise<void> {
  await withRecordsLock(async () => {
    const empty: Record<string, unknown> = { [SHARED_QUARANTINE_KEY]: [] };
    for (const name of RECORD_KEYS) empty[quarantineKey(name)] = [];
    await local().set(empty);
  });
}

export type SaveResult =
  | { ok: true }
  | {
      ok: false;
      problems: string[];
      /** Storage changed since the value the save was based on (another tab): nothing was written. */
      conflict?: true;
    };

export interface SaveOptions {
  /**
   * The value this edit started from. If storage no longer holds it (another tab saved meanwhile), nothing
   * is written and the result says so, instead of silently undoing the other change (B10).
   */
  base?: unknown;
}

/**
 * For each packed record, the string this context last wrote or read cleanly, with the checked value it
 * holds: a load or a change event finding that same string needs neither unpacking nor checking again (B11;
 * a mail tab reloads its records on every ledger or settings change). Records are never changed in place.
 */
const knownPacked = new Map<keyof Records, { stored: string; value: unknown }>();

/** The value to store for a record, remembered when packed (see knownPacked). */
async function pack(name: keyof Records, value: unknown): Promise<unknown> {
  const stored = await packRecord(name, value);
  if (typeof stored === 'string') knownPacked.set(name, { stored, value });
  return stored;
}

/** Writes `values` (record name → value) and their version markers in one call. */
async function writeRecords(values: Partial<Records>): Promise<void> {
  const writes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values) as [keyof Records, unknown][]) {
    writes[name] = await pack(name, value);
    // Keep a newer version's marker: its fields are kept too (loose schemas).
    writes[`${name}$`] = { v: Math.max(await storedVersion(name), VERSIONS[name]) };
  }
  await local().set(writes);
}

/**
 * Whether storage still holds `base`. Packed, the JSON text inside is compared with `base` as JSON: equal
 * when this page's list is the one stored, without checking 10,000 programs again; otherwise (entries set
 * aside, an array from an earlier version, fields in another order) the stored value is read and checked.
 */
async function stillHolds(name: keyof Records, base: unknown): Promise<boolean> {
  const stored: unknown = await ITEMS[name].getValue();
  const known = knownPacked.get(name);
  if (known && known.stored === stored && known.value === base) return true;
  const baseJson = JSON.stringify(base);
  if (isPacked(name) && typeof stored === 'string' && (await storedText(stored)) === baseJson) return true;
  const current = checkStored(name, await unpackRecord(name, stored), emptyRecords()[name], '').value;
  return JSON.stringify(current) === baseJson;
}

async function save<K extends keyof Records>(
  name: K,
  value: Records[K],
  opts: SaveOptions = {},
): Promise<SaveResult> {
  const parsed = v.safeParse(RecordSchemas[name], value);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.issues, name) };
  return withRecordsLock(async () => {
    if ('base' in opts) {
      if (!(await stillHolds(name, opts.base))) {
        return {
          ok: false,
          conflict: true,
          problems: [
            `${name}: changed in another MatchMail tab or window since this page read it; nothing was saved`,
          ],
        } as const;
      }
    }
    try {
      await writeRecords({ [name]: parsed.output } as Partial<Records>);
      return { ok: true } as const;
    } catch (err) {
      return { ok: false, problems: [failure(err)] } as const;
    }
  });
}

export const saveProfile = (profile: Profile, opts?: SaveOptions) => save('profile', profile, opts);
export const savePrograms = (programs: Program[], opts?: SaveOptions) => save('programs', programs, opts);
export const saveSettings = (settings: Settings, opts?: SaveOptions) => save('settings', settings, opts);
export const saveLedger = (ledger: LedgerEntry[], opts?: SaveOptions) => save('ledger', ledger, opts);

/**
 * Reads, changes and writes one record under the lock, so a change made meanwhile by another writer is
 * never overwritten. `change` returns the new value, or a SaveResult to stop without writing.
 */
async function update<K extends keyof Records>(
  name: K,
  change: (current: Records[K]) => Records[K],
): Promise<SaveResult> {
  return withRecordsLock(async () => {
    const loaded = await loadUnlocked(() => new Date(), true);
    if (loaded.writeError) return { ok: false, problems: [loaded.writeError] };
    const next = change(loaded.records[name]);
    const parsed = v.safeParse(RecordSchemas[name], next);
    if (!parsed.success) return { ok: false, problems: describeIssues(parsed.issues, name) };
    try {
      await writeRecords({ [name]: parsed.output } as Partial<Records>);
      return { ok: true };
    } catch (err) {
      return { ok: false, problems: [failure(err)] };
    }
  });
}

/** Profile fields a template form may offer to save (TP4). */
export const FILLABLE_PROFILE = ['name', 'aamcId', 'school'] as const;

/**
 * Saves what the applicant typed into a template form to their profile, only where the profile has nothing
 * yet: a value written on the options page is never replaced from a compose window. Checked like any save.
 */
export function fillProfile(
  values: Partial<Record<(typeof FILLABLE_PROFILE)[number], string>>,
): Promise<SaveResult> {
  return update('profile', (profile) => {
    const next = { ...profile } as Record<string, unknown>;
    for (const k of FILLABLE_PROFILE) {
      const v = values[k]?.trim();
      if (v && !(typeof next[k] === 'string' && (next[k] as string).trim())) next[k] = v;
    }
    return next as typeof profile;
  });
}

/** Records one sent email (called when a watched compose is sent). */
export async function appendLedgerEntry(entry: LedgerEntry): Promise<SaveResult> {
  const parsed = v.safeParse(LedgerEntrySchema, entry);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.issues, 'entry') };
  return update('ledger', (ledger) => [...ledger, parsed.output as LedgerEntry]);
}

/** "Turn off this check" (off) or its Undo: one rule id in or out of the stored settings. */
export function setRuleOff(ruleId: string, off: boolean): Promise<SaveResult> {
  return update('settings', (settings) => {
    const rest = settings.disabledRules.filter((id) => id !== ruleId);
    return { ...settings, disabledRules: off ? [...rest, ruleId] : rest };
  });
}

/** "Turn off this check": adds one rule id to the stored settings. */
export const disableRule = (ruleId: string) => setRuleOff(ruleId, true);

/**
 * The per-email switch: every key naming this email (`keys`, see src/content/switches.ts) leaves the stored
 * list, and `storeKey` goes in when it is switched off.
 */
export function setEmailOff(keys: readonly string[], storeKey: string, off: boolean): Promise<SaveResult> {
  return update('settings', (settings) => {
    const rest = settings.disabledEmails.filter((k) => !keys.includes(k));
    return { ...settings, disabledEmails: off ? [...rest, storeKey] : rest };
  });
}

/** Where the applicant dragged the open panel (`panelPosition`, viewport pixels), or null for beside the draft. */
export async function setPanelPosition(pos: { left: number; top: number } | null): Promise<SaveResult> {
  try {
    if (pos) await local().set({ panelPosition: { left: Math.round(pos.left), top: Math.round(pos.top) } });
    else await local().remove('panelPosition');
    return { ok: true };
  } catch (err) {
    return { ok: false, problems: [failure(err)] };
  }
}

/** Whether the applicant keeps the panel open (`panelOpen`, read by src/content/panel-memory.ts). */
export async function setPanelOpen(open: boolean): Promise<SaveResult> {
  try {
    await local().set({ panelOpen: open });
    return { ok: true };
  } catch (err) {
    return { ok: false, problems: [failure(err)] };
  }
}

/** The master switch (popup, options page): MatchMail on or off in every email. */
export function setCheckingOn(on: boolean): Promise<SaveResult> {
  return update('settings', (settings) => ({ ...settings, enabled: on }));
}

/** Everything, quarantine included, as the text of one JSON file. */
export async function exportAllRecords(now: () => Date = () => new Date()): Promise<string> {
  const { records } = await loadRecords(now);
  return exportRecords(records, { quarantine: await readQuarantine(), now: now() });
}

/** Bytes a stored key takes against the quota, counted as Chrome counts them: key plus JSON value. */
function storedBytes(key: string, value: unknown): number {
  if (value === undefined) return 0;
  return new TextEncoder().encode(key).length + new TextEncoder().encode(JSON.stringify(value)).length;
}

const megabytes = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

/**
 * Reads an export file and, if it is valid, replaces the sections it contains (a file holding only
 * programs leaves the ledger alone: the ledger is what stops a second letter of intent). The file's
 * quarantine, and sections this version does not know, are added to what is set aside. Everything is
 * written in one `storage.local.set`, after checking it fits the storage quota: all of it or nothing.
 */
export async function importAllRecords(
  text: string,
  now: () => Date = () => new Date(),
): Promise<ImportResult> {
  const result = importRecords(text, now());
  if (!result.ok) return result;
  return withRecordsLock(async () => {
    const writes: Record<string, unknown> = {};
    for (const name of RECORD_KEYS) {
      const value = result.records[name];
      if (value === undefined) continue;
      writes[name] = await pack(name, value);
      writes[`${name}$`] = { v: VERSIONS[name] };
    }
    if (result.quarantine.length) {
      const stored = await local().get(SHARED_QUARANTINE_KEY);
      const existing = asQuarantineList(
        stored[SHARED_QUARANTINE_KEY],
        SHARED_QUARANTINE_KEY,
        now().toISOString(),
      );
      writes[SHARED_QUARANTINE_KEY] = mergeQuarantine(existing, result.quarantine);
    }
    const quota = (local() as { QUOTA_BYTES?: number }).QUOTA_BYTES;
    if (typeof quota === 'number') {
      const all = { ...(await local().get(null)), ...writes };
      const total = Object.entries(all).reduce((n, [k, val]) => n + storedBytes(k, val), 0);
      if (total > quota) {
        return {
          ok: false,
          errors: [
            `nothing was imported: with what is already stored, the file needs ${megabytes(total)} of browser storage and MatchMail has ${megabytes(quota)}`,
          ],
        };
      }
    }
    try {
      await local().set(writes);
    } catch (err) {
      return { ok: false, errors: [`nothing was imported: ${failure(err)}`] };
    }
    return result;
  });
}
