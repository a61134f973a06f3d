/**
 * Field values from what MatchMail already knows: the profile and one program, from the stored records or
 * from a CLI --context file (where a director may be a plain name). Fields that only the applicant can
 * say for this email (an interviewer, what is new) are left for the fill-in form or --set.
 */
import { lastNameOf } from './names';
import { greetingFor, quotedSender } from './quoted-sender';
import type { FieldValues } from './types';

export { lastNameOf };

export interface ValueSource {
  /** The records' Profile or the CLI context's profile: read defensively, it may be hand-written JSON. */
  profile?: unknown;
  /** The records' Program or the analyzer's ProgramInfo (plus `liked`). */
  program?: unknown;
  /** The subject of the email being answered, for reply templates. */
  threadSubject?: string;
  /** The quoted message being answered: its writer is whom a reply greets. */
  thread?: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function obj(x: unknown): Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
}

function text(x: unknown): string | undefined {
  return typeof x === 'string' && x.trim() !== '' ? x.trim() : undefined;
}

function personNameOf(x: unknown): string | undefined {
  return typeof x === 'string' ? text(x) : text(obj(x).name);
}

/** "2026-11-12" → "November 12"; anything else is shown as the applicant wrote it. */
export function spokenDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${Number(m[3])}` : iso;
}

/** Mid-sentence a specialty is lower-case ("the anesthesiology residency"); acronyms stay ("OB/GYN"). */
export function specialtyInSentence(s: string): string {
  return s.replace(/\b(\p{Lu})(\p{Ll}+)/gu, (_, first: string, rest: string) => first.toLowerCase() + rest);
}

export function templateValues(source: ValueSource): Record<string, string> {
  const profile = obj(source.profile);
  const program = obj(source.program);
  const values: Record<string, string | undefined> = {};

  values['profile.name'] = text(profile.name);
  values['profile.aamcId'] = text(profile.aamcId);
  values['profile.school'] = text(profile.school);
  values['profile.regionalTies'] = text(profile.regionalTies);
  values['profile.usClinicalExperience'] = text(profile.usClinicalExperience);

  const scores = obj(profile.scores);
  if (typeof scores.step2ck === 'number') {
    values['score.exam'] = 'USMLE Step 2 CK';
    values['score.value'] = String(scores.step2ck);
  } else if (typeof scores.comlexLevel2ce === 'number') {
    values['score.exam'] = 'COMLEX Level 2-CE';
    values['score.value'] = String(scores.comlexLevel2ce);
  }

  values['program.name'] = text(program.name);
  const specialty = text(program.specialty) ?? text(profile.specialty);
  values['program.specialty'] = specialty && specialtyInSentence(specialty);
  values['program.liked'] = text(program.liked);
  const interview = text(program.interviewDate);
  values['program.interviewDate'] = interview && spokenDate(interview);

  const director = personNameOf(program.programDirector);
  values['program.director.name'] = director;
  values['program.director.lastName'] = director && lastNameOf(director);
  values['program.coordinator.name'] = personNameOf(program.coordinator);
  // A reply greets whoever wrote the quoted message ("Rosa Alvarez" for the coordinator); when the quote
  // does not say, the director, as most program messages come from them (the form lets the applicant
  // change it).
  const sender = source.thread
    ? quotedSender(source.thread, { director, coordinator: values['program.coordinator.name'] })
    : null;
  values['sender.lastName'] = sender ? lastNameOf(sender.name) : values['program.director.lastName'];
  values['sender.greeting'] = sender
    ? greetingFor(sender)
    : values['program.director.lastName'] && `Dr. ${values['program.director.lastName']}`;

  const subject = text(source.threadSubject)?.replace(/^(?:\s*(?:re|aw|sv|fwd?)\s*:\s*)+/i, '');
  values['thread.subject'] = subject || undefined;

  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => !!e[1]));
}

/** Later sources win, except that a blank value never hides a known one. */
export function mergeValues(...layers: FieldValues[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer)) if (typeof v === 'string' && v.trim() !== '') out[k] = v;
  }
  return out;
}
