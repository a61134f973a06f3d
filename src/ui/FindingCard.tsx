import type { Finding } from '../analyzer/types';

export interface CardActions {
  onJump(index: number): void;
  onIgnore(index: number): void;
  onDisableRule(ruleId: string): void;
}

interface Props extends CardActions {
  finding: Finding;
  index: number;
  active: boolean;
}

/** One finding. Everything from the draft is rendered as text (Preact escapes it); nothing is HTML. */
export function FindingCard({ finding: f, index, active, onJump, onIgnore, onDisableRule }: Props) {
  const inDraft = f.target === 'draft' && f.end > f.start;
  return (
    <article
      class={`mm-card mm-${f.severity}${active ? ' mm-active' : ''}`}
      data-rule-id={f.ruleId}
      data-severity={f.severity}
      data-finding-index={index}
      aria-label={`${f.severity}: ${f.message}`}
    >
      <p class="mm-message">{f.message}</p>
      {f.excerpt && (
        <blockquote
          class="mm-excerpt"
          title={f.target === 'thread' ? "From the program's message" : 'From your draft'}
        >
          {f.excerpt}
        </blockquote>
      )}
      <p class="mm-why">{f.why}</p>
      <p class="mm-source">
        {/^https:\/\//.test(f.source.url) ? (
          <a href={f.source.url} target="_blank" rel="noopener noreferrer">
            {f.source.title}
          </a>
        ) : (
          f.source.title
        )}
      </p>
      <div class="mm-card-actions">
        {inDraft && (
          <button type="button" data-action="jump" onClick={() => onJump(index)}>
            Show in draft
          </button>
        )}
        <button type="button" data-action="ignore" onClick={() => onIgnore(index)}>
          Ignore here
        </button>
        <button type="button" data-action="disable-rule" onClick={() => onDisableRule(f.ruleId)}>
          Turn off this check
        </button>
      </div>
    </article>
  );
}
