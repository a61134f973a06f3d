/**
 * Which kind of email this is. Weighted cues from the subject and the author's own text (never the quoted
 * thread); a reply to the program's message is a reply whatever it says. Every kind is scored, `other`
 * (withdrawals, scheduling, questions, logistics, follow-ups, the Match process) included, and the highest
 * score wins; a draft where no kind makes its case is `other`.
 *
 * How a cue counts depends on where it appears. The opening of the body (its first two sentences, or a
 * sentence that says why the author is writing: "I am writing to…", "I wanted to…") states the purpose of
 * most emails, so a cue there counts double. The last body paragraph holds the courtesies ("Thank you for a
 * wonderful interview day") that close every kind of email, so a thank-you cue there counts half, and so
 * does thanks "again" anywhere (a later letter's courtesy, not the thank-you note). Each cue counts once, at
 * its best position. A cue negated in its own clause ("I have not decided which program I will rank
 * first") does not count.
 *
 * Timing decides between kinds that share their words. Interest after an interview makes a letter of
 * interest; before one (or with no interview mentioned) a pre-interview note, which anything naming a past
 * interview rules out. A thank-you note is written within days, so a draft that says weeks have passed or the
 * rank list is due is something later: its thank-you score is halved.
 *
 * Ties go to the kind with more at stake: a letter of intent outranks an update, an update a thank-you, a
 * thank-you a letter of interest, that a pre-interview note, and every one of those `other`. Regexes only,
 * no NLP, gated by anchor words (below): this runs on every keystroke.
 */
import { normalize } from './normalize';
import type { TextModel } from './text-model';
import type { DraftKind } from './types';

/** The kinds cues vote for; `interest` is routed to a letter of interest or a pre-interview note by timing. */
type Vote = DraftKind | 'interest';

/**
 * A regex with the words (lower case, split at anything but a-z and 0-9) it cannot match without. A sentence
 * is tested only when it holds one of them, found with one pass over its words: running every regex over
 * every sentence would cost several times the keystroke budget. No anchors: always tested.
 */
interface Pattern {
  re: RegExp;
  anchors?: string;
}

interface Cue extends Pattern {
  kind: Vote;
  weight: number;
  /** A negation earlier in the same clause cancels the cue. */
  negatable?: boolean;
  /** A closing courtesy: counts half in the last body paragraph. */
  courtesy?: boolean;
  /** A multiplier decided by the matched text (for "thank you again", a follow-up's courtesy). */
  scale?: (match: string) => number;
  /**
   * In a sentence that makes it conditional, the cue votes for this kind instead: "If you can tell me I'm ranked
   * to match, I will put you first" offers a first place, it does not give one — 15 of the 27 letters of interest
   * read as letters of intent in the blind sets were such offers.
   */
  ifConditional?: Vote;
}

/**
 * A condition in the sentence ("if you can tell me…", "were I to receive…"); not "if I am fortunate enough to match".
 * A first place only wished for, with what stands in the way, counts too: "I'd hate to rank y'all first and have it
 * turn out to be a one-sided affection", "I'd love to put Gateway first, but I want to make a smart decision" (sets
 * DD and DE, letters of interest).
 */
const CONDITIONAL =
  /\b(?:if(?!\s(?:I|we)\s(?:am\s|are\s|were\s)?(?:(?:\w+\s)?(?:fortunate|lucky|blessed|privileged)\senough\sto\s)?(?:match|matched)\b)|were\sI|were\swe|had\sI|should\sI|provided\sthat|as\slong\sas|on\sthe\scondition|(?:would|['’]d)\s(?:really\s|just\s)?hate\sto|(?:would|['’]d)\s(?:really\s|truly\s)?(?:love|like|want)\sto\s[^.!?]{0,80}?,?\sbut)\b/i;

/**
 * A first place shared, which is no first place: "Gateway Riverside is at the very top of my list alongside one
 * other program" (set DE, a letter of interest). Read like a condition by the cues that name a first place.
 */
const SHARED_FIRST =
  /\b(?:alongside|along\swith|together\swith|tied\swith|neck\sand\sneck\swith|level\swith|next\sto)\s(?:one|two|three|a\scouple\sof|a\sfew|another|other|one\sor\stwo)\s(?:other\s)?(?:programs?|places?|residenc(?:y|ies)|options?)\b/i;

/** A first place offered on a condition, wished for or shared: the sentence gives none. */
const firstPlaceNotGiven = (text: string) => CONDITIONAL.test(text) || SHARED_FIRST.test(text);

/**
 * A first place still being decided, which gives and offers none: "I am finalizing rank list this week and need
 * to make decision about first place" (set DQ, a request for a commitment), "Harbor Point is in serious contention
 * for my top spot" (set EC, a conditional ranking). The cues that name a first place
 * read nothing in such a sentence. Not a decision made ("I have made my decision about first place").
 */
