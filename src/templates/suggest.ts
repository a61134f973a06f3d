/**
 * Which templates to offer first. The strongest signal is the program's own question: an applicant asked
 * "will you rank us first?" needs the polite answer before anything else. Then the kind of email being
 * written, then the stage of the Match calendar. Every template stays in the list, so the picker never
 * hides one; those that do not fit the stage or the thread go last.
 */
import type { DraftKind } from '../analyzer/types';
import type { MatchPhase } from '../calendar/match-calendar';
import { TEMPLATES } from './library';

export interface SuggestInput {
  /** What the analyzer classified the draft as. */
  kind?: DraftKind;
  /** Where today falls in the Match calendar. */
  phase?: MatchPhase;
  /** The quoted program message asks how the applicant will rank it. */
  programAskedRank?: boolean;
  /** The quoted program message asks where else the applicant applied or interviewed. */
  programAskedOtherPrograms?: boolean;
  isReply?: boolean;
  /** The interview has happened (a thank-you or letter being written, or the program's message says so). */
  afterInterview?: boolean;
}

/** Kinds written only after an interview: declining one is not a choice any more. */
const AFTER_INTERVIEW_KINDS: readonly DraftKind[] = ['thank-you', 'letter-of-interest', 'letter-of-intent'];

export function suggestTemplates(input: SuggestInput): string[] {
  const scored = TEMPLATES.map((t, order) => {
    let score = 0;
    if (input.programAskedRank && t.id === 'reply-rank-question') score += 1000;
    if (input.programAskedOtherPrograms && t.id === 'reply-other-programs-question') score += 900;
    if (input.kind && input.kind !== 'other' && t.kind === input.kind) score += 100;
    // Unknown (undefined) says nothing either way; only a known new email pushes replies down.
    if (input.isReply === true && t.kind === 'reply-to-program') score += 50;
    // A decline often starts a new email: the invitation came through the scheduling platform.
    if (input.isReply === false && t.kind === 'reply-to-program' && t.id !== 'decline-interview') score -= 50;
    if (input.phase) score += t.stages.includes(input.phase) ? 10 : -200;
    // After the interview, "Declining an interview invitation" answers nothing: last, never suggested.
    const after =
      input.afterInterview || (input.kind !== undefined && AFTER_INTERVIEW_KINDS.includes(input.kind));
    if (after && t.id === 'decline-interview') score -= 2000;
    return { id: t.id, score, order };
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.id);
}

const RANK_WORDS =
  /\brank(?:ing|ed)?\b|\b(?:rank|match)\s+list\b|\b(?:first|top|number\s+one|#\s?1)\s+(?:choice|pick|program)\b|\bon\s+your\s+list\b/i;
const RANK_ASK =
  /\b(?:will|would|do|did|are|where|how|which)\b[^.?!]{0,40}\b(?:you|we|us)\b[^.?!]{0,60}\b(?:rank|ranking|list|first|top|#\s?1|number\s+one)\b/i;
/** "Do you have any questions about ranking?" is an offer to help, not a question about the applicant's list. */
const NOT_ASKING = /\bquestions?\s+(?:about|on|regarding)\b|\bhow\s+(?:the\s+)?(?:match|ranking)\s+works\b/i;
const OTHER_PROGRAMS =
  /\b(?:where\s+else|which\s+(?:other\s+)?programs?|what\s+other\s+programs?|other\s+programs?|other\s+places)\b[^.?!]{0,60}\b(?:interview|apply|applied|applying|rank|consider|signal)/i;
const ASKS =
  /\?|\b(?:let\s+(?:us|me)\s+know|tell\s+(?:us|me)|share\s+with\s+(?:us|me)|please\s+(?:indicate|confirm))\b/i;

/**
 * Reads the program's quoted message for the two questions programs may not ask. Only sentences that ask
 * (a question mark, or "let us know…") count: "we will rank you highly" is not a question.
 */
export function programQuestionIn(thread: string): { asksRank: boolean; asksOtherPrograms: boolean } {
  const text = thread
    .split('\n')
    .map((l) => l.replace(/^\s*(?:>\s?)+/, ''))
    .join(' ');
  const sentences = text.match(/[^.?!]+[.?!]*/g) ?? [];
  let asksRank = false;
  let asksOtherPrograms = false;
  for (const s of sentences) {
    if (!ASKS.test(s) || NOT_ASKING.test(s)) continue;
    if (RANK_WORDS.test(s) && RANK_ASK.test(s)) asksRank = true;
    if (OTHER_PROGRAMS.test(s)) asksOtherPrograms = true;
  }
  return { asksRank, asksOtherPrograms };
}

/** The program's message speaks of an interview that has taken place ("Thank you for interviewing with us"). */
const INTERVIEW_DONE =
  /\b(?:thank(?:s| you) for (?:interviewing|your interview|coming|visiting)|for interviewing with|enjoyed (?:meeting|interviewing) you|(?:after|since) (?:your|the) interview|your interview (?:day|with us) (?:was|went)|you interviewed with)\b/i;

/** Whether the quoted program message is about an interview already held. */
export function threadAfterInterview(thread: string): boolean {
  return INTERVIEW_DONE.test(thread.replace(/\s+/g, ' '));
}
