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
