/** Emails about the application itself rather than interest: withdrawing, and practical questions. */
import type { TemplateSource } from '../types';
import { SIGN_OFF, WHO } from './shared';

export const withdrawApplication: TemplateSource = {
  id: 'withdraw-application',
  title: 'Withdrawing from a program',
  description: 'Withdraw your application from a program, courteously.',
  kind: 'other',
  stages: ['applications', 'interviews', 'ranking'],
  audience: 'program-director',
  subject: `Withdrawing my application – ${WHO}`,
  body: `Dear Dr. {{program.director.lastName}},

I am writing to withdraw my application to the [[{{program.specialty}} ]]residency at {{program.name}}.[[ Please release my interview on {{invitation.date}} so that another applicant can have it.]] I wanted to tell you directly rather than leave your team waiting.

Thank you for the consideration you and your team gave my application. I wish you and your residents a successful year.

${SIGN_OFF}`,
};

export const logisticsQuestion: TemplateSource = {
  id: 'logistics-question',
  title: 'A practical question',
  description: 'Ask the coordinator a practical question: parking, schedule, travel.',
  kind: 'other',
  stages: ['applications', 'interviews', 'ranking', 'after-match'],
  audience: 'coordinator',
  subject: `Question[[ about {{logistics.topic}}]] – ${WHO}`,
  body: `Dear {{program.coordinator.name}},

I am {{profile.name}}, an applicant to the [[{{program.specialty}} ]]residency at {{program.name}}. I have a brief question and would be grateful for your help.

{{logistics.question}}

Thank you for your time and assistance.

${SIGN_OFF}`,
};
