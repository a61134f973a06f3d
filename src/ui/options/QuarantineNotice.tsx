/**
 * Stored data that could not be read (a bug, a hand edit, a downgrade) is set aside by loadRecords rather
 * than allowed to break MatchMail. The user is told here, can export it (the export carries it) and, once
 * safe, discard it.
 */
import { useState } from 'preact/hooks';
import type { QuarantineEntry } from '../../records/storage';
import { clearQuarantine, exportAllRecords } from '../../records/storage';
import { downloadText, exportFileName } from './files';
import { focusSoon } from './shared';

const NAMES: Record<string, string> = {
  'local:profile': 'your profile',
  'local:programs': 'your programs',
  'local:ledger': 'your sent emails',
  'local:settings': 'your settings',
};

interface Props {
  entries: QuarantineEntry[];
  announce(message: string): void;
  refresh(): Promise<void>;
}

export function QuarantineNotice({ entries, announce, refresh }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (entries.length === 0) return null;

  const onExport = async () => {
    try {
      downloadText(exportFileName(), await exportAllRecords());
      announce('Exported your records, with the data that was set aside.');
    } catch (err) {
      setProblem(`The export failed (${(err as Error).message}).`);
    }
  };

  const onClear = async () => {
    try {
      await clearQuarantine();
      setConfirming(false);
      announce('The data that was set aside is discarded.');
      await refresh();
      focusSoon(() => document.getElementById('page-title'));
    } catch (err) {
      setProblem(`It could not be discarded (${(err as Error).message}).`);
    }
  };

  return (
    <section class="mm-section mm-quarantine" aria-labelledby="quarantine-title" data-quarantine>
      <h2 id="quarantine-title">Some saved data could not be read</h2>
      <p>
        MatchMail found stored data it could not read and set it aside, so that nothing you entered is lost.
        The affected records were started again empty. Export your records to keep a copy of what was set
        aside (it is in the file under "quarantine"), then re-enter or import what you need.
      </p>
      <ul class="mm-lines">
        {entries.map((q) => (
          <li key={`${q.key}:${q.at}`}>
            <strong>{NAMES[q.key] ?? q.key}</strong>, set aside {q.at.slice(0, 16).replace('T', ' ')} UTC:
            <ul>
              {q.problems.slice(0, 10).map((p) => (
                <li key={p}>{p}</li>
              ))}
              {q.problems.length > 10 ? <li>…and {q.problems.length - 10} more.</li> : null}
            </ul>
          </li>
        ))}
      </ul>
      {problem ? (
        <p class="mm-field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div class="mm-actions">
        <button
          type="button"
          class="mm-primary"
          data-action="export-quarantine"
          onClick={() => void onExport()}
        >
          Export everything, with the data set aside
        </button>
        {confirming ? (
          <fieldset class="mm-confirm">
            <legend>Discard the data set aside? Export it first if you may need it.</legend>
            <button
              type="button"
              class="mm-danger"
              id="quarantine-confirm-clear"
              data-action="clear-quarantine"
              onClick={() => void onClear()}
            >
              Discard it
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </fieldset>
        ) : (
          <button
            type="button"
            onClick={() => {
              setConfirming(true);
              focusSoon(() => document.getElementById('quarantine-confirm-clear'));
            }}
          >
            Discard the data set aside…
          </button>
        )}
      </div>
    </section>
  );
}
