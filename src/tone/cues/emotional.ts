/**
 * Strong feeling on the page: tears, dreams, hearts, exclamation runs and capitals. Sincere interest is
 * welcome; a program director reads a flood of feeling as a lack of judgment. Clinical uses of "heart" are
 * not cues. Exclamation marks and capitals weigh little: on their own they are excitement, which the blind-set
 * writers called casual, not emotional. At the old weights (0.35 a run and a capitalised word) the writers of sets
 * A–AU disagreed on 144 emotional checks, 88 of them drafts read as emotional that they did not call so; at
 * these, on 104, 45 of them.
 */
import { INTENSIFIERS } from '../lexicons';
import { words } from '../words';
import { type Cue, cue, OPEN_AND_BODY, SIGNOFF } from './cue';

const EMPHASIS = words(`
  SO, VERY, REALLY, SUCH, LOVE, LOVED, THANK, THANKS, AMAZING, ALL, MUST, NEED, BEST, NEVER, EVER, ALWAYS,
  DREAM, PLEASE, BEYOND, TRULY, EXTREMELY, EXCITED, HAPPY, GRATEFUL, INCREDIBLE, CANNOT, NOT, MUCH, TOTALLY,
  HUGE, THRILLED, PERFECT, WOW, YES,
`);

export const EMOTIONAL: Cue[] = [
  cue(/\btears?\b|\bteared\s+up\b|\bcr(?:y|ied|ying)\b|\bsob(?:bed|bing)?\b|\bweep(?:ing)?\b|\bwept\b/, 0.5),
  cue(/\bdream\b/, 0.35),
  cue(/\bdream\s+come\s+true\b/, 0.2),
  cue(
    /(?<!congenital\s|open\s|structural\s)\bhearts?\b(?!\s+(?:disease|failure|rate|surgery|attack|transplant|defect|block|sounds?|murmur|team|center|institute|rhythm|valve))/,
    0.4,
  ),
  cue(
    /\bheart-?br(?:eaking|oken|eak)\b|\bbroke\s+my\s+heart\b|\bi\s+(?:am|was|would\s+be|will\s+be)\s+(?:devastated|crushed|gutted)\b/,
    0.7,
  ),
  cue(
    /\b(?:overjoyed|ecstatic|elated|euphoric|over\s+the\s+moon|beyond\s+(?:excited|thrilled|happy|grateful|words))\b/,
    0.35,
  ),
  cue(/\bthrilled\b/, 0.3),
  cue(
    /\bmeans?\s+(?:the\s+world|everything)\b|\bcan\s*not\s+(?:even\s+)?(?:describe|put\s+into\s+words|express)\s+how\b|\bwords\s+(?:can\s*not|fail)\b|\bat\s+a\s+loss\s+for\s+words\b/,
    0.45,
  ),
  cue(
    /\bhappiest\b|\bbest\s+(?:day|week|month|year|news|moment)\s+of\s+my\b|\bjumped\s+(?:up\s+and\s+down|for\s+joy|with\s+joy)\b|\bscream(?:ed)?\b|\bcounting\s+(?:down\s+)?the\s+(?:days|minutes|hours)\b/,
    0.35,
  ),
  cue(/\btreasure\b|\bforever\b/, 0.15),
  cue(
    /\blump\s+in\s+my\s+throat\b|\bwalking\s+on\s+air\b|\bon\s+cloud\s+nine\b|\bpinch\s+myself\b|\bgiddy\b|\bfloored\b|\bcan\s*not\s+stop\s+(?:thinking|smiling|talking)\b|\bevery\s+(?:part|fiber|fibre|bone|cell)\s+of\s+(?:me|my)\b|\bmy\s+heart\s+(?:sank|raced|skipped|leapt|leaped)\b|\ball\s+i\s+have\s+ever\s+wanted\b/,
    0.4,
  ),
  cue(/\bsoul\b|\bdestiny\b|\bmeant\s+to\s+be\b/, 0.3),
  cue(/\bfell\s+(?:\w+\s+)?in\s+love\b|\b(?:completely|absolutely|totally)\s+in\s+love\b/, 0.45),
  cue(
    /\b(?:can|could)(?:\s*not|\s+barely|\s+hardly)\s+(?:stop\s+smiling|sleep|contain|hold\s+back|breathe|believe)\b/,
    0.4,
  ),
  cue(/\bso\s+(?:excited|happy|thrilled|overjoyed)\b|\bover\s+and\s+over\b/, 0.2),
  cue(
    /\b(?:shaking|trembling)\b(?!\s+hands)|\b(?:goosebumps|butterflies|speechless|life-changing|blessed)\b|\bi\s+(?:am|was|felt|got)\s+(?:so\s+|very\s+|completely\s+)?(?:overwhelmed|emotional)\b|\boverwhelmed\s+with\s+(?:emotion|joy|gratitude|happiness|excitement)\b|\bnever\s+forget\b/,
    0.35,
  ),
  cue(
    /\bsince\s+(?:childhood|i\s+was\s+(?:a\s+)?(?:little|young|small|child|kid))\b|\b(?:my\s+whole|all\s+my|of\s+my(?:\s+entire|\s+whole)?)\s+life\b/,
    0.25,
  ),
  cue(
    /\b(?:lost|losing)\s+my\s+(?:father|mother|dad|mom|brother|sister|grand\w+|son|daughter|husband|wife|partner)\b/,
    0.3,
  ),
  cue(
    /\bliterally\b|\bi\s+(?:felt|feel)\s+(?:at\s+)?home\b|\b(?:absolutely|truly|so)\s+(?:incredible|amazing|perfect)\b/,
    0.2,
  ),
  cue(/!{2,}/, 0.1, { max: 2 }),
  cue(/!/, 0.05, { roles: OPEN_AND_BODY }),
  cue(new RegExp(String.raw`(?<![\p{L}])(?:${EMPHASIS.join('|')})(?![\p{L}])`, 'u'), 0.1, {
    caseSensitive: true,
    max: 2,
  }),
  cue(/^with\s+(?:all\s+my\s+)?love\b/, 0.3, { roles: SIGNOFF }),
  cue(new RegExp(String.raw`\b(?:${INTENSIFIERS.join('|')})\b`), 0.08, { max: 3, roles: OPEN_AND_BODY }),
];
