/**
 * Pressure on the program: deadlines, demands, ultimatums and rank questions. Programs cannot promise a
 * rank and owe no reply, so pressure costs the applicant; "I look forward to hearing from you" is not a cue.
 */
import { type Cue, cue } from './cue';

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d`;
const WHEN = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|noon|the\s+end|end\s+of|eod|eow|this\s+(?:week|evening|afternoon|month)|next\s+\w+|${MONTH}|the\s+\d+(?:st|nd|rd|th)\b|\d|(?:the\s+)?(?:[\w-]+\s+){0,4}deadline)`;
/** What an applicant asks a program for. */
const ASK = String.raw`(?:let\s+me\s+know|reconsider|review|respond|reply|answer|hear(?:ing)?\s+(?:back|from\s+you)|confirm|get\s+back\s+to\s+me|tell\s+me|inform\s+me|notify\s+me|advise|decision|response|update|status|know)`;

export const PUSHY: Cue[] = [
  // A reply asked for with a time limit: "please let me know by Friday", "respond within 48 hours".
  cue(
    new RegExp(String.raw`\b${ASK}\b[^.?!]{0,60}?\b(?:by|before|within|until|no\s+later\s+than)\s+${WHEN}`),
    0.7,
  ),
  cue(
    new RegExp(
      String.raw`\bplease\s+${ASK}\b[^.?!]{0,60}?\b(?:today|tonight|tomorrow|this\s+(?:week|month)|right\s+away)\b`,
    ),
    0.5,
  ),
  cue(/\bno\s+later\s+than\b/, 0.3),
  cue(/\b(?:reply|respond|answer|confirm)\s+(?:today|tonight|now|right\s+away)\b/, 0.5),
  cue(
    /\bi\s+expect\s+(?:a|an|your|to\s+hear|to\s+receive)\b|\bi\s+(?:need|require|want)\s+(?:a|an|your)\s+(?:\w+\s+)?(?:answer|response|reply|decision|update|explanation)\b/,
    0.6,
  ),
  // Texting drops the subject ("need to know asap"), so "I" is optional for "need".
  cue(/\b(?:i\s+)?need\s+to\s+know\b|\bi\s+(?:must|have)\s+to\s+know\b/, 0.5),
  cue(/\b(?:decision|plans?|intentions?)\s+(?:regarding|about|on|for)\s+(?:my\s+)?rank(?:ing)?\b/, 0.5),
  cue(/\b(?:immediately|asap|right\s+away|at\s+once|without\s+delay|urgent(?:ly)?)\b/, 0.5),
  cue(/\bas\s+soon\s+as\s+possible\b|\bprompt\s+(?:reply|response|answer|decision)\b/, 0.35),
  cue(
    /\bif\s+i\s+do\s+not\s+hear\s+(?:back|from\s+(?:you|your\s+\w+))\b|\bi\s+will\s+(?:have\s+to\s+)?assume\b/,
    0.5,
  ),
  cue(
    /\b(?:another|competing|other)\s+(?:offer|offers)\b|\boffer\s+from\s+another\b|\bother\s+programs?\s+(?:are\s+|r\s+)?(?:waiting|interested)\b|\b(?:several|other|many|multiple)\s+programs\s+(?:have\s+)?(?:reached\s+out|contacted|offered|are\s+interested|want)\b/,
    0.5,
  ),
  cue(
    /\bwhere\s+(?:do\s+)?i\s+(?:will\s+)?(?:stand|fall|rank|be\s+(?:on|ranked))\b|\bwhether\s+(?:i\s+will\s+be\s+ranked|(?:you|your\s+program)\s+(?:will|plans?\s+to)\s+rank\s+me)\b|\bhow\s+(?:high(?:ly)?|you\s+will)\s+rank\s+me\b/,
    0.5,
  ),
  cue(
    /\bhave\s+not\s+heard\s+back\b|\bstill\s+(?:have\s+)?not\s+(?:heard|received)\b|\bemailed\s+you\s+(?:\w+\s+)?(?:times|again)\b|\bfollow\s+up\s+again\b|\b(?:two|three|four|several|multiple|\d)\s+(?:previous|prior|earlier|unanswered)\s+(?:e-?mails|messages|calls)\b/,
    0.4,
  ),
  // "Can't wait to see you" is excitement; "cannot wait any longer" is pressure.
  cue(/\bcan\s*not\s+(?:wait|keep\s+waiting|hold|afford)\b(?!\s+to\b)/, 0.4),
  cue(
    /\b(?:do|will)\s+not\s+(?:intend\s+to\s+|plan\s+to\s+|be\s+able\s+to\s+|have\s+time\s+to\s+)?wait\b|\bexpedite\b|\bi\s+(?:demand|insist)\b/,
    0.4,
  ),
  cue(/\b(?:\d+|two|three|four|five|several|many)\s+other\s+programs\b/, 0.3),
  cue(/\bin\s+writing\b|\bmove\s+on\b/, 0.2),
];
