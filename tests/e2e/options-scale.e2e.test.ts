/**
 * B11 (../shared/reviews/security-2026-12.md): a very large CSV froze the options page (10,000 rows: a 5.4 s
 * task; 100,000 rows: never finished). Measured here with the browser's long-task observer: 100,000 rows are
 * refused by the stated cap with no task over 200 ms; 10,000 rows are previewed and imported, and the times
 * are printed. B9: a Windows-1252 file keeps its accents.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

let h: Harness;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'mm-csv-'));
beforeAll(async () => {
  h = await launch();
  page = await h.ctx.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.locator('#csv-file').waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __since: number };
    w.__longest = 0;
    w.__since = 0;
    // Entries arrive after the task ends: only tasks that started after the last reset count.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.startTime >= w.__since) w.__longest = Math.max(w.__longest, e.duration);
      }
    }).observe({ type: 'longtask', buffered: false });
  });
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const longest = () => page.evaluate(() => (window as unknown as { __longest: number }).__longest);
const resetLongest = () =>
  page.evaluate(() => {
    const w = window as unknown as { __longest: number; __since: number };
    w.__longest = 0;
    w.__since = performance.now();
  });

/**
 * A file on disk, chosen as a user chooses one. (Handing Playwright the bytes instead makes it rebuild the
 * file inside the page from base64: a task of seconds for 8 MB that is the test driver's, not MatchMail's.)
 */
function csvFile(name: string, n: number, row = fullRow): string {
  const rows = Array.from({ length: n }, (_, i) => row(i));
  const path = join(dir, name);
  writeFileSync(path, `Program,Email domain,PD,Interview date,Status,City\n${rows.join('\n')}\n`);
  return path;
}
function fullRow(i: number) {
  return `Program number ${i},p${i}.example,Dr. Person ${i},2027-01-15,applied,City ${i}`;
}

/** The stored program list, unpacked (it is kept as one JSON string: src/records/stored-form.ts). */
async function storedPrograms(): Promise<unknown[] | undefined> {
  const sw = await h.sw();
  const stored = await sw.evaluate(async () => (await chrome.storage.local.get('programs')).programs);
  return typeof stored === 'string' ? (JSON.parse(stored) as unknown[]) : (stored as unknown[] | undefined);
}

/** The longest task a responsive page may run: a click or key waits no longer than this for an answer. */
const RESPONSIVE_MS = 200;

async function refused(path: string, file: string): Promise<{ ms: number; task: number; text: string }> {
  await resetLongest();
  const t0 = Date.now();
  await page.locator('#csv-file').setInputFiles(path);
  const result = page.locator('#csv-result', { hasText: file });
  await result.locator('[role="alert"]').waitFor({ timeout: 30_000 });
  const ms = Date.now() - t0;
  // Long-task entries arrive just after their task: let them in before reading.
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
  return { ms, task: await longest(), text: (await result.textContent()) ?? '' };
}

describe('B11: large CSV files', () => {
  it('100,000 rows (7.9 MB): refused by the size cap before the file is read, the page responsive', async () => {
    const r = await refused(csvFile('huge.csv', 100_000), 'huge.csv');
    console.log(`B11: 100,000 rows, 7.9 MB — refused in ${r.ms} ms, longest task ${r.task.toFixed(0)} ms`);
    expect(r.text).toMatch(/huge\.csv: no program can be imported/);
    expect(r.text).toMatch(/the file is 7\.9 MB; .*MatchMail reads CSV files up to 5 MB/);
    expect(r.task).toBeLessThan(RESPONSIVE_MS);
    // Refused as a whole: nothing is stored.
    expect((await storedPrograms()) ?? []).toEqual([]);
  });

  it('100,000 short rows (1.6 MB): refused by the row cap before they are parsed, the page responsive', async () => {
    const path = csvFile('long.csv', 100_000, (i) => `P${i},,,,,`);
    const r = await refused(path, 'long.csv');
    console.log(`B11: 100,000 rows, 1.6 MB — refused in ${r.ms} ms, longest task ${r.task.toFixed(0)} ms`);
    expect(r.text).toMatch(/the file has 100,00\d rows; MatchMail imports at most 10,000 programs/);
    expect(r.task).toBeLessThan(RESPONSIVE_MS);
    expect((await storedPrograms()) ?? []).toEqual([]);
  });

  it('10,000 rows: previewed and imported (times printed)', async () => {
    const path = csvFile('big.csv', 10_000);
    await resetLongest();
    const t0 = Date.now();
    await page.locator('#csv-file').setInputFiles(path);
    await page.locator('#csv-result', { hasText: /10,?000 programs ready/ }).waitFor({ timeout: 30_000 });
    const preview = Date.now() - t0;
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
    const previewTask = await longest();
    await resetLongest();
    const t1 = Date.now();
    await page.locator('[data-action="merge-csv"]').click();
    await page
      .locator('[data-status]', { hasText: /Imported 10,?000 programs/ })
      .waitFor({ timeout: 30_000 });
    const importMs = Date.now() - t1;
    // The list on the page shows the imported programs (from the storage change, not a read back).
    await page.locator('#programs-count', { hasText: /of 10,?000 programs/ }).waitFor({ timeout: 30_000 });
    const shownMs = Date.now() - t1;
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
    const importTask = await longest();
    console.log(
      `B11: 10,000 rows — preview ${preview} ms (longest task ${previewTask.toFixed(0)} ms), import ${importMs} ms, listed ${shownMs} ms (longest task ${importTask.toFixed(0)} ms); total ${preview + shownMs} ms`,
    );
    const stored = await storedPrograms();
    expect(stored?.length).toBe(10_000);
    expect(stored?.[9_999]).toEqual({
      name: 'Program number 9999',
      domains: ['p9999.example'],
      programDirector: { name: 'Dr. Person 9999' },
      interviewDate: '2027-01-15',
      status: 'applied',
      city: 'City 9999',
    });
    // Checking the rows is sliced (about 12 ms a task): the preview never holds the page.
    expect(previewTask).toBeLessThan(RESPONSIVE_MS);
    // The target is 1 s and is not met here: most of what remains is Chrome's own storage.local writing
    // 10,000 objects and sending them to the page's change listener (1–3 s on the shared 2-core machine,
    // varying several-fold with its load; see docs/performance.md). The bound catches a return of the
    // quadratic merge or of reading the list back; the figures above are what to read.
    expect(preview + shownMs).toBeLessThanOrEqual(10_000);
  });
});

describe('B9: a CSV saved by Excel on Windows', () => {
  it('keeps its accents (read as Windows-1252) and says how it was read', async () => {
    await page.locator('#csv-file').setInputFiles({
      name: 'latin1.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Program,City\nHôpital Général,Montréal\n', 'latin1'),
    });
    const result = page.locator('#csv-result', { hasText: 'latin1.csv' });
    await result.waitFor();
    expect(await result.textContent()).toContain('read as Windows-1252');
    await page.locator('[data-action="merge-csv"]').click();
    await page.locator('[data-status]', { hasText: 'latin1.csv' }).waitFor();
    expect(await storedPrograms()).toContainEqual({ name: 'Hôpital Général', city: 'Montréal' });
  });
});
