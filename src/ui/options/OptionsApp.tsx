/**
 * The options page: every record the applicant keeps in MatchMail, editable. Records are read through
 * loadRecords (schemas, migrations, quarantine) and read again whenever storage changes, so a ledger entry
 * recorded by a mail tab while this page is open shows up here. Writes go through the records' save
 * functions, which check the schema again; nothing invalid is ever written.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Records } from '../../records';
import {
  loadRecords,
  type QuarantineEntry,
  readQuarantine,
  recordsFromChanges,
  type StorageChange,
} from '../../records/storage';
import { DataSection } from './DataSection';
import { yieldToPage } from './files';
import { LedgerSection } from './LedgerSection';
import { ProfileSection } from './ProfileSection';
import { ProgramsSection } from './ProgramsSection';
import { QuarantineNotice } from './QuarantineNotice';
import { SettingsSection } from './SettingsSection';
import { StartHere } from './StartHere';

const WATCHED = new Set(['profile', 'programs', 'ledger', 'settings', 'quarantine']);

interface Loaded {
  records: Records;
  quarantine: QuarantineEntry[];
}

export function OptionsApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; n: number }>({ text: '', n: 0 });
  const dirty = useRef(new Set<string>());
  const reading = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  // What was last given to setLoaded, so two change events before one render build on each other.
  const current = useRef<Loaded | null>(null);
  const show = useCallback((next: Loaded) => {
    current.current = next;
    setLoaded(next);
  }, []);

  const refresh = useCallback(async (): Promise<void> => {
    // One read at a time; a change during a read triggers one more read after it.
    if (reading.current) {
      again.current = true;
      return reading.current;
    }
    const run = async () => {
      do {
        again.current = false;
        try {
          const { records } = await loadRecords();
          const quarantine = await readQuarantine();
          show({ records, quarantine });
          setLoadError(null);
        } catch (err) {
          setLoadError(`MatchMail could not read its stored records (${(err as Error).message}).`);
        }
      } while (again.current);
    };
    reading.current = run().finally(() => {
      reading.current = null;
    });
    return reading.current;
  }, [show]);

  useEffect(() => {
    void refresh();
    // Changes are applied one at a time, in order, each to the records the one before it left.
    let changesDone: Promise<void> = Promise.resolve();
    const onChanged = (changes: Record<string, StorageChange>, area: string) => {
      if (area !== 'local' || !Object.keys(changes).some((k) => WATCHED.has(k))) return;
      // The event carries the new values: use them rather than reading a large list back (B11), unless a
      // read is under way (it reads once more) or only a full load can tell (see recordsFromChanges).
      // In a task of its own, so the page can paint between receiving the change and applying it.
      changesDone = changesDone.then(async () => {
        await yieldToPage();
        const now = current.current;
        const next = now && !reading.current ? await recordsFromChanges(now.records, changes) : null;
        if (now && next && current.current === now && !reading.current) {
          show({ records: next, quarantine: now.quarantine });
        } else void refresh();
      });
    };
    browser.storage.onChanged.addListener(onChanged);
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current.size === 0) return;
      e.preventDefault();
      e.returnValue = '';
    };
    addEventListener('beforeunload', beforeUnload);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      removeEventListener('beforeunload', beforeUnload);
    };
  }, [refresh]);

  // The message stays long enough to read, then goes (screen readers have already read it).
  useEffect(() => {
    if (!status.text) return;
    const t = setTimeout(() => setStatus((s) => (s.n === status.n ? { ...s, text: '' } : s)), 8000);
    return () => clearTimeout(t);
  }, [status]);

  const announce = useCallback((text: string) => setStatus((s) => ({ text, n: s.n + 1 })), []);
  const setDirty = useCallback((section: string, isDirty: boolean) => {
    if (isDirty) dirty.current.add(section);
    else dirty.current.delete(section);
  }, []);

  const props = loaded ? { records: loaded.records, announce, refresh, setDirty } : null;

  return (
    <div class="mm-page">
      <header class="mm-page-header">
        <p class="mm-brand">
          <span class="mm-logo" aria-hidden="true">
            M
          </span>
          MatchMail
        </p>
        <h1 id="page-title" tabIndex={-1}>
          Your records and settings
        </h1>
        <p class="mm-lead">
          Everything here stays in this browser: MatchMail has no account and no server, and sends nothing
          anywhere.
        </p>
        <nav aria-label="Sections of this page">
          <ul class="mm-nav">
            <li>
              <a href="#profile">Profile</a>
            </li>
            <li>
              <a href="#programs">Programs</a>
            </li>
            <li>
              <a href="#ledger">Sent emails</a>
            </li>
            <li>
              <a href="#settings">Settings</a>
            </li>
            <li>
              <a href="#data">Import and export</a>
            </li>
          </ul>
        </nav>
      </header>
      <div class="mm-status" role="status" aria-live="polite" aria-atomic="true" data-status>
        {status.text ? <p key={status.n}>{status.text}</p> : null}
      </div>
      <main>
        {loadError ? (
          <p class="mm-field-error" role="alert">
            {loadError}
          </p>
        ) : null}
        {props && loaded ? (
          <>
            <QuarantineNotice entries={loaded.quarantine} announce={announce} refresh={refresh} />
            <StartHere records={loaded.records} />
            <ProfileSection {...props} />
            <ProgramsSection {...props} />
            <LedgerSection {...props} />
            <SettingsSection {...props} />
            <DataSection {...props} />
          </>
        ) : loadError ? null : (
          <p class="mm-count-line">Loading your records…</p>
        )}
      </main>
    </div>
  );
}
