/**
 * Which kind of email this is. Weighted cues from the subject and the author's own text (never the quoted
 * thread); a reply to the program's message is a reply whatever it says.
 *
 * How a cue counts depends on where it appears. The opening of the body (its first two sentences, or a
 * sentence that says why the author is writing: "I am writing to…", "I wanted to…") states the purpose of
 * most emails, so a cue there counts double. The last body paragraph holds the courtesies ("Thank you for a
 * wonderful interview day") that close every kind of email, so a thank-you cue there counts half. Each cue
 * counts once, at its best position. A cue negated in its own clause ("I have not decided which program I
 * will rank first") does not count.
 *
 * Expressions of interest go to one of two kinds by timing: after an interview they make a letter of
 * interest, before one (or with no interview mentioned) a pre-interview note. Anything that names an
 * interview in the past rules a pre-interview note out.
 *
 * Ties go to the kind with more at stake: a letter of intent outranks an update, an update a thank-you, a
 * thank-you a letter of interest, that a pre-interview note, and every one of those a plain question.
 * Regexes only, no NLP: this runs on every keystroke.
 */
import { normalize } from './normalize';
import type { TextModel } from './text-model';
import type { DraftKind } from './types';

/** The kinds cues vote for; `interest` is routed to a letter of interest or a pre-interview note by timing. */
type Vote = DraftKind | 'interest';

interface Cue {
  kind: Vote;
  re: RegExp;
  weight: number;
  /** A negation earlier in the same clause cancels the cue. */
  negatable?: boolean;
  /** A closing courtesy: counts half in the last body paragraph. */
  courtesy?: boolean;
  /** A multiplier decided by the matched text (for "thank you again", a follow-up's courtesy). */
  scale?: (match: string) => number;
}

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

/** A rank position of first place. */
const FIRST = String.raw`(?:first|1st|#\s?1|number[\s-]*(?:one|1)|no\.\s?1|at\s+the\s+(?:very\s+)?top|on\s+top|top\s+(?:spot|slot|position|place|choice))`;
/** What "first" must not be followed by to be a rank: "first-author", "first year", "first three". */
const NOT_RANK = String.raw`(?![\s-]*(?:author|year|time|day|week|month|impression|hand|two|three|four|five|ten|few|several|2|3|4|5|10)\b)`;
/** Gratitude that is being expressed, not offered conditionally ("I would be grateful for…"). */
const THANKS = String.raw`(?<!\bwould\s(?:\w+\s){0,2})(?:\bthank(?:s|\s+you|ing\s+you)?\b|\bthx\b|\bty\b|\bgrateful\b|\bgratitude\b|\bappreciat(?:e|ed|ing)\b)`;
/** Something that happened at or around an interview or visit. */
const EVENT = String.raw`(?:\binterview(?:ing|ed)?\b|\bvisit\b|\bhost(?:ing|ed)?\s+me\b|\bhaving\s+me\b|\bwelcom(?:ing|ed)\s+me\b|\bmeet(?:ing)?\s+(?:with\s+)?me\b|\bmet\s+with\s+me\b|\b(?:speaking|talking|spoke|talked)\s+with\s+me\b|\b(?:our|the)\s+(?:conversation|chat|tour|meeting|discussion|walk-?through)\b|\bshow(?:ing|ed)?\s+me\s+around\b|\bspent\s+with\s+me\b|\btime\s+with\s+me\b|\binterview\s+day\b)`;
/** Words in the gap that make "thanks … interview" about an invitation or logistics, not the interview. */
const NOT_AFTER = String.raw`(?!\s*(?:invit|schedul|upcoming|confirm|arrang|offer|opportunity\s+to\s+apply))`;

const AGAIN = /\b(?:again|once\s+more|once\s+again)\b/i;
const followUpCourtesy = (m: string) => (AGAIN.test(m) ? 0.35 : 1);

// ---------------------------------------------------------------------------------------------------------
// Body cues

