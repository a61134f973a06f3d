/** Checks against today's place in the Match calendar and the program's stated policy. */
import { describeDate } from '../../calendar/match-calendar';
import { normalize } from '../normalize';
import type { Check } from './types';
import { POST_INTERVIEW_KINDS, stringList, wholeDraft } from './types';

export const afterRankDeadline: Check = ({ model, kind, ctx, params }) => {
  const kinds = stringList(params.kinds);
  if (!ctx.cycle || !ctx.phase || !ctx.today) return [];
  if (kinds.length && !kinds.includes(kind)) return [];
  if (ctx.phase !== 'after-rank-deadline' && ctx.phase !== 'match-week' && ctx.phase !== 'after-match')
    return [];
  // After Match Day an update usually goes to the matched program (licensing, start date), which is expected.
  if (ctx.phase === 'after-match' && kind === 'update') return [];
  return [{ ...wholeDraft(model), vars: { deadline: describeDate(ctx.cycle.rankOrderListDeadline) } }];
};

/** Words of a note that only keeps in touch: "checking in again", "touch base", "keep my name in front of you". */
const CHECK_IN =
  /\b(?:check(?:ing)?\s+in(?:\s+again|\s+once\s+more)?|touch(?:ing)?\s+base|reach(?:ing)?\s+out\s+(?:again|once\s+more)|(?:still|remain)\s+(?:very\s+|most\s+)?interested\s+in\s+(?:your|the)|keep\s+my\s+(?:name|application)\s+(?:in\s+front\s+of|on\s+your\s+radar|in\s+mind)|follow(?:ing)?[\s-]+up\s+(?:again\s+)?(?:on|regarding|about)\s+(?:my|our|the)\s+(?:interview|application|candidacy|earlier|previous|last)|(?:reiterate|reaffirm|restate)\s+my\s+(?:sincere\s+|strong\s+|continued\s+|keen\s+)?interest)\b/i;

/**
 * Writing while knowing the program asked for no contact: "I know your program asked that applicants not write
 * after interviews, and I am sorry to write anyway" (set X) is post-interview contact whatever the note's kind.
 */
const DESPITE_POLICY =
  /\b(?:asked|requested|prefers?|said|stated|policy|rule)\b[^.!?\n]{0,60}?\bnot\s+(?:to\s+)?(?:write|contact|email|e-mail|reach\s+out|send|communicate)\b|\b(?:write|writing|reach(?:ing)?\s+out|email(?:ing)?)\s+(?:to\s+you\s+)?anyway\b/i;

/**
 * The program said it does not want post-interview communication, and this is a thank-you, update or letter.
 * Silent when the interview date on record is still ahead: a note before the interview is not post-interview.
 */
export const noPostInterviewContact: Check = ({ model, kind, ctx }) => {
  const r = ctx.recipient;
  const policy = r?.policy;
  if (!r || !policy?.noPostInterviewCommunication) return [];
  // A note of another kind after the interview on record counts when it only checks in; a question
  // (visa, onboarding, parking) is the kind of contact such a policy leaves open.
  const past = !!ctx.today && !!r.interviewDate && r.interviewDate < ctx.today;
  let checkIn = false;
  if (kind === 'other' && past) {
    const text = normalize(model.paragraphs.map((p) => p.text).join('\n')).text;
    checkIn = CHECK_IN.test(text) || DESPITE_POLICY.test(text);
  }
  if (!POST_INTERVIEW_KINDS.includes(kind) && !checkIn) return [];
  if (ctx.today && r.interviewDate && r.interviewDate > ctx.today) return [];
  return [
    { ...wholeDraft(model), vars: { program: r.name, policySource: policy.source ?? 'its stated policy' } },
  ];
};

/** During Match Week, until SOAP ends, applicants may not start contact; replying to a program is fine. */
export const soapWeekContact: Check = ({ model, kind, ctx }) => {
  if (ctx.phase !== 'match-week' || !ctx.cycle) return [];
  if (kind === 'reply-to-program' || ctx.raw.isReply) return [];
  if (typeof ctx.raw.thread === 'string' && ctx.raw.thread.trim()) return [];
  return [{ ...wholeDraft(model), vars: { soapEnds: describeDate(ctx.cycle.soapEnds) } }];
};

