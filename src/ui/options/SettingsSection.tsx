/**
 * How MatchMail behaves: on or off everywhere, the rules the applicant turned off (from the panel's "turn
 * this rule off", or here), and the emails where it was switched off. Each change is saved at once.
 */

import RULE_TITLES from 'virtual:matchmail-rule-titles';
import { useRef, useState } from 'preact/hooks';
import { describeEmailKey } from '../../content/switches';
import type { Settings } from '../../records';
import { saveSettings } from '../../records/storage';
import { plural, type SectionProps } from './shared';

interface RuleInfo {
  id: string;
  title: string;
  summary: string;
  severity: string;
}

// The titles only (a virtual module of the rules plugin): the options page does not carry the rules themselves.
const RULES: RuleInfo[] = RULE_TITLES.slice().sort((a, b) => a.title.localeCompare(b.title));
const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function SettingsSection({ records, announce, refresh }: SectionProps) {
  const settings = records.settings;
  const [toDisable, setToDisable] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  // Changes are saved one after another: a second click while the first is still saving is queued, never
  // dropped (the checkbox must never show a state that was not saved).
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const write = (next: Settings, message: string): Promise<boolean> => {
    const run = async () => {
      setBusy(true);
      setProblem(null);
      try {
        const result = await saveSettings(next);
        if (!result.ok) {
          setProblem(`Not saved: ${result.problems.join('; ')}`);
          return false;
        }
        await refresh();
        announce(message);
        return true;
      } catch (err) {
        setProblem(`Not saved: the settings could not be written to storage (${(err as Error).message})`);
        return false;
      } finally {
        setBusy(false);
      }
    };
    queue.current = queue.current.then(run, run);
    return queue.current;
  };

  const disabled = settings.disabledRules;
  const available = RULES.filter((r) => !disabled.includes(r.id));
  const ruleName = (id: string) => RULE_BY_ID.get(id)?.title ?? id;

  const turnOn = async (id: string, index: number) => {
    const ok = await write(
      { ...settings, disabledRules: disabled.filter((x) => x !== id) },
      `${ruleName(id)} is back on.`,
    );
    if (!ok) return;
    // Focus the next rule's button, else the list's heading, so the keyboard user stays in place.
    setTimeout(() => {
      const buttons = document.querySelectorAll<HTMLElement>('[data-action="turn-rule-on"]');
      (buttons[Math.min(index, buttons.length - 1)] ?? document.getElementById('rules-off-title'))?.focus();
    }, 0);
  };

  return (
    <section id="settings" class="mm-section" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      {problem ? (
        <p class="mm-field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div class="mm-check">
        <input
          type="checkbox"
          id="settings-enabled"
          checked={settings.enabled}
          aria-describedby="settings-enabled-hint"
          onChange={(e) => {
            const enabled = (e.currentTarget as HTMLInputElement).checked;
            void write(
              { ...settings, enabled },
              enabled ? 'MatchMail is on.' : 'MatchMail is off: it will not check your emails.',
            );
          }}
        />
        <label for="settings-enabled">Check my emails in Gmail and Outlook</label>
      </div>
      <p class="mm-hint" id="settings-enabled-hint">
        Turn this off to stop MatchMail everywhere; your records stay here.
      </p>

      <h3 id="rules-off-title" tabIndex={-1}>
        Checks turned off
      </h3>
      {disabled.length === 0 ? (
        <p class="mm-count-line">Every check is on.</p>
      ) : (
        <ul class="mm-list mm-list-compact" aria-labelledby="rules-off-title">
          {disabled.map((id, i) => (
            <li key={id} class="mm-item" data-disabled-rule={id}>
              <div class="mm-item-main">
                {RULE_BY_ID.has(id) ? (
                  <>
                    <span class="mm-rule-title">{ruleName(id)}</span>
                    {RULE_BY_ID.get(id)?.severity === 'error' && (
                      <span class="mm-flag"> Important: it keeps a problem out of what you send.</span>
                    )}
                    <p class="mm-meta">{RULE_BY_ID.get(id)?.summary}</p>
                  </>
                ) : (
                  <>
                    <code class="mm-rule-title">{id}</code>
                    <span class="mm-meta"> (no longer in MatchMail)</span>
                  </>
                )}
              </div>
              <div class="mm-item-actions">
                <button
                  type="button"
                  data-action="turn-rule-on"
                  aria-label={`Turn ${ruleName(id)} back on`}
                  onClick={() => void turnOn(id, i)}
                >
                  Turn back on
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form
        class="mm-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (busy) return;
          if (!toDisable) {
            announce('Choose a rule to turn off first.');
            document.getElementById('settings-rule-off')?.focus();
            return;
          }
          void write(
            { ...settings, disabledRules: [...disabled, toDisable] },
            `${ruleName(toDisable)} is turned off.`,
          ).then((ok) => ok && setToDisable(''));
        }}
      >
        <div class="mm-field">
          <label for="settings-rule-off">Turn a check off</label>
          <select
            id="settings-rule-off"
            value={toDisable}
            onChange={(e) => setToDisable((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">Choose a check…</option>
            {(
              [
                ['error', 'Important: problems that may cost you with a program'],
                ['warning', 'Worth a second look'],
                ['suggestion', 'Style suggestions'],
              ] as const
            ).map(([severity, label]) => (
              <optgroup key={severity} label={label}>
                {available
                  .filter((r) => r.severity === severity)
                  .map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="submit">Turn off</button>
      </form>

      <h3 id="emails-off-title" tabIndex={-1}>
        Emails with MatchMail switched off
      </h3>
      {settings.disabledEmails.length === 0 ? (
        <p class="mm-count-line">MatchMail is on in every email.</p>
      ) : (
        <div class="mm-actions">
          <p class="mm-count-line">
            You switched MatchMail off in {plural(settings.disabledEmails.length, 'email')}:
          </p>
          <ul class="mm-list mm-list-compact" aria-labelledby="emails-off-title">
            {settings.disabledEmails.map((key) => (
              <li key={key} class="mm-item" data-disabled-email={key}>
                <div class="mm-item-main">{describeEmailKey(key)}</div>
                <div class="mm-item-actions">
                  <button
                    type="button"
                    data-action="turn-email-on"
                    aria-label={`Check ${describeEmailKey(key)} again`}
                    onClick={() =>
                      void write(
                        { ...settings, disabledEmails: settings.disabledEmails.filter((k) => k !== key) },
                        `MatchMail checks ${describeEmailKey(key)} again.`,
                      )
                    }
                  >
                    Turn back on
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() =>
              void write({ ...settings, disabledEmails: [] }, 'MatchMail is back on in every email.').then(
                (ok) => ok && document.getElementById('emails-off-title')?.focus(),
              )
            }
          >
            Turn it back on in all of them
          </button>
        </div>
      )}
    </section>
  );
}