const BODY_CUES: Cue[] = [
  // Letter of intent: ranking the program first.
  {
    kind: 'letter-of-intent',
    re: new RegExp(
      String.raw`\b(?:rank|ranking|ranked|list|listing|place|placing|put|putting|move|moving|keep|keeping)\s+(?:[^.!?\n]{0,60}?\s)?${FIRST}\b${NOT_RANK}`,
      'i',
    ),
    weight: 3,
    negatable: true,
  },
  {
    kind: 'letter-of-intent',
    re: /(?<!\b(?:one|among|several|some|few|two|three|four|five)\s+of\s+)\b(?:my|the)\s+(?:clear\s+|absolute\s+|true\s+|very\s+|definite\s+|undisputed\s+)?(?:first|top|#\s?1|number[\s-]*(?:one|1)|no\.\s?1)\s+(?:choice|pick|program|option|preference|place\s+to\s+train)(?!s)\b/i,
    weight: 3,
    negatable: true,
  },
  {
    kind: 'letter-of-intent',
    re: /\b(?:first|1st|#\s?1|number[\s-]*(?:one|1))\s+on\s+my\s+(?:rank\s+)?(?:order\s+)?list\b|\b(?:at|to)\s+the\s+(?:very\s+)?top\s+of\s+my\s+(?:rank\s+)?(?:order\s+)?list\b/i,
    weight: 3,
    negatable: true,
  },
  { kind: 'letter-of-intent', re: /\bletter\s+of\s+intent\b/i, weight: 3 },
  {
    kind: 'letter-of-intent',
    re: /\bcommit(?:ting|ted)?\s+(?:myself\s+)?to\s+(?:train(?:ing)?|join(?:ing)?|com(?:e|ing)|attend(?:ing)?)\s+(?:at|with|there|here|your)\b|\b(?:will\s+not|do\s+not\s+(?:plan|intend)\s+to)\s+rank\s+(?:anywhere|any\s+other|anyone|another)/i,
    weight: 2,
  },

  // Update: new information for the file.
  {
    kind: 'update',
    re: /(?<!\b(?:me|us|any)\s+)\b(?:an?|one|some|brief|quick|short|small|exciting|important|new|latest|following)\s+(?:\w+\s+)?updates?\b(?!\s*\?)|^\s*(?:a\s+)?(?:quick|brief|short)?\s*update\b|\bupdates?\s+(?:on|regarding|about|to|of|since|concerning)\s+(?:my|our)\s+(?!(?:application\s+)?status)|\bupdate\s+you\b|\bupdate\s+(?:my|the)\s+(?:file|application|committee)\b/i,
    weight: 3,
  },
  {
    kind: 'update',
    re: /\b(?:has|have|had|was|were|been|got|just|recently|now|officially|finally)\s+(?:been\s+|now\s+|officially\s+|finally\s+)?(?:accepted\s+(?:for|to|by|at|as|in)|published|awarded|selected\s+(?:for|as|to)|named\s+(?:as|a|an|to)|elected)\b|\baccepted\s+for\s+(?:publication|presentation)\b|\b(?:new|recent|latest)\s+(?:publication|paper|manuscript|abstract|presentation|award|honou?r|certification|score|result|role|position|development)s?\b|\b(?:pleased|happy|excited|glad|proud|delighted|thrilled)\s+to\s+(?:share|report|let\s+you\s+know|inform|announce|tell\s+you)(?:\s+you)?\s+(?:that|of|about)\b|\b(?:share|report|mention)\s+(?:a|an|one|some)\s+(?:new\s+|recent\s+|positive\s+|exciting\s+|good\s+)?(?:development|news|achievement|accomplishment)\b|\b(?:good|great|exciting|some)\s+news\b/i,
    weight: 2,
  },
  {
    kind: 'update',
    re: /\b(?:score|scores|result|results|report)\s+(?:came\s+back|(?:was|were|has\s+been|have\s+been)\s+released|arrived|(?:is|are)\s+(?:now\s+)?(?:in|out|available|back))\b|\breceived\s+my\s+(?:\w+\s+){0,3}(?:score|result|report)s?\b|\b(?:scored|score\s+of|result\s+of)\s+(?:a\s+)?\d{3}\b|\b(?:just|recently|now|have\s+now|officially|successfully)\s+passed\b|\bpassed\s+(?:\w+\s+){0,4}(?:today|yesterday|this\s+(?:week|month|morning))\b/i,
    weight: 2.5,
  },
  {
    kind: 'update',
    re: /\b(?:now|am|became|become|been|officially|fully)\s+(?:fully\s+)?(?:ecfmg[\s-]+)?certified\b|\breceived\s+(?:my\s+)?(?:ecfmg\s+)?certification\b|\bcertification\s+(?:came\s+through|(?:was|has\s+been)\s+(?:issued|granted|completed|approved))\b|\b(?:green\s+card|permanent\s+residen(?:cy|t)|citizenship)\s+(?:was|has\s+been|came)\s+(?:approved|granted|through)\b/i,
    weight: 2.5,
  },
  {
    kind: 'update',
    re: /\b(?:completed|finished|wrapped\s+up|started|began|begun|am\s+now\s+(?:doing|on))\s+(?:my\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,4}(?:rotation|elective|sub-?internship|sub-?i|acting\s+internship|observership|externship|clerkship|fellowship|research\s+(?:year|position|fellowship)|internship)\b/i,
    weight: 1.5,
  },
  {
    kind: 'update',
    re: /\b(?:uploaded|added|attached|submitted)\s+(?:\w+\s+){0,2}(?:to|in|into|through)\s+(?:my\s+)?(?:eras|file|application)\b|\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:uploaded|added)\b/i,
    weight: 1,
  },

  // Thank-you: gratitude for an interview or a visit.
  {
    kind: 'thank-you',
    re: new RegExp(
      String.raw`${THANKS}(?:(?!invit|schedul|upcoming|confirm|arrang|opportunity\s+to\s+apply)[^.!?\n]){0,90}?${EVENT}${NOT_AFTER}`,
      'i',
    ),
    weight: 3,
    courtesy: true,
    scale: followUpCourtesy,
  },
  {
    kind: 'thank-you',
    re: /\b(?:yesterday|today|this\s+morning|this\s+afternoon)'?s?\s+(?:interview|visit|tour)\b|\b(?:interview|visit|tour|interviewing)\s+(?:\w+\s+){0,3}(?:yesterday|this\s+morning|this\s+afternoon|earlier\s+today)\b|\bhad\s+(?:a|an|such\s+a)\s+(?:blast|(?:great|wonderful|fantastic|amazing|lovely|terrific|good)\s+(?:time|day|visit))\b/i,
    weight: 2,
    courtesy: true,
  },
  {
    kind: 'thank-you',
    re: /\b(?:enjoyed|loved|valued|cherished)\s+(?:\w+\s+){0,3}?(?:interview|visit|conversation|tour|meeting\s+(?:you|with|your)|speaking\s+with|talking\s+with|the\s+day|our\s+time|my\s+time|lunch|dinner|social)\b/i,
    weight: 1.5,
    courtesy: true,
    scale: followUpCourtesy,
  },

  // Letter of interest: among the top choices, no rank named.
  { kind: 'letter-of-interest', re: /\bletter\s+of\s+interest\b/i, weight: 3 },
  {
    kind: 'letter-of-interest',
    re: /\bone\s+of\s+(?:my|the)\s+(?:very\s+|absolute\s+)?(?:top|first|highest|leading)\s+(?:choices|programs|options|picks|places)\b|\bamong\s+(?:my|the)\s+(?:very\s+)?(?:top|highest|first)\b|\b(?:near|close\s+to)\s+the\s+top\s+of\s+my\b|\bhigh(?:ly)?\s+on\s+my\s+(?:rank\s+)?(?:order\s+)?list\b|\brank(?:ing)?\s+(?:you|your\s+program|it|them|\w+\s+\w+)\s+(?:very\s+)?highly\b|\bremains?\s+(?:one\s+of|among|high\s+on|near\s+the\s+top)\b/i,
    weight: 3,
    negatable: true,
  },

  // Interest, routed by timing.
  {
    kind: 'interest',
    re: /\b(?:continued|continuing|ongoing|sincere|strong|genuine|keen|deep|great|real|particular)\s+interest\b|\b(?:express|reiterate|reaffirm|restate|share|convey|emphasi[sz]e)\s+(?:my\s+)?(?:\w+\s+)?interest\b|\b(?:remain|remains|still|very|highly|really|extremely|particularly|especially|most|deeply)\s+(?:very\s+|highly\s+|deeply\s+|strongly\s+|still\s+)?(?:interested|enthusiastic|excited)\s+(?:in|about)\b|\binterest\s+in\s+(?:your|the|joining|training)\b/i,
    weight: 2,
    negatable: true,
  },
  {
    kind: 'interest',
    re: /\b(?:would|will)\s+(?:\w+\s+)?(?:love|be\s+(?:proud|honou?red|thrilled|delighted|glad|happy|excited|privileged|lucky|grateful))\s+to\s+(?:train|join|be\s+(?:a\s+)?(?:part|resident|member)|work|match|become|start|spend|learn|grow)\b|\b(?:most|happiest|most\s+glad|most\s+excited|most\s+eager)\s+to\s+(?:join|train)\b|\bwhere\s+I\s+(?:\w+\s+)?(?:hope|want|would\s+like|would\s+love|wish|belong|see\s+myself)\b|\b(?:eager|keen|excited)\s+to\s+(?:train|join|do\s+my|start|become|be\s+part)\b|\b(?:could|can)\s+(?:really\s+)?(?:see|picture|imagine)\s+myself\b|\b(?:great|good|strong|excellent|perfect|ideal|natural|better|best|right)\s+fit\b|\bstands?\s+out\s+(?:among|from|above)\b|\bstood\s+out\s+(?:the\s+most|among|from|above)\b/,
    weight: 1.5,
    negatable: true,
  },
  {
    // The outcome the author wants; "if I do not match at X…" still says so.
    kind: 'interest',
    re: /\b(?:match|matching|matched|end\s+up|ending\s+up|train|training)\s+(?:at|with)\s+[A-Z]|\b(?:favou?rite|dream)\s+program\b|\bmeans\s+(?:everything|so\s+much|a\s+lot|the\s+world)\s+to\s+me\b/,
    weight: 1.5,
  },

  // Pre-interview interest: introducing oneself, hoping for an interview.
  {
    kind: 'pre-interview-interest',
    re: /\bintroduce\s+myself\b|\bintroduc(?:e|ing)\s+(?:myself|me)\b/i,
    weight: 3,
  },
  {
    kind: 'pre-interview-interest',
    re: /\bmy\s+name\s+is\b|\bI\s+am\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:student|graduate|img|applicant|reapplicant|candidate|MS-?4|MS-?IV|OMS-?IV|OMS-?4)\b/i,
    weight: 2,
  },
  {
    kind: 'pre-interview-interest',
    re: /\b(?:recently|just|have|had)\s+(?:re)?(?:applied|submitted)\b|\bsubmitted\s+my\s+(?:eras\s+)?application\b|\bI\s+am\s+(?:re)?applying\b|\bapplicant\s+(?:to|for)\b|\bas\s+an\s+applicant\b|\bprograms?\s+I\s+(?:have\s+)?applied\s+to\b|\b(?:re)?appl(?:ying|ied)\s+to\s+(?:your|the|this)\b|\bI\s+am\s+reapplying\b/i,
    weight: 2,
  },
  {
    kind: 'pre-interview-interest',
    re: /\b(?:hope|hoping|would\s+(?:\w+\s+){0,2}?(?:welcome|appreciate|value|love|like|be\s+grateful\s+for|be\s+glad\s+(?:of|for))|look(?:ing)?\s+forward\s+to|eager\s+(?:for|to)|wish)\b[^.!?\n]{0,50}?\b(?:to\s+interview|an\s+interview|interview\s+invitation|invitation\s+to\s+interview|interview\s+with\s+(?:you|your))\b|\bavailable\s+(?:for|to)\s+(?:an\s+)?interview\b/i,
    weight: 3,
  },
  {
    kind: 'pre-interview-interest',
    re: /\bconsider(?:ing|ation\s+of)?\s+my\s+application\b|\breview(?:ing)?\s+(?:of\s+)?my\s+application\b|\bhelp\s+your\s+review\b|\banything\s+(?:else|further)\s+(?:for|to|that)\b/i,
    weight: 1,
  },

  // Other: withdrawals, scheduling, questions, logistics, follow-ups, the Match process itself.
  {
    kind: 'other',
    re: /\bwithdr[ae]w(?:al|ing|n|s)?\b|\bremove\s+(?:my\s+(?:name|application)|me)\s+from\b|\btake\s+my\s+name\s+(?:off|out)\b|\bno\s+longer\s+(?:wish|want|plan|intend|be|pursuing|interested|considering|able\s+to\s+(?:attend|accept))\b|\bdecline\s+(?:the|your|my)\s+(?:interview|invitation|offer|position)\b|\bnot\s+(?:be\s+)?(?:include|includ(?:e|ing)|rank(?:ing)?)\s+(?:\w+\s+){0,3}on\s+my\s+(?:rank\s+)?(?:order\s+)?list\b/i,
    weight: 4,
  },
  {
    kind: 'other',
    re: /\b(?:cancel(?:l?ing|l?ed)?|reschedul(?:e|ing)|postpon(?:e|ing)|move\s+my\s+interview|change\s+(?:my|the)\s+interview|switch\s+(?:my\s+)?interview|(?:different|another|new|alternative|later|earlier)\s+(?:interview\s+)?(?:date|time|slot))\b/i,
    weight: 3,
  },
  {
    kind: 'other',
    re: /\bI\s+(?:have|had)\s+(?:a|one|two|three|a\s+few|some|several|a\s+couple\s+of)\s+(?:[\w-]+\s+){0,2}?questions?\b|\b(?:wanted|want|would\s+like|like|wish|hoping)\s+to\s+(?:\w+\s+){0,3}?(?:ask|inquire|enquire|check)\s+(?:whether|if|about|how|what|when|which|where|you)\b|\bI\s+(?:was|am)\s+wondering\b|\b(?:could|can|would|may)\s+you\s+(?:please\s+|kindly\s+|possibly\s+|perhaps\s+|also\s+)?(?:tell|let\s+me\s+know|clarify|confirm|advise|explain|direct|point|send\s+me|share\s+(?:whether|which|when|how))\b|\b(?:could|may|can)\s+I\s+ask\b|\b(?:is|would)\s+it\s+(?:be\s+)?possible\s+(?:to|for)\b|\b(?:does|do|will|would)\s+(?:the|your)\s+(?:program|department|hospital|institution|residency)\s+(?:sponsor|offer|accept|require|provide|have|coordinate|consider|allow|cover|reimburse)\b|\bquestions?\s+about\b/i,
    weight: 2,
  },
  {
    kind: 'other',
    re: /\bvisas?\b|\bsponsor(?:ship|s)?\b|\bj-?1\b|\bh-?1b\b|\bparking\b|\bhotel\b|\blodging\b|\baccommodations?\b|\breimburse(?:ment|d)?\b|\bdress\s+code\b|\bdirections\s+to\b|\bonboarding\b|\borientation\b|\bcredential(?:ing|s)\b|\bpaperwork\b|\bforms\b|\b(?:training\s+)?licen[cs]e\s+application\b|\bbackground\s+check\b|\bdrug\s+screen\b|\bstart\s+date\b|\bsalary\b|\bstipend\b|\bbenefits\s+package\b|\bhousing\b|\bcouples\s+match\b|\bcalendar\s+invite\b|\bzoom\s+link\b/i,
    weight: 1.5,
  },
  {
    kind: 'other',
    re: /\bforg(?:ot|otten)\s+(?:to\s+)?(?:attach|include|send|add)\b|\b(?:is|are)\s+(?:now\s+)?attached\s+(?:now|here)\b|\battached\s+now\b|\bwrong\s+(?:file|attachment|version|document)\b|\b(?:corrected|updated)\s+(?:version|copy|cv)\s+(?:is\s+)?attached\b|\btypo\s+in\s+my\s+(?:previous|last|earlier)\b|\bmy\s+(?:previous|last|earlier)\s+(?:email|message|note)\b/i,
    weight: 3,
  },
  {
    kind: 'other',
    re: /\bcheck(?:ing)?\s+in\b|\bfollow(?:ing)?[\s-]+up\s+(?:again|once\s+more|on\s+my\s+(?:previous|last|earlier|application|email))\b|\bany\s+(?:news|updates?|word|information)\b|\bhave\s+not\s+(?:yet\s+)?(?:heard|received\s+(?:a|any)\s+(?:reply|response|word))\b|\b(?:status\s+of\s+my\s+application|application\s+status|interview\s+status)\b|\bhear(?:d)?\s+back\b|\bby\s+now\b|\b(?:nothing|anything)\s+new\b|\b(?:give|provide|send)\s+me\s+(?:an?|any)\s+(?:\w+\s+)?update\b/i,
    weight: 2.5,
  },
  {
    kind: 'other',
    re: /\boutside\s+(?:of\s+)?the\s+match\b|\bsoap\b|\bunfilled\b|\b(?:any|open|available|remaining|vacant)\s+(?:\w+\s+){0,3}?(?:spots?|positions?|openings?|vacanc(?:y|ies))\b|\bopenings?\b|\b(?:offer|extend|guarantee|give|promise)\s+me\s+(?:a|an|one)\s+(?:\w+\s+)?(?:position|spot|contract|place|seat)\b|\bsign\s+(?:a|the)\s+contract\b|\bdid\s+not\s+match\b|\bI\s+matched\s+(?:at|with|into)\b|\bthat\s+I\s+(?:have\s+)?matched\b|\bincoming\s+(?:resident|ca-?1|intern|pgy-?1)\b|\bposition\s+(?:has|had)\s+(?:opened|become\s+available)\b/i,
    weight: 3,
  },

  // Reply to the program, when the subject or thread does not show it.
  {
    kind: 'reply-to-program',
    re: /\bthank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:your|the)\s+(?:kind\s+|quick\s+|prompt\s+|thoughtful\s+|generous\s+)?(?:message|email|e-mail|note|reply|response|letter)\b|\bthank(?:s|\s+you)\s+for\s+(?:reaching\s+out|letting\s+me\s+know|getting\s+back)\b|\b(?:as|per)\s+(?:you\s+)?(?:requested|asked)\b|\bto\s+answer\s+your\s+question\b|\bin\s+(?:reply|response)\s+to\s+your\b|\byou\s+asked\b/i,
    weight: 2,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Subject cues (no position weighting)

const SUBJECT_CUES: Cue[] = [
  {
    kind: 'letter-of-intent',
    re: /\bletter\s+of\s+intent\b|\b(?:first|top|#\s?1|number[\s-]*one|no\.\s?1)\s+choice\b|\bnumber[\s-]*one\b|#\s?1\b|\bintent\s+to\s+rank\b/i,
    weight: 4,
  },
  {
    kind: 'letter-of-interest',
    re: /\bletter\s+of\s+interest\b|\bcontinued\s+interest\b|\bstill\s+interested\b|\bremain(?:ing)?\s+interest/i,
    weight: 4,
  },
  {
    kind: 'interest',
    re: /\binterest(?:ed)?\s+in\b|\bexcited\s+about\b|\bmeans\s+(?:everything|so\s+much|a\s+lot|the\s+world)\b/i,
    weight: 2,
  },
  { kind: 'thank-you', re: /\bthank|\bthx\b|\bgrateful\b|\bgratitude\b|\bappreciation\b/i, weight: 3.5 },
  {
    kind: 'update',
    re: /(?<!\bany\s+)\b(?:update[ds]?|news|accepted|published|publication|new\s+score|score\s+report|certified|certification)\b(?!\s*\?)/i,
    weight: 4,
  },
  {
    kind: 'pre-interview-interest',
    re: /\bintroduc|\bprospective\b|\b(?:re)?applicant\b|\bapplication\b/i,
    weight: 3,
  },
  {
    kind: 'other',
    re: /\bquestions?\b|\binquiry\b|\benquiry\b|\bwithdr[ae]w|\bcancel|\breschedul|\bparking\b|\bvisas?\b|\bsponsorship\b|\bonboarding\b|\borientation\b|\blogistics\b|\btravel\b|\bchecking\s+in\b|\bfollow(?:ing)?[\s-]*up\b|\bstatus\b|\bsoap\b|\bopenings?\b|\bavailability\b|\bunfilled\b|\bpaperwork\b|\bforms?\b|\bhousing\b|\bdate\s+change\b/i,
    weight: 3,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Timing, purpose and negation

/** An interview that already happened: a pre-interview note is ruled out, interest is a letter of interest. */
const POST_INTERVIEW =
  /\b(?:since|after|following|during|at|from)\s+(?:my|our|the|your)\s+(?:[\w-]+\s+){0,3}?(?:interview|interview\s+day|visit)\b|\b(?:since|after)\s+interviewing\b|\bI\s+(?:have\s+)?(?:interviewed|visited)\b|\binterviewed\s+(?:at|with|here|there)\b|\b(?:my|our|the)\s+(?:recent\s+)?interview\s+(?:on|day|last|yesterday|earlier|in|with\s+you)\b(?<!\b(?:before|for|to)\s+(?:my|our|the)\s+(?:recent\s+)?interview\s+\w+)|\b(?:yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s\s+interview\b|\binterview(?:ed)?\s+(?:yesterday|last\s+(?:week|month)|earlier\s+this)\b|\bthank(?:s|\s+you)\s+(?:again\s+)?for\s+(?:my|the|our)\s+interview\b|\binterview\s+season\s+(?:has\s+)?(?:ended|is\s+over|wrapped)\b|\b(?:every|each)\s+interview\s+day\b|\b(?:enjoyed|valued|appreciated|loved)\s+(?:\w+\s+){0,2}?(?:my|the|our|every|each)\s+interview\b|\bremember\s+me\s+from\b|\brank\s+(?:order\s+)?list\s+deadline\b|\bcertify\s+my\s+(?:rank\s+)?(?:order\s+)?list\b|\bopportunity\s+to\s+interview\s+(?:last|yesterday|earlier|on\s+\w+day)\b/i;

/** A sentence that states why the author is writing. */
const PURPOSE =
  /\bI\s+am\s+writing\b|\bI\s+(?:wanted|want|would\s+like)\s+to\s+(?:write|let\s+you\s+know|share|tell|inform|reach|update|introduce|express|ask|withdraw|follow|reiterate|reaffirm)\b|\breaching\s+out\b|\bthis\s+(?:letter|email|e-mail|note|message)\s+is\s+to\b|\bthe\s+purpose\s+of\s+(?:this|my)\b/i;

const NEGATION =
  /\b(?:not(?!\s+only\b)|never|cannot|unable|undecided|yet\s+to\s+decide|no\s+longer|nor|neither|without)\b/i;
/** Where a clause begins, for negation: punctuation or a contrasting conjunction. */
const CLAUSE_START = /[,;:()]|\b(?:but|however|although|though|while|whereas|yet)\b/gi;

function negated(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  let from = 0;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(before); m; m = CLAUSE_START.exec(before)) from = m.index + m[0].length;
  return NEGATION.test(before.slice(from));
}

interface Unit {
  text: string;
  /** 2 in the opening or a purpose sentence, 1 elsewhere. */
  weight: number;
  /** In the last body paragraph (when there is more than one) and not a purpose sentence. */
  closing: boolean;
}

function bodyUnits(model: TextModel): Unit[] {
  const paras = model.paragraphs.filter((p) => p.role === 'body');
  const units: Unit[] = [];
  let opening = 0;
  paras.forEach((p, pi) => {
    for (const s of p.sentences) {
      const text = normalize(s.text).text;
      const words = text.split(/\s+/).length;
      const isOpening = opening < 2 && words >= 3;
      if (isOpening) opening++;
      const purpose = PURPOSE.test(text);
      units.push({
        text,
        weight: isOpening || purpose ? 2 : 1,
        closing: pi === paras.length - 1 && paras.length > 1 && !isOpening && !purpose,
      });
    }
  });
  return units;
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
  for (const cue of BODY_CUES) {
    let best = 0;
    for (const u of units) {
      if (u.weight <= best && !(cue.courtesy && u.closing)) continue;
      const m = cue.re.exec(u.text);
      if (!m) continue;
      if (cue.negatable && negated(u.text, m.index)) continue;
      let w = cue.courtesy && u.closing ? u.weight * 0.5 : u.weight;
      if (cue.scale) w *= cue.scale(m[0]);
      if (w > best) best = w;
      if (best >= 2) break;
    }
    score[cue.kind] += cue.weight * best;
  }
}

/** The score of every kind for a draft that is not a reply (for diagnostics and tests). */
export function scoreDraft(model: TextModel, subject = ''): Record<DraftKind, number> {
  const units = bodyUnits(model);
  const score = emptyScores();
  scoreBody(units, score);
  const subj = normalize(subject).text;
  for (const c of SUBJECT_CUES) if (c.re.test(subj)) score[c.kind] += c.weight;

  // Timing decides what interest means and whether a pre-interview note is possible at all.
  const post = units.some((u) => POST_INTERVIEW.test(u.text));
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
  opts: { subject?: string; isReply?: boolean; thread?: string },
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
  return best;
}
