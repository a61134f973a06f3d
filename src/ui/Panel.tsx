import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { DraftKind, Finding, Severity } from '../analyzer/types';
import { type CardActions, FindingCard } from './FindingCard';
import { countSentence, counts, countWords, KIND_LABELS, ORDER, PANEL_SHORTCUT } from './labels';
import { MarkCard } from './MarkCard';
import { ProgramNotice } from './ProgramNotice';
import { PROGRAM_ASKED_RULE, type WordsFor } from './rule-words';
import { SendGuard } from './SendGuard';

/** The card opened at a mark, and how it was opened (a hover card closes when the pointer leaves). */
export interface MarkCardAt {
  index: number;
  via: 'hover' | 'click' | 'caret';
  anchor: { left: number; top: number; bottom: number };
}

export interface PanelState {
  kind: DraftKind | null;
  findings: Finding[];
  /** The panel shows as a small launcher at the compose's edge. */
  collapsed: boolean;
  /** The per-email switch. */
  enabled: boolean;
  /** The adapter could not read this compose window. */
  unreadable: boolean;
  activeIndex: number | null;
  markCard: MarkCardAt | null;
  guard: Finding[] | null;
  /** A line about stored data (set aside because it could not be read), or null. */
  notice?: string | null;
  /** No programs stored: the name, policy and letter-of-intent checks are waiting for them. */
  setupNeeded?: boolean;
  /** The body is still empty: nothing to say yet. */
  emptyDraft?: boolean;
  /** An error-level check the applicant asked to turn off: confirm first. */
  confirmOff?: string | null;
  /** The check just turned off, offered back with Undo. */
  undo?: { ruleId: string; title: string } | null;
  /** The applicant dragged the panel somewhere of their own (L2). */
  moved?: boolean;
}

export interface PanelActions extends CardActions {
  onToggleCollapsed(): void;
  onToggleEnabled(): void;
  /** The applicant corrects the kind of email (P11). */
  onKind(kind: DraftKind): void;
  onToneCheck(): void;
  onGuardBack(): void;
  onGuardSend(): void;
  onGuardShow(finding: Finding): void;
  onUndoDisable(ruleId: string): void;
  onOpenSetup(): void;
  onUseDecline(): void;
  onCloseMarkCard(): void;
  onMarkCardPointer(inside: boolean): void;
  /** Escape or the shortcut in the panel: back to the draft, where the caret was. */
  onBackToDraft(): void;
  /** A pointer pressed on the header: the panel follows it (L2). */
  onDragStart(e: PointerEvent): void;
  onDockBack(): void;
}

interface Props extends PanelActions {
  state: PanelState;
  words: WordsFor;
  canFix(index: number): boolean;
  /** The tone report and template picker, mounted by the session when they are loaded. */
  tone?: ComponentChildren;
  templates?: ComponentChildren;
  templatesButton?: ComponentChildren;
}

const GROUP_TITLES: Record<Severity, string> = {
  error: 'Fix before you send',
  warning: 'Worth a second look',
  suggestion: 'Could be stronger',
};

function Launcher({
  state,
  onToggleCollapsed,
  c,
}: Pick<Props, 'state' | 'onToggleCollapsed'> & { c: Record<Severity, number> }) {
  const words = state.unreadable
    ? "Can't read this email"
    : !state.enabled
      ? 'Off for this email'
      : state.emptyDraft
        ? 'Ready'
        : countWords(c);
  const label = state.unreadable
    ? "MatchMail can't read this compose window: no checks here"
    : !state.enabled
      ? 'MatchMail is off for this email. Open the panel'
      : `MatchMail: ${countSentence(c)}. Open the panel`;
  const clean = !c.error && !c.warning && !c.suggestion;
  const tone = c.error
    ? 'mm-error'
    : c.warning
      ? 'mm-warning'
      : c.suggestion
        ? 'mm-suggestion'
        : state.emptyDraft
          ? ''
          : 'mm-ok';
  return (
    <button
      type="button"
      class={`mm-badge ${state.enabled && !state.unreadable ? tone : ''}`}
      data-action="expand"
      aria-label={label}
      aria-keyshortcuts={PANEL_SHORTCUT}
      title={`${label} (${PANEL_SHORTCUT})`}
      onClick={onToggleCollapsed}
    >
      <span class="mm-logo" aria-hidden="true">
        M
      </span>
      <span class="mm-badge-words" aria-hidden="true">
        {tone === 'mm-ok' && clean && state.enabled && !state.unreadable ? `✓ ${words}` : words}
      </span>
    </button>
  );
}

