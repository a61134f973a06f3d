/**
 * Forms know the fields of this version; the stored record may hold more (written by a newer MatchMail, or
 * by hand). A form's result is written back with those fields restored, at every level, so an edit never
 * trims away what this version does not understand (B16).
 */
import type * as v from 'valibot';

type AnySchema = v.GenericSchema & { type: string; entries?: Record<string, AnySchema>; wrapped?: AnySchema };

const isRecord = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);

const unwrap = (s: AnySchema): AnySchema => (s.wrapped ? unwrap(s.wrapped) : s);

export function withUnknownFields<T>(schema: v.GenericSchema, previous: unknown, next: T): T {
  const s = unwrap(schema as AnySchema);
  if (!s.entries || !isRecord(previous) || !isRecord(next)) return next;
  const out: Record<string, unknown> = { ...next };
  for (const [key, value] of Object.entries(previous)) {
    const entry = s.entries[key];
    if (!entry) {
      if (!(key in out)) out[key] = value;
    } else if (key in out) out[key] = withUnknownFields(entry, value, out[key]);
  }
  return out as T;
}
