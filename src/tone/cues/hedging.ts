/**
 * Hedges that soften a statement until it says little: "I think maybe", "I was wondering if", "kind of".
 * Our own phrases carry the weight; the `hedges` word list adds a little for each of its words we do not
 * already cover (see ../lexicons.ts for which of its words are left out and why).
 */
import { HEDGE_WORDS } from '../lexicons';
import { BODY, type Cue, cue, OPEN_AND_BODY } from './cue';

export const HEDGING: Cue[] = [
  cue(/\bi\s+(?:was|am)\s+(?:just\s+)?wondering\b/, 0.4),
  cue(/\bi\s+guess\b|\bi\s+suppose\b|\bi\s+(?:may|might|could)\s+be\s+wrong\b/, 0.4),
  cue(
    /\bi\s+was\s+(?:just\s+)?hoping\b|\bany\s+chance\b|\bif\s+you\s+do\s+not\s+mind\b|\bif\s+that\s+is\s+(?:alright|all\s+right|okay|ok)\b/,
    0.25,
  ),
  cue(/\bdo\s+not\s+want\s+to\s+(?:presume|impose|assume|overstep)\b/, 0.25),
  cue(
    /\bi\s+am\s+(?:not\s+(?:\w+\s+)?(?:sure|certain)|unsure)\b|\bnot\s+(?:\w+\s+)?(?:sure|certain)\s+(?:if|whether)\b/,
    0.4,
  ),
  cue(/\bmaybe\b|\bperhaps\b|\bpossibly\b/, 0.3, { max: 2 }),
  cue(/\bkind\s+of\b(?!\s+(?:you|the|your|him|her|them|dr)\b)|\bsort\s+of\b|\bkinda\b|\bsorta\b/, 0.3, {
    max: 2,
  }),
  cue(/\bjust\s+(?:wanted|thought|wondering|checking|in\s+case)\b/, 0.3),
  cue(/\bi\s+hope\s+(?:it|this|that)\s+is\s+(?:okay|ok|alright|all\s+right|fine|not)\b/, 0.3),
  cue(/\bi\s+think\b|\bi\s+feel\s+like\b/, 0.25),
  cue(/\bprobably\b|\bsomewhat\b/, 0.25),
  cue(/\bi\s+(?:might|may)\s+(?:be|have|not)\b|\bi\s+thought\s+i\s+(?:would|might)\b|\bcould\s+try\b/, 0.2),
  cue(/\bif\s+(?:it\s+is\s+)?possible\b|\bhopefully\b|\bi\s+hope\s+it\s+is\s+possible\b/, 0.2),
  cue(/\ba\s+(?:little|bit)\b/, 0.15, { roles: BODY }),
  cue(/\bwould\s+it\s+be\s+possible\b|\bkindly\s+(?:ask|request)\b/, 0.15),
  cue(/\b(?:could|would|might)\s+(?:possibly\s+)?be\s+possible\b/, 0.2),
  // Deferential escape hatches: "if it is not disturbing", "if this is not appropriate, I understand".
  cue(
    /\bif\s+(?:it|this)\s+is\s+not\s+(?:disturbing|a\s+problem|inconvenient|too\s+much|appropriate|possible)\b/,
    0.2,
  ),
  cue(new RegExp(String.raw`\b(?:${HEDGE_WORDS.join('|')})\b`), 0.1, { max: 3, roles: OPEN_AND_BODY }),
];