/** Moves focus between cards with the arrow keys; Escape goes back to the draft. */
function onPanelKey(e: KeyboardEvent, back: () => void) {
  if (e.key === 'Escape' || (e.key.toLowerCase() === 'm' && e.altKey && e.shiftKey)) {
    e.preventDefault();
    back();
    return;
  }
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const root = (e.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
  const list = [...root.querySelectorAll<HTMLElement>('.mm-panel .mm-card, .mm-panel .mm-program-notice')];
  if (!list.length) return;
  const here = list.findIndex((el) => el === root.activeElement || el.contains(root.activeElement));
  const next = here < 0 ? 0 : Math.max(0, Math.min(list.length - 1, here + (e.key === 'ArrowDown' ? 1 : -1)));
  e.preventDefault();
  list[next]?.focus();
}

/** The applicant closed every card (the first card is open otherwise). */
const NONE_OPEN = '\u0000none';

/** Keys follow what a card says, not where it is: typing above a card must not rebuild or close it. */
function cardKeys(list: readonly (readonly [Finding, number])[]): string[] {
  const seen = new Map<string, number>();
  return list.map(([f]) => {
    const base = `${f.ruleId}\u0001${f.excerpt}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}\u0001${n}`;
  });
}

export function Panel(props: Props) {
  const { state } = props;
  // One card open at a time: the one the applicant opened, the one whose mark they pointed at, or the first.
  const openKey = useRef<string | null>(null);
  const lastActive = useRef<string | undefined>(undefined);
  const [, redraw] = useState(0);
  const asked = state.findings.filter((f) => f.ruleId === PROGRAM_ASKED_RULE);
  const listed = state.findings
    .map((f, i) => [f, i] as const)
    .filter(([f]) => f.ruleId !== PROGRAM_ASKED_RULE);
  const c = counts(listed.map(([f]) => f));
  const byOrder = ORDER.flatMap((sev) => listed.filter(([f]) => f.severity === sev));
  const keys = cardKeys(byOrder);
  const keyOfIndex = new Map(byOrder.map(([, i], n) => [i, keys[n] ?? ''] as const));
  const activeKey = state.activeIndex !== null ? keyOfIndex.get(state.activeIndex) : undefined;
  // Pointing at a mark (or "Show in draft") opens its card; the applicant's own choice holds otherwise.
  if (activeKey !== undefined && activeKey !== lastActive.current) openKey.current = activeKey;
  lastActive.current = activeKey;
  const chosen = openKey.current;
  const shownOpen = chosen !== null && (chosen === NONE_OPEN || keys.includes(chosen)) ? chosen : keys[0];
  const guard = state.guard && (
    <SendGuard
      findings={state.guard}
      words={props.words}
      onBack={props.onGuardBack}
      onSendAnyway={props.onGuardSend}
      onShow={props.onGuardShow}
    />
  );
  const at = state.markCard;
  const atFinding = at ? state.findings[at.index] : undefined;
  const markCard = at && atFinding && (
    <MarkCard
      key={`${at.index}:${atFinding.ruleId}:${atFinding.start}`}
      finding={atFinding}
      index={at.index}
      words={props.words(atFinding.ruleId)}
      anchor={at.anchor}
      canFix={props.canFix(at.index)}
      onApplyFix={props.onApplyFix}
      onIgnore={props.onIgnore}
      onClose={props.onCloseMarkCard}
      onPointer={props.onMarkCardPointer}
    />
  );
  // The caret entering a mark is said aloud (A2): marks are drawn outside the editor, so assistive technology
  // cannot see them; the card opened at the caret does not take focus away from the draft.
  const atWords = at?.via === 'caret' && atFinding ? props.words(atFinding.ruleId) : undefined;
  const live = (
    <>
      <p class="mm-visually-hidden" role="status" aria-live="polite">
        {state.enabled && !state.unreadable && !state.emptyDraft ? `MatchMail: ${countSentence(c)}` : ''}
      </p>
      <p class="mm-visually-hidden" aria-live="polite" data-mark-announce>
        {at?.via === 'caret' && atFinding
          ? `MatchMail: ${atWords?.title ?? atFinding.message}. ${atWords?.summary ?? ''} Escape closes; Alt+Shift+M opens the panel.`
          : ''}
      </p>
    </>
  );
  const findingsView = (
    <>
      {asked.length > 0 && <ProgramNotice findings={asked} onUseDecline={props.onUseDecline} />}
      {ORDER.map((sev) => {
        const list = listed.filter(([f]) => f.severity === sev);
        if (!list.length) return null;
        return (
          <section
            key={sev}
            class={`mm-group mm-${sev}`}
            aria-label={`${GROUP_TITLES[sev]} (${list.length})`}
          >
            <h2>
              {GROUP_TITLES[sev]} <span class="mm-n">({list.length})</span>
            </h2>
            {list.map(([f, i]) => (
              <FindingCard
                key={keyOfIndex.get(i)}
                finding={f}
                index={i}
                words={props.words(f.ruleId)}
                active={state.activeIndex === i}
                canFix={props.canFix(i)}
                confirming={state.confirmOff === f.ruleId}
                open={keyOfIndex.get(i) === shownOpen || state.confirmOff === f.ruleId}
                onToggle={() => {
                  const k = keyOfIndex.get(i) ?? null;
                  openKey.current = k === shownOpen ? NONE_OPEN : k;
                  redraw((n) => n + 1);
                }}
                onJump={props.onJump}
                onIgnore={props.onIgnore}
                onDisableRule={props.onDisableRule}
                onConfirmDisable={props.onConfirmDisable}
                onCancelDisable={props.onCancelDisable}
                onApplyFix={props.onApplyFix}
              />
            ))}
          </section>
        );
      })}
    </>
  );

  if (state.collapsed) {
    return (
      <>
        <Launcher state={state} onToggleCollapsed={props.onToggleCollapsed} c={c} />
        {live}
        {/* Every current finding stays in the shadow root while collapsed (DESIGN §4.4): hidden, not removed. */}
        <div hidden data-collapsed-findings>
          {state.enabled && !state.unreadable && findingsView}
        </div>
        {markCard}
        {guard}
      </>
    );
  }
  return (
    <>
      <aside
        class="mm-panel"
        aria-labelledby="mm-panel-title"
        data-unreadable={state.unreadable ? 'true' : undefined}
        onKeyDown={(e) => onPanelKey(e, props.onBackToDraft)}
      >
        <header
          class="mm-header mm-handle"
          title="Drag to move the panel"
          onPointerDown={(e) => props.onDragStart(e)}
        >
          <span class="mm-logo" aria-hidden="true">
            M
          </span>
          <h2 class="mm-title" id="mm-panel-title" tabIndex={-1}>
            MatchMail
          </h2>
          {state.kind && state.enabled && !state.emptyDraft && (
            // MatchMail's guess, as a control: a wrong guess is one choice away from right (P11).
            <select
              class="mm-kind"
              data-draft-kind={state.kind}
              data-action="draft-kind"
              aria-label="Kind of email (change it if MatchMail guessed wrong)"
              title="Kind of email: change it if MatchMail guessed wrong"
              value={state.kind}
              onChange={(e) => props.onKind((e.currentTarget as HTMLSelectElement).value as DraftKind)}
            >
              {(Object.keys(KIND_LABELS) as DraftKind[]).map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
          <button
            type="button"
            class="mm-icon"
            data-action="collapse"
            aria-label="Close the MatchMail panel"
            aria-keyshortcuts={PANEL_SHORTCUT}
            onClick={props.onToggleCollapsed}
          >
            ×
          </button>
        </header>
        {state.notice && (
          <p class="mm-notice" role="status">
            {state.notice}
          </p>
        )}
        {state.unreadable && (
          <p class="mm-notice" role="status">
            MatchMail can't read this compose window, so no checks and no check before sending work here. Your
            email is untouched.
          </p>
        )}
        {state.undo && (
          <p class="mm-toast" role="status">
            “{state.undo.title}” is off in every email.{' '}
            <button
              type="button"
              data-action="undo-disable"
              onClick={() => props.onUndoDisable(state.undo?.ruleId ?? '')}
            >
              Undo
            </button>
          </p>
        )}
        {state.enabled && !state.unreadable && (
          <>
            {state.emptyDraft && asked.length === 0 ? (
              <p class="mm-summary">Start writing, or pick a template. MatchMail checks as you type.</p>
            ) : listed.length === 0 ? (
              <p class="mm-summary mm-all-clear">✓ Nothing here conflicts with the Match rules.</p>
            ) : (
              <p class="mm-summary">{countWords(c)}</p>
            )}
            {findingsView}
            {/* The findings first, then the tools in one row; what a tool opens goes below the row, so
                opening the tone report moves neither a card nor the Templates button (P6, T4). */}
            <div class="mm-tools" role="toolbar" aria-label="MatchMail tools">
              <button type="button" data-action="tone-check" onClick={props.onToneCheck}>
                Check tone
              </button>
              {props.templatesButton}
            </div>
            {props.tone}
            {props.templates}
          </>
        )}
        {state.setupNeeded && (
          <p class="mm-setup">
            Add your programs to turn on the name and letter-of-intent checks.{' '}
            <button type="button" data-action="open-setup" onClick={props.onOpenSetup}>
              Set up
            </button>
          </p>
        )}
        <footer class="mm-footer">
          <label class="mm-switch">
            <input
              type="checkbox"
              data-action="toggle-email"
              checked={state.enabled}
              onChange={props.onToggleEnabled}
            />
            Check this email
          </label>
          {!state.setupNeeded && (
            <button type="button" class="mm-link" data-action="open-setup" onClick={props.onOpenSetup}>
              Your profile and programs
            </button>
          )}
          {state.moved && (
            <button type="button" class="mm-link" data-action="dock-panel" onClick={props.onDockBack}>
              Put back beside the draft
            </button>
          )}
        </footer>
      </aside>
      {live}
      {markCard}
      {guard}
    </>
  );
}
