/**
 * Begging and all-or-nothing stakes. Mentioning a previous non-match is honest and fine; pleading because
 * of it is what a program director reads as a red flag, so only the pleading is a cue.
 */
import { type Cue, cue } from './cue';

export const DESPERATE: Cue[] = [
  // Not old formal letter-writing ("I beg to write to you in respect of…", "I beg leave to…", set EB): courtesy.
  cue(
    /\bbeg(?:ging|s)?\b(?!\s+(?:leave|to\s+(?:write|address|submit|remain|state|inform|apply|acknowledge|express|enclose|bring|draw|mention|say|convey|forward|report|thank|present|introduce|communicate|notify|differ)\b))|\bimplor(?:e|ing)\b|\bplead(?:ing)?\b/,
    0.9,
  ),
  cue(/\b(?:last|only|final)\s+(?:chance|hope)\b/, 0.8),
  cue(/\bnowhere\s+else\b|\bno\s+other\s+(?:option|choice|hope)s?\b/, 0.8),
  cue(/\b(?:do|doing)\s+(?:anything|whatever\s+it\s+takes)\b|\bwhatever\s+it\s+takes\b/, 0.7),
  cue(
    /\b(?:accept|take)\s+any\s+(?:position|spot|offer|place)\b|\bany\s+(?:position|spot)\s+at\s+all\b/,
    0.7,
  ),
  cue(/\bdesperate(?:ly)?\b/, 0.7),
  cue(/\bi\s+(?:really\s+|truly\s+|so\s+)?need\s+this\b/, 0.6),
  cue(/\bplease,?\s+please\b/, 0.6),
  cue(
    /\b(?:give|grant)\s+me\s+(?:a|this|one|another)\s+(?:last\s+|one\s+|single\s+|final\s+|more\s+)?chance\b/,
    0.6,
  ),
  cue(/\bdo\s+not\s+know\s+what\s+i\s+(?:will|would|am\s+going\s+to)\s+do\b/, 0.6),
  cue(/\bcan\s*not\s+(?:go\s+through|survive|face|bear)\s+(?:another|this\s+again)\b/, 0.6),
  cue(
    /\b(?:please\s+)?do\s+not\s+(?:forget|overlook|ignore|give\s+up\s+on)\s+(?:me|my)\b|\bplease\s+do\s+not\s+let\b/,
    0.5,
  ),
  cue(/\bcan\s*not\s+imagine\s+(?:my\s+(?:future|life)|myself|being)\s+anywhere\s+else\b/, 0.35),
  cue(/\bforever\s+(?:grateful|indebted|thankful)\b/, 0.3),
  cue(
    /\brunning\s+out\s+of\s+(?:options|time|hope)\b|\blose\s+everything\b|\bsave\s+my\s+(?:career|life|future)\b|\bplease\s+help\s+me\b/,
    0.5,
  ),
  cue(/\b(?:take|accept)\s+(?:whatever|anything)\b|\bi\s+have\s+nothing\s+(?:else|left)\b/, 0.6),
  cue(
    /\b(?:terrified|scared|afraid|frightened)\s+(?:of\s+(?:another|not|never|losing|failing)|that\s+i\s+(?:will|would|might)\s+(?:not|never))\b|\banother\s+year\s+without\b/,
    0.4,
  ),
  cue(
    /\bany\s+(?:spot|position|place|slot|opening|opportunity|site|track|role|job)\b|\banything\s+that\s+(?:keeps|lets|gets|allows)\s+me\b/,
    0.4,
  ),
  cue(
    /\b(?:not\s+sure|do\s+not\s+know\s+(?:if|whether))\s+i\s+can\s+(?:keep\s+going|go\s+on|continue|do\s+this|try\s+again)\b|\bcan\s*not\s+(?:bear|handle|take\s+(?:another|it))\b|\b(?:walk(?:ing)?\s+away\s+from|give\s+up\s+on|leave)\s+medicine\b/,
    0.5,
  ),
  cue(
    /\bfoot\s+in\s+the\s+door\b|\bany\s+way\s+(?:at\s+all|possible)\b|\bwilling\s+to\s+do\s+(?:anything|whatever)\b|\b(?:or|and)\s+anything\s+else\b/,
    0.4,
  ),
  cue(/\bunsuccessful\s+(?:cycles?|attempts?|years?|applications?)\b/, 0.3),
  cue(
    /\b(?:given\s+up|sacrificed)\s+(?:so\s+much|everything)\b|\b(?:third|fourth|fifth|3rd|4th|5th)\s+(?:cycle|time|attempt)\b/,
    0.3,
  ),
  cue(/\banything\s+at\s+all\b|\bslip\s+away\b/, 0.3),
  cue(/\b(?:applied|tried)\s+(?:three|four|five|six|several|many|\d+)\s+times\b/, 0.3),
];
