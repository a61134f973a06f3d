/**
 * What to set aside when a stored record cannot be read, as pure functions (storage.ts does the writing).
 *
 * A list (programs, ledger) is checked entry by entry: the valid entries stay in use and only the unreadable
 * ones are set aside. One bad ledger entry must not switch off the second-letter-of-intent guard by taking
 * the good entries with it (B5). A profile or settings value is one object and is set aside whole.
 */
import * as v from 'valibot';
import { describeIssues } from './issues';
import { LedgerEntrySchema, ProgramSchema, RecordSchemas, type Records } from './schemas';

export interface QuarantineEntry {
  /** The storage key the value was taken from, e.g. "local:programs". */
  key: string;
  /** The stored value exactly as it was found (for a list, the one unreadable entry). */
  value: unknown;
  /** What was wrong with it, one line per problem, naming the field. */
  problems: string[];
  /** When it was set aside, ISO 8601. */
  at: string;
  /** For an entry of a list: its position in the list when it was set aside. */
  index?: number;
}

/** A quarantine entry read back from a file or from storage: anything else is kept whole, as its value. */
export const QuarantineEntrySchema = v.looseObject({
  key: v.string(),
  value: v.unknown(),
  problems: v.array(v.string()),
  at: v.string(),
  index: v.optional(v.number()),
});

const ENTRY_SCHEMAS = { programs: ProgramSchema, ledger: LedgerEntrySchema } as const;

export interface Checked<K extends keyof Records> {
  /** What stays in use: the whole value, the valid entries of a list, or a fresh empty value. */
  value: Records[K];
  /** What must be set aside before `value` is written back; empty when everything was readable. */
  setAside: QuarantineEntry[];
}

/** Splits a stored value into what can be used and what must be set aside. */
export function checkStored<K extends keyof Records>(
  name: K,
  raw: unknown,
  empty: Records[K],
  at: string,
): Checked<K> {
  const key = `local:${name}`;
  const parsed = v.safeParse(RecordSchemas[name], raw);
  if (parsed.success) return { value: parsed.output as Records[K], setAside: [] };
  if ((name === 'programs' || name === 'ledger') && Array.isArray(raw)) {
    const schema = ENTRY_SCHEMAS[name as keyof typeof ENTRY_SCHEMAS];
    const kept: unknown[] = [];
    const setAside: QuarantineEntry[] = [];
    raw.forEach((entry, index) => {
      const one = v.safeParse(schema, entry);
      if (one.success) kept.push(one.output);
      else
        setAside.push({
          key,
          value: entry,
          problems: describeIssues(one.issues, `${name}[${index}]`),
          at,
          index,
        });
    });
    return { value: kept as Records[K], setAside };
  }
  return { value: empty, setAside: [{ key, value: raw, problems: describeIssues(parsed.issues, name), at }] };
}

const fingerprint = (q: Pick<QuarantineEntry, 'key' | 'value'>) => `${q.key}\u0000${JSON.stringify(q.value)}`;

/**
 * `existing` plus those of `added` it does not already hold (same key, same value): two contexts finding
 * the same unreadable value set it aside once, not twice (B18c).
 */
export function mergeQuarantine(existing: readonly QuarantineEntry[], added: readonly QuarantineEntry[]) {
  const seen = new Set(existing.map(fingerprint));
  const out = [...existing];
  for (const q of added) {
    const f = fingerprint(q);
    if (seen.has(f)) continue;
    seen.add(f);
    out.push(q);
  }
  return out;
}

/** A stored quarantine list, whatever shape it was found in: nothing in it is ever dropped. */
export function asQuarantineList(raw: unknown, key: string, at: string): QuarantineEntry[] {
  if (raw === undefined || raw === null) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((q) =>
    v.is(QuarantineEntrySchema, q)
      ? (q as QuarantineEntry)
      : { key, value: q, problems: ['not a quarantine entry'], at },
  );
}
