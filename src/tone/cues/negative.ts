/**
 * Disparagement and complaint: running down another program, the process or people, or the reader. A
 * patient's pain or a family's grief told as a clinical story is not negativity, so symptom words are not
 * cues, and feelings words only count when the writer aims them at someone ("I was shocked by …").
 */
import { words } from '../words';
import { type Cue, cue } from './cue';

// Negated ("did not disappoint") or about one's own conduct ("I feel terrible about the error": an apology).
const NOT = String.raw`(?<!\bnot\s|\bnever\s|\bnor\s|\bfeel\s|\bfelt\s)`;

/** Judgments of people. */
const OF_PEOPLE = words(String.raw`
  rude, condescending, arrogant, dismissive, disrespectful, incompetent, unprofessional, clueless, lazy,
  careless, inconsiderate, unfriendly, unwelcoming, snobbish, elitist, pretentious, uninterested,
  indifferent, apathetic, hostile, abusive, toxic, malignant, miserable, unhappy, burn(?:ed|t)\s+out,
  overworked, unsupportive, disengaged, uncaring, checked\s+out, hypocritical, biased, discriminatory,
  exploitative, exploited,
`);
/** Judgments of programs, days and processes. */
const OF_THINGS = words(String.raw`
  disorganized, chaotic, outdated, mediocre, subpar, second-rate, awful, horrible, horrendous, dreadful,
  abysmal, pathetic, useless, worthless, pointless, ridiculous, absurd, unacceptable, unfair, inexcusable,
  disgraceful, shameful, sloppy, boring, tedious, frustrat(?:ing|ed), annoy(?:ing|ed),
  disappoint(?:ing|ed|ment)?, outrageous, appalling, insulting,
  a\s+(?:waste\s+of\s+time|joke|mess|disaster), poorly\s+(?:organized|run|managed|planned|communicated),
  confusing, contradictory, contradict(?:s|ing)?\s+each\s+other, rigged, disgrace, arbitrary, bureaucratic,
  dysfunctional, archaic, unsafe, a\s+scam, terrible(?!\s+(?:pain|accident|injur\w*|diagnosis|loss|news)),
  (?:the\s+)?worst,
`);

export const NEGATIVE: Cue[] = [
  cue(new RegExp(String.raw`${NOT}\b(?:${[...OF_PEOPLE, ...OF_THINGS].join('|')})\b`), 0.35, { max: 3 }),
  cue(
    /\bi\s+(?:am|was|felt)\s+(?:\w+\s+)?(?:shocked|appalled|dismayed|offended|insulted|upset|angry|furious|outraged|disgusted|displeased|baffled|stunned)\s+(?:by|at|that|with|to\s+(?:see|find|learn))\b/,
    0.4,
  ),
  // An explicit verdict on the reader: "I find it unprofessional that …".
  cue(
    /\bi\s+(?:find|found|consider)\s+(?:it|this|that)\s+(?:\w+\s+)?(?:unprofessional|unacceptable|disrespectful|rude|insulting|unfair|ridiculous|absurd|outrageous|disappointing|frustrating)\b/,
    0.3,
  ),
  cue(
    /\bcold\s+and\s+corporate\b|\bnot\s+impressed\b|\blet\s+(?:me\s+)?down\b|\bi\s+am\s+(?:sick|tired|fed\s+up)\s+(?:of|with)\b|\bi\s+want\s+out\b/,
    0.35,
  ),
  cue(
    /\bunlike\s+(?:\w+\s+){0,5}(?:programs?|places|interview\s+days?|hospitals?|residenc(?:y|ies))\b|\bcompared\s+(?:with|to)\s+(?:the\s+)?other\s+programs\b|\b(?:the\s+)?other\s+programs?\s+(?:i\s+\w+\s+)?(?:were|felt|seemed|looked|are)\b/,
    0.35,
  ),
  cue(
    /\bbetter\s+than\s+(?:those\s+of\s+)?(?:many\s+of\s+|most\s+of\s+|some\s+of\s+)?your\b|\bweaker\b|\bpassed\s+over\b/,
    0.3,
  ),
  cue(/\bclaim\s+to\s+(?:value|care|support|be)\b|\bscreen(?:s|ed)?\s+(?:us|me|applicants)\s+out\b/, 0.3),
  // Entitlement and fix-it demands: "given my scores", "someone should really fix this".
  cue(
    /\bgiven\s+my\s+(?:scores|credentials|record|research|qualifications|experience)\b|\b(?:someone|you)\s+(?:should|need\s+to)\s+(?:really\s+)?(?:fix|change|update)\b|\bit\s+took\s+me\s+(?:an\s+hour|hours|forever|ages|days)\b/,
    0.3,
  ),
  cue(
    /\bi\s+expected\s+(?:far\s+|much\s+|a\s+lot\s+)?(?:more|better)\b|\bhow\s+little\b[^.?!]{0,30}\bcare/,
    0.35,
  ),
  cue(
    /\bcomplain(?:t|ts|ed|ing)?\b|\bignor(?:es|ed|ing)\b|\bcrash(?:ed|ing|es)\b|\bchecked\s+(?:their|his|her)\s+phones?\b/,
    0.2,
  ),
  cue(
    /\bwast(?:e|es|ed|ing)\s+(?:my|our|everyone's)\s+time\b|\b(?:nobody|no\s+one)\s+(?:\w+\s+){0,4}(?:answered|replied|responded|helped|bothered|cared)\b|\b(?:received|got|had)\s+no\s+(?:reply|response|answer)\b/,
    0.3,
  ),
  // Veiled criticism: "I hope this does not reflect how your program treats its residents."
  cue(/\bi\s+hope\s+this\s+(?:does\s+not|is\s+not)\s+(?:reflect|a\s+sign|how|typical)\b/, 0.3),
  cue(
    /\b(?:as\s+)?bad\s+as\b|\bhow\s+bad\b|\bfrankly\b|\b(?:arrived|showed\s+up|started|ran)\s+(?:\w+\s+)?late\b/,
    0.15,
  ),
];
