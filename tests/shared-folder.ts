/**
 * The team's shared folder (`../shared` beside the repository) holds material that is not ours to publish:
 * the shared draft corpus and public captures of real webmail markup. A plain clone does not have it, so the
 * checks that read it run when it is there (as in the team's CI) and otherwise are skipped with one printed
 * line naming what was skipped. No check of the product itself depends on it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../shared');

/** `../shared/<rel>` when it exists; otherwise null, after printing which check is skipped. */
export function sharedPath(rel: string, check: string): string | null {
  const path = resolve(SHARED, rel);
  if (existsSync(path)) return path;
  console.log(`skipped: ${check} (../shared/${rel} is not beside this clone)`);
  return null;
}
