/**
 * The program list is stored packed, as one JSON string (B11: Chrome took seconds to store and deliver
 * 10,000 programs as objects). A list an earlier version stored as an array must still read, a string that
 * does not read must be set aside whole (nothing lost), and the two-tab refusal (B10) must still hold.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyRecords, type Program } from '../../../src/records';
import {
  exportAllRecords,
  loadRecords,
  readQuarantine,
  recordsFromChanges,
  savePrograms,
} from '../../../src/records/storage';
import { packRecord, unpackRecord } from '../../../src/records/stored-form';
import { storedPrograms } from './stored';

const local = () => fakeBrowser.storage.local;
const LANTERN: Program = {
  name: 'Lantern Bay',
  domains: ['lanternbay.org'],
  programDirector: { name: 'Dr. Marsh' },
};
const THISTLE: Program = { name: 'Thistlewood' };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('packing', () => {
  test('programs are packed as JSON text; other records stay as they are', () => {
    expect(packRecord('programs', [LANTERN])).toBe(JSON.stringify([LANTERN]));
    expect(packRecord('profile', { name: 'Maya' })).toEqual({ name: 'Maya' });
    expect(unpackRecord('programs', JSON.stringify([LANTERN]))).toEqual([LANTERN]);
  });

  test('an array (an earlier version) and a string that is not JSON are passed on unchanged', () => {
    expect(unpackRecord('programs', [LANTERN])).toEqual([LANTERN]);
    expect(unpackRecord('programs', '[{"name":')).toBe('[{"name":');
    expect(unpackRecord('profile', '{"name":"Maya"}')).toBe('{"name":"Maya"}');
  });
});

describe('stored programs', () => {
  test('a save stores one string, and a load reads it back', async () => {
    expect(await savePrograms([LANTERN, THISTLE])).toEqual({ ok: true });
    expect(storedPrograms(await local().get('programs'))).toEqual([LANTERN, THISTLE]);
    expect((await loadRecords()).records.programs).toEqual([LANTERN, THISTLE]);
  });

  test('a list stored as an array by an earlier version is read, and packed at the next save', async () => {
    await local().set({ programs: [LANTERN], programs$: { v: 2 } });
    const { records, quarantined } = await loadRecords();
    expect(records.programs).toEqual([LANTERN]);
    expect(quarantined).toEqual([]);
    expect(await savePrograms([...records.programs, THISTLE], { base: records.programs })).toEqual({
      ok: true,
    });
    expect(storedPrograms(await local().get('programs'))).toEqual([LANTERN, THISTLE]);
  });

  test('one unreadable entry in the packed list is set aside; the others stay in use', async () => {
    await local().set({ programs: JSON.stringify([LANTERN, { name: 5 }]), programs$: { v: 2 } });
    const { records, quarantined } = await loadRecords();
    expect(records.programs).toEqual([LANTERN]);
    expect(quarantined).toMatchObject([{ key: 'local:programs', value: { name: 5 }, index: 1 }]);
    expect(storedPrograms(await local().get('programs'))).toEqual([LANTERN]);
  });

  test('a packed list that is not JSON is set aside whole, exactly as found, and exported', async () => {
    const broken = `${JSON.stringify([LANTERN]).slice(0, -3)}`;
    await local().set({ programs: broken, programs$: { v: 2 } });
    const { records, quarantined } = await loadRecords();
    expect(records.programs).toEqual([]);
    expect(quarantined.map((q) => q.value)).toEqual([broken]);
    expect((await readQuarantine()).map((q) => q.value)).toEqual([broken]);
    expect(JSON.parse(await exportAllRecords()).quarantine.map((q: { value: unknown }) => q.value)).toEqual([
      broken,
    ]);
  });

  test('B10 still holds: a save based on a list another tab has since changed writes nothing', async () => {
    await savePrograms([LANTERN]);
    const seenByA = (await loadRecords()).records.programs;
    const seenByB = (await loadRecords()).records.programs;
    expect(await savePrograms([...seenByB, THISTLE], { base: seenByB })).toEqual({ ok: true });
    const a = await savePrograms([], { base: seenByA });
    expect(a).toMatchObject({ ok: false, conflict: true });
    expect((await loadRecords()).records.programs).toEqual([LANTERN, THISTLE]);
  });

  test('a base that matches a list packed another way (key order) is still recognised', async () => {
    await local().set({
      programs: '[{"domains":["lanternbay.org"],"name":"Lantern Bay"}]',
      programs$: { v: 2 },
    });
    const base = (await loadRecords()).records.programs;
    expect(await savePrograms([...base, THISTLE], { base })).toEqual({ ok: true });
  });
});

describe('the change event', () => {
  const before = { ...emptyRecords(), programs: [LANTERN] };

  test('a packed list from another context is parsed and checked', () => {
    const next = recordsFromChanges(before, { programs: { newValue: JSON.stringify([LANTERN, THISTLE]) } });
    expect(next?.programs).toEqual([LANTERN, THISTLE]);
    expect(recordsFromChanges(before, { programs: { newValue: JSON.stringify([{ name: 5 }]) } })).toBeNull();
    expect(recordsFromChanges(before, { programs: { newValue: '[{' } })).toBeNull();
  });

  test("this context's own write is taken as written", async () => {
    const changes: Record<string, { newValue?: unknown }>[] = [];
    fakeBrowser.storage.onChanged.addListener((c) => {
      changes.push(c as Record<string, { newValue?: unknown }>);
    });
    await savePrograms([LANTERN, THISTLE]);
    const change = changes.find((c) => 'programs' in c);
    expect(typeof change?.programs?.newValue).toBe('string');
    expect(recordsFromChanges(before, change ?? {})?.programs).toEqual([LANTERN, THISTLE]);
  });
});
