/** Emails before an interview: introducing interest, sharing a new score, declining an invitation. */
import type { TemplateSource } from '../types';
import { SIGN_OFF, WHO } from './shared';

export const preInterviewInterest: TemplateSource = {
  id: 'pre-interview-interest',
  title: 'Interest before interviews',
  description: 'Before an invitation: a short note of real interest in the program.',
  kind: 'pre-interview-interest',
  stages: ['applications', 'interviews'],
  audience: 'program-director',
  subject: `Prospective applicant to {{program.name}} – ${WHO}`,
  body: `Dear Dr. {{program.director.lastName}},

My name is {{profile.name}}, and I have applied to the [[{{program.specialty}} ]]residency at {{program.name}}. Your program is one where I would be glad to train, and I wanted you to hear that from me directly.

I am drawn to {{program.name}} by {{program.liked}}.[[ I also have close ties to the region: {{profile.regionalTies}}.]][[ My clinical experience in the United States includes {{profile.usClinicalExperience}}.]]

I would be grateful for the chance to interview. Thank you for considering my application.

${SIGN_OFF}`,
};

export const interestWithScore: TemplateSource = {
  id: 'interest-with-score',
  title: 'Interest with a new exam score',
  description: 'Share a new exam score with a program you want to hear from.',
  kind: 'update',
  stages: ['applications', 'interviews'],
  audience: 'program-director',
  subject: `Score update: {{score.exam}} – ${WHO}`,
  body: `Dear Dr. {{program.director.lastName}},

I am {{profile.name}}, an applicant to the [[{{program.specialty}} ]]residency at {{program.name}}. I recently received my {{score.exam}} score of {{score.value}}. It was not yet available when I submitted my application, so I wanted to share it with you directly.

My interest in {{program.name}} is strong, in large part because of {{program.liked}}.[[ I also have close ties to the region: {{profile.regionalTies}}.]]

I have asked for the updated transcript to be sent through ERAS. I appreciate your time and your review of my application.

${SIGN_OFF}`,
};

export const declineInterview: TemplateSource = {
  id: 'decline-interview',
  title: 'Declining an interview invitation',
  description: 'Turn down an interview invitation politely, so the spot goes to someone else.',
  kind: 'reply-to-program',
  stages: ['applications', 'interviews'],
  audience: 'coordinator',
  subject: `Interview invitation – ${WHO}`,
  body: `Dear {{program.coordinator.name}},

Thank you for the invitation to interview for the [[{{program.specialty}} ]]residency at {{program.name}}[[ on {{invitation.date}}]]. After careful thought, I have decided to decline it, and I am letting you know now so that the interview date can be offered to another applicant.

I appreciate the time your team spent reviewing my application, and I wish you a successful recruitment season.

${SIGN_OFF}`,
};
