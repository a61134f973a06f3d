/**
 * The program list is stored packed, gzipped JSON in one string (B11: Chrome took seconds to store and
 * deliver 10,000 programs as objects). A list an earlier version stored as an array, or plain JSON text, must
 * still read; a string that does not unpack must be set aside whole (nothing lost); the two-tab refusal
 * (B10) must still hold.
 */
import fc from 'fast-check';
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
import { PACKED_PREFIX, packRecord, storedText, unpackRecord } from '../../../src/records/stored-form';
import { storedPrograms } from './stored';

const local = () => fakeBrowser.storage.local;
const LANTERN: Program = {
  name: 'Lantern Bay',
  domains: ['lanternbay.org'],
  programDirector: { name: 'Dr. Marsh' },
  city: 'Montréal',
};
const THISTLE: Program = { name: 'Thistlewood' };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('packing', () => {
  test('programs are packed and unpacked to the same list; other records stay as they are', async () => {
    const packed = await packRecord('programs', [LANTERN, THISTLE]);
    expect(typeof packed === 'string' && packed.startsWith(PACKED_PREFIX)).toBe(true);
    expect(await unpackRecord('programs', packed)).toEqual([LANTERN, THISTLE]);
    expect(await packRecord('profile', { name: 'Maya' })).toEqual({ name: 'Maya' });
  });

  test('any list comes back exactly as its JSON text says (every length of the packed bytes)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue()), async (list) => {
        const plain = JSON.parse(JSON.stringify(list));
        expect(await unpackRecord('programs', await packRecord('programs', list))).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  test('10,000 programs take a tenth of their JSON text', async () => {
    const list = Array.from({ length: 10_000 }, (_, i) => ({
      name: `Program number ${i}`,
      domains: [`p${i}.example`],
      programDirector: { name: `Dr. Person ${i}` },
      interviewDate: '2027-01-15',
      status: 'applied',
      city: `City ${i}`,
    }));
    const packed = (await packRecord('programs', list)) as string;
    expect(packed.length).toBeLessThan(JSON.stringify(list).length / 8);
    expect(await unpackRecord('programs', packed)).toEqual(list);
  });

  test('an array (an earlier version) and plain JSON text read as they are', async () => {
    expect(await unpackRecord('programs', [LANTERN])).toEqual([LANTERN]);
    expect(await unpackRecord('programs', JSON.stringify([LANTERN]))).toEqual([LANTERN]);
    expect(await unpackRecord('profile', '{"name":"Maya"}')).toBe('{"name":"Maya"}');
  });

  test('a string that does not unpack is given back exactly as found', async () => {
    const packed = (await packRecord('programs', [LANTERN])) as string;
    for (const broken of [packed.slice(0, -8), `${PACKED_PREFIX}not base64!`, '[{"name":']) {
      expect(await unpackRecord('programs', broken)).toBe(broken);
    }
    expect(await storedText(`${PACKED_PREFIX}AAAA`)).toBeNull();
  });
});

describe('stored programs', () => {
  test('a save stores one packed string, and a load reads it back', async () => {
    expect(await savePrograms([LANTERN, THISTLE])).toEqual({ ok: true });
    const { programs } = await local().get('programs');
    expect(typeof programs === 'string' && programs.startsWith(PACKED_PREFIX)).toBe(true);
    expect(await storedPrograms({ programs })).toEqual([LANTERN, THISTLE]);
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
    expect(typeof (await local().get('programs')).programs).toBe('string');
    expect(await storedPrograms(await local().get('programs'))).toEqual([LANTERN, THISTLE]);
  });

  test('one unreadable entry in the packed list is set aside; the others stay in use', async () => {
    await local().set({
      programs: await packRecord('programs', [LANTERN, { name: 5 }]),
      programs$: { v: 2 },
    });
    const { records, quarantined } = await loadRecords();
    expect(records.programs).toEqual([LANTERN]);
    expect(quarantined).toMatchObject([{ key: 'local:programs', value: { name: 5 }, index: 1 }]);
    expect(await storedPrograms(await local().get('programs'))).toEqual([LANTERN]);
  });

  test('a packed list that does not unpack is set aside whole, exactly as found, and exported', async () => {
    const broken = ((await packRecord('programs', [LANTERN])) as string).slice(0, -8);
    await local().set({ programs: broken, programs$: { v: 2 } });
    const { records, quarantined } = await loadRecords();
    expect(records.programs).toEqual([]);
    expect(quarantined.map((q) => q.value)).toEqual([broken]);
    expect((await readQuarantine()).map((q) => q.value)).toEqual([broken]);
    const exported = JSON.parse(await exportAllRecords()) as { quarantine: { value: unknown }[] };
    expect(exported.quarantine.map((q) => q.value)).toEqual([broken]);
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

  test('B10, the other way: a base read as another context packed it (fields in another order) is recognised', async () => {
    const other = '[{"domains":["lanternbay.org"],"name":"Lantern Bay"}]';
    await local().set({ programs: other, programs$: { v: 2 } });
    const base = (await loadRecords()).records.programs;
    expect(await savePrograms([...base, THISTLE], { base })).toEqual({ ok: true });
    // And a copy of the same list, not the very value read, is recognised too.
    const copy = structuredClone((await loadRecords()).records.programs);
    expect(await savePrograms([...copy, LANTERN], { base: copy })).toEqual({ ok: true });
  });
});

describe('the change event', () => {
  const before = { ...emptyRecords(), programs: [LANTERN] };

  test('a packed list from another context is unpacked and checked', async () => {
    const packed = await packRecord('programs', [LANTERN, THISTLE]);
    expect((await recordsFromChanges(before, { programs: { newValue: packed } }))?.programs).toEqual([
      LANTERN,
      THISTLE,
    ]);
    const bad = await packRecord('programs', [{ name: 5 }]);
    expect(await recordsFromChanges(before, { programs: { newValue: bad } })).toBeNull();
    expect(await recordsFromChanges(before, { programs: { newValue: `${PACKED_PREFIX}AAAA` } })).toBeNull();
  });

  test("this context's own write is taken as written", async () => {
    const changes: Record<string, { newValue?: unknown }>[] = [];
    fakeBrowser.storage.onChanged.addListener((c) => {
      changes.push(c as Record<string, { newValue?: unknown }>);
    });
    await savePrograms([LANTERN, THISTLE]);
    const change = changes.find((c) => 'programs' in c);
    expect(typeof change?.programs?.newValue).toBe('string');
    expect((await recordsFromChanges(before, change ?? {}))?.programs).toEqual([LANTERN, THISTLE]);
  });
});
