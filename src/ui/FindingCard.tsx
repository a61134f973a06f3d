import { useState } from 'preact/hooks';
import type { Finding } from '../analyzer/types';
import { type RuleWords, shortQuote } from './rule-words';

export interface CardActions {
  onJump(index: number): void;
  onIgnore(index: number): void;
  /** Asks first for an error-level check (see Props.confirming), then turns it off in every email. */
  onDisableRule(ruleId: string): void;
  onConfirmDisable(ruleId: string): void;
  onCancelDisable(): void;
  onApplyFix(index: number): void;
}

interface Props extends CardActions {
  finding: Finding;
  index: number;
  words: RuleWords | undefined;
  active: boolean;
  /** A one-click rewrite exists for this finding. */
  canFix: boolean;
  /** "Turn off this check" was pressed on this error-level rule: ask before doing it. */
  confirming: boolean;
  /**
   * Shown in full (message, what to write instead, actions). A closed card is its title and the flagged
   * words, one line each, so every finding's title fits in the panel at once: a list, not a report (P1).
   */
  open: boolean;
  onToggle(): void;
}

/** The source, as a link only when it is https (page text is never markup). */
export function Source({ finding: f }: { finding: Finding }) {
  return (
    <p class="mm-source">
      Source:{' '}
      {/^https:\/\//.test(f.source.url) ? (
        <a href={f.source.url} target="_blank" rel="noopener noreferrer">
          {f.source.title}
        </a>
      ) : (
        f.source.title
      )}
    </p>
  );
}

/**
 * One finding in the panel: the rule's title as headline and the flagged words; opened, one plain sentence,
 * what to write instead, the actions, and "Why?" behind a disclosure (the long message, the reason and the
 * source, and the switch that turns the check off). Everything from the draft is rendered as text (Preact
 * escapes it).
 */
export function FindingCard(props: Props) {
  const { finding: f, index, words, active, confirming, open } = props;
  // Kept here, not in the body: "Keep it on" after "Turn off…" must find the reason still open.
  const [whyOpen, setWhyOpen] = useState(false);
  const title = words?.title ?? f.message;
  const titleId = `mm-card-title-${index}`;
  const bodyId = `mm-card-body-${index}`;
  return (
    <article
      class={`mm-card mm-${f.severity}${active ? ' mm-active' : ''}${open ? ' mm-open' : ''}`}
      data-rule-id={f.ruleId}
      data-severity={f.severity}
      data-finding-index={index}
      tabIndex={-1}
      aria-labelledby={titleId}
    >
      <h3 class="mm-card-title" id={titleId}>
        <button
          type="button"
          class="mm-card-toggle"
          data-action="toggle-card"
          aria-expanded={open}
          aria-controls={open ? bodyId : undefined}
          onClick={props.onToggle}
        >
          {title}
        </button>
      </h3>
      {f.excerpt && (
        <blockquote
          class="mm-excerpt"
          title={f.target === 'thread' ? "From the program's message" : 'From your draft'}
        >
          {f.excerpt}
        </blockquote>
      )}
      {open && (
        <CardBody
          {...props}
          title={title}
          bodyId={bodyId}
          whyOpen={whyOpen}
          onWhy={() => setWhyOpen(!whyOpen)}
        />
      )}
      {confirming && (
        <div class="mm-confirm" role="alertdialog" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`}>
            Turn off “{title}” in every email? This check keeps a Match-policy problem out of what you send.
          </p>
          <div class="mm-card-actions">
            <button
              type="button"
              data-action="cancel-disable"
              class="mm-primary"
              onClick={props.onCancelDisable}
            >
              Keep it on
            </button>
            <button
              type="button"
              data-action="confirm-disable"
              onClick={() => props.onConfirmDisable(f.ruleId)}
            >
              Turn it off
            </button>
          </div>
        </div>
      )}
    </article>
  );
}

/** What an opened card adds: the plain sentence, what to write instead, the actions and "Why?". */
function CardBody(props: Props & { title: string; bodyId: string; whyOpen: boolean; onWhy(): void }) {
  const { finding: f, index, words, canFix, title, bodyId, whyOpen } = props;
  const inDraft = f.target === 'draft' && f.end > f.start;
  const quote = shortQuote(f.excerpt || title);
  const whyId = `mm-card-why-${index}`;
  return (
    <div class="mm-card-body" id={bodyId}>
      <p class="mm-message">{words?.summary ?? f.message}</p>
      {words?.tryInstead && (
        <p class="mm-try">
          <span class="mm-try-label">Try instead:</span> “{words.tryInstead}”
        </p>
      )}
      <div class="mm-card-actions">
        {canFix && (
          <button
            type="button"
            data-action="apply-fix"
            class="mm-primary"
            onClick={() => props.onApplyFix(index)}
          >
            {words?.tryInstead ? 'Use this sentence' : 'Fix it'}
          </button>
        )}
        {inDraft && (
          <button
            type="button"
            data-action="jump"
            aria-label={`Show “${quote}” in draft`}
            onClick={() => props.onJump(index)}
          >
            Show in draft
          </button>
        )}
        <button
          type="button"
          data-action="ignore"
          aria-label={`Ignore “${quote}” in this email`}
          onClick={() => props.onIgnore(index)}
        >
          Ignore
        </button>
        <button
          type="button"
          data-action="why"
          aria-expanded={whyOpen}
          aria-controls={whyId}
          aria-label={`Why? ${title}`}
          onClick={props.onWhy}
        >
          Why?
        </button>
      </div>
      {whyOpen && (
        <div class="mm-why-box" id={whyId}>
          <p class="mm-long">{f.message}</p>
          <p class="mm-why">{f.why}</p>
          <Source finding={f} />
          <button
            type="button"
            data-action="disable-rule"
            class="mm-quiet"
            onClick={() => props.onDisableRule(f.ruleId)}
          >
            Turn off “{title}” in every email
          </button>
        </div>
      )}
    </div>
  );
}
