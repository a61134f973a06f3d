/**
 * The applicant's records as the content script sees them: loaded through src/records (schemas, migrations,
 * quarantine of corrupted values), kept fresh by storage change events, and turned into analyzer context.
 * Empty at first is normal: every rule that needs a record stays silent without it.
 */
import { browser } from 'wxt/browser';
import { programForAddress } from '../analyzer/context';
import type { Context, Report } from '../analyzer/types';
import type { ComposeSnapshot } from '../providers/types';
import { emptyRecords, type LedgerEntry, type Records, toAnalyzerContext } from '../records';
import { appendLedgerEntry, loadRecords, saveSettings } from '../records/storage';
import { localToday } from './today';

export interface RecordsSource {
  /** Context from records only; the session adds what the compose knows. */
  context(): Context;
  records(): Records;
  /** A line for the panel when stored data had to be set aside, else null. */
  notice(): string | null;
  /** Turns a check off (or back on, for Undo) in every email. */
  setRuleOff(ruleId: string, off: boolean): void;
  /** Switches MatchMail off (or back on) for the email these keys name; kept across reloads. */
  setEmailOff(keys: readonly string[], storeKey: string, off: boolean): void;
  /** True once the stored records have been read (until then nothing is shown: the switches are unknown). */
  loaded(): boolean;
  recordSent(snapshot: ComposeSnapshot, report: Report, overrideReason?: string): void;
  close(): void;
}

const KEYS = new Set(['profile', 'programs', 'ledger', 'settings']);

export function createRecordsSource(onChange: () => void): RecordsSource {
  let records: Records = emptyRecords();
  let notice: string | null = null;
  let closed = false;
  let loaded = false;

  const reload = () =>
    loadRecords()
      .then(({ records: r, quarantined }) => {
        if (closed) return;
        records = r;
        loaded = true;
        if (quarantined.length) {
          notice = `Some saved MatchMail data could not be read and was set aside (${quarantined
            .map((q) => q.key.replace(/^local:/, ''))
            .join(', ')}). You can export it from the options page.`;
        }
        onChange();
      })
      .catch(() => undefined);
  void reload();

  /** Applied here at once (this tab), then stored (every other tab and the options page follow). */
  const writeSettings = (settings: Records['settings']) => {
    records = { ...records, settings };
    onChange();
    void saveSettings(settings).catch(() => undefined);
  };

  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && !closed && Object.keys(changes).some((k) => KEYS.has(k))) void reload();
  };
  browser.storage.onChanged.addListener(listener);

  return {
    context: () => toAnalyzerContext(records, {}),
    records: () => records,
    notice: () => notice,
    loaded: () => loaded,
    setRuleOff(ruleId, off) {
      const rest = records.settings.disabledRules.filter((id) => id !== ruleId);
      writeSettings({ ...records.settings, disabledRules: off ? [...rest, ruleId] : rest });
    },
    setEmailOff(keys, storeKey, off) {
      const rest = records.settings.disabledEmails.filter((k) => !keys.includes(k));
      writeSettings({ ...records.settings, disabledEmails: off ? [...rest, storeKey] : rest });
    },
    recordSent(snapshot, report, overrideReason) {
      // The ledger is the applicant's memory of what went to which program: it is what stops a second
      // letter of intent. Only emails to a known program are recorded.
      const programs = toAnalyzerContext(records, {}).programs ?? [];
      const program = snapshot.to.map((a) => programForAddress(a, programs)).find(Boolean);
      if (!program) return;
      const entry: LedgerEntry = {
        program: program.name,
        kind: report.kind,
        date: localToday(),
        ...(snapshot.subject ? { subject: snapshot.subject } : {}),
        ...(overrideReason ? { overrideReason } : {}),
      } as LedgerEntry;
      void appendLedgerEntry(entry).catch(() => undefined);
    },
    close() {
      closed = true;
      browser.storage.onChanged.removeListener(listener);
    },
  };
}
