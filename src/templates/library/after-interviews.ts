/**
 * After the interview: one update with real news, a letter of interest (may go to several programs), and
 * a letter of intent (one program only; the ledger guard enforces it).
 */
import type { TemplateSource } from '../types';
import { SIGN_OFF, WHO } from './shared';

export const postInterviewUpdate: TemplateSource = {
  id: 'post-interview-update',
  title: 'Update after the interview',
  description: 'Something new since your interview: a paper, a score, an award.',
  kind: 'update',
  stages: ['interviews', 'ranking'],
  audience: 'program-director',
  subject: `Application update – ${WHO}`,
  body: `Dear Dr. {{program.director.lastName}},

I would like to share one new development since my interview at {{program.name}}[[ on {{program.interviewDate}}]]: {{update.detail}}.

My interest in {{program.name}} has grown since my visit, in large part because of {{program.liked}}.[[ I also have close ties to the region: {{profile.regionalTies}}.]]

I appreciate your continued consideration.

${SIGN_OFF}`,
};

export const letterOfInterest: TemplateSource = {
  id: 'letter-of-interest',
  title: 'Letter of interest',
  description: 'Tell a program it is high on your list, without promising a rank.',
  kind: 'letter-of-interest',
  stages: ['interviews', 'ranking'],
  audience: 'program-director',
  subject: `Letter of interest: {{program.name}} – ${WHO}`,
  body: `Dear Dr. {{program.director.lastName}},

I am writing to share my continued interest in {{program.name}}. My interview[[ on {{program.interviewDate}}]] gave me a clear view of the program, which is still among those where I would most like to train.

What I value most is {{program.liked}}.[[ I also have close ties to the region: {{profile.regionalTies}}.]][[ Since we met, {{update.detail}}.]]

I would welcome the chance to match at {{program.name}}, and I am grateful for the time you and your team spent with me.

${SIGN_OFF}`,
};

export const letterOfIntent: TemplateSource = {
  id: 'letter-of-intent',
  title: 'Letter of intent (one program only)',
  description: 'Tell one program it is your first choice. Send it to one program only.',
  kind: 'letter-of-intent',
  stages: ['interviews', 'ranking'],
  audience: 'program-director',
  subject: `Letter of intent – ${WHO}`,
  body: `Dear Dr. {{program.director.lastName}},

I intend to rank {{program.name}} first on my rank order list. This is the only letter of its kind I am sending this season.

My decision rests on {{program.liked}}. My interview[[ on {{program.interviewDate}}]] showed me a program where I would learn well and contribute fully.[[ I also have close ties to the region: {{profile.regionalTies}}.]]

I know that the Match alone determines where each applicant trains, and I am grateful for your consideration.

${SIGN_OFF}`,
};
