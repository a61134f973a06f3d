import type { ToneReport } from '../tone/types';
import { strength, TONE_NAMES, toneAdvice, toneSummary, WANTED } from './tone-words';

interface Props {
  report: ToneReport | null;
  loading: boolean;
  error: string | null;
  /** The rule ids of the panel's current findings: the verdict must agree with them (T1). */
  findingRuleIds?: readonly string[];
  onClose(): void;
}

/**
 * How a busy program director will read this email: a verdict that agrees with the bars and the panel
 * (T1), wanted traits and risks in two colours with a word for each score (T2), what the highlights in the
 * draft mean (T3), then plain advice.
 */
export function ToneView({ report, loading, error, findingRuleIds = [], onClose }: Props) {
  const summary = report && toneSummary(report, findingRuleIds);
  return (
    <section class="mm-tone" aria-label="Tone check" data-tone-report>
      <div class="mm-header">
        <h2 class="mm-title">Tone, as a program director may read it</h2>
        <button
          type="button"
          class="mm-icon"
          data-action="close-tone"
          aria-label="Close the tone check"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {loading && <p role="status">Reading your draft…</p>}
      {error && <p class="mm-error-text">{error}</p>}
      {report && summary && (
        <>
          <p class={`mm-tone-verdict${summary.risks.length ? ' mm-tone-watch' : ''}`} data-tone-verdict>
            {summary.verdict}
          </p>
          <p class="mm-tone-key" aria-hidden="true">
            <span class="mm-key mm-key-wanted" /> more is better · <span class="mm-key mm-key-risk" /> keep
            low
          </p>
          {report.labels.map((l) => {
            const wanted = WANTED.has(l.label);
            const name = TONE_NAMES[l.label] ?? l.label;
            const n = Math.round(l.score * 100);
            return (
              <div
                key={l.label}
                class={`mm-tone-row ${wanted ? 'mm-wanted' : 'mm-risk'}${report.dominant.includes(l.label) ? ' mm-dominant' : ''}`}
                data-tone-label={l.label}
                data-tone-kind={wanted ? 'wanted' : 'risk'}
                data-score={l.score.toFixed(2)}
              >
                <span>{name}</span>
                <span
                  class="mm-bar"
                  role="meter"
                  aria-label={`${name} (${wanted ? 'more is better' : 'keep low'})`}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={n}
                  aria-valuetext={`${n}, ${strength(l.score)}`}
                >
                  <span style={{ width: `${n}%` }} />
                </span>
                <span class="mm-tone-n">
                  {n} <span class="mm-tone-word">{strength(l.score)}</span>
                </span>
              </div>
            );
          })}
          {summary.legend && (
            <p class="mm-why" data-tone-legend>
              <span class="mm-key mm-key-tone" aria-hidden="true" /> {summary.legend}
            </p>
          )}
          <p class="mm-why">
            {report.length.words} words (aim for {report.length.budget} or fewer) · grade level{' '}
            {report.readability.gradeLevel.toFixed(1)}
          </p>
          {toneAdvice(report, summary).length > 0 && (
            <ul class="mm-suggestions">
              {toneAdvice(report, summary).map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
