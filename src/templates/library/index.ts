/** The library in the order the picker shows it when nothing else decides: the season's order. */
import { compileTemplate } from '../compile';
import type { Template } from '../types';
import { letterOfIntent, letterOfInterest, postInterviewUpdate } from './after-interviews';
import { declineInterview, interestWithScore, preInterviewInterest } from './before-interviews';
import { logisticsQuestion, withdrawApplication } from './housekeeping';
import { replyHighOnList, replyOtherProgramsQuestion, replyRankQuestion, replyWarmMessage } from './replies';
import { thankYouChiefResident, thankYouFacultyInterviewer, thankYouProgramDirector } from './thank-you';

export const TEMPLATES: readonly Template[] = [
  preInterviewInterest,
  interestWithScore,
  declineInterview,
  thankYouProgramDirector,
  thankYouFacultyInterviewer,
  thankYouChiefResident,
  postInterviewUpdate,
  letterOfInterest,
  letterOfIntent,
  replyWarmMessage,
  replyHighOnList,
  replyRankQuestion,
  replyOtherProgramsQuestion,
  withdrawApplication,
  logisticsQuestion,
].map(compileTemplate);

/** The library by stage, as the picker lists what is not suggested (TP1). */
export const TEMPLATE_GROUPS: readonly { title: string; ids: readonly string[] }[] = [
  { title: 'Before interviews', ids: [preInterviewInterest, interestWithScore, declineInterview] },
  {
    title: 'Thank-you notes',
    ids: [thankYouProgramDirector, thankYouFacultyInterviewer, thankYouChiefResident],
  },
  { title: 'After interviews', ids: [postInterviewUpdate, letterOfInterest, letterOfIntent] },
  {
    title: "Replies to a program's message",
    ids: [replyWarmMessage, replyHighOnList, replyRankQuestion, replyOtherProgramsQuestion],
  },
  { title: 'Practical', ids: [withdrawApplication, logisticsQuestion] },
].map((g) => ({ title: g.title, ids: g.ids.map((t) => t.id) }));
