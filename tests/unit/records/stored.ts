/**
 * The program list as storage holds it, read back as a list: packed when MatchMail wrote it
 * (src/records/stored-form.ts), or the array a test (or an earlier version) stored, untouched since.
 */
import { expect } from 'vitest';
import { PACKED_PREFIX, unpackRecord } from '../../../src/records/stored-form';

export async function storedPrograms(items: Record<string, unknown>): Promise<unknown> {
  const stored = items.programs;
  if (Array.isArray(stored)) return stored;
  expect(typeof stored === 'string' && stored.startsWith(PACKED_PREFIX)).toBe(true);
  return unpackRecord('programs', stored);
}
