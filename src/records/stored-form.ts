/**
 * The form a record takes in `storage.local`. The program list is kept as one JSON string: Chrome converts a
 * stored value object by object on every write, read and change event (in the writer, in the browser, and in
 * every page and mail tab listening for changes), so 10,000 programs as objects took 1–3 s to store, against
 * a few hundred milliseconds as one string (B11, docs/performance.md). The other records are small and stay
 * objects. The schema (what a program is, `programs$` version 2) is unchanged; only its packing is.
 *
 * Reading accepts both forms, so a list stored by an earlier version (an array) is read as it was, and is
 * packed the next time it is written. A string that is not JSON is returned as it is: the schema check then
 * sets it aside whole, so nothing is lost (an earlier version finding the string does the same).
 * Pure functions: storage.ts does the reading and writing.
 */
import type { Records } from './schemas';

/** Records kept as one JSON string rather than as a tree of objects. */
const PACKED: ReadonlySet<keyof Records> = new Set(['programs']);

/** The value to store for a record. */
export function packRecord(name: keyof Records, value: unknown): unknown {
  return PACKED.has(name) ? JSON.stringify(value) : value;
}

/** The record as its schema expects it, from the value found in storage (either form). */
export function unpackRecord(name: keyof Records, stored: unknown): unknown {
  if (!PACKED.has(name) || typeof stored !== 'string') return stored;
  try {
    return JSON.parse(stored);
  } catch {
    return stored;
  }
}
