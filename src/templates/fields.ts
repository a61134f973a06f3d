/**
 * Every field a template may use, with what the fill-in form shows for it. A phrase field is written to
 * fit mid-sentence, so its hint gives an example in that shape. Where a field comes from the records,
 * `from` says which record, so the form can offer to save the answer there.
 */

export interface FieldInfo {
  label: string;
  hint: string;
  from: 'profile' | 'program' | 'this email';
}

export const FIELDS = {
  'profile.name': { label: 'Your full name', hint: 'Maya Ortiz', from: 'profile' },
  'profile.aamcId': { label: 'AAMC ID', hint: '8 digits, e.g. 14285739', from: 'profile' },
  'profile.school': { label: 'Medical school', hint: 'St. Brigid School of Medicine', from: 'profile' },
  'profile.regionalTies': {
    label: 'Ties to the area',
    hint: 'completes "I also have close ties to the region: …", e.g. my parents live twenty minutes from the hospital',
    from: 'profile',
  },
  'profile.usClinicalExperience': {
    label: 'US clinical experience',
    hint: 'a phrase, e.g. a four-week anesthesiology sub-internship in Ohio',
    from: 'profile',
  },
  'program.name': { label: 'Program name', hint: 'Lantern Bay University Medical Center', from: 'program' },
  'program.specialty': { label: 'Specialty', hint: 'anesthesiology', from: 'program' },
  'program.liked': {
    label: 'What you liked about the program',
    hint: 'a phrase, e.g. the resident-run acute pain service and the weekly simulation sessions',
    from: 'program',
  },
  'program.interviewDate': { label: 'Interview date', hint: 'November 12', from: 'program' },
  'program.director.name': { label: 'Program director', hint: 'Marguerite Okafor', from: 'program' },
  'program.director.lastName': { label: "Program director's last name", hint: 'Okafor', from: 'program' },
  'program.coordinator.name': { label: 'Program coordinator', hint: 'Dana Whitfield', from: 'program' },
  'sender.greeting': {
    label: 'Whom you are answering, as you greet them',
    hint: 'Dr. Okafor for a physician, or the full name, e.g. Rosa Alvarez',
    from: 'this email',
  },
  // Older name of the greeting field (--set sender.lastName=Okafor still greets "Dr. Okafor").
  'sender.lastName': {
    label: 'Last name of the physician you are answering',
    hint: 'Okafor (the greeting says "Dr.")',
    from: 'this email',
  },
  'interviewer.lastName': { label: "Interviewer's last name", hint: 'Castellanos', from: 'this email' },
  'interviewer.topic': {
    label: 'What you talked about',
    hint: 'a phrase, e.g. her work on opioid-sparing pathways after spine surgery',
    from: 'this email',
  },
  'update.detail': {
    label: 'What is new',
    hint: 'a sentence, e.g. my case report on awake fiberoptic intubation was accepted for publication in January',
    from: 'this email',
  },
  'score.exam': { label: 'Exam', hint: 'USMLE Step 2 CK', from: 'profile' },
  'score.value': { label: 'Score', hint: '251', from: 'profile' },
  'invitation.date': { label: 'Interview date offered', hint: 'December 4', from: 'this email' },
  'logistics.topic': {
    label: 'Topic (for the subject line)',
    hint: 'parking on interview day',
    from: 'this email',
  },
  'logistics.question': {
    label: 'Your question',
    hint: 'a full question, e.g. Is there parking for applicants near the main hospital entrance?',
    from: 'this email',
  },
  'thread.subject': {
    label: 'Subject of the message you are answering',
    hint: 'Interview follow-up',
    from: 'this email',
  },
} as const satisfies Record<string, FieldInfo>;

export type FieldPath = keyof typeof FIELDS;

export function isFieldPath(path: string): path is FieldPath {
  return Object.hasOwn(FIELDS, path);
}
