import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../analyzer/types';
import { Source } from './FindingCard';
import type { RuleWords } from './rule-words';

export interface MarkCardProps {
  finding: Finding;
  index: number;
  words: RuleWords | undefined;
  /** Where the marked words are on screen (viewport pixels). */
  anchor: { left: number; top: number; bottom: number };
  canFix: boolean;
  onApplyFix(index: number): void;
  onIgnore(index: number): void;
  onClose(): void;
  onPointer(inside: boolean): void;
}

const GAP = 6;
const MARGIN = 8;

/**
 * The card at a mark (opened by hover, click or the caret): the rule's title, one plain sentence, what to
 * write instead with a one-click rewrite where a safe one exists, Ignore, and "Why?". Small like a
 * Grammarly card (≤ 120 px until "Why?" is opened: the sentence is two lines at most, "Try instead" one line
 * until "Why?"), so it hides little of the draft. It sits below the words, or above them when there is
 * no room, and never runs off screen.
 */
export function MarkCard(p: MarkCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [whyOpen, setWhyOpen] = useState(false);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  const f = p.finding;
  const title = p.words?.title ?? f.message;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const view = el.ownerDocument.defaultView ?? window;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    let top = p.anchor.bottom + GAP;
    if (top + h > view.innerHeight - MARGIN) top = Math.max(MARGIN, p.anchor.top - GAP - h);
    const left = Math.max(MARGIN, Math.min(p.anchor.left, view.innerWidth - w - MARGIN));
    if (!pos || pos.left !== left || pos.top !== top) setPos({ left, top });
  });

  return (
    <div
      ref={ref}
      class={`mm-mark-card mm-${f.severity}${whyOpen ? ' mm-why-open' : ''}`}
      role="dialog"
      aria-label={title}
      data-mark-card
      data-rule-id={f.ruleId}
      style={pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { left: '-9999px', top: '0px' }}
      onMouseEnter={() => p.onPointer(true)}
      onMouseLeave={() => p.onPointer(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          p.onClose();
        }
      }}
    >
      <p class="mm-card-title">{title}</p>
      <p class="mm-message">{p.words?.summary ?? f.message}</p>
      {p.words?.tryInstead && (
        // One line (whole in its tooltip) until "Why?" opens the card: it stays ≤ 120 px (M1). A line that grew
        // on hover or focus would move the buttons under a click.
        <p class="mm-try" title={p.words.tryInstead}>
          <span class="mm-try-label">Try instead:</span> “{p.words.tryInstead}”
        </p>
      )}
      <div class="mm-card-actions">
        {p.canFix && (
          <button
            type="button"
            class="mm-primary"
            data-action="apply-fix"
            onClick={() => p.onApplyFix(p.index)}
          >
            {p.words?.tryInstead ? 'Use this sentence' : 'Fix it'}
          </button>
        )}
        <button
          type="button"
          data-action="ignore"
          aria-label={`Ignore: ${title}`}
          onClick={() => p.onIgnore(p.index)}
        >
          Ignore
        </button>
        <button type="button" data-action="why" aria-expanded={whyOpen} onClick={() => setWhyOpen(!whyOpen)}>
          Why?
        </button>
        <button
          type="button"
          class="mm-icon"
          data-action="close-card"
          aria-label="Close this card"
          onClick={p.onClose}
        >
          ×
        </button>
      </div>
      {whyOpen && (
        <div class="mm-why-box">
          <p class="mm-why">{f.why}</p>
          <Source finding={f} />
        </div>
      )}
    </div>
  );
}
