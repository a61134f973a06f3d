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
import { loadRecords, readQuarantine, type SaveResult } from '../records/storage';
import { RECORDS_WRITE, type RecordsWriteOp } from '../records/writer';
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

/**
 * Asks the service worker to write (mail tabs never write storage themselves); a failure to reach it is a
 * failed write like any other.
 */
export async function write(message: RecordsWriteOp): Promise<SaveResult> {
  try {
    const result = (await browser.runtime.sendMessage({ type: RECORDS_WRITE, ...message })) as
      | SaveResult
      | undefined;
    return result ?? { ok: false, problems: ["no answer from MatchMail's background"] };
  } catch (err) {
    return {
      ok: false,
      problems: [`MatchMail's background could not be reached (${(err as Error).message})`],
    };
  }
}

export function createRecordsSource(onChange: () => void): RecordsSource {
  let records: Records = emptyRecords();
  let setAside: string | null = null;
  let writeFailed: string | null = null;
  let switchFailed: string | null = null;
  let closed = false;
  let loaded = false;

  // A mail tab reads without repairing (the options page and the service worker write): it uses the readable
  // entries, and says at once that something was or must be set aside (B5).
  const reload = () =>
    Promise.all([loadRecords(undefined, { repair: false }), readQuarantine()])
      .then(([{ records: r, quarantined }, stored]) => {
        if (closed) return;
        records = r;
        loaded = true;
        const names = [
          ...new Set([...quarantined, ...stored].map((q) => q.key.replace(/^(local|file):/, ''))),
        ];
        setAside = names.length
          ? `Some saved MatchMail data could not be read and is set aside (${names.join(', ')}); the rest is in use. See the options page to export or clear it.`
          : null;
        onChange();
      })
      .catch(() => undefined);
  void reload();

  /**
   * A switch is applied here at once (this tab), then stored by the service worker, the one writer for mail
   * tabs (every other tab and the options page follow). A failed write is said in the panel, not lost.
   */
  const writeSettings = (settings: Records['settings'], op: RecordsWriteOp, what: string) => {
    records = { ...records, settings };
    onChange();
    void write(op).then((r) => {
      if (closed) return;
      const was = switchFailed;
      switchFailed = r.ok
        ? null
        : `MatchMail could not save ${what} (${r.problems.join('; ')}); it holds in this tab only.`;
      if (switchFailed !== was) onChange();
    });
  };

  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && !closed && Object.keys(changes).some((k) => KEYS.has(k))) void reload();
  };
  browser.storage.onChanged.addListener(listener);

  return {
    context: () => toAnalyzerContext(records, {}),
    records: () => records,
    notice: () => [writeFailed, switchFailed, setAside].filter(Boolean).join(' ') || null,
    loaded: () => loaded,
    setRuleOff(ruleId, off) {
      const rest = records.settings.disabledRules.filter((id) => id !== ruleId);
      writeSettings(
        { ...records.settings, disabledRules: off ? [...rest, ruleId] : rest },
        { op: 'set-rule-off', ruleId, off },
        off ? '"Turn off this check"' : 'turning the check back on',
      );
    },
    setEmailOff(keys, storeKey, off) {
      const rest = records.settings.disabledEmails.filter((k) => !keys.includes(k));
      writeSettings(
        { ...records.settings, disabledEmails: off ? [...rest, storeKey] : rest },
        { op: 'set-email-off', keys: [...keys], storeKey, off },
        off ? 'switching MatchMail off for this email' : 'switching MatchMail back on for this email',
      );
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
      void write({ op: 'append-ledger', entry }).then((r) => {
        if (closed) return;
        // B14: the email went, but the ledger (what stops a second letter of intent) does not know it.
        writeFailed = r.ok
          ? null
          : `Your email to ${program.name} was sent, but MatchMail could not record it in your ledger (${r.problems.join('; ')}). Add it on the options page (Sent emails) so the letter-of-intent check knows about it.`;
        if (!r.ok) onChange();
      });
    },
    close() {
      closed = true;
      browser.storage.onChanged.removeListener(listener);
    },
  };
}
