/**
 * The security review's data-loss breaks (../shared/reviews/security-2026-12.md, B4 B5 B8 B10 B14 B15 B16
 * B18b B18c), each reproduced against the stored records in the fake browser, with Chrome's storage quota
 * enforced where the break needs it (quota.ts).
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LedgerEntry } from '../../../src/records';
import {
  appendLedgerEntry,
  disableRule,
  exportAllRecords,
  importAllRecords,
  loadRecords,
  readQuarantine,
  saveProfile,
  savePrograms,
} from '../../../src/records/storage';
import { bytesInUse, CHROME_QUOTA, enforceQuota, fillQuotaLeaving } from './quota';
import { storedPrograms } from './stored';

const local = () => fakeBrowser.storage.local;
const LOI: LedgerEntry = {
  program: 'Secret First Choice Hospital',
  kind: 'letter-of-intent',
  date: '2026-01-20',
};
const UNREADABLE = { kind: 'second-look-visit', program: 'Northlake' };

let release: (() => void) | null = null;
beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  release?.();
  release = null;
});

describe('B4: setting aside near the quota', () => {
  test('when the set-aside copy cannot be stored, the unreadable ledger is left as it was and the failure is reported', async () => {
    release = enforceQuota();
    await local().set({ ledger: [LOI, UNREADABLE], ledger$: { v: 1 } });
    await fillQuotaLeaving(100);
    const { records, writeError } = await loadRecords();
    expect(writeError).toMatch(/storage failed \(.*quota/);
    // Still in use, and still stored exactly as found: nothing lost.
    expect(records.ledger).toEqual([LOI]);
    expect((await local().get('ledger')).ledger).toEqual([LOI, UNREADABLE]);
    // With room again, the copy is stored and only then the entry leaves the list.
    release();
    release = null;
    const again = await loadRecords();
    expect(again.writeError).toBeUndefined();
    expect((await local().get('ledger')).ledger).toEqual([LOI]);
    expect((await readQuarantine()).map((q) => q.value)).toEqual([UNREADABLE]);
  });
});

describe('B5: one unreadable entry', () => {
  test('is set aside alone: the valid letter of intent stays in the ledger', async () => {
    await local().set({ ledger: [LOI, UNREADABLE] });
    const { records, quarantined } = await loadRecords();
    expect(records.ledger).toEqual([LOI]);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ key: 'local:ledger', value: UNREADABLE, index: 1 });
    expect(quarantined[0]?.problems[0]).toMatch(/^ledger\[1\]\.kind: must be one of/);
    expect((await local().get('ledger')).ledger).toEqual([LOI]);
  });

  test('a mail tab (no repair) uses the readable entries and writes nothing', async () => {
    await local().set({ ledger: [LOI, UNREADABLE] });
    const { records, quarantined } = await loadRecords(undefined, { repair: false });
    expect(records.ledger).toEqual([LOI]);
    expect(quarantined).toHaveLength(1);
    expect((await local().get('ledger')).ledger).toEqual([LOI, UNREADABLE]);
    expect(await readQuarantine()).toEqual([]);
  });
});

describe('B18c: several contexts finding the same unreadable value', () => {
  test('set it aside once', async () => {
    const stored = { programs: [{ name: 'Lantern Bay' }, { name: 5 }], programs$: { v: 2 } };
    await local().set(stored);
    await Promise.all([loadRecords(), loadRecords(), loadRecords()]);
    // A context that read the unreadable value before the first one cleaned it up finds it again.
    await local().set(stored);
    await loadRecords();
    expect(await readQuarantine()).toHaveLength(1);
  });
});

describe('B8: an import larger than the quota', () => {
  test('writes nothing and says why', async () => {
    release = enforceQuota();
    await saveProfile({ name: 'Maya Okafor' });
    // Notes that do not compress (the program list is stored gzipped): random bytes as text.
    const programs = Array.from({ length: 6_000 }, (_, i) => ({
      name: `Program number ${i}`,
      aliases: [`P${i}`],
      notes: randomBytes(1_500).toString('base64url'),
    }));
    const file = JSON.stringify({
      format: 'matchmail-records',
      version: 1,
      profile: { name: 'Imported Name' },
      programs,
    });
    expect(file.length).toBeGreaterThan(CHROME_QUOTA);
    const r = await importAllRecords(file);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join(' ')).toMatch(/nothing was imported: .* needs 1\d\.\d MB .* has 10\.0 MB/);
    expect((await loadRecords()).records.profile).toEqual({ name: 'Maya Okafor' });
  });

  test('all sections of an import are written in one storage call', async () => {
    const calls: string[][] = [];
    const set = local().set;
    local().set = async (items: Record<string, unknown>) => {
      calls.push(Object.keys(items));
      return set.call(local(), items);
    };
    try {
      const r = await importAllRecords(
        JSON.stringify({
          format: 'matchmail-records',
          version: 1,
          profile: { name: 'A' },
          programs: [{ name: 'B' }],
        }),
      );
      expect(r.ok).toBe(true);
    } finally {
      local().set = set;
    }
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual(expect.arrayContaining(['profile', 'programs']));
  });
});

describe('B14: a ledger write that fails', () => {
  test('is returned as a problem naming the storage failure, not thrown away', async () => {
    release = enforceQuota();
    await local().set({ ledger: [], ledger$: { v: 1 } });
    await fillQuotaLeaving(61);
    const r = await appendLedgerEntry({ program: 'Lantern Bay', kind: 'thank-you', date: '2026-11-13' });
    expect(r).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^storage failed \(.*quota exceeded\)$/)],
    });
    expect(await bytesInUse()).toBe(CHROME_QUOTA - 61);
  });
});

describe('B15: sends close together', () => {
  test('40 ledger entries appended at once are all kept', async () => {
    const entries = Array.from({ length: 40 }, (_, i) => ({
      program: `Program ${i}`,
      kind: 'thank-you' as const,
      date: '2026-11-13',
    }));
    const results = await Promise.all(entries.map((e) => appendLedgerEntry(e)));
    expect(results.every((r) => r.ok)).toBe(true);
    const { records } = await loadRecords();
    expect(records.ledger).toHaveLength(40);
    expect(new Set(records.ledger.map((e) => e.program)).size).toBe(40);
  });

  test('"Turn off this check" from two tabs at once keeps both rules', async () => {
    await Promise.all([disableRule('ask-rank-position'), disableRule('hedging')]);
    expect((await loadRecords()).records.settings.disabledRules.sort()).toEqual([
      'ask-rank-position',
      'hedging',
    ]);
  });
});

describe('B10: two options tabs', () => {
  test('a save based on an older profile is refused instead of undoing the other tab', async () => {
    await saveProfile({ name: 'Maya Okafor', school: 'Old School' });
    const seenByA = (await loadRecords()).records.profile;
    const seenByB = (await loadRecords()).records.profile;
    expect(await saveProfile({ ...seenByB, name: 'Maya Okafor-Reyes' }, { base: seenByB })).toEqual({
      ok: true,
    });
    const a = await saveProfile({ ...seenByA, school: 'New School' }, { base: seenByA });
    expect(a).toMatchObject({ ok: false, conflict: true });
    expect(!a.ok && a.problems[0]).toMatch(/changed in another MatchMail tab/);
    expect((await loadRecords()).records.profile).toEqual({
      name: 'Maya Okafor-Reyes',
      school: 'Old School',
    });
  });
});

describe('B16: fields this version does not know', () => {
  test('survive a JSON import; an unknown section is kept aside and named', async () => {
    const r = await importAllRecords(
      JSON.stringify({
        format: 'matchmail-records',
        version: 1,
        profile: { name: 'Maya', pronouns: 'she/her' },
        programs: [
          { name: 'Lantern Bay', notes: 'call back', programDirector: { name: 'Dr. M', email: 'm@x.org' } },
        ],
        ledger: [{ ...LOI, rankPosition: 1 }],
        futureSection: { a: 1 },
      }),
    );
    expect(r.ok && r.unknownSections).toEqual(['futureSection']);
    const { records } = await loadRecords();
    expect(records.profile).toEqual({ name: 'Maya', pronouns: 'she/her' });
    expect(records.programs[0]).toEqual({
      name: 'Lantern Bay',
      notes: 'call back',
      programDirector: { name: 'Dr. M', email: 'm@x.org' },
    });
    expect(records.ledger[0]).toEqual({ ...LOI, rankPosition: 1 });
    expect((await readQuarantine()).map((q) => q.value)).toContainEqual({ a: 1 });
  });

  test('data written by a newer version keeps its fields through an edit, and a copy is set aside', async () => {
    const newer = [{ name: 'Lantern Bay', notes: 'call back', rankPosition: 2 }];
    await local().set({ programs: newer, programs$: { v: 3 } });
    const { records, quarantined } = await loadRecords();
    expect(records.programs).toEqual(newer);
    expect(quarantined.map((q) => q.problems[0])).toEqual([
      expect.stringMatching(/newer MatchMail \(version 3\)/),
    ]);
    // The options page adds a program: the newer fields are still there.
    expect(await savePrograms([...records.programs, { name: 'Thistlewood' }])).toEqual({ ok: true });
    expect(await storedPrograms(await local().get('programs'))).toEqual([...newer, { name: 'Thistlewood' }]);
    expect((await readQuarantine()).map((q) => q.value)).toEqual([newer]);
  });
});

describe('B18b: an export carrying data set aside', () => {
  test('brings it back on import', async () => {
    await local().set({ profile: { name: 'Maya Ortiz', aamcId: 'ABC' } });
    const file = await exportAllRecords();
    fakeBrowser.reset();
    const r = await importAllRecords(file);
    expect(r.ok && r.quarantine).toHaveLength(1);
    expect((await readQuarantine()).map((q) => q.value)).toEqual([{ name: 'Maya Ortiz', aamcId: 'ABC' }]);
  });
});
