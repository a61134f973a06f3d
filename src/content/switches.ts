/**
 * The per-email switch: which keys name "this email" in `settings.disabledEmails`, so that switching
 * MatchMail off for one email survives a reload. A webmail's compose id is stable while a draft is open but
 * may change when it is reopened; the subject (without Re:/Fwd:) is what the applicant recognises and what
 * a reopened draft or a later reply in the same thread keeps. Both are checked; the subject is what is
 * stored when there is one, so Settings can say which email it was.
 */
import type { Settings } from '../records';

const SUBJECT_PREFIX = 'subject:';
const REPLY_PREFIXES = /^(?:\s*(?:re|fwd?|aw|sv|wg)\s*:\s*)+/i;

function subjectKey(subject: string | null | undefined): string | null {
  const bare = (subject ?? '').replace(REPLY_PREFIXES, '').replace(/\s+/g, ' ').trim();
  return bare ? `${SUBJECT_PREFIX}${bare}` : null;
}

/** Every key that names this email: its compose id, and its subject when it has one. */
export function emailKeys(composeId: string, subject: string | null | undefined): string[] {
  const s = subjectKey(subject);
  return s ? [composeId, s] : [composeId];
}

/** The key written when the applicant switches this email off. */
export function keyToStore(composeId: string, subject: string | null | undefined): string {
  return subjectKey(subject) ?? composeId;
}

export function isEmailOff(settings: Pick<Settings, 'disabledEmails'>, keys: readonly string[]): boolean {
  const off = settings.disabledEmails;
  return keys.some((k) =>
    off.some((o) => o === k || (o.startsWith(SUBJECT_PREFIX) && o.toLowerCase() === k.toLowerCase())),
  );
}

/** How Settings names a stored key: the subject in quotes, or what kind of email it was. */
export function describeEmailKey(key: string): string {
  if (key.startsWith(SUBJECT_PREFIX)) return `“${key.slice(SUBJECT_PREFIX.length)}”`;
  const provider = key.startsWith('outlook:') ? 'Outlook' : key.startsWith('gmail:') ? 'Gmail' : 'a webmail';
  return `An email without a subject (in ${provider})`;
}
