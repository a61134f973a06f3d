/**
 * Moving records in and out: programs from a spreadsheet (CSV), everything to one JSON file, everything
 * back from one. Every import is checked and shown first; nothing is written until the user confirms.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { importRecords, mergePrograms, type Program } from '../../records';
import { exportAllRecords, importAllRecords, savePrograms } from '../../records/storage';
import { SAMPLE_CSV } from '../welcome/typed-programs';
import { chosenCsv, chosenFileText, downloadText, exportFileName } from './files';
import { describeSections, joinAnd } from './form-model';
import { focusSoon, plural, type SectionProps } from './shared';

/** Long error lists are cut here, with a count of the rest. */
const MAX_LINES = 50;

function Lines({ lines, label }: { lines: string[]; label: string }) {
  if (lines.length === 0) return null;
  const shown = lines.slice(0, MAX_LINES);
  return (
    <ul class="mm-lines" aria-label={label}>
      {shown.map((l, i) => (
        <li key={i}>{l}</li>
      ))}
      {lines.length > MAX_LINES ? <li>…and {lines.length - MAX_LINES} more.</li> : null}
    </ul>
  );
}

interface CsvState {
  file: string;
  programs: Program[];
  /** The spreadsheet row of each program. */
  rows: number[];
  errors: string[];
  warnings: string[];
}

interface JsonState {
  file: string;
  text: string;
  /** Problems, each naming its field; empty when the file can be imported. */
  errors: string[];
  sections: string[];
}

