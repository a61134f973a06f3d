/**
 * What a template form accepts in each field (TP2): the same rules the options page holds the profile to,
 * so "my aamcId" never reaches a subject line. Pure, so it is unit-tested in Node. Null means the answer is
 * fine; otherwise a short message shown next to the field.
 */

/** Fields that hold a person's name (or last name): letters, spaces, hyphens, apostrophes, periods. */
const NAME_FIELDS = new Set([
  'profile.name',
  'program.director.name',
  'program.director.lastName',
  'program.coordinator.name',
  'sender.lastName',
  'sender.greeting',
  'interviewer.lastName',
]);

/** A template answer as it goes into the letter: the AAMC ID without the spaces it is often copied with. */
export function cleanAnswer(path: string, value: string): string {
  const v = value.trim();
  return path === 'profile.aamcId' ? v.replace(/\s+/g, '') : v;
}

export function fieldProblem(path: string, value: string): string | null {
  const v = cleanAnswer(path, value);
  if (v === '') return 'Fill this in.';
  if (/[[\]{}<>]/.test(v)) return 'Write the real words, not a placeholder.';
  if (path === 'profile.aamcId' && !/^\d{8}$/.test(v)) return 'Must be 8 digits, e.g. 14285739.';
  if (path === 'score.value' && !/^\d{1,3}$/.test(v)) return 'Must be a number, e.g. 251.';
  if (NAME_FIELDS.has(path) && !/^\p{L}[\p{L}\p{M}' .-]*$/u.test(v)) return 'Must be a name, in letters.';
  return null;
}
