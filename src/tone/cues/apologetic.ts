/** Apologies and self-effacing openers. One apology is courtesy; the score only turns dominant on the second. */
import { BODY, type Cue, cue } from './cue';

export const APOLOGETIC: Cue[] = [
  // "Sorry to hear" is sympathy, not apology.
  cue(/\bsorry\b(?!\s+(?:to\s+hear|for\s+your\s+loss))/, 0.45),
  cue(/\bapologi[sz](?:e|ing)\b|\bapologies\b|\bmy\s+apology\b/, 0.45),
  cue(/\bforgive\s+me\b|\bpardon\s+me\b/, 0.45),
  cue(/\bplease\s+excuse\b|\bexcuse\s+(?:me|my)\b/, 0.3),
  cue(
    /\b(?:bother(?:ing)?|disturb(?:ing)?|impos(?:e|ing)\s+on)\s+you\b|\bbeing\s+a\s+(?:bother|burden|nuisance)\b/,
    0.3,
  ),
  cue(
    /\b(?:tak(?:e|ing)|took)\s+(?:up\s+)?(?:so\s+much\s+of\s+)?your\s+(?:valuable\s+|precious\s+)?time\b/,
    0.3,
    { roles: BODY },
  ),
  cue(/\bi\s+hate\s+to\s+(?:ask|bother|write|trouble)\b/, 0.3),
  cue(/\bmy\s+(?:mistake|fault|error|oversight)\b|\bmix-?up\b/, 0.25),
  cue(/\bi\s+(?:sincerely\s+|deeply\s+)?regret\b|\bi\s+(?:feel|felt)\s+(?:terrible|awful|bad)\b/, 0.35),
  cue(/\bnot\s+too\s+much\s+trouble\b/, 0.2),
];
