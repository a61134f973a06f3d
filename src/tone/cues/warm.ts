/**
 * Gratitude, enjoyment and kindness toward people. A sign-off such as "With gratitude," counts a little;
 * "I would welcome the opportunity" is a formula, not warmth.
 */
import { BODY, type Cue, cue, OPEN_AND_BODY, SIGNOFF } from './cue';

export const WARM: Cue[] = [
  cue(/\bthank(?:s|\s+you)\b|\bthx\b/, 0.3, { roles: OPEN_AND_BODY }),
  cue(
    /\bthank(?:s|\s+you)\s+(?:so|very)\s+much\b|\bmany\s+thanks\b|\bthanks\s+a\s+(?:ton|lot|million)\b/,
    0.15,
    { roles: OPEN_AND_BODY },
  ),
  cue(/\b(?:grateful|gratitude|thankful|appreciat(?:e|ed|ive|ion))\b/, 0.3, { roles: OPEN_AND_BODY }),
  cue(
    /\b(?:enjoyed|pleasure|delighted|lovely|wonderful|memorable|fantastic|loved\s+(?:meeting|talking|hearing|learning|getting))\b/,
    0.3,
    { roles: OPEN_AND_BODY },
  ),
  cue(
    /\b(?:welcoming|warmth|warm\s+welcome|kindness|kind(?!\s+of\b)|generous|generosity|hospitality|thoughtful|supportive|friendly|collegial|caring|care\s+for)\b|\bwelcome\b(?!\s+(?:the|an?|any)\s+(?:opportunity|chance|information))/,
    0.2,
    { roles: OPEN_AND_BODY },
  ),
  cue(/\b(?:valued|impressed|inspiring|inspired|touched|admire[ds]?|honou?red\s+to)\b/, 0.2, { roles: BODY }),
  cue(
    /\blearn(?:ed)?\s+(?:so\s+|very\s+)?much\b|\blearned\s+a\s+(?:lot|great\s+deal)\b|\b(?:it|that)\s+was\s+(?:\w+\s+)?(?:kind|generous|thoughtful)\s+of\b|\bwhat\s+a\s+(?:great|wonderful|lovely|fantastic)\b|\b(?:encouraging|heartfelt|genuine(?:ly)?|candor|candid|openness|openly)\b|\b(?:sincere|deep(?:est)?|warm(?:est)?|special)\s+thanks\b/,
    0.2,
    { roles: BODY },
  ),
  cue(
    /\bhope\s+to\s+(?:have\s+the\s+(?:chance|opportunity)\s+to\s+)?(?:work|train|learn)\s+(?:with|alongside|from)\b/,
    0.15,
    { roles: BODY },
  ),
  cue(/\bloved\b(?!\s+ones?\b)|\blove\s+(?:the|your|how|that)\b/, 0.2, { roles: BODY }),
  cue(/\blook(?:ing)?\s+forward\s+to\b|\bstay(?:ing)?\s+in\s+touch\b|\bhope\s+to\s+see\s+you\b/, 0.15, {
    roles: BODY,
  }),
  cue(
    /\bi\s+hope\s+you\s+(?:have|had|are|enjoy)\b|\bhave\s+a\s+(?:restful|wonderful|great|good|lovely)\s+(?:weekend|week|holiday|day|evening)\b/,
    0.3,
    { roles: BODY },
  ),
  cue(
    /\bstayed\s+with\s+me\b|\bhighlight\b|\bit\s+was\s+(?:great|nice|good)\s+to\s+(?:meet|see|speak)\b/,
    0.2,
    { roles: BODY },
  ),
  cue(
    /\b(?:residents|team|faculty|everyone|staff|you)\s+(?:were|was|are)\s+(?:so\s+|very\s+|incredibly\s+|truly\s+)?(?:kind|welcoming|warm|generous|friendly|helpful|supportive|honest|gracious|amazing|wonderful|great|fantastic|lovely)\b/,
    0.2,
    { roles: BODY },
  ),
  cue(
    /^(?:with\s+(?:gratitude|appreciation|thanks)|gratefully|(?:with\s+)?(?:best|warm(?:est)?|kind(?:est)?)\s+wishes|warm(?:est)?\s+regards|warmly|many\s+thanks|thank\s+you)\b/,
    0.1,
    { roles: SIGNOFF },
  ),
];