export function DataSection({ records, announce, refresh }: SectionProps) {
  const [csv, setCsv] = useState<CsvState | null>(null);
  const [json, setJson] = useState<JsonState | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const csvInput = useRef<HTMLInputElement>(null);
  const jsonInput = useRef<HTMLInputElement>(null);

  // Linear in both lists (B11); recomputed only when the file or the stored list changes, but not while the
  // plan is being written: the list this import writes arrives (by the change event) before the write's
  // answer, and the plan merged again into it would say every row updates one on the list, and take a
  // long task to say so (10,000 names) while "Imported" waits.
  const shownPreview = useRef<ReturnType<typeof mergePrograms> | null>(null);
  const preview = useMemo(
    () =>
      busy && shownPreview.current
        ? shownPreview.current
        : csv
          ? mergePrograms(records.programs, csv.programs, csv.rows)
          : null,
    [csv, records.programs, busy],
  );
  shownPreview.current = preview;

  const onCsvChosen = async (input: HTMLInputElement) => {
    setProblem(null);
    try {
      const chosen = await chosenCsv(input);
      if (!chosen) return;
      setCsv(chosen);
      focusSoon(() => document.getElementById('csv-result'));
    } catch (err) {
      setProblem(`The file could not be read (${(err as Error).message}).`);
    } finally {
      input.value = '';
    }
  };

  const onCsvMerge = async () => {
    if (!csv || !preview || busy) return;
    setBusy(true);
    try {
      // The plan the preview showed, made from the list as this page read it: if another tab changed that
      // list meanwhile, nothing is written.
      const plan = preview;
      const result = await savePrograms(plan.programs, { base: records.programs });
      if (!result.ok) {
        setProblem(`Nothing was imported: ${result.problems.join('; ')}`);
        if (result.conflict) await refresh();
        return;
      }
      // Not read back: the storage change event brings the new list to every section (B11).
      const done = plan.added.length + plan.updated.length;
      announce(`Imported ${plural(done, 'program')} from ${csv.file}.`);
      setCsv(null);
      focusSoon(() => csvInput.current);
    } catch (err) {
      setProblem(`Nothing was imported: storage failed (${(err as Error).message}).`);
    } finally {
      setBusy(false);
    }
  };

  const onExport = async () => {
    setProblem(null);
    try {
      downloadText(exportFileName(), await exportAllRecords());
      announce('Your records were exported to a JSON file.');
    } catch (err) {
      setProblem(`The export failed (${(err as Error).message}).`);
    }
  };

  const onJsonChosen = async (input: HTMLInputElement) => {
    setProblem(null);
    try {
      const chosen = await chosenFileText(input);
      if (!chosen) return;
      const result = importRecords(chosen.text);
      setJson({
        file: chosen.name,
        text: chosen.text,
        errors: result.ok ? [] : result.errors,
        sections: result.ok ? describeSections(result.records) : [],
      });
      focusSoon(() => document.getElementById('json-result'));
    } catch (err) {
      setProblem(`The file could not be read (${(err as Error).message}).`);
    } finally {
      input.value = '';
    }
  };

  const onJsonImport = async () => {
    if (!json || busy) return;
    setBusy(true);
    try {
      const result = await importAllRecords(json.text);
      if (!result.ok) {
        setJson({ ...json, errors: result.errors, sections: [] });
        return;
      }
      await refresh();
      announce(`Imported ${joinAnd(json.sections)} from ${json.file}.`);
      setJson(null);
      focusSoon(() => jsonInput.current);
    } catch (err) {
      setProblem(`Nothing was imported: storage failed (${(err as Error).message}).`);
    } finally {
      setBusy(false);
    }
  };

  const importable = preview ? preview.added.length + preview.updated.length : 0;
  const leftOut = csv && preview ? [...csv.errors, ...preview.conflicts] : [];

  return (
    <section id="data" class="mm-section" aria-labelledby="data-title">
      <h2 id="data-title">Import and export</h2>
      {problem ? (
        <p class="mm-field-error" role="alert">
          {problem}
        </p>
      ) : null}

      <h3 id="csv-title">Programs from a spreadsheet</h3>
      <p class="mm-lead" id="csv-hint">
        Save your spreadsheet as CSV. The first row names the columns: Program (required), Aliases, Email
        domains, Program director, PD title, Coordinator, Specialty, City, Affiliated hospitals, Liked,
        Interview date (01/14/2027, Jan 14, 2027 or 2027-01-14), Status, No post-interview communication
        (yes/no), Policy source. Lists go in one cell, separated by semicolons. A row naming a program already
        on your list updates it (the cells it fills replace those fields; the rest is kept). A cell MatchMail
        cannot read is left out of its row and listed in the preview. Up to 10,000 programs per file.
      </p>
      <p>
        <button
          type="button"
          data-action="sample-csv"
          onClick={() => downloadText('matchmail-programs-sample.csv', SAMPLE_CSV, 'text/csv')}
        >
          Download a sample CSV
        </button>{' '}
        to start from, with the columns already named.
      </p>
      <div class="mm-field">
        <label for="csv-file">Choose a CSV file</label>
        <input
          ref={csvInput}
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="csv-hint"
          onChange={(e) => void onCsvChosen(e.currentTarget as HTMLInputElement)}
        />
      </div>
      {csv && preview ? (
        <section id="csv-result" class="mm-result" tabIndex={-1} aria-labelledby="csv-result-title">
          <p id="csv-result-title" class="mm-result-title">
            {importable === 0
              ? `${csv.file}: no program can be imported.`
              : `${csv.file}: ${plural(importable, 'program')} ready to import (${preview.added.length} new, ${preview.updated.length} updating one on your list).`}
          </p>
          {leftOut.length > 0 ? (
            <div role="alert" class="mm-problems">
              <p>
                {plural(leftOut.length, 'problem')} —{' '}
                {leftOut.length === 1 ? 'this row is' : 'these rows are'} left out; fix them in the
                spreadsheet and import it again:
              </p>
              <Lines lines={leftOut} label="Problems in the file" />
            </div>
          ) : null}
          {csv.warnings.length > 0 ? (
            <div class="mm-notes">
              <p>Notes:</p>
              <Lines lines={csv.warnings} label="Notes about the file" />
            </div>
          ) : null}
          {preview.updated.length > 0 ? (
            <p class="mm-meta">Updated on your list: {preview.updated.join(', ')}.</p>
          ) : null}
          <div class="mm-actions">
            {importable > 0 ? (
              <button
                type="button"
                class="mm-primary"
                aria-busy={busy}
                data-action="merge-csv"
                onClick={() => void onCsvMerge()}
              >
                Import {plural(importable, 'program')}
              </button>
            ) : null}
            <button
              type="button"
              onClick={() => {
                setCsv(null);
                focusSoon(() => csvInput.current);
              }}
            >
              {importable > 0 ? 'Cancel' : 'Close'}
            </button>
          </div>
        </section>
      ) : null}

      <h3>Back up everything</h3>
      <p class="mm-lead">
        One JSON file with your profile, programs, sent emails and settings (and any data set aside because it
        could not be read). It is saved to your computer only.
      </p>
      <div class="mm-actions">
        <button type="button" data-action="export-json" onClick={() => void onExport()}>
          Export to a JSON file
        </button>
      </div>

      <h3>Restore from a backup</h3>
      <p class="mm-lead" id="json-hint">
        A file exported by MatchMail. Each part it holds replaces yours; the parts it does not hold stay as
        they are.
      </p>
      <div class="mm-field">
        <label for="json-file">Choose a MatchMail JSON file</label>
        <input
          ref={jsonInput}
          id="json-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="json-hint"
          onChange={(e) => void onJsonChosen(e.currentTarget as HTMLInputElement)}
        />
      </div>
      {json ? (
        <section id="json-result" class="mm-result" tabIndex={-1} aria-labelledby="json-result-title">
          {json.errors.length > 0 ? (
            <div role="alert" class="mm-problems">
              <p id="json-result-title" class="mm-result-title">
                {json.file} cannot be imported; nothing was changed:
              </p>
              <Lines lines={json.errors} label="Problems in the file" />
            </div>
          ) : (
            <p id="json-result-title" class="mm-result-title">
              {json.file} holds {joinAnd(json.sections)}. Importing replaces these.
            </p>
          )}
          <div class="mm-actions">
            {json.errors.length === 0 ? (
              <button
                type="button"
                class="mm-primary"
                aria-busy={busy}
                data-action="import-json"
                onClick={() => void onJsonImport()}
              >
                Replace with the file's records
              </button>
            ) : null}
            <button
              type="button"
              onClick={() => {
                setJson(null);
                focusSoon(() => jsonInput.current);
              }}
            >
              {json.errors.length === 0 ? 'Cancel' : 'Close'}
            </button>
          </div>
        </section>
      ) : null}
    </section>
  );
}
