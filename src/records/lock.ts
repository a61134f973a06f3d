/**
 * One writer at a time. Every read-modify-write of the stored records runs inside `withRecordsLock`, so two
 * writers can never interleave and lose each other's change (B15: two sends a few milliseconds apart).
 *
 * Where the Web Locks API exists (the service worker and the options page share the extension's origin,
 * so one named lock serialises them both) it is used; elsewhere (a test runner) a promise chain serialises
 * the writers of this one context. Mail tabs never write directly: they ask the service worker (see
 * records-writer.ts), the one writer they share.
 */
const LOCK_NAME = 'matchmail-records';

let chain: Promise<unknown> = Promise.resolve();

interface LockManagerLike {
  request<T>(name: string, cb: () => Promise<T>): Promise<T>;
}

export function withRecordsLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (locks) return locks.request(LOCK_NAME, fn);
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}
