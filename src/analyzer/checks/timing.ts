/** Checks against today's place in the Match calendar and the program's stated policy. */
import { describeDate } from '../../calendar/match-calendar';
import type { Check } from './types';
import { POST_INTERVIEW_KINDS, stringList, wholeDraft } from './types';

export const afterRankDeadline: Check = ({ model, kind, ctx, params }) => {
  const kinds = stringList(params.kinds);
  if (!ctx.cycle || !ctx.phase || !ctx.today) return [];
  if (kinds.length && !kinds.includes(kind)) return [];
  if (ctx.phase !== 'after-rank-deadline' && ctx.phase !== 'match-week' && ctx.phase !== 'after-match') return [];
  return [{ ...wholeDraft(model), vars: { deadline: describeDate(ctx.cycle.rankOrderListDeadline) } }];
};

export const noPostInterviewContact: Check = ({ model, kind, ctx }) => {
  const policy = ctx.recipient?.policy;
  if (!policy?.noPostInterviewCommunication) return [];
  if (!POST_INTERVIEW_KINDS.includes(kind)) return [];
  return [{ ...wholeDraft(model), vars: { program: ctx.recipient!.name, policySource: policy.source ?? 'its stated policy' } }];
};

/** During Match Week, until SOAP ends, applicants may not start contact; replying to a program is fine. */
export const soapWeekContact: Check = ({ model, kind, ctx }) => {
  if (ctx.phase !== 'match-week' || !ctx.cycle) return [];
  if (kind === 'reply-to-program' || ctx.raw.isReply) return [];
  return [{ ...wholeDraft(model), vars: { soapEnds: describeDate(ctx.cycle.soapEnds) } }];
};

export const thankYouBeforeInterview: Check = ({ model, kind, ctx }) => {
  const date = ctx.recipient?.interviewDate;
  if (kind !== 'thank-you' || !date || !ctx.today || !(date > ctx.today)) return [];
  return [{ ...wholeDraft(model), vars: { interviewDate: date, program: ctx.recipient!.name } }];
};
