import type { Finding } from '../analyzer/types';

interface Props {
  /** The program-asked-rank findings (one or more questions in the quoted message). */
  findings: Finding[];
  onUseDecline(): void;
}

/**
 * The program's own question, as a calm notice at the top: not a problem with the applicant's reply, so it
 * is not counted or grouped with findings. One notice per quoted message, however many questions it holds;
 * each finding still has its hook element (DESIGN §4.4).
 */
export function ProgramNotice({ findings, onUseDecline }: Props) {
  const [first, ...rest] = findings;
  if (!first) return null;
  return (
    <section
      class="mm-program-notice"
      aria-labelledby="mm-program-notice-title"
      data-rule-id={first.ruleId}
      data-severity={first.severity}
      data-program-notice
    >
      <p class="mm-card-title" id="mm-program-notice-title">
        The program asked how you will rank it — you do not have to answer.
      </p>
      <p class="mm-message">
        Programs may not ask this. You can decline politely and keep your reply to your interest.
      </p>
      {first.excerpt && (
        <blockquote class="mm-excerpt" title="From the program's message">
          {first.excerpt}
        </blockquote>
      )}
      <button type="button" class="mm-primary" data-action="use-decline-reply" onClick={onUseDecline}>
        Use the polite-decline reply
      </button>
      {rest.map((f) => (
        <span key={`${f.start}`} hidden data-rule-id={f.ruleId} data-severity={f.severity} />
      ))}
    </section>
  );
}
