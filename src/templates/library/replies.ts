/**
 * Answers to a program's message. Programs may say they like an applicant; they may not ask how the
 * applicant will rank them or where else they applied. These replies stay warm, promise nothing, and
 * decline those questions politely, without accusing anyone.
 */
import type { TemplateSource } from '../types';
import { SIGN_OFF } from './shared';

/** A reply keeps the program's subject; the subject is filled only when it is known. */
const REPLY_SUBJECT = '[[Re: {{thread.subject}}]]';

export const replyWarmMessage: TemplateSource = {
  id: 'reply-warm-message',
  title: "Reply to a program's warm message",
  description: "Answer a program's warm message without asking where you stand.",
  kind: 'reply-to-program',
  stages: ['interviews', 'ranking'],
  audience: 'program-sender',
  subject: REPLY_SUBJECT,
  body: `Dear {{sender.greeting}},

Thank you for your kind message. I was glad to hear from you after my interview at {{program.name}}.

I enjoyed my time with your program, especially {{program.liked}}, and I remain very interested in training there.

Thank you again for taking the time to write.

${SIGN_OFF}`,
};

export const replyHighOnList: TemplateSource = {
  id: 'reply-high-on-list',
  title: 'Reply to "you are high on our list"',
  description: 'Answer "you are high on our list" without asking for a promise.',
  kind: 'reply-to-program',
  stages: ['interviews', 'ranking'],
  audience: 'program-sender',
  subject: REPLY_SUBJECT,
  body: `Dear {{sender.greeting}},

Thank you for letting me know how your team felt about my interview[[ on {{program.interviewDate}}]]. I appreciate the encouragement.

{{program.name}} made a strong impression on me, particularly {{program.liked}}. I am giving the program careful consideration as I finish my rank order list.

Thank you again for your kind words and for your time.

${SIGN_OFF}`,
};

export const replyRankQuestion: TemplateSource = {
  id: 'reply-rank-question',
  title: 'Reply to "will you rank us first?"',
  description: 'Politely decline to say how you will rank the program.',
  kind: 'reply-to-program',
  stages: ['interviews', 'ranking'],
  audience: 'program-sender',
  subject: REPLY_SUBJECT,
  body: `Dear {{sender.greeting}},

Thank you for your message and for the time your team spent with me[[ on {{program.interviewDate}}]]. I enjoyed learning about {{program.name}}, especially {{program.liked}}.

As I understand the NRMP's guidance, applicants may keep their ranking plans private, and programs are asked not to request them. I would like to follow that guidance, as I am doing with every program.

I remain interested in {{program.name}} and appreciate your consideration.

${SIGN_OFF}`,
};

export const replyOtherProgramsQuestion: TemplateSource = {
  id: 'reply-other-programs-question',
  title: 'Reply to "where else did you interview?"',
  description: 'Politely decline to say where else you interviewed.',
  kind: 'reply-to-program',
  stages: ['interviews', 'ranking'],
  audience: 'program-sender',
  subject: REPLY_SUBJECT,
  body: `Dear {{sender.greeting}},

Thank you for your message. I enjoyed my interview at {{program.name}}[[ on {{program.interviewDate}}]], particularly {{program.liked}}.

My understanding is that the Match rules let applicants keep the rest of their application list confidential, and that programs are asked not to request it. I would prefer to follow that approach, and I hope you will understand.

I am glad to answer any questions about my own background and experience.

${SIGN_OFF}`,
};
