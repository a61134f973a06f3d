/**
 * The toolbar popup: MatchMail on or off everywhere (the same `settings.enabled` as the options page), what
 * it sees in this tab (counts only), and the way to setup.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { STATUS_MESSAGE, type TabStatus } from '../../content/messages';
import { emptyRecords, type Records } from '../../records';
import { loadRecords, setCheckingOn } from '../../records/storage';
import { countWords, PANEL_SHORTCUT } from '../labels';

type TabView = { kind: 'mail'; status: TabStatus } | { kind: 'mail-starting' } | { kind: 'other' };

async function tabView(): Promise<TabView> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'other' };
  try {
    const status = (await browser.tabs.sendMessage(tab.id, { type: STATUS_MESSAGE })) as
      | TabStatus
      | undefined;
    return status ? { kind: 'mail', status } : { kind: 'mail-starting' };
  } catch {
    // No content script answers: not a Gmail or Outlook tab.
    return { kind: 'other' };
  }
}

function describe(view: TabView | null, on: boolean): string {
  if (!on) return 'MatchMail is off: it does not check any email.';
  if (!view) return 'Looking at this tab…';
  if (view.kind === 'other')
    return 'This tab is not Gmail or Outlook. MatchMail works in their compose windows.';
  if (view.kind === 'mail-starting') return 'MatchMail is starting in this tab.';
  const s = view.status;
  if (s.composes === 0)
    return 'No email is being written in this tab. Start one and MatchMail checks as you type.';
  const which = s.composes === 1 ? 'the email you are writing' : `the ${s.composes} emails you are writing`;
  const off = s.composesOff ? ` (switched off in ${s.composesOff})` : '';
  return `In ${which}${off}: ${countWords(s.counts).toLowerCase()}.`;
}

export function PopupApp() {
  const [records, setRecords] = useState<Records>(emptyRecords());
  const [ready, setReady] = useState(false);
  const [view, setView] = useState<TabView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void loadRecords().then(({ records: r }) => {
      setRecords(r);
      setReady(true);
    });
    void tabView().then(setView);
  }, []);

  const on = records.settings.enabled;
  const toggle = async () => {
    const settings = { ...records.settings, enabled: !on };
    // Only the switch changes in storage: other settings changed meanwhile (another tab) are kept.
    const result = await setCheckingOn(!on);
    if (!result.ok) {
      setProblem(`Not saved: ${result.problems.join('; ')}`);
      return;
    }
    setProblem(null);
    setRecords({ ...records, settings });
    // The tab's panels come and go with the setting; ask again once they have.
    setTimeout(() => void tabView().then(setView), 300);
  };

  return (
    <main class="mm-popup">
      <header class="mm-popup-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>MatchMail</h1>
      </header>
      <div class="mm-check">
        <input
          type="checkbox"
          id="popup-enabled"
          data-action="popup-toggle"
          role="switch"
          checked={on}
          disabled={!ready}
          onChange={() => void toggle()}
        />
        <label for="popup-enabled">Check my emails in Gmail and Outlook</label>
      </div>
      {problem && (
        <p class="mm-field-error" role="alert">
          {problem}
        </p>
      )}
      <p class="mm-popup-status" role="status" data-popup-status>
        {describe(view, on)}
      </p>
      {ready && records.programs.length === 0 && (
        <p class="mm-hint">Add your programs to turn on the name and letter-of-intent checks.</p>
      )}
      <p class="mm-hint">Shortcut from a draft to the MatchMail panel and back: {PANEL_SHORTCUT}.</p>
      <nav class="mm-popup-links">
        <a
          href={browser.runtime.getURL('/welcome.html')}
          target="_blank"
          rel="noopener"
          data-action="popup-setup"
        >
          Set up your profile and programs
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          All records and settings
        </a>
      </nav>
    </main>
  );
}
