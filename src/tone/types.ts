/** The tone report's shape (DESIGN §4.1 `tone --format json`): shared by the CLI, the panel and the tests. */
import type { DraftKind } from '../analyzer/types';

export type ToneLabel =
  | 'professional'
  | 'warm'
  | 'confident'
  | 'hedging'
  | 'apologetic'
  | 'desperate'
  | 'emotional'
  | 'pushy'
  | 'casual'
  | 'negative';

/** Every report lists all ten labels in this order, so a reader can compare two reports line by line. */
export const TONE_LABELS: readonly ToneLabel[] = [
  'professional',
  'warm',
  'confident',
  'hedging',
  'apologetic',
  'desperate',
  'emotional',
  'pushy',
  'casual',
  'negative',
];

export interface SentenceSpan {
  /** UTF-16 offset into the draft, inclusive. */
  start: number;
  /** UTF-16 offset into the draft, exclusive. */
  end: number;
}

export interface LabelScore {
  label: ToneLabel;
  /** 0..1; at or above DOMINANT_THRESHOLD the label describes the email. */
  score: number;
  /** The author's sentences that drive the score, in draft order. */
  sentences: SentenceSpan[];
}

export interface Readability {
  /** Flesch–Kincaid grade level of the body sentences. */
  gradeLevel: number;
  averageSentenceWords: number;
  sentences: number;
  words: number;
}

export interface LengthCheck {
  /** The author's own words: greeting and body, without sign-off, signature or quoted thread. */
  words: number;
  budget: number;
  over: boolean;
}

export interface ToneReport {
  labels: LabelScore[];
  /** The one to three labels that describe the email best, strongest first. */
  dominant: ToneLabel[];
  readability: Readability;
  length: LengthCheck;
  /** One to three concrete suggestions in plain words. */
  suggestions: string[];
}

export interface ToneOptions {
  /** The draft kind when the caller already knows it; otherwise it is classified from the text. */
  kind?: DraftKind;
  /**
   * The sentence layer (src/analyzer/sentence/model.ts) to read sentences with; without it only the cue tables
   * count. Passed in rather than imported so the tone bundle does not carry a second copy of the weights.
   */
  sentences?: import('./readings').SentenceReadings | null;
}
