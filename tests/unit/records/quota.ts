/**
 * Chrome's `storage.local` quota in the fake browser, enforced the way Chrome enforces it: the bytes of every
 * key plus its JSON value count against 10,485,760 (QUOTA_BYTES), and a `set` that would go over fails whole,
 * writing nothing ("Resource::kQuotaBytes quota exceeded"). The fake browser itself has no quota.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const CHROME_QUOTA = 10_485_760;

type Area = typeof fakeBrowser.storage.local & { QUOTA_BYTES?: number };

const bytes = (s: string) => new TextEncoder().encode(s).length;

export async function bytesInUse(): Promise<number> {
  const all = await fakeBrowser.storage.local.get(null);
  return Object.entries(all).reduce((n, [k, v]) => n + bytes(k) + bytes(JSON.stringify(v)), 0);
}

/** Enforces the quota until the returned function is called. */
export function enforceQuota(quota = CHROME_QUOTA): () => void {
  const area = fakeBrowser.storage.local as Area;
  const set = area.set;
  const before = area.QUOTA_BYTES;
  area.QUOTA_BYTES = quota;
  area.set = async (items: Record<string, unknown>) => {
    const all: Record<string, unknown> = { ...(await area.get(null)), ...JSON.parse(JSON.stringify(items)) };
    const total = Object.entries(all).reduce((n, [k, v]) => n + bytes(k) + bytes(JSON.stringify(v)), 0);
    if (total > quota) throw new Error('Resource::kQuotaBytes quota exceeded');
    return set.call(area, items);
  };
  return () => {
    area.set = set;
    area.QUOTA_BYTES = before;
  };
}

/**
 * Fills storage with a large program list (one program whose name takes the room) so that exactly
 * `headroom` bytes of the quota are left. Other keys must already be in place.
 */
export async function fillQuotaLeaving(headroom: number, quota = CHROME_QUOTA): Promise<void> {
  const area = fakeBrowser.storage.local;
  await area.set({ programs$: { v: 2 }, programs: [] });
  const others = (await bytesInUse()) - bytes('programs') - bytes('[]');
  const overhead = bytes('programs') + bytes('[{"name":""}]');
  const room = quota - headroom - others - overhead;
  await area.set({ programs: [{ name: `Large Program ${'x'.repeat(room - 14)}` }] });
}
