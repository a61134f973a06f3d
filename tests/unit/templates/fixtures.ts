/**
 * A fictional applicant and program used to fill every template completely, and an analyzer context that
 * matches each template's situation (who it goes to, when it is sent, whether it answers a message).
 */
import type { Context, ProgramInfo } from '../../../src/analyzer/types';
import type { Template } from '../../../src/templates';

export const PROFILE = {
  name: 'Maya Ortiz',
  aamcId: '14285739',
  school: 'St. Brigid School of Medicine',
  specialty: 'anesthesiology',
  track: 'categorical',
  scores: { step1: 'pass', step2ck: 251 },
  regionalTies: 'my parents live twenty minutes from the hospital, and I finished college nearby',
  usClinicalExperience: 'a four-week anesthesiology sub-internship in Ohio',
  status: { ecfmgCertified: true, step3Passed: false, permanentResident: false, usCitizen: true },
};

export const LANTERN_BAY: ProgramInfo & { liked: string } = {
  name: 'Lantern Bay University Medical Center',
  aliases: ['Lantern Bay', 'Lantern Bay Anesthesiology'],
  domains: ['lanternbay-med.example.org'],
  programDirector: { name: 'Marguerite Okafor', title: 'Program Director' },
  coordinator: { name: 'Dana Whitfield', title: 'Program Coordinator' },
  specialty: 'anesthesiology',
  city: 'Lantern Bay',
  affiliates: ["Lantern Bay Children's Hospital", 'Pier Street Surgery Center'],
  interviewDate: '2026-11-12',
  policy: { noPostInterviewCommunication: false },
  liked: 'the resident-run acute pain service and the weekly simulation sessions in the new skills lab',
};

/** Another program on the applicant's list: its name must never appear in a letter to Lantern Bay. */
export const THISTLEWOOD: ProgramInfo = {
  name: 'Thistlewood Medical Center',
  aliases: ['Thistlewood'],
  domains: ['thistlewood-mc.example.org'],
  programDirector: 'Rafael Quintero',
  specialty: 'anesthesiology',
  interviewDate: '2026-12-03',
};

/** Values only the applicant can give for one email. */
export const EMAIL_VALUES: Record<string, string> = {
  'interviewer.lastName': 'Castellanos',
  'interviewer.topic': 'her research on opioid-sparing pathways after spine surgery',
  'update.detail': 'my case report on awake fiberoptic intubation was accepted for publication in January',
  'invitation.date': 'December 4',
  'logistics.topic': 'parking on interview day',
  'logistics.question': 'Is there parking for applicants near the main hospital entrance on interview day?',
};

const PD_ADDRESS = 'Marguerite Okafor <mokafor@lanternbay-med.example.org>';
const FACULTY_ADDRESS = 'Elena Castellanos <ecastellanos@lanternbay-med.example.org>';
const COORDINATOR_ADDRESS = 'Dana Whitfield <dwhitfield@lanternbay-med.example.org>';

/** The program message each reply answers, as the webmail would quote it. */
const THREADS: Record<string, string> = {
  'reply-warm-message':
    'Dear Maya,\nIt was a pleasure to meet you on interview day. Our faculty enjoyed speaking with you.\nBest,\nDr. Okafor',
  'reply-high-on-list':
    'Dear Maya,\nOur team was very impressed with you, and you will be ranked highly on our list.\nWarm regards,\nDr. Okafor',
  'reply-rank-question':
    'Dear Maya,\nWe enjoyed meeting you. Will you be ranking our program first?\nBest,\nDr. Okafor',
  'reply-other-programs-question':
    'Dear Maya,\nWe enjoyed meeting you. Where else did you interview this season?\nBest,\nDr. Okafor',
  'decline-interview':
    'Dear Dr. Ortiz,\nWe are pleased to invite you to interview on December 4. Please choose a date in the scheduler.\nDana Whitfield',
};

/** A date in the Match calendar phase where the email is sent. */
const TODAY: Record<string, string> = {
  'pre-interview-interest': '2026-10-20',
  'interest-with-score': '2026-10-20',
  'decline-interview': '2026-10-28',
  'thank-you-program-director': '2026-11-14',
  'thank-you-faculty-interviewer': '2026-11-14',
  'thank-you-chief-resident': '2026-11-14',
  'post-interview-update': '2027-01-12',
  'letter-of-interest': '2027-02-05',
  'letter-of-intent': '2027-02-05',
  'reply-warm-message': '2026-11-20',
  'reply-high-on-list': '2027-01-25',
  'reply-rank-question': '2027-01-25',
  'reply-other-programs-question': '2027-01-25',
  'withdraw-application': '2026-11-02',
  'logistics-question': '2026-11-02',
};

export function todayFor(template: Template): string {
  const today = TODAY[template.id];
  if (!today) throw new Error(`fixtures: no date for template "${template.id}"`);
  return today;
}

/** Before the interview, the program has no interview date yet: the applicant has not been there. */
export function recipientFor(template: Template): ProgramInfo & { liked: string } {
  const before = template.stages.every((s) => s === 'applications' || s === 'interviews');
  if (before || template.id === 'withdraw-application') {
    const { interviewDate: _unused, ...rest } = LANTERN_BAY;
    return rest;
  }
  return LANTERN_BAY;
}

export function contextFor(template: Template, subject: string): Context {
  const to =
    template.audience === 'faculty-interviewer' || template.audience === 'chief-resident'
      ? [FACULTY_ADDRESS]
      : template.audience === 'coordinator'
        ? [COORDINATOR_ADDRESS]
        : [PD_ADDRESS];
  const isReply = template.kind === 'reply-to-program';
  const ctx: Context = {
    today: todayFor(template),
    recipientProgram: LANTERN_BAY.name,
    subject,
    to,
    profile: PROFILE,
    programs: [recipientFor(template), THISTLEWOOD],
    ledger: [],
  };
  if (isReply) {
    ctx.isReply = true;
    ctx.thread = THREADS[template.id];
  }
  return ctx;
}
