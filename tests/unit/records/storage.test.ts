/**
 * The stored records, in a fake browser: versioned items migrate, a corrupted value is set aside instead
 * of breaking the panel, and import replaces only the sections a file holds.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  appendLedgerEntry,
  exportAllRecords,
  importAllRecords,
  ledgerItem,
  loadRecords,
  programsItem,
  readQuarantine,
  saveProfile,
  savePrograms,
} from '../../../src/records/storage';
import { storedPrograms } from './stored';

const local = () => fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loading', () => {
  test('an empty browser gives empty records and nothing quarantined', async () => {
    const { records, quarantined } = await loadRecords();
    expect(records).toEqual({
      profile: {},
      programs: [],
      ledger: [],
      settings: { enabled: true, disabledRules: [], disabledEmails: [] },
    });
    expect(quarantined).toEqual([]);
  });

  test('what is saved is what is loaded', async () => {
    expect(await saveProfile({ name: 'Maya Ortiz', aamcId: '14285739', scores: { step2ck: 251 } })).toEqual({
      ok: true,
    });
    expect(
      await savePrograms([{ name: 'Lantern Bay', programDirector: { name: 'Marguerite Okafor' } }]),
    ).toEqual({ ok: true });
    const { records } = await loadRecords();
    expect(records.profile).toEqual({ name: 'Maya Ortiz', aamcId: '14285739', scores: { step2ck: 251 } });
    expect(records.programs).toEqual([
      { name: 'Lantern Bay', programDirector: { name: 'Marguerite Okafor' } },
    ]);
  });

  test('saving an invalid record is refused, naming the field, and nothing is written', async () => {
    const r = await saveProfile({ aamcId: '1234' });
    expect(r).toEqual({ ok: false, problems: ['profile.aamcId: must be 8 digits'] });
    expect(await local().get('profile')).toEqual({});
  });

  test('settings written with only some keys (the panel writes disabledRules alone) are completed, not quarantined', async () => {
    await local().set({ settings: { disabledRules: ['hedging'] } });
    const { records, quarantined } = await loadRecords();
    expect(records.settings).toEqual({ enabled: true, disabledRules: ['hedging'], disabledEmails: [] });
    expect(quarantined).toEqual([]);
  });
});

describe('migrations', () => {
  test('v1 programs with a plain-text director become v2 {name} records', async () => {
    await local().set({
      programs: [
        { name: 'Lantern Bay', programDirector: 'Marguerite Okafor', coordinator: 'Dana Whitfield' },
        { name: 'Thistlewood', programDirector: '  ' },
      ],
      programs$: { v: 1 },
    });
    await programsItem.migrate();
    expect(await programsItem.getValue()).toEqual([
      {
        name: 'Lantern Bay',
        programDirector: { name: 'Marguerite Okafor' },
        coordinator: { name: 'Dana Whitfield' },
      },
      { name: 'Thistlewood' },
    ]);
    expect(await programsItem.getMeta()).toEqual({ v: 2 });
    const { quarantined } = await loadRecords();
    expect(quarantined).toEqual([]);
  });

  test('a value stored before versions were recorded counts as v1 and migrates', async () => {
    await local().set({ programs: [{ name: 'Lantern Bay', programDirector: 'Marguerite Okafor' }] });
    await programsItem.migrate();
    expect(await programsItem.getValue()).toEqual([
      { name: 'Lantern Bay', programDirector: { name: 'Marguerite Okafor' } },
    ]);
  });

  test('v2 data is left alone', async () => {
    const v2 = [
      { name: 'Lantern Bay', programDirector: { name: 'Marguerite Okafor', title: 'Program Director' } },
    ];
    await local().set({ programs: v2, programs$: { v: 2 } });
    await programsItem.migrate();
    expect(await programsItem.getValue()).toEqual(v2);
  });
});

describe('corrupted data', () => {
  test('an unreadable entry is set aside in local:quarantine, reported naming the field, and the list keeps the rest', async () => {
    const broken = { name: 'Lantern Bay', interviewDate: '13/45/2027' };
    await local().set({
      programs: [broken, { name: 'Thistlewood' }],
      programs$: { v: 2 },
      profile: { name: 'Maya Ortiz' },
    });
    const at = new Date('2026-11-02T10:00:00Z');
    const { records, quarantined } = await loadRecords(() => at);
    expect(records.programs).toEqual([{ name: 'Thistlewood' }]);
    expect(records.profile).toEqual({ name: 'Maya Ortiz' });
    expect(quarantined).toEqual([
      {
        key: 'local:programs',
        value: broken,
        problems: ['programs[0].interviewDate: must be a date written YYYY-MM-DD'],
        at: at.toISOString(),
        index: 0,
      },
    ]);
    expect(await readQuarantine()).toEqual(quarantined);
    expect(await storedPrograms(await local().get('programs'))).toEqual([{ name: 'Thistlewood' }]);
    // The next load is clean: the problem is reported once, when it is found.
    expect((await loadRecords()).quarantined).toEqual([]);
  });

  test('a value of the wrong type altogether is quarantined too', async () => {
    await local().set({ ledger: 'not a list' });
    const { records, quarantined } = await loadRecords();
    expect(records.ledger).toEqual([]);
    expect(quarantined.map((q) => [q.key, q.problems])).toEqual([
      ['local:ledger', ['ledger: must be a list of sent emails']],
    ]);
  });

  test('an export still carries the quarantined value, so nothing the user typed is lost', async () => {
    await local().set({ profile: { name: 'Maya Ortiz', aamcId: 'ABC' } });
    const file = JSON.parse(await exportAllRecords());
    expect(file.profile).toEqual({});
    expect(file.quarantine[0].value).toEqual({ name: 'Maya Ortiz', aamcId: 'ABC' });
  });
});

describe('ledger and import', () => {
  test('appending a sent email validates it first', async () => {
    expect(
      await appendLedgerEntry({ program: 'Lantern Bay', kind: 'thank-you', date: '2026-11-13' }),
    ).toEqual({ ok: true });
    const bad = await appendLedgerEntry({ program: 'Lantern Bay', kind: 'thank-you', date: 'yesterday' });
    expect(bad).toEqual({ ok: false, problems: ['entry.date: must be a date written YYYY-MM-DD'] });
    expect(await ledgerItem.getValue()).toEqual([
      { program: 'Lantern Bay', kind: 'thank-you', date: '2026-11-13' },
    ]);
  });

  test('importing a file that holds only programs leaves the ledger alone', async () => {
    await appendLedgerEntry({ program: 'Lantern Bay', kind: 'letter-of-intent', date: '2027-02-01' });
    const r = await importAllRecords(
      JSON.stringify({ format: 'matchmail-records', version: 1, programs: [{ name: 'Thistlewood' }] }),
    );
    expect(r.ok).toBe(true);
    const { records } = await loadRecords();
    expect(records.programs).toEqual([{ name: 'Thistlewood' }]);
    expect(records.ledger).toHaveLength(1);
  });

  test('an invalid import writes nothing', async () => {
    await savePrograms([{ name: 'Lantern Bay' }]);
    const r = await importAllRecords(
      JSON.stringify({ format: 'matchmail-records', version: 1, programs: [{ name: '' }], profile: {} }),
    );
    expect(r).toEqual({ ok: false, errors: ['programs[0].name: must not be empty'] });
    expect((await loadRecords()).records.programs).toEqual([{ name: 'Lantern Bay' }]);
  });

  test('export then import in a fresh browser gives the same records', async () => {
    await saveProfile({ name: 'Maya Ortiz', aamcId: '14285739', track: 'advanced' });
    await savePrograms([
      { name: 'Lantern Bay', domains: ['lanternbay-med.example.org'], status: 'interviewed' },
    ]);
    await appendLedgerEntry({
      program: 'Lantern Bay',
      kind: 'thank-you',
      date: '2026-11-13',
      subject: 'Thank you',
    });
    const before = (await loadRecords()).records;
    const file = await exportAllRecords();
    fakeBrowser.reset();
    expect((await importAllRecords(file)).ok).toBe(true);
    expect((await loadRecords()).records).toEqual(before);
  });
});
