import type { ComponentChildren } from 'preact';
import type { DraftKind, Finding, Severity } from '../analyzer/types';
import { type CardActions, FindingCard } from './FindingCard';
import { countLabel, KIND_LABELS } from './labels';
import { SendGuard } from './SendGuard';

export interface PanelState {
  kind: DraftKind | null;
  findings: Finding[];
  collapsed: boolean;
  /** The per-email switch. */
  enabled: boolean;
  /** The adapter could not read this compose window. */
  unreadable: boolean;
  activeIndex: number | null;
  hover: { index: number; x: number; y: number } | null;
  guard: Finding[] | null;
  /** A line about stored data (set aside because it could not be read), or null. */
  notice?: string | null;
}

export interface PanelActions extends CardActions {
  onToggleCollapsed(): void;
  onToggleEnabled(): void;
  onToneCheck(): void;
  onGuardBack(): void;
  onGuardSend(): void;
}

interface Props extends PanelActions {
  state: PanelState;
  /** The tone report and template picker, mounted by the session when they are loaded. */
  tone?: ComponentChildren;
  templates?: ComponentChildren;
}

const ORDER: Severity[] = ['error', 'warning', 'suggestion'];
const GROUP_TITLES: Record<Severity, string> = {
  error: 'May cost you with the program',
  warning: 'Worth a second look',
  suggestion: 'Could be stronger',
};

function counts(findings: Finding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, suggestion: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function Badge({ state, onToggleCollapsed }: Pick<Props, 'state' | 'onToggleCollapsed'>) {
  const c = counts(state.findings);
  const label = state.unreadable
    ? "MatchMail can't read this compose window"
    : !state.enabled
      ? 'MatchMail is off for this email'
      : `MatchMail: ${ORDER.map((s) => countLabel(c[s], s)).join(', ')}. Open the panel`;
  return (
    <button
      type="button"
      class="mm-badge"
      data-action="expand"
      aria-label={label}
      title={label}
      onClick={onToggleCollapsed}
    >
      <span class="mm-logo" aria-hidden="true">
        M
      </span>
      {state.unreadable ? (
        <span class="mm-count">!</span>
      ) : (
        ORDER.map((s) => (
          <span key={s} class={`mm-count mm-${s}`} data-count-severity={s} aria-hidden="true">
            {c[s]}
          </span>
        ))
      )}
    </button>
  );
}

export function Panel(props: Props) {
  const { state } = props;
  const guard = state.guard && (
    <SendGuard findings={state.guard} onBack={props.onGuardBack} onSendAnyway={props.onGuardSend} />
  );
  if (state.collapsed) {
    return (
      <>
        <Badge state={state} onToggleCollapsed={props.onToggleCollapsed} />
        {guard}
      </>
    );
  }
  const c = counts(state.findings);
  const hovered = state.hover ? state.findings[state.hover.index] : undefined;
  return (
    <aside class="mm-panel" aria-label="MatchMail" data-unreadable={state.unreadable ? 'true' : undefined}>
      <header class="mm-header">
        <span class="mm-logo" aria-hidden="true">
          M
        </span>
        <h1 class="mm-title">MatchMail</h1>
        {state.kind && (
          <span class="mm-kind" data-draft-kind={state.kind}>
            {KIND_LABELS[state.kind]}
          </span>
        )}
        <button
          type="button"
          class="mm-icon"
          data-action="collapse"
          aria-label="Collapse the MatchMail panel"
          onClick={props.onToggleCollapsed}
        >
          –
        </button>
      </header>
      <label class="mm-switch">
        <input
          type="checkbox"
          data-action="toggle-email"
          checked={state.enabled}
          onChange={props.onToggleEnabled}
        />
        Check this email
      </label>
      {state.notice && (
        <p class="mm-notice" role="status">
          {state.notice}
        </p>
      )}
      {state.unreadable && (
        <p class="mm-notice" role="status">
          MatchMail can't read this compose window. Your email is untouched; checks are paused here.
        </p>
      )}
      {state.enabled && !state.unreadable && (
        <>
          <div class="mm-tools">
            <button type="button" data-action="tone-check" onClick={props.onToneCheck}>
              Check tone
            </button>
          </div>
          {props.tone}
          {props.templates}
          <p class="mm-summary" role="status" aria-live="polite">
            {state.findings.length === 0
              ? 'No problems found so far.'
              : ORDER.filter((s) => c[s] > 0)
                  .map((s) => countLabel(c[s], s))
                  .join(', ')}
          </p>
          {ORDER.map((sev) => {
            const list = state.findings.map((f, i) => [f, i] as const).filter(([f]) => f.severity === sev);
            if (!list.length) return null;
            // Keys follow what a card says, not where it is: typing above a card must not rebuild it.
            const seen = new Map<string, number>();
            const keyOf = (f: Finding) => {
              const base = `${f.ruleId}\u0001${f.excerpt}`;
              const n = seen.get(base) ?? 0;
              seen.set(base, n + 1);
              return `${base}\u0001${n}`;
            };
            return (
              <section key={sev} class={`mm-group mm-${sev}`} aria-label={GROUP_TITLES[sev]}>
                <h2>
                  {GROUP_TITLES[sev]} <span class="mm-n">({list.length})</span>
                </h2>
                {list.map(([f, i]) => (
                  <FindingCard
                    key={keyOf(f)}
                    finding={f}
                    index={i}
                    active={state.activeIndex === i}
                    onJump={props.onJump}
                    onIgnore={props.onIgnore}
                    onDisableRule={props.onDisableRule}
                  />
                ))}
              </section>
            );
          })}
        </>
      )}
      {hovered && state.hover && (
        <div
          class={`mm-tooltip mm-${hovered.severity}`}
          role="tooltip"
          data-tooltip-rule-id={hovered.ruleId}
          style={{ left: `${state.hover.x}px`, top: `${state.hover.y}px` }}
        >
          <strong>{hovered.message}</strong>
          <span>{hovered.why}</span>
        </div>
      )}
      {guard}
    </aside>
  );
}
