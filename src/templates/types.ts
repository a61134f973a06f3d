import type { DraftKind } from '../analyzer/types';
import type { MatchPhase } from '../calendar/match-calendar';

/** Who the email is written to; the picker uses it to label templates that differ only by reader. */
export type Audience =
  | 'program-director'
  | 'faculty-interviewer'
  | 'chief-resident'
  | 'coordinator'
  | 'program-sender';

/**
 * A template as written in the library. In `subject` and `body`:
 * - `{{program.name}}` is a field; a required field must have a value or nothing is rendered;
 * - `[[ … ]]` is an optional part: it appears only when every field inside it has a value, so an optional
 *   fact drops its whole sentence (or line) rather than leaving a gap.
 */
export interface TemplateSource {
  id: string;
  title: string;
  /** One line the picker shows under the title: when to use it (TP1). */
  description: string;
  kind: DraftKind;
  /** The Match calendar phases in which this email makes sense. */
  stages: readonly MatchPhase[];
  audience?: Audience;
  subject: string;
  body: string;
}

export interface TemplateFields {
  /** Field paths that must have a value, in order of first use. */
  required: string[];
  /** Field paths used only inside optional parts. */
  optional: string[];
}

export interface Template extends TemplateSource {
  fields: TemplateFields;
}

/** Field values by path ("program.name" → "Lantern Bay University Medical Center"). Blank counts as missing. */
export type FieldValues = Readonly<Record<string, string | undefined>>;

export type RenderResult = { ok: true; subject: string; body: string } | { ok: false; missing: string[] };
