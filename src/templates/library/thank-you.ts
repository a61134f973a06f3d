/** Thank-you notes after an interview day: short (150 words at most), one specific memory each. */
import type { TemplateSource } from '../types';
import { SIGN_OFF, WHO } from './shared';

export const thankYouProgramDirector: TemplateSource = {
  id: 'thank-you-program-director',
  title: 'Thank-you to the program director',
  description: 'After the interview day, to the program director.',
  kind: 'thank-you',
  stages: ['interviews', 'ranking'],
  audience: 'program-director',
  subject: `Thank you – {{program.name}} interview – ${WHO}`,
  body: `Dear Dr. {{program.director.lastName}},

Thank you for welcoming me to {{program.name}}[[ on {{program.interviewDate}}]]. I appreciated the time you and your team set aside to show me how your residents train.

What stayed with me most was {{program.liked}}. The day showed me a program that offers the training I am looking for.

Thank you again for a well-organized and welcoming day.

${SIGN_OFF}`,
};

export const thankYouFacultyInterviewer: TemplateSource = {
  id: 'thank-you-faculty-interviewer',
  title: 'Thank-you to a faculty interviewer',
  description: 'After the interview, to a faculty member who interviewed you.',
  kind: 'thank-you',
  stages: ['interviews', 'ranking'],
  audience: 'faculty-interviewer',
  subject: `Thank you for our conversation – ${WHO}`,
  body: `Dear Dr. {{interviewer.lastName}},

Thank you for interviewing me at {{program.name}}[[ on {{program.interviewDate}}]]. I enjoyed our conversation about {{interviewer.topic}}, and it has stayed with me since.

I also came away impressed by {{program.liked}}. The day gave me a clear sense of how residents learn at {{program.name}} and why the program appeals to me.

Thank you again for your time.

${SIGN_OFF}`,
};

export const thankYouChiefResident: TemplateSource = {
  id: 'thank-you-chief-resident',
  title: 'Thank-you to a chief resident',
  description: 'After the interview, to a chief resident you met.',
  kind: 'thank-you',
  stages: ['interviews', 'ranking'],
  audience: 'chief-resident',
  subject: `Thank you from interview day – ${WHO}`,
  body: `Dear Dr. {{interviewer.lastName}},

Thank you for the time you spent with applicants during my visit to {{program.name}}[[ on {{program.interviewDate}}]]. Hearing a chief resident describe the program openly was one of the most useful parts of the day.

I appreciated what you shared about {{interviewer.topic}}. Together with {{program.liked}}, it gave me a real sense of what daily life is like for your residents.

Thank you again, and best wishes for the rest of the year.

${SIGN_OFF}`,
};
