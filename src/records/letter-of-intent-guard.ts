/**
 * A letter of intent says "I will rank you first", so it can honestly go to one program only. Before one is
 * inserted or sent, the ledger is asked whether another program already received one. The applicant may
 * still go ahead (plans change: the first program may have closed, or they changed their mind), but only
 * by giving a reason, which is kept with the entry so the choice is on record for them later.
 */
import type { LedgerEntry } from './schemas';

export type LetterOfIntentCheck = { ok: true } | { ok: false; earlier: LedgerEntry };

const key = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The earliest letter of intent the ledger holds for a program other than this one (known by its name or
 * any alias); ok when there is none or they all went to this program.
 */
export function checkLetterOfIntent(
  ledger: readonly LedgerEntry[],
  programName: string,
  aliases: readonly string[] = [],
): LetterOfIntentCheck {
  const same = new Set([programName, ...aliases].map(key));
  const others = ledger
    .filter((e) => e.kind === 'letter-of-intent' && !same.has(key(e.program)))
    .sort((a, b) => a.date.localeCompare(b.date));
  const earlier = others[0];
  return earlier ? { ok: false, earlier } : { ok: true };
}

export type OverrideResult = { ok: true; ledger: LedgerEntry[] } | { ok: false; message: string };

/** Appends the entry with the applicant's reason; refuses an empty reason instead of recording silence. */
export function recordOverride(
  ledger: readonly LedgerEntry[],
  entry: LedgerEntry,
  reason: string,
): OverrideResult {
  const why = reason.trim();
  if (why === '')
    return { ok: false, message: 'Say why you are sending a second letter of intent before going ahead.' };
  return { ok: true, ledger: [...ledger, { ...entry, overrideReason: why }] };
}
