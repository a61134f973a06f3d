/**
 * Self-assurance backed by evidence. Claims ("I am confident", "I will bring") and concrete results
 * ("was accepted for publication", "with honors") are matched here; first-person achievement verbs and the
 * numbers and names that make them concrete come from compromise (see ../achievements.ts).
 */
import { BODY, type Cue, cue } from './cue';

export const CONFIDENT: Cue[] = [
  cue(
    /\bi\s+am\s+(?:very\s+|fully\s+|entirely\s+|quite\s+)?(?:confident|certain|sure)\b(?!\s+(?:if|whether))/,
    0.5,
    { roles: BODY },
  ),
  cue(/\bi\s+know\s+(?:that\s+)?i\s+(?:will|can|would)\b/, 0.4, { roles: BODY }),
  cue(/\bi\s+(?:will\s+)?bring\b/, 0.35, { roles: BODY }),
  cue(
    /\bi\s+(?:excel|thrive)\b|\bi\s+have\s+(?:consistently\s+)?demonstrated\b|\bi\s+have\s+(?:extensive|significant|substantial|strong)\s+(?:experience|background|training)\b/,
    0.3,
    { roles: BODY },
  ),
  cue(
    /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+years\s+(?:of\s+(?:\w+\s+)?experience|at\s+the\s+bedside|as\s+an?)\b/,
    0.2,
    { roles: BODY },
  ),
  cue(/\bi\s+would\s+bring\b/, 0.2, { roles: BODY }),
  cue(/\bi\s+will\s+(?:be\s+(?:a|an)\b|make|excel|thrive|contribute|succeed|hit\s+the\s+ground)/, 0.3, {
    roles: BODY,
  }),
  cue(
    /\bi\s+am\s+(?:well[\s-]+|fully\s+)?(?:prepared|ready|equipped)\b|\b(?:have|has)\s+(?:\w+\s+)?prepared\s+me\b/,
    0.35,
    { roles: BODY },
  ),
  cue(
    /\b(?:received|won|earned|was\s+awarded)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,4}(?:award|prize|scholarship|grant|fellowship)\b/,
    0.3,
    { roles: BODY },
  ),
  cue(
    /\bserved\s+as\s+(?:the\s+)?(?:\w+\s+)?(?:chief|president|lead|director|captain|chair|coordinator|founder)\b/,
    0.3,
    { roles: BODY },
  ),
  cue(/\b(?:strongest|top)\s+(?:candidate|applicant)\b|\bproven\s+(?:track\s+record|ability)\b/, 0.4, {
    roles: BODY,
  }),
  cue(
    /\b(?:was|were|has\s+been|have\s+been|got)\s+(?:\w+ly\s+)?(?:accepted|published|awarded|selected|funded|elected|named|chosen|honored|recognized|invited\s+to\s+present)\b/,
    0.3,
    { roles: BODY },
  ),
  cue(
    /\bfirst[\s-]author(?:ed)?\b|\bwith\s+honou?rs\b|\bhonou?rs\s+in\b|\b(?:first|top)\s+(?:in\s+my\s+class|\d+\s*%)/,
    0.2,
    { roles: BODY },
  ),
];
