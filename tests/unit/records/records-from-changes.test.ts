/**
 * The options page takes the new records from the storage change event instead of reading a large list back
 * (B11). Anything only a full load can handle (setting aside, newer data, removal) must fall back to one.
 */
import { describe, expect, test } from 'vitest';
import { emptyRecords, type Records } from '../../../src/records';
import { recordsFromChanges } from '../../../src/records/storage';

const before: Records = { ...emptyRecords(), programs: [{ name: 'Harbor General' }] };

describe('records from a storage change', () => {
  test('a valid new list replaces that record only; keys that are not records are ignored', async () => {
    const next = await recordsFromChanges(before, {
      programs: {
        oldValue: before.programs,
        newValue: [{ name: 'Harbor General' }, { name: 'Thistlewood' }],
      },
      programs$: { newValue: { v: 2 } },
      panelOpen: { newValue: true },
    });
    expect(next).toEqual({ ...before, programs: [{ name: 'Harbor General' }, { name: 'Thistlewood' }] });
    expect(before.programs).toEqual([{ name: 'Harbor General' }]);
  });

  test('unknown fields are kept, as a full load keeps them', async () => {
    const next = await recordsFromChanges(before, {
      programs: { newValue: [{ name: 'A', notes: 'call back' }] },
    });
    expect(next?.programs).toEqual([{ name: 'A', notes: 'call back' }]);
  });

  test.each([
    ['an entry that fails its schema (it must be set aside)', { programs: { newValue: [{ name: 3 }] } }],
    ['a removed record', { programs: { oldValue: [], newValue: null } }],
    ['a record removed without a new value', { ledger: { oldValue: [] } }],
    [
      'data from a newer version',
      { programs: { newValue: [{ name: 'A' }] }, programs$: { newValue: { v: 3 } } },
    ],
    ['a change to what is set aside', { 'quarantine.ledger': { newValue: [] } }],
  ])('%s: null, so the page loads in full', async (_, changes) => {
    expect(await recordsFromChanges(before, changes)).toBeNull();
  });
});