const UNDECIDED_FIRST =
  /\bin\s(?:serious\s|close\s|real\s)?(?:contention|the\srunning)\sfor\s(?:my\s|the\s)?(?:top|first|#\s?1|number\sone)\b|\b(?:decid(?:e|ing)|(?<!\bmade\s(?:my|the|a|our)\s(?:final\s)?)decision|choos(?:e|ing)|torn|undecided|(?:not\s(?:yet\s)?|un)sure|figur(?:e|ing)\sout|weigh(?:ing)?)\b[^.!?]{0,30}?\b(?:about|on|over|between|which|who|whom|what|whether|where)\b[^.!?]{0,40}?\b(?:first|1st|top)\b/i;

const ORDER: DraftKind[] = [
  'letter-of-intent',
  'update',
  'thank-you',
  'letter-of-interest',
  'pre-interview-interest',
  'other',
  'reply-to-program',
];

/** Below this, no kind has made its case and the draft is `other`. */
const MIN_SCORE = 1.5;

// ---------------------------------------------------------------------------------------------------------
// Shared pieces

/**
 * A rank position of first place. Not a race described: "my list is very close at the top" (set DD, a letter of
 * interest) says several programs are near first, none is.
 */
const FIRST = String.raw`(?:first|1st|#\s?1|number[\s-]{0,3}(?:one|1)|no\.\s?1|(?<!\b(?:close|tight|crowded|competitive|packed|even)\s)at\sthe\s(?:very\s)?top|on\stop|top\s(?:spot|slot|position|place|choice))`;
/** What "first" must not be followed by to be a rank: "first-author", "first year", "first three". */
const NOT_RANK = String.raw`(?![\s-]{0,3}(?:author|year|time|day|week|month|impression|hand|two|three|four|five|ten|few|several|2|3|4|5|10)\b)`;
/** Gratitude that is being expressed, not offered conditionally ("I would be grateful for…"). */
const THANKS = String.raw`(?<!\bwould\s(?:\w{1,20}\s){0,2})(?:\bthank(?:s|ful|\syou|ing\syou)?\b|\bthx\b|\bty\b|\bgrateful\b|\bgratitude\b|\bappreciat(?:e|ed|ing)\b)`;
/** Something that happened at or around an interview or visit. */
const EVENT = String.raw`(?:\binterview(?:ing|ed)?\b|\bvisit\b|\bhost(?:ing|ed)?\sme\b|\bhaving\sme\b|\bwelcom(?:ing|ed)\sme\b|\bmeet(?:ing)?\s(?:with\s)?me\b|\bmet\swith\sme\b|\b(?:speaking|talking|spoke|talked)\swith\sme\b|\b(?:our|the)\s(?:conversation|chat|talk|tour|meeting|discussion|walk-?through)\b|\bshow(?:ing|ed)?\sme\saround\b|\bspent\swith\sme\b|\btime\swith\sme\b|\btime\s(?:that\s)?you\s(?:took|spent|gave|set\saside|made)\b|\b(?:walk(?:ing|ed)?|show(?:ing|ed)?)\sme\s(?:through|around)\b|\binterview\sday\b)`;
/** Words in the gap that make "thanks … interview" about an invitation or logistics, not the interview. */
const NOT_AFTER = String.raw`(?!\s?(?:invit|schedul|upcoming|confirm|arrang|offer|opportunity\sto\sapply))`;
/** Words in the gap that make the thanks about something else: an invitation, logistics, a message. */
const NOT_BETWEEN = String.raw`(?!invit|schedul|upcoming|confirm|arrang|opportunity\sto\sapply|(?:message|e-?mail|note|letter|reply|response)\b)`;

const AGAIN = /\b(?:again|once\smore|once\sagain)\b/i;
const followUpCourtesy = (m: string) => (AGAIN.test(m) ? 0.35 : 1);

// ---------------------------------------------------------------------------------------------------------
// Body cues

const BODY_CUES: Cue[] = [
  // Letter of intent: ranking the program first.
  {
    kind: 'letter-of-intent',
    re: new RegExp(
      String.raw`\b(?:rank|ranking|ranked|list|listing|place|placing|put|putting|move|moving|keep|keeping)\s(?:[^.!?\n]{0,60}?\s)?${FIRST}\b${NOT_RANK}`,
      'i',
    ),
    weight: 3,
    anchors: 'rank ranking ranked list listing place placing put putting move moving keep keeping',
    negatable: true,
    ifConditional: 'interest',
  },
  {
    kind: 'letter-of-intent',
    re: /(?<!\b(?:one|among|several|some|few|two|three|four|five)\sof\s)\b(?:my|the)\s(?:clear\s|absolute\s|true\s|very\s|definite\s|undisputed\s)?(?:first|top|#\s?1|number[\s-]{0,3}(?:one|1)|no\.\s?1)\s(?:choice|pick|program|option|preference|place\sto\strain)(?!s)\b/i,
    weight: 3,
    anchors: 'choice pick program option preference place',
    negatable: true,
    ifConditional: 'interest',
  },
  {
    kind: 'letter-of-intent',
    // "will be number one in my rank list" (set BV), "will occupy the first position on my rank order list" (set DZ)
    re: /\b(?:first|1st|#\s?1|number[\s-]{0,3}(?:one|1))\s(?:(?:position|place|spot|slot)\s)?(?:on|in)\smy\s(?:rank\s)?(?:order\s)?list\b|\b(?:at|to)\sthe\s(?:very\s)?top\sof\smy\s(?:rank\s)?(?:order\s)?list\b/i,
    weight: 3,
    anchors: 'list',
    negatable: true,
    ifConditional: 'interest',
  },
  { kind: 'letter-of-intent', re: /\bletter\sof\sintent\b/i, weight: 3, anchors: 'intent' },
  {
    kind: 'letter-of-intent',
    // A program ranked alone is ranked first: "Bitterroot Rural is the only program I'm going to list" (set DI)
    re: /\bthe\sonly\s(?:program|programme|place|residency|one)\s(?:that\s)?(?:I|I['’]m|I\sam)\s(?:going\sto\s|will\s|plan\sto\s|intend\sto\s|am\sgoing\sto\s)?(?:rank|list|put\son\smy\s(?:rank\s)?list)\b|\b(?:decided|going|plan|intend)\sto\s(?:rank|list)\sonly\s(?!(?:a\sfew|two|three|four|five|programs|places)\b)/i,
    weight: 3,
    anchors: 'only',
    negatable: true,
  },
  {
    kind: 'letter-of-intent',
    // …and a list that will carry one name: "When I certify my rank order list, it will carry only one name, and that
    // name is Rio Piedra" (set EL), "there's going to be one name on my list this year" (set EJ)
    re: /\b(?:it|my\s(?:final\s)?(?:rank\s)?(?:order\s)?list)\s(?:will|is\sgoing\sto)\s(?:carry|contain|have|hold|include|bear|show)\s(?:only\s(?:one|a\ssingle)|just\s(?:one|a\ssingle)|but\sone|a\ssingle)\s(?:name|program|programme|entry)\b|\bthere\s(?:is|will\sbe|is\sgoing\sto\sbe)\s(?:only\s|just\s)?(?:one|a\ssingle)\s(?:name|program|programme|entry)\son\smy\s(?:rank\s)?(?:order\s)?list\b/i,
    weight: 3,
    anchors: 'name program programme entry',
    negatable: true,
  },
  {
    kind: 'letter-of-intent',
    // …and so is one whose rivals are left off: "I decided not to put other programs on my list" (set DJ). Its own
    // "not" is what it says, so it is not negatable.
    re: /\b(?:decided|chose|choose|have\sdecided)\snot\sto\s(?:put|rank|list|include)\s(?:any\s)?other\s(?:programs?|places?)\b/i,
    weight: 3,
    anchors: 'other',
  },
  {
    kind: 'letter-of-intent',
    re: /\bcommit(?:ting|ted)?\s(?:myself\s)?to\s(?:train(?:ing)?|join(?:ing)?|com(?:e|ing)|attend(?:ing)?)\s(?:at|with|there|here|your)\b|\b(?:will\snot|do\snot\s(?:plan|intend)\sto)\s(?:rank|list)\s(?:anywhere|any\sother|anyone|another)/i,
    weight: 2,
    anchors: 'commit commits committing committed rank list',
  },

  // Update: new information for the file.
  {
    kind: 'update',
    re: /(?<!\b(?:me|us|any)\s)\b(?:an?|one|some|brief|quick|short|small|exciting|important|new|latest|following)\s(?:\w+\s)?updates?\b(?!\s?\?)|^\s?(?:a\s)?(?:quick|brief|short)?\s?update\b|\bupdates?\s(?:on|regarding|about|to|of|since|concerning)\s(?:my|our)\s(?!(?:application\s)?status)|\bupdate\syou\b|\bupdate\s(?:my|the)\s(?:file|application|committee)\b/i,
    weight: 3,
    anchors: 'update updates',
  },
  {
    kind: 'update',
    re: /\b(?:has|have|had|was|were|been|got|just|recently|now|officially|finally)\s(?:been\s|now\s|officially\s|finally\s)?(?:accepted\s(?:for|to|by|at|as|in)|published|awarded|selected\s(?:for|as|to)|named\s(?:as|a|an|to)|elected)\b|\baccepted\sfor\s(?:publication|presentation)\b|\b(?:new|recent|latest)\s(?:publication|paper|manuscript|abstract|presentation|award|honou?r|certification|score|result|role|position|development)s?\b|\b(?:pleased|happy|excited|glad|proud|delighted|thrilled)\sto\s(?:share|report|let\syou\sknow|inform|announce|tell\syou)(?:\syou)?\s(?:that|of|about)\b|\b(?:share|report|mention)\s(?:a|an|one|some)\s(?:new\s|recent\s|positive\s|exciting\s|good\s)?(?:development|news|achievement|accomplishment)\b|\b(?:good|great|exciting|some)\snews\b/i,
    weight: 2,
    anchors:
      'accepted published awarded selected named elected new recent latest pleased happy excited glad proud delighted thrilled share report mention news',
  },
  {
    kind: 'update',
    re: /\b(?:score|scores|result|results|report)\s(?:came\sback|(?:was|were|has\sbeen|have\sbeen)\sreleased|arrived|(?:is|are)\s(?:now\s)?(?:in|out|available|back))\b|\breceived\smy\s(?:\w+\s){0,3}(?:score|result|report)s?\b|\b(?:scored|score\sof|result\sof)\s(?:a\s)?\d{3}\b|\b(?:just|recently|now|have\snow|officially|successfully)\spassed\b|\bpassed\s(?:\w+\s){0,4}(?:today|yesterday|this\s(?:week|month|morning))\b/i,
    weight: 2.5,
    anchors: 'score scores result results report received scored passed',
  },
  {
    kind: 'update',
    re: /\b(?:now|am|became|become|been|officially|fully)\s(?:fully\s)?(?:ecfmg[\s-]+)?certified\b|\breceived\s(?:my\s)?(?:ecfmg\s)?certification\b|\bcertification\s(?:came\sthrough|(?:was|has\sbeen)\s(?:issued|granted|completed|approved))\b|\b(?:green\scard|permanent\sresiden(?:cy|t)|citizenship)\s(?:was|has\sbeen|came)\s(?:approved|granted|through)\b/i,
    weight: 2.5,
    anchors: 'certified certification green permanent citizenship',
  },
  {
    kind: 'update',
    re: /\b(?:completed|finished|wrapped\sup|started|began|begun|am\snow\s(?:doing|on))\s(?:my\s|an?\s|the\s)?(?:[\w-]+\s){0,4}(?:rotation|elective|sub-?internship|sub-?i|acting\sinternship|observership|externship|clerkship|fellowship|research\s(?:year|position|fellowship)|internship)\b/i,
    weight: 1.5,
    anchors: 'completed finished wrapped started began begun now',
  },
  {
    kind: 'update',
    re: /\b(?:uploaded|added|attached|submitted)\s(?:\w+\s){0,2}(?:to|in|into|through)\s(?:my\s)?(?:eras|file|application)\b|\b(?:is|are|has\sbeen|have\sbeen)\s(?:now\s)?(?:uploaded|added)\b/i,
    weight: 1,
    anchors: 'uploaded added attached submitted',
  },
  // "Please find attached updated CV. Since interview on November 19 there are two changes." (set AT)
  {
    kind: 'update',
    re: /\b(?:attached|enclosed)\s(?:is\s|please\sfind\s)?(?:my\s|an\s|the\s)?updated\s(?:cv|curriculum\svitae|resume|résumé|personal\sstatement)\b|\b(?:find|see)\s(?:attached|enclosed)\s(?:my\s|an\s|the\s)?updated\b|\bsince\s(?:my\s|the\s|our\s)?interview\b[^.!?]{0,60}\b(?:there\s(?:are|have\sbeen|were)|I\shave\shad)\s(?:\w+\s)?(?:changes|developments|updates)\b/i,
    weight: 2.5,
    anchors: 'attached enclosed find see since',
  },

  // Thank-you: gratitude for an interview or a visit.
  {
    kind: 'thank-you',
    re: new RegExp(String.raw`${THANKS}(?:${NOT_BETWEEN}[^.!?\n]){0,90}?${EVENT}${NOT_AFTER}`, 'i'),
    weight: 3,
    anchors: 'thank thanks thankful thanking thx ty grateful gratitude appreciate appreciated appreciating',
    courtesy: true,
    scale: followUpCourtesy,
  },
  {
    kind: 'thank-you',
    re: /\bthank(?:s|\syou)\s(?:so\smuch\s|very\smuch\s)?for\s(?:yesterday|today|this\smorning|this\safternoon|last\snight)\b|\b(?:yesterday|today|this\smorning|this\safternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)'?s?\s(?:interview|visit|tour)\b|\b(?:wonderful|great|lovely|nice|good|a\spleasure|a\sprivilege|an\shonou?r|a\sjoy)\s(?:to\s)?(?:meet|meeting|speak|speaking|talk|talking|visit|visiting)\s(?:you|with)\b|\b(?:interview|visit|tour|interviewing)\s(?:\w+\s){0,3}(?:yesterday|this\smorning|this\safternoon|earlier\stoday)\b|\b(?:pleasure|privilege|honou?r|joy|delight)\s(?:to|of)\s(?:visit|meet|interview|speak|talk|spend)(?:ing)?\b|\bhad\s(?:a|an|such\sa)\s(?:blast|(?:great|wonderful|fantastic|amazing|lovely|terrific|good)\s(?:time|day|visit))\b/i,
    weight: 2,
    anchors:
      'thank thanks thankful thanking yesterday today morning afternoon monday tuesday wednesday thursday friday saturday sunday pleasure privilege honor honour joy delight had meet meeting speak speaking talk talking visit visiting',
    courtesy: true,
  },
  {
    kind: 'thank-you',
    re: /\b(?:enjoyed|loved|valued|cherished)\s(?:\w+\s){0,3}?(?:interview|visit|conversation|tour|meeting\s(?:you|with|your)|speaking\swith|talking\swith|the\sday|our\stime|my\stime|lunch|dinner|social)\b/i,
    weight: 1.5,
    anchors: 'enjoyed loved valued cherished',
    courtesy: true,
    scale: followUpCourtesy,
  },

  // Letter of interest: among the top choices, no rank named.
  { kind: 'letter-of-interest', re: /\bletter\sof\sinterest\b/i, weight: 3, anchors: 'interest' },
  {
    kind: 'letter-of-interest',
    re: /\bone\sof\s(?:my|the)\s(?:very\s|absolute\s)?(?:top|first|highest|leading)\s(?:choices|programs|options|picks|places)\b|\bamong\s(?:my|the)\s(?:very\s)?(?:top|highest|first)\b|\b(?:near|close\sto)\sthe\stop\sof\smy\b|\bhigh(?:ly)?\son\smy\s(?:rank\s)?(?:order\s)?list\b|\brank(?:ing)?\s(?:you|your\sprogram|it|them|\w+\s\w+)\s(?:very\s)?highly\b|\bremains?\s(?:one\sof|among|high\son|near\sthe\stop)\b/i,
    weight: 3,
    anchors: 'one among top high highly remain remains',
    negatable: true,
  },

  // Pre-interview: an interview still ahead ("I look forward to my interview tomorrow").
  {
    kind: 'pre-interview-interest',
    re: /\blook(?:ing)?\sforward\sto\s(?:my|our|the)\s(?:upcoming\s|scheduled\s)?(?:\w+\s\d{1,2}(?:st|nd|rd|th)?\s)?interview\b(?!\s(?:experience|yesterday|last))|\bupcoming\sinterview\b|\bbefore\swe\s(?:meet|speak)\b|\b(?:my|our|the)\sinterview(?:\sday)?\s(?:is\s)?(?:tomorrow|next\s(?:week|month))\b|\b(?:ahead\sof|prior\sto)\s(?:my|our|the)\s(?:upcoming\s|scheduled\s)?(?:\w+\s\d{1,2}(?:st|nd|rd|th)?\s)?interview\b/i,
    weight: 2,
    anchors: 'forward upcoming interview before',
  },

  // Interest, routed by timing.
  {
    kind: 'interest',
    re: /\b(?:continued|continuing|ongoing|sincere|strong|genuine|keen|deep|great|real|particular)\sinterest\b|\b(?:express|reiterate|reaffirm|restate|share|convey|emphasi[sz]e)\s(?:my\s)?(?:\w+\s)?interest\b|\b(?:remain|remains|still|very|highly|really|extremely|particularly|especially|most|deeply|super|so|truly)\s(?:very\s|highly\s|deeply\s|strongly\s|still\s)?(?:interested|enthusiastic|excited)\s(?:in|about)\b|\binterest\sin\s(?:your|the|joining|training)\b|\b(?:I\sam|I'm)\s(?:so\s|very\s|really\s|truly\s|genuinely\s)?excited\sabout\s(?:the|your|this)\s(?:program|residency|opportunity)\b/i,
    weight: 2,
    anchors: 'interest interested enthusiastic excited',
    negatable: true,
  },
  {
    kind: 'interest',
    re: /\b(?:would|will)\s(?:\w+\s)?(?:love|be\s(?:so\s|very\s|really\s|truly\s|most\s|incredibly\s|extremely\s)?(?:proud|honou?red|thrilled|delighted|glad|happy|excited|privileged|lucky|grateful))\sto\s(?:train|join|be\s(?:a\s)?(?:part|resident|member)|work|match|become|start|spend|learn|grow)\b|\b(?:most|happiest|most\sglad|most\sexcited|most\seager)\sto\s(?:join|train)\b|\bwhere\sI\s(?:\w+\s)?(?:hope|want|would\slike|would\slove|wish|belong|see\smyself)\b|\b(?:eager|keen|excited)\sto\s(?:train|join|do\smy|start|become|be\spart)\b|\b(?:could|can)\s(?:really\s)?(?:see|picture|imagine)\smyself\b|\b(?:great|good|strong|excellent|perfect|ideal|natural|better|best|right)\sfit\b|\bstands?\sout\s(?:among|from|above)\b|\bstood\sout\s(?:the\smost|among|from|above)\b/,
    weight: 1.5,
    anchors: 'would will join train where eager keen excited myself fit out',
    negatable: true,
  },
  {
    // The outcome the author wants; "if I do not match at X…" still says so.
    kind: 'interest',
    re: /\b(?:match|matching|matched|end\sup|ending\sup|train|training)\s(?:at|with)\s[A-Z]|\b(?:favou?rite|dream)\sprogram\b|\bmeans\s(?:everything|so\smuch|a\slot|the\sworld)\sto\sme\b/,
    weight: 1.5,
    anchors: 'at with program means',
  },

  {
    kind: 'interest',
    re: /\bone\sof\sthe\s(?:few\s|handful\sof\s)?(?:programs\s|places\s|residencies\s|departments\s|few\s)(?:where\s|that\s|which\s)?I\s(?:would\s|could\s)?(?:\w+\s){0,2}?(?:most|happiest|best|really|truly|love|want|hope|wish|prefer)\b/i,
    weight: 2.5,
    anchors: 'one',
    negatable: true,
  },

  {
    // What draws the author to the program, said as such: "I wanted to share a bit about why your program's
    // structure appeals to me", "What stood out in your materials is …" (set DS, before the interview).
    kind: 'interest',
    re: /\b(?:appeals?|appealed|appealing)\sto\sme\b|\bwhat\s(?:drew|draws|attracted|attracts)\sme\sto\s(?:your|the)\b|\bwhat\s(?:stood|stands)\sout\s(?:to\sme\s|most\s)?(?:in|about|from)\s(?:your|the\sprogram)\b/i,
    weight: 1.5,
    anchors: 'appeals appeal appealed appealing drew draws attracted attracts stood stands',
    negatable: true,
  },

  // Pre-interview interest: introducing oneself, hoping for an interview.
  {
    kind: 'pre-interview-interest',
    re: /\bintroduce\smyself\b|\bintroduc(?:e|ing)\s(?:myself|me)\b/i,
    weight: 3,
    anchors: 'introduce introducing',
  },
  {
    // "just wanted to put my name out there, app went in thru eras last wk" (set DR)
    kind: 'pre-interview-interest',
    re: /\bput\s(?:my\s)?name\s(?:out\sthere|forward|on\syour\sradar)\b|\b(?:app|application)\s(?:just\s)?(?:went\sin|is\sin|got\ssubmitted)\s(?:thru|through|via|on)\seras\b/i,
    weight: 3,
    anchors: 'name app application',
  },
  {
    kind: 'pre-interview-interest',
    re: /\bmy\sname\sis\b|\bI\sam\s(?:a\s|an\s)?(?:[\w-]+\s){0,3}?(?:student|graduate|img|applicant|reapplicant|candidate|MS-?4|MS-?IV|OMS-?IV|OMS-?4)\b/i,
    weight: 2,
    anchors: 'name student graduate img applicant reapplicant candidate ms ms4 msiv oms oms4 omsiv',
  },
  {
    kind: 'pre-interview-interest',
    re: /\b(?:recently|just|have|had)\s(?:re)?(?:applied|submitted)\b|\bsubmitted\smy\s(?:eras\s)?application\b|\bI\sam\s(?:re)?applying\b|\bapplicant\s(?:to|for)\b|\bas\san\sapplicant\b|\bprograms?\sI\s(?:have\s)?applied\sto\b|\b(?:re)?appl(?:ying|ied)\sto\s(?:your|the|this)\b|\bI\sam\sreapplying\b/i,
    weight: 2,
    anchors: 'applied reapplied submitted applying reapplying applicant',
  },
  {
    kind: 'pre-interview-interest',
    re: /\b(?:hope|hoping|would\s(?:\w+\s){0,2}?(?:welcome|appreciate|value|love|like|be\sgrateful\sfor|be\sglad\s(?:of|for))|look(?:ing)?\sforward\sto|eager\s(?:for|to)|wish)\b[^.!?\n]{0,50}?\b(?:to\s(?:come\s(?:in\s)?(?:and\s)?)?interview|an\sinterview|interview\sinvitation|invitation\sto\sinterview|interview\swith\s(?:you|your))\b|\bavailable\s(?:for|to)\s(?:an\s)?interview\b/i,
    weight: 3,
    anchors: 'interview',
  },
  {
    // Asking for the interview itself: "give me just one chance to interview", "I have not yet received an
    // interview invitation", "still any chance for an interview spot".
    kind: 'pre-interview-interest',
    re: /\b(?:give|grant|offer)\sme\s(?:just\s|only\s|even\s)?(?:one\s|a\s)?(?:chance|opportunity)\s(?:to|for)\s(?:an?\s)?interview\b|\b(?:have|has|did|do)\snot\s(?:yet\s)?(?:received|gotten|got|heard\sabout)\s(?:an?\s|any\s)?interview\s(?:invitations?|invites?|offers?)\b|\b(?:any|a|some)\s(?:chance|possibility|hope|way)\s(?:for|of|at|to\sget)\s(?:an?\s|getting\s(?:an?\s)?)?interview\b/i,
    weight: 3,
    anchors: 'interview',
  },
  {
    kind: 'pre-interview-interest',
    re: /\bconsider(?:ing|ation\sof)?\smy\sapplication\b|\breview(?:ing)?\s(?:of\s)?my\sapplication\b|\bhelp\syour\sreview\b|\banything\s(?:else|further)\s(?:for|to|that)\b/i,
    weight: 1,
    anchors: 'application review anything',
  },

  // Other: withdrawals, scheduling, questions, logistics, follow-ups, the Match process itself.
  {
    kind: 'other',
    re: /\bwithdr[ae]w(?:al|ing|n|s)?\b|\bremove\s(?:my\s(?:name|application)|me)\sfrom\b|\btake\smy\sname\s(?:off|out)\b|\bno\slonger\s(?:wish|want|plan|intend|be|pursuing|interested|considering|able\sto\s(?:attend|accept))\b|\bdecline\s(?:the|your|my)\s(?:interview|invitation|offer|position)\b|\bnot\s(?:be\s)?(?:include|includ(?:e|ing)|rank(?:ing)?)\s(?:\w+\s){0,3}on\smy\s(?:rank\s)?(?:order\s)?list\b/i,
    weight: 4,
    anchors: 'withdraw withdrawal withdrawing withdrawn withdraws withdrew remove name longer decline list',
  },
  {
    kind: 'other',
    re: /\b(?:cancel(?:l?ing|l?ed)?|reschedul(?:e|ing)|postpon(?:e|ing)|move\smy\sinterview|change\s(?:my|the)\sinterview|switch\s(?:my\s)?interview|(?:different|another|new|alternative|later|earlier)\s(?:interview\s)?(?:date|time|slot))\b/i,
    weight: 3,
    anchors:
      'cancel canceled cancelled canceling cancelling reschedule rescheduling postpone postponing interview date time slot',
  },
  {
    kind: 'other',
    re: /\bI\s(?:have|had)\s(?:a|one|two|three|a\sfew|some|several|a\scouple\sof)\s(?:[\w-]+\s){0,2}?questions?\b|\b(?:wanted|want|would\slike|like|wish|hoping)\sto\s(?:\w+\s){0,3}?(?:ask|inquire|enquire|check)\s(?:whether|if|about|how|what|when|which|where|you)\b|\bI\s(?:was|am)\swondering\b|\b(?:could|can|would|may)\syou\s(?:please\s|kindly\s|possibly\s|perhaps\s|also\s)?(?:tell|let\sme\sknow|clarify|confirm|advise|explain|direct|point|send\sme|share\s(?:whether|which|when|how))\b|\b(?:could|may|can)\sI\sask\b|\b(?:is|would)\sit\s(?:be\s)?possible\s(?:to|for)\b|\b(?:does|do|will|would)\s(?:the|your)\s(?:program|department|hospital|institution|residency)\s(?:sponsor|offer|accept|require|provide|have|coordinate|consider|allow|cover|reimburse)\b|\bquestions?\sabout\b/i,
    weight: 2,
    anchors:
      'question questions ask inquire enquire check wondering you possible program department hospital institution residency',
  },
  {
    kind: 'other',
    re: /\bvisas?\b|\bsponsor(?:ship|s)?\b|\bj-?1\b|\bh-?1b\b|\bparking\b|\bhotel\b|\blodging\b|\baccommodations?\b|\breimburse(?:ment|d)?\b|\bdress\scode\b|\bdirections\sto\b|\bonboarding\b|\borientation\b|\bcredential(?:ing|s)\b|\bpaperwork\b|\bforms\b|\b(?:training\s)?licen[cs]e\sapplication\b|\bbackground\scheck\b|\bdrug\sscreen\b|\bstart\sdate\b|\bsalary\b|\bstipend\b|\bbenefits\spackage\b|\bhousing\b|\bcouples\smatch\b|\bcalendar\sinvite\b|\bzoom\slink\b/i,
    weight: 1.5,
    anchors:
      'visa visas sponsor sponsorship sponsors j j1 1b h1b parking hotel lodging accommodation accommodations reimburse reimbursement reimbursed dress directions onboarding orientation credentialing credentials paperwork forms license licence background drug start salary stipend benefits housing couples calendar zoom',
  },
  {
    kind: 'other',
    re: /\bforg(?:ot|otten)\s(?:to\s)?(?:attach|include|send|add)\b|\b(?:is|are)\s(?:now\s)?attached\s(?:now|here)\b|\battached\snow\b|\bwrong\s(?:file|attachment|version|document)\b|\b(?:corrected|updated)\s(?:version|copy|cv)\s(?:is\s)?attached\b|\btypo\sin\smy\s(?:previous|last|earlier)\b|\bmy\s(?:previous|last|earlier)\s(?:email|message|note)\b/i,
    weight: 3,
    anchors: 'forgot forgotten attached wrong typo previous last earlier',
  },
  {
    kind: 'other',
    re: /\bcheck(?:ing)?\sin\b|\bfollow(?:ing)?[\s-]+up\s(?:again|once\smore|on\smy\s(?:previous|last|earlier|application|email))\b|\bany\s(?:news|updates?|word|information)\b|\bhave\snot\s(?:yet\s)?(?:heard|received\s(?:a|any)\s(?:reply|response|word))\b|\b(?:status\sof\smy\sapplication|application\sstatus|interview\sstatus)\b|\bhear(?:d)?\sback\b|\bby\snow\b|\b(?:nothing|anything)\snew\b|\b(?:give|provide|send)\sme\s(?:an?|any)\s(?:\w+\s)?update\b|\bnot\s(?:yet\s)?(?:received|gotten|had)\s(?:a|an|any)\s(?:interview\s)?(?:decision|invitation|invite)\b|\b(?:offering|extending|sending)\sme\san\sinterview\b|\b(?:decision|update)\son\s(?:an?\s|my\s)?interview(?:s|\sinvitations?)?\b|\bfollow(?:ing)?[\s-]+up\son\sthe\s(?:email|message|note)\b|\b(?:again|once\smore|one\smore\stime)\sto\sfollow[\s-]+up\b|\bstill\sunder\s(?:review|consideration)\b/i,
    weight: 2.5,
    anchors:
      'check checking follow following any heard received status hear now nothing anything update gotten had offering extending sending decision under',
  },
  {
    kind: 'other',
    re: /\boutside\s(?:of\s)?the\smatch\b|\bsoap\b|\bunfilled\b|\b(?:any|open|available|remaining|vacant)\s(?:\w+\s){0,3}?(?:spots?|positions?|openings?|vacanc(?:y|ies))\b|\bopenings?\b|\b(?:offer|extend|guarantee|give|promise)\sme\s(?:a|an|one)\s(?:\w+\s)?(?:position|spot|contract|place|seat)\b|\bsign\s(?:a|the)\scontract\b|\bdid\snot\smatch\b|\bI\smatched\s(?:at|with|into)\b|\bthat\sI\s(?:have\s)?matched\b|\bincoming\s(?:resident|ca-?1|intern|pgy-?1)\b|\bposition\s(?:has|had)\s(?:opened|become\savailable)\b/i,
    weight: 3,
    anchors:
      'outside soap unfilled spot spots position positions opening openings vacancy vacancies place seat contract match matched incoming',
  },

  // A question asked is a request: most often logistics, status or the Match process.
  { kind: 'other', re: /\?["')\]]*$/, weight: 1 },

  // Reply to the program, when the subject or thread does not show it. A question recounted from the
  // interview ("when you asked why I chose plastics") answers nothing in writing (set AO).
  {
    kind: 'reply-to-program',
    re: /\bthank(?:s|\syou)\s(?:so\smuch\s|very\smuch\s)?for\s(?:your|the)\s(?:kind\s|quick\s|prompt\s|thoughtful\s|generous\s)?(?:message|email|e-mail|note|reply|response|letter)\b|\bthank(?:s|\syou)\sfor\s(?:reaching\sout|letting\sme\sknow|getting\sback)\b|\bin\s(?:reply|response)\sto\syour\b/i,
    weight: 2,
    anchors: 'thank thanks thankful thanking reply response',
  },
  {
    kind: 'reply-to-program',
    re: /\b(?:(?:as|per)\s(?:you\s)?(?:requested|asked)|(?<!\b(?:when|after|before|once|while|what|how)\s)you\sasked)\b(?!,?\s(?:me\s)?(?:at|during|on|after|when|while|in\sperson)\b)|\bto\sanswer\syour\squestion\b|\bas\syou\ssuggested\b|\b(?:in|from|per)\syour\s(?:recent\s|last\s|earlier\s)?(?:message|email|e-mail|note|letter)\b/i,
    weight: 3,
    anchors: 'requested asked answer suggested message email mail note letter',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Subject cues (no position weighting)

const SUBJECT_CUES: Cue[] = [
  {
    kind: 'letter-of-intent',
    re: /\bletter\sof\sintent\b|\b(?:first|top|#\s?1|number[\s-]{0,3}one|no\.\s?1)\schoice\b|\bnumber[\s-]{0,3}one\b|#\s?1\b|\bintent\sto\srank\b/i,
    weight: 4,
  },
  {
    kind: 'letter-of-interest',
    re: /\bletter\sof\sinterest\b|\bcontinued\sinterest\b|\bstill\s(?:very\s|most\s|highly\s)?interested\b|\bremain(?:ing)?\sinterest/i,
    weight: 4,
  },
  {
    kind: 'interest',
    re: /\binterest(?:ed)?\sin\b|\bexcited\sabout\b|\bmeans\s(?:everything|so\smuch|a\slot|the\sworld)\b/i,
    weight: 2,
  },
  { kind: 'thank-you', re: /\bthank|\bthx\b|\bgrateful\b|\bgratitude\b|\bappreciation\b/i, weight: 3.5 },
  {
    kind: 'update',
    re: /(?<!\bany\s)\b(?:update[ds]?|news|accepted|published|publication|new\sscore|score\sreport|certified|certification)\b(?!\s?\?)/i,
    weight: 4,
  },
  {
    kind: 'pre-interview-interest',
    re: /\bintroduc|\bprospective\b|\blook(?:ing)?\sforward\sto\s(?:my|our|the)\s(?:\w+\s){0,3}?interview\b|\bupcoming\sinterview\b|\b(?:re)?applicant\b|\bapplication\b/i,
    weight: 3,
  },
  {
    kind: 'other',
    re: /\bquestions?\b|\binquiry\b|\benquiry\b|\bwithdr[ae]w|\bcancel|\breschedul|\bparking\b|\bvisas?\b|\bsponsorship\b|\bonboarding\b|\borientation\b|\blogistics\b|\btravel\b|\bchecking\sin\b|\bfollow(?:ing)?[\s-]{0,3}up\b|\bstatus\b|\bsoap\b|\bopenings?\b|\bavailability\b|\bunfilled\b|\bpaperwork\b|\bforms?\b|\bhousing\b|\bdate\schange\b/i,
    weight: 3,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Timing, purpose and negation

/** An interview that already happened: a pre-interview note is ruled out, interest is a letter of interest. */
const POST_INTERVIEW: Pattern = {
  anchors:
    'interview interviewed interviewing interviews visit visited remember deadline certify finalize finalise rank saw observed witnessed experienced',
  re: /\b(?:since|after|following|during|at|from)\s(?:my|our|the|your)\s(?:[\w-]+\s){0,3}?(?:interview|interview\sday|visit)\b(?!\s?-?\s?wait)|\b(?:since|after)\sinterviewing\b|\bI\s(?:have\s)?(?:interviewed|visited)\b(?!\s(?:a\sfriend|friends|family|relatives|my\s(?:family|friend|parents|sister|brother|cousin)))|\binterviewed\s(?:at|with|here|there)\b|\b(?:my|our|the)\s(?:recent\s)?interview\s(?:on|day|last|yesterday|earlier|in|with\syou)\b(?<!\b(?:before|for|to|ahead\sof)\s(?:my|our|the)\s(?:recent\s)?interview\s\w{1,20})|\b(?:yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s\sinterview\b|\binterview(?:ed)?\s(?:yesterday|last\s(?:week|month)|earlier\sthis)\b|\bthank(?:s|\syou)\s(?:again\s)?for\s(?:my|the|our)\sinterview\b|\binterview\sseason\s(?:has\s)?(?:ended|is\sover|wrapped)\b|\b(?:every|each)\sinterview\sday\b|\b(?:enjoyed|valued|appreciated|loved)\s(?:\w+\s){0,2}?(?:my|the|our|every|each)\sinterview\b|\b(?:my|our|the)\s(?:interview|visit)\s(?:[\w-]+\s){0,4}?(?:last|earlier\sthis|this\spast)\s(?:week|month)\b|\b(?:completed|finished|done\swith|through|after)\s(?:all\s|each\s)?(?:of\s)?(?:my|the)\s(?:\w+\s)?interviews\b|\binterviews\s(?:are|were)\s(?:over|done|finished|complete)\b|\bremember\sme\sfrom\b|\brank\s(?:order\s)?list\sdeadline\b|\b(?:certify|finali[sz]e)\smy\s(?:rank\s)?(?:order\s)?list\b|\bmy\srank\s(?:order\s)?list\b|\brank\slists?\s(?:are|is)\sdue\b|\bopportunity\sto\sinterview\s(?:last|yesterday|earlier|on\s\w+day)\b|\bI\s(?:saw|observed|witnessed|experienced)\s(?:there\s|firsthand\s|first-hand\s)?(?:in\s(?:november|december|january|february)|during\smy\s(?:visit|interview)|on\s(?:my\s)?(?:interview\sday|visit)|last\s(?:week|month))\b/i,
};

/** An interview still ahead: gratitude then is for something else (a dinner, an invitation), not a thank-you note. */
const UPCOMING: Pattern = {
  anchors: 'interview tomorrow upcoming before waitlist waitlisted wait',
  re: /\bbefore\swe\s(?:meet|speak)\b|\binterview\swait-?\s?list\b|\bwait-?\s?list(?:ed)?\sfor\s(?:an?\s)?interviews?\b|\b(?:my|our|the)\s(?:upcoming\s|scheduled\s)?interview(?:\sday)?\s(?:is\s)?(?:tomorrow|next\s(?:week|month))\b|\btomorrow(?:'s)?\s(?:interview|interview\sday)\b|\b(?:before|ahead\sof|prior\sto)\s(?:my|our|the)\s(?:upcoming\s|scheduled\s)?interview\b|\blook(?:ing)?\sforward\sto\s(?:my|our|the)\s(?:upcoming\s|scheduled\s)?interview\b(?!\s(?:experience|yesterday|last|on))|\bupcoming\sinterview\b/i,
};

/** Time has passed since the interview: a thank-you note is written within days, so this is something later. */
const LATE: Pattern = {
  anchors: 'season interviews deadline due certification list lists weeks months',
  re: /\binterview\sseason\s(?:has\s)?(?:ended|is\sover|wrapped\sup|is\swinding\sdown|(?:has\s)?come\sto\san\send)\b|\bnow\sthat\s(?:my|the)\sinterview(?:s|\sseason)\b|\brank\s(?:order\s)?list\s(?:deadline|is\sdue|certification)\b|\brank\slists\sare\sdue\b|\bas\sI\s(?:finali[sz]e|prepare|work\son|put\stogether|certify)\smy\s(?:rank\s)?(?:order\s)?list\b|\b(?:weeks|months)\s(?:since|after)\s(?:my|our|the)\b|\bover\sthe\s(?:past|last)\s(?:few\s|several\s|two\s|three\s)?(?:weeks|months)\b/i,
};

/** A sentence that states why the author is writing. */
const PURPOSE: Pattern = {
  anchors: 'writing wanted want like reaching letter email mail note message purpose',
  re: /\bI\sam\swriting\b|\bI\s(?:wanted|want|would\slike)\sto\s(?:write|let\syou\sknow|share|tell|inform|reach|update|introduce|express|ask|withdraw|follow|reiterate|reaffirm)\b|\breaching\sout\b|\bthis\s(?:letter|email|e-mail|note|message)\sis\sto\b|\bthe\spurpose\sof\s(?:this|my)\b/i,
};

const NEGATION =
  /\b(?:not(?!\sonly\b)|never|cannot|unable|undecided|yet\sto\sdecide|no\slonger|nor|neither|without)\b/i;
/** Where a clause begins, for negation: punctuation or a contrasting conjunction. */
const CLAUSE_START = /[,;:()]|\b(?:but|however|although|though|whereas)\b/gi;

function negated(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  let from = 0;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(before); m; m = CLAUSE_START.exec(before)) from = m.index + m[0].length;
  return NEGATION.test(before.slice(from));
}

// ---------------------------------------------------------------------------------------------------------
// Anchor index

/**
 * The applicant says they did not match. In Match Week that is this season's result ("Yesterday I received the news
 * that I did not match", set CN); at other times it may be a past cycle's ("The first two years I did not match").
 */
const UNMATCHED =
  /\b(?:I|we|but|and)\s(?:have\s|just\s|officially\s){0,2}(?:did\snot\smatch|didn't\smatch|didnt\smatch|went\sunmatched)\b|\bI\s(?:was|am|remain|ended\sup)\sunmatched\b/i;

/**
 * The Match has happened ("I opened my Match email", "I did not match", "after SOAP"): thanks now are for the
 * result or the season, not a thank-you note for an interview.
 */
const MATCHED: Pattern = {
  anchors: 'match matched unmatched soap',
  re: new RegExp(
    String.raw`${UNMATCHED.source}|\b(?:I|we)\s(?:have\s|just\s|officially\s){0,2}matched\b|\bmy\smatch\s(?:email|e-mail|result|results|news|letter)\b|\bmatch\s(?:day|results?)\s(?:was|came|is\sover|has\spassed)\b|\b(?:on|since|after)\smatch\sday\b|\b(?:through|after|during|in)\s(?:the\s)?SOAP\b`,
    'i',
  ),
};

/** Every pattern the body is read with: the cues, then the five signals. */
const PATTERNS: Pattern[] = [...BODY_CUES, POST_INTERVIEW, LATE, PURPOSE, UPCOMING, MATCHED];
const POST_ID = BODY_CUES.length;
const LATE_ID = POST_ID + 1;
const PURPOSE_ID = POST_ID + 2;
const UPCOMING_ID = POST_ID + 3;
const MATCHED_ID = POST_ID + 4;

const ANCHORS = new Map<string, number[]>();
const UNANCHORED: number[] = [];
PATTERNS.forEach((p, id) => {
  if (!p.anchors) UNANCHORED.push(id);
  else
    for (const a of p.anchors.split(' ')) {
      const list = ANCHORS.get(a) ?? [];
      if (!list.includes(id)) list.push(id);
      ANCHORS.set(a, list);
    }
});

/** The patterns whose anchors occur in a sentence, and its word count (one scan, no regex). */
function candidates(lower: string): { ids: Uint8Array; words: number } {
  const ids = new Uint8Array(PATTERNS.length);
  for (const id of UNANCHORED) ids[id] = 1;
  let words = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words++;
      const hit = ANCHORS.get(lower.slice(start, i));
      if (hit) for (const id of hit) ids[id] = 1;
      start = -1;
    }
  }
  return { ids, words };
}

const NEEDS_NORMALIZING =
  /[\u2018\u2019\u02bc`\u200b-\u200d\u2060\ufeff\u00ad]|n't\b|'(?:ll|re|ve|m|d)\b|\b(?:it|that|there|what|he|she|where|who|here|how|this|let)'s\b|\by'all\b/i;

const MULTI_SPACE = /\s\s|[^\S ]/;

/**
 * The text the patterns read: normalized where `normalize` changes something that matters here (curly
 * apostrophes, invisible characters, contractions), with every run of whitespace made one space. The patterns
 * are written for single spaces (`\s`, never `\s+`), which keeps them free of backtracking blow-ups.
 */
function prepare(text: string): string {
  const n = NEEDS_NORMALIZING.test(text) ? normalize(text).text : text;
  return MULTI_SPACE.test(n) ? n.replace(/\s+/g, ' ') : n;
}

/** What a sentence says to the classifier, whatever its place in the draft: cached by sentence text. */
interface Reading {
  text: string;
  ids: Uint8Array;
  words: number;
  /** Per pattern: 0 not yet tested, 1 no match, 2 match. */
  held: Uint8Array;
  /** Per body cue: NaN not yet read, 0 no (or only negated) match, else the cue's scale at its match. */
  cue: Float64Array;
}

interface Unit {
  reading: Reading;
  /** 2 in the opening or a purpose sentence, 1 elsewhere. */
  weight: number;
  /** In the last body paragraph (when there is more than one) and not a purpose sentence. */
  closing: boolean;
}

const READINGS = new Map<string, Reading>();
const READINGS_MAX = 2000;

export function clearReadings(): void {
  READINGS.clear();
}

function readingOf(sentence: string): Reading {
  let r = READINGS.get(sentence);
  if (!r) {
    const text = prepare(sentence);
    const { ids, words } = candidates(text.toLowerCase());
    r = {
      text,
      ids,
      words,
      held: new Uint8Array(PATTERNS.length),
      cue: new Float64Array(BODY_CUES.length).fill(Number.NaN),
    };
    if (READINGS.size >= READINGS_MAX) READINGS.clear();
    READINGS.set(sentence, r);
  }
  return r;
}

function holds(u: Unit, id: number): boolean {
  const r = u.reading;
  if (r.ids[id] !== 1) return false;
  if (r.held[id] === 0) r.held[id] = PATTERNS[id]!.re.test(r.text) ? 2 : 1;
  return r.held[id] === 2;
}

/** The scale a body cue reads in a sentence (1 for unscaled cues), 0 when it does not match un-negated. */
function cueValue(r: Reading, id: number): number {
  const known = r.cue[id] as number;
  if (!Number.isNaN(known)) return known;
  const cue = BODY_CUES[id]!;
  const m = cue.re.exec(r.text);
  const value =
    !m || (cue.negatable && negated(r.text, m.index)) || (cue.ifConditional && UNDECIDED_FIRST.test(r.text))
      ? 0
      : cue.scale
        ? cue.scale(m[0])
        : 1;
  r.cue[id] = value;
  return value;
}

function bodyUnits(model: TextModel): Unit[] {
  const paras = model.paragraphs.filter((p) => p.role === 'body');
  const units: Unit[] = [];
  let opening = 0;
  paras.forEach((p, pi) => {
    for (const s of p.sentences) {
      const reading = readingOf(s.text);
      const isOpening = opening < 2 && reading.words >= 3;
      if (isOpening) opening++;
      const unit: Unit = { reading, weight: 1, closing: false };
      const purpose = holds(unit, PURPOSE_ID);
      unit.weight = isOpening || purpose ? 2 : 1;
      unit.closing = pi === paras.length - 1 && paras.length > 1 && !isOpening && !purpose;
      units.push(unit);
    }
  });
  return units;
}

/**
 * For tests: the cues that match `sentence` although none of their anchors occur in it (a gap in the
 * anchors, which would make the cue silently miss). Empty when the anchors are right.
 */
export function anchorGaps(sentence: string): number[] {
  const text = prepare(sentence);
  const { ids } = candidates(text.toLowerCase());
  const gaps: number[] = [];
  PATTERNS.forEach((p, id) => {
    if (ids[id] !== 1 && p.re.test(text)) gaps.push(id);
  });
  return gaps;
}

export function isReplySubject(subject: string | undefined): boolean {
  return !!subject && /^\s*(?:re|aw|sv|antw|rv|réf)\s*:/i.test(subject);
}

type Scores = Record<Vote, number>;

function emptyScores(): Scores {
  return {
    'letter-of-intent': 0,
    update: 0,
    'thank-you': 0,
    'letter-of-interest': 0,
    'pre-interview-interest': 0,
    other: 0,
    'reply-to-program': 0,
    interest: 0,
  };
}

/** Adds each body cue once, at the best position where it matches un-negated. */
function scoreBody(units: Unit[], score: Scores): void {
  BODY_CUES.forEach((cue, id) => {
    let best = 0;
    let bestIf = 0;
    for (const u of units) {
      const most = cue.courtesy && u.closing ? u.weight * 0.5 : u.weight;
      // A unit that cannot beat what is found is not read (for a conditional cue, neither of its two bests).
      if (u.reading.ids[id] !== 1 || most <= (cue.ifConditional ? Math.min(best, bestIf) : best)) continue;
      const scale = cueValue(u.reading, id);
      if (!scale) continue;
      const w = most * scale;
      if (cue.ifConditional && firstPlaceNotGiven(u.reading.text)) bestIf = Math.max(bestIf, w);
      else if (w > best) best = w;
      if (best >= 2 && (!cue.ifConditional || bestIf >= 2)) break;
    }
    score[cue.kind] += cue.weight * best;
    if (cue.ifConditional) score[cue.ifConditional] += cue.weight * bestIf;
  });
}

/** Whether the draft's body says an interview already happened ("since my interview", "I interviewed at…"). */
export function saysInterviewHappened(model: TextModel): boolean {
  return bodyUnits(model).some((u) => holds(u, POST_ID));
}

/** The score of every kind for a draft that is not a reply (for diagnostics and tests). */
export function scoreDraft(model: TextModel, subject = ''): Record<DraftKind, number> {
  const units = bodyUnits(model);
  const score = emptyScores();
  scoreBody(units, score);
  const subj = prepare(subject);
  for (const c of SUBJECT_CUES) if (c.re.test(subj)) score[c.kind] += c.weight;

  // Timing decides what interest means and whether a pre-interview note is possible at all.
  if (units.some((u) => holds(u, LATE_ID))) score['thank-you'] *= 0.5;
  if (units.some((u) => holds(u, MATCHED_ID))) {
    // After the Match, gratitude is for the result or the season: the note is not a thank-you for an interview.
    score.other += score['thank-you'];
    score['thank-you'] = 0;
  }
  const post = units.some((u) => holds(u, POST_ID)) || POST_INTERVIEW.re.test(subj);
  if (!post && units.some((u) => holds(u, UPCOMING_ID))) score['thank-you'] *= 0.25;
  if (post) {
    score['letter-of-interest'] += score.interest;
    score['pre-interview-interest'] = 0;
  } else {
    score['pre-interview-interest'] += score.interest;
  }
  const { interest: _, ...kinds } = score;
  return kinds;
}

export function classifyDraft(
  model: TextModel,
  opts: {
    subject?: string;
    isReply?: boolean;
    thread?: string;
    /** The recipient's interview date on record is still ahead of today. */
    interviewAhead?: boolean;
    /** The recipient's interview date on record is already past. */
    interviewPast?: boolean;
    /** Today is after the rank order list deadline: every interview of the season is over. */
    interviewsOver?: boolean;
    /** Match Week and SOAP are over: the season's results are known. */
    afterMatch?: boolean;
    /** Today is in Match Week. */
    matchWeek?: boolean;
  },
): DraftKind {
  const hasThread = model.quotedText.trim().length > 0 || !!opts.thread?.trim();
  if (opts.isReply || isReplySubject(opts.subject) || (hasThread && /\bwrote:\s*$/m.test(model.text))) {
    return 'reply-to-program';
  }
  const score = scoreDraft(model, opts.subject);
  let best: DraftKind = 'other';
  let bestScore = MIN_SCORE;
  for (const k of ORDER) {
    if (score[k] > bestScore) {
      best = k;
      bestScore = score[k];
    }
  }
  // Letters of interest and intent follow an interview: before the one on record, the same warm words are
  // pre-interview interest (none of 250 labeled drafts written before their interview was either letter).
  if (opts.interviewAhead && (best === 'letter-of-interest' || best === 'letter-of-intent'))
    return 'pre-interview-interest';
  // After the rank deadline no interview is ahead: warm words are a letter of interest.
  // After the Match, thanks, introductions and letters are neither interview thank-yous nor applications: 50 of
  // 66 labeled drafts written after Match Day were "other" (the rest replies and updates), none a thank-you or
  // a letter ("I ranked you first and was so sure…" looks back, it does not declare).
  if (opts.afterMatch && best !== 'update') return 'other';
  // In Match Week, "X was my first choice" after "I did not match" asks for a SOAP place, it declares nothing;
  // nor does "if even one of your positions is still open, consider me" express interest in a letter (set DZ).
  if (
    opts.matchWeek &&
    (best === 'letter-of-intent' || best === 'letter-of-interest' || best === 'pre-interview-interest') &&
    model.paragraphs.some((p) => UNMATCHED.test(p.text))
  )
    return 'other';
  // After the interview on record, interest in the program is a letter of interest, not a pre-interview note.
  if (opts.interviewPast && best === 'pre-interview-interest') return 'letter-of-interest';
  if (opts.interviewsOver && best === 'pre-interview-interest') return 'letter-of-interest';
  return best;
}
