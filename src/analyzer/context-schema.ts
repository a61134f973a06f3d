/**
 * The --context JSON (DESIGN §4.1), validated so a malformed file is rejected naming the field at fault.
 * Every field is optional; unknown fields are kept (profiles and programs carry more than rules read).
 */
import * as v from 'valibot';
import { isIsoDate } from '../calendar/match-calendar';
import type { Context } from './types';

const str = v.string('must be a string');
const strList = v.array(str, 'must be an array of strings');
const person = v.union(
  [str, v.looseObject({ name: str, title: v.optional(str) })],
  'must be a name or {name, title}',
);
const isoDate = v.pipe(
  str,
  v.check((s: string) => isIsoDate(s), 'must be a date written YYYY-MM-DD'),
);

const Program = v.looseObject({
  name: v.pipe(str, v.minLength(1, 'must not be empty')),
  aliases: v.optional(strList),
  domains: v.optional(strList),
  programDirector: v.optional(person),
  coordinator: v.optional(person),
  specialty: v.optional(str),
  city: v.optional(str),
  affiliates: v.optional(strList),
  interviewDate: v.optional(isoDate),
  policy: v.optional(
    v.looseObject({
      noPostInterviewCommunication: v.optional(v.boolean('must be true or false')),
      source: v.optional(str),
    }),
  ),
});

export const ContextSchema = v.looseObject({
  today: v.optional(isoDate),
  recipientProgram: v.optional(str),
  subject: v.optional(str),
  to: v.optional(strList),
  cc: v.optional(strList),
  thread: v.optional(str),
  isReply: v.optional(v.boolean('must be true or false')),
  disabledRules: v.optional(strList),
  profile: v.optional(v.looseObject({ name: v.optional(str), aamcId: v.optional(str) }, 'must be an object')),
  programs: v.optional(v.array(Program, 'must be an array of programs')),
  ledger: v.optional(
    v.array(
      v.looseObject({ program: str, kind: str, date: v.optional(isoDate), subject: v.optional(str) }),
      'must be an array',
    ),
  ),
});

export type ContextParse = { ok: true; context: Context } | { ok: false; field: string; message: string };

export function parseContext(input: unknown): ContextParse {
  const r = v.safeParse(ContextSchema, input);
  if (r.success) return { ok: true, context: r.output as Context };
  const issue = r.issues[0];
  const field = (issue.path ?? [])
    .map((p, i) => {
      const key = (p as { key?: unknown }).key;
      return typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`;
    })
    .join('');
  return {
    ok: false,
    field: field || '(top level)',
    message: issue.input === undefined ? 'is required' : issue.message,
  };
}
