/**
 * Mail tabs do not write the records themselves: they ask the service worker, the one writer every tab
 * shares, so two tabs sending at the same moment cannot lose each other's ledger entry (B15). The answer
 * says whether the write was stored, so a failure reaches the panel instead of vanishing (B14).
 *
 * Web pages cannot send these messages (the extension has no `externally_connectable`); the content script
 * sends them only for what the user did (a trusted Send; a trusted "Turn off this check", its Undo, or the
 * per-email switch in the panel or the card at a mark).
 */
import type { LedgerEntry } from './schemas';
import {
  appendLedgerEntry,
  FILLABLE_PROFILE,
  fillProfile,
  type SaveResult,
  setEmailOff,
  setPanelOpen,
  setPanelPosition,
  setRuleOff,
} from './storage';

export const RECORDS_WRITE = 'matchmail:records-write';

export type RecordsWriteOp =
  | { op: 'append-ledger'; entry: LedgerEntry }
  | { op: 'set-rule-off'; ruleId: string; off: boolean }
  | { op: 'set-email-off'; keys: string[]; storeKey: string; off: boolean }
  /** What the applicant typed into a template form, saved where their profile is empty (TP4). */
  | { op: 'fill-profile'; values: Partial<Record<(typeof FILLABLE_PROFILE)[number], string>> }
  /** Not a record: whether the applicant keeps the panel open (src/content/panel-memory.ts). */
  | { op: 'panel-open'; open: boolean }
  /** Not a record: where the applicant dragged the panel (L2), or null to put it back beside the draft. */
  | { op: 'panel-position'; position: { left: number; top: number } | null };

export type RecordsWrite = RecordsWriteOp & { type: typeof RECORDS_WRITE };

/** The service worker's side: the write's result, or undefined when the message is not one of ours. */
export function handleRecordsWrite(message: unknown): Promise<SaveResult> | undefined {
  const m = message as {
    type?: unknown;
    op?: unknown;
    entry?: LedgerEntry;
    ruleId?: unknown;
    off?: unknown;
    keys?: unknown;
    storeKey?: unknown;
    open?: unknown;
    position?: { left?: unknown; top?: unknown } | null;
    values?: unknown;
  } | null;
  if (m?.type !== RECORDS_WRITE) return undefined;
  if (m.op === 'append-ledger' && m.entry) return appendLedgerEntry(m.entry);
  if (m.op === 'set-rule-off' && typeof m.ruleId === 'string' && typeof m.off === 'boolean') {
    return setRuleOff(m.ruleId, m.off);
  }
  if (
    m.op === 'set-email-off' &&
    Array.isArray(m.keys) &&
    m.keys.every((k) => typeof k === 'string') &&
    typeof m.storeKey === 'string' &&
    typeof m.off === 'boolean'
  ) {
    return setEmailOff(m.keys as string[], m.storeKey, m.off);
  }
  if (m.op === 'panel-open' && typeof m.open === 'boolean') return setPanelOpen(m.open);
  if (m.op === 'fill-profile' && typeof m.values === 'object' && m.values !== null) {
    const values = m.values as Record<string, unknown>;
    const keys = Object.keys(values);
    if (
      keys.length > 0 &&
      keys.every((k) => (FILLABLE_PROFILE as readonly string[]).includes(k) && typeof values[k] === 'string')
    )
      return fillProfile(values as Record<string, string>);
  }
  if (m.op === 'panel-position') {
    const p = m.position;
    if (p === null) return setPanelPosition(null);
    if (p && Number.isFinite(p.left) && Number.isFinite(p.top))
      return setPanelPosition({ left: p.left as number, top: p.top as number });
  }
  return Promise.resolve({ ok: false, problems: ['unknown records write'] });
}
