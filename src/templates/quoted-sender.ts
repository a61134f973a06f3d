/**
 * Who wrote the program message a reply answers, from the quoted text: the name under its sign-off
 * ("Warm regards, / Rosa Alvarez / Residency Program Coordinator"), else the attribution line ("On …, Rosa
 * Alvarez <…> wrote:", Outlook's "From: …"). A reply greets that person, not the program director by default:
 * "Dr. Marsh" to a coordinator's message is a wrong name at the top of the letter.
 */
import { lastNameOf } from './names';

export interface QuotedSender {
  /** The name as signed, without an honorific or degree ("Rosa Alvarez"). */
  name: string;
  /** Signed as a physician (Dr., MD, DO) or as a director, chair or faculty: greeted as "Dr. …". */
  physician: boolean;
}

/** The people the records know at the program, to recognise a signature without a title. */
export interface KnownPeople {
  director?: string;
  coordinator?: string;
}

const CLOSING =
  /^(?:(?:with\s+)?(?:warm(?:est)?|kind(?:est)?|best|many|all\s+the\s+best|warmly|cordially|sincerely|respectfully|regards|thanks|thank\s+you|cheers|yours(?:\s+(?:truly|sincerely))?)(?:\s+(?:regards|wishes|thanks))?)[,.!]?$/i;
/** A staff title wins over "program" or "director" in it ("Program Director's Assistant"). */
const STAFF = /\b(?:coordinator|administrator|manager|assistant|specialist|secretary|office|recruitment)\b/i;
const PHYSICIAN_ROLE = /\b(?:director|chair|chief|attending|faculty|physician|professor)\b/i;
const DOCTOR = /^(?:dr|doctor)\.?\s+/i;
const DEGREE = /,?\s+(?:M\.?D\.?|D\.?O\.?)(?:\s*,.*)?$/;
/** Words that name a mailbox or a place, not a person ("Northlake Anesthesiology Residency"). */
const NOT_A_PERSON =
  /\b(?:residency|program|programme|hospital|health|university|college|department|school|clinic|center|centre|institute|office|team|admissions|noreply|no-reply)\b/i;
const PERSON =
  /^\p{Lu}[\p{L}\p{M}'.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'.-]*|de|del|della|da|di|du|la|le|van|von|der|den|ter|bin|al)){1,4}$/u;
/** "On <date> at <time> <Name> <address> wrote:" (Gmail), "On <date>, <Name> wrote:", "From: <Name> <…>". */
const ATTRIBUTION = /^(?:On\s(.+?)\s*(?:<[^>]*>)?\s*wrote:|From:\s*(.+?)\s*(?:<[^>]*>|\[[^\]]*\])?)$/i;
/** What comes before the name in an "On … wrote:" line: the date and the time. */
const DATE_PART = /^.*(?:\b(?:AM|PM|\d{1,2}:\d{2})\b\s*|,\s*)/i;

const sameLast = (a: string | undefined, b: string) =>
  !!a && lastNameOf(a).toLowerCase() === lastNameOf(b).toLowerCase();

function person(raw: string): { name: string; titled: boolean } | null {
  const titled = DOCTOR.test(raw) || DEGREE.test(raw);
  const name = raw.replace(DOCTOR, '').replace(DEGREE, '').replace(/["“”]/g, '').trim();
  return PERSON.test(name) && !NOT_A_PERSON.test(name) ? { name, titled } : null;
}

function judged(found: { name: string; titled: boolean }, role: string, known: KnownPeople): QuotedSender {
  const staff = STAFF.test(role) || sameLast(known.coordinator, found.name);
  const physician =
    !staff && (found.titled || PHYSICIAN_ROLE.test(role) || sameLast(known.director, found.name));
  return { name: found.name, physician };
}

/** The quoted message's writer, or null when neither a sign-off nor an attribution names a person. */
export function quotedSender(thread: string, known: KnownPeople = {}): QuotedSender | null {
  const lines = thread
    .split('\n')
    .map((l) => l.replace(/^\s*(?:>\s?)+/, '').trim())
    .filter((l) => l !== '');
  // The first sign-off belongs to the newest message; older ones are quoted below it.
  const at = lines.findIndex((l) => CLOSING.test(l));
  const signed = at >= 0 ? person(lines[at + 1] ?? '') : null;
  if (signed) return judged(signed, lines[at + 2] ?? '', known);
  for (const line of lines) {
    const m = ATTRIBUTION.exec(line);
    const found = m ? person((m[1]?.replace(DATE_PART, '') ?? m[2] ?? '').trim()) : null;
    if (found) return judged(found, '', known);
  }
  return null;
}

/** How a reply greets them: "Dr. Marsh" for a physician, the full name otherwise ("Rosa Alvarez"). */
export function greetingFor(sender: QuotedSender): string {
  return sender.physician ? `Dr. ${lastNameOf(sender.name)}` : sender.name;
}
