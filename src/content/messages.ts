/** Messages between the content script, the popup and the service worker (by name; no draft text). */
export const OPEN_SETUP_MESSAGE = 'matchmail:open-setup';
export const STATUS_MESSAGE = 'matchmail:status';

/** What the content script tells the popup about its tab: counts only, never the draft's words. */
export interface TabStatus {
  composes: number;
  /** Composes where the applicant switched MatchMail off for that one email. */
  composesOff: number;
  counts: { error: number; warning: number; suggestion: number };
}
