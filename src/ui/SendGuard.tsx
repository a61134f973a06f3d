import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../analyzer/types';

interface Props {
  findings: Finding[];
  onBack(): void;
  onSendAnyway(): void;
}

/** The confirm step before sending an email that still has error-level findings. */
export function SendGuard({ findings, onBack, onSendAnyway }: Props) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <div
      class="mm-guard"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="mm-guard-title"
      data-send-guard
      onKeyDown={(e) => {
        if (e.key === 'Escape') onBack();
      }}
    >
      <h2 id="mm-guard-title">Before you send</h2>
      <p>
        MatchMail found {findings.length === 1 ? 'one problem' : `${findings.length} problems`} that may cost
        you with this program:
      </p>
      <ul>
        {findings.map((f) => (
          <li key={`${f.ruleId}:${f.start}`} data-rule-id={f.ruleId}>
            {f.message}
          </li>
        ))}
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
  );
}
