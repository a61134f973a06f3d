/**
 * Mail tabs do not write the records themselves: they ask the service worker, the one writer every tab
 * shares, so two tabs sending at the same moment cannot lose each other's ledger entry (B15). The answer
 * says whether the write was stored, so a failure reaches the panel instead of vanishing (B14).
 *
 * Web pages cannot send these messages (the extension has no `externally_connectable`); the content script
 * sends them only for what the user did (a trusted Send, a trusted "Turn off this check").
 */
import type { LedgerEntry } from './schemas';
import { appendLedgerEntry, disableRule, type SaveResult } from './storage';

export const RECORDS_WRITE = 'matchmail:records-write';

export type RecordsWriteOp =
  | { op: 'append-ledger'; entry: LedgerEntry }
  | { op: 'disable-rule'; ruleId: string };

export type RecordsWrite = RecordsWriteOp & { type: typeof RECORDS_WRITE };

/** The service worker's side: the write's result, or undefined when the message is not one of ours. */
export function handleRecordsWrite(message: unknown): Promise<SaveResult> | undefined {
  const m = message as { type?: unknown; op?: unknown; entry?: LedgerEntry; ruleId?: unknown } | null;
  if (m?.type !== RECORDS_WRITE) return undefined;
  if (m.op === 'append-ledger' && m.entry) return appendLedgerEntry(m.entry);
  if (m.op === 'disable-rule' && typeof m.ruleId === 'string') return disableRule(m.ruleId);
  return Promise.resolve({ ok: false, problems: ['unknown records write'] });
}
