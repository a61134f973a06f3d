/**
 * Messages between the content script, the popup and the service worker. Only the first analyses of a compose
 * opened before the engine is in its tab carry the draft (ANALYZE_MESSAGE, below); the rest go by name.
 */
import type { Context, Report } from '../analyzer/types';
import type { RuleWords } from '../ui/rule-words';

export const OPEN_SETUP_MESSAGE = 'matchmail:open-setup';
export const STATUS_MESSAGE = 'matchmail:status';

/** What the content script tells the popup about its tab: counts only, never the draft's words. */
export interface TabStatus {
  composes: number;
  /** Composes where the applicant switched MatchMail off for that one email. */
  composesOff: number;
  counts: { error: number; warning: number; suggestion: number };
}

/**
 * A compose opened before the checking engine is in its tab (it is injected at idle, or when a compose
 * opens): the content script asks the service worker, where the engine is loaded and warmed off the page's
 * thread, for the first reports, until the tab's own engine takes over a moment later. The draft's text and
 * context go to the extension's own worker only, are read in its memory and are not kept.
 */
export const ANALYZE_MESSAGE = 'matchmail:analyze';
/** Sent when a mail page starts: the worker loads and warms its engine then, in its own process. */
export const WARM_MESSAGE = 'matchmail:warm';

export interface AnalyzeRequest {
  type: typeof ANALYZE_MESSAGE;
  draft: string;
  context: Context;
}

export type AnalyzeResponse =
  | {
      report: Report;
      /** The card words of every rule in the report. */
      words: Record<string, RuleWords>;
    }
  | { error: string };