/**
 * Thanks for an invitation, or an interview still to come: not a thank-you for an interview ("I'd be grateful
 * for the chance to interview" asks for one).
 */
const UPCOMING =
  /\binvit(?:ation|ations|e|ed|ing)\b|\b(?:opportunity|chance)\s+to\s+interview\b|\blook(?:ing)?\s+forward\s+to\s+(?:(?:the|my|our)\s+(?:interview|visit|conversation|meeting)|interviewing|meeting\s+you|visiting|seeing\s+you)\b|\bupcoming\s+interview\b|\bbefore\s+I\s+(?:arrive|come|visit|travel|fly)\b|\blook(?:ing)?\s+forward\s+to\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|next\s+week)\b|\binterview\s+(?:is\s+)?(?:scheduled|booked|set)\s+for\b|\bI\s+will\s+be\s+interviewing\b/i;

/**
 * Signs the interview already happened, which outweigh an invitation mentioned in passing. "During / after the
 * interview" is left out: "I would love to ask about it during the interview" is still ahead. "Yesterday" and "last week"
 * count only beside a visit, a meeting or thanks: "I submitted my application through ERAS last week" (set AE)
 * says nothing about an interview. "I left with a clear
 * picture" and "the time you and your team gave me" look back on a visit (set X's note thanked "for the chance to
 * interview … on Friday", which alone reads as an interview still ahead).
 */
