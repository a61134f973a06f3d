/**
 * Whether a draft is written before any interview with its recipient. Before one there is no rank list to ask
 * about: "I need to know where I stand with you by Friday" from an applicant still waiting for an invitation asks
 * about the application (sets BT and BU, whose writers marked the rank-question reading must-not-fire). Rules
 * name what their sentence must then still say (`beforeInterviewNeeds`).
 */
import type { MatchPhase } from '../calendar/match-calendar';
import { saysInterviewHappened } from './classify';
import { normalize } from './normalize';
import type { TextModel } from './text-model';

/**
 * The applicant says they are still waiting to be invited or to hear at all, on normalized text ("haven't" reads
 * "have not"): "I still have not received an interview decision", "I applied in September and have not heard
 * anything", "Frankly, I expected an invitation by now". Tested in tests/unit/guards-2026-12-08.test.ts.
 */
const STILL_WAITING = new RegExp(
  [
    String.raw`\b(?:have|has|had|did)\s+not\s+(?:yet\s+)?(?:heard|received|gotten|got|been\s+(?:invited|contacted|offered))\b`,
    String.raw`\bnot\s+(?:yet\s+)?(?:been\s+)?invited\b`,
    String.raw`\binterview\s+(?:decisions?|invitations?|invites?|offers?)\b`,
    String.raw`\b(?:invitation|invite)\s+to\s+interview\b`,
    // "Frankly, I expected an invitation by now" (set CG)
    String.raw`\bexpected\s+(?:an?\s+)?(?:interview\s+)?(?:invitation|invite)\b`,
    String.raw`\bwaiting\s+(?:to\s+hear|for\s+(?:an?\s+|any\s+)?(?:interview|invitation|invite|decision|response|word))\b`,
  ].join('|'),
  'i',
);

/** Phases in which an applicant with no interview on record may still be waiting for one. */
const INTERVIEW_SEASON: ReadonlySet<MatchPhase | undefined> = new Set([
  undefined,
  'applications',
  'interviews',
]);

export function beforeAnyInterview(
  model: TextModel,
  timing: { interviewAhead: boolean; interviewPast: boolean; phase?: MatchPhase },
): boolean {
  if (timing.interviewAhead) return true;
  if (timing.interviewPast || !INTERVIEW_SEASON.has(timing.phase)) return false;
  const body = model.paragraphs.filter((p) => p.role === 'body');
  if (!body.some((p) => STILL_WAITING.test(normalize(p.text).text))) return false;
  return !saysInterviewHappened(model);
}
