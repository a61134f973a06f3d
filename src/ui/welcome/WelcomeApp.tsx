/**
 * The page MatchMail opens on install: what it checks, that nothing leaves the browser, and a two-minute
 * setup (name, AAMC ID, programs typed, pasted or from a CSV file). Saving goes through the same record
 * schemas as the options page; nothing invalid is stored and nothing already stored is lost.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { emptyRecords, type Records } from '../../records';
import { mergePrograms } from '../../records/programs-csv';
import { loadRecords, saveProfile, savePrograms } from '../../records/storage';
import { chosenFileText, downloadText } from '../options/files';
import { SAMPLE_CSV, typedPrograms } from './typed-programs';

const AAMC_ID = /^\d{8}$/;

export function WelcomeApp() {
  const [records, setRecords] = useState<Records>(emptyRecords());
  const [name, setName] = useState('');
  const [aamcId, setAamcId] = useState('');
  const [programs, setPrograms] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    void loadRecords().then(({ records: r }) => {
      setRecords(r);
      setName(r.profile.name ?? '');
      setAamcId(r.profile.aamcId ?? '');
    });
  }, []);

  const save = async (e: Event) => {
    e.preventDefault();
    const found: string[] = [];
    const id = aamcId.trim();
    if (id && !AAMC_ID.test(id)) found.push('AAMC ID: must be 8 digits, like 12345678.');
    const parsed = typedPrograms(programs);
    for (const err of parsed.errors) found.push(`Programs: ${err}.`);
    // A program that would take a name another program on the list answers to is refused, not merged in.
    const plan = parsed.programs.length
      ? mergePrograms(records.programs, parsed.programs, parsed.rows)
      : null;
    for (const c of plan?.conflicts ?? []) found.push(`Programs: ${c}.`);
    setProblems(found);
    setDone(null);
    if (found.length) {
      document.getElementById('welcome-problems')?.focus();
      return;
    }
    const profile = {
      ...records.profile,
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(id ? { aamcId: id } : {}),
    };
    // Saved against what this page read: a change made meanwhile in another tab is refused, not overwritten.
    const p = await saveProfile(profile, { base: records.profile });
    const list = plan ? plan.programs : records.programs;
    const q = plan && p.ok ? await savePrograms(list, { base: records.programs }) : { ok: true as const };
    if (!p.ok || !q.ok) {
      setProblems([...(p.ok ? [] : p.problems), ...(q.ok ? [] : q.problems)]);
      // Show what is stored now, so the next save starts from it.
      if ((!p.ok && p.conflict) || (!q.ok && q.conflict)) {
        void loadRecords().then(({ records: r }) => setRecords(r));
      }
      return;
    }
    setRecords({ ...records, profile, programs: list });
    setPrograms('');
    setDone(
      `Saved. ${list.length === 1 ? '1 program' : `${list.length} programs`} on your list. Open Gmail or Outlook and start an email: MatchMail checks as you type.`,
    );
  };

  return (
    <main class="mm-welcome">
      <header>
        <img src="/icon/128.png" alt="" width={64} height={64} />
        <h1>Welcome to MatchMail</h1>
        <p class="mm-lead">
          A calm second reader for the emails you write to residency programs in Gmail and Outlook.
        </p>
      </header>

      <section aria-labelledby="what-title">
        <h2 id="what-title">What it checks</h2>
        <ul>
          <li>Anything the NRMP Match rules do not allow, such as asking a program how it will rank you.</li>
          <li>A leftover [Program Name], another program's name, or a second letter of intent.</li>
          <li>Tone and length: too casual, too apologetic, or too long for a busy program director.</li>
          <li>
            When a program asks how you will rank it, MatchMail tells you that you do not have to answer.
          </li>
        </ul>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">Nothing leaves your browser</h2>
        <p>
          MatchMail reads your draft inside this browser and makes no network request: no account, no server,
          no analytics. What you save here stays in this browser.
        </p>
      </section>

      <section aria-labelledby="setup-title">
        <h2 id="setup-title">Two-minute setup</h2>
        <p>
          Your programs turn on the name checks, a program's "no contact after interviews" request, and the
          stop on a second letter of intent. Everything is optional.
        </p>
        {problems.length > 0 && (
          <div class="mm-error-summary" id="welcome-problems" role="alert" tabIndex={-1}>
            <p>Nothing was saved:</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <form onSubmit={(e) => void save(e)}>
          <div class="mm-field">
            <label for="welcome-name">Your full name</label>
            <input
              id="welcome-name"
              autocomplete="name"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <div class="mm-field">
            <label for="welcome-aamc">AAMC ID</label>
            <input
              id="welcome-aamc"
              inputMode="numeric"
              aria-describedby="welcome-aamc-hint"
              value={aamcId}
              onInput={(e) => setAamcId(e.currentTarget.value)}
            />
            <p class="mm-hint" id="welcome-aamc-hint">
              8 digits, from your ERAS account.
            </p>
          </div>
          <div class="mm-field">
            <label for="welcome-programs">Your programs</label>
            <textarea
              id="welcome-programs"
              rows={5}
              aria-describedby="welcome-programs-hint"
              placeholder={
                'Example University Anesthesiology, example.edu\nSample Health Anesthesiology, samplehealth.org'
              }
              value={programs}
              onInput={(e) => setPrograms(e.currentTarget.value)}
            />
            <p class="mm-hint" id="welcome-programs-hint">
              One a line: the program's name, a comma, and the domain of its email addresses. Or paste your
              spreadsheet, or choose a CSV file.
            </p>
          </div>
          <div class="mm-actions">
            <label class="mm-file">
              Choose a CSV file
              <input
                type="file"
                accept=".csv,text/csv"
                data-action="welcome-csv"
                onChange={async (e) => {
                  const file = await chosenFileText(e.currentTarget);
                  if (file) setPrograms(file.text);
                }}
              />
            </label>
            <button
              type="button"
              data-action="sample-csv"
              onClick={() => downloadText('matchmail-programs-sample.csv', SAMPLE_CSV, 'text/csv')}
            >
              Download a sample CSV
            </button>
          </div>
          <button type="submit" class="mm-primary" data-action="welcome-save">
            Save and start
          </button>
        </form>
        {done && (
          <p class="mm-done" role="status">
            {done}
          </p>
        )}
        <p>
          <a href={browser.runtime.getURL('/options.html')}>All your records and settings</a>
        </p>
      </section>
    </main>
  );
}
