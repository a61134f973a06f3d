import type { ToneReport } from '../tone/types';

interface Props {
  report: ToneReport | null;
  loading: boolean;
  error: string | null;
  onClose(): void;
}

const NAMES: Record<string, string> = {
  professional: 'Professional',
  warm: 'Warm',
  confident: 'Confident',
  hedging: 'Hedging',
  apologetic: 'Apologetic',
  desperate: 'Desperate',
  emotional: 'Emotional',
  pushy: 'Pushy',
  casual: 'Casual',
  negative: 'Negative',
};

/** How a busy program director will read this email: every label with a bar, then plain suggestions. */
export function ToneView({ report, loading, error, onClose }: Props) {
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
      {report && (
        <>
          {report.labels.map((l) => (
            <div
              key={l.label}
              class={`mm-tone-row${report.dominant.includes(l.label) ? ' mm-dominant' : ''}`}
              data-tone-label={l.label}
              data-score={l.score.toFixed(2)}
            >
              <span>{NAMES[l.label] ?? l.label}</span>
              <span
                class="mm-bar"
                role="meter"
                aria-label={NAMES[l.label] ?? l.label}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(l.score * 100)}
              >
                <span style={{ width: `${Math.round(l.score * 100)}%` }} />
              </span>
              <span>{Math.round(l.score * 100)}</span>
            </div>
          ))}
          <p class="mm-why">
            {report.length.words} words (aim for {report.length.budget} or fewer) · grade level{' '}
            {report.readability.gradeLevel.toFixed(1)}
          </p>
          {report.suggestions.length > 0 && (
            <ul class="mm-suggestions">
              {report.suggestions.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
