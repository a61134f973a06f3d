/**
 * Which kind of email this is. Weighted cues from the subject and the author's own text (never the quoted
 * thread); a reply to the program's message is a reply whatever it says. Ties go to the kind with more at
 * stake: a letter of intent outranks an update, an update a thank-you, a thank-you a letter of interest.
 */
import { normalize } from './normalize';
import type { TextModel } from './text-model';
import type { DraftKind } from './types';

type Scored = Exclude<DraftKind, 'reply-to-program' | 'other'>;
const ORDER: Scored[] = [
  'letter-of-intent',
  'update',
  'thank-you',
  'letter-of-interest',
  'pre-interview-interest',
];

interface Cue {
  kind: Scored;
  re: RegExp;
  weight: number;
}

const FIRST = String.raw`(?:first|1st|#\s?1|number\s*(?:one|1)|no\.\s?1|at\s+the\s+(?:very\s+)?top|on\s+top|top)`;

const BODY_CUES: Cue[] = [
  {
    kind: 'letter-of-intent',
    re: new RegExp(
      String.raw`\b(?:rank|ranking|ranked|list|listing|place|placing|put|putting)\s+(?:[^.!?\n]{0,60}?\s)?${FIRST}\b(?!\s+(?:three|3|five|5|ten|10|few|several|two|2)\b)`,
      'i',
    ),
    weight: 3,
  },
  {
    kind: 'letter-of-intent',
    re: /(?<!one of )\b(?:my|the)\s+(?:clear\s+|absolute\s+|true\s+|very\s+)?(?:first|top|#\s?1|number[\s-]*(?:one|1))\s+(?:choice|pick|program|option)(?!s)\b/i,
    weight: 3,
  },
  { kind: 'letter-of-intent', re: /\bletter of intent\b/i, weight: 3 },
  {
    kind: 'letter-of-interest',
    re: /\b(?:continued|continuing|sincere|strong|genuine|ongoing)\s+interest\b|\bremain(?:s)?\s+(?:very\s+|highly\s+|extremely\s+|deeply\s+|strongly\s+)?(?:interested|enthusiastic|excited)\b|\bone of my (?:top|first|highest)\b|\b(?:very\s+|quite\s+)?high(?:ly)?\s+on my (?:rank\s+)?list\b|\bletter of interest\b|\brank(?:ing)?\s+(?:you|your program|it)\s+(?:very\s+)?highly\b/i,
    weight: 2,
  },
  {
    kind: 'thank-you',
    re: /\bthank(?:s| you)\b[^.!?\n]{0,80}\b(?:interview|meeting|conversation|speaking|hosting|time|tour|visit|talk|welcom)/i,
    weight: 3,
  },
  {
    kind: 'thank-you',
    re: /\b(?:enjoyed|appreciated)\s+(?:meeting|speaking|talking|our conversation|the interview|interviewing)/i,
    weight: 1,
  },
  {
    kind: 'update',
    re: /\b(?:update|updates)\b(?!\s+(?:me|on the status|about my status))|\b(?:pleased|happy|excited|glad|proud)\s+to\s+(?:share|report|let you know|inform)\b|\b(?:accepted\s+for\s+publication|was\s+published|have\s+passed|passed\s+(?:step|level|comlex|usmle)|received\s+my\s+(?:step|comlex|usmle|score)|score\s+(?:came back|was released|of\s+\d{3})|new\s+publication|been\s+awarded|ecfmg\s+certification|became\s+ecfmg)/i,
    weight: 2,
  },
  {
    kind: 'pre-interview-interest',
    re: /\bintroduce\s+myself\b|\b(?:recently|just)\s+(?:applied|submitted)\b|\bsubmitted\s+my\s+(?:eras\s+)?application\b|\b(?:opportunity|chance|privilege)\s+to\s+interview\b|\binterview\s+invitation\b|\bhope\s+to\s+(?:interview|be\s+considered\s+for\s+an\s+interview)\b|\bapplicant\s+to\s+your\b/i,
    weight: 2,
  },
];

const SUBJECT_CUES: Cue[] = [
  {
    kind: 'letter-of-intent',
    re: /\bletter of intent\b|\bfirst choice\b|\bnumber one\b|#\s?1\b|\btop choice\b/i,
    weight: 4,
  },
  { kind: 'letter-of-interest', re: /\bletter of interest\b|\bcontinued interest\b/i, weight: 4 },
  { kind: 'thank-you', re: /\bthank/i, weight: 4 },
  { kind: 'update', re: /\bupdate\b/i, weight: 4 },
  {
    kind: 'pre-interview-interest',
    re: /\bintroduc|\bprospective\b|\bapplicant\b|\bapplication\b/i,
    weight: 3,
  },
];

/** References to an interview that already happened mean the email is not a pre-interview one. */
const POST_INTERVIEW =
  /\b(?:my|our|the)\s+(?:recent\s+)?interview\s+(?:on|day|last|yesterday|earlier|in|with you)\b|\bsince\s+(?:my|our|the)\s+interview\b|\binterview(?:ed)?\s+(?:yesterday|last week|on\s+\w+day)\b|\bon\s+interview\s+day\b|\bafter\s+(?:my|the)\s+interview\b/i;

export function isReplySubject(subject: string | undefined): boolean {
  return !!subject && /^\s*(?:re|aw|sv|antw|rv|réf)\s*:/i.test(subject);
}

export function classifyDraft(
  model: TextModel,
  opts: { subject?: string; isReply?: boolean; thread?: string },
): DraftKind {
  const hasThread = model.quotedText.trim().length > 0 || !!opts.thread?.trim();
  if (opts.isReply || isReplySubject(opts.subject) || (hasThread && /\bwrote:\s*$/m.test(model.text))) {
    return 'reply-to-program';
  }
  const body = normalize(
    model.paragraphs
      .filter((p) => p.role === 'body')
      .map((p) => p.text)
      .join('\n'),
  ).text;
  const score: Record<Scored, number> = {
    'letter-of-intent': 0,
    update: 0,
    'thank-you': 0,
    'letter-of-interest': 0,
    'pre-interview-interest': 0,
  };
  for (const c of BODY_CUES) if (c.re.test(body)) score[c.kind] += c.weight;
  const subject = opts.subject ?? '';
  for (const c of SUBJECT_CUES) if (c.re.test(subject)) score[c.kind] += c.weight;
  if (POST_INTERVIEW.test(body)) score['pre-interview-interest'] -= 3;
  let best: DraftKind = 'other';
  let bestScore = 1;
  for (const k of ORDER) {
    if (score[k] > bestScore) {
      best = k;
      bestScore = score[k];
    }
  }
  return best;
}
