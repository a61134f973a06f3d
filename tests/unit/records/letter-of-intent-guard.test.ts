import { describe, expect, test } from 'vitest';
import { checkLetterOfIntent, type LedgerEntry, recordOverride } from '../../../src/records';

const loi = (program: string, date: string): LedgerEntry => ({ program, kind: 'letter-of-intent', date });

describe('checkLetterOfIntent', () => {
  test('an empty ledger, or letters of other kinds, allow a letter of intent', () => {
    expect(checkLetterOfIntent([], 'Lantern Bay')).toEqual({ ok: true });
    const ledger: LedgerEntry[] = [
      { program: 'Thistlewood', kind: 'letter-of-interest', date: '2027-01-20' },
      { program: 'Thistlewood', kind: 'thank-you', date: '2026-12-04' },
    ];
    expect(checkLetterOfIntent(ledger, 'Lantern Bay')).toEqual({ ok: true });
  });

  test('a second letter of intent to the same program (by name, alias, any case or spacing) is fine', () => {
    const ledger = [loi('Lantern Bay', '2027-02-01')];
    expect(checkLetterOfIntent(ledger, 'Lantern Bay University Medical Center', ['Lantern  Bay'])).toEqual({
      ok: true,
    });
    expect(checkLetterOfIntent(ledger, 'LANTERN BAY')).toEqual({ ok: true });
  });

  test('a letter of intent already sent to another program stops it, naming the earliest one', () => {
    const ledger = [
      loi('Quarry Hill', '2027-02-10'),
      loi('Thistlewood', '2027-02-03'),
      loi('Lantern Bay', '2027-01-30'),
    ];
    expect(checkLetterOfIntent(ledger, 'Lantern Bay')).toEqual({
      ok: false,
      earlier: loi('Thistlewood', '2027-02-03'),
    });
  });
});

describe('recordOverride', () => {
  const entry = loi('Lantern Bay', '2027-02-12');

  test('records the entry with the reason', () => {
    const r = recordOverride(
      [loi('Thistlewood', '2027-02-03')],
      entry,
      '  Thistlewood told me it closed its program.  ',
    );
    expect(r).toEqual({
      ok: true,
      ledger: [
        loi('Thistlewood', '2027-02-03'),
        { ...entry, overrideReason: 'Thistlewood told me it closed its program.' },
      ],
    });
  });

  test.each([[''], ['   '], ['\n']])('refuses an empty reason %j and leaves the ledger alone', (reason) => {
    const ledger = [loi('Thistlewood', '2027-02-03')];
    const r = recordOverride(ledger, entry, reason);
    expect(r.ok).toBe(false);
    expect(ledger).toHaveLength(1);
  });
});
