/** The program list as storage holds it: one JSON string (src/records/stored-form.ts), read back as a list. */
import { expect } from 'vitest';
export function storedPrograms(items: Record<string, unknown>): unknown {
  const stored = items.programs;
  expect(typeof stored).toBe('string');
  return JSON.parse(stored as string);
}
