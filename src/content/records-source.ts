/**
 * The applicant's records as the content script sees them: loaded once from extension storage, kept fresh by
 * storage change events, and turned into analyzer context. Empty at first is normal: every rule that needs
 * a record stays silent without it.
 */
import { browser } from 'wxt/browser';
import type { Context, LedgerEntry, Profile, ProgramInfo, Report } from '../analyzer/types';
import type { ComposeSnapshot } from '../providers/types';

export interface RecordsSource {
  context(): Context;
  disableRule(ruleId: string): void;
  recordSent(snapshot: ComposeSnapshot, report: Report): void;
  close(): void;
}

interface Settings {
  disabledRules?: string[];
}

const KEYS = ['profile', 'programs', 'ledger', 'settings'] as const;

export function createRecordsSource(onChange: () => void): RecordsSource {
  let profile: Profile | undefined;
  let programs: ProgramInfo[] = [];
  let ledger: LedgerEntry[] = [];
  let settings: Settings = {};
  let closed = false;

  const apply = (data: Record<string, unknown>) => {
    if ('profile' in data) profile = (data.profile as Profile | undefined) ?? undefined;
    if ('programs' in data) programs = Array.isArray(data.programs) ? (data.programs as ProgramInfo[]) : [];
    if ('ledger' in data) ledger = Array.isArray(data.ledger) ? (data.ledger as LedgerEntry[]) : [];
    if ('settings' in data) settings = (data.settings as Settings | undefined) ?? {};
  };

  const storage = browser.storage.local;
  storage
    .get([...KEYS])
    .then((data: Record<string, unknown>) => {
      if (closed) return;
      apply(data);
      onChange();
    })
    .catch(() => undefined);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || closed) return;
    const patch: Record<string, unknown> = {};
    for (const k of KEYS) if (k in changes) patch[k] = changes[k]?.newValue;
    if (Object.keys(patch).length) {
      apply(patch);
      onChange();
    }
  };
  browser.storage?.onChanged.addListener(listener);

  return {
    context: () => ({ profile, programs, ledger, disabledRules: settings.disabledRules }),
    disableRule(ruleId) {
      const disabledRules = [...new Set([...(settings.disabledRules ?? []), ruleId])];
      settings = { ...settings, disabledRules };
      onChange();
      void storage.set({ settings }).catch(() => undefined);
    },
    recordSent(_snapshot, report) {
      if (report.kind !== 'letter-of-intent') return;
      // The ledger is the applicant's memory of letters of intent; see src/records for the full record.
      void _snapshot;
    },
    close() {
      closed = true;
      browser.storage?.onChanged.removeListener(listener);
    },
  };
}