const HAPPENED =
  /\b(?:interview\w*|visit\w*|met|meeting|conversation|tour|day|thank\w*|hosting|having\s+me)\b[^.!?\n]{0,80}?\b(?:yesterday|last\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:yesterday|last\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b[^.!?\n]{0,80}?\b(?:interview\w*|visit\w*|met|meeting|conversation|tour)\b|\b(?:having|hosting)\s+me\b|\benjoyed\s+(?:meeting|speaking|talking|our|the|learning|hearing|my)\b|\bit\s+was\s+(?:a\s+|such\s+a\s+)?(?:pleasure|great|wonderful|delight)\s+(?:to\s+)?(?:meet|meeting|speak|speaking|talk|talking)\b|\bsince\s+(?:my|our|the)\s+interview\b|\bI\s+(?:met|interviewed)\b|\bI\s+(?:left|came\s+away|walked\s+away)\s+(?:with|feeling|more|even|so|truly|impressed|excited|convinced|inspired)\b|\btime\s+(?:that\s+)?(?:you|your\s+team|the\s+residents|everyone)\s+(?:\w+\s+){0,3}?(?:gave|spent|took)\b/i;

/** Thanks for an interview, a visit or a conversation that has taken place. */
const THANKS_FOR_INTERVIEW =
  /\bthank(?:s|\s+you)\s+(?:so\s+much\s+|again\s+|very\s+much\s+|a\s+lot\s+)?for\s+(?:yesterday|today|this\s+morning|the\s+other\s+day)\b|\b(?:thank(?:s|\s+you)|gratitude\s+(?:for|to))\b[^.!?\n]{0,60}?\b(?:interview(?:ing|ed)?|meeting|conversation|visit|tour|hosting|having\s+me|speaking|talking|(?:taking|spending)\s+(?:the\s+)?time\s+to\s+(?:meet|interview|speak|talk|show))\b|\b(?:appreciated|enjoyed|valued|loved|cherished)\s+(?:[\p{L}'-]+\s+){0,3}?(?:interview(?:ing)?|conversation|visit|meeting|day|speaking|talking|(?:chance|opportunity)\s+to\s+(?:interview|meet|speak|talk))\b|\bgrateful\s+for\s+(?:[\p{L}'-]+\s+){0,3}?(?:interview|conversation|visit|day|time\s+(?:with|at))\b/iu;

/**
 * Thanks for a welcome or for hospitality ("Thank you for the warm welcome on Friday", set CM): a visit's thanks,
 * but a welcome email or an open house is thanked in the same words ("Thank you again … for the kind welcome" after
 * a virtual open house, with the interview still ahead, set BR), so it counts only where the draft looks back on a
 * meeting and names no open house, social or interview to come.
 */
const THANKS_FOR_WELCOME =
  /\b(?:thank(?:s|\s+you)|grateful|gratitude)\b[^.!?\n]{0,40}?\b(?:welcome|hospitality)\b(?!\s+(?:e-?mail|message|letter|note|packet|video|call))/i;

/**
 * Contact before an interview that is thanked for in the same words: open houses, socials, rotations; thanks
 * that look ahead ("Thank you for your time, and I am looking forward to meeting you", "…, and I hope to meet you on
 * interview day", set DT); and thanks for the
 * interview's logistics ("Thank you for sending the schedule for the interview on November 19", set AK); and a hope
 * ("I'd be grateful for the chance to visit and meet your residents", set AR); and what comes before it ("Thank you for
 * arranging the optional in-person tour … on November 4, the day before my interview", set EF); and a message about the
 * interview ("Thank you for your email about the interview on January 7", set ES).
 */
const NOT_THE_INTERVIEW =
  /\bbefore\s+(?:my|the|our)\s+(?:[\w-]+\s+)?interview\b|\b(?:open\s+house|socials?|info(?:rmation(?:al)?)?\s+sessions?|webinars?|meet[\s-]and[\s-]greet|q\s*&\s*a|town\s+hall|rotation|elective|sub-?internship|sub-?i|externship|clerkship|observership|shadowing|away\s+month|dinner|lunch|happy\s+hour|meet-?ups?|invit(?:ation|e|ed|ing))\b|\b(?:organi[sz]|arrang|schedul|coordinat|confirm|reschedul|book|set(?:ting)?\s+up)\w*\s+(?:[\w'’-]+\s+){0,2}?interview\b|\blook(?:ing|s)?\s+forward\b|\bhop(?:e|ing)\s+to\s+(?:meet|see|speak\s+with|talk\s+(?:with|to))\s+(?:you|everyone|the\s+team|your\s+(?:team|residents|faculty))\b|\b(?:would|'d|will)\s+be\s+(?:so\s+|very\s+|truly\s+|most\s+)?(?:grateful|thankful|honou?red)\s+for\b|\bthank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:sending|sharing|forwarding|the|your)\s+(?:\w+\s+){0,2}?(?:schedules?|itinerar(?:y|ies)|details|information|info|links?|confirmation|packets?|agenda|instructions|reminders?|directions|parking)\b|\bthank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:your|the)\s+(?:kind\s+|quick\s+|prompt\s+)?(?:e-?mail|message|note|letter|call|reply|response)\s+(?:about|regarding|concerning|on)\b/i;

/**
 * A thank-you for an interview whose date on record is still ahead: usually a note meant for another program.
 * The classifier's "thank-you" is not enough on its own ("Thank you for your time" closes many emails), and a
 * sentence thanking for an interview counts in other kinds too; an invitation, an open house or an interview
 * still to come does not.
 */
export const thankYouBeforeInterview: Check = ({ model, kind, ctx }) => {
  const date = ctx.recipient?.interviewDate;
  if (!date || !ctx.today || !(date > ctx.today) || kind === 'reply-to-program') return [];
  const sentences = model.paragraphs
    .filter((p) => p.role !== 'signoff')
    .flatMap((p) => p.sentences)
    .map((s) => normalize(s.text).text);
  const body = sentences.join('\n');
  const happened = HAPPENED.test(body);
  const welcomeCounts = happened && !UPCOMING.test(body) && !NOT_THE_INTERVIEW.test(body);
  const thanks = sentences.some(
    (s) =>
      (THANKS_FOR_INTERVIEW.test(s) || (welcomeCounts && THANKS_FOR_WELCOME.test(s))) &&
      !NOT_THE_INTERVIEW.test(s),
  );
  if (!thanks) return [];
  if (UPCOMING.test(body) && !happened) return [];
  return [{ ...wholeDraft(model), vars: { interviewDate: date, program: ctx.recipient!.name } }];
};
