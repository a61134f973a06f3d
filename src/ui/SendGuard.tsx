import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../analyzer/types';
import type { WordsFor } from './rule-words';

interface Props {
  findings: Finding[];
  words: WordsFor;
  onBack(): void;
  onSendAnyway(): void;
  /** Closes the guard and selects that finding's words in the draft. */
  onShow(finding: Finding): void;
}

const FOCUSABLE = 'button, a[href], input, [tabindex]:not([tabindex="-1"])';

/**
 * The confirm step before sending an email that still has error-level findings: a real modal. A scrim dims
 * and covers the page (no click reaches the draft), Tab and Shift+Tab cycle inside the dialog, Escape means
 * "go back". Each problem shows its title, its words and a "Show me" that selects them in the draft.
 */
export function SendGuard({ findings, words, onBack, onSendAnyway, onShow }: Props) {
  const back = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => back.current?.focus(), []);
  const trap = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onBack();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
    if (!first || !last) return;
    if (e.shiftKey && (active === first || !items.includes(active as HTMLElement))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !items.includes(active as HTMLElement))) {
      e.preventDefault();
      first.focus();
    }
  };
  return (
    <div class="mm-scrim" data-guard-scrim onMouseDown={(e) => e.preventDefault()}>
      <div
        ref={dialog}
        class="mm-guard"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="mm-guard-title"
        aria-describedby="mm-guard-lead"
        data-send-guard
        onKeyDown={trap}
        onMouseDown={(e) => e.stopPropagation()}
      >
        <h2 id="mm-guard-title">Before you send</h2>
        <p id="mm-guard-lead">
          {findings.length === 1 ? 'One thing' : `${findings.length} things`} in this email may cost you with
          the program:
        </p>
        <ul>
          {findings.map((f) => {
            const w = words(f.ruleId);
            return (
              <li key={`${f.ruleId}:${f.start}`} data-rule-id={f.ruleId}>
                <strong>{w?.title ?? f.message}</strong>
                <span class="mm-guard-summary">{w?.summary ?? ''}</span>
                {f.excerpt && <q class="mm-guard-quote">{f.excerpt}</q>}
                {f.target === 'draft' && f.end > f.start && (
                  <button
                    type="button"
                    data-action="guard-show"
                    aria-label={`Show me “${f.excerpt.slice(0, 40)}” in the draft`}
                    onClick={() => onShow(f)}
                  >
                    Show me
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        <div class="mm-guard-actions">
          <button type="button" ref={back} data-action="go-back" class="mm-primary" onClick={onBack}>
            Go back and edit
          </button>
          <button type="button" data-action="send-anyway" onClick={onSendAnyway}>
            Send anyway
          </button>
        </div>
      </div>
    </div>
  );
}
