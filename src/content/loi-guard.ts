/**
 * The letter-of-intent guard in the compose window (issue 4, item 5). A letter of intent says "I will rank
 * you first", so it can honestly go to one program only. Two moments are guarded:
 *
 * - inserting the letter-of-intent template when the ledger already holds one to another program: the
 *   picker stops and explains (see `letterOfIntentBlock`); going ahead needs a reason;
 * - sending: the analyzer's `duplicate-letter-of-intent` rule is an error, so the send guard already lists
 *   it; its "Send anyway" then asks for the reason before the email goes (see `needsSendReason`).
 *
 * The reason is kept by the compose session and written into the ledger with the sent email
 * (`overrideReason` on the entry, through records.recordSent → appendLedgerEntry): the ledger records what
 * was sent, so nothing is written for a letter that was inserted but never sent.
 */
import type { Finding } from '../analyzer/types';
import {
  checkLetterOfIntent,
  type LedgerEntry,
  type Program,
  type Records,
  recordOverride,
} from '../records';

export const DUPLICATE_LOI_RULE = 'duplicate-letter-of-intent';

export interface LetterOfIntentBlock {
  /** The earliest letter of intent the ledger holds for another program. */
  earlier: LedgerEntry;
  /** What the panel shows, in plain words. */
  message: string;
}

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The records' program known by this name or one of its aliases. */
export function programNamed(programs: readonly Program[], name: string): Program | undefined {
  const k = key(name);
  return programs.find((p) => key(p.name) === k || (p.aliases ?? []).some((a) => key(a) === k));
}

function spoken(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

/** null when a letter of intent to `programName` is fine; else why it is stopped. */
export function letterOfIntentBlock(records: Records, programName: string): LetterOfIntentBlock | null {
  const program = programNamed(records.programs, programName);
  const check = checkLetterOfIntent(records.ledger, program?.name ?? programName, program?.aliases ?? []);
  if (check.ok) return null;
  const { earlier } = check;
  return {
    earlier,
    message:
      `Your records show a letter of intent to ${earlier.program} (sent ${spoken(earlier.date)}). ` +
      `A letter of intent tells a program it will be ranked first, and only one program can be first: a second ` +
      `one to ${program?.name ?? programName} would be untrue to one of them. A letter of interest ("one of my ` +
      'top choices") says what you mean without that promise.',
  };
}

/**
 * Whether a reason is acceptable (the same rule the ledger applies: required, not blank). Returns the
 * message to show, or null.
 */
export function overrideProblem(
  records: Records,
  programName: string,
  reason: string,
  today: string,
): string | null {
  const entry: LedgerEntry = {
    program: programName || 'this program',
    kind: 'letter-of-intent',
    date: today,
  };
  const result = recordOverride(records.ledger, entry, reason);
  return result.ok ? null : result.message;
}

/** The send guard lists a second letter of intent: "Send anyway" must ask for the reason first. */
export function needsSendReason(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.ruleId === DUPLICATE_LOI_RULE);
}
